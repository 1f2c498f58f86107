"""Each competency query in ontology/queries/ parses, gives the same rows on Oxigraph and on
rdflib's own engine, and gives the expected answer on tests/fixtures/mini.trig."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.query_params import bind_query
from kg.vocab import ONTOLOGY_DIR

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
QUERIES = sorted((ONTOLOGY_DIR / "queries").glob("*.rq"))

FIRE = "the fire started in a crane that inspectors had flagged last year"
THREE = "three workers were injured"
MINISTRY = "Ministry of Coastal Transport"
UNION = "Velmora Dockworkers' Union"
COURIER = "The Velmora Courier"
A, B, C = "velmora-port-fire", "ministry-rebuttal", "port-fire-followup"

# query name -> (the columns checked, the expected rows over those columns, in any order)
EXPECTED: dict[str, tuple[tuple[str, ...], list[tuple]]] = {
    "denials": (("source", "claim", "article", "sentence"), [
        (MINISTRY, FIRE, A, "The Ministry of Coastal Transport denied that " + FIRE + "."),
        (MINISTRY, FIRE, B, "The ministry denied that " + FIRE + "."),
    ]),
    "asserted_and_denied": (("claim", "asserter", "assertedIn", "denier", "deniedIn"), [
        (FIRE, "Ilse Marrow", a, MINISTRY, d) for a in (A, B) for d in (A, B)
    ]),
    "by_channel": (("channel", "source", "stance", "claim", "article"), [
        ("Telegram", UNION, "asserts", THREE, A),
        ("press release", MINISTRY, "asserts", "all cranes at the port passed inspection in January", B),
    ]),
    "unconfirmed": (("claim", "asserter", "article"), [
        ("all cranes at the port passed inspection in January", MINISTRY, B),
        ("the blaze was probably caused by an electrical fault", "Tomas Brek", A),
        (FIRE, "Ilse Marrow", A),
        (FIRE, "Ilse Marrow", B),
        ("the port might reopen within a week", "Ilse Marrow", C),
    ]),
    "not_confirmed": (("source", "claim", "cue", "article", "sentence"), [
        ("Velmora Port Authority", "three dock workers were hurt", "did not confirm", B,
         "The Velmora Port Authority did not confirm that three dock workers were hurt."),
    ]),
    "cannot_verify": (("source", "sourceKind", "claim", "article", "respondsToSource", "respondsToClaim"), [
        (COURIER, "publisher", "the union's account", A, UNION, THREE),
    ]),
    "sources_by_affiliation": (("person", "role", "organization", "article"), [
        ("Ilse Marrow", "mayor", "Velmora", A),
        ("Tomas Brek", "fire chief", None, C),
    ]),
    "stance_counts": (("source", "stance", "statements"), [
        ("Ilse Marrow", "asserts", 3),
        (MINISTRY, "asserts", 1),
        (MINISTRY, "denies", 2),
        (COURIER, "cannot_verify", 1),
        ("Tomas Brek", "asserts", 1),
        ("Tomas Brek", "confirms", 1),
        (UNION, "asserts", 1),
        ("Velmora Port Authority", "does_not_confirm", 1),
    ]),
    "evidence": (("source", "stance", "article", "start", "end"), [
        ("Ilse Marrow", "asserts", A, 76, 178),
        (MINISTRY, "denies", A, 179, 291),
        (UNION, "asserts", A, 292, 373),
        (COURIER, "cannot_verify", A, 374, 445),
        ("Tomas Brek", "asserts", A, 446, 526),
        (MINISTRY, "asserts", B, 0, 142),
        ("Ilse Marrow", "asserts", B, 143, 235),
        ("Ilse Marrow", "asserts", B, 236, 329),
        (MINISTRY, "denies", B, 330, 421),
        ("Velmora Port Authority", "does_not_confirm", B, 422, 499),
        ("Tomas Brek", "confirms", C, 0, 90),
        ("Ilse Marrow", "asserts", C, 91, 144),
    ]),
    "hedged": (("source", "certainty", "stance", "claim", "cue", "article"), [
        ("Ilse Marrow", "possible", "asserts", "the port might reopen within a week", "said", C),
        ("Tomas Brek", "probable", "asserts", "the blaze was probably caused by an electrical fault", "said", A),
    ]),
    "quoted_in_same_articles": (("source", "otherSource", "sharedArticles"), [
        ("Ilse Marrow", MINISTRY, 2),
        ("Ilse Marrow", "Tomas Brek", 2),
        ("Ilse Marrow", COURIER, 1),
        ("Ilse Marrow", UNION, 1),
        ("Ilse Marrow", "Velmora Port Authority", 1),
        (MINISTRY, COURIER, 1),
        (MINISTRY, "Tomas Brek", 1),
        (MINISTRY, UNION, 1),
        (MINISTRY, "Velmora Port Authority", 1),
        (COURIER, "Tomas Brek", 1),
        (COURIER, UNION, 1),
        ("Tomas Brek", UNION, 1),
    ]),
    "publisher_claims": (("publisher", "article", "date", "claims", "statements"), [
        ("Northshore Ledger", B, date(2024, 3, 12), 3, 4),
        (COURIER, A, date(2024, 3, 11), 4, 5),
        (COURIER, C, date(2024, 3, 13), 2, 2),
    ]),
    "contradictions": (("kind", "score", "sourceA", "stanceA", "articleA", "sourceB", "stanceB", "articleB"), [
        ("opposite_stances", Decimal("0.9"), "Ilse Marrow", "asserts", A, MINISTRY, "denies", A),
        ("disputed", Decimal("0.75"), "Ilse Marrow", "asserts", B, MINISTRY, "denies", B),
    ]),
    "corroborations": (("independentSources", "score", "source", "stance", "claim", "article"), [
        (2, Decimal("0.8"), "Tomas Brek", "confirms", THREE, C),
        (2, Decimal("0.8"), UNION, "asserts", THREE, A),
    ]),
    "responses": (("responder", "stance", "claim", "article", "respondsToSource", "respondsToClaim"), [
        (MINISTRY, "denies", FIRE, A, "Ilse Marrow", FIRE),
        (MINISTRY, "denies", FIRE, B, "Ilse Marrow", FIRE),
        (COURIER, "cannot_verify", "the union's account", A, UNION, THREE),
    ]),
    "claim_groups": (("label", "claim", "statements"), [
        (THREE, THREE, 2),
        (THREE, "three dock workers were hurt", 1),
    ]),
    "timeline": (("claim", "firstReported", "articles", "sources"), [
        ("the blaze was probably caused by an electrical fault", date(2024, 3, 11), 1, 1),
        (FIRE, date(2024, 3, 11), 2, 2),
        ("the union's account", date(2024, 3, 11), 1, 1),
        (THREE, date(2024, 3, 11), 2, 2),
        ("all cranes at the port passed inspection in January", date(2024, 3, 12), 1, 1),
        ("three dock workers were hurt", date(2024, 3, 12), 1, 1),
        ("the port might reopen within a week", date(2024, 3, 13), 1, 1),
    ]),
}


def _load(store: str) -> Dataset:
    ds = Dataset(store=store, default_union=True)
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def oxigraph() -> Dataset:
    return _load("Oxigraph")


@pytest.fixture(scope="module")
def memory() -> Dataset:
    return _load("default")


def _rows(dataset: Dataset, text: str) -> tuple[list[str], list[tuple]]:
    """Run a query; xsd:string literals (typed by Oxigraph, plain in rdflib) are made plain."""
    result = dataset.query(text)
    rows = [tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD_STRING else t
                  for t in row) for row in result]
    return [str(v) for v in result.vars], rows


def _python(term):
    return None if term is None else term.toPython() if isinstance(term, Literal) else str(term)


def test_queries_exist():
    assert len(QUERIES) >= 12


def test_every_expected_answer_has_a_query():
    assert set(EXPECTED) <= {q.stem for q in QUERIES}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query(path, oxigraph, memory):
    assert path.stem in EXPECTED, f"no expected answer registered for {path.name}"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# title: ") and lines[1].startswith("# description: ")
    prepareQuery(text)  # parses with only the prefixes the file declares

    variables, ox_rows = _rows(oxigraph, text)
    mem_variables, mem_rows = _rows(memory, text)
    assert variables == mem_variables
    assert Counter(ox_rows) == Counter(mem_rows), "Oxigraph and rdflib disagree"

    columns, expected = EXPECTED[path.stem]
    index = [variables.index(c) for c in columns]
    got = [tuple(_python(row[i]) for i in index) for row in ox_rows]
    assert Counter(got) == Counter(expected)


@pytest.mark.parametrize("store", ["Oxigraph", "default"])
@pytest.mark.parametrize("link", ["proposition", "respondsTo", "sameClaimAs"])
def test_unconfirmed_follows_responses_and_claim_groups(store, link):
    """A confirmation counts when it confirms the proposition, responds to the assertion or states a
    claim of the same group; the form bound to one source (--bind source=NAME) gives that source's
    rows of the whole-store form."""
    ds = _load(store)
    ds.update("""
        PREFIX kg: <https://w3id.org/kg-claims/ns#>
        PREFIX schema: <http://schema.org/>
        INSERT { GRAPH <urn:test> {
            <urn:test:confirm> kg:stance kg:Confirms .
            %s } }
        WHERE { ?assertion kg:proposition ?prop . ?prop schema:text "all cranes at the port passed inspection in January" }
    """ % {"proposition": "<urn:test:confirm> kg:proposition ?prop .",
           "respondsTo": "<urn:test:confirm> kg:proposition <urn:test:prop> ; kg:respondsTo ?assertion . "
                         '<urn:test:prop> schema:text "the cranes were inspected" .',
           "sameClaimAs": "<urn:test:confirm> kg:proposition <urn:test:prop> . ?prop kg:sameClaimAs <urn:test:prop> . "
                          '<urn:test:prop> schema:text "the cranes were inspected" .'}[link])
    text = (ONTOLOGY_DIR / "queries" / "unconfirmed.rq").read_text(encoding="utf-8")
    _, rows = _rows(ds, text)
    claims = {str(row[0]) for row in rows}
    assert "all cranes at the port passed inspection in January" not in claims
    assert FIRE in claims
    names = {str(row[0]) for row in ds.query("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: "
                                             "<http://schema.org/> SELECT DISTINCT ?n WHERE { "
                                             "?s prov:wasAttributedTo ?a . ?a schema:name ?n }")}
    assert len(names) >= 3
    for name in names:
        _, bound = _rows(ds, bind_query(text, {"source": name}))
        assert Counter(bound) == Counter(row for row in rows if str(row[1]) == name), name


@pytest.fixture(scope="module")
def layout_store():
    """The fixture written the way ingest writes it (kg/layout.py): shared nodes once, per-article graphs."""
    from kg.store import open_store
    from kg.vocab import ANALYSIS_GRAPH

    store = open_store(":memory:")
    for graph in _load("default").graphs():
        name = str(graph.identifier)
        if not name.startswith("https://w3id.org/kg-claims/id/graph/") or not len(graph):
            continue
        nt = graph.serialize(format="nt")
        if name == str(ANALYSIS_GRAPH):
            store.replace_graph(name, nt)
        else:
            store.replace_article(name.rsplit("/", 1)[-1], nt)
    yield store
    store.close()


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_over_the_store_layout(path, layout_store):
    """The same expected answers when the data is in the layout ingest writes, through kg's store."""
    result = layout_store.query(path.read_text(encoding="utf-8"))
    columns, expected = EXPECTED[path.stem]
    index = [result.variables.index(c) for c in columns]
    got = [tuple(_python(row[i]) for i in index) for row in result.rows]
    assert Counter(got) == Counter(expected)


