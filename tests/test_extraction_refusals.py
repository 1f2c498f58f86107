"""Refusals, concessions and answers that name no topic (session 8).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- "does not deny that S": a concession (cues.py _undenied) ----
    Case("not-deny-that-clause-concedes",
         "The port authority does not deny that two cranes were damaged in the storm.",
         [E("port authority", "confirms", "two cranes were damaged in the storm", "does not deny")]),
    Case("not-deny-thatless-clause-concedes",
         "Ida Brandt did not deny she had met the developers twice before the vote.",
         [E("Ida Brandt", "confirms", "she had met the developers twice before the vote", "did not deny")]),
    # a noun phrase not denied is nothing conceded
    Case("neg-not-deny-a-noun-phrase", "The club did not deny the report.", []),
    # ---- "did not confirm or deny that S": one refusal, the clause on the second verb ----
    Case("not-confirm-or-deny-clause",
         "The navy did not confirm or deny that its divers had reached the wreck.",
         [E("navy", "does_not_confirm", "its divers had reached the wreck", "did not confirm or deny")]),
    Case("neither-confirmed-nor-denied-clause",
         "The ferry company neither confirmed nor denied that the captain had been suspended.",
         [E("ferry company", "does_not_confirm", "the captain had been suspended", "confirmed nor denied")]),
    Case("not-deny-or-confirm-clause",
         "The navy did not deny or confirm that its divers had reached the wreck.",
         [E("navy", "does_not_confirm", "its divers had reached the wreck", "confirm")]),
    # ---- "gave no details on X": X is left unconfirmed (cue_responses.py given_account) ----
    Case("no-specifics-on-a-topic",
         "The coast guard gave no specifics on the cause of the fire.",
         [E("coast guard", "does_not_confirm", "the cause of the fire", "gave")]),
    Case("not-give-bare-details-on-a-topic",
         "The ministry did not give details on the number of injured miners.",
         [E("ministry", "does_not_confirm", "the number of injured miners", "did not give")]),
    # the parser hangs "but gave no details" on the confirmed clause; the speaker gave none
    Case("confirmed-but-gave-no-specifics",
         "A navy spokesman confirmed that a second ship was hit but gave no specifics on the damage.",
         [E("navy spokesman", "confirms", "a second ship was hit", "confirmed"),
          E("navy spokesman", "does_not_confirm", "the damage", "gave")]),
    Case("neg-not-give-own-figures", "The ministry did not give its figures.", []),
    # ---- a name before a claim noun makes the claim (cue_constructions.py nominal_cue) ----
    Case("name-before-claim-noun-makes-the-claim",
         "The harbour board rejected Westmark allegations that its cranes were unsafe.",
         [E("harbour board", "denies", "its cranes were unsafe", "rejected"),
          E("Westmark", "asserts", "its cranes were unsafe", "allegations")]),
    # a common noun before "reports" names the reports, which speak for themselves
    Case("common-noun-before-reports-is-no-maker",
         "The mayor denied police reports that the fire was set on purpose.",
         [E("mayor", "denies", "the fire was set on purpose", "denied"),
          E("police reports", "asserts", "the fire was set on purpose", "reports")]),
    # ---- "S - a charge that X has denied": the relative "that" parsed as the object (cues.py _apposed_denial) ----
    Case("charge-that-x-has-denied",
         "Anna Berg is accusing the mayor of hiding the audit - a charge that the mayor's spokesman, "
         "Tom Reed, has denied.",
         [E("Anna Berg", "asserts", "the mayor of hiding the audit", "is accusing"),
          E("Tom Reed", "denies", "the mayor of hiding the audit", "denied")]),
    # the renamed claim is the whole charge, and the renaming phrase is no part of it
    Case("charge-with-a-named-accused-that-x-denied",
         "Opposition leader Anna Berg is accusing Mayor Tom Reed's office of hiding the audit - a charge that "
         "the office's spokeswoman, Lena Park, has denied.",
         [E("Anna Berg", "asserts", "Mayor Tom Reed's office of hiding the audit", "is accusing"),
          E("Lena Park", "denies", "Mayor Tom Reed's office of hiding the audit", "denied")]),
    # ---- "put the toll from X at N": what the toll counts, hung on the verb (cue_responses.py given_account) ----
    Case("put-the-toll-from-an-event-at-a-figure",
         "The ministry has put the death toll from the floods at eleven.",
         [E("ministry", "asserts", "the death toll from the floods at eleven", "put the death toll")]),
    # ---- "called for NP if S": the condition belongs to the request (cue_constructions.py _call_for) ----
    Case("call-for-with-a-condition",
         "The dockers' union called for a second vote if the port stays closed through May.",
         [E("dockers' union", "asserts", "a second vote if the port stays closed through May", "called for")]),
    Case("call-for-with-a-reason-is-no-condition",
         "The dockers' union called for a second vote, because the first was rushed.",
         [E("dockers' union", "asserts", "a second vote", "called for")]),
    # ---- an organisation noun with its name in close apposition (mentions.py _describe) ----
    # the tagger takes the short name for a place; the organisation noun says it is the group's
    Case("organisation-noun-apposed-name",
         "The aid group Helpline says flood water reached the second floor of the clinic.",
         [E("Helpline", "asserts", "flood water reached the second floor of the clinic", "says")]),
    # the kind of organisation before its name is no part of the name
    Case("organisation-descriptor-before-entity",
         "The watchdog group Open Ledger Watch says the tender was awarded without bids.",
         [E("Open Ledger Watch", "asserts", "the tender was awarded without bids", "says")]),
    Case("organisation-descriptor-before-untagged-name",
         "The relief agency Northwind said the mountain road was closed.",
         [E("Northwind", "asserts", "the mountain road was closed", "said")]),
    # a person's role before the name was already left out; an adjective of the name stays
    Case("descriptor-keeps-a-capitalised-name-whole",
         "The Northern Farmers Union said the harvest was late.",
         [E("Northern Farmers Union", "asserts", "the harvest was late", "said")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_unique_ids():
    assert len({c.id for c in CASES}) == len(CASES)


def _records(text, nlp):
    from kg.extraction import extract_article
    from kg.model import Article

    return extract_article(Article("case", text), nlp=nlp).records()


STORY = ("Charity Reports Flooded Clinics\n\n"
         "The charity Brightwell says flood water reached the wards of three clinics in the valley.\n\n"
         "Its staff moved forty patients to a school on the hill, the charity said.\n\n"
         "The regional health office declined to comment.\n")


def test_refusal_without_topic_answers_the_lead_claim(nlp):
    """'X declined to comment' names no topic: it responds to the lead's claim (kg:respondsTo),
    and its content stays what the text says, the comment asked for."""
    records = _records(STORY, nlp)
    refusal = next(r for r in records if r["stance"] == "does_not_confirm")
    assert refusal["source"] == "regional health office"
    assert refusal["content"] == "comment"
    assert [records[t]["content"] for t in refusal["targets"]] == [
        "flood water reached the wards of three clinics in the valley"]


def test_refusal_with_a_topic_answers_nothing_else(nlp):
    """'declined to comment on the move' names its topic: no link to the lead is made."""
    records = _records(STORY.replace("declined to comment.", "declined to comment on the move."), nlp)
    refusal = next(r for r in records if r["stance"] == "does_not_confirm")
    assert refusal["content"] == "the move" and refusal["targets"] == []
