"""The prepared input every analysis shares: the corpus, each statement's text features, the term
index and the agent relations, computed once per run."""
from __future__ import annotations

from dataclasses import dataclass, field

from .agents import AgentRelations, agent_key, alias_map, known_roots
from .index import MAX_BLOCK, TermIndex, doc_groups
from .statements import Corpus, Statement, as_corpus
from .stories import Stories, find_stories
from .text import Features, features, tokenize
from .tokens import EVENT_STEMS


@dataclass
class Prepared:
    """A corpus with features, index and agent relations, ready for the rules."""

    corpus: Corpus
    feats: list[Features]
    index: TermIndex
    relations: AgentRelations
    stories: Stories | None = None
    embeddings: object | None = None  # kg.analysis.semantic.Embeddings when asked for (optional extra)
    _events: dict[str, frozenset] | None = None
    _names: dict[str, frozenset] | None = None
    memo: dict = field(default_factory=dict)  # per-statement verdicts the rules compute once ("firm")

    def article_events(self, doc: str) -> frozenset:
        """The kinds of armed event (raid, ambush, airstrike ...) an article names anywhere in its
        title and the sentences of its statements (computed once for all articles)."""
        if self._events is None:
            texts: dict[str, list[str]] = {}
            for statement in self.corpus.statements:
                texts.setdefault(statement.doc, []).extend(
                    t for t in (statement.doc_title, statement.sentence, statement.content) if t)
            for info in self.corpus.documents.values():
                if info.title:
                    texts.setdefault(info.doc_id, []).append(info.title)
            self._events = {d: frozenset(t.stem for text in set(parts) for t in tokenize(text) if t.stem in EVENT_STEMS)
                            for d, parts in texts.items()}
        return self._events.get(doc, frozenset())

    def article_names(self, doc: str) -> frozenset:
        """The proper-name roots an article's sentences hold (computed once for all articles)."""
        if self._names is None:
            sentences: dict[str, set[str]] = {}
            for statement in self.corpus.statements:
                sentences.setdefault(statement.doc, set()).add(statement.sentence or statement.content)
            self._names = {d: frozenset(t.stem for text in texts for t in tokenize(text) if t.entity)
                           for d, texts in sentences.items()}
        return self._names.get(doc, frozenset())

    def semantic(self, i: int, j: int) -> float | None:
        """The sentence-embedding cosine of statements i and j, or None without embeddings."""
        return None if self.embeddings is None else self.embeddings.cosine(i, j)

    def same_story(self, i: int, j: int) -> bool:
        """True when statements i and j come from articles that report the same event."""
        a, b = self.corpus.statements[i].doc, self.corpus.statements[j].doc
        return a == b or self.story_groups().same_story(a, b)

    def story_groups(self) -> Stories:
        """The stories of the corpus (computed on first use)."""
        if self.stories is None:
            self.stories = find_stories(self.corpus)
        return self.stories

    @property
    def statements(self) -> list[Statement]:
        """The statements, in the order of `feats` and the index."""
        return self.corpus.statements

    def key(self, i: int) -> str:
        """The agent key of statement i."""
        return agent_key(self.corpus.statements[i])

    def candidates(self):
        """Candidate pairs: a shared rare term, or the same article."""
        return self.index.candidates(doc_groups([s.doc for s in self.corpus.statements]))


def _headline(statement: Statement) -> bool:
    """True for a statement read out of its article's title, the title written in capitals."""
    title = statement.doc_title or ""
    if not title or statement.content not in title:
        return False
    # short words ("in", "of", "to") stay in lower case in a title written in capitals
    long = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def prepare(store_or_statements, *, max_block: int = MAX_BLOCK, semantic: bool = False) -> Prepared:
    """Load (if given a store) and prepare statements for analysis (with sentence embeddings when
    `semantic`, which needs the optional `semantic` extra)."""
    if isinstance(store_or_statements, Prepared):
        if semantic and store_or_statements.embeddings is None:
            from .semantic import Embeddings

            store_or_statements.embeddings = Embeddings([s.content for s in store_or_statements.statements])
        return store_or_statements
    corpus = as_corpus(store_or_statements)
    roots, aliases = known_roots(corpus), alias_map(corpus)
    cache: dict[str, Features] = {}
    feats = []
    for statement in corpus.statements:
        key = (statement.content, _headline(statement))
        if key not in cache:
            cache[key] = features(statement.content, roots, aliases)
            if key[1]:
                # "More Than Forty Killed in Protests": in a title every word is capitalised, so
                # the figure and its count read as names; its figures are read as a title's, the
                # rest stays as it is (read wholly as a title, the headline pairs with far too much)
                cache[key].counts = features(statement.content, roots, aliases, headline=True).counts
        feats.append(cache[key])
    prepared = Prepared(corpus, feats, TermIndex(feats, max_block=max_block), AgentRelations(corpus))
    return prepare(prepared, semantic=True) if semantic else prepared
