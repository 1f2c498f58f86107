"""Verdicts on a vote or a trial: a party calling an election free and fair (or denying it was
rigged, or dismissing criticism of it) against another calling it rigged or a farce, in words the
two claims do not share (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.verdicts import verdict

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st

FAIR = "the regional elections were free and fair"
RIGGED = "the count was marred by widespread fraud in the vote"


def test_free_and_fair_contradicts_fraud_in_other_words():
    # no word of the two claims is shared but "the": what ties them is the vote judged
    ruling = st("d1", "Unity Front", "asserts", FAIR, pos=0, cue="maintains")
    rival = st("d1", "Civic Alliance", "asserts", RIGGED, pos=300, cue="said")
    assert pairs(find_contradictions(corpus([ruling, rival]))) == {
        ("polarity_conflict", frozenset((FAIR, RIGGED)))}


def test_a_denial_that_the_vote_was_rigged_contradicts_a_claim_of_fraud():
    chair = st("d1", "Vera Holm", "denies", "the election was rigged", pos=0, cue="dismissed")
    rival = st("d1", "Civic Alliance", "asserts", RIGGED, pos=300, cue="said")
    assert {c.kind for c in find_contradictions(corpus([chair, rival]))} == {"polarity_conflict"}


def test_dismissed_criticism_of_the_polls_contradicts_a_farce():
    # "dismissed criticism of the polls" says the polls were fine
    officials = st("d1", "Unity Front", "denies", "criticism of the polls", pos=0, cue="dismissed")
    rival = st("d1", "Ada Korr", "asserts", "the general election as a big farce", pos=300, cue="dismissed")
    assert {c.kind for c in find_contradictions(corpus([officials, rival]))} == {"polarity_conflict"}


def test_two_parties_calling_the_vote_rigged_agree():
    rival = st("d1", "Civic Alliance", "asserts", RIGGED, pos=0, cue="said")
    observers = st("d1", "Poll Watch", "asserts", "the vote was rigged", pos=300, cue="said")
    assert find_contradictions(corpus([rival, observers])) == []


def test_a_fair_trial_and_a_rigged_vote_are_not_one_process():
    court = st("d1", "Justice Office", "asserts", "the trial was fair", pos=0, cue="said")
    rival = st("d1", "Civic Alliance", "asserts", RIGGED, pos=300, cue="said")
    assert find_contradictions(corpus([court, rival])) == []


def test_a_negation_or_failure_before_the_verdict_turns_it_over():
    words = lambda text: text.replace(",", " ,").split()  # noqa: E731
    assert verdict(words("the vote was not rigged")) is True
    assert verdict(words("the commission failed to run a free and fair poll")) is False
    assert verdict(words("the vote was free and fair")) is True
    # "free of violence" says nothing of the count; "rigged with explosives" of no vote
    assert verdict(words("the election was free of violence")) is None
    assert verdict(words("a car rigged with explosives near the polls")) is None
    # both classes at once: no verdict
    assert verdict(words("a fair count but a rigged roll")) is None


def test_a_claim_that_the_vote_was_free_of_violence_is_no_verdict_against_fraud():
    observers = st("d1", "Poll Watch", "asserts", "the election was free of violence", pos=0, cue="found")
    rival = st("d1", "Civic Alliance", "asserts", RIGGED, pos=300, cue="said")
    assert find_contradictions(corpus([observers, rival])) == []
