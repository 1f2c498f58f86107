"""A denial told with its details ("denied that a student set himself on fire last week to protest the
dam") answers the claim of the act itself ("Ivo Lask set himself on fire on May 2"): the core of
the denial, who did what, is the claim's, though most of its words are not (names invented)."""
from __future__ import annotations

from kg.analysis import find_contradictions
from kg.analysis.text import core, features

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st


def test_the_core_of_a_clause_stops_at_its_first_adjunct():
    assert set(core(features("the students set the depot on fire earlier this month to protest the dam")).units) == {
        "student", "set", "depot", "fire"}
    assert set(core(features("the guards shot the prisoners in the yard")).units) == {"guard", "shoot", "prisoner"}


def test_an_indefinite_person_in_the_core_stands_for_whoever_the_claim_names():
    assert set(core(features("a student set himself on fire to protest the dam")).units) == {"set", "fire"}


def test_a_noun_phrase_has_no_core():
    assert core(features("any missile transfers")).units == {}


def test_a_denial_with_details_answers_the_bare_act():
    denial = st("d1", "Osk district police", "denies",
                "a student set himself on fire earlier this month to protest the new dam on the Vell river", pos=10)
    other = st("d1", "Harbor Gazette", "asserts", "the dam will flood four villages", pos=40)
    claim = st("d1", "local monks", "asserts",
                "Ivo Lask set himself on fire on May 2 in what looked like the latest of several such acts", pos=80)
    assert pairs(find_contradictions(corpus([denial, other, claim]))) == {
        ("opposite_stances", frozenset({denial.content, claim.content}))}



def test_gone_missing_is_vanished():
    # "the port denied that any crates had gone missing" against "40 crates that simply vanished"
    denial = st("d1", "Osk port authority", "denies", "any crates had gone missing from the quay", pos=50)
    claim = st("d1", "Dock Workers' Guild", "asserts", "40 crates that simply vanished overnight", pos=10)
    found = find_contradictions(corpus([claim, denial]))
    assert {frozenset((c.a.content, c.b.content)) for c in found} == {frozenset({denial.content, claim.content})}


def test_a_named_denier_denies_the_head_of_what_it_is_said_to_have_done():
    # "the Osk Front denied that peace talks had taken place" against "the envoy hosted three days of
    # talks between Osk Front delegates and the government": the Front is named, and the talks are
    # the talks whatever kind the denial calls them
    claim = st("d1", "Harbor Gazette", "asserts",
               "the envoy hosted three days of talks between six Osk Front delegates and two ministers", pos=80)
    denial = st("d1", "Osk Front spokesman", "denies", "peace talks had taken place", pos=20)
    found = find_contradictions(corpus([claim, denial]))
    assert {frozenset((c.a.content, c.b.content)) for c in found} == {frozenset({denial.content, claim.content})}


def test_the_head_of_a_noun_run_is_its_last_noun():
    assert set(core(features("peace talks had taken place"), heads=True).units) == {"talk"}
    assert set(core(features("the border guards shot two smugglers"), heads=True).units) == {"guard", "shoot",
                                                                                             "smuggler"}
