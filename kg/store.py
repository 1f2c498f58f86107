"""The persistent store behind every command: one named graph per article plus one graph of the
nodes articles share (kg/layout.py, docs/store.md), queried as their union.

Stores are plugins registered by name (kg/plugins.py: kg's own and the ``kg.stores`` entry
points); `open_store(location)` picks one: a folder path opens the embedded Oxigraph store
through rdflib's API (oxrdflib), an ``http(s)://`` URL a SPARQL 1.1 endpoint, ``:memory:`` a
throw-away in-memory store for tests, and ``NAME:rest`` the store registered as NAME, opened on
``rest``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from .errors import Errors, GraphRefused, QueryError, StoreBusy, StoreError
from .namespaces import XSD_NS, sparql_prefixes

DEFAULT_STORE = "./kg-data"
STORE_ENV = "KG_STORE"
_FLUSH_BYTES = 4 * 2**20  # N-Triples written between flushes of the embedded store (see replace_graph)
_DELETE_BATCH = 20_000  # triples deleted per transaction when a graph is rewritten batch by batch (write_graph)


@dataclass
class QueryResult:
    """A SPARQL result: variables and rows for SELECT, a boolean for ASK, a graph for CONSTRUCT."""

    kind: str
    variables: list[str]
    rows: list[tuple]
    boolean: bool | None = None
    graph: object | None = None

    def dicts(self) -> list[dict]:
        """The rows as a list of {variable: python value or None} dicts."""
        return [{v: plain_value(value) for v, value in zip(self.variables, row)} for row in self.rows]


def plain_value(term):
    """An rdflib term's plain Python value (None stays None): rdflib's `toPython`, and the text of
    an IRI or a blank node."""
    if term is None:
        return None
    to_python = getattr(term, "toPython", None)
    value = to_python() if to_python else term
    return str(value) if hasattr(value, "n3") else value


class StoredDocument(NamedTuple):
    """What the store knows of one article: its content hash, the extractor that wrote it, its file."""

    content_hash: str
    extractor: str | None = None
    source: str | None = None


class Store:
    """What every store offers: per-document graphs written atomically, SPARQL, export."""

    location: str

    def document_hashes(self) -> dict[str, str]:
        """Map of doc id to the content hash stored with it."""
        return {doc_id: stored.content_hash for doc_id, stored in self.documents().items()}

    def documents(self) -> dict[str, StoredDocument]:
        """Each stored article's id with its content hash, extractor version and source file.

        Only articles whose graph holds a content hash count (a graph cut short by a crash has
        none, so it is written again); the version and file are None in graphs from before kg
        recorded them.
        """
        result = self.query(
            sparql_prefixes("kg", "schema")
            + "SELECT ?id ?hash ?version ?source WHERE { ?a a schema:NewsArticle ; schema:identifier ?id ; "
            "kg:contentHash ?hash . OPTIONAL { ?a kg:extractorVersion ?version } "
            "OPTIONAL { ?a kg:sourceFile ?source } }"
        )
        return {str(row["id"]): StoredDocument(str(row["hash"]), row["version"], row["source"])
                for row in result.dicts()}

    def replace_graph(self, graph_iri: str, triples_nt: str) -> None:
        """Replace one named graph with the given N-Triples, atomically."""
        raise NotImplementedError

    def write_graph(self, graph_iri: str, batches: Iterable[str]) -> None:
        """Replace one named graph with N-Triples given batch by batch (the analysis graph).

        A store that can writes each batch as it comes, so memory holds one batch, not the
        graph; a reader may then see the graph part-written until the last batch is in. This
        fallback joins the batches and replaces the graph atomically (:meth:`replace_graph`).
        """
        self.replace_graph(graph_iri, "".join(batches))

    def drop_graph(self, graph_iri: str) -> None:
        """Remove one named graph."""
        raise NotImplementedError

    def replace_article(self, doc_id: str, triples_nt: str) -> None:
        """Replace one article's statements atomically, its shared nodes written once (kg/layout.py)."""
        raise NotImplementedError

    def remove_article(self, doc_id: str) -> None:
        """Remove one article's graph and the shared nodes no other article mentions, atomically."""
        from .layout import article_graph_iri, orphans_update

        graph = article_graph_iri(doc_id)
        self.update(f"{orphans_update(graph)} ;\nDROP SILENT GRAPH <{graph}>")

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        raise NotImplementedError

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of all graphs."""
        raise NotImplementedError

    def select(self, sparql: str) -> Iterator[dict]:
        """A SELECT's rows as {variable: plain value or None} dicts, streamed where the store can.

        Values are plain Python: IRIs and most literals as their text, xsd:integer as int,
        xsd:boolean as bool, xsd:decimal/double as float (what the analysis reads).
        """
        return iter(self.query(sparql).dicts())

    def dataset(self):
        """The store as an rdflib Dataset (for export and validation)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (and its lock)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class OxigraphStore(Store):
    """The embedded default: an Oxigraph (RocksDB) folder, reached through rdflib and oxrdflib."""

    def __init__(self, path: str | os.PathLike | None, *, read_only: bool = False):
        import pyoxigraph

        self.location = str(path) if path is not None else ":memory:"
        self.read_only = read_only
        try:
            if path is None:
                inner = pyoxigraph.Store()
            elif read_only:
                inner = pyoxigraph.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                inner = pyoxigraph.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreBusy(Errors.E031.format(path=self.location)) from None
            raise StoreError(Errors.E030.format(path=self.location, reason=exc)) from None
        self._inner = inner
        self._dataset = None  # an rdflib Dataset, built only when export or validation asks for it
        self._unflushed = 0  # bytes of N-Triples written since the last flush

    def replace_graph(self, graph_iri: str, triples_nt: str) -> None:
        """Replace one named graph in a single transaction: readers see the old or the new graph.

        A graph not yet in the store (every article of a first ingest) goes in as one
        transactional ``Store.load`` of its N-Triples. A graph that is already there (a changed
        article) is replaced by one SPARQL update, ``DROP SILENT GRAPH ; INSERT DATA``, also one
        transaction, since a drop followed by a separate load would let a reader see the article
        missing in between. The store holds a write lock, so this process is the only writer
        and the check cannot race.

        Every few megabytes written the store is flushed to disk. That is what makes a long
        ingest fast and flat in memory: unflushed, Oxigraph kept the writes in memory (about
        700 MB more per million triples) and slowed down as they grew; flushed, the two write
        forms above run at the same speed, about 10x the old single-update load. Measured in
        docs/benchmarks.md (scripts/bench_ingest.py).
        """
        import pyoxigraph

        try:
            name = pyoxigraph.NamedNode(graph_iri)
            if self._inner.contains_named_graph(name):
                self._inner.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                                   f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{triples_nt}\n}} }}")
            else:
                self._inner.load(triples_nt, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=name)
            self._written(len(triples_nt))
        except OSError as exc:
            raise StoreError(Errors.E030.format(path=self.location, reason=exc)) from None
        except (SyntaxError, ValueError) as exc:  # a term Oxigraph refuses, such as an IRI with a space
            raise GraphRefused(Errors.E036.format(path=graph_iri, reason=str(exc).strip())) from None

    def write_graph(self, graph_iri: str, batches: Iterable[str]) -> None:
        """Replace one named graph with N-Triples given batch by batch (see :meth:`Store.write_graph`):
        the old graph is emptied ``_DELETE_BATCH`` triples per transaction, then each batch is one
        transactional ``Store.load``, the store flushed after each.

        A transaction holds its changes in memory until it commits: with the 207k-triple analysis
        graph of the 10M benchmark store dropped in one ``DROP GRAPH``, ``kg contradictions``
        peaked at 2.10 GB, deleted in pieces at 1.90 GB (docs/benchmarks.md, section g).
        """
        import pyoxigraph

        name = pyoxigraph.NamedNode(graph_iri)
        delete = (f"DELETE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }} WHERE {{ {{ SELECT ?s ?p ?o WHERE "
                  f"{{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }} LIMIT {_DELETE_BATCH} }} }}")
        try:
            while bool(self._inner.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")):
                self._inner.update(delete)
                self._inner.flush()
            self._inner.update(f"DROP SILENT GRAPH <{graph_iri}>")  # empty now: no graph left if no batch comes
            for batch in batches:
                self._inner.load(batch, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=name)
                self._inner.flush()
        except OSError as exc:
            raise StoreError(Errors.E030.format(path=self.location, reason=exc)) from None
        except (SyntaxError, ValueError) as exc:  # a term Oxigraph refuses, such as an IRI with a space
            raise GraphRefused(Errors.E036.format(path=graph_iri, reason=str(exc).strip())) from None

    def replace_article(self, doc_id: str, triples_nt: str) -> None:
        """Replace one article in a single transaction, in the layout of kg/layout.py.

        A new article goes in as one transactional ``Store.load`` of N-Quads holding both its
        graph and its shared nodes. A changed article is one SPARQL update: delete the shared
        nodes only its old version mentioned, drop its graph, insert the new graph and shared
        nodes (inserting a shared triple that is already there changes nothing).
        """
        import pyoxigraph

        from .layout import SHARED_GRAPH, article_graph_iri, orphans_update, split_article, to_nquads

        graph = article_graph_iri(doc_id)
        article_nt, shared_nt = split_article(doc_id, triples_nt)
        try:
            if self._inner.contains_named_graph(pyoxigraph.NamedNode(graph)):
                self._inner.update(f"{orphans_update(graph)} ;\nDROP SILENT GRAPH <{graph}> ;\n"
                                   f"INSERT DATA {{ GRAPH <{graph}> {{\n{article_nt}}}\n"
                                   f"GRAPH <{SHARED_GRAPH}> {{\n{shared_nt}}} }}")
            else:
                self._inner.load(to_nquads(shared_nt, SHARED_GRAPH) + to_nquads(article_nt, graph),
                                 format=pyoxigraph.RdfFormat.N_QUADS)
            self._written(len(triples_nt))
        except OSError as exc:
            raise StoreError(Errors.E030.format(path=self.location, reason=exc)) from None
        except (SyntaxError, ValueError) as exc:  # a term Oxigraph refuses, such as an IRI with a space
            raise GraphRefused(Errors.E036.format(path=graph, reason=str(exc).strip())) from None

    def _written(self, size: int) -> None:
        self._unflushed += size
        if self._unflushed >= _FLUSH_BYTES:
            self._unflushed = 0
            self._inner.flush()

    def drop_graph(self, graph_iri: str) -> None:
        """Remove one named graph."""
        self._inner.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of all graphs, natively in Oxigraph."""
        import pyoxigraph

        return _from_oxigraph(self._run(sparql), pyoxigraph)

    def _run(self, sparql: str):
        """Oxigraph's answer over the union of all graphs, its errors as catalogue errors."""
        try:
            return self._inner.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(Errors.E032.format(reason=str(exc).strip())) from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(Errors.E033.format(reason=str(exc).strip())) from None

    def select(self, sparql: str) -> Iterator[dict]:
        """A SELECT's rows streamed straight from Oxigraph as plain values (no rdflib terms)."""
        solutions = self._run(sparql)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            yield {name: _plain_ox(value) for name, value in zip(names, solution)}

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (used by the analysis stage to write its results)."""
        try:
            self._inner.update(sparql)
        except SyntaxError as exc:
            raise QueryError(Errors.E032.format(reason=str(exc).strip())) from None

    def dataset(self):
        """The store as an rdflib Dataset whose default graph is the union of all graphs (built on first use)."""
        if self._dataset is None:
            import rdflib
            from oxrdflib.store import OxigraphStore as RdflibOxigraph

            self._dataset = rdflib.Dataset(store=RdflibOxigraph(store=self._inner), default_union=True)
        return self._dataset

    def graph_names(self) -> list[str]:
        """IRIs of every named graph in the store."""
        return sorted(g.value for g in self._inner.named_graphs())

    def dump(self, fmt: str) -> bytes:
        """Serialize the whole store natively ("trig", "nquads", "turtle", "ntriples")."""
        import pyoxigraph

        formats = {"trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS,
                   "turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES}
        from .vocab import PREFIXES

        # `id:` is left out: its local names hold slashes, which Turtle would have to escape
        prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix != "id"}
        if fmt in ("turtle", "ntriples"):
            return _dump_union(self._inner, formats[fmt], pyoxigraph, prefixes)
        return self._inner.dump(format=formats[fmt], prefixes=prefixes if fmt == "trig" else None)

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if not self.read_only:
            self._inner.flush()

    def close(self) -> None:
        """Flush and release the RocksDB lock."""
        inner = getattr(self, "_inner", None)
        if inner is not None and not self.read_only:
            try:
                inner.flush()
            except (OSError, RuntimeError):
                pass
        self._inner = None
        self._dataset = None


_XSD = XSD_NS
_NUMBERS = {f"{_XSD}integer": int, f"{_XSD}int": int, f"{_XSD}long": int, f"{_XSD}decimal": float,
            f"{_XSD}double": float, f"{_XSD}float": float}


def _plain_ox(term):
    """A pyoxigraph term as a plain Python value (see :meth:`Store.select`)."""
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None:
        kind = datatype.value
        if kind in _NUMBERS:
            try:
                return _NUMBERS[kind](term.value)
            except ValueError:
                return term.value
        if kind == f"{_XSD}boolean":
            return term.value in ("true", "1")
    return term.value


def _dump_union(inner, rdf_format, pyoxigraph, prefixes=None) -> bytes:
    triples = inner.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    if rdf_format == pyoxigraph.RdfFormat.TURTLE:
        return pyoxigraph.serialize(triples, format=rdf_format, prefixes=prefixes)
    return pyoxigraph.serialize(triples, format=rdf_format)


def _from_oxigraph(result, pyoxigraph) -> QueryResult:
    if isinstance(result, pyoxigraph.QueryBoolean):  # no rdflib needed for a yes or no
        return QueryResult("ASK", [], [], boolean=bool(result))
    if isinstance(result, pyoxigraph.QuerySolutions):
        return _OxigraphSelect([v.value for v in result.variables], [tuple(solution) for solution in result])
    import rdflib

    convert = _rdflib_converter()
    graph = rdflib.Graph()
    for triple in result:
        graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
    return QueryResult("CONSTRUCT", [], [], graph=graph)


class LazySelect(QueryResult):
    """A SELECT answer held in its store's own form, made rdflib terms only when `rows` is read;
    `dicts()` goes from that form to plain values directly. A store's subclass says how
    (`_term_rows`, `_plain_dicts`) and how many rows there are (`count`)."""

    def __init__(self, variables: list[str]):
        self.kind, self.variables, self.boolean, self.graph = "SELECT", variables, None, None
        self._rows = None

    @property
    def count(self) -> int:
        """The number of rows, without building them."""
        raise NotImplementedError

    @property
    def rows(self) -> list[tuple]:
        """The rows as tuples of rdflib terms (None where unbound), built on first use."""
        if self._rows is None:
            self._rows = self._term_rows()
        return self._rows

    @rows.setter
    def rows(self, value: list[tuple]) -> None:
        self._rows = value

    def dicts(self) -> list[dict]:
        """The rows as {variable: plain value or None} dicts, the values those of `QueryResult.dicts`."""
        if self._rows is not None:
            return super().dicts()
        return self._plain_dicts()

    def _term_rows(self) -> list[tuple]:
        raise NotImplementedError

    def _plain_dicts(self) -> list[dict]:
        raise NotImplementedError


class _OxigraphSelect(LazySelect):
    """A SELECT answered by Oxigraph: its rows held as pyoxigraph terms, made rdflib terms only
    when `rows` is read; `dicts()` (what `kg query` prints) goes from pyoxigraph terms to plain
    values directly.

    Building an rdflib term costs about 13 us (a Literal), a third of the whole cost of a query
    that returns every statement of the store (docs/store.md); most cells are IRIs and plain
    strings, whose plain value is their text.
    """

    def __init__(self, variables: list[str], solutions: list[tuple]):
        super().__init__(variables)
        self._solutions = solutions

    @property
    def count(self) -> int:
        return len(self._solutions)

    def _term_rows(self) -> list[tuple]:
        return _convert_rows(self._solutions, _rdflib_converter())

    def _plain_dicts(self) -> list[dict]:
        import pyoxigraph

        convert = _rdflib_converter()
        iri, blank, literal = pyoxigraph.NamedNode, pyoxigraph.BlankNode, pyoxigraph.Literal
        seen: dict = {}  # literal -> plain value, each distinct literal converted once

        def plain(term):
            kind = type(term)
            if term is None:
                return None
            if kind is iri or kind is blank:
                return term.value
            found = seen.get(term)
            if found is None:
                if kind is literal and (term.language or term.datatype.value == _XSD_STRING):
                    found = term.value
                else:  # numbers, dates, booleans: rdflib's own toPython
                    found = plain_value(convert(term))
                seen[term] = found
            return found

        variables = self.variables
        return [dict(zip(variables, map(plain, solution))) for solution in self._solutions]


_XSD_STRING = f"{XSD_NS}string"


def _convert_rows(solutions, convert) -> list[tuple]:
    """Rows of pyoxigraph terms converted by `convert`, each distinct value converted once (the
    same source, stance, article or offset recurs on many rows of a large answer)."""
    seen: dict = {}

    def term(value):
        if value is None:
            return None
        found = seen.get(value)
        if found is None:
            found = seen[value] = convert(value)
        return found

    return [tuple(term(value) for value in solution) for solution in solutions]


def _rdflib_converter():
    """pyoxigraph term -> rdflib term, with rdflib's term module only (oxrdflib's converter
    imports rdflib's whole SPARQL engine, a third of a second before the first row)."""
    from rdflib.term import BNode, Literal, URIRef

    def convert(term):
        kind = type(term).__name__
        if kind == "NamedNode":
            return URIRef(term.value)
        if kind == "BlankNode":
            return BNode(term.value)
        if kind == "Literal":
            if term.language:
                return Literal(term.value, lang=term.language)
            return Literal(term.value, datatype=URIRef(term.datatype.value))
        from oxrdflib._converter import from_ox  # quoted triples and anything newer

        return from_ox(term)

    return convert


# "NAME:rest" names a registered store; two letters at least, so "C:\\data" stays a path
_NAMED = re.compile(r"^([A-Za-z][A-Za-z0-9_.+-]+):(.*)$", re.DOTALL)


def store_class(name: str):
    """The store class registered under `name` (kg.plugins), imported now."""
    from .plugins import load

    return load("store", name)


def resolve_location(location: str | os.PathLike | None) -> str:
    """The store location to use: the argument, else $KG_STORE, else ./kg-data."""
    if location:
        return str(location)
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def is_endpoint(location: str) -> bool:
    """True for a store location that is a SPARQL endpoint's URL (``http://`` or ``https://``)."""
    return location.startswith(("http://", "https://"))


def open_store(location: str | os.PathLike | None = None, *, read_only: bool = False) -> Store:
    """Open the store at a folder path (embedded Oxigraph), a SPARQL URL, ':memory:', or
    ``NAME:location`` for the store plugin registered as NAME (``oxigraph:kg-data``)."""
    location = resolve_location(location)
    if is_endpoint(location):
        return store_class("sparql")(location, read_only=read_only)
    if location == ":memory:":
        return store_class("oxigraph")(None)
    named = _NAMED.match(location)
    if named and not Path(location).exists():
        from .plugins import names

        if named.group(1) in names("store"):
            return store_class(named.group(1))(named.group(2) or None, read_only=read_only)
    if read_only and not Path(location).exists():
        raise StoreError(Errors.E035.format(path=location))
    return store_class("oxigraph")(location, read_only=read_only)


