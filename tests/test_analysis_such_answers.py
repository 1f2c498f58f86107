""""such <noun>" in a negated claim points back at what the article told just before ("the
ministry does not believe the Front could mount such attacks"): it answers the nearest earlier
claims of other parties that tell of that noun (names and events invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def _pairs(statements):
    return {(c.a.content, c.b.content) for c in find_contradictions(corpus(statements))}


CLAIM = "some 400 of its fighters attacked an army depot outside Pell on Sunday"
DOUBT = "the government does not believe the Front is able to mount such attacks"


def test_such_attacks_answers_the_attack_told_just_before():
    claim = st("m1", "Dunmere Front", "asserts", CLAIM, pos=100)
    doubt = st("m1", "Minister Ansel Ruud", "asserts", DOUBT, pos=400)
    assert (CLAIM, DOUBT) in _pairs([claim, doubt])


def test_such_harm_answers_a_toll_by_its_concept():
    toll = st("m1", "Dunmere Front", "asserts", "its fighters killed 60 soldiers near Pell", pos=100)
    doubt = st("m1", "Minister Ansel Ruud", "asserts", "the Front is not in a position to inflict such harm",
               pos=400)
    assert (toll.content, doubt.content) in _pairs([toll, doubt])


def test_such_answers_neither_its_own_party_nor_a_later_claim():
    doubt = st("m1", "Minister Ansel Ruud", "asserts", DOUBT, pos=100)
    later = st("m1", "Dunmere Front", "asserts", CLAIM, pos=400)
    own = st("m2", "Minister Ansel Ruud", "asserts", CLAIM, pos=100)
    own_doubt = st("m2", "Minister Ansel Ruud", "asserts", DOUBT, pos=400)
    assert not _pairs([doubt, later]) & {(CLAIM, DOUBT)}
    assert not _pairs([own, own_doubt])
