"""`kg serve`: the SPARQL 1.1 Protocol endpoint, its limits and its query page; the SPARQL store
client (kg/sparql_store.py) against it; the notebook API (kg/api.py).

The store is tests/fixtures/mini.trig written graph by graph with ``replace_graph`` (as an
ingest does, no spaCy needed) plus one synthetic graph of 1,500 triples for the row limit,
paging and time-limit tests. Servers run in threads on free ports and are closed, with
their worker processes, by the fixtures.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg import sparql_text
from kg.cli import cli
from kg.errors import GraphRefused, StoreBusy, StoreError
from kg.queries import competency_queries
from kg.serve import make_server
from kg.serve.server import negotiate
from kg.sparql_store import SparqlStore, _chunks
from kg.store import OxigraphStore, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
STATIC = Path(__file__).resolve().parents[1] / "kg" / "serve" / "static"
BULK_GRAPH = "https://w3id.org/kg-claims/id/graph/bulk-test"
BULK = 1500
SRX = "{http://www.w3.org/2005/sparql-results#}"
NAMES = "SELECT ?agent ?name WHERE { ?agent <http://schema.org/name> ?name } ORDER BY ?name ?agent"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def fixture_graphs() -> dict[str, str]:
    """mini.trig as {graph IRI: N-Triples}, one entry per article graph (plus the analysis graph)."""
    dataset = rdflib.Dataset()
    dataset.parse(FIXTURE, format="trig")
    return {str(g.identifier): g.serialize(format="nt") for g in dataset.graphs() if len(g)}


def bulk_ntriples(n: int = BULK) -> str:
    return "\n".join(f'<urn:kg-test:s{i}> <urn:kg-test:p> "value {i}" .' for i in range(n)) + "\n"


def build_store(path: Path, *, bulk: bool = True) -> Path:
    with open_store(path) as store:
        for iri, nt in fixture_graphs().items():
            store.replace_graph(iri, nt)
        if bulk:
            store.replace_graph(BULK_GRAPH, bulk_ntriples())
    return path


class Running:
    """A server serving in a daemon thread; close() stops it and its workers."""

    def __init__(self, server):
        self.server = server
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)
        self.thread.start()
        self.url = server.url
        self.base = server.url.rsplit("/", 1)[0]

    def close(self):
        self.server.close()
        self.thread.join(10)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def embedded(store_path):
    store = OxigraphStore(store_path, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def endpoint(store_path):
    running = Running(make_server(store_path, port=0, timeout=20, max_rows=1000))
    yield running
    running.close()


def http(url, *, data=None, headers=None, method=None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def post_query(url, query, accept=None, **params):
    fields = {"query": query, **params}
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return http(url, data=urllib.parse.urlencode(fields).encode(), headers=headers)


def plain(term) -> str | None:
    return None if term is None else str(term)


def embedded_rows(store, query) -> Counter:
    result = store.query(query)
    return Counter(tuple(plain(v) for v in row) for row in result.rows)


def json_rows(body: bytes) -> tuple[list[str], Counter]:
    data = json.loads(body)
    variables = data["head"]["vars"]
    return variables, Counter(tuple(b.get(v, {}).get("value") for v in variables) for b in data["results"]["bindings"])


# -- the SPARQL lexer --------------------------------------------------------------------------

def test_lexer_tells_queries_from_updates():
    assert sparql_text.form("PREFIX x: <urn:x#> # c\nSELECT * { ?s ?p ?o }") == "SELECT"
    assert sparql_text.is_update("prefix x: <urn:x#>\n insert data { x:a x:b x:c }")
    assert sparql_text.is_update("LOAD <http://example.org/data.ttl>")
    assert sparql_text.is_update("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert not sparql_text.is_update('SELECT * { ?s ?p "INSERT DATA" }')
    assert sparql_text.has_keyword("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", "SERVICE")
    assert not sparql_text.has_keyword('SELECT * { ?s <http://x/SERVICE> "service" . ?s ex:service ?o } # SERVICE',
                                       "SERVICE")


def test_paged_select_wraps_the_query_in_an_ordered_subquery(embedded):
    query = ("PREFIX schema: <http://schema.org/>\nSELECT ?agent ?name WHERE { ?agent schema:name ?name } "
             "LIMIT 12")
    paged = sparql_text.paged_select(query, ["agent", "name"], 5, 5)
    assert "ORDER BY ?agent ?name" in paged and paged.rstrip().endswith("LIMIT 5 OFFSET 5")
    assert len(embedded.query(paged).rows) == 5
    last = embedded.query(sparql_text.paged_select(query, ["agent", "name"], 5, 10)).rows
    assert len(last) == 2  # the query's own LIMIT 12 still holds
    grouped = ("SELECT ?name (COUNT(*) AS ?n) WHERE { ?a <http://schema.org/name> ?name } GROUP BY ?name "
               "ORDER BY DESC(?n)")
    pages = [embedded.query(sparql_text.paged_select(grouped, ["name", "n"], 2, k)).rows for k in (0, 2, 4, 6)]
    assert [row for page in pages for row in page] == embedded.query(grouped).rows


def test_negotiation_follows_q_values():
    table = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", table, "json") == "json"
    assert negotiate("application/sparql-results+json;q=0.2, text/csv", table, "json") == "csv"
    assert negotiate("text/html, */*;q=0.1", table, "json") == "json"
    assert negotiate(None, table, "csv") == "csv"


# -- the protocol and the result formats ---------------------------------------------------------

def test_get_post_form_and_post_body_agree(endpoint, embedded):
    expected = embedded_rows(embedded, NAMES)
    get = http(endpoint.url + "?" + urllib.parse.urlencode({"query": NAMES}),
               headers={"Accept": "application/sparql-results+json"})
    form = post_query(endpoint.url, NAMES, "application/sparql-results+json")
    body = http(endpoint.url, data=NAMES.encode(), headers={"Content-Type": "application/sparql-query",
                                                            "Accept": "application/sparql-results+json"})
    for status, headers, payload in (get, form, body):
        assert status == 200
        assert headers["Content-Type"].startswith("application/sparql-results+json")
        assert json_rows(payload) == (["agent", "name"], expected)


def test_select_as_json_xml_csv_tsv(endpoint, embedded):
    query = competency_queries()["denials"]
    expected = embedded_rows(embedded, query)
    assert sum(expected.values()) == 2

    status, headers, body = post_query(endpoint.url, query, "application/sparql-results+json")
    assert status == 200 and json_rows(body)[1] == expected

    status, headers, body = post_query(endpoint.url, query, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(body)
    variables = [v.get("name") for v in root.iter(SRX + "variable")]
    rows = Counter()
    for result in root.iter(SRX + "result"):
        cells = {b.get("name"): next(iter(b)).text for b in result.iter(SRX + "binding")}
        rows[tuple(cells.get(v) for v in variables)] += 1
    assert rows == expected

    status, headers, body = post_query(endpoint.url, query, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert table[0] == ["source", "claim", "article", "sentence"]
    assert Counter(tuple(r) for r in table[1:]) == expected

    status, headers, body = post_query(endpoint.url, query, "text/tab-separated-values")
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    lines = body.decode("utf-8").splitlines()
    assert lines[0].split("\t") == ["?source", "?claim", "?article", "?sentence"]
    assert all(cell.startswith('"') for line in lines[1:] for cell in line.split("\t"))  # literals, N-Triples form
    assert len(lines) == 3


def test_format_parameter_overrides_accept(endpoint):
    status, headers, body = post_query(endpoint.url, NAMES, "application/sparql-results+json", format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    status, _, body = post_query(endpoint.url, NAMES, format="nonsense")
    assert status == 406 and b"nonsense" in body


def test_ask(endpoint):
    for accept, expect in (("application/sparql-results+json", b'"boolean": true'),
                           ("application/sparql-results+xml", b"<boolean>true</boolean>"),
                           ("text/csv", b"true")):
        status, _, body = post_query(endpoint.url, "ASK { ?s a <http://schema.org/NewsArticle> }", accept)
        assert status == 200 and expect in body


@pytest.mark.parametrize("accept,parser", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                           ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_as_rdf(endpoint, embedded, accept, parser):
    query = ("PREFIX schema: <http://schema.org/>\n"
             "CONSTRUCT { ?a schema:name ?n } WHERE { ?a a schema:NewsArticle ; schema:publisher/schema:name ?n }")
    expected = embedded.query(query).graph
    status, headers, body = post_query(endpoint.url, query, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    graph = rdflib.Graph().parse(data=body.decode("utf-8"), format=parser)
    assert len(graph) == len(expected) == 3
    as_text = lambda g: {tuple(str(term) for term in triple) for triple in g}  # noqa: E731
    assert as_text(graph) == as_text(expected)
    if parser == "turtle":
        assert b"@prefix schema:" in body  # the query's prefixes make the answer readable


def test_describe(endpoint):
    status, _, body = post_query(endpoint.url, "DESCRIBE <https://w3id.org/kg-claims/id/agent/ilse-marrow>",
                                 "text/turtle")
    assert status == 200 and b"Ilse Marrow" in body


def test_sparqlwrapper_json_xml_csv_tsv_and_turtle(endpoint, embedded):
    from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

    expected = embedded_rows(embedded, NAMES)

    def client(query, fmt, method=None):
        wrapper = SPARQLWrapper(endpoint.url)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(fmt)
        if method:
            wrapper.setMethod(method)
        return wrapper.query().convert()

    for method in (None, POST):
        data = client(NAMES, JSON, method)
        assert Counter((b["agent"]["value"], b["name"]["value"]) for b in data["results"]["bindings"]) == expected
    document = client(NAMES, XML)  # a DOM
    assert len(document.getElementsByTagName("result")) == sum(expected.values())
    table = list(csv.reader(io.StringIO(client(NAMES, CSV).decode("utf-8"))))
    assert Counter(tuple(r) for r in table[1:]) == expected
    assert len(client(NAMES, TSV).decode("utf-8").splitlines()) == sum(expected.values()) + 1
    turtle = client("CONSTRUCT WHERE { ?a <http://schema.org/name> ?n }", TURTLE)
    graph = rdflib.Graph().parse(data=turtle.decode("utf-8") if isinstance(turtle, bytes) else turtle,
                                 format="turtle")
    assert len(graph) == len(set(expected))


def test_every_competency_query_matches_the_embedded_store(endpoint, embedded):
    for name, query in competency_queries().items():
        status, _, body = post_query(endpoint.url, query, "application/sparql-results+json")
        assert status == 200, (name, body)
        assert json_rows(body)[1] == embedded_rows(embedded, query), name


def test_named_graph_parameters(endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, union = post_query(endpoint.url, query)
    _, _, one = post_query(endpoint.url, query, **{"default-graph-uri": BULK_GRAPH})
    count = lambda body: int(json.loads(body)["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert count(one) == BULK < count(union)


# -- safety ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind,payload,content_type", [
    ("update", "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", "application/x-www-form-urlencoded"),
    ("body", "DELETE WHERE { ?s ?p ?o }", "application/sparql-update"),
    ("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/x-www-form-urlencoded"),
    ("update", "LOAD <http://example.org/data.ttl> INTO GRAPH <urn:x>", "application/x-www-form-urlencoded"),
    ("query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
     "application/x-www-form-urlencoded"),
    ("update", "CLEAR ALL", "application/x-www-form-urlencoded"),
])
def test_updates_load_and_service_are_refused(endpoint, embedded, kind, payload, content_type):
    before = embedded_rows(embedded, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    data = payload.encode() if kind == "body" else urllib.parse.urlencode({kind: payload}).encode()
    status, _, body = http(endpoint.url, data=data, headers={"Content-Type": content_type})
    assert status == 403
    message = body.decode()
    assert "read-only" in message and "--allow-update" in message
    word = "SERVICE" if "SERVICE" in payload else "LOAD" if payload.startswith("LOAD") else "SPARQL Update"
    assert message.startswith("[E112] " + word)
    after = OxigraphStore(embedded.location, read_only=True)
    assert embedded_rows(after, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before
    after.close()


def test_malformed_query_is_a_400_with_the_parsers_message(endpoint):
    status, headers, body = post_query(endpoint.url, "SELECT * WHERE { ?s ?p }")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("[E126] The SPARQL query is not valid: error at 1:")
    status, _, body = post_query(endpoint.url, "")
    assert status == 400


def test_missing_query_and_wrong_content_type(endpoint):
    assert http(endpoint.url)[0] == 400
    status, _, body = http(endpoint.url, data=b"SELECT", headers={"Content-Type": "text/plain"})
    assert status == 415


def test_a_10_mb_query_gets_413(endpoint):
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (10 * 1024 * 1024)
    status, _, body = http(endpoint.url, data=huge.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 413 and b"at most" in body
    status, _, _ = http(endpoint.url, data=urllib.parse.urlencode({"query": huge}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413
    # in the URL it is the request line that is too long: the stdlib answers 414
    status, _, _ = http(endpoint.url + "?" + urllib.parse.urlencode({"query": "SELECT * {?s ?p ?o} #" + "x" * 70000}))
    assert status == 414
    assert post_query(endpoint.url, "ASK {}")[0] == 200  # and the server is fine


def test_curl_style_expect_100_continue_gets_413_before_the_body(endpoint):
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", endpoint.server.port, timeout=30)
    connection.putrequest("POST", "/sparql")
    connection.putheader("Content-Type", "application/sparql-query")
    connection.putheader("Content-Length", str(10 * 1024 * 1024))
    connection.putheader("Expect", "100-continue")
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413
    connection.close()


def test_row_limit_cuts_and_says_so(endpoint):
    query = "SELECT ?s ?o WHERE { ?s <urn:kg-test:p> ?o }"
    status, headers, body = post_query(endpoint.url, query, "application/sparql-results+json")
    assert status == 200
    assert headers["X-SPARQL-MaxRows"] == "1000"
    assert "1000 rows" in headers["X-KG-Truncated"]
    assert sum(json_rows(body)[1].values()) == 1000
    status, headers, body = post_query(endpoint.url, query + " LIMIT 999", "text/csv")
    assert "X-SPARQL-MaxRows" not in headers and len(body.decode().splitlines()) == 1000
    status, headers, body = post_query(endpoint.url, "CONSTRUCT WHERE { ?s <urn:kg-test:p> ?o }",
                                       "application/n-triples")
    assert headers["X-SPARQL-MaxRows"] == "1000" and len(body.splitlines()) == 1000


def test_a_query_over_the_time_limit_is_stopped_and_the_server_goes_on(store_path):
    running = Running(make_server(store_path, port=0, timeout=1, workers=1))
    try:
        pool = running.server.readers
        first = pool.pids(reserve=False)
        began = time.monotonic()
        status, _, body = post_query(running.url, CARTESIAN)
        took = time.monotonic() - began
        assert status == 503, body
        assert b"time limit of 1 s" in body
        assert took < 15
        assert pool.killed == 1
        for pid in first:  # the worker that ran it is gone, not left spinning
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
        # the one worker was replaced: the next query is answered
        status, _, body = post_query(running.url, NAMES, "application/sparql-results+json")
        assert status == 200 and json_rows(body)[1]
        # two runaway queries at once do not stop a third, quick one
        threads = [threading.Thread(target=post_query, args=(running.url, CARTESIAN)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert post_query(running.url, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        workers = running.server.readers.pids()
        running.close()
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_loopback_only_unless_allowed(store_path):
    with pytest.raises(StoreError, match="E077"):
        make_server(store_path, host="0.0.0.0", port=0)
    result = CliRunner().invoke(cli, ["serve", "--store", str(store_path), "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 1 and "--allow-remote" in result.output and "Traceback" not in result.output


def test_allow_remote_prints_a_warning(store_path, monkeypatch):
    import kg.serve

    calls = []
    monkeypatch.setattr(kg.serve, "serve", lambda *a, **k: calls.append((a, k)))
    result = CliRunner().invoke(cli, ["serve", "--store", str(store_path), "--host", "0.0.0.0", "--allow-remote"])
    assert result.exit_code == 0
    assert "Warning" in result.stderr and "no authentication" in result.stderr
    assert calls and calls[0][0][1] == "0.0.0.0" and calls[0][1]["allow_remote"]


def test_foreign_host_header_is_refused(endpoint):
    status, _, body = http(endpoint.base + "/", headers={"Host": "attacker.example"})
    assert status == 403 and b"attacker.example" in body
    assert http(endpoint.base + "/", headers={"Host": f"localhost:{endpoint.server.port}"})[0] == 200


def test_serve_needs_a_store_folder(tmp_path):
    with pytest.raises(StoreError, match="E035"):
        make_server(tmp_path / "missing", port=0)
    with pytest.raises(StoreError, match="E076"):
        make_server("http://localhost:8890/sparql", port=0)


# -- the query page ------------------------------------------------------------------------------

def test_query_page_is_offline(endpoint):
    status, headers, body = http(endpoint.base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode("utf-8")
    # every script, stylesheet, image or frame comes from this server
    for tag, attribute, value in re.findall(r"<(script|link|img|iframe)\b[^>]*?\b(src|href)=\"([^\"]*)\"", page):
        assert not re.match(r"(?i)(https?:)?//", value), f"<{tag} {attribute}={value}> loads from another host"
    assert "@import" not in page and "url(http" not in page
    assert '<script src="/static/yasgui.min.js">' in page
    # the competency queries are the examples
    for name in competency_queries():
        assert f'value="{name}"' in page
    assert "Denials" in page and "read-only" in page
    # YASGUI's remote autocompleters are switched off
    assert 'name === "variables"' in page


def test_vendored_yasgui_is_served_and_unmodified(endpoint):
    readme = (STATIC / "README.md").read_text()
    for name in ("yasgui.min.js", "yasgui.min.css"):
        status, headers, body = http(f"{endpoint.base}/static/{name}")
        assert status == 200 and len(body) > 10_000
        digest = hashlib.sha256(body).hexdigest()
        assert digest in readme, f"{name} differs from the vendored @triply/yasgui 4.2.28 build"
    css = (STATIC / "yasgui.min.css").read_text()
    assert not re.search(r"url\((['\"]?)(https?:)?//", css)
    assert (STATIC / "yasgui.LICENSE.txt").read_text().startswith("The MIT License")
    assert http(endpoint.base + "/static/../server.py")[0] == 404
    assert http(endpoint.base + "/nothing")[0] == 404


# -- the SPARQL store client against the endpoint --------------------------------------------------

def test_sparql_store_pages_through_a_cut_result(endpoint, embedded):
    store = SparqlStore(endpoint.url)
    query = "SELECT ?s ?o WHERE { ?s <urn:kg-test:p> ?o }"
    result = store.query(query)
    assert store.pages == 2  # 1,500 rows through a 1,000-row cap: the cut answer, then 2 ordered pages
    assert Counter(result.rows) == Counter(embedded.query(query).rows)
    assert len(result.rows) == BULK


def test_kg_commands_work_against_the_endpoint(endpoint, embedded):
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "--store", endpoint.url, "denials", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 2
    result = runner.invoke(cli, ["claims", "--store", endpoint.url, "--format", "json"])
    assert result.exit_code == 0, result.output
    local = runner.invoke(cli, ["claims", "--store", embedded.location, "--format", "json"])
    key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731 - ties in (doc, start) may come in any order
    assert sorted(json.loads(result.output), key=key) == sorted(json.loads(local.output), key=key)
    result = runner.invoke(cli, ["export", "--store", endpoint.url, "--format", "nquads"])
    assert result.exit_code == 0
    exported = rdflib.Dataset()
    exported.parse(data=result.output, format="nquads")
    assert len(list(exported.graphs())) >= 4


def test_unreachable_endpoint_is_one_clean_line():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = CliRunner().invoke(cli, ["query", "--store", f"http://127.0.0.1:{port}/sparql", "ASK {}"])
    assert result.exit_code == 1
    assert "[E070] Cannot reach the SPARQL endpoint" in result.output and "Traceback" not in result.output


def test_sparql_store_writes_through_an_updatable_endpoint(tmp_path):
    path = build_store(tmp_path / "rw", bulk=False)
    running = Running(make_server(path, port=0, allow_update=True))
    try:
        # the endpoint holds the write lock, so an ingest beside it is told the store is busy
        with pytest.raises(StoreBusy):
            open_store(path)
        store = SparqlStore(running.url, chunk_triples=50)
        graphs = fixture_graphs()
        iri = "https://w3id.org/kg-claims/id/graph/velmora-port-fire"
        assert len(_chunks(graphs[iri], 50, 1 << 20)) > 2
        assert _chunks(graphs[iri], 50, 1 << 20)[-1].count("contentHash") == 1  # the hash goes last
        store.drop_graph(iri)
        assert "velmora-port-fire" not in store.document_hashes()
        store.replace_graph(iri, graphs[iri])  # in 7 requests of at most 50 triples
        store.replace_graph(iri, graphs[iri])  # and again: replaced, not doubled
        assert "velmora-port-fire" in store.document_hashes()
        count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        assert int(store.query(count).rows[0][0]) == len(rdflib.Graph().parse(data=graphs[iri], format="nt"))
        # batch by batch (the analysis graph): each batch in requests of at most 50 triples, the
        # old graph dropped by the first; no batches at all still drops it
        lines = graphs[iri].splitlines(keepends=True)
        store.write_graph(iri, ("".join(lines[i:i + 30]) for i in range(0, len(lines), 30)))
        assert int(store.query(count).rows[0][0]) == len(rdflib.Graph().parse(data=graphs[iri], format="nt"))
        store.write_graph(iri, iter([]))
        assert int(store.query(count).rows[0][0]) == 0
        store.replace_graph(iri, graphs[iri])
        with pytest.raises(StoreError, match="E073"):
            SparqlStore(running.url, read_only=True).drop_graph(iri)
        with pytest.raises(GraphRefused, match="E036"):  # what ingest skips, reporting the article
            store.replace_graph("https://w3id.org/kg-claims/id/graph/bad", '<urn:a b> <urn:p> "x" .')
    finally:
        running.close()


# -- an ingest beside a read-only endpoint -----------------------------------------------------------

def test_a_writer_beside_the_endpoint_is_seen_by_the_next_query(tmp_path):
    path = build_store(tmp_path / "beside", bulk=False)
    running = Running(make_server(path, port=0))
    try:
        ask = "ASK { <urn:kg-test:new> ?p ?o }"
        assert b"false" in post_query(running.url, ask)[2]

        def seen(deadline=10.0):
            """Workers reopen a changed store at most every 0.5 s: poll briefly."""
            end = time.monotonic() + deadline
            while time.monotonic() < end:
                status, _, body = post_query(running.url, ask)
                assert status == 200, body
                if b"true" in body:
                    return True
                time.sleep(0.1)
            return False

        with open_store(path) as writer:  # what `kg ingest` does: the read-only endpoint holds no lock
            for i in range(20):  # writes and compactions under the readers' feet
                writer.replace_graph(f"https://w3id.org/kg-claims/id/graph/churn{i % 3}",
                                     "\n".join(f'<urn:kg-test:c{j}> <urn:kg-test:p> "{i}" .' for j in range(200)))
                assert post_query(running.url, NAMES)[0] == 200
            writer.replace_graph("https://w3id.org/kg-claims/id/graph/new", '<urn:kg-test:new> <urn:kg-test:p> "x" .')
            assert seen()  # committed, seen while the writer is still open
        assert seen()
    finally:
        running.close()


# -- `kg serve` as a command ----------------------------------------------------------------------

def test_kg_serve_command_starts_answers_and_stops(store_path):
    command = [str(Path(sys.executable).with_name("kg")), "serve", "--store", str(store_path), "--port", "0",
               "--timeout", "5"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "kg serve printed nothing within 60 s"
        line = process.stdout.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line).group(1)
        status, _, body = post_query(url, "ASK { ?s ?p ?o }")
        assert status == 200 and b"true" in body
        workers = [int(p) for p in subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True,
                                                  text=True).stdout.split()]
        assert len(workers) == 3  # two query workers and the one kept for quick queries
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)
    assert process.returncode == 0
    time.sleep(0.2)
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


# -- the notebook API ------------------------------------------------------------------------------

def test_notebook_api_over_a_folder_and_a_url(endpoint, store_path):
    import kg

    with kg.open(store_path) as db:
        rows = db.query(NAMES)
        assert rows and set(rows[0]) == {"agent", "name"} and isinstance(rows[0]["name"], str)
        assert db.query("ASK { ?s ?p ?o }") is True
        assert isinstance(db.query("CONSTRUCT WHERE { ?s <http://schema.org/name> ?o }"), rdflib.Graph)
        counts = db.competency("stance_counts")
        assert {"source": "Ilse Marrow", "stance": "asserts", "statements": 3} in counts
        variables, tuples = db.rows(NAMES)
        assert variables == ["agent", "name"] and len(tuples) == len(rows)
        assert db.claims(source="Marrow")
    with kg.open(endpoint.url) as remote:
        assert remote.competency("stance_counts") == counts


def test_import_kg_stays_light():
    code = ("import sys, kg; heavy = [m for m in ('rdflib', 'pyoxigraph', 'kg.api', 'kg.serve.server') "
            "if m in sys.modules]; print(heavy); kg.open; print('kg.api' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["[]", "True"]


# -- nobody let in: forged updates, smuggled requests, starved workers, one error format -------------

def _raw_exchange(port: int, payload: bytes, *, wait: float = 5.0) -> bytes:
    """Send raw bytes on one connection and read everything the server sends until it closes or goes quiet."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(payload)
        received = b""
        while True:
            ready, _, _ = select.select([sock], [], [], wait)
            if not ready:
                break
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    return received


