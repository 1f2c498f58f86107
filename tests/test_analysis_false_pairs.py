"""Pairs that look like contradictions and are not, each the general construction behind a false
pair (every name and sentence is invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st


def test_a_request_is_no_claim_that_it_happened():
    # "The mayor has asked the governor to open the shelters" against "no shelters were opened":
    # the mayor wants them opened, which agrees with their being shut
    request = st("d1", "Mayor Ilse Brandt", "asserts", "the governor to open the shelters", cue="has asked")
    fact = st("d1", "Harlow County", "asserts", "no shelters were opened")
    assert find_contradictions(corpus([request, fact])) == []
    # the same words said as a fact do contradict
    claim = st("d1", "Mayor Ilse Brandt", "asserts", "the governor opened the shelters", cue="said")
    assert find_contradictions(corpus([claim, fact]))


def test_called_for_is_a_request_called_it_is_a_claim():
    from kg.analysis.rules import requests

    assert requests("called for") and requests("urged") and requests("has asked") and requests("calls on")
    assert not requests("called") and not requests("said") and not requests("told")


def test_a_figure_of_another_event_is_not_a_rival_toll():
    # "the strikers began the riot by exploiting a clash that left two people dead in another town
    # last month": the two dead are of the earlier clash, not of the riot's toll
    earlier = st("d1", "Orla Venn", "asserts",
                 "the strikers began the riot by exploiting a clash that left two people dead in another town")
    toll = st("d1", "Dunmore council", "asserts", "40 people died in the riot at the Dunmore mill")
    assert find_contradictions(corpus([earlier, toll])) == []
    same = st("d1", "Orla Venn", "asserts", "two people died in the riot at the Dunmore mill")
    assert pairs(find_contradictions(corpus([same, toll]))) == {
        ("number_conflict", frozenset({same.content, toll.content}))}


def test_last_month_puts_a_figure_on_another_event():
    from kg.analysis.text import features

    assert features("a flood that killed nine people last month").counts[0].elsewhere
    assert features("a separate attack killed nine people").counts[0].elsewhere
    assert not features("the flood killed nine people last week").counts[0].elsewhere


def test_repelling_an_assault_says_nothing_of_a_bomb_elsewhere():
    # one article: the guards repulsed the fighters at the depot; a bomb exploded beside a convoy
    repelled = st("d1", "Tarsk garrison", "asserts", "the guards at the depot repulsed the fighters after a gun battle")
    bomb = st("d1", "Captain Oren Salo", "asserts", "a bomb exploded just after a supply convoy passed the bridge")
    assert find_contradictions(corpus([repelled, bomb])) == []
    # against "the fighters overran the depot" it is an outcome conflict
    overran = st("d1", "Osk Front", "asserts", "its fighters overran the depot and seized trucks")
    assert {c.kind for c in find_contradictions(corpus([repelled, overran]))} == {"outcome_conflict"}


def test_an_interception_still_answers_a_hit_it_shares_no_word_with():
    stopped = st("d1", "Kestrian air command", "asserts", "air defence worked over the bay")
    hit = st("d1", "Osk Front", "asserts", "two grain silos were struck at Port Averon")
    assert {c.kind for c in find_contradictions(corpus([stopped, hit]))} == {"outcome_conflict"}


def test_a_statement_that_only_carries_another_is_not_paired_twice():
    # "Correspondent Lia Moor reports a palace spokesman says there were no such meetings": the
    # spokesman's statement is extracted too; the carrier adds a second copy of every pair
    sentence = ("Correspondent Lia Moor reports a palace spokesman says there were no such meetings. ")
    claim = st("d1", "Harbor Gazette", "asserts", "the envoy held meetings with the rebels in Osk")
    carrier = st("d1", "Lia Moor", "asserts", "a palace spokesman says there were no such meetings", cue="reports",
                 sentence=sentence, source_text="Correspondent Lia Moor")
    inner = st("d1", "palace spokesman", "asserts", "there were no such meetings", cue="says", sentence=sentence,
               source_text="a palace spokesman")
    found = find_contradictions(corpus([claim, carrier, inner]))
    assert [(c.a.source, c.b.source) for c in found] == [("Harbor Gazette", "palace spokesman")]


def test_a_denial_does_not_answer_a_claim_that_already_negates_it():
    # "The government is open to talks with anyone. But no such talks have happened." and later a
    # rebel spokesman "denied that peace talks had taken place": the two agree
    open_to = st("d1", "Ado Renn", "asserts",
                 "the government is open to talks with anyone in the opposition but no such talks have happened", pos=10)
    report = st("d1", "media reports", "asserts", "the government has been holding talks with the rebels", pos=5)
    denial = st("d1", "Osk Front spokesman", "denies", "peace talks with the opposition had taken place", pos=30)
    found = find_contradictions(corpus([report, open_to, denial]))
    assert not any(c.a.source == "Ado Renn" and c.b.source == "Osk Front spokesman" for c in found)


def test_a_figure_told_after_meanwhile_is_of_another_event():
    toll = st("d1", "Tarsk army", "asserts", "15 fighters were killed at the depot",
              sentence="The army said 15 fighters were killed at the depot.")
    aside = st("d1", "Kestrian air command", "confirms", "killing two fighters in an airstrike near Osk",
               sentence="Meanwhile, the Kestrian air command confirmed killing two fighters in an airstrike near Osk.")
    assert find_contradictions(corpus([toll, aside])) == []
    told = st("d1", "Kestrian air command", "asserts", "two fighters were killed at the depot",
              sentence="The air command said two fighters were killed at the depot.")
    assert {c.kind for c in find_contradictions(corpus([toll, told]))} == {"number_conflict"}
