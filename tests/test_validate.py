"""SHACL validation: the fixture conforms, and broken copies of it fail on the right path."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal

from kg.errors import MissingDependency, OntologyError
from kg.validate import ValidationReport, load_shapes, validate_graph
from kg.vocab import KG, OA

pytest.importorskip("pyshacl")

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture
def flat(dataset) -> Graph:
    """An editable single-graph copy of the fixture."""
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def paths(report: ValidationReport) -> set[str]:
    return {v["path"] for v in report.violations}


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_fixture_conforms(store):
    ds = Dataset(store=store, default_union=True)
    ds.parse(FIXTURE, format="trig")
    report = validate_graph(ds)
    assert report.conforms, report.text
    assert report.violations == []


def test_missing_stance_fails(flat):
    statement = next(flat.subjects(KG.stance, KG.Denies))
    flat.remove((statement, KG.stance, None))
    report = validate_graph(flat)
    assert not report.conforms
    assert paths(report) == {str(KG.stance)}
    assert report.violations[0]["focus"] == str(statement)
    assert report.violations[0]["severity"] == "Violation"


def test_stance_outside_scheme_fails(flat):
    statement = next(flat.subjects(KG.stance, KG.Asserts))
    flat.set((statement, KG.stance, KG.Probable))
    report = validate_graph(flat)
    assert not report.conforms
    assert paths(report) == {str(KG.stance)}
    assert report.violations[0]["value"] == str(KG.Probable)


def test_start_after_end_fails(flat):
    selector = next(flat.subjects(OA.end, Literal(142)))
    flat.set((selector, OA.start, Literal(150)))
    report = validate_graph(flat)
    assert not report.conforms
    assert paths(report) == {str(OA.start)}
    assert "not after" in report.violations[0]["message"]


def test_contradiction_needs_two_sides(flat):
    contradiction = next(flat.subjects(KG.contradictionKind, KG.OppositeStances))
    flat.remove((contradiction, KG.side, next(flat.objects(contradiction, KG.side))))
    report = validate_graph(flat)
    assert paths(report) == {str(KG.side)}


def test_missing_pyshacl_is_reported(flat, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyshacl", None)
    with pytest.raises(MissingDependency, match=r"E022.*pyshacl"):
        validate_graph(flat)


def test_unreadable_shapes_are_reported(tmp_path):
    with pytest.raises(OntologyError, match="E050"):
        load_shapes(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(OntologyError, match="E050"):
        load_shapes(bad)
