"""A throw-away in-memory store holding extraction results, for analysing articles without
storing them (`kg contradictions articles/`): one code path, the same SPARQL as over a real store."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


@contextmanager
def memory_store(results) -> Iterator:
    """An ``open_store(":memory:")`` with one named graph per extraction result, closed on exit."""
    from ..store import open_store
    from ..triples import article_graph, graph_iri, to_ntriples

    store = open_store(":memory:")
    try:
        for result in results:
            store.replace_graph(str(graph_iri(result.article.doc_id)), to_ntriples(article_graph(result)))
        yield store
    finally:
        store.close()
