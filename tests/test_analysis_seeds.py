"""Acceptance of the analysis on the real articles in ../shared: the contradiction scorer and the
three chains the issue asks for. Skipped when ../shared is not there."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.analysis import find_chains
from kg.cli import cli
from kg.ingest import ingest
from kg.store import open_store

from .analysis_helpers import SHARED

pytestmark = [pytest.mark.seeds, pytest.mark.slow,
              pytest.mark.skipif(not (SHARED / "corpus" / "seeds").is_dir(), reason="../shared is not there")]
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, nlp):
    with open_store(tmp_path_factory.mktemp("seeds") / "kg-data") as store:
        ingest([SEEDS], store, nlp=nlp)
        yield store


def test_contradiction_scorer(runner, tmp_path, nlp):
    result = runner.invoke(cli, ["contradictions", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    detected = tmp_path / "c.json"
    detected.write_text(result.output, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score_contradictions.py"),
                             str(SHARED / "gold" / "seeds.json"), str(detected)],
                            capture_output=True, text=True, check=True)
    score = json.loads(scored.stdout.strip().splitlines()[-1])
    assert score["found"] >= 5 and score["unmatched"] <= 10, score


def test_publisher_could_not_verify_the_officials(seed_store):
    texts = [c.text for c in find_chains(seed_store, agent="NBC News") if c.kind == "response"]
    assert any("cannot verify" in t and "Sergey Aksyonov" in t and "Oleg Kryuchkov" in t for t in texts), texts


def test_governor_did_not_confirm_the_missile_claim(seed_store):
    chains = [c for c in find_chains(seed_store, agent="Gusev") if c.kind == "response"]
    assert any("does not confirm" in c.text and "North Korean missiles" in c.text
               and c.targets[0]["source"] == "Andrii Kovalenko" for c in chains), [c.text for c in chains]


def test_adviser_to_head_of_crimea(seed_store):
    texts = [c.text for c in find_chains(seed_store, agent="Oleg Kryuchkov") if c.kind == "affiliation"]
    assert any(t.startswith("Oleg Kryuchkov \u2014adviser\u2192 Sergey Aksyonov \u2014") and t.endswith("\u2192 Crimea")
               for t in texts), texts
