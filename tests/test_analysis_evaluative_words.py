"""A charge told with an evaluative adjective ("the rules are discriminatory") answers a denial told
with the verb ("denied it is discriminating against Velorians"): the adjective has the verb's stem,
the preposition is no word of the claim, and a negation about someone else in the claim ("because
none of the workers failed a test") does not make it agree with the denial (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.rules import negates_any
from kg.analysis.text import core, features, stem

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st


def test_an_adjective_in_atory_has_the_stem_of_its_verb():
    assert stem("discriminatory") == stem("discriminating") == stem("discriminated")
    assert stem("retaliatory") == stem("retaliate")
    assert stem("story") == "story"  # too short to be an -atory adjective


def test_a_preposition_is_no_unit_of_the_core():
    assert set(core(features("the board was discriminating against older nurses")).units) == {
        "board", "discriminat", "older", "nurs"}


def test_a_negated_name_alone_is_not_a_negated_act():
    claim = features("the hiring rules are discriminatory because none of the Velorians failed a test")
    assert not negates_any(claim, {"=velorians"})
    assert negates_any(claim, {"fail"})


def test_the_adjective_of_a_charge_answers_the_denial_of_the_act():
    denial = st("d1", "Ostrava", "denies", "it is discriminating against Velorians in its mines", pos=10)
    other = st("d1", "Harbor Gazette", "asserts", "the mines employ four thousand people", pos=40)
    claim = st("d2", "Velorian labour minister", "asserts",
               "Ostrava's hiring rules are discriminatory, because none of the Velorians had failed a test",
               pos=20)
    found = pairs(find_contradictions(corpus([denial, other, claim])))
    assert ("opposite_stances", frozenset({denial.content, claim.content})) in found
