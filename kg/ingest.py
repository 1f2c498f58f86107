"""Ingest: read articles, extract attributions, and write one named graph per article.

Each article's graph replaces the old one in a single transaction, so a crash or a bad file
never leaves half an article in the store, and an unchanged article (same content hash, written
by this extractor: see :mod:`kg.extraction.version`) is skipped. An article an older extractor
wrote is re-extracted (``report.reextracted``); a different file whose document id is already
in the store is refused (E016) unless ``replace`` says to replace it.

Extraction is a pure function of an article, :func:`kg.ingest_extract.extract_to_ntriples`, so it can run
anywhere: in this process (``jobs=1``), in a pool of worker processes (``jobs=N``, see
:mod:`kg.ingest_parallel`) or on a Dask cluster (``scheduler=``). Whatever runs it, this
process reads the articles, checks their content hashes against the store before sending
them out, and is the store's only writer; results are written in the order they come back.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .errors import ArticleError, Errors, GraphRefused
from .ingest_extract import Extracted, batched, default_pipeline, extract_batch, extract_to_ntriples, extraction_error
from .model import Article, ExtractionResult
from .progress import Progress

# the per-article job lives in kg.ingest_extract; its names are kept here for callers of kg.ingest
__all__ = ["Extracted", "IngestReport", "batched", "extract_batch", "extract_paths", "extract_results",
           "extract_to_ntriples", "extraction_error", "ingest", "split_errors"]

@dataclass
class IngestReport:
    """What an ingest did: articles stored, skipped as unchanged, and failed (with the reason)."""

    stored: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)  # the stored ones whose text had not changed
    unchanged: list[str] = field(default_factory=list)
    failed: list[ArticleError] = field(default_factory=list)
    attributions: int = 0
    triples: int = 0
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed

    def progress(self) -> Progress:
        """The counts so far, as the progress callback receives them."""
        return Progress(len(self.stored), len(self.unchanged), len(self.failed), self.elapsed)


# -- extraction only, nothing stored ----------------------------------------------------------

def extract_results(articles: Iterable[Article], *, nlp=None, batch_size: int = 16,
                    resolver: str = "rules") -> Iterator[ExtractionResult]:
    """Parse articles in batches with spaCy's ``nlp.pipe`` and run the attribution rules on each
    (`resolver`: the speaker resolver plugin's name)."""
    from .extraction import extract_parsed
    from .plugins import load

    nlp = nlp or default_pipeline()
    factory = load("resolver", resolver)
    for batch in batched(articles, batch_size):
        for article, doc in zip(batch, nlp.pipe([a.text for a in batch])):
            yield extract_parsed(article, doc, resolver_factory=factory)


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
                  nlp=None, resolver: str = "rules") -> tuple[list[ExtractionResult], list[ArticleError]]:
    """Extraction only, nothing stored: results for every readable article and the failures."""
    from .readers import iter_articles

    failed: list[ArticleError] = []
    articles = split_errors(iter_articles(paths, encoding=encoding, publisher=publisher, published=published),
                            failed, strict=strict)
    results = list(extract_results(articles, nlp=nlp, resolver=resolver))
    return results, failed


# -- ingest -------------------------------------------------------------------------------------

def ingest(paths, store, *, encoding=None, publisher=None, published=None, strict=False, nlp=None,
           jobs: int = 1, scheduler=None, batch_size: int = 8, force: bool = False, replace: bool = False,
           resolver: str = "rules",
           on_article: Callable[[str, str], None] | None = None,
           on_progress: Callable[[Progress], None] | None = None) -> IngestReport:
    """Read, extract and store every article under `paths`; unchanged articles are skipped.

    `jobs` > 1 parses in that many worker processes; `scheduler` (a ``tcp://host:port``
    address or a ``distributed.Client``) maps extraction over a Dask cluster instead. Either
    way articles stream through in batches of `batch_size` with a bounded number in flight,
    so memory does not grow with the corpus. An article that cannot be read or extracted is a
    line in ``report.failed`` (raised at once with `strict`); the rest still go in.
    `force` re-extracts unchanged articles too; `replace` lets a file replace a stored article
    of the same document id that was read from another file (otherwise E016).
    `on_article(doc_id, "stored" | "unchanged" | "failed")` and `on_progress(Progress)` are
    called after each article. `resolver` names the speaker resolver plugin (kg.plugins).
    """
    from .extraction.version import extractor_version
    from .plugins import load
    from .readers import iter_articles
    from .triples import source_file

    load("resolver", resolver)  # an unknown resolver fails once, here, not once per article

    report = IngestReport()
    start = time.monotonic()
    known = store.documents()
    version = extractor_version()
    again: set[str] = set()  # unchanged text, extracted again (older extractor, or force)

    def finished(doc_id: str, status: str) -> None:
        report.elapsed = time.monotonic() - start
        if on_article:
            on_article(doc_id, status)
        if on_progress:
            on_progress(report.progress())

    def fail(error: ArticleError, doc_id: str | None = None) -> None:
        if strict:
            raise error
        report.failed.append(error)
        finished(doc_id or error.path or "", "failed")

    def to_extract() -> Iterator[Article]:
        """The articles to send out: read failures and unchanged articles are settled here."""
        for item in iter_articles(paths, encoding=encoding, publisher=publisher, published=published):
            if isinstance(item, ArticleError):
                fail(item)
                continue
            old = known.get(item.doc_id)
            source = source_file(item.path) if item.path else None
            if old is not None and old.content_hash == item.content_hash:
                stale = old.extractor != version or force
                moved = bool(old.source and source and old.source != source)  # written again to record it
                if not stale and not moved:
                    report.unchanged.append(item.doc_id)
                    finished(item.doc_id, "unchanged")
                    continue
                if stale:
                    again.add(item.doc_id)
            elif old is not None and old.source and source and old.source != source and not replace:
                fail(ArticleError(Errors.E016.format(path=item.path, doc_id=item.doc_id, other=old.source),
                                  item.path), item.doc_id)
                continue
            yield item

    if on_progress:
        on_progress(report.progress())  # drawn at once, while the workers load spaCy
    if scheduler is not None:
        from .ingest_parallel import dask_extract

        results = dask_extract(to_extract(), scheduler, batch_size=batch_size, resolver=resolver)
    elif jobs > 1:
        from .ingest_parallel import pool_extract

        results = pool_extract(to_extract(), jobs, batch_size=batch_size, resolver=resolver)
    else:
        results = (item for batch in batched(to_extract(), batch_size) for item in extract_batch(batch, nlp=nlp, resolver=resolver))

    try:
        for item in results:
            if isinstance(item, ArticleError):
                fail(item)
                continue
            doc_id, _, ntriples, attributions = item
            try:
                store.replace_article(doc_id, ntriples)
            except GraphRefused as exc:
                fail(ArticleError(str(exc), doc_id), doc_id)
                continue
            report.stored.append(doc_id)
            if doc_id in again:
                report.reextracted.append(doc_id)
            report.attributions += attributions
            report.triples += ntriples.count("\n")
            finished(doc_id, "stored")
    finally:
        close = getattr(results, "close", None)
        if close:
            close()  # stops the workers when a strict failure or an interrupt ends the run early
    if hasattr(store, "flush"):
        store.flush()
    report.elapsed = time.monotonic() - start
    return report
