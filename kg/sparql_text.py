"""A small SPARQL lexer: enough to tell a query from an update, spot SERVICE and LOAD, find the
prologue and the top-level solution modifiers, without parsing the whole grammar.

Comments, string literals and IRIs are skipped, so ``"INSERT"`` in a string or
``<http://x/SERVICE>`` is never mistaken for a keyword; prefixed names such as ``ex:service``
are words of their own. Only the stdlib is used: the endpoint (:mod:`kg.serve`), the SPARQL
client (:mod:`kg.sparql_store`) and the query catalogue call this before any RDF library is
imported. It sits below all three so the store never imports the server.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\r\n]|\\.)*"
              |'(?:[^'\\\r\n]|\\.)*')
  | (?P<var>[?$][^\s(){}\[\].,;<>=!|&*/+\-^"']+)
  | (?P<word>[A-Za-z_\u00C0-\uFFFF][\w\-.:\u00B7-\uFFFF]*(?<!\.)|:[\w\-.\u00B7-\uFFFF]*(?<!\.))
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


@dataclass(frozen=True)
class Token:
    """One significant token: its kind, text, offsets in the query and `{}` nesting depth."""

    kind: str
    text: str
    start: int
    end: int
    depth: int

    @property
    def keyword(self) -> str:
        """The token upper-cased if it is a bare word, else ''."""
        return self.text.upper() if self.kind == "word" else ""


def tokens(text: str) -> Iterator[Token]:
    """Significant tokens of a query or update (no whitespace or comments)."""
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind in ("ws", "comment"):
            continue
        value = match.group()
        if value == "}":
            depth = max(0, depth - 1)
        yield Token(kind, value, match.start(), match.end(), depth)
        if value == "{":
            depth += 1


def prologue_end(text: str) -> int:
    """Offset where the BASE/PREFIX prologue ends and the query or update proper begins."""
    expect = 0  # tokens still belonging to the current declaration
    end = 0
    for token in tokens(text):
        if expect:
            expect -= 1
            end = token.end
            continue
        if token.keyword == "PREFIX":
            expect, end = 2, token.end
        elif token.keyword == "BASE":
            expect, end = 1, token.end
        else:
            return token.start
    return len(text) if end else 0


def form(text: str) -> str | None:
    """The first keyword after the prologue: SELECT, ASK, CONSTRUCT, DESCRIBE, INSERT, LOAD..."""
    body = text[prologue_end(text):]
    for token in tokens(body):
        return token.keyword or None
    return None


def is_update(text: str) -> bool:
    """True when the text is a SPARQL Update request rather than a query."""
    return form(text) in UPDATE_FORMS


def has_keyword(text: str, keyword: str) -> bool:
    """True when the bare keyword occurs anywhere outside strings, IRIs and comments."""
    keyword = keyword.upper()
    return any(token.keyword == keyword for token in tokens(text))


def top_level_keywords(text: str) -> list[Token]:
    """Word tokens at brace depth 0 after the query's WHERE block: the solution modifiers."""
    found = []
    seen_block = False
    for token in tokens(text):
        if token.depth == 0 and token.text == "}":
            seen_block = True
            found = []
        elif seen_block and token.depth == 0 and token.kind == "word":
            found.append(token)
    return found


def paged_select(text: str, variables: list[str], limit: int, offset: int) -> str:
    """The SELECT query made stable and sliced: ``SELECT ?v.. { { Q ORDER BY ... } } LIMIT n OFFSET k``.

    The original query becomes a subquery ordered by its own ORDER BY, or by every projected
    variable when it has none, and the slice is taken outside it: that is the form Virtuoso
    pages through (a sorted LIMIT/OFFSET on the outer query is refused past its
    MaxSortedTopRows), and it is plain SPARQL 1.1 everywhere else.
    """
    start = prologue_end(text)
    prologue, body = text[:start], text[start:]
    modifiers = top_level_keywords(body)
    words = [t.keyword for t in modifiers]
    if "VALUES" in words:
        raise ValueError("a query with a trailing VALUES block cannot be paged")
    if "ORDER" not in words and variables:
        order = " ORDER BY " + " ".join(f"?{v}" for v in variables) + " "
        cut = next((t.start for t in modifiers if t.keyword in ("LIMIT", "OFFSET")), len(body))
        body = body[:cut].rstrip() + "\n" + order + body[cut:]
    projection = " ".join(f"?{v}" for v in variables) or "*"
    return f"{prologue}\nSELECT {projection} WHERE {{ {{\n{body}\n}} }}\nLIMIT {limit} OFFSET {offset}"
