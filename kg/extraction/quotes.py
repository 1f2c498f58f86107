"""Finding quoted passages in an article's text, independent of sentence splitting.

A quote may run over several sentences ("Q1. Q2," X said), so quotes are found on the raw
text of each paragraph and the attribution rules then look for a cue next to each one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "\u201c"
CLOSING = "\u201d"
STRAIGHT = '"'
SINGLE_MARKS = "'\u2018\u2019"  # the marks of a quote in single marks: straight, curly opening, curly closing


@dataclass(frozen=True)
class Quote:
    """A quoted passage: offsets of the marks (outer) and of the words inside (inner)."""

    outer_start: int
    outer_end: int
    start: int
    end: int

    def contains(self, offset: int) -> bool:
        """True when a character offset lies inside the quote marks."""
        return self.outer_start <= offset < self.outer_end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text separated by blank lines or single newlines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quotes(text: str, min_words: int = 2) -> list[Quote]:
    """Every quoted passage of at least `min_words` words, curly or straight, never across paragraphs."""
    quotes: list[Quote] = []
    for para_start, para_end in paragraphs(text):
        para = text[para_start:para_end]
        curly, consumed = _curly(para, para_start)
        quotes.extend(curly)
        quotes.extend(_straight(para, para_start, consumed))
        quotes.extend(_double_apostrophes(para, para_start))
        quotes.extend(_single(para, para_start, [q for q in quotes if para_start <= q.outer_start < para_end]))
    quotes = [q for q in quotes if len(text[q.start:q.end].split()) >= min_words]
    return sorted(quotes, key=lambda q: q.start)


# a straight mark after a word and before a space, punctuation or the end: a closing one
_STRAIGHT_CLOSING = re.compile(r'(?<=\S)"(?=[\s,.;:!?]|$)')
# a straight mark at the start or after a space or bracket, before a word: an opening one
_STRAIGHT_OPENING = re.compile(r'(?:(?<=^)|(?<=[\s(\[]))"(?=\w)')


def _curly(para: str, offset: int) -> tuple[list[Quote], set[int]]:
    """Curly quotes of a paragraph, and the straight marks that closed a curly opening."""
    found, consumed = [], set()
    depth_start, last_close, nested = None, -1, 0
    for i, ch in enumerate(para):
        if ch == OPENING and depth_start is None:
            depth_start = i
        elif ch == OPENING and _opens_inner(para, i):
            nested += 1  # '“Q1 what he calls “hell” Q2”': a quote inside the quote, same marks
        elif ch == CLOSING and depth_start is None and not para[:i].strip() and para[i + 1:i + 2].isalnum():
            depth_start = i  # '”Q.” ― X': a closing mark typed for the paragraph's opening one
        elif ch == CLOSING and nested:
            nested -= 1
        elif ch == CLOSING and depth_start is not None:
            found.append(_make(para, offset, depth_start, i))
            depth_start = None
            last_close = i
        elif ch == CLOSING:
            # a straight opening closed by a curly mark ('"Q,” X said'), the same slip the other
            # way round: the last straight mark that opens a quote since the previous quote ended
            opening = [m.start() for m in _STRAIGHT_OPENING.finditer(para, last_close + 1, i)]
            if opening:
                found.append(_make(para, offset, opening[-1], i))
                consumed.add(opening[-1])
                last_close = i
    if depth_start is not None and len(para) - depth_start > 1:
        # a curly opening closed by a straight mark ('\u201cQ," X said'), a slip of typing: the first
        # straight mark after a word and before a space or punctuation closes it; else an unclosed
        # opening quote runs to the end of its paragraph (the house style of many outlets)
        close = _STRAIGHT_CLOSING.search(para, depth_start + 1)
        found.append(_make(para, offset, depth_start, close.start() if close else len(para)))
        if close:
            consumed.add(close.start())
    return found, consumed


def _opens_inner(para: str, i: int) -> bool:
    """An opening mark inside an open quote that quotes a few words within it: its closing mark
    comes within a few words and is followed by more of the sentence, not by its end."""
    close = para.find(CLOSING, i + 1)
    if close < 0 or len(para[i + 1:close].split()) > 4:
        return False
    after = para[close + 1:close + 3]
    return bool(after.strip()) and after.lstrip()[:1].isalnum()


def _straight(para: str, offset: int, consumed: set[int] = frozenset()) -> list[Quote]:
    # A straight mark that closed a curly opening is taken: pairing it again with the next straight
    # mark would make the words between two quotes (the cue among them) a quote of their own.
    marks = [i for i, ch in enumerate(para) if ch == STRAIGHT and i not in consumed]
    found = [_make(para, offset, a, b) for a, b in zip(marks[0::2], marks[1::2])]
    # An odd last mark that opens a quote runs to the end of the paragraph (the quote goes on
    # in the next paragraph, which opens with a mark of its own).
    if len(marks) % 2 == 1 and len(para) - marks[-1] > 1 and not para[marks[-1] + 1].isspace():
        found.append(_make(para, offset, marks[-1], len(para)))
    return found


def _double_apostrophes(para: str, offset: int) -> list[Quote]:
    """''Q,'' X said: archives and wire feeds that write quotation marks as two apostrophes."""
    marks = [m.start() for m in re.finditer(r"''", para)]
    found = []
    for a, b in zip(marks[0::2], marks[1::2]):
        quote = _make(para, offset, a + 1, b)  # the inner apostrophe of each pair is the mark
        found.append(Quote(offset + a, offset + b + 2, quote.start, quote.end))
    return found


# Single marks as quotation marks (British house style, and headlines): an opening mark, curly
# or straight, at the start or after a space or bracket and before a word; a closing one after a
# word and before a space, punctuation or the end, never inside a word ("don't", "don’t").
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014]))['\u2018](?=\w)")
_SINGLE_CLOSING = re.compile(r"(?<=\S)['\u2019](?=[\s,.;:!?)\u2014]|$)")
# A plural possessive before a word ("the ministers’ decision") looks like a closing mark: it
# closes the quote only when no other closing mark follows.
_POSSESSIVE = re.compile(r"(?<=s)['\u2019] (?=\w)")


def _single(para: str, offset: int, taken: list[Quote]) -> list[Quote]:
    """‘Q,’ X said: single-mark quotes of a paragraph, outside every quote the double marks made
    (a single-mark quote inside one is a quote within the quote, left to it)."""
    inside = [(q.outer_start - offset, q.outer_end - offset) for q in taken]
    found, at = [], 0
    while (opening := _SINGLE_OPENING.search(para, at)) is not None:
        start = opening.start()
        if any(a <= start < b for a, b in inside):
            at = start + 1
            continue
        nxt = _SINGLE_OPENING.search(para, start + 1)
        limit = nxt.start() if nxt else len(para)
        closings = [m.start() for m in _SINGLE_CLOSING.finditer(para, start + 2, limit + 1) if m.start() <= limit]
        plain = [c for c in closings if not _POSSESSIVE.match(para, c)]
        close = (plain or closings or [None])[0]
        if close is None:
            at = start + 1
            continue
        found.append(_make(para, offset, start, close))
        at = close + 1
    return found


def _make(para: str, offset: int, open_at: int, close_at: int) -> Quote:
    inner_start, inner_end = open_at + 1, close_at
    while inner_start < inner_end and para[inner_start].isspace():
        inner_start += 1
    # Drop the trailing comma or space before the closing mark ("Q," he said).
    while inner_end > inner_start and para[inner_end - 1] in " ,;:":
        inner_end -= 1
    outer_end = min(close_at + 1, len(para))
    return Quote(offset + open_at, offset + outer_end, offset + inner_start, offset + inner_end)
