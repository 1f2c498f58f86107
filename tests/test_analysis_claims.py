"""Claim identity (groups of wordings of one claim) and corroboration by independent sources."""
from __future__ import annotations

from kg.analysis import find_corroborations, group_claims
from kg.analysis.claims import DEFAULT_THRESHOLD

from .analysis_helpers import corpus
from .analysis_helpers import statement as st


def texts(groups):
    return [sorted(g.texts.values()) for g in groups]


def test_rewordings_are_grouped_with_inspectable_scores():
    a = st("d1", "Lena Marsh", "asserts", "the fuel depot in Brenmoor was destroyed by the fire")
    b = st("d2", "Emil Brask", "asserts", "the Brenmoor fuel depot was completely destroyed")
    c = st("d2", "Ines Varro", "asserts", "the ferry to Olmsby was cancelled on Friday")
    groups = group_claims(corpus([a, b, c]))
    assert texts(groups) == [sorted([a.content, b.content])]
    group = groups[0]
    assert set(group.statements) == {a.iri, b.iri}
    assert list(group.scores.values())[0] >= DEFAULT_THRESHOLD
    assert group.to_dict()["scores"][0]["score"] == list(group.scores.values())[0]
    assert group.iri.startswith("https://w3id.org/kg-claims/id/claim-group/")


def test_threshold_is_an_option():
    a = st("d1", "Lena Marsh", "asserts", "the fuel depot in Brenmoor was destroyed by the fire")
    b = st("d2", "Emil Brask", "asserts", "the Brenmoor fuel depot was completely destroyed")
    assert group_claims(corpus([a, b]), threshold=0.99) == []
    assert len(group_claims(corpus([a, b]), threshold=0.99, include_singletons=True)) == 2


def test_negation_and_conflicting_counts_are_never_the_same_claim():
    statements = [st("d1", "Lena Marsh", "asserts", "five people were killed in the Dunmore blast"),
                  st("d2", "Emil Brask", "asserts", "14 people were killed in the Dunmore blast"),
                  st("d1", "Piotr Havel", "asserts", "the Dunmore grain silos were damaged by the blast"),
                  st("d2", "Ines Varro", "asserts", "the Dunmore grain silos were not damaged by the blast")]
    for group in group_claims(corpus(statements), threshold=0.2):
        members = set(group.texts.values())
        assert not {statements[0].content, statements[1].content} <= members
        assert not {statements[2].content, statements[3].content} <= members


def test_corroboration_needs_independent_sources():
    claim = "the Brenmoor fuel depot was destroyed by the fire"
    statements = [st("d1", "Lena Marsh", "asserts", claim), st("d2", "Piotr Havel", "asserts", claim),
                  st("d3", "Shoreline Observatory", "confirms", claim)]
    independent = find_corroborations(corpus(statements))
    assert [c.independent_sources for c in independent] == [3]
    linked = find_corroborations(corpus(statements, affiliations=[("Piotr Havel", "adviser", "Lena Marsh")]))
    assert [c.independent_sources for c in linked] == [2]
    assert ["Lena Marsh", "Piotr Havel"] in linked[0].sources


def test_denials_and_one_source_do_not_corroborate():
    claim = "the Brenmoor fuel depot was destroyed by the fire"
    statements = [st("d1", "Lena Marsh", "asserts", claim), st("d2", "Marsh", "asserts", claim),
                  st("d3", "Emil Brask", "denies", claim)]
    assert find_corroborations(corpus(statements)) == []


def test_min_sources():
    claim = "the Brenmoor fuel depot was destroyed by the fire"
    statements = [st("d1", "Lena Marsh", "asserts", claim), st("d2", "Emil Brask", "asserts", claim)]
    assert len(find_corroborations(corpus(statements), min_sources=2)) == 1
    assert find_corroborations(corpus(statements), min_sources=3) == []
