"""Extraction as a pure function of an article: one article in, its named graph out as N-Triples.

:func:`extract_to_ntriples` is what every runner maps over the articles: this process
(:func:`kg.ingest.ingest` with ``jobs=1``), a pool of worker processes or a Dask cluster
(:mod:`kg.ingest_parallel`). It sits below both, so neither imports the other to reach it.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ArticleError, Errors, MissingDependency
from .model import Article

#: What extraction sends back for one article: (doc id, content hash, N-Triples, attributions).
Extracted = tuple[str, str, str, int]


def extract_to_ntriples(article: Article, *, doc=None, nlp=None, resolver: str = "rules") -> Extracted:
    """One article in, its named graph out: ``(doc_id, content_hash, ntriples, n_attributions)``.

    Pure (the same article gives the same triples) and picklable both ways, which is what lets
    a process pool or a Dask cluster run it. `doc` is the article already parsed by spaCy
    (:func:`extract_batch` parses several at once); without it the text is parsed here with
    the pipeline loaded once per process. `resolver` names the speaker resolver plugin
    (kg.plugins; a name, so it travels to a worker as it is). Raises whatever the rules raise.
    """
    from .extraction import extract_parsed
    from .plugins import load
    from .triples import article_ntriples

    if doc is None:
        doc = (nlp or default_pipeline())(article.text)
    result = extract_parsed(article, doc, resolver_factory=load("resolver", resolver))
    ntriples, _ = article_ntriples(result)
    return article.doc_id, article.content_hash, ntriples, len(result.attributions)


def extract_batch(articles: list[Article], *, nlp=None, resolver: str = "rules") -> list[Extracted | ArticleError]:
    """:func:`extract_to_ntriples` over a batch parsed together with ``nlp.pipe``.

    An article whose extraction raises becomes an :class:`ArticleError` value (E015) in its
    place, so one bad article never costs the rest of the batch. A missing spaCy or model
    (:class:`MissingDependency`) is raised: no article could be extracted.
    """
    nlp = nlp or default_pipeline()
    try:
        docs = list(nlp.pipe([article.text for article in articles]))
    except MissingDependency:
        raise
    except Exception:  # noqa: BLE001 - parse one at a time below, to find the article at fault
        docs = [None] * len(articles)
    out: list[Extracted | ArticleError] = []
    for article, doc in zip(articles, docs):
        try:
            out.append(extract_to_ntriples(article, doc=doc, nlp=nlp, resolver=resolver))
        except MissingDependency:
            raise
        except Exception as exc:  # noqa: BLE001 - reported per article, the batch goes on
            out.append(extraction_error(article, exc))
    return out


def extraction_error(article: Article, exc: BaseException) -> ArticleError:
    """The E015 failure for an article whose extraction raised `exc`."""
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return ArticleError(Errors.E015.format(path=_where(article), reason=reason), article.path)


def _where(article: Article) -> str:
    """How a failure line names an article: its file, and its id when the file holds several."""
    if not article.path:
        return article.doc_id
    return article.path if Path(article.path).stem == article.doc_id else f"{article.path} ({article.doc_id})"


def default_pipeline():
    """The spaCy pipeline, loaded once per process."""
    from .extraction.nlp import load_pipeline

    return load_pipeline()


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items, read lazily from `items`."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
