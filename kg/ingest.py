"""Ingest: read articles, extract attributions, and write one named graph per article.

Each article's graph replaces the old one in a single transaction, so a crash or a bad file
never leaves half an article in the store, and an unchanged article (same content hash) is
skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .errors import ArticleError
from .model import Article, ExtractionResult


@dataclass
class IngestReport:
    """What an ingest did: articles stored, skipped as unchanged, and failed (with the reason)."""

    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[ArticleError] = field(default_factory=list)
    attributions: int = 0
    triples: int = 0

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed


def extract_results(articles: Iterable[Article], *, nlp=None, batch_size: int = 16) -> Iterator[ExtractionResult]:
    """Parse articles in batches with spaCy's ``nlp.pipe`` and run the attribution rules on each."""
    from .extraction import extract_parsed
    from .extraction.nlp import load_pipeline

    nlp = nlp or load_pipeline()
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch, nlp, extract_parsed)
            batch = []
    if batch:
        yield from _extract_batch(batch, nlp, extract_parsed)


def _extract_batch(batch, nlp, extract_parsed):
    for article, doc in zip(batch, nlp.pipe([a.text for a in batch])):
        yield extract_parsed(article, doc)


def split_errors(items: Iterable, failed: list, *, strict: bool = False) -> Iterator[Article]:
    """Pass Articles on and collect ArticleErrors into `failed` (raising the first when strict)."""
    for item in items:
        if isinstance(item, ArticleError):
            if strict:
                raise item
            failed.append(item)
        else:
            yield item


def extract_paths(paths, *, encoding=None, publisher=None, published=None, strict=False,
                  nlp=None) -> tuple[list[ExtractionResult], list[ArticleError]]:
    """Extraction only, nothing stored: results for every readable article and the failures."""
    from .readers import iter_articles

    failed: list[ArticleError] = []
    articles = split_errors(iter_articles(paths, encoding=encoding, publisher=publisher, published=published),
                            failed, strict=strict)
    results = list(extract_results(articles, nlp=nlp))
    return results, failed


def ingest(paths, store, *, encoding=None, publisher=None, published=None, strict=False, nlp=None,
           on_article: Callable[[str, str], None] | None = None) -> IngestReport:
    """Read, extract and store every article under `paths`; unchanged articles are skipped."""
    from .readers import iter_articles
    from .triples import article_graph, graph_iri, to_ntriples

    report = IngestReport()
    known = store.document_hashes()
    articles = split_errors(iter_articles(paths, encoding=encoding, publisher=publisher, published=published),
                            report.failed, strict=strict)

    def changed(stream):
        for article in stream:
            if known.get(article.doc_id) == article.content_hash:
                report.unchanged.append(article.doc_id)
                if on_article:
                    on_article(article.doc_id, "unchanged")
                continue
            yield article

    for result in extract_results(changed(articles), nlp=nlp):
        graph = article_graph(result)
        store.replace_graph(str(graph_iri(result.article.doc_id)), to_ntriples(graph))
        known[result.article.doc_id] = result.article.content_hash
        report.stored.append(result.article.doc_id)
        report.attributions += len(result.attributions)
        report.triples += len(graph)
        if on_article:
            on_article(result.article.doc_id, "stored")
    if hasattr(store, "flush"):
        store.flush()
    return report
