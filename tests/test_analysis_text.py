"""The analysis stage's reading of claim text: stems, entity roots, counts, negation, outcomes."""
from __future__ import annotations

import pytest

from kg.analysis.text import entity_root, features, stem


@pytest.mark.parametrize("a, b", [("supplying", "supplied"), ("transfers", "transfer"), ("damaged", "damage"),
                                  ("struck", "strike"), ("defence", "defense"), ("casualties", "casualty")])
def test_stemmer_folds_inflections(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("place, demonym", [("Russia", "Russian"), ("Iran", "Iranian"), ("Ukraine", "Ukrainian"),
                                            ("Kestria", "Kestrian"), ("Korea", "Korean")])
def test_entity_root_joins_a_place_and_its_demonym(place, demonym):
    assert entity_root(place) == entity_root(demonym)


def test_concepts_make_different_words_meet():
    supplied = features("Kestria had supplied artillery shells to the rebels")
    denied = features("any shell deliveries")
    assert "@transfer" in supplied.terms and "@transfer" in denied.terms
    assert "shell" in supplied.terms and "shell" in denied.terms


def counts(text):
    return [(c.key, c.low, c.high) for c in features(text).counts]


def test_counts_read_the_counted_event_and_the_bounds():
    assert counts("Five people were killed and seven were injured") == [("@death", 5, 5), ("@injury", 7, 7)]
    assert counts("at least three people died") == [("@death", 3, float("inf"))]
    assert counts("its figure of 14 dead") == [("@death", 14, 14)]
    assert counts("more than 100 residents were evacuated")[0][:2] == ("@evacuate", 100.5)


def test_counts_skip_dates_years_and_uncounted_numbers():
    assert counts("The bridge opened on 12 March 2021 after 40 workers finished it") == []
    assert counts("We have four deaths and nine patients in our care") == [("@death", 4, 4)]


@pytest.mark.parametrize("a, b, compatible", [("at least 3 people were killed", "4 people were killed", True),
                                               ("more than 100 people were evacuated", "120 people were evacuated", True),
                                               ("about 50 people died", "55 people died", True),
                                               ("3 people were killed", "11 people were killed", False),
                                               ("fewer than ten people died", "12 people died", False)])
def test_count_compatibility(a, b, compatible):
    x, y = features(a).counts[0], features(b).counts[0]
    assert x.compatible(y) is compatible


def test_negation_scope_covers_the_negated_words():
    negation = features("There are no army depots near the river").negations[0]
    assert negation.existential
    assert any("@facility" in terms for terms in negation.scope) or any("depot" in terms for terms in negation.scope)
    verbal = features("the bridge had not been damaged").negations[0]
    assert not verbal.existential and {"bridg"} <= verbal.subject and any("damag" in t for t in verbal.scope)


@pytest.mark.parametrize("text, outcome", [("air defence shot down the missile", {"stopped"}),
                                           ("the drone was intercepted over the lake", {"stopped"}),
                                           ("Air defense worked", {"stopped"}),
                                           ("the missile hit two silos", {"hit"}),
                                           ("the warehouse was destroyed", {"hit"}),
                                           ("the warehouse was not damaged", set()),
                                           ("the rockets can hit targets far away", set())])
def test_outcome_classes(text, outcome):
    assert features(text).outcomes == outcome
