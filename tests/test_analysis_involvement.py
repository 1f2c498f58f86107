"""A part in an attack: "the Tarvan secret police had a hand in the bombing" against "no part of
the government played any role in the bombing" said by the head of Tarva's police ministry: one
claim gives the other's side a part in the attack, the other denies its side had any (names and
events invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions

from .analysis_helpers import corpus
from .analysis_helpers import statement as st

CLAIM = "the Tarva secret police had a hand in the bombing of the Osk ferry terminal"
DENIAL = "no part of the government played any role in the bombing of the Osk ferry terminal"


def _kinds(statements):
    return [(c.kind, c.a.content, c.b.content) for c in find_contradictions(corpus(statements))]


def test_a_part_given_to_the_denier_s_side_conflicts_with_its_denial():
    claim = st("f1", "Osk harbour workers", "asserts", CLAIM, pos=10)
    denial = st("f1", "Ivo Marek", "asserts", DENIAL, pos=200,
                source_text="The head of Tarva's police ministry, Ivo Marek")
    assert ("opposite_stances", CLAIM, DENIAL) in _kinds([claim, denial])


def test_a_part_given_to_someone_else_is_no_conflict():
    other = "the Dunmere Front had a hand in the bombing of the Osk ferry terminal"
    claim = st("f1", "Osk harbour workers", "asserts", other, pos=10)
    denial = st("f1", "Ivo Marek", "asserts", DENIAL, pos=200,
                source_text="The head of Tarva's police ministry, Ivo Marek")
    assert not _kinds([claim, denial])


def test_a_part_in_something_that_is_no_attack_is_left_to_the_other_rules():
    claim = st("f1", "Osk harbour workers", "asserts", "the Tarva secret police had a hand in the ferry tender",
               pos=10)
    denial = st("f1", "Ivo Marek", "asserts", "no part of the government played any role in the ferry tender",
                pos=200, source_text="The head of Tarva's police ministry, Ivo Marek")
    assert not any(k == "opposite_stances" for k, _, _ in _kinds([claim, denial]))
