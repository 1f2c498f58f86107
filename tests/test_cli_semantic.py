"""`kg contradictions --semantic` and `kg analyze --semantic`: without the optional extra, one
error line naming it and how to install it (exit 1, no traceback); with it, the same output shape."""
from __future__ import annotations

import importlib.util
import json

import pytest

from kg.cli import cli

HAVE_MODEL = all(importlib.util.find_spec(m) for m in ("sentence_transformers", "all_minilm_l6_v2"))
ARTICLE = ("Harbour fire at Quellmoor\n\n"
           "The harbour master, Odile Fenwick, said the fire at the Quellmoor grain shed was set on purpose. "
           "The shed's owner, Brannock Foods, denied that anyone had started the fire deliberately.\n")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "quellmoor-fire.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.fixture
def no_extra(monkeypatch):
    """Make the extra look missing, whether or not it is installed."""
    import kg.analysis.semantic as semantic

    real = importlib.util.find_spec
    monkeypatch.setattr(semantic.importlib.util, "find_spec",
                        lambda name, *a: None if name == "sentence_transformers" else real(name, *a))


def _one_error_line(result):
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_contradictions_semantic_without_the_extra_is_one_line(runner, folder, tmp_path, no_extra):
    result = runner.invoke(cli, ["contradictions", str(folder), "--semantic"],
                           env={"KG_STORE": str(tmp_path / "untouched")})
    line = _one_error_line(result)
    assert line.startswith("Error: [E022]") and "semantic" in line
    assert "pip install" in line and "download.pytorch.org/whl/cpu" in line and ".[semantic]" in line
    assert not (tmp_path / "untouched").exists()


def test_analyze_semantic_without_the_extra_is_one_line_before_the_store(runner, tmp_path, no_extra):
    # the extra is checked first: even a store that does not exist gets the E022 line
    result = runner.invoke(cli, ["analyze", "--semantic", "--store", str(tmp_path / "no-store")])
    assert "[E022]" in _one_error_line(result)


def test_store_contradictions_semantic_without_the_extra_raises(tmp_path, no_extra):
    from kg.analysis.report import store_contradictions
    from kg.errors import MissingDependency

    with pytest.raises(MissingDependency, match="E022.*sentence-transformers"):
        store_contradictions(None, semantic=True)


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_MODEL, reason="the semantic extra is not installed")
def test_contradictions_semantic_with_the_extra(runner, folder, tmp_path, nlp):
    plain = runner.invoke(cli, ["contradictions", str(folder), "--format", "json"],
                          env={"KG_STORE": str(tmp_path / "untouched")})
    with_model = runner.invoke(cli, ["contradictions", str(folder), "--format", "json", "--semantic"],
                               env={"KG_STORE": str(tmp_path / "untouched")})
    assert plain.exit_code == 0 and with_model.exit_code == 0, with_model.output
    records = json.loads(with_model.output)
    assert all({"a", "b", "kind", "score"} <= set(r) for r in records)
    # the model only lets more denials reach a claim: what the rules found without it stays
    assert {r["id"] for r in json.loads(plain.output)} <= {r["id"] for r in records}


@pytest.mark.slow
@pytest.mark.skipif(not HAVE_MODEL, reason="the semantic extra is not installed")
def test_analyze_semantic_with_the_extra(runner, folder, tmp_path, nlp):
    store = str(tmp_path / "kg-data")
    assert runner.invoke(cli, ["ingest", str(folder), "--store", store]).exit_code == 0
    result = runner.invoke(cli, ["analyze", "--semantic", "--store", store])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Wrote ")
