"""The extractor against the demo corpus's own annotation (kg/demo/ANNOTATION.md), written
before kg was run on those articles, so these figures measure the extractor, not the other way.

A row is found when a record of its article names the same agent (the canonical name or the
mention's name as an alias, matched by the acceptance scorer's `source_matches`), has the same
stance and covers each piece of the row's content (pieces of a split quote are joined by " … " in
the table) by the scorer's `content_matches`.

Precision: the share of records that match some row (core or hard), leaving out the
publisher's own unmatched assertions as the scorer does. Measured when the corpus was written:
core recall 59 of 65 (0.91; per article 0.82 to 1.00), hard rows 7 of 10, precision 64 of 69
(0.93). The core rows missed then: `S, according to X` after a long clause (water-notice #4,
harbour-trial #1), a document as source (water-logs #1, `Logs from X show that S`), a quote
with `told` (illness-count #2) and `declined to comment on NP` (illness-count #11,
harbour-trial #8). The floors below sit a little under those figures: they catch a rule change
that loses ground here, and rise as the extractor learns these constructions.
"""
from __future__ import annotations

import re

import pytest

from kg.demo import demo_dir
from kg.extraction import extract_article
from kg.readers import iter_articles

from .conftest import EVAL, shared_scorer

pytestmark = pytest.mark.slow

PRECISION_FLOOR = 0.9
CORE_RECALL_FLOOR = 0.88
ARTICLE_CORE_RECALL_FLOOR = 0.8
HARD_RECALL_FLOOR = 0.5
# The matching rules are the acceptance scorer's own (../shared/eval/score_attributions.py), not a copy.
SCORER = shared_scorer("score_attributions") if (EVAL / "score_attributions.py").is_file() else None
if SCORER is None:
    pytest.skip("the shared scorer is not beside the project", allow_module_level=True)


def _same_agent(predicted: str, names: list[str]) -> bool:
    """The scorer's source match, with the row's other names as its aliases."""
    return SCORER.source_matches(predicted, {"source": names[0], "aliases": names[1:]})


def _covers(predicted: str, gold: str) -> bool:
    """The scorer's content match of a predicted content against one piece of a row's content."""
    return SCORER.content_matches(predicted, {"content": gold})


def annotation_rows() -> dict[str, list[dict]]:
    """doc id -> the table rows of ANNOTATION.md for that article."""
    rows: dict[str, list[dict]] = {}
    doc = None
    for line in (demo_dir() / "ANNOTATION.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\S+)\s*$", line)
        if heading:
            doc = heading.group(1)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if doc and len(cells) == 9 and cells[0].isdigit():
            keys = ("n", "source", "mention", "stance", "certainty", "cue", "content", "channel", "level")
            rows.setdefault(doc, []).append(dict(zip(keys, cells)))
    return rows


def _names(row: dict) -> list[str]:
    """The row's canonical agent and, as the scorer's aliases do, the name the text uses there
    ("Dravenia's foreign ministry" for "Dravenian foreign ministry")."""
    mention = re.sub(r"^(a|an|the|both)\s+", "", row["mention"], flags=re.I)
    mention = mention.split(",")[0]
    return [row["source"], mention]


def _matches(record: dict, row: dict) -> bool:
    return record["stance"] == row["stance"] and _same_agent(record["source"], _names(row))


def _row_found(row: dict, records: list[dict]) -> bool:
    pieces = [p.strip() for p in row["content"].split("\u2026") if p.strip()]
    candidates = [r for r in records if _matches(r, row)]
    return all(any(_covers(r["content"], piece) for r in candidates) for piece in pieces) or any(
        _covers(r["content"], row["content"].replace("\u2026", " ")) for r in candidates)


@pytest.fixture(scope="module")
def demo(nlp):
    articles = [a for a in iter_articles([demo_dir()]) if hasattr(a, "doc_id")]
    return {a.doc_id: (a, extract_article(a, nlp=nlp).records()) for a in articles}


ROWS = annotation_rows()


def test_the_annotation_covers_seven_articles():
    assert len(ROWS) == 7 and sum(len(r) for r in ROWS.values()) >= 60


@pytest.mark.parametrize("doc_id", sorted(ROWS))
def test_core_rows_are_found(doc_id, demo):
    article, records = demo[doc_id]
    core = [row for row in ROWS[doc_id] if row["level"] == "core"]
    missing = [f"#{row['n']} {row['source']} {row['stance']} {row['content'][:60]!r}"
               for row in core if not _row_found(row, records)]
    recall = 1 - len(missing) / len(core)
    assert recall >= ARTICLE_CORE_RECALL_FLOOR, f"{doc_id}: core recall {recall:.2f}; missing " + "; ".join(missing)


def test_core_recall_over_the_corpus(demo):
    core = [(doc_id, row) for doc_id, rows in ROWS.items() for row in rows if row["level"] == "core"]
    found = sum(_row_found(row, demo[doc_id][1]) for doc_id, row in core)
    assert found / len(core) >= CORE_RECALL_FLOOR, f"core rows found: {found}/{len(core)}"


@pytest.mark.parametrize("doc_id", sorted(ROWS))
def test_annotated_strings_occur_in_the_text(doc_id, demo):
    article, _ = demo[doc_id]
    text = SCORER.norm(article.text)
    for row in ROWS[doc_id]:
        for piece in [row["cue"], row["mention"]] + row["content"].split("\u2026"):
            for part in piece.split("\u2026"):
                if part.strip() and part.strip() != "-":
                    assert SCORER.norm(part.strip()) in text, (doc_id, row["n"], part)


def _precision(demo) -> tuple[int, int]:
    matched = counted = 0
    for doc_id, (article, records) in demo.items():
        publisher = SCORER.name(article.publisher or "")
        for record in records:
            hit = any(_matches(record, row) and (
                any(_covers(record["content"], p) for p in row["content"].split("\u2026") if p.strip())
                or _covers(record["content"], row["content"])) for row in ROWS.get(doc_id, []))
            if not hit and record["stance"] == "asserts" and SCORER.name(record["source"]) == publisher:
                continue
            counted += 1
            matched += hit
    return matched, counted


def test_precision_on_the_demo(demo):
    matched, counted = _precision(demo)
    assert counted and matched / counted >= PRECISION_FLOOR, f"precision {matched}/{counted}"


def test_most_hard_rows_are_found(demo):
    hard = [(doc_id, row) for doc_id, rows in ROWS.items() for row in rows if row["level"] == "hard"]
    found = sum(_row_found(row, demo[doc_id][1]) for doc_id, row in hard)
    assert found / len(hard) >= HARD_RECALL_FLOOR, f"hard rows found: {found}/{len(hard)}"
