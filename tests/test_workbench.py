"""The way through kg for a new user: query names, tables that fit, words on empty results,
every listing command in table/csv/json, prefixed RDF, help with examples (issue 14)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib

from kg.cli import cli

pytestmark = pytest.mark.slow

# Our own two articles: one source asserts, another denies, a publisher cannot verify.
HARBOUR = """Ferry service halted at Corwen

Harbourmaster Ines Falk said the northern pier had been closed after a crane collapsed on Tuesday.
The operator, Corwen Ferries, denied that any passengers had been on the pier at the time.
"Every vessel was moved out before noon," Falk told reporters, adding that the crane had been inspected in March.
The Corwen Gazette could not independently verify the operator's account.
"""
BRIDGE = """Bridge repairs delayed

City engineer Tomas Rehn said the repairs to the Alder bridge would take another six weeks.
The transport office denied that the bridge had been unsafe for cars.
"""


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "harbour.meta.json").write_text(json.dumps({"publisher": "The Corwen Gazette",
                                                          "published": "2026-03-03"}), encoding="utf-8")
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(articles, tmp_path_factory) -> str:
    from click.testing import CliRunner

    location = str(tmp_path_factory.mktemp("store") / "kg-data")
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--store", location])
    assert result.exit_code == 0, result.output
    return location


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory) -> str:
    """A store that exists but holds no article (a first `kg ingest` of an empty folder)."""
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("nothing")
    location = str(tmp_path_factory.mktemp("empty") / "kg-data")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", location])
    assert Path(location).exists(), result.output
    return location


# -- kg query: names, suggestions, --list, read-only ------------------------------------------

def test_a_misspelt_query_name_suggests_the_nearest_name(runner, store):
    result = runner.invoke(cli, ["query", "denial", "--store", store])
    assert result.exit_code == 1
    assert "E090" in result.output and "`denials`" in result.output and "kg query --list" in result.output
    assert "PREFIX" not in result.output  # not parsed as SPARQL


def test_query_list_gives_name_title_and_description(runner):
    from kg.queries import query_catalogue

    result = runner.invoke(cli, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0
    listed = json.loads(result.output)
    assert [row["name"] for row in listed] == [q.name for q in query_catalogue()]
    denials = next(row for row in listed if row["name"] == "denials")
    assert denials["title"] and denials["description"]
    table = runner.invoke(cli, ["query", "--list"])
    assert table.exit_code == 0 and "denials" in table.output and "title" in table.output.splitlines()[0]


def test_query_help_points_at_the_list(runner):
    assert "--list" in runner.invoke(cli, ["query", "--help"]).output


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "PREFIX x: <urn:x#> DELETE WHERE { ?s x:p ?o }", "CLEAR ALL"])
def test_an_update_sent_to_query_is_refused_as_read_only(runner, store, update):
    result = runner.invoke(cli, ["query", update, "--store", store])
    assert result.exit_code == 1
    assert "kg query is read-only" in result.output and "CONSTRUCT" not in result.output


# -- kg claims: fits the terminal, --wide, sentence column, empty result -----------------------

def test_claims_table_has_a_sentence_column_and_fits_the_terminal(runner, store):
    result = runner.invoke(cli, ["claims", "--store", store], env={"COLUMNS": "150"})
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[-1] == "sentence"
    assert max(len(line) for line in lines) <= 150
    wide = runner.invoke(cli, ["claims", "--store", store], env={"COLUMNS": "250"})
    assert max(len(line) for line in wide.output.splitlines()) > 150  # a wider terminal shows more


def test_claims_wide_never_cuts(runner, store):
    result = runner.invoke(cli, ["claims", "--store", store, "--wide"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "\u2026" not in result.output
    assert "denied that any passengers had been on the pier at the time." in result.output


def test_claims_with_no_match_say_so(runner, store):
    result = runner.invoke(cli, ["claims", "--store", store, "--source", "Nobody At All"])
    assert result.exit_code == 0
    assert result.output.strip() == "No claims match source 'Nobody At All'."


# -- analysis listings: words on nothing, table|csv|json everywhere ----------------------------

@pytest.mark.parametrize("command, words", [
    (["contradictions"], "No contradictions found"),
    (["corroborations"], "No claims are held by 2 or more independent sources"),
    (["chains"], "No chains found"),
])
def test_analysis_listings_on_an_empty_store_say_so(runner, empty_store, command, words):
    result = runner.invoke(cli, command + ["--store", empty_store])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(words)


def test_contradictions_on_a_store_without_any_say_so(runner, store):
    result = runner.invoke(cli, ["contradictions", "--store", store, "--threshold", "1"])
    assert result.exit_code == 0
    assert result.output.startswith("No contradictions found in the store (score at least 1)")


LISTINGS = [["claims"], ["query", "denials"], ["query", "--list"], ["contradictions"], ["corroborations"],
            ["chains"], ["extract"]]


@pytest.mark.parametrize("command", LISTINGS, ids=lambda c: " ".join(c))
def test_every_listing_command_offers_table_csv_and_json(runner, store, articles, command):
    where = [str(articles)] if command == ["extract"] else ["--store", store]
    for fmt in ("table", "csv", "json"):
        result = runner.invoke(cli, command + where + ["--format", fmt])
        assert result.exit_code == 0, (fmt, result.output)
        if fmt == "json":
            assert isinstance(json.loads(result.output), list)
        if fmt == "csv":
            header = next(csv.reader(io.StringIO(result.output)))
            assert len(header) >= 3


def test_contradictions_csv_carries_both_sides_whole(runner, store):
    result = runner.invoke(cli, ["contradictions", "--store", store, "--format", "csv", "--threshold", "0"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {"kind", "score", "source_a", "sentence_a", "statement_b", "content_start_b"} <= set(
        next(csv.reader(io.StringIO(result.output))))
    for row in rows:
        assert "\u2026" not in row["content_a"] + row["content_b"]


# -- exports: prefixed RDF, GraphML/GEXF for Gephi, CSV, JSON-LD -------------------------------

def _export(runner, store, fmt, tmp_path) -> Path:
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(cli, ["export", "--store", store, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _triple_count(store) -> int:
    from kg.store import open_store

    with open_store(store, read_only=True) as opened:
        return int(opened.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_turtle_and_trig_exports_bind_the_project_prefixes(runner, store, tmp_path, fmt):
    text = _export(runner, store, fmt, tmp_path).read_text(encoding="utf-8")
    for prefix in ("kg", "schema", "prov", "oa"):
        assert f"@prefix {prefix}: " in text
    body = "\n".join(line for line in text.splitlines() if not line.startswith("@prefix"))
    assert "kg:AttributedStatement" in body and "<https://w3id.org/kg-claims/ns#" not in body
    if fmt == "turtle":
        assert len(rdflib.Graph().parse(data=text, format="turtle")) == _triple_count(store)
    else:
        parsed = rdflib.Dataset()
        parsed.parse(data=text, format="trig")
        assert sum(len(g) for g in parsed.graphs()) == _triple_count(store)


def _view(store):
    from kg.analysis import build_network
    from kg.store import open_store

    with open_store(store, read_only=True) as opened:
        return build_network(opened)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_read_back_by_networkx_equal_the_view(runner, store, tmp_path, fmt):
    import networkx as nx

    runner.invoke(cli, ["analyze", "--store", store])
    path = _export(runner, store, fmt, tmp_path)
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    view = _view(store)
    assert graph.number_of_nodes() == view.number_of_nodes() > 0
    assert graph.number_of_edges() == view.number_of_edges() > 0
    kinds = {d.get("kind") for _, _, d in graph.edges(data=True)}
    assert {"stance", "reports", "published", "contradiction"} <= kinds
    agent = next(d for _, d in graph.nodes(data=True) if "Ines Falk" in d.get("label", ""))
    assert agent["kind"] == "agent" and agent["agent_kind"] == "person"
    stance = next(d for _, _, d in graph.edges(data=True) if d.get("kind") == "stance" and d.get("stance") == "denies")
    assert stance["sentence"] and stance["doc_id"]


def test_csv_export_is_the_claims_table_with_every_field(runner, store, tmp_path):
    from kg.exports import CLAIM_FIELDS

    with _export(runner, store, "csv", tmp_path).open(encoding="utf-8") as exported:
        rows = list(csv.DictReader(exported))
    claims = json.loads(runner.invoke(cli, ["claims", "--store", store, "--format", "json"]).output)
    assert len(rows) == len(claims) > 0
    assert list(rows[0]) == CLAIM_FIELDS
    assert {r["statement"] for r in rows} == {c["statement"] for c in claims}


def test_jsonld_export_has_a_context_and_every_triple(runner, store, tmp_path):
    path = _export(runner, store, "jsonld", tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"]["kg"] == "https://w3id.org/kg-claims/ns#"
    parsed = rdflib.Dataset()
    parsed.parse(path, format="json-ld")
    assert sum(len(g) for g in parsed.graphs()) == _triple_count(store)


# -- the Python side: network, analysis objects, DataFrames -------------------------------------

def test_python_api_gives_the_network_analysis_objects_and_frames(store):
    import networkx as nx

    import kg
    from kg.analysis.chains import Chain
    from kg.analysis.contradictions import Contradiction

    with kg.open(store) as graph:
        network = graph.network()
        assert isinstance(network, nx.MultiDiGraph) and network.number_of_nodes() > 0
        found = graph.contradictions(threshold=0.3)
        assert found and all(isinstance(c, Contradiction) for c in found)
        chains = graph.chains()
        assert chains and all(isinstance(c, Chain) for c in chains)
        claims = graph.claims()
        pandas = pytest.importorskip("pandas")
        frame = claims.frame()
        assert isinstance(frame, pandas.DataFrame) and len(frame) == len(claims)
        assert {"source", "stance", "sentence", "statement"} <= set(frame.columns)
        contradictions = found.frame()
        assert len(contradictions) == len(found) and {"kind", "source_a", "source_b"} <= set(contradictions.columns)
        rows = graph.query("SELECT ?n WHERE { ?a <http://schema.org/name> ?n }")
        assert list(rows.frame().columns) == ["n"]


def test_frame_without_pandas_is_a_clear_error(store, monkeypatch):
    import builtins

    import kg
    from kg.errors import MissingDependency

    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with kg.open(store) as graph:
        with pytest.raises(MissingDependency, match="pip install pandas"):
            graph.claims().frame()


# -- help: examples, whole summaries, what --store takes -----------------------------------------

@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_help_shows_an_example(runner, command):
    text = runner.invoke(cli, [command, "--help"]).output
    body = text.split("Options:")[0]
    examples = [line for line in body.splitlines() if line.strip().startswith(f"kg {command}")]
    assert examples, f"kg {command} --help shows no example"


def test_top_level_help_lists_whole_summaries(runner):
    text = runner.invoke(cli, ["--help"]).output
    commands = text.split("Commands:")[1]
    assert "..." not in commands
    assert "write them into the store." in " ".join(commands.split())


def test_serve_help_does_not_offer_an_endpoint_url(runner):
    text = " ".join(runner.invoke(cli, ["serve", "--help"]).output.split())
    option = text.split("--store TEXT")[1].split(" --")[0]
    assert "folder" in option and "endpoint URL is not accepted" in option
