"""Candidate blocking and TF-IDF similarity in plain Python.

Claims are compared only inside blocks: an inverted index maps each term to the claims holding it,
and two claims are candidates when they share a *rare* term (one held by at most ``max_block``
claims) or stand in the same article. Each claim has a bounded number of rare terms and each rare
term a bounded posting list, so the number of candidate pairs, and the cost, grow linearly with the
number of claims.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from .text import Features

MAX_BLOCK = 64
MAX_DOC_BLOCK = 400


class TermIndex:
    """An inverted index over claims' terms with IDF weights and TF-IDF vectors."""

    def __init__(self, items: list[Features], *, max_block: int = MAX_BLOCK):
        self.items = items
        self.max_block = max_block
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, feats in enumerate(items):
            for term in feats.terms:
                self.postings[term].append(i)
        n = len(items)
        self.idf = {t: math.log((n + 1) / (len(p) + 1)) + 1.0 for t, p in self.postings.items()}
        self.vectors = [self._vector(f.terms) for f in items]

    def _vector(self, terms: Counter) -> dict[str, float]:
        vec = {t: (1.0 + math.log(c)) * self.idf.get(t, 1.0) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def weight(self, term: str) -> float:
        """The IDF weight of a term (a concept term counts half: it is a looser match)."""
        w = self.idf.get(term, 1.0)
        return w * 0.5 if term.startswith("@") else w

    def df(self, term: str) -> int:
        """How many claims hold the term."""
        return len(self.postings.get(term, ()))

    def cosine(self, i: int, j: int) -> float:
        """TF-IDF cosine of two claims."""
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())

    def overlap(self, a: Features, b: Features, drop: set[str] = frozenset()) -> float:
        """IDF-weighted overlap coefficient of two claims' words: the covered share of the lighter side."""
        wa, wb = self._total(a, drop), self._total(b, drop)
        if not wa or not wb:
            return 0.0
        return self.coverage(a, b, drop) if wa <= wb else self.coverage(b, a, drop)

    def coverage(self, part: Features, whole: Features, drop: set[str] = frozenset()) -> float:
        """The IDF-weighted share of `part`'s words found in `whole` (a concept match counts 0.8)."""
        terms = whole.terms
        total = matched = 0.0
        for head, unit in part.units.items():
            if head in drop:
                continue
            weight = self.idf.get(head, 1.0)
            total += weight
            if head in terms:
                matched += weight
            elif any(t in terms for t in unit):
                matched += 0.8 * weight
        return matched / total if total else 0.0

    def _total(self, feats: Features, drop: set[str]) -> float:
        return sum(self.idf.get(h, 1.0) for h in feats.units if h not in drop)

    def subject_rare(self, term: str) -> bool:
        """A term rare enough to show two claims are about the same thing (in at most a quarter of
        the claims, or 8 in a small corpus, and at most ``max_block``)."""
        return 2 <= self.df(term) <= min(self.max_block, max(8, len(self.items) // 4))

    def shared_rare(self, i: int, j: int) -> set[str]:
        """The rare non-concept terms two claims share (evidence that they are about the same thing)."""
        a, b = self.items[i].terms, self.items[j].terms
        return {t for t in a if t in b and not t.startswith("@") and self.subject_rare(t)}

    def candidates(self, groups: Iterable[list[int]] = ()) -> Iterator[tuple[int, int]]:
        """Pairs (i < j) sharing a rare term, plus every pair inside each of `groups` (articles), once."""
        seen: set[tuple[int, int]] = set()
        for term, posting in self.postings.items():
            if 2 <= len(posting) <= self.max_block and not term.startswith("@"):
                yield from _pairs(posting, seen)
        for group in groups:
            if len(group) <= MAX_DOC_BLOCK:
                yield from _pairs(group, seen)


def _pairs(members: list[int], seen: set) -> Iterator[tuple[int, int]]:
    for x, i in enumerate(members):
        for j in members[x + 1:]:
            key = (i, j) if i < j else (j, i)
            if key not in seen:
                seen.add(key)
                yield key


def doc_groups(docs: list[str]) -> list[list[int]]:
    """Indices of the claims of each article, for same-article blocks."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        groups[doc].append(i)
    return list(groups.values())

