"""SHACL validation of kg data against ontology/shapes.ttl (needs the optional pyshacl).

The union of all named graphs is validated as one graph, with ontology/kg.ttl as the
ontology graph and no inference, so the data must state the classes the shapes check.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH, XSD

from kg.errors import Errors, MissingDependency, OntologyError
from kg.vocab import ONTOLOGY_DIR, bind_prefixes

SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_PATH = ONTOLOGY_DIR / "kg.ttl"


@dataclass
class ValidationReport:
    """The outcome of a SHACL run: whether the data conforms, the text report and each result."""

    conforms: bool
    text: str
    violations: list[dict] = field(default_factory=list)


def _parse(path: Path) -> Graph:
    """Parse one Turtle file of the ontology folder, or raise OntologyError (E050)."""
    try:
        return bind_prefixes(Graph()).parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(Errors.E050.format(path=path, reason="no such file")) from None
    except Exception as exc:  # rdflib raises many parser-specific exception types
        raise OntologyError(Errors.E050.format(path=path, reason=exc)) from None


def load_shapes(path: str | Path | None = None) -> Graph:
    """The SHACL shapes graph, from `path` or ontology/shapes.ttl."""
    return _parse(Path(path) if path else SHAPES_PATH)


def load_ontology(path: str | Path | None = None) -> Graph:
    """The vocabulary graph, from `path` or ontology/kg.ttl (used as pyshacl's ont_graph)."""
    return _parse(Path(path) if path else ONTOLOGY_PATH)


def _flatten(data_graph: Graph) -> Graph:
    """One in-memory graph holding every triple of `data_graph`, across all its named graphs.

    xsd:string literals (which Oxigraph returns typed) become plain literals so that
    `sh:in` lists of plain strings match them.
    """
    flat = Graph()
    quads = getattr(data_graph, "quads", None)
    if quads:
        triples = (quad[:3] for quad in quads((None, None, None, None)))
    else:
        triples = data_graph.triples((None, None, None))
    for s, p, o in triples:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        flat.add((s, p, o))
    return flat


def _results(report: Graph) -> list[dict]:
    """Each sh:ValidationResult of a pyshacl results graph as a dict of strings."""
    rows = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def value(prop, _r=result):
            term = report.value(_r, prop)
            return None if term is None else str(term)

        severity = value(SH.resultSeverity)
        rows.append({
            "focus": value(SH.focusNode),
            "path": value(SH.resultPath),
            "message": value(SH.resultMessage),
            "severity": severity.rsplit("#", 1)[-1] if severity else None,
            "value": value(SH.value),
        })
    return sorted(rows, key=lambda r: tuple(v or "" for v in r.values()))


def validate_graph(data_graph: Graph, *, shapes_path: str | Path | None = None) -> ValidationReport:
    """Validate `data_graph` (a Graph or Dataset; all named graphs together) against the shapes."""
    try:
        import pyshacl
    except ImportError:
        raise MissingDependency(Errors.E022.format(
            package="pyshacl", purpose="SHACL validation", install="pyshacl")) from None
    shapes = load_shapes(shapes_path)
    ontology = load_ontology()
    try:
        conforms, report, text = pyshacl.validate(
            _flatten(data_graph), shacl_graph=shapes, ont_graph=ontology,
            inference="none", abort_on_first=False, allow_warnings=True, advanced=False)
    except Exception as exc:  # pyshacl's ReportableRuntimeError and parser errors alike
        raise OntologyError(Errors.E053.format(reason=exc)) from None
    return ValidationReport(conforms=bool(conforms), text=str(text), violations=_results(report))