_SORT_KEY = re.compile(r'CONCAT\("~", (\?\w+)\)')
_BOUND_KEY = re.compile(r'\s*BIND \(CONCAT\("~", (\?\w+)\) AS (\?\w+)\)')


def _plain_order(text: str) -> str:
    """The query with its computed sort keys replaced by the variables they are computed from."""
    order_at = text.rindex("ORDER BY")
    order = _SORT_KEY.sub(r"\1", text[order_at:])
    for var, key in _BOUND_KEY.findall(text):
        order = re.sub(re.escape(key) + r"\b", var, order)
    return _BOUND_KEY.sub("", text[:order_at]) + order


@pytest.mark.parametrize("path", [q for q in QUERIES if _SORT_KEY.search(q.read_text(encoding="utf-8"))],
                         ids=lambda p: p.stem)
def test_computed_sort_keys_keep_the_order(path, oxigraph):
    """A sort key CONCAT("~", ?x) (a string Oxigraph keeps in memory) orders rows as ?x does."""
    text = path.read_text(encoding="utf-8")
    plain = _plain_order(text)
    assert "~" not in plain[plain.rindex("ORDER BY"):]
    keys = re.findall(r"\?\w+", plain[plain.rindex("ORDER BY"):])
    variables, rows = _rows(oxigraph, text)
    _, plain_rows = _rows(oxigraph, plain)
    index = [variables.index(k[1:]) for k in keys]
    assert [tuple(r[i] for i in index) for r in rows] == [tuple(r[i] for i in index) for r in plain_rows]
    assert len(rows) > 1


