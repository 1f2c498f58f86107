"""CLI behaviour: every command through click's CliRunner, on articles written here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.cli import cli

MILL = """Mill fire closes river road

A fire destroyed the old grain mill in Tarnow overnight, the county fire service said on Monday.
Mayor Olga Brisk said in a statement that nobody was hurt.
"The mill was empty when the fire started," she said.
The Tarnow Milling Company denied that the building had been left unsecured.
The Riverside Courier could not independently verify the company's account.
"""
DEPOT = """Depot blast disputed

Governor Piet Halvorsen said the depot near Orla was hit by a drone.
The defence ministry denied that any drone had crossed the border.
"""


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "mill.txt").write_text(MILL, encoding="utf-8")
    (folder / "mill.meta.json").write_text(json.dumps({"publisher": "The Riverside Courier",
                                                       "published": "2025-05-05"}), encoding="utf-8")
    (folder / "depot.txt").write_text(DEPOT, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path) -> str:
    return str(tmp_path / "store")


@pytest.fixture
def ingested(runner, articles, store) -> str:
    result = runner.invoke(cli, ["ingest", str(articles), "--store", store])
    assert result.exit_code == 0, result.output
    return store


@pytest.mark.parametrize("command", [None] + sorted(cli.commands))
def test_every_command_has_help(runner, command):
    args = [command, "--help"] if command else ["--help"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")
    if command:
        assert cli.commands[command].help, f"kg {command} has no help text"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_in_the_readme(command):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"kg {command}" in readme, f"README.md does not show `kg {command}`"


def test_help_does_not_import_heavy_packages():
    code = ("import sys; from click.testing import CliRunner; from kg.cli import cli; "
            "CliRunner().invoke(cli, ['--help']); "
            "print(','.join(m for m in ('spacy', 'pyvis', 'pyshacl', 'trafilatura', 'networkx') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


def test_ingest_reports_counts_and_claims_lists_them(runner, ingested):
    result = runner.invoke(cli, ["claims", "--store", ingested, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    by_source = {(r["source"], r["stance"]) for r in rows}
    assert ("Olga Brisk", "asserts") in by_source
    assert ("Tarnow Milling Company", "denies") in by_source
    assert ("The Riverside Courier", "cannot_verify") in by_source or ("Riverside Courier", "cannot_verify") in by_source
    quote = next(r for r in rows if r["content"].startswith("The mill was empty"))
    assert quote["source"] == "Olga Brisk"


def test_claims_filters_by_source_and_stance(runner, ingested):
    result = runner.invoke(cli, ["claims", "--store", ingested, "--source", "brisk", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("doc,source,stance")
    assert len(lines) >= 3 and all("Olga Brisk" in line for line in lines[1:])
    result = runner.invoke(cli, ["claims", "--store", ingested, "--stance", "denies", "--format", "json"])
    assert {r["stance"] for r in json.loads(result.output)} == {"denies"}


def test_claims_rejects_an_unknown_stance_as_usage_error(runner, ingested):
    result = runner.invoke(cli, ["claims", "--store", ingested, "--stance", "maybe"])
    assert result.exit_code == 2


def test_reingest_skips_unchanged_and_replaces_changed(runner, ingested, articles):
    result = runner.invoke(cli, ["ingest", str(articles), "--store", ingested])
    assert result.exit_code == 0
    assert "Stored 0 article(s)" in result.output and "2 unchanged" in result.output
    (articles / "depot.txt").write_text(DEPOT.replace("Orla", "Vesk"), encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(articles), "--store", ingested])
    assert "Stored 1 article(s)" in result.output and "1 unchanged" in result.output
    rows = json.loads(runner.invoke(cli, ["claims", "--store", ingested, "--doc", "depot", "--format", "json"]).output)
    texts = " ".join(r["content"] for r in rows)
    assert "Vesk" in texts and "Orla" not in texts


def test_bad_files_are_reported_and_the_rest_goes_in(runner, articles, store):
    (articles / "empty.txt").write_text("", encoding="utf-8")
    (articles / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (articles / "feed.jsonl").write_text('{"id": "ok", "text": "The council said the bridge will reopen in May."}\n'
                                         '{"id": "broken", "text": \n', encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(articles), "--store", store])
    assert result.exit_code == 1
    assert "Stored 3 article(s)" in result.output and "3 failed" in result.output
    assert "empty.txt" in result.output and "picture.txt" in result.output
    assert "feed.jsonl, line 2" in result.output
    assert "Traceback" not in result.output
    docs = {r["doc"] for r in json.loads(runner.invoke(cli, ["claims", "--store", store, "--format", "json"]).output)}
    assert {"mill", "depot", "ok"} <= docs


def test_strict_stops_at_the_first_bad_file(runner, tmp_path, store):
    folder = tmp_path / "strict"
    folder.mkdir()
    (folder / "a.txt").write_text("", encoding="utf-8")
    (folder / "b.txt").write_text(DEPOT, encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(folder), "--store", store, "--strict"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E002]") and "a.txt" in result.output


def test_missing_path_is_a_clear_error(runner, tmp_path, store):
    result = runner.invoke(cli, ["ingest", str(tmp_path / "nope"), "--store", store])
    assert result.exit_code == 1
    assert "[E001]" in result.output and "nope" in result.output


def test_query_inline_file_and_named(runner, ingested, tmp_path):
    inline = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://schema.org/NewsArticle> }",
                                 "--store", ingested, "--format", "csv"])
    assert inline.exit_code == 0 and inline.output.splitlines() == ["n", "2"]
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert runner.invoke(cli, ["query", "-f", str(rq), "--store", ingested]).output.strip() == "true"
    named = runner.invoke(cli, ["query", "denials", "--store", ingested, "--format", "json"])
    assert named.exit_code == 0
    assert any(row["source"] == "Tarnow Milling Company" for row in json.loads(named.output))


def test_malformed_query_is_exit_1_with_the_parser_message(runner, ingested):
    result = runner.invoke(cli, ["query", "SELEC nothing", "--store", ingested])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E032]")


def test_query_without_text_is_usage_error(runner, ingested):
    assert runner.invoke(cli, ["query", "--store", ingested]).exit_code == 2


def test_store_can_come_from_the_environment(runner, ingested):
    result = runner.invoke(cli, ["claims", "--format", "json"], env={"KG_STORE": ingested})
    assert result.exit_code == 0 and len(json.loads(result.output)) >= 4


def test_export_trig_keeps_one_graph_per_article(runner, ingested):
    result = runner.invoke(cli, ["export", "--store", ingested, "--format", "trig"])
    assert result.exit_code == 0
    dataset = rdflib.Dataset()
    dataset.parse(data=result.output, format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {"https://w3id.org/kg-claims/id/graph/mill", "https://w3id.org/kg-claims/id/graph/depot"} <= names


def test_validate_passes_on_ingested_articles(runner, ingested):
    result = runner.invoke(cli, ["validate", "--store", ingested])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_extract_json_offsets_slice_the_text(runner, articles):
    result = runner.invoke(cli, ["extract", str(articles / "mill.txt"), "--format", "json"])
    assert result.exit_code == 0
    records = json.loads(result.output)
    text = (articles / "mill.txt").read_text(encoding="utf-8")
    assert records
    for record in records:
        assert text[record["content_start"]:record["content_end"]] == record["content"]
        assert text[record["cue_start"]:record["cue_end"]] == record["cue"]
        if record["source_start"] is not None:
            assert record["source_end"] > record["source_start"]


def test_reading_commands_on_a_missing_store_fail_cleanly(runner, tmp_path):
    result = runner.invoke(cli, ["claims", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "[E035]" in result.output
