"""The namespace IRIs kg writes and queries, as plain strings: the one home of every prefix.

Standard library only, so the modules that must not import rdflib (the SPARQL client
:mod:`kg.sparql_store`, the endpoint :mod:`kg.serve`) read the same IRIs as :mod:`kg.vocab`,
which builds rdflib namespaces from them. Every SPARQL ``PREFIX`` block kg sends is made by
:func:`sparql_prefixes`; tests/test_one_home.py checks no module spells a namespace out again.
"""
from __future__ import annotations

#: prefix -> namespace IRI, in the order exports declare them
NAMESPACES: dict[str, str] = {
    "kg": "https://w3id.org/kg-claims/ns#",
    "id": "https://w3id.org/kg-claims/id/",
    "schema": "http://schema.org/",  # http, not rdflib's https SDO, so the data joins with ClaimsKG
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dcterms": "http://purl.org/dc/terms/",
}

KG_NS = NAMESPACES["kg"]
ID_NS = NAMESPACES["id"]
XSD_NS = NAMESPACES["xsd"]
RDF_NS = NAMESPACES["rdf"]

#: the IRI every kg named graph starts with (articles, the shared nodes, the analysis)
GRAPH_NS = ID_NS + "graph/"


def concept_name(code: str) -> str:
    """The local name of a code's SKOS concept in kg.ttl: 'does_not_confirm' -> 'DoesNotConfirm'."""
    return "".join(part.capitalize() for part in code.split("_"))


def sparql_prefixes(*prefixes: str) -> str:
    """The SPARQL ``PREFIX`` lines for `prefixes` (all of kg's when none are named), one a line."""
    names = prefixes or tuple(NAMESPACES)
    return "".join(f"PREFIX {name}: <{NAMESPACES[name]}>\n" for name in names)