@pytest.fixture
def updatable(tmp_path):
    running = Running(make_server(build_store(tmp_path / "rw", bulk=False), port=0, allow_update=True))
    yield running
    running.close()


def _triples(url) -> int:
    status, _, body = post_query(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                 "application/sparql-results+json")
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_a_form_post_from_another_site_cannot_update(updatable):
    before = _triples(updatable.url)
    assert before > 0
    port = updatable.server.port
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    forged = {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"}
    status, _, body = http(updatable.url, data=form, headers=forged)
    assert status == 403 and b"evil.example" in body
    # nor without an Origin (an old browser, a privacy add-on): a form needs the per-run token
    status, _, body = http(updatable.url, data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"token" in body
    status, _, _ = http(updatable.url, data=urllib.parse.urlencode({"update": "DROP ALL", "token": "guess"}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    # an application/sparql-update body from another origin is refused too
    status, _, _ = http(updatable.url, data=b"DROP ALL",
                        headers={"Content-Type": "application/sparql-update", "Origin": "http://evil.example"})
    assert status == 403
    assert _triples(updatable.url) == before
    # what is allowed: a direct update body without Origin, the token, this endpoint's own page
    insert = "INSERT DATA { GRAPH <urn:kg-test:g> { <urn:kg-test:a> <urn:kg-test:b> %d } }"
    status, _, body = http(updatable.url, data=(insert % 1).encode(), headers={"Content-Type": "application/sparql-update"})
    assert status in (200, 204), body
    token = updatable.server.update_token
    status, _, body = http(updatable.url, data=urllib.parse.urlencode({"update": insert % 2, "token": token}).encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded",
                                    "Origin": f"http://127.0.0.1:{port}"})
    assert status in (200, 204), body
    assert _triples(updatable.url) == before + 2
    # the query page sends its updates with the token
    page = http(updatable.base + "/")[2].decode()
    assert token in page


def test_kg_serve_prints_the_update_token(store_path, monkeypatch):
    import kg.serve

    class Server:
        url, update_token = "http://127.0.0.1:1/sparql", "tok-123"

    monkeypatch.setattr(kg.serve, "serve", lambda *a, ready, **k: ready(Server()))
    result = CliRunner().invoke(cli, ["serve", "--store", str(store_path), "--allow-update"])
    assert result.exit_code == 0 and "token=tok-123" in result.output and "application/sparql-update" in result.output


def test_a_refused_body_is_never_served_as_a_second_request(updatable):
    port = updatable.server.port
    smuggled = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-update\r\n" \
               f"Content-Length: 8\r\n\r\nDROP ALL"
    before = _triples(updatable.url)
    for first in (
        # refused for its Host before the body is read
        f"POST /sparql HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: text/plain\r\n"
        f"Content-Length: {len(smuggled)}\r\n\r\n{smuggled}",
        # a GET with a body, answered without reading it
        f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(smuggled)}\r\n\r\n{smuggled}",
        # a POST to a page that takes no body
        f"POST /nowhere HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(smuggled)}\r\n\r\n{smuggled}",
        # a body whose length is not given by Content-Length (both headers: Transfer-Encoding wins)
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nTransfer-Encoding: gzip, chunked\r\n"
        f"Content-Length: 0\r\nContent-Type: application/sparql-query\r\n\r\n{smuggled}",
    ):
        answer = _raw_exchange(port, first.encode())
        assert answer.count(b"HTTP/1.1 ") == 1, answer[:400]  # one answer; the body was not a request
        assert b"Connection: close" in answer
    assert _triples(updatable.url) == before
    # a body that was read keeps the connection open for the next request as usual
    ask = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-query\r\n" \
          f"Content-Length: 6\r\n\r\nASK {{}}"
    answer = _raw_exchange(port, (ask + ask).encode(), wait=2)
    assert answer.count(b"HTTP/1.1 200") == 2


def test_every_error_is_plain_text(endpoint):
    port = endpoint.server.port
    long_get = f"GET /sparql?query={'x' * 70000} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    bad_length = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: many\r\n\r\n"
    for raw, status in ((long_get, b"414"), (f"PUT /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", b"501"),
                        (bad_length, b"400")):
        answer = _raw_exchange(port, raw.encode())
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.") and status in head.split(b"\r\n")[0], head
        assert b"Content-Type: text/plain" in head, head
        assert b"<" not in body and body.count(b"\n") == 1, body


def test_a_quick_query_answers_beside_two_runaway_ones(store_path):
    running = Running(make_server(store_path, port=0, timeout=60, workers=2))
    pool = running.server.readers
    try:
        runaways = [threading.Thread(target=post_query, args=(running.url, CARTESIAN), daemon=True)
                    for _ in range(2)]
        for thread in runaways:
            thread.start()
        time.sleep(1.5)  # both runaways hold the two workers (they run for up to 60 s)
        status, _, body = post_query(running.url, "ASK { ?s ?p ?o }", "application/sparql-results+json")
        assert status == 200 and json.loads(body)["boolean"] is True
        assert all(thread.is_alive() for thread in runaways), "the ASK waited for the runaway queries"
        assert pool.busy() == 2
    finally:
        running.close()


@pytest.mark.slow
def test_a_long_query_on_the_reserve_worker_queues_for_a_general_one(store_path):
    from kg.serve.pool import QueryTimeout, WorkerPool

    pool = WorkerPool(str(store_path), 1, "read", reserve=1, quick_seconds=0.2)
    try:
        pool.wait_ready()
        request = {"op": "query", "text": CARTESIAN, "results": "json", "graph": "turtle", "max_rows": 10}
        holder = threading.Thread(target=lambda: pytest.raises(QueryTimeout, pool.run, request, 2, 30), daemon=True)
        holder.start()
        time.sleep(0.5)  # the general worker is busy for 2 s
        reserve = pool.pids(reserve=True)
        with pytest.raises(QueryTimeout):  # stopped on the reserve, then run (and stopped) on a general worker
            pool.run(request, 6, 30)
        holder.join(30)
        assert pool.requeued == 1
        assert pool.killed == 3  # the holder's worker, the reserve's attempt, the second general run
        assert pool.pids(reserve=True) != reserve  # the reserve worker was replaced
    finally:
        pool.close()
