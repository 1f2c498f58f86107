"""The one checker for construction cases: a short text, and every attribution a careful reader expects.

Used by tests/test_extraction_constructions.py and tests/test_extraction_real_constructions.py.
A case lists every expected attribution (and no more): canonical source, stance, content, and
cue, certainty, channel or evidence count where the case is about them. Contents compare after
folding quote marks, spaces and edge punctuation; a content may come in several pieces
(`content_spans`, a quote split around its cue), compared piece by piece joined with a space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from kg.extraction import extract_article
from kg.model import Article

NONE = "-"  # an expected channel of NONE means: no channel may be recorded


@dataclass
class E:
    """One expected attribution."""

    source: str
    stance: str
    content: str
    cue: str | None = None
    certainty: str | None = None
    channel: str | None = None
    evidence: int | None = None


@dataclass
class Case:
    """One construction: a text, what it must yield, and (strict) xfail with the reason it fails today."""

    id: str
    text: str
    expected: list[E] = field(default_factory=list)
    publisher: str | None = None
    xfail: str | None = None


def _norm(text: str | None) -> str:
    """Fold curly quotes and runs of space, strip edge punctuation and lower-case."""
    text = (text or "").replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,.;:\"'\u2026").lower()


def _pieces(record: dict) -> list[tuple[int, int]]:
    """The record's content pieces as (start, end) pairs (one piece when the record has no `content_spans`)."""
    spans = record.get("content_spans")
    if spans:
        return [(start, end) for start, end in spans]
    return [(record["content_start"], record["content_end"])]


def _content_forms(record: dict, text: str) -> set[str]:
    """The record's content, normalized whole and piece by piece (edge punctuation of each piece folded)."""
    pieces = " ".join(_norm(text[start:end]) for start, end in _pieces(record))
    return {_norm(record["content"]), _norm(pieces)}


def _matches(expected: E, record: dict, text: str) -> bool:
    """Same source (case-folded), same stance and the same content words."""
    return (record["source"].lower() == expected.source.lower() and record["stance"] == expected.stance
            and _norm(expected.content) in _content_forms(record, text))


def _explain(records) -> str:
    """One line per record, for assertion messages."""
    return "\n".join(f"  {r['source']!r} {r['stance']} {r['certainty']} cue={r['cue']!r} "
                     f"content={r['content']!r} spans={r.get('content_spans')} channel={r['channel']!r} "
                     f"evidence={len(r['evidence'])}"
                     for r in records) or "  (nothing)"


def params(cases) -> list:
    """pytest params for `cases`, each with its id and a strict xfail mark where the case has a reason
    (a list: pytest deprecates a generator of parameters)."""
    return [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else [])
            for case in cases]


def check_case(case: Case, nlp) -> None:
    """Extract `case.text` and assert it yields exactly the expected attributions, with sound offsets."""
    article = Article("case", case.text, publisher=case.publisher)
    records = extract_article(article, nlp=nlp).records()
    text = case.text
    got = "found:\n" + _explain(records)
    assert len(records) == len(case.expected), got
    for expected in case.expected:
        found = [r for r in records if _matches(expected, r, text)]
        assert found, f"missing {expected}\n{got}"
        record = found[0]
        if expected.cue is not None:
            assert record["cue"].lower() == expected.cue.lower(), got
        if expected.certainty is not None:
            assert record["certainty"] == expected.certainty, got
        if expected.channel is not None:
            assert record["channel"] == (None if expected.channel == NONE else expected.channel), got
        if expected.evidence is not None:
            assert len(record["evidence"]) == expected.evidence, got
    for record in records:
        pieces = _pieces(record)
        assert " ".join(text[start:end] for start, end in pieces) == record["content"], got
        assert all(start < end for start, end in pieces), got
        assert [s for s, _ in pieces] == sorted(s for s, _ in pieces), got
        assert text[record["cue_start"]:record["cue_end"]] == record["cue"], got
        if record["source_start"] is not None:
            assert text[record["source_start"]:record["source_end"]] == record["source_mention"], got
