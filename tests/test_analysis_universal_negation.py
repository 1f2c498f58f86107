""""The navy is not shelling anywhere on the coast" against "the shelling began at dawn": a
negation of every place, and a claim that tells of the event itself with no doer (names and
events invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

DENIAL = "the navy is not shelling anywhere on the Osk coast"


def _kinds(claim):
    a = st("s1", "Osk fishermen", "asserts", claim, pos=10)
    b = st("s1", "Admiral Vera Holm", "asserts", DENIAL, pos=200)
    return [c.kind for c in find_contradictions(corpus([a, b]))]


def test_a_negation_of_every_place_conflicts_with_the_event_told_without_a_doer():
    assert _kinds("the shelling began at dawn on Tuesday") == ["polarity_conflict"]


def test_an_event_told_with_another_doer_is_no_conflict():
    assert _kinds("rebel mortar crews were shelling the hills above the port") == []
