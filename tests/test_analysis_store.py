"""The analysis over a real store: made-up articles ingested with spaCy, contradictions and chains,
results written back and seen by the competency queries, the network contract, the demo corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.analysis import (
    analyze_store,
    build_network,
    build_network_from_results,
    find_chains,
    find_contradictions,
    find_corroborations,
)
from kg.errors import NotFound
from kg.ingest import extract_paths, ingest
from kg.queries import read_query, run_query
from kg.store import open_store

from .analysis_helpers import write_articles

pytestmark = pytest.mark.slow
DEMO = Path(__file__).resolve().parents[1] / "kg" / "demo"


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("articles"))


@pytest.fixture(scope="module")
def store(tmp_path_factory, articles, nlp):
    with open_store(tmp_path_factory.mktemp("store") / "kg-data") as s:
        ingest([articles], s, nlp=nlp)
        yield s


def flagged(found, first: str, second: str, kind: str | None = None) -> bool:
    """True when a contradiction has one side containing `first` and the other `second`."""
    first, second = first.lower(), second.lower()
    for c in found:
        a, b = c.a.content.lower(), c.b.content.lower()
        if (kind is None or c.kind == kind) and ((first in a and second in b) or (first in b and second in a)):
            return True
    return False


def test_each_kind_on_ingested_articles(store):
    found = find_contradictions(store)
    assert flagged(found, "supplied artillery shells", "any shell deliveries", "opposite_stances")
    assert flagged(found, "was carrying jet fuel", "the tanker carried jet fuel", "disputed")
    assert flagged(found, "no military warehouses", "largest army warehouse", "polarity_conflict")
    assert flagged(found, "shot down the missile", "the missile hit two grain silos", "outcome_conflict")
    assert flagged(found, "five people were killed", "14 people died", "number_conflict")
    assert flagged(found, "14 people died", "four people died", "number_conflict")
    assert not flagged(found, "at least three people", "four people died")
    assert not flagged(found, "at least three people", "five people were killed")


def test_chains_on_ingested_articles(store):
    texts = [c.text for c in find_chains(store)]
    assert any(t.startswith("Harbor Gazette \u2014cannot verify\u2192") and "Lena Marsh" in t and "Piotr Havel" in t
               for t in texts)
    assert any(t.startswith("port authority \u2014does not confirm\u2192") and "\u2190 Ines Varro asserts" in t
               for t in texts)
    assert "Piotr Havel \u2014adviser\u2192 Lena Marsh" in texts
    assert any(t.startswith("Valley Courier \u2014reports\u2192 Emil Brask") for t in texts)


def test_chains_filters(store):
    havel = [c.text for c in find_chains(store, agent="Havel")]
    assert "Piotr Havel \u2014adviser\u2192 Lena Marsh" in havel
    assert all("Havel" in t for t in havel)
    about = find_chains(store, claim="tanker carried jet fuel")
    assert about and all(c.kind in {"response", "reported"} for c in about)
    with pytest.raises(NotFound, match="E051"):
        find_chains(store, agent="Nobody Known")
    with pytest.raises(NotFound, match="E052"):
        find_chains(store, claim="a claim nobody made")


def test_results_are_written_back_and_seen_by_sparql(store):
    result = analyze_store(store)
    assert result.contradictions and result.triples
    rows = run_query(store, read_query("contradictions")).dicts()
    kinds = {r["kind"] for r in rows}
    assert {"opposite_stances", "disputed", "polarity_conflict", "outcome_conflict", "number_conflict"} <= kinds
    assert len({(r["sourceA"], r["claimA"], r["sourceB"], r["claimB"]) for r in rows}) == len(result.contradictions)
    corroborated = run_query(store, read_query("corroborations")).dicts()
    assert {r["source"] for r in corroborated} >= {"Averon Coast Guard"}
    assert run_query(store, read_query("claim_groups")).dicts()
    analyze_store(store)  # a second run replaces the graph, it does not add to it
    assert len(run_query(store, read_query("contradictions")).dicts()) == len(rows)


def test_the_analysis_graph_is_written_batch_by_batch(store, monkeypatch):
    """The analysis graph goes in a few triples at a time (no graph of every triple in memory),
    and what is stored is exactly the results' triples, replacing the last run's."""
    from kg.analysis import results
    from kg.vocab import ANALYSIS_GRAPH

    monkeypatch.setattr(results, "ANALYSIS_BATCH_TRIPLES", 7)
    monkeypatch.setattr("kg.store._DELETE_BATCH", 5)  # the last run's graph, emptied in pieces
    batches = []
    write_graph = store.write_graph

    def recording(graph_iri, given):
        def passing():
            for batch in given:
                batches.append(batch)
                yield batch
        write_graph(graph_iri, passing())

    monkeypatch.setattr(store, "write_graph", recording)
    result = analyze_store(store)
    assert len(batches) > 2 and all(batch.count("\n") <= 7 for batch in batches)
    expected = {(str(s), str(p), str(o))
                for s, p, o in results.analysis_graph(result.contradictions, result.corroborations, result.groups)}
    rows = run_query(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ANALYSIS_GRAPH}> {{ ?s ?p ?o }} }}").dicts()
    assert {(r["s"], r["p"], str(r["o"])) for r in rows} == expected
    assert result.triples == len(expected)
    # a later run with fewer results leaves nothing of the earlier one; with none, no graph at all
    assert results.write_analysis(store, result.contradictions[:1], [], []) == len(
        results.analysis_graph(result.contradictions[:1], [], []))
    assert results.write_analysis(store, [], [], []) == 0
    assert str(ANALYSIS_GRAPH) not in store.graph_names()
    analyze_store(store)  # as the other tests of this module found it


def test_written_results_conform_to_the_shapes(store):
    pytest.importorskip("pyshacl")
    from kg.queries import validate_store

    analyze_store(store)
    report = validate_store(store)
    assert report.conforms, report.violations[:3]


def test_network_contract(store):
    analyze_store(store)
    g = build_network(store)
    nodes = dict(g.nodes(data=True))
    assert {d["kind"] for d in nodes.values()} == {"agent", "claim", "document"}
    for d in nodes.values():
        required = {"agent": {"label", "agent_kind", "quoted", "affiliations"},
                    "claim": {"label", "text", "group"},
                    "document": {"label", "doc_id", "publisher", "published", "url"}}[d["kind"]]
        assert required <= set(d)
        if d["kind"] == "claim":
            assert len(d["label"]) <= 121
    edges = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)]
    assert {d["kind"] for *_, d in edges} >= {"stance", "responds_to", "reports", "published", "affiliation",
                                             "contradiction", "corroboration"}
    for u, v, k, d in edges:
        assert isinstance(k, str) and k.startswith("http")
        assert {"agent": "agent", "claim": "claim", "document": "document"}[nodes[u]["kind"]]
        if d["kind"] == "stance":
            assert nodes[u]["kind"] == "agent" and nodes[v]["kind"] == "claim"
            assert {"stance", "certainty", "cue", "channel", "sentence", "doc_id", "doc_title", "publisher",
                    "published", "statement"} <= set(d)
        if d["kind"] == "contradiction":
            assert {"contradiction_kind", "score", "explanation", "sentence_a", "sentence_b"} <= set(d)
        if d["kind"] == "corroboration":
            assert {"score", "sources"} <= set(d)
        if d["kind"] == "published":
            assert nodes[u]["agent_kind"] == "publisher" and nodes[v]["kind"] == "document"
        if d["kind"] == "affiliation":
            assert d["role"] and nodes[v]["kind"] == "agent"
    havel = next(d for d in nodes.values() if d.get("label") == "Piotr Havel")
    assert "adviser of Lena Marsh" in havel["affiliations"]


def test_network_from_results_in_memory(articles, nlp):
    results, failed = extract_paths([articles], nlp=nlp)
    assert not failed
    g = build_network_from_results(results)
    assert any(d["kind"] == "contradiction" for *_, d in g.edges(data=True))


def test_corroborations_over_the_store(store):
    found = find_corroborations(store)
    assert any("Averon Coast Guard" in sum(c.sources, []) for c in found)


# -- the demo corpus (kg/demo/ANNOTATION.md) --------------------------------------------------

@pytest.fixture(scope="module")
def demo_found(tmp_path_factory, nlp):
    with open_store(tmp_path_factory.mktemp("demo") / "kg-data") as s:
        ingest([DEMO], s, nlp=nlp)
        yield find_contradictions(s)


_MISSED = pytest.mark.xfail(strict=True, reason="annotated in kg/demo/ANNOTATION.md; not found when the corpus "
                                                "was written (strict: passes once it is)")


@pytest.mark.parametrize("name, first, second", [
    ("C1", "figure of 42 cases", "180"),
    ("C2", "the pump had failed", "the plant had failed"),
    ("C3", "found a chain and padlock", "any exit had been locked"),
    ("C3", "locked with chains", "any exit had been locked"),
    pytest.param("C4", "in return for contracts", "repayment of a private loan", marks=_MISSED),
    ("C5", "never counted", "every valid postal ballot"),
    ("C5", "612 ballots", "any ballots had gone missing"),
])
def test_demo_contradictions_are_found(demo_found, name, first, second):
    assert flagged(demo_found, first, second), name


@pytest.mark.parametrize("name, first, second", [
    ("N1", "42 people had been treated", "rose to 51"),
    ("N2", "locked with chains", "found a chain and padlock"),
    ("N3", "chlorine pump was out of service", "the pump had failed"),
    ("N4", "injuring 12 workers", "Eleven of the 12"),
    ("N5", "cause of the fire was not yet known", "chain had been found"),
    ("N6", "no irregularities", "never counted"),
])
def test_demo_non_contradictions_are_not_flagged(demo_found, name, first, second):
    assert not flagged(demo_found, first, second), name
