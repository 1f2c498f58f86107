"""A small Python API for notebooks and scripts: open a store, run SPARQL, get plain rows.

    import kg
    with kg.open("kg-data") as db:                       # or "http://localhost:8890/sparql"
        rows = db.query("SELECT ?s ?n WHERE { ?s <http://schema.org/name> ?n } LIMIT 5")
        # [{'s': 'https://w3id.org/kg-claims/id/agent/...', 'n': 'Ilse Marrow'}, ...]
        db.competency("denials")                          # a query from ontology/queries by name
        db.claims(source="Marrow")                        # the `kg claims` table as dicts

Rows are plain dicts of Python values (str, int, Decimal, date, bool, None); no pandas is
needed, but ``pandas.DataFrame(rows)`` works as is. An embedded store is opened read-only by
default so a notebook never holds the write lock that `kg ingest` needs; read-only Oxigraph
sees the store as it was when opened, so call ``db.reload()`` after an ingest.
"""
from __future__ import annotations

import os

from .errors import Errors, QueryError


class KnowledgeGraph:
    """An open kg store with SPARQL helpers; use as a context manager or call close()."""

    def __init__(self, location: str | os.PathLike | None = None, *, read_only: bool = True):
        from .store import open_store, resolve_location

        self.location = resolve_location(location)
        self.read_only = read_only
        self.store = open_store(self.location, read_only=read_only)

    def result(self, sparql: str):
        """The raw :class:`kg.store.QueryResult` (rdflib terms) of a query."""
        from .queries import run_query

        return run_query(self.store, sparql)

    def query(self, sparql: str):
        """SELECT: a list of {variable: value} dicts; ASK: a bool; CONSTRUCT/DESCRIBE: an rdflib Graph."""
        result = self.result(sparql)
        if result.kind == "ASK":
            return bool(result.boolean)
        if result.kind == "CONSTRUCT":
            return result.graph
        return result.dicts()

    def rows(self, sparql: str) -> tuple[list[str], list[tuple]]:
        """A SELECT's variables and rows as tuples of Python values (handy for csv.writer)."""
        result = self.result(sparql)
        if result.kind != "SELECT":
            raise QueryError(Errors.E033.format(reason=f"rows() needs a SELECT query, not {result.kind}"))
        return result.variables, [tuple(d[v] for v in result.variables) for d in result.dicts()]

    def competency(self, name: str):
        """Run one of the competency queries in ontology/queries by name (e.g. 'denials')."""
        from .queries import named_query, read_query

        if name.endswith(".rq") or os.sep in name:
            return self.query(read_query(path=name))
        return self.query(named_query(name))

    def competency_queries(self) -> dict[str, str]:
        """Every competency query shipped with kg, by name."""
        from .queries import competency_queries

        return competency_queries()

    def claims(self, *, source: str | None = None, stance: str | None = None, doc: str | None = None) -> list[dict]:
        """Who said what: the rows of `kg claims`, filtered like its options."""
        from .queries import list_claims

        return list_claims(self.store, source=source, stance=stance, doc=doc)

    def reload(self) -> "KnowledgeGraph":
        """Reopen the store, to see what an ingest wrote since it was opened."""
        from .store import open_store

        self.store.close()
        self.store = open_store(self.location, read_only=self.read_only)
        return self

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<kg.KnowledgeGraph {self.location} ({mode})>"


def open(location: str | os.PathLike | None = None, *, read_only: bool = True) -> KnowledgeGraph:  # noqa: A001
    """Open a store: a folder (embedded Oxigraph), a SPARQL endpoint URL, or None for $KG_STORE/./kg-data."""
    return KnowledgeGraph(location, read_only=read_only)


open_store = open


def query(location: str | os.PathLike | None, sparql: str):
    """One-shot: open the store, run one query, close it."""
    with open(location) as db:
        return db.query(sparql)


__all__ = ["KnowledgeGraph", "open", "open_store", "query"]
