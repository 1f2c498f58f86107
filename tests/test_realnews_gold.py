"""The real-news gold files are well formed: every attribution's document exists, every content is
copied from its text (after normalising quotes and whitespace, as the scorer does), every id is
unique, and every contradiction, corroboration and echo names attributions that exist. A broken
gold would score kg against words the article does not hold. (The check half is tested the same
way, but a failure there reports only counts: its texts are not to be read.)"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REALNEWS = Path(__file__).resolve().parent / "data" / "realnews"
GOLDS = sorted(REALNEWS.glob("gold-*.json"))


def norm(text: str) -> str:
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def problems(gold_path: Path, root: Path = REALNEWS) -> list[str]:
    """What is wrong with one gold file (its texts in `root`), one line per problem."""
    half = gold_path.stem.removeprefix("gold-")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    found, ids = [], set()
    texts = {p.stem: norm(p.read_text(encoding="utf-8")) for p in (root / half).glob("*.txt")}
    for record in gold["attributions"]:
        if record["id"] in ids:
            found.append(f"duplicate id {record['id']}")
        ids.add(record["id"])
        text = texts.get(record["doc"])
        if text is None:
            found.append(f"{record['id']}: no document {record['doc']}")
            continue
        for piece in [record["content"], *record.get("content_pieces", [])]:
            if norm(piece).strip(" .,\"'") not in text:
                found.append(f"{record['id']}: content not in the text")
    for pair in gold.get("contradictions", []):
        found += [f"contradiction names unknown {pair[k]}" for k in ("a", "b") if pair[k] not in ids]
    for group in gold.get("corroborations", []) + gold.get("echoes", []):
        found += [f"group names unknown {m}" for m in group["members"] if m not in ids]
    return found


def test_every_half_has_a_gold_file():
    halves = {p.name for p in REALNEWS.iterdir() if p.is_dir()}
    assert {"dev", "check"} <= halves
    assert all((REALNEWS / f"gold-{h}.json").is_file() for h in halves)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.stem)
def test_gold_is_well_formed(gold_path):
    found = problems(gold_path)
    if gold_path.stem == "gold-check":
        assert not found, f"{len(found)} problem(s) in the check gold (not shown: the check half is not read)"
    assert not found, "\n".join(found[:20])


def test_a_content_not_in_its_text_is_a_problem(tmp_path):
    """The check itself can fail: a gold whose content the article does not hold is reported."""
    (tmp_path / "toy").mkdir()
    (tmp_path / "toy" / "a.txt").write_text("The mayor said the bridge was safe.", encoding="utf-8")
    gold = {"attributions": [{"id": "a-01", "doc": "a", "content": "the bridge was closed"}],
            "contradictions": [{"a": "a-01", "b": "a-02"}]}
    (tmp_path / "gold-toy.json").write_text(json.dumps(gold), encoding="utf-8")
    assert problems(tmp_path / "gold-toy.json", tmp_path) == ["a-01: content not in the text", "contradiction names unknown a-02"]
