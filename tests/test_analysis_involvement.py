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


def test_the_country_s_agency_stands_for_the_country_its_sentence_named():
    sentence = "Tarvan officials denied reports that the country's secret police had a hand in the bombing of the Osk ferry terminal."
    content = "the country's secret police had a hand in the bombing of the Osk ferry terminal"
    claim = st("f2", "reports", "asserts", content, pos=40, sentence=sentence,
               sentence_start=40 - sentence.index(content))
    denial = st("f1", "Tarva's government", "denies", "it played a role in the bombing of the Osk ferry terminal",
                pos=300)
    kinds = [(c.kind, c.a.content, c.b.content) for c in find_contradictions(corpus([claim, denial]))]
    assert ("opposite_stances", content, denial.content) in kinds


def test_each_claim_of_a_part_is_a_contradiction_of_its_own():
    one = st("f1", "Osk harbour workers", "asserts", CLAIM, pos=10)
    other = st("f1", "Osk harbour workers", "asserts",
               "the night attack on the Osk quay was backed by Tarva", pos=90)
    denial = st("f1", "Ivo Marek", "asserts", DENIAL, pos=200,
                source_text="The head of Tarva's police ministry, Ivo Marek")
    found = {a for k, a, b in _kinds([one, other, denial]) if b == DENIAL}
    assert found == {CLAIM, other.content}
