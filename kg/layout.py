"""Where each triple of an article goes: the store layout (the reasons and measurements are in docs/store.md).

Every article has its own named graph, replaced atomically when the article changes. Nodes that
many articles share -- agents and propositions -- are written once, to the shared graph
``SHARED_GRAPH``, instead of into every article graph that mentions them. The union of all graphs
(what a query without ``GRAPH`` sees) then holds each triple once, which is what keeps joins over
it fast: pyoxigraph 0.5 does not de-duplicate the union, so an agent's name stored in 500 article
graphs made every join through it 500 times larger.

A shared node's triples are a function of its IRI (an agent's name, class and kind; a
proposition's text), so it does not matter which article wrote them. What an article adds about
a shared node -- the alias it uses for an agent, an affiliation it reports -- stays in the
article's graph (``PER_ARTICLE_PREDICATES``). Each article graph records which shared nodes it
uses with ``<article> schema:mentions <node>``: that is the reference count. When an article is
replaced or removed, its shared nodes that no other graph mentions any more are deleted in the
same transaction (:func:`orphans_update`).
"""
from __future__ import annotations

from .vocab import ID, KG, SCHEMA

SHARED_GRAPH = str(ID["graph/shared"])
SHARED_NODE_PREFIXES = (f"<{ID}agent/", f"<{ID}proposition/")
PER_ARTICLE_PREDICATES = frozenset({f"<{SCHEMA.alternateName}>", f"<{KG.affiliatedWith}>"})
MENTIONS = f"<{SCHEMA.mentions}>"


def article_graph_iri(doc_id: str) -> str:
    """The named graph of one article."""
    from .triples import graph_iri

    return str(graph_iri(doc_id))


def split_article(doc_id: str, triples_nt: str) -> tuple[str, str]:
    """One article's N-Triples split into (article graph, shared graph) N-Triples.

    The article part gains one ``schema:mentions`` line per shared node the article writes.
    Shared lines come first in neither part; the caller decides the order of writing.
    """
    from .triples import article_iri

    doc = f"<{article_iri(doc_id)}>"
    article: list[str] = []
    shared: list[str] = []
    nodes: dict[str, None] = {}
    for line in triples_nt.splitlines():
        if not line.strip():
            continue
        if line.startswith(SHARED_NODE_PREFIXES):
            subject, predicate, _ = line.split(" ", 2)
            if predicate not in PER_ARTICLE_PREDICATES:
                shared.append(line)
                nodes[subject] = None
                continue
        article.append(line)
    article.extend(f"{doc} {MENTIONS} {node} ." for node in nodes)
    return "\n".join(article) + "\n", "\n".join(shared) + ("\n" if shared else "")


def orphans_update(graph: str) -> str:
    """SPARQL update deleting the shared nodes that only `graph` mentions (run before dropping it)."""
    return (f"DELETE {{ GRAPH <{SHARED_GRAPH}> {{ ?node ?p ?o }} }}\n"
            f"WHERE {{ GRAPH <{graph}> {{ ?article {MENTIONS} ?node }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?elsewhere {MENTIONS} ?node }} FILTER (?other != <{graph}>) }}\n"
            f"  GRAPH <{SHARED_GRAPH}> {{ ?node ?p ?o }} }}")


def to_nquads(triples_nt: str, graph: str) -> str:
    """N-Triples lines as N-Quads lines in `graph` (for one transactional load of several graphs)."""
    suffix = f" <{graph}> .\n"
    return "".join(line[:line.rindex(".")].rstrip() + suffix for line in triples_nt.splitlines() if line.strip())
