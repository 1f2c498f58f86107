"""Golden RDF for the triples stage (kg/triples.py): each folder of tests/data/rdf holds a short
article written for these tests (``article.txt``, its ``article.meta.json``) and the named graph
kg must write for it (``expected.trig``), checked by eye when it was made.

The article goes through the real readers and extraction; both ways of writing its graph, the
rdflib Graph (:func:`article_graph`) and the N-Triples text ingest stores
(:func:`article_ntriples`), must be isomorphic to the expected graph (rdflib.compare), and a
failure prints what is missing and what is extra (``graph_diff``). The two triples that name
the run rather than the article, the extractor version and the file's absolute path, are
checked apart and left out of the comparison.

A deliberate change to the graph's layout (or to what the rules extract from these articles)
is taken in with ``KG_UPDATE_GOLDEN=1``, and the new files are read before they are committed.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.extraction import extract_article
from kg.extraction.version import extractor_version
from kg.readers import iter_articles
from kg.triples import article_graph, article_ntriples, graph_iri, source_file
from kg.vocab import KG, bind_prefixes

pytestmark = pytest.mark.slow

CASES = Path(__file__).parent / "data" / "rdf"
RUN_PREDICATES = (KG.extractorVersion, KG.sourceFile)  # name the run, not the article


def _cases() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if (p / "article.txt").is_file())


def _without_run(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        if triple[1] not in RUN_PREDICATES:
            out.add(triple)
    return out


def _report(expected: Graph, actual: Graph) -> str:
    _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = ["missing (expected, not written):"] + sorted(f"  {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in missing)
    lines += ["extra (written, not expected):"] + sorted(f"  {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in extra)
    return "\n".join(lines)


def _expected(case: Path, doc_id: str) -> Graph:
    dataset = Dataset()
    dataset.parse(case / "expected.trig", format="trig")
    return dataset.graph(graph_iri(doc_id))


def _write_expected(case: Path, doc_id: str, graph: Graph) -> None:
    dataset = Dataset()
    bind_prefixes(dataset)
    named = dataset.graph(graph_iri(doc_id))
    for triple in _without_run(graph):
        named.add(triple)
    (case / "expected.trig").write_text(dataset.serialize(format="trig"), encoding="utf-8")


def test_there_are_golden_cases():
    assert len(_cases()) >= 3 and all((CASES / c / "expected.trig").is_file() for c in _cases())


@pytest.mark.parametrize("name", _cases())
def test_the_article_graph_is_the_expected_graph(name, nlp):
    case = CASES / name
    (article,) = list(iter_articles([case / "article.txt"]))
    result = extract_article(article, nlp=nlp)
    written = article_graph(result)
    ntriples, count = article_ntriples(result)
    fast = Graph().parse(data=ntriples, format="nt")
    if os.environ.get("KG_UPDATE_GOLDEN"):
        _write_expected(case, article.doc_id, written)
    expected = _expected(case, article.doc_id)
    assert len(expected) > 20

    doc_version = set(written.objects(None, KG.extractorVersion))
    assert doc_version == {Literal(extractor_version())}
    assert set(written.objects(None, KG.sourceFile)) == {Literal(source_file(str(case / "article.txt")))}
    for label, graph in (("article_graph", written), ("article_ntriples", fast)):
        graph = _without_run(graph)
        assert isomorphic(graph, expected), f"{name}: {label} differs from expected.trig\n" + _report(expected, graph)
    assert count == len(fast) == len(written)
