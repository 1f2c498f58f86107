"""kg/vocab.py's KG namespace and ontology/kg.ttl define the same terms, and the ontology files parse."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.model import Certainty, Stance
from kg.vocab import (
    CERTAINTY_CODES,
    CERTAINTY_IRIS,
    CONTRADICTION_KIND_CODES,
    CONTRADICTION_KIND_IRIS,
    KG,
    ONTOLOGY_DIR,
    SCHEMA,
    STANCE_CODES,
    STANCE_IRIS,
    bind_prefixes,
)

KG_NS = "https://w3id.org/kg-claims/ns#"
DEFINING_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                  RDF.Property, RDFS.Class, SKOS.Concept, SKOS.ConceptScheme, OWL.NamedIndividual}
PYTHON_TERMS = {KG[name] for name in KG.__annotations__ if not name.startswith("_")}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


@pytest.mark.parametrize("name", ["kg.ttl", "mappings.ttl", "shapes.ttl"])
def test_ontology_files_parse(name):
    graph = Graph().parse(ONTOLOGY_DIR / name, format="turtle")
    assert len(graph) > 10


def test_ontology_header(ontology):
    header = URIRef(KG_NS.rstrip("#"))
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None
    assert ontology.value(header, RDFS.comment) is not None


@pytest.mark.parametrize("term", sorted(PYTHON_TERMS), ids=lambda t: t.split("#")[-1])
def test_python_term_is_defined_with_label_and_comment(ontology, term):
    types = set(ontology.objects(term, RDF.type))
    assert types & DEFINING_TYPES, f"{term} has no defining rdf:type in kg.ttl"
    assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
    assert ontology.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"


def test_every_defined_term_is_in_python(ontology):
    defined = {s for t in DEFINING_TYPES for s in ontology.subjects(RDF.type, t) if str(s).startswith(KG_NS)}
    mentioned = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)}
    assert defined == mentioned, "a kg: subject of kg.ttl has no defining rdf:type"
    assert defined == PYTHON_TERMS


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        KG.nonexistentTerm  # noqa: B018


def test_shapes_and_queries_use_only_defined_terms():
    used = set()
    files = [ONTOLOGY_DIR / "shapes.ttl", ONTOLOGY_DIR / "mappings.ttl",
             *sorted((ONTOLOGY_DIR / "queries").glob("*.rq"))]
    for path in files:
        used |= {KG[m] for m in re.findall(r"(?<![\w/])kg:([A-Za-z_]\w*)", path.read_text(encoding="utf-8"))}
    assert used - PYTHON_TERMS == set()


@pytest.mark.parametrize("iris, codes, scheme, enum", [
    (STANCE_IRIS, STANCE_CODES, KG.StanceScheme, Stance),
    (CERTAINTY_IRIS, CERTAINTY_CODES, KG.CertaintyScheme, Certainty),
    (CONTRADICTION_KIND_IRIS, CONTRADICTION_KIND_CODES, KG.ContradictionKindScheme, None),
])
def test_code_tables_match_the_schemes(ontology, iris, codes, scheme, enum):
    in_scheme = set(ontology.subjects(SKOS.inScheme, scheme))
    assert set(iris.values()) == in_scheme
    for code, iri in iris.items():
        assert codes[iri] == code
        assert ontology.value(iri, KG.code) == Literal(code)
        assert ontology.value(iri, SKOS.prefLabel).value == code.replace("_", " ")
    if enum is not None:
        assert set(iris) == {member.value for member in enum}


def test_bind_prefixes_uses_http_schema():
    graph = bind_prefixes(Graph())
    bound = dict(graph.namespaces())
    assert str(bound["schema"]) == str(SCHEMA) == "http://schema.org/"
    assert str(bound["kg"]) == KG_NS
