"""Each contradiction kind on hand-made statements, and the pairs that must not be flagged."""
from __future__ import annotations

import pytest

from kg.analysis import find_contradictions
from kg.analysis.context import prepare
from kg.errors import NotFound

from .analysis_helpers import corpus, pairs
from .analysis_helpers import statement as st


def kinds(statements, **options):
    return {c.kind for c in find_contradictions(corpus(statements), **options)}


# -- each kind ---------------------------------------------------------------------------------

def test_opposite_stances_noun_phrase_denial_against_a_clause():
    claim = st("d1", "Ines Varro", "asserts", "Kestria had supplied artillery shells to the rebels in the north")
    denial = st("d1", "Kestria", "denies", "any shell deliveries")
    found = find_contradictions(corpus([claim, denial]))
    assert [(c.kind, c.a.source, c.b.source) for c in found] == [("opposite_stances", "Ines Varro", "Kestria")]
    assert found[0].explanation and 0.5 <= found[0].score <= 1


def test_opposite_stances_across_articles():
    claim = st("d1", "Ines Varro", "asserts", "Kestria had supplied artillery shells to the rebels")
    denial = st("d2", "Kestria", "denies", "that it supplied artillery shells to the rebels")
    assert kinds([claim, denial]) == {"opposite_stances"}


def test_disputed_through_a_responds_to_link():
    a = st("d1", "Lena Marsh", "asserts", "the silos were full of export grain")
    b = st("d1", "Piotr Havel", "asserts", "the night shift had gone home")
    port = st("d1", "Port authority", "denies", "their claims", targets=[a.iri, b.iri])
    found = find_contradictions(corpus([a, b, port]))
    assert {(c.kind, c.a.source, c.b.source) for c in found} == {
        ("disputed", "Lena Marsh", "Port authority"), ("disputed", "Piotr Havel", "Port authority")}


def test_could_not_verify_is_a_response_not_a_contradiction():
    # issue 11: denials and dismissals contradict what they answer; "could not verify their claims"
    # answers them (the link stays, chains show it) without saying they are false
    a = st("d1", "Lena Marsh", "asserts", "the silos were full of export grain")
    b = st("d1", "Piotr Havel", "asserts", "the night shift had gone home")
    publisher = st("d1", "Harbor Gazette", "cannot_verify", "their claims", targets=[a.iri, b.iri])
    assert find_contradictions(corpus([a, b, publisher])) == []


def test_disputed_without_a_link_finds_the_claim_the_words_point_back_to():
    earlier = st("d1", "Ines Varro", "asserts", "the tanker Morning Star was carrying jet fuel for the rebels", pos=10)
    other = st("d1", "Emil Brask", "asserts", "the harbour reopened to fishing boats", pos=50)
    response = st("d1", "port authority", "does_not_confirm", "the tanker carried jet fuel", pos=90)
    found = find_contradictions(corpus([earlier, other, response]))
    assert pairs(found) == {("disputed", frozenset({earlier.content, response.content}))}


def test_polarity_conflict_no_x_nearby_against_the_largest_x():
    a = st("d1", "Piotr Havel", "asserts", "there were no military warehouses near the terminal")
    b = st("d1", "Shoreline Observatory", "asserts", "the terminal stands beside the largest army warehouse in the province")
    assert kinds([a, b]) == {"polarity_conflict"}


def test_polarity_conflict_no_casualties_against_killed():
    a = st("d1", "Mayor Lena Marsh", "asserts", "there were no casualties at the Dunmore market")
    b = st("d1", "Averon Coast Guard", "asserts", "two traders were killed at the Dunmore market")
    assert kinds([a, b]) == {"polarity_conflict"}


def test_outcome_conflict_intercepted_against_hit():
    a = st("d1", "Kestria's defence ministry", "asserts", "its air defence shot down the missile over the bay")
    b = st("d1", "Lena Marsh", "asserts", "the missile hit two grain silos")
    assert kinds([a, b]) == {"outcome_conflict"}


def test_number_conflict_different_tolls_same_event():
    a = st("d1", "Lena Marsh", "asserts", "five people were killed in the blast at the grain terminal")
    b = st("d2", "Averon Coast Guard", "asserts", "14 people died in the blast at the grain terminal")
    found = find_contradictions(corpus([a, b]))
    assert [c.kind for c in found] == ["number_conflict"]
    assert "14" in found[0].explanation


