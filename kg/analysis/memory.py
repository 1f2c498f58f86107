"""A throw-away in-memory store holding extraction results, for analysing articles without
storing them (`kg contradictions articles/`): one code path, the same SPARQL as over a real store."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


@contextmanager
def memory_store(results) -> Iterator:
    """An ``open_store(":memory:")`` holding the extraction results in the layout ingest writes, closed on exit."""
    from ..store import open_store
    from ..triples import article_ntriples

    store = open_store(":memory:")
    try:
        for result in results:
            store.replace_article(result.article.doc_id, article_ntriples(result)[0])
        yield store
    finally:
        store.close()
