"""'We do not think these allegations are true' answers every allegation against the speaker's
side in the story, not only the claim just before it (names and events invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _answered(statements):
    return {(c.a.source, c.b.source) for c in find_contradictions(corpus(statements))
            if c.kind == "opposite_stances"}


def test_a_dismissal_of_these_allegations_answers_later_and_other_articles_allegations():
    lede = st("a1", "Tarsi villagers", "asserts", "the night raid on the Tarsi market left six traders dead", pos=10)
    dismissal = st("a1", "Norland official", "asserts", "we do not believe these allegations are in any way true",
                   pos=80)
    later = st("a1", "Ivo Brand", "asserts", "Norland helicopters shelled the Tarsi market before dawn", pos=300)
    elsewhere = st("a2", "Tarsi council", "asserts", "the Norland raid on the Tarsi market killed six traders",
                   pos=40)
    found = _answered([lede, dismissal, later, elsewhere])
    assert ("Ivo Brand", "Norland official") in found
    assert ("Tarsi council", "Norland official") in found


def test_a_claim_naming_the_denier_without_charging_it_is_no_allegation():
    lede = st("a1", "Tarsi villagers", "asserts", "the night raid on the Tarsi market left six traders dead", pos=10)
    dismissal = st("a1", "Norland official", "asserts", "we do not believe these allegations are in any way true",
                   pos=80)
    aside = st("a1", "Ivo Brand", "asserts", "Norland envoys will visit the Tarsi council next week", pos=300)
    assert ("Ivo Brand", "Norland official") not in _answered([lede, dismissal, aside])


def test_each_allegation_of_one_party_is_answered():
    lede = st("a1", "Tarsi villagers", "asserts", "the night raid on the Tarsi market left six traders dead", pos=10)
    dismissal = st("a1", "Norland official", "asserts", "we do not believe these allegations are in any way true",
                   pos=80)
    first = st("a1", "Ivo Brand", "asserts", "Norland helicopters shelled the Tarsi market before dawn", pos=300)
    second = st("a1", "Ivo Brand", "asserts", "Norland gunners killed two of our guards at the river crossing",
                pos=500)
    found = {(c.a.content, c.b.content) for c in find_contradictions(corpus([lede, dismissal, first, second]))}
    assert {(first.content, dismissal.content), (second.content, dismissal.content)} <= found


def test_a_claim_naming_the_denier_only_as_a_tie_charges_it_with_nothing():
    # "the clerk is alleged to have ties to Norland", told after the denial: an accusation, against the clerk
    lede = st("a1", "Tarsi villagers", "asserts", "the night raid on the Tarsi market left six traders dead", pos=10)
    denial = st("a1", "Norland envoy", "denies", "the accusations", pos=80)
    ties = st("a1", "Tarsi press", "asserts", "to have ties to the Norland envoy", pos=240, cue="alleged")
    assert ("Tarsi press", "Norland envoy") not in _answered([lede, ties, denial])
