"""A small Python API for notebooks and scripts: open a store, run SPARQL, get plain rows.

    import kg
    with kg.open("kg-data") as db:                       # or "http://localhost:8890/sparql"
        rows = db.query("SELECT ?s ?n WHERE { ?s <http://schema.org/name> ?n } LIMIT 5")
        # [{'s': 'https://w3id.org/kg-claims/id/agent/...', 'n': 'Ilse Marrow'}, ...]
        db.competency("denials")                          # a query from ontology/queries by name
        db.competency("timeline", source="Ilse Marrow")   # ... with its parameter bound (# param:)
        db.claims(source="Marrow")                        # the `kg claims` table as dicts

Rows are plain dicts of Python values (str, int, Decimal, date, bool, None); no pandas is
needed, but where it is installed every list of results has ``.frame()``, a DataFrame:

        db.claims().frame()                               # one row per statement, every field
        db.contradictions().frame()                       # Contradiction objects, flattened (_a / _b)
        db.network()                                      # the networkx MultiDiGraph kg explore draws

An embedded store is opened read-only by
default so a notebook never holds the write lock that `kg ingest` needs; read-only Oxigraph
sees the store as it was when opened, so call ``db.reload()`` after an ingest.
"""
from __future__ import annotations

import os

from .errors import Errors, MissingDependency, QueryError


class Results(list):
    """A list of results (row dicts or analysis objects) that can become a pandas DataFrame."""

    def __init__(self, items=(), flatten=None):
        super().__init__(items)
        self._flatten = flatten

    def records(self) -> list[dict]:
        """The results as flat dicts (analysis objects flattened as `kg ... --format csv` does)."""
        return self._flatten(list(self)) if self._flatten else [dict(item) for item in self]

    def frame(self):
        """A pandas DataFrame of the results, one row each (needs pandas, which kg does not require)."""
        try:
            import pandas
        except ImportError:
            raise MissingDependency(Errors.E022.format(package="pandas", purpose=".frame()",
                                                       install="pandas")) from None
        return pandas.DataFrame.from_records(self.records())


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
        return Results(result.dicts())

    def rows(self, sparql: str) -> tuple[list[str], list[tuple]]:
        """A SELECT's variables and rows as tuples of Python values (handy for csv.writer)."""
        result = self.result(sparql)
        if result.kind != "SELECT":
            raise QueryError(Errors.E033.format(reason=f"rows() needs a SELECT query, not {result.kind}"))
        return result.variables, [tuple(d[v] for v in result.variables) for d in result.dicts()]

    def competency(self, name: str, **bind):
        """Run one of the competency queries in ontology/queries by name (e.g. 'denials').

        Keyword arguments bind the query's parameters (its `# param:` lines), a value or a list
        of values each: ``db.competency("evidence", statement=iri)``; none: the whole store.
        """
        from .queries import bound_query, named_query, read_query

        if name.endswith(".rq") or os.sep in name:
            return self.query(bound_query(read_query(path=name), bind))
        return self.query(bound_query(named_query(name), bind))

    def competency_queries(self) -> dict[str, str]:
        """Every competency query shipped with kg, by name."""
        from .queries import competency_queries

        return competency_queries()

    def claims(self, *, source: str | None = None, stance: str | None = None, doc: str | None = None) -> list[dict]:
        """Who said what: the rows of `kg claims`, filtered like its options."""
        from .queries import list_claims

        return Results(list_claims(self.store, source=source, stance=stance, doc=doc))

    def network(self):
        """The networkx MultiDiGraph of the store: agents, claims, articles and their typed edges."""
        from .analysis import build_network

        return build_network(self.store)

    def contradictions(self, *, threshold: float = 0.5, between: tuple[str, str] | None = None) -> Results:
        """Contradiction objects (kind, score, sides a and b), strongest first; nothing is written."""
        from .analysis.contradictions import find_contradictions
        from .analysis.report import contradiction_records

        return Results(find_contradictions(self.store, threshold=threshold, between=between), contradiction_records)

    def corroborations(self, min_sources: int = 2) -> Results:
        """Corroboration objects: claims held by at least `min_sources` independent sources."""
        from .analysis.report import corroboration_records, find_corroborations

        return Results(find_corroborations(self.store, min_sources), corroboration_records)

    def echoes(self) -> Results:
        """Echo objects: claims one source states in several articles of a story (not corroborations)."""
        from .analysis.report import echo_records, find_echoes

        return Results(find_echoes(self.store), echo_records)

    def chains(self, agent: str | None = None, *, claim: str | None = None) -> Results:
        """Chain objects (stances toward others' claims, affiliations, cited evidence, reporters)."""
        from .analysis.report import chain_rows, find_chains

        return Results(find_chains(self.store, agent=agent, claim=claim), chain_rows)

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


__all__ = ["KnowledgeGraph", "Results", "open", "open_store", "query"]
