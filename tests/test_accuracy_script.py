"""scripts/accuracy.py: construction families of gold cues, absent corpora, and one small corpus scored
end to end through `kg extract` and the shared scorers."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import accuracy  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


@pytest.mark.parametrize("cue, stance, source, family", [
    ("said", "asserts", "Mayor Ines Duarte", "reporting verb"),
    ("told reporters", "asserts", "the harbour master", "reporting verb"),
    ("according to", "asserts", "the fire brigade", "according to"),
    (":", "asserts", "Ines Duarte", "colon"),
    ("denied", "denies", "the company", "denial"),
    ("said", "denies", "the company", "denial"),  # 'said it had nothing to do with it': the stance decides
    ("declined to comment", "does_not_confirm", "the ministry", "refusal / does not confirm"),
    ("could not independently verify", "cannot_verify", "The Courier", "cannot verify"),
    ("confirmed", "confirms", "the police", "confirmation"),
    ("the allegation that", "asserts", "the union", "nominal cue"),
    ("show", "asserts", "court records", "document as source"),
    ("said", "asserts", "the statement", "document as source"),
    ("expects", "asserts", "the minister", "belief / intent"),
    ("called for", "asserts", "the opposition", "belief / intent"),
    ("vowed", "asserts", "the mayor", "belief / intent"),
])
def test_each_gold_cue_has_one_family(cue, stance, source, family):
    assert accuracy.family_of(cue, stance, source) == family


@pytest.mark.parametrize("cue, family", [
    ("denied", "denial"), ("declined to say", "refusal / does not confirm"),
    ("could not verify", "cannot verify"), ("acknowledged", "confirmation"), ("said", "reporting verb")])
def test_cue_words_decide_where_the_gold_has_no_stance(cue, family):
    assert accuracy.family_of(cue) == family


def test_every_family_the_classifier_gives_is_listed():
    names = {name for name, _ in accuracy.FAMILIES}
    for cue in ("said", "denied", ":", "according to", "hopes", "the claim", "declined", "verify", "confirmed"):
        assert accuracy.family_of(cue, None, "the report") in names


@pytest.mark.skipif(not (EVAL / "score_polnear.py").is_file(), reason="the shared scorers are not beside the project")
def test_absent_corpora_are_listed_as_not_present(tmp_path):
    out = tmp_path / "accuracy.md"
    accuracy.main(["--corpora", "polnear-dev", "--polnear", str(tmp_path / "nowhere"), "--output", str(out)])
    assert "| PolNeAR dev | not present |" in out.read_text(encoding="utf-8")
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["corpora"]["polnear-dev"] == {
        "present": False}


@pytest.mark.skipif(not (EVAL / "score_attributions.py").is_file(), reason="the shared scorers are not beside the project")
def test_a_corpus_is_extracted_and_scored_and_the_check_half_gives_totals_only(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "bridge.txt").write_text(
        "Bridge stays shut\n\nMayor Ines Duarte said the old bridge would reopen in May. "
        "The harbour company denied that the bridge was unsafe.\n", encoding="utf-8")
    gold = {"documents": {"bridge": {"publisher": "The Courier"}}, "attributions": [
        {"id": "b-1", "doc": "bridge", "source": "Ines Duarte", "aliases": ["Duarte"], "stance": "asserts",
         "cue": "said", "content": "the old bridge would reopen in May"},
        {"id": "b-2", "doc": "bridge", "source": "the harbour company", "aliases": [], "stance": "denies",
         "cue": "denied", "content": "the bridge was unsafe"},
        {"id": "b-3", "doc": "bridge", "source": "the city council", "aliases": [], "stance": "asserts",
         "cue": "according to", "content": "repairs will cost two million"}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    corpus = {"name": "mine", "kind": "gold", "texts": texts, "gold": tmp_path / "gold.json", "study": True}
    studied = accuracy.run_corpus(corpus, EVAL, tmp_path)
    assert studied["present"] and studied["totals"]["gold"] == 3
    assert studied["families"]["according to"] == {"gold": 1, "strict_recall": 0.0, "loose_recall": 0.0}
    assert studied["families"]["denial"]["gold"] == 1
    assert studied["totals"]["strict"]["recall"] == pytest.approx(
        sum(f["strict_recall"] * f["gold"] for f in studied["families"].values()) / 3, abs=0.01)
    checked = accuracy.run_corpus(dict(corpus, study=False), EVAL, tmp_path)
    assert "families" not in checked and checked["totals"] == studied["totals"]


@pytest.mark.skipif(not (EVAL / "score_contradictions.py").is_file(), reason="the shared scorers are not beside the project")
def test_contradiction_recall_is_split_into_pairs_within_and_across_articles(tmp_path):
    gold = {"attributions": [
        {"id": "p-1", "doc": "quay-1", "source": "the port", "stance": "asserts", "content": "the quay reopened on Monday"},
        {"id": "p-2", "doc": "quay-1", "source": "the union", "stance": "denies", "content": "the quay reopened on Monday"},
        {"id": "p-3", "doc": "quay-2", "source": "the mayor", "stance": "asserts", "content": "nine ships were turned away"},
        {"id": "p-4", "doc": "quay-1", "source": "the port", "stance": "asserts", "content": "two ships were turned away"}],
        "contradictions": [{"a": "p-1", "b": "p-2", "why": "reopened or not"},
                           {"a": "p-3", "b": "p-4", "why": "nine or two ships"}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    found = tmp_path / "found.json"
    found.write_text(json.dumps([{"a": {"doc": "quay-1", "content": "the quay reopened on Monday"},
                                  "b": {"doc": "quay-1", "content": "the quay reopened on Monday"}}]), encoding="utf-8")
    result = accuracy.score_contradictions(EVAL, tmp_path / "gold.json", found)
    assert (result["found"], result["gold"]) == (1, 2)
    assert result["within"] == {"gold": 1, "found": 1, "recall": 1.0}
    assert result["across"] == {"gold": 1, "found": 0, "recall": 0.0}