def test_a_select_on_the_embedded_store_builds_no_rdflib_dataset(tmp_path):
    """Opening the store and running SELECT / ASK the way `kg query` does stays in pyoxigraph: no
    rdflib Dataset, no oxrdflib, no rdflib SPARQL engine (each costs time on every open)."""
    import subprocess
    import sys

    script = f"""
import sys
from kg.store import open_store
from kg.queries import read_query, run_query
store = open_store({str(tmp_path / 'store')!r})
store.replace_article("a1", '<https://w3id.org/kg-claims/id/agent/person/X> <http://schema.org/name> "X" .\\n')
rows = run_query(store, read_query("SELECT ?n WHERE {{ ?a <http://schema.org/name> ?n }}")).rows
asked = run_query(store, "ASK {{ ?a <http://schema.org/name> ?n }}").boolean
print(len(rows), asked, store._dataset is None,
      [m for m in ("oxrdflib", "oxrdflib.store", "rdflib.plugins.sparql") if m in sys.modules])
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "True", "True", "[]"]


def test_plain_rows_of_the_embedded_store_are_those_of_rdflib_terms():
    """`kg query` prints `dicts()`, which the embedded store makes from pyoxigraph terms without
    rdflib terms: every kind of value comes out as rdflib's toPython made it, unbound as None."""
    from kg.store import OxigraphStore, QueryResult

    store = OxigraphStore(None)
    store.update("""PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
    INSERT DATA { <urn:x:a> <urn:x:p> "plain", "tagged"@en, 7, "0012"^^xsd:integer, 2.50, "1.5e3"^^xsd:double,
        true, "2025-11-16"^^xsd:date, "2025-11-16T10:00:00Z"^^xsd:dateTime, "x"^^<urn:x:kind>, <urn:x:b>, _:n . }""")
    sparql = "SELECT ?o ?missing WHERE { <urn:x:a> <urn:x:p> ?o OPTIONAL { ?o <urn:x:none> ?missing } }"
    fast = store.query(sparql)
    through_rdflib = QueryResult("SELECT", fast.variables, fast.rows)  # the rows as rdflib terms
    plain = store.query(sparql).dicts()  # straight from pyoxigraph terms
    assert plain == through_rdflib.dicts()
    assert {"str", "int", "Decimal", "float", "bool", "date", "datetime"} <= {type(r["o"]).__name__ for r in plain}
    assert all(row["missing"] is None for row in plain)
