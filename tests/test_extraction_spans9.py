"""Claim boundaries and senses settled in session 9: conjuncts that continue a claim, charges that
name who is blamed, requests of a plural party, partitive numbers as sources, "contest" a place.

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more
(see construction_harness.py); an empty list is a must-not-extract case.
"""
from __future__ import annotations

import pytest

from .construction_harness import Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- a conjunct hung on the cue verb that continues the claim (cue_clauses.py _claim_conjunct_on_cue) ----
    Case("conjunct-with-expletive-there-continues-the-claim",
         "The fire chief said it was too soon to name a cause, and there was no sign yet that the blaze was set.",
         [E("fire chief", "asserts",
            "it was too soon to name a cause, and there was no sign yet that the blaze was set", "said")]),
    Case("quoted-conjunct-without-subject-continues-the-claim",
         'Delgado said the aide "got a deal," and still "sat in on the talks."',
         [E("Delgado", "asserts", 'the aide "got a deal," and still "sat in on the talks', "said")]),
    Case("conjunct-with-the-speakers-pronoun-after-and",
         "Tomas Reyes said the bridge had been closed for a week, and he had no date for its reopening.",
         [E("Tomas Reyes", "asserts",
            "the bridge had been closed for a week, and he had no date for its reopening", "said")]),
    Case("conjunct-participle-with-its-own-subject-continues-the-claim",
         "Ruth Hale said she recalls the guard being rude, and the clerk being kind to her.",
         [E("Ruth Hale", "asserts", "she recalls the guard being rude, and the clerk being kind to her", "said"),
          E("Ruth Hale", "asserts", "the guard being rude", "recalls")]),
    # after "but", an unquoted clause is the narrator's contrast, even with the speaker as subject
    Case("but-conjunct-with-a-pronoun-is-the-narrators",
         "Tomas Reyes said the bridge was safe, but he left the site before the inspection ended.",
         [E("Tomas Reyes", "asserts", "the bridge was safe", "said")]),
    Case("but-conjunct-with-expletive-is-the-narrators",
         "The league said the final would go ahead, but there is growing anger among the players.",
         [E("league", "asserts", "the final would go ahead", "said")]),
    # a conjunct with another subject is the narrator's, and a cue verb there is that party's own statement
    Case("conjunct-with-another-party-is-not-the-claim",
         "The council said the road was finished, and the contractor packed up its machines.",
         [E("council", "asserts", "the road was finished", "said")]),
    # ---- "blamed Y for Z": the one blamed belongs to the charge (cue_constructions.py _blame) ----
    Case("blamed-y-for-z-keeps-who-is-blamed",
         "The harbour master blamed the tug crews for the collision at the pier.",
         [E("harbour master", "asserts", "the tug crews for the collision at the pier", "blamed")]),
    Case("blamed-a-gerund-for-z-keeps-the-gerund",
         "The farmers blamed spraying by the rail company for the loss of their bees.",
         [E("farmers", "asserts", "spraying by the rail company for the loss of their bees", "blamed")]),
    # ---- "called for Ys to V": the infinitive after a bare plural is what is asked (cue_constructions.py _call_for) ----
    Case("called-for-plural-to-infinitive",
         "The referee called for substitute players to wear numbered vests.",
         [E("referee", "asserts", "substitute players to wear numbered vests", "called for")]),
    # a singular noun with its own phrase takes no infinitive: that gives a purpose
    Case("called-for-an-end-to-x-to-v-is-a-purpose",
         "The guild called for an end to the lockout to save the season.",
         [E("guild", "asserts", "an end to the lockout", "called for")]),
    # ---- "two of the Ys": a number with an of-phrase is a part of the Ys, who speak (mentions.py _describe) ----
    Case("partitive-number-source-names-the-group",
         "Two of the jurors said the verdict had been rushed.",
         [E("jurors", "asserts", "the verdict had been rushed", "said")]),
    Case("partitive-number-source-with-a-label",
         "Three of the surgeons called the new rota a danger to patients.",
         [E("surgeons", "asserts", "the new rota a danger to patients", "called")]),
    # ---- "contest" a place or a seat is to run for it (cue_denials.py _refused_a_thing) ----
    Case("neg-contesting-a-state-is-no-denial", "Both parties are fiercely contesting Nevada this autumn.", []),
    Case("neg-contested-a-seat-is-no-denial", "Four candidates contested the seat last spring.", []),
    Case("contested-the-results-is-a-denial",
         "The losing party contested the results of the count.",
         [E("losing party", "denies", "the results of the count", "contested")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    """Each construction yields exactly its expected attributions."""
    check_case(case, nlp)
