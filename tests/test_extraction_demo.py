"""The extractor against the demo corpus's own annotation (kg/demo/ANNOTATION.md), written
before kg was run on those articles, so these figures measure the extractor, not the other way.

A row is found when a record of its article names the same agent
(the canonical name or the mention's name, matched as the acceptance scorer matches names),
has the same stance and covers each piece of the row's content (pieces of a split quote are
joined by " … " in the table) as the scorer matches contents.

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

pytestmark = pytest.mark.slow

PRECISION_FLOOR = 0.9
CORE_RECALL_FLOOR = 0.88
ARTICLE_CORE_RECALL_FLOOR = 0.8
HARD_RECALL_FLOOR = 0.5
STOP = set("""a an the of to in on at by for from with and or but that this these those is are was were be
been being has have had it its as which who whom whose their there they he she his her them we our
not no will would can could may might than then so also into over""".split())
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "who",
            "which"}


def _norm(text: str) -> str:
    text = (text or "").replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", _norm(text)) if w not in STOP}


def _name(text: str) -> str:
    text = re.sub(r"'s\b", "", _norm(text))
    text = re.sub(r"^(the|a|an)\s+", "", text)
    return re.sub(r"[^a-z0-9 .-]", "", text).strip()


def _same_agent(predicted: str, names: list[str]) -> bool:
    p = _name(predicted)
    if not p or p in PRONOUNS:
        return False
    for alias in names:
        a = _name(alias)
        if a and a not in PRONOUNS and (re.search(r"\b" + re.escape(a) + r"\b", p)
                                        or (len(p) >= 4 and re.search(r"\b" + re.escape(p) + r"\b", a))):
            return True
    return False


def _covers(predicted: str, gold: str) -> bool:
    g, p = _words(gold), _words(predicted)
    if len(g) < 2:
        return True
    hit = len(p & g)
    return bool(p) and hit / len(g) >= 0.5 and hit / len(p) >= 0.3


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
    text = _norm(article.text)
    for row in ROWS[doc_id]:
        for piece in [row["cue"], row["mention"]] + row["content"].split("\u2026"):
            for part in piece.split("\u2026"):
                if part.strip() and part.strip() != "-":
                    assert _norm(part.strip()) in text, (doc_id, row["n"], part)


def _precision(demo) -> tuple[int, int]:
    matched = counted = 0
    for doc_id, (article, records) in demo.items():
        publisher = _name(article.publisher or "")
        for record in records:
            hit = any(_matches(record, row) and (
                any(_covers(record["content"], p) for p in row["content"].split("\u2026") if p.strip())
                or _covers(record["content"], row["content"])) for row in ROWS.get(doc_id, []))
            if not hit and record["stance"] == "asserts" and _name(record["source"]) == publisher:
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
