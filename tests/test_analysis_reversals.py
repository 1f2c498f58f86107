"""Contradictions set up by one statement's wording though the two sides share few words: mutual
blame, retractions, verdicts against pleas, and denials of unnamed reports (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _one_sentence(doc, sentence, start, parts):
    """Statements read out of one sentence: (source, stance, cue, content) each."""
    out = []
    for source, stance, cue, content in parts:
        at = sentence.index(content)
        out.append(st(doc, source, stance, content, pos=start + at, cue=cue, sentence=sentence,
                      sentence_start=start))
    return out


def test_two_parties_blaming_each_other_contradict_each_other():
    sentence = "The port guards and the dockers' union blamed one another for the warehouse fire."
    guards, union = _one_sentence("d1", sentence, 300, [
        ("port guards", "asserts", "blamed", "the warehouse fire"),
        ("dockers' union", "asserts", "blamed", "the warehouse fire")])
    found = find_contradictions(corpus([guards, union]))
    assert [{c.a.source, c.b.source} for c in found] == [{"port guards", "dockers' union"}]


def test_two_parties_blaming_a_third_do_not_contradict_each_other():
    sentence = "The port guards and the dockers' union blamed the storm for the warehouse fire."
    guards, union = _one_sentence("d1", sentence, 300, [
        ("port guards", "asserts", "blamed", "the warehouse fire"),
        ("dockers' union", "asserts", "blamed", "the warehouse fire")])
    assert find_contradictions(corpus([guards, union])) == []


def test_a_retraction_contradicts_its_own_party_s_claim_and_another_s_like_it():
    # "released" ~ "free", "abducted" ~ "kidnapped": the other party says what was retracted
    sentence = "The coast guard has withdrawn its claim that all but three of the abducted sailors had been released."
    claim, retraction = _one_sentence("d1", sentence, 0, [
        ("coast guard", "asserts", "claim", "all but three of the abducted sailors had been released"),
        ("coast guard", "denies", "has withdrawn", "all but three of the abducted sailors had been released")])
    harbour = st("d1", "harbour office", "asserts", "the kidnapped sailors are free", pos=400, cue="said")
    unrelated = st("d1", "fishermen's league", "asserts", "the catch this season was poor", pos=500, cue="said")
    found = find_contradictions(corpus([claim, retraction, harbour, unrelated]))
    answered = {(c.a.source, c.b.source) for c in found if c.b is retraction}
    assert answered == {("coast guard", "coast guard"), ("harbour office", "coast guard")}


def test_a_party_s_own_denial_that_is_no_retraction_does_not_contradict_it():
    claim = st("d1", "coast guard", "asserts", "the stranded trawlers were towed to port", pos=0, cue="said")
    denial = st("d1", "coast guard", "denies", "the stranded trawlers were towed to port", pos=200, cue="denied")
    assert find_contradictions(corpus([claim, denial])) == []


def test_a_verdict_of_guilt_answers_the_defendant_s_plea_in_another_article():
    plea = st("d1", "Oren Valdis", "denies", "he took bribes from the Brask dredging firm", pos=50,
              cue="pleaded not guilty", sentence="Oren Valdis pleaded not guilty to charges that he took bribes "
              "from the Brask dredging firm.", sentence_start=0)
    verdict = st("d2", "Tarsk district court", "asserts", "the former harbour master of taking bribes", pos=80,
                 cue="convicted", sentence="The Tarsk district court convicted the former harbour master of taking "
                 "bribes.", sentence_start=40)
    # the two articles tell one story: both name the Brask firm and the Tarsk harbour
    before = st("d1", "Ines Varro", "asserts", "the Brask dredging firm won the Tarsk harbour contract", pos=300,
                cue="said")
    after = st("d2", "Ines Varro", "asserts", "the Brask dredging firm lost the Tarsk harbour contract", pos=300,
               cue="said")
    found = find_contradictions(corpus([plea, verdict, before, after]), kinds=["opposite_stances"])
    assert [(c.a.source, c.b.source) for c in found] == [("Tarsk district court", "Oren Valdis")]


def test_a_finding_of_innocence_answers_no_plea():
    plea = st("d1", "Oren Valdis", "denies", "he took bribes from the Brask dredging firm", pos=50,
              cue="pleaded not guilty")
    acquittal = st("d1", "Tarsk district court", "asserts", "Oren Valdis not guilty of taking bribes", pos=300,
                   cue="found")
    assert find_contradictions(corpus([plea, acquittal])) == []


def test_a_denial_of_unnamed_reports_answers_the_reporters_of_its_story():
    sentence = "Port officials denied reports that the ferry sailed on for hours after its last radio call."
    denial, reports = _one_sentence("d1", sentence, 100, [
        ("Port officials", "denies", "denied", "the ferry sailed on for hours after its last radio call"),
        ("reports", "asserts", "reports", "the ferry sailed on for hours after its last radio call")])
    reported = "The Coastal Herald reported that divers believe the ferry kept moving for six hours."
    herald, divers = _one_sentence("d1", reported, 600, [
        ("Coastal Herald", "asserts", "reported", "divers believe the ferry kept moving for six hours"),
        ("divers", "asserts", "believe", "the ferry kept moving for six hours")])
    herald.agent_kind = "organization"
    # the correspondent telling the story reports it; no report of the ferry's course
    correspondent = st("d1", "Ada Brenn", "asserts", "relatives waited at the quay all night", pos=900,
                       cue="reports", agent_kind="person")
    found = find_contradictions(corpus([denial, reports, herald, divers, correspondent]))
    assert {(c.a.source, c.b.source) for c in found} == {("reports", "Port officials"),
                                                         ("Coastal Herald", "Port officials"),
                                                         ("divers", "Port officials")}


def test_a_gerund_denial_answers_a_claim_charging_the_denier_with_that_act():
    # "Varonia denied staging any naval raid" against "Varonia was behind the raid": the gerund's
    # object is the claim's act, and the claim charges the denier with it
    claim = st("d1", "Ostra coast guard", "asserts", "there is no question Varonia was behind the raid on the port",
               pos=10, cue="said")
    denial = st("d1", "Varonia", "denies", "staging any naval raid", pos=200, cue="denied")
    found = find_contradictions(corpus([claim, denial]))
    assert [(c.a.source, c.b.source) for c in found] == [("Ostra coast guard", "Varonia")]


def test_a_gerund_denial_does_not_answer_a_claim_on_another_matter_naming_the_denier():
    claim = st("d1", "Ostra coast guard", "asserts", "Varonia evacuated the port before the storm", pos=10, cue="said")
    denial = st("d1", "Varonia", "denies", "staging any naval raid", pos=200, cue="denied")
    assert find_contradictions(corpus([claim, denial])) == []


def test_a_near_total_of_captives_freed_conflicts_with_a_small_count_of_escapes():
    # "all but 5 of the 60 seized crewmen were freed" says 55 at least; "9 crewmen have escaped"
    # says far fewer are out (the others still held)
    total = st("d1", "navy command", "asserts", "all but 5 of the 60 seized crewmen had been freed", pos=10, cue="said")
    count = st("d1", "ship owner", "asserts", "9 of the seized crewmen have escaped", pos=300, cue="said")
    near = st("d1", "port chaplain", "asserts", "nearly all of the 60 seized crewmen were released", pos=500, cue="said")
    close = st("d1", "union", "asserts", "40 of the seized crewmen were released", pos=700, cue="said")
    found = find_contradictions(corpus([total, count, near, close]), kinds=["number_conflict"])
    assert {(c.a.source, c.b.source) for c in found} == {("navy command", "ship owner"), ("port chaplain", "ship owner")}


def test_a_quote_ending_in_a_dismissal_of_reports_answers_the_reporting_outlet():
    herald = st("d1", "Coastal Herald", "asserts", "the ferry kept moving for six hours after its last call", pos=10,
                cue="reported", agent_kind="organization")
    minister = st("d1", "Ivo Marek", "asserts", "We asked the shipyard about the logs. As far as the shipyard "
                  "knows, those reports are false.", pos=400, cue="said")
    found = find_contradictions(corpus([herald, minister]))
    assert [(c.a.source, c.b.source) for c in found] == [("Coastal Herald", "Ivo Marek")]


def test_blaming_another_side_answers_a_claim_that_gives_the_act_to_the_blamer():
    # "Varonia has blamed smugglers for Sunday's raid" against "Varonia was behind the attack"
    sentence = "Varonia has blamed smugglers for Sunday's raid on the ferry."
    (blame,) = _one_sentence("d1", sentence, 500, [("Varonia", "asserts", "has blamed", "Sunday's raid on the ferry")])
    charge = st("d1", "Ostra coast guard", "asserts", "Varonia was behind the attack on the ferry", pos=10, cue="said")
    elsewhere = st("d1", "Ines Varro", "asserts", "Varonia reopened the ferry line", pos=900, cue="said")
    found = find_contradictions(corpus([blame, charge, elsewhere]))
    assert [(c.a.source, c.b.source) for c in found] == [("Ostra coast guard", "Varonia")]


def test_blame_whose_content_keeps_the_blamed_party_still_answers_the_charge():
    # extraction keeps whom it blames in the content ("smugglers for Sunday's raid"): the blamed
    # party is read from the content's words before "for"
    sentence = "Varonia has blamed smugglers for Sunday's raid on the ferry."
    (blame,) = _one_sentence("d1", sentence, 500, [
        ("Varonia", "asserts", "has blamed", "smugglers for Sunday's raid on the ferry")])
    charge = st("d1", "Ostra coast guard", "asserts", "Varonia was behind the attack on the ferry", pos=10, cue="said")
    found = find_contradictions(corpus([blame, charge]))
    assert [(c.a.source, c.b.source) for c in found] == [("Ostra coast guard", "Varonia")]


def test_blame_on_a_party_named_after_the_act_names_no_one_before_for():
    # "blamed the raid on what it called enemies of peace": no "for", so no blamed party is read
    # from the content, and the claim that the blamer itself was behind the raid is not answered
    sentence = "Varonia blamed the raid on the ferry on enemies of peace."
    (blame,) = _one_sentence("d1", sentence, 500, [
        ("Varonia", "asserts", "blamed", "the raid on the ferry on enemies of peace")])
    charge = st("d1", "Ostra coast guard", "asserts", "Varonia was behind the attack on the ferry", pos=10, cue="said")
    assert find_contradictions(corpus([blame, charge]), kinds=["disputed"]) == []


def test_all_but_a_few_without_a_total_takes_the_total_its_story_gives():
    # "all but four of the seized crewmen were freed" names no total; "nearly all of the 50"
    # does: 46 at least against a count of 6
    total = st("d1", "port chaplain", "asserts", "nearly all of the 50 seized crewmen were released", pos=10)
    bare = st("d1", "navy command", "asserts", "all but four of the seized crewmen were freed", pos=200)
    count = st("d1", "ship owner", "asserts", "6 of the seized crewmen have escaped", pos=400)
    found = find_contradictions(corpus([total, bare, count]), kinds=["number_conflict"])
    assert {(c.a.source, c.b.source) for c in found} == {("port chaplain", "ship owner"), ("navy command", "ship owner")}


def test_a_defendant_dismissing_the_charges_answers_the_verdicts_of_its_story():
    # "Valdis has called the charges politically motivated" against the court that found him guilty
    verdict = st("d1", "Tarsk district court", "asserts", "harbour master Oren Valdis guilty of taking bribes", pos=10,
                 cue="found", sentence="The Tarsk district court found harbour master Oren Valdis guilty of taking "
                 "bribes.", sentence_start=0)
    dismissal = st("d1", "Oren Valdis", "asserts", "the charges politically motivated", pos=300, cue="has called")
    bystander = st("d1", "Ines Varro", "asserts", "the charges against the dredging firm are politically motivated",
                   pos=500, cue="said")
    found = find_contradictions(corpus([verdict, dismissal, bystander]))
    assert [(c.a.source, c.b.source) for c in found] == [("Tarsk district court", "Oren Valdis")]


def test_a_denial_of_reports_answers_each_claim_of_the_reporting_outlet():
    sentence = "Port officials denied reports that the ferry sailed on after its last radio call."
    denial, reports = _one_sentence("d1", sentence, 100, [
        ("Port officials", "denies", "denied", "the ferry sailed on after its last radio call"),
        ("reports", "asserts", "reports", "the ferry sailed on after its last radio call")])
    first = st("d1", "Coastal Herald", "asserts", "the ferry kept moving for six hours", pos=600, cue="reported",
               agent_kind="organization")
    second = st("d1", "Coastal Herald", "asserts", "the radar logs of the harbour master", pos=900, cue="cited",
                agent_kind="organization")
    found = find_contradictions(corpus([denial, reports, first, second]))
    assert {c.a.content for c in found if c.a.source == "Coastal Herald"} == {first.content, second.content}
