"""The SPARQL store's SELECT answers: plain values read straight from the JSON bindings are the
values the rdflib terms give (`QueryResult.dicts`), for every kind of binding an endpoint sends."""
from __future__ import annotations

import datetime
import json
from decimal import Decimal

from kg.sparql_store import SparqlStore, _term
from kg.store import QueryResult

XSD = "http://www.w3.org/2001/XMLSchema#"

BODY = {
    "head": {"vars": ["iri", "blank", "text", "lang", "count", "ratio", "flag", "day", "missing"]},
    "results": {"bindings": [
        {"iri": {"type": "uri", "value": "https://w3id.org/kg-claims/id/statement/a1"},
         "blank": {"type": "bnode", "value": "b0"},
         "text": {"type": "literal", "value": "the pier is \u201csinking\u201d"},
         "lang": {"type": "literal", "value": "le port", "xml:lang": "fr"},
         "count": {"type": "typed-literal", "value": "12", "datatype": XSD + "integer"},
         "ratio": {"type": "literal", "value": "0.75", "datatype": XSD + "decimal"},
         "flag": {"type": "literal", "value": "1", "datatype": XSD + "boolean"},
         "day": {"type": "literal", "value": "2026-03-01", "datatype": XSD + "date"}},
        {"iri": {"type": "uri", "value": "https://w3id.org/kg-claims/id/statement/a2"},
         "text": {"type": "literal", "value": "plain", "datatype": XSD + "string"}},
    ]},
}


def parsed():
    store = SparqlStore("http://127.0.0.1:9/sparql", read_only=True)
    return store._parse_results(json.dumps(BODY).encode("utf-8"), {})


def test_plain_values_from_the_bindings_are_those_of_the_rdflib_terms():
    result = parsed()
    variables = BODY["head"]["vars"]
    through_terms = QueryResult("SELECT", variables, [tuple(_term(b.get(v)) for v in variables)
                                                      for b in BODY["results"]["bindings"]]).dicts()
    assert result.dicts() == through_terms
    first = result.dicts()[0]
    assert first["count"] == 12 and first["ratio"] == Decimal("0.75") and first["flag"] is True
    assert first["day"] == datetime.date(2026, 3, 1) and first["lang"] == "le port"
    assert result.dicts()[1]["missing"] is None and result.dicts()[1]["text"] == "plain"


def test_rows_are_still_rdflib_terms_and_counted_without_building_them():
    result = parsed()
    assert result.count == 2
    assert str(result.rows[0][0]) == "https://w3id.org/kg-claims/id/statement/a1"
    assert result.rows[1][1] is None
    assert result.dicts()[0]["iri"] == "https://w3id.org/kg-claims/id/statement/a1"
