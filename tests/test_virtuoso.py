"""A real triple store: Virtuoso Open Source (Debian's virtuoso-opensource) behind `--store URL`.

A private virtuoso-t is started on loopback on free ports with its database under tmp_path
(tests/virtuoso_local.py), anonymous SPARQL Update is granted through isql-vt, the mini.trig
article graphs go in through SparqlStore exactly as they go into the embedded store, and every
competency query in ontology/queries must give the same rows on both. The server is stopped
by its PID at the end of the module.

Where Virtuoso is not installed the fixture runs scripts/install-virtuoso.sh when it can
(root or sudo); when that is impossible the whole group is skipped with the reason, loudly.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import warnings
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import GraphRefused
from kg.queries import QUERY_DIR, bound_query, query_catalogue
from kg.sparql_store import SparqlStore
from kg.store import OxigraphStore

from .test_serve import fixture_graphs
from .virtuoso_local import Virtuoso, why_unavailable

pytestmark = pytest.mark.virtuoso

ROOT = Path(__file__).resolve().parents[1]
INSTALL = ROOT / "scripts" / "install-virtuoso.sh"
QUERIES = sorted(QUERY_DIR.glob("*.rq"))
DEMO = ROOT / "kg" / "demo"


def _skip_loudly(reason: str):
    message = f"VIRTUOSO TESTS SKIPPED: {reason}"
    warnings.warn(message, UserWarning, stacklevel=2)
    print(f"\n*** {message} ***")
    pytest.skip(message)


def _ensure_installed() -> None:
    reason = why_unavailable()
    if reason is None:
        return
    can_install = os.geteuid() == 0 or shutil.which("sudo")
    if not can_install or os.environ.get("KG_NO_VIRTUOSO_INSTALL"):
        _skip_loudly(f"{reason}; not root, so scripts/install-virtuoso.sh was not run")
    done = subprocess.run(["sh", str(INSTALL)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or why_unavailable():
        tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
        _skip_loudly(f"{reason}; scripts/install-virtuoso.sh failed: {' | '.join(tail)}")


def _start(folder: Path, **options) -> Virtuoso:
    server = Virtuoso(folder, **options)
    try:
        return server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.fail(f"Virtuoso is installed but did not start: {exc}")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    _ensure_installed()
    server = _start(tmp_path_factory.mktemp("virtuoso"))  # ResultSetMaxRows raised to 1,000,000
    yield server
    pid = server.process.pid
    server.stop()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


@pytest.fixture(scope="module")
def graphs():
    return fixture_graphs()


@pytest.fixture(scope="module")
def remote(virtuoso, graphs):
    store = SparqlStore(virtuoso.endpoint)
    for iri, nt in graphs.items():
        store.replace_graph(iri, nt)
    return store


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, graphs):
    store = OxigraphStore(tmp_path_factory.mktemp("embedded") / "store")
    for iri, nt in graphs.items():
        store.replace_graph(iri, nt)
    yield store
    store.close()


# Virtuoso 7.2 does not order literals by their strings in `FILTER (?a < ?b)`: on the demo
# corpus 50 of 153 pairs of quoted_in_same_articles come out the wrong way round (measured),
# and which ones depends on how the strings are stored. `STR(?a) < STR(?b)` is the same test in
# SPARQL for plain literals and Virtuoso gets it right, so the comparison runs both stores on
# that form (a no-op once the .rq files use it themselves).
BARE_LESS_THAN = re.compile(r"(\?\w+)\s*<\s*(\?\w+)")


def portable(query: str) -> str:
    return BARE_LESS_THAN.sub(r"STR(\1) < STR(\2)", query)


def rows(store, query: str) -> tuple[list[str], Counter]:
    result = store.query(query)
    return result.variables, Counter(tuple(None if v is None else str(v) for v in row) for row in result.rows)


def same_rows(a: str, b: str) -> bool:
    """Two JSON row lists hold the same rows (`kg claims` orders by document and offset; two
    statements read from one span may come in either order)."""
    rows_a, rows_b = json.loads(a), json.loads(b)
    key = lambda row: json.dumps(row, sort_keys=True)  # noqa: E731
    return bool(rows_a) and sorted(rows_a, key=key) == sorted(rows_b, key=key)


def test_servers_listen_on_loopback_only(virtuoso):
    listening = subprocess.run(["ss", "-ltnp"], capture_output=True, text=True).stdout
    mine = [line for line in listening.splitlines() if f"pid={virtuoso.process.pid}," in line]
    assert len(mine) == 2, listening
    assert all(" 127.0.0.1:" in line for line in mine)


def test_three_documents_went_in(remote, graphs):
    assert sorted(remote.document_hashes()) == ["ministry-rebuttal", "port-fire-followup", "velmora-port-fire"]
    assert set(remote.graph_names()) == set(graphs)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_competency_query_same_rows_as_embedded(remote, embedded, path):
    query = portable(path.read_text(encoding="utf-8"))
    variables, expected = rows(embedded, query)
    remote_variables, got = rows(remote, query)
    assert remote_variables == variables
    assert set(got) == set(expected)
    assert sum(got.values()) == sum(expected.values())
    assert expected, f"{path.stem} answers nothing on the fixture; the comparison would prove nothing"


# The values a parameter of the fixture takes (kg/query_params.py): every statement, every source.
PARAM_VALUES = {
    "statement": "SELECT DISTINCT ?v WHERE { ?v a <https://w3id.org/kg-claims/ns#AttributedStatement> }",
    "source": "SELECT DISTINCT ?v WHERE { ?s <http://www.w3.org/ns/prov#wasAttributedTo> ?a . "
              "?a <http://schema.org/name> ?v }",
}


@pytest.mark.parametrize("query", [q for q in query_catalogue() if q.params], ids=lambda q: q.name)
def test_bound_query_same_rows_as_embedded(remote, embedded, query):
    """The bound form (`kg query NAME --bind ...`) gives the same rows on Virtuoso, for each value."""
    for param in query.params:
        values = sorted(str(row[0]) for row in embedded.query(PARAM_VALUES[param.name]).rows)
        assert values
        answered = 0
        for value in values:
            bound = portable(bound_query(query.text, {param.name: value}))
            variables, expected = rows(embedded, bound)
            remote_variables, got = rows(remote, bound)
            assert (remote_variables, got) == (variables, expected), value
            answered += bool(expected)
        assert answered, f"{query.name} bound by {param.name} answers nothing on the fixture"


def test_replace_is_a_replace_and_drop_drops(remote, graphs):
    iri = "https://w3id.org/kg-claims/id/graph/ministry-rebuttal"
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
    before = int(remote.query(count).rows[0][0])
    remote.replace_graph(iri, graphs[iri])
    assert int(remote.query(count).rows[0][0]) == before == len(rdflib.Graph().parse(data=graphs[iri], format="nt"))
    remote.drop_graph(iri)
    assert int(remote.query(count).rows[0][0]) == 0
    remote.replace_graph(iri, graphs[iri])
    assert int(remote.query(count).rows[0][0]) == before
    with pytest.raises(GraphRefused, match="E036"):  # Virtuoso cannot parse it: ingest skips the article
        remote.replace_graph("https://w3id.org/kg-claims/id/graph/bad", '<urn:a b> <urn:p> "x" .')


def test_literals_survive_the_trip(remote):
    iri = "https://w3id.org/kg-claims/id/graph/literal-test"
    nt = ('<urn:kg-test:a> <urn:kg-test:text> "Gusev said \\"no\\" \u2014 caf\u00e9 \u201cquoted\u201d\\nsecond line" .\n'
          '<urn:kg-test:a> <urn:kg-test:flag> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n'
          '<urn:kg-test:a> <urn:kg-test:day> "2024-03-11"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
          '<urn:kg-test:a> <urn:kg-test:label> "Hafen"@de .\n'
          '<urn:kg-test:a> <urn:kg-test:node> _:b1 .\n_:b1 <urn:kg-test:text> "blank" .\n')
    remote.replace_graph(iri, nt)
    try:
        got = {str(p): o for p, o in remote.query(
            f"SELECT ?p ?o WHERE {{ GRAPH <{iri}> {{ <urn:kg-test:a> ?p ?o }} }}").rows}
        assert str(got["urn:kg-test:text"]) == 'Gusev said "no" \u2014 caf\u00e9 \u201cquoted\u201d\nsecond line'
        assert got["urn:kg-test:flag"].toPython() is True  # Virtuoso answers 1; read back as true
        assert str(got["urn:kg-test:day"]) == "2024-03-11"
        assert got["urn:kg-test:label"].language == "de"
        blank = remote.query(f"SELECT ?t WHERE {{ GRAPH <{iri}> {{ <urn:kg-test:a> <urn:kg-test:node>/"
                             f"<urn:kg-test:text> ?t }} }}").rows
        assert [str(r[0]) for r in blank] == ["blank"]
    finally:
        remote.drop_graph(iri)


def test_kg_commands_against_virtuoso(virtuoso, remote, embedded):
    runner = CliRunner()
    for command in (["claims", "--format", "json"], ["query", "denials", "--format", "json"]):
        there = runner.invoke(cli, [*command, "--store", virtuoso.endpoint])
        here = runner.invoke(cli, [*command, "--store", embedded.location])
        assert there.exit_code == 0, there.output
        assert same_rows(there.output, here.output)
    exported = runner.invoke(cli, ["export", "--store", virtuoso.endpoint, "--format", "nquads"])
    assert exported.exit_code == 0
    dataset = rdflib.Dataset()
    dataset.parse(data=exported.output, format="nquads")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == set(remote.graph_names())  # kg's graphs only, none of Virtuoso's own


def test_paging_past_virtuosos_default_row_cap(tmp_path):
    """Out of the box Virtuoso cuts every result at 10,000 rows and says so only in a header."""
    _ensure_installed()
    server = _start(tmp_path / "default-cap", max_rows=10_000)
    try:
        store = SparqlStore(server.endpoint)
        n = 12_500
        store.replace_graph("https://w3id.org/kg-claims/id/graph/bulk",
                            "\n".join(f'<urn:kg-test:s{i}> <urn:kg-test:p> "{i}" .' for i in range(n)))
        result = store.query("SELECT ?s ?o WHERE { ?s <urn:kg-test:p> ?o }")
        assert store.pages == 2  # 10,000 cut rows, then pages of 10,000 and 2,500
        assert len(result.rows) == n and {str(o) for _, o in result.rows} == {str(i) for i in range(n)}
        ordered = store.query("SELECT ?o WHERE { ?s <urn:kg-test:p> ?o } ORDER BY DESC(xsd:integer(?o))"
                              .replace("SELECT", "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT", 1))
        assert [int(str(r[0])) for r in ordered.rows] == list(range(n - 1, -1, -1))  # the query's order kept
    finally:
        server.stop()


@pytest.mark.slow
def test_kg_ingest_into_virtuoso_matches_the_embedded_store(tmp_path):
    """`kg ingest --store URL` of the demo articles (needs the spaCy model) gives the same claims."""
    pytest.importorskip("spacy")
    _ensure_installed()
    server = _start(tmp_path / "ingest")
    try:
        runner = CliRunner()
        local = str(tmp_path / "embedded")
        for store in (server.endpoint, local):
            result = runner.invoke(cli, ["ingest", str(DEMO), "--store", store])
            assert result.exit_code == 0, result.output
        again = runner.invoke(cli, ["ingest", str(DEMO), "--store", server.endpoint])
        assert "0 article(s)" in again.output and "unchanged" in again.output
        there = runner.invoke(cli, ["claims", "--format", "json", "--store", server.endpoint])
        here = runner.invoke(cli, ["claims", "--format", "json", "--store", local])
        assert same_rows(there.output, here.output)
        with OxigraphStore(local, read_only=True) as embedded:
            remote = SparqlStore(server.endpoint)
            for path in QUERIES:
                query = portable(path.read_text(encoding="utf-8"))
                assert set(rows(remote, query)[1]) == set(rows(embedded, query)[1]), path.stem
    finally:
        server.stop()


def test_shared_nodes_are_stored_once_and_go_with_the_last_article_that_mentions_them(virtuoso):
    """The layout of kg/layout.py on an endpoint: one copy of a shared agent, removed exactly when
    no article mentions it any more (also when an article goes in as several requests)."""
    store = SparqlStore(virtuoso.endpoint)
    agent = "<https://w3id.org/kg-claims/id/agent/kg-test-speaker>"

    def article(doc: str) -> str:
        node = f"<https://w3id.org/kg-claims/id/article/{doc}>"
        return (f'{node} <http://schema.org/identifier> "{doc}" .\n'
                f'{node} <https://w3id.org/kg-claims/ns#contentHash> "hash-{doc}" .\n'
                f"<https://w3id.org/kg-claims/id/statement/{doc}-1> <http://www.w3.org/ns/prov#wasAttributedTo> {agent} .\n"
                f'{agent} <http://schema.org/name> "Kg Test Speaker" .\n')

    copies = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {agent} <http://schema.org/name> ?name }} }}"
    store.replace_article("kg-test-one", article("kg-test-one"))
    store.chunk_triples = 2  # the second article goes in as several requests
    store.replace_article("kg-test-two", article("kg-test-two"))
    assert int(store.query(copies).rows[0][0]) == 1
    store.replace_article("kg-test-two", article("kg-test-two"))  # a re-ingest keeps it
    assert int(store.query(copies).rows[0][0]) == 1
    store.remove_article("kg-test-one")
    assert int(store.query(copies).rows[0][0]) == 1  # still mentioned by kg-test-two
    store.remove_article("kg-test-two")
    assert int(store.query(copies).rows[0][0]) == 0