# -- pairs that must not be flagged ------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("the fuel depot in Brenmoor was destroyed", "the Brenmoor fuel depot was completely destroyed"),
    ("air defence units intercepted the drone over the lake", "air defence shot the drone down over the lake"),
    ("at least three people were killed in the Dunmore blast", "four people died in the Dunmore blast"),
    ("more than 100 people were evacuated from Dunmore", "120 people were evacuated from Dunmore"),
])
def test_rewordings_and_compatible_numbers_are_not_flagged(a, b):
    assert kinds([st("d1", "Lena Marsh", "asserts", a), st("d2", "Emil Brask", "asserts", b)]) == set()


def test_different_subjects_are_not_flagged():
    statements = [st("d1", "Lena Marsh", "asserts", "two people were killed in Lisk"),
                  st("d2", "Emil Brask", "asserts", "seven people were killed in Harrowgate"),
                  st("d3", "Piotr Havel", "asserts", "the bridge at Tolvey had not been damaged"),
                  st("d4", "Ines Varro", "asserts", "the depot at Marrick was destroyed")]
    assert kinds(statements) == set()


def test_same_source_updating_a_figure_is_not_flagged():
    first = st("d1", "St Ulric's Hospital", "asserts", "three people died in the Dunmore blast")
    later = st("d2", "St Ulric's Hospital", "asserts", "five people died in the Dunmore blast")
    assert kinds([first, later]) == set()


def test_same_party_under_two_names_is_not_flagged():
    a = st("d1", "Ana Keller", "asserts", "there were no army sites near the Dunmore depot")
    b = st("d1", "Keller", "asserts", "the Dunmore depot sits beside the largest army base")
    assert kinds([a, b]) == set()


def test_hedged_claims_do_not_conflict():
    a = st("d1", "Lena Marsh", "asserts", "the missile hit two grain silos", certainty="possible")
    b = st("d1", "Kestria's defence ministry", "asserts", "air defence shot down the missile over the bay")
    assert kinds([a, b]) == set()


def test_a_denial_not_about_the_denier_needs_close_wording():
    claim = st("d1", "Emil Brask", "asserts", "the rebels targeted civilian homes in the north")
    denial = st("d1", "Kestria", "denies", "targeting civilian infrastructure")
    assert kinds([claim, denial]) == set()


# -- options -----------------------------------------------------------------------------------

def _mixed():
    return [st("d1", "Ines Varro", "asserts", "Kestria had supplied artillery shells to the rebels"),
            st("d1", "Kestria", "denies", "any shell deliveries"),
            st("d1", "Lena Marsh", "asserts", "five people were killed in the Dunmore blast"),
            st("d1", "Averon Coast Guard", "asserts", "14 people died in the Dunmore blast")]


def test_between_keeps_only_contradictions_of_two_sources():
    found = find_contradictions(corpus(_mixed()), between=("Kestria", "Varro"))
    assert [c.kind for c in found] == ["opposite_stances"]
    with pytest.raises(NotFound, match="E051"):
        find_contradictions(corpus(_mixed()), between=("Nobody Known", "Varro"))


def test_threshold_and_kinds_filter():
    assert find_contradictions(corpus(_mixed()), threshold=0.99) == []
    assert {c.kind for c in find_contradictions(corpus(_mixed()), kinds=["number_conflict"])} == {"number_conflict"}


def test_records_carry_both_sides_for_the_scorer():
    record = find_contradictions(corpus(_mixed()))[0].to_record()
    assert {"a", "b", "kind", "score", "explanation"} <= set(record)
    assert {"doc", "source", "stance", "content", "content_start", "content_end", "sentence", "statement"} \
        <= set(record["a"])


def test_candidates_are_blocks_not_all_pairs():
    """200 claims about 20 towns, one per article: only claims about the same town are compared."""
    statements = [st(f"d{k}", f"Source {k}", "asserts", f"the bridge in Town{k % 20} reopened to traffic")
                  for k in range(200)]
    candidates = set(prepare(corpus(statements)).candidates())
    assert len(candidates) == 20 * (10 * 9 // 2)
    assert all(statements[i].content == statements[j].content for i, j in candidates)
