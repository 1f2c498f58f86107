"""Stories: which articles report the same event, so that claims are compared across outlets only
where they can be about the same thing.

Two articles are one story when they were published close together (when both dates are known)
and name the same rare things: each article is a TF-IDF vector of the proper-name roots and the
content words of its title and its attributed claims, and two articles whose vectors are close
enough are linked. A story is a connected group of linked articles, each article joined to its
closest MAX_LINKS links only (so that one shared spokesman does not chain two well-covered stories). "The raid" in an article on one
attack and "the raid" in an article on another attack a year later are then never compared.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date

from .text import features
from .unionfind import DisjointSets

MIN_COSINE = 0.3          # undated articles: they must name much the same things
MIN_COSINE_DATED = 0.15   # articles published within MAX_DAYS_APART of each other
MIN_COSINE_SAME_WEEK = 0.1  # articles published within a week: less in common is enough
MAX_DAYS_APART = 92       # a story (an attack, a report and its rebuttal) can run for months
MIN_RARE_NAMES = 3        # articles more than a week apart share this many rare names
RARE_NAME_DOCS = 3        # a name held by at most this many articles (or 5% of them) is rare
MAX_LINKS = 8             # an article joins its story through its closest linked articles only


class Stories:
    """The articles of a corpus grouped into stories."""

    def __init__(self, docs: dict[str, Counter], published: dict[str, str | None] | None = None):
        self.published = {d: _date(v) for d, v in (published or {}).items()}
        df: Counter = Counter()
        for terms in docs.values():
            df.update(set(terms))
        self.df = df
        n = len(docs)
        self.vectors: dict[str, dict[str, float]] = {}
        for doc, terms in docs.items():
            vector = {t: (1 + math.log(c)) * (1 + math.log((n + 1) / (df[t] + 1))) for t, c in terms.items() if df[t] > 0}
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            self.vectors[doc] = {t: v / norm for t, v in vector.items()}
        self._story = self._group(docs, df)

    def _group(self, docs: dict[str, Counter], df: Counter) -> dict[str, str]:
        sets = DisjointSets(docs)

        # only articles sharing a term can be linked: compare within each term's posting list
        postings: dict[str, list[str]] = defaultdict(list)
        for doc, vector in self.vectors.items():
            for term in vector:
                if 1 < df[term] <= 50:
                    postings[term].append(doc)
        seen = set()
        links: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for members in postings.values():
            for x, a in enumerate(members):
                for b in members[x + 1:]:
                    if (a, b) in seen:
                        continue
                    seen.add((a, b))
                    if self.linked(a, b):
                        cosine = self.cosine(a, b)
                        links[a].append((cosine, b))
                        links[b].append((cosine, a))
        # Linked pairs chain: an article on one attack shares a spokesman with an article on another,
        # that one a place with a third, and a corpus of thousands of articles became one story
        # (1,860 of 2,500 articles in the synthetic benchmark of docs/benchmarks.md d). An article
        # joins the articles of its closest MAX_LINKS links only: in a story told by many outlets
        # those are its own story's, and a link to another story (the shared spokesman) is weaker.
        for a, found in links.items():
            for _, b in sorted(found, key=lambda x: (-x[0], x[1]))[:MAX_LINKS]:
                sets.union(a, b)
        return {d: sets.find(d) for d in docs}

    def cosine(self, a: str, b: str) -> float:
        """How close two articles' vectors are (0..1)."""
        va, vb = self.vectors.get(a, {}), self.vectors.get(b, {})
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(v * vb.get(t, 0.0) for t, v in va.items())

    def linked(self, a: str, b: str) -> bool:
        """True when two articles are close in time (if dated) and in what they name."""
        da, db = self.published.get(a), self.published.get(b)
        if da and db:
            days = abs((da - db).days)
            if days > MAX_DAYS_APART:
                return False
            if days <= 7:
                return self.cosine(a, b) >= MIN_COSINE_SAME_WEEK
            # weeks apart, two articles on one region's war or politics name the same usual names
            # (the country, the armed group, the capital): the same story keeps naming its own
            # people, places and bodies, names few other articles hold
            return self.cosine(a, b) >= MIN_COSINE_DATED and len(self.rare_names(a, b)) >= MIN_RARE_NAMES
        return self.cosine(a, b) >= MIN_COSINE

    def rare_names(self, a: str, b: str) -> set[str]:
        """The proper names both articles hold that few articles of the corpus hold."""
        va, vb = self.vectors.get(a, {}), self.vectors.get(b, {})
        limit = max(RARE_NAME_DOCS, len(self.vectors) // 20)
        return {t for t in va if t in vb and t.startswith("=") and self.df[t] <= limit}

    def story(self, doc: str) -> str:
        """An id of the story an article belongs to."""
        return self._story.get(doc, doc)

    def same_story(self, a: str, b: str) -> bool:
        """True when two articles report the same event (an article is always its own story)."""
        return a == b or self.story(a) == self.story(b)

    def groups(self) -> list[list[str]]:
        """Every story with more than one article, as sorted lists of article ids."""
        out: dict[str, list[str]] = defaultdict(list)
        for doc, story in self._story.items():
            out[story].append(doc)
        return sorted(sorted(v) for v in out.values() if len(v) > 1)


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _terms(text: str, headline_roots: set[str] | None = None, known_roots: frozenset = frozenset()) -> list[str]:
    """Content stems and proper-name roots of a text; a proper name counts twice (it says which event).
    A title is read as a headline: its capitalised words are names only when the article's
    sentences name them (`headline_roots`), so "Militants Kill 8" gives the words, not names."""
    headline = headline_roots is not None
    out = []
    for term in features(text, headline_roots or known_roots, headline=headline).terms:
        if not term.startswith("@"):
            out += [term] * (2 if term.startswith("=") else 1)
    return out


def find_stories(corpus, feats=None) -> Stories:
    """The stories of a corpus (a :class:`~kg.analysis.statements.Corpus`), from its claims and titles."""
    docs: dict[str, Counter] = defaultdict(Counter)
    titles: dict[str, str] = {}
    published: dict[str, str | None] = {}
    sentences: dict[str, set[str]] = defaultdict(set)
    for statement in corpus.statements:
        sentences[statement.doc].add(statement.sentence or statement.content)
        if statement.doc_title:
            titles[statement.doc] = statement.doc_title
        published.setdefault(statement.doc, statement.published)
    for info in getattr(corpus, "documents", {}).values():
        if info.title:
            titles.setdefault(info.doc_id, info.title)
        published.setdefault(info.doc_id, info.published)
        docs.setdefault(info.doc_id, Counter())
    for doc, title in titles.items():
        # a claim read out of the headline ("Militants Kill 8 Soldiers") is in the title's terms:
        # read as a sentence, each of its capitalised words would be taken for a name
        sentences[doc] = {t for t in sentences[doc] if " ".join(t.split()) != " ".join(title.split())}
    names: dict[str, set[str]] = defaultdict(set)
    for doc, texts in sentences.items():
        for text in texts:
            names[doc].update(t[1:] for t in _terms(text) if t.startswith("="))
    # a capitalised word opening a sentence is a name when the corpus names it elsewhere: "Gaza"
    # opening one article's sentence and "Gaza" inside another's are one term (and the title's
    # "Gaza" is a name, its article naming it)
    known = frozenset().union(*names.values()) if names else frozenset()
    for doc, texts in sentences.items():
        for text in texts:
            terms = _terms(text, known_roots=known)
            docs[doc].update(terms)
            names[doc].update(t[1:] for t in terms if t.startswith("="))
    for doc, title in titles.items():
        # a title says what the story is about: it counts double
        docs[doc].update(_terms(title, names[doc]) * 2)
    return Stories(dict(docs), published)
