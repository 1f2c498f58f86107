"""Per-document lookups computed once, so that extraction time grows linearly with article length.

spaCy recomputes some Doc properties by walking the whole document on every access: `doc.text`
joins every token, `doc.ents` rebuilds every entity span, and `token.sent` first asks
`doc.has_annotation`, which reads every token. Called once per cue or mention, each made
extraction quadratic (a 1 MB article took minutes). :func:`attach` builds the text, a
token -> entity table and a token -> sentence table once and installs spaCy's own `sent` hook;
:func:`detach` removes them, so a Doc leaves extraction as it came in.
"""
from __future__ import annotations

import bisect

_KEY = "kg.docindex"


def attach(doc, sentences: list) -> None:
    """Index a parsed Doc for one extraction: its text, its sentences (the spans of `doc.sents`)."""
    sentence_of = [0] * len(doc)
    for n, sent in enumerate(sentences):
        for i in range(sent.start, sent.end):
            sentence_of[i] = n
    doc.user_data[_KEY] = {"text": doc.text, "ents": None, "spans": None, "memo": {}}
    doc.user_token_hooks["sent"] = lambda token: sentences[sentence_of[token.i]]


def detach(doc) -> None:
    """Remove what :func:`attach` installed."""
    doc.user_data.pop(_KEY, None)
    doc.user_token_hooks.pop("sent", None)


def doc_text(doc) -> str:
    """`doc.text`, without re-joining every token when the Doc is attached."""
    index = doc.user_data.get(_KEY)
    return index["text"] if index is not None else doc.text


def entity_at(token):
    """The entity span a token belongs to, or None (the first of `doc.ents` that holds it)."""
    doc = token.doc
    index = doc.user_data.get(_KEY)
    if index is None:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
        return None
    if index["ents"] is None:
        table = [None] * len(doc)
        for ent in reversed(entities(doc)):  # earlier entities win, as in a scan of doc.ents
            for i in range(ent.start, ent.end):
                table[i] = ent
        index["ents"] = table
    return index["ents"][token.i]


def entities(doc) -> tuple:
    """`doc.ents`, built once while the Doc is attached."""
    index = doc.user_data.get(_KEY)
    if index is None:
        return doc.ents
    if index["spans"] is None:
        index["spans"] = doc.ents
    return index["spans"]


def memo(doc, name: str, build):
    """A value derived from the Doc, built once while it is attached and its entities unchanged."""
    index = doc.user_data.get(_KEY)
    if index is None:
        return build()
    if name not in index["memo"]:
        index["memo"][name] = build()
    return index["memo"][name]


def entities_changed(doc) -> None:
    """Call after assigning `doc.ents`: the token -> entity table is rebuilt on next use."""
    index = doc.user_data.get(_KEY)
    if index is not None:
        index["ents"] = index["spans"] = None
        index["memo"] = {}


class Coverage:
    """Which offsets a set of [start, end) spans covers, answered by bisection."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach, furthest = [], None  # the furthest end among the spans up to each one
        for _, end in spans:
            furthest = end if furthest is None else max(furthest, end)
            self.reach.append(furthest)

    def holds(self, offset: int) -> bool:
        """True when some span has start <= offset < end."""
        k = bisect.bisect_right(self.starts, offset)
        return k > 0 and self.reach[k - 1] > offset
