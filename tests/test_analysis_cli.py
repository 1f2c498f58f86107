"""`kg contradictions`, `kg chains`, `kg corroborations` and `kg analyze` through click's CliRunner."""
from __future__ import annotations

import json

import pytest

from kg.cli import cli

from .analysis_helpers import write_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("articles"))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, articles, nlp):
    from kg.ingest import ingest
    from kg.store import open_store

    path = tmp_path_factory.mktemp("cli") / "kg-data"
    with open_store(path) as store:
        ingest([articles], store, nlp=nlp)
    return str(path)


def test_contradictions_over_paths_in_memory_json(runner, articles, tmp_path, nlp):
    result = runner.invoke(cli, ["contradictions", str(articles), "--format", "json"],
                           env={"KG_STORE": str(tmp_path / "untouched")})
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert records and {"a", "b", "kind", "score", "explanation"} <= set(records[0])
    assert {"doc", "source", "stance", "content", "content_start", "content_end"} <= set(records[0]["a"])
    assert {r["kind"] for r in records} >= {"opposite_stances", "number_conflict", "polarity_conflict"}
    assert not (tmp_path / "untouched").exists()


def test_contradictions_over_the_store_writes_the_analysis(runner, store_path):
    result = runner.invoke(cli, ["contradictions", "--store", store_path])
    assert result.exit_code == 0, result.output
    assert "kind" in result.output.splitlines()[0] and "number_conflict" in result.output
    rows = runner.invoke(cli, ["query", "contradictions", "--store", store_path, "--format", "json"])
    assert rows.exit_code == 0 and json.loads(rows.output)


def test_contradictions_between_and_threshold(runner, store_path):
    result = runner.invoke(cli, ["contradictions", "--store", store_path, "--between", "Kestria", "Varro",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {r["kind"] for r in json.loads(result.output)} == {"opposite_stances"}
    high = runner.invoke(cli, ["contradictions", "--store", store_path, "--threshold", "1", "--format", "json"])
    assert high.exit_code == 0 and json.loads(high.output) == []


def test_contradictions_errors(runner, store_path, tmp_path):
    missing = runner.invoke(cli, ["contradictions", "--store", str(tmp_path / "nothing-here")])
    assert missing.exit_code == 1 and "E035" in missing.output
    unknown = runner.invoke(cli, ["contradictions", "--store", store_path, "--between", "Nobody Known", "Varro"])
    assert unknown.exit_code == 1 and "E051" in unknown.output
    bad = runner.invoke(cli, ["contradictions", "--store", store_path, "--threshold", "2"])
    assert bad.exit_code == 2


def test_chains(runner, store_path):
    result = runner.invoke(cli, ["chains", "--store", store_path])
    assert result.exit_code == 0, result.output
    assert "Harbor Gazette \u2014cannot verify\u2192" in result.output
    assert "Piotr Havel \u2014adviser\u2192 Lena Marsh" in result.output
    one = runner.invoke(cli, ["chains", "Havel", "--store", store_path, "--format", "json"])
    assert one.exit_code == 0
    chains = json.loads(one.output)
    assert chains and {"kind", "text", "path", "doc", "statements"} <= set(chains[0])
    claim = runner.invoke(cli, ["chains", "--claim", "tanker carried jet fuel", "--store", store_path])
    assert claim.exit_code == 0 and "port authority" in claim.output


def test_chains_errors(runner, store_path):
    unknown = runner.invoke(cli, ["chains", "Nobody Known", "--store", store_path])
    assert unknown.exit_code == 1 and "E051" in unknown.output
    claim = runner.invoke(cli, ["chains", "--claim", "a claim nobody made", "--store", store_path])
    assert claim.exit_code == 1 and "E052" in claim.output


def test_corroborations_and_analyze(runner, store_path):
    result = runner.invoke(cli, ["corroborations", "--store", store_path, "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert records and {"claim", "score", "independent_sources", "sources", "members"} <= set(records[0])
    assert runner.invoke(cli, ["corroborations", "--min-sources", "1", "--store", store_path]).exit_code == 2
    analyzed = runner.invoke(cli, ["analyze", "--store", store_path])
    assert analyzed.exit_code == 0 and "contradiction(s)" in analyzed.output


def test_corroborations_min_score(runner, store_path):
    from kg.analysis.corroborations import MIN_SCORE

    def scores(*extra):
        result = runner.invoke(cli, ["corroborations", "--store", store_path, "--format", "json", *extra])
        assert result.exit_code == 0, result.output
        return [r["score"] for r in json.loads(result.output)]

    every = scores("--min-score", "0")
    assert scores() == [s for s in every if s >= MIN_SCORE]
    assert scores("--min-score", "1") == []
    assert runner.invoke(cli, ["corroborations", "--min-score", "2", "--store", store_path]).exit_code == 2
    assert f"[default: {MIN_SCORE}]" in runner.invoke(cli, ["corroborations", "--help"]).output


def test_echoes_command_formats(runner, store_path, tmp_path):
    result = runner.invoke(cli, ["echoes", "--store", store_path, "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert isinstance(records, list)
    for record in records:
        assert {"claim", "source", "stance", "docs", "members"} <= set(record) and len(record["docs"]) >= 2
    csv_out = runner.invoke(cli, ["echoes", "--store", store_path, "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0] == "articles,source,stance,claim,docs,statements"


def test_echoes_on_an_empty_store_say_so(runner, tmp_path):
    from kg.store import open_store

    path = tmp_path / "empty"
    with open_store(path):
        pass
    result = runner.invoke(cli, ["echoes", "--store", str(path)])
    assert result.exit_code == 0 and "No claim is stated by one source" in result.output
