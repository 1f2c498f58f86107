"""A kg store on any SPARQL 1.1 Query + Update endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph
server, or another `kg serve --allow-update`), reached over plain HTTP with the stdlib.

The layout is the embedded store's: one named graph per article, replaced by one update
request ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``, and queries over the
union of the graphs. For the union the endpoint's default graph must be the union of its named
graphs: Virtuoso and GraphDB do this out of the box; Fuseki needs ``tdb2:unionDefaultGraph
true``; Oxigraph server takes ``?union-default-graph`` in the URL (kg keeps a URL's query
string on every request).

Options come from the constructor, or for the CLI from the URL and the environment:

* ``http://user:password@host:8890/sparql-auth`` or $KG_SPARQL_USER / $KG_SPARQL_PASSWORD
  (Basic or Digest, whichever the server asks for);
* $KG_SPARQL_UPDATE_URL when updates go to another URL (Fuseki's ``/ds/update``);
* $KG_SPARQL_TIMEOUT: seconds to wait for one HTTP answer (default 120).

Large SELECT results are paged: Virtuoso silently cuts a result at ResultSetMaxRows (10,000
by default) and says so only in an ``X-SPARQL-MaxRows`` header; when that header shows the
cap was hit the query is re-run as ordered pages (see
:func:`kg.sparql_text.paged_select`).
"""
from __future__ import annotations

import itertools
import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request

from . import sparql_text
from .errors import Errors, GraphRefused, QueryError, StoreError
from .namespaces import GRAPH_NS, KG_NS, XSD_NS
from .query_params import ENDPOINT_FORM, with_form
from .store import LazySelect, QueryResult, Store, plain_value

RESULTS_JSON = "application/sparql-results+json"
GRAPH_TYPES = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
GRAPH_PARSERS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                 "application/x-turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld",
                 "text/rdf+n3": "n3", "text/n3": "n3"}
XSD = XSD_NS
KG_GRAPHS = GRAPH_NS
CONTENT_HASH = f"<{KG_NS}contentHash>"
MAX_PAGES = 100_000


class SparqlStore(Store):
    """The Store interface over the SPARQL 1.1 Protocol (query, update) of a remote endpoint."""

    def __init__(self, url: str, *, read_only: bool = False, update_url: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float | None = None,
                 chunk_triples: int = 400, chunk_bytes: int = 512 * 1024):
        url, url_user, url_password = _split_credentials(url)
        update_url = update_url or os.environ.get("KG_SPARQL_UPDATE_URL") or url
        update_url, update_user, update_password = _split_credentials(update_url)
        self.location = url
        self.url = url
        self.update_url = update_url
        self.read_only = read_only
        self.timeout = float(timeout or os.environ.get("KG_SPARQL_TIMEOUT") or 120)
        self.chunk_triples = chunk_triples
        self.chunk_bytes = chunk_bytes
        self.pages = 0  # how many extra page requests large results needed (for tests and reports)
        self.direct_updates = True  # updates as application/sparql-update bodies (see _post)
        user = user or url_user or update_user or os.environ.get("KG_SPARQL_USER")
        password = password or url_password or update_password or os.environ.get("KG_SPARQL_PASSWORD")
        handlers = []
        if user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for target in {url, update_url}:
                manager.add_password(None, target, user, password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(manager), urllib.request.HTTPBasicAuthHandler(manager)]
        self._opener = urllib.request.build_opener(*handlers)

    # -- HTTP ---------------------------------------------------------------------------------

    def _post(self, url: str, fields: dict, accept: str, *, update: bool = False):
        """POST a form; return (headers, body bytes) or raise a one-line KGError.

        An update whose only field is ``update`` goes as an ``application/sparql-update`` body
        (SPARQL 1.1 Protocol, "update via POST directly"): the form a web page cannot forge,
        which ``kg serve --allow-update`` requires of clients without its token.
        """
        if update and set(fields) == {"update"} and self.direct_updates:
            data, media = fields["update"].encode("utf-8"), "application/sparql-update; charset=UTF-8"
        else:
            data, media = urllib.parse.urlencode(fields).encode("utf-8"), "application/x-www-form-urlencoded; charset=UTF-8"
        request = urllib.request.Request(url, data=data, method="POST", headers={
            "Accept": accept, "Content-Type": media, "User-Agent": "kg-sparql-store"})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.headers, response.read()
        except urllib.error.HTTPError as exc:
            status, reason = exc.code, _error_text(exc)
            if update:
                raise _UpdateRefused(Errors.E072.format(url=url, status=status, reason=reason,
                                                        hint=_update_hint(status, reason)),
                                     status, reason) from None
            if status == 400:
                raise QueryError(Errors.E032.format(reason=reason)) from None
            if "SR353" in reason:
                reason += " (Virtuoso: raise MaxSortedTopRows in the [Parameters] section of virtuoso.ini)"
            raise StoreError(Errors.E071.format(url=url, status=status, reason=reason)) from None
        except (socket.timeout, TimeoutError):
            raise StoreError(Errors.E074.format(url=url, timeout=f"{self.timeout:g}")) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise StoreError(Errors.E074.format(url=url, timeout=f"{self.timeout:g}")) from None
            raise StoreError(Errors.E070.format(url=url, reason=getattr(reason, "strerror", None) or reason)) from None
        except (OSError, ValueError) as exc:  # connection reset, bad URL, http.client errors
            raise StoreError(Errors.E070.format(url=url, reason=exc)) from None

    def _update(self, sparql: str, action: str) -> None:
        if self.read_only:
            raise StoreError(Errors.E073.format(url=self.url, action=action))
        self._post(self.update_url, {"update": sparql}, "*/*", update=True)

    # -- the Store interface --------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, triples_nt: str) -> None:
        """Replace one named graph: one request ``DROP SILENT GRAPH ; INSERT DATA``, atomic on
        stores that run an update request as one transaction (Virtuoso, Fuseki, Oxigraph).

        A graph larger than one chunk (default 400 triples: Virtuoso's update compiler slows
        down quadratically with request size and refuses about 2,000 triples) goes in as
        several requests; the triple carrying kg:contentHash is sent last, so a graph cut
        short by a failure is seen as changed and replaced again by the next ingest.
        """
        self._write_chunks(graph_iri, _chunks(triples_nt, self.chunk_triples, self.chunk_bytes) or [""])

    def write_graph(self, graph_iri: str, batches) -> None:
        """Replace one named graph with N-Triples given batch by batch, each batch sent in chunks as
        in :meth:`replace_graph` (the first request drops the old graph): memory holds one batch."""
        chunks = (chunk for batch in batches for chunk in _chunks(batch, self.chunk_triples, self.chunk_bytes))
        first = next(chunks, "")  # an empty graph is still one request: the drop
        self._write_chunks(graph_iri, itertools.chain([first], chunks))

    def _write_chunks(self, graph_iri: str, chunks) -> None:
        """Send the chunks of one graph, the first request dropping the graph first."""
        for number, chunk in enumerate(chunks):
            drop = f"DROP SILENT GRAPH <{graph_iri}> ;\n" if number == 0 else ""
            if "_:" in chunk and any(_has_blank_nodes(line) for line in chunk.splitlines()):
                # Virtuoso refuses blank nodes in INSERT DATA; a template makes fresh ones alike
                insert = f"INSERT {{ GRAPH <{graph_iri}> {{\n{chunk}\n}} }} WHERE {{ }}"
            else:
                insert = f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{chunk}\n}} }}"
            try:
                self._update(drop + insert, "writing a graph")
            except _UpdateRefused as exc:
                if exc.status != 400:  # permissions, server trouble: no other article would fare better
                    raise
                # the endpoint cannot parse this article's data (a term it refuses): skip the article
                raise GraphRefused(Errors.E036.format(path=graph_iri, reason=exc.reason)) from None

    def replace_article(self, doc_id: str, triples_nt: str) -> None:
        """Replace one article in the layout of kg/layout.py: its graph, and its shared nodes once.

        The first request deletes the shared nodes only the old version mentioned and drops the
        article's graph; an article that fits one chunk is written by that same request (atomic
        on stores that run a request as one transaction). A larger one follows in chunks, the
        shared nodes first and the kg:contentHash triple last, as in :meth:`replace_graph`.
        """
        from .layout import SHARED_GRAPH, article_graph_iri, orphans_update, split_article

        graph = article_graph_iri(doc_id)
        article_nt, shared_nt = split_article(doc_id, triples_nt)
        lines = article_nt.count("\n") + shared_nt.count("\n")
        prefix = f"{orphans_update(graph)} ;\nDROP SILENT GRAPH <{graph}> ;\n"
        if lines <= self.chunk_triples and len(article_nt) + len(shared_nt) <= self.chunk_bytes \
                and "_:" not in article_nt:
            pieces = [[(SHARED_GRAPH, shared_nt), (graph, article_nt)]]
        else:
            pieces = [[(SHARED_GRAPH, chunk)] for chunk in _chunks(shared_nt, self.chunk_triples, self.chunk_bytes)]
            pieces += [[(graph, chunk)] for chunk in _chunks(article_nt, self.chunk_triples, self.chunk_bytes)]
        for number, piece in enumerate(pieces):
            body = " ".join(f"GRAPH <{g}> {{\n{chunk}\n}}" for g, chunk in piece if chunk.strip())
            if "_:" in body and any(_has_blank_nodes(line) for line in body.splitlines()):
                insert = f"INSERT {{ {body} }} WHERE {{ }}"
            else:
                insert = f"INSERT DATA {{ {body} }}"
            try:
                self._update((prefix if number == 0 else "") + insert, "writing a graph")
            except _UpdateRefused as exc:
                if exc.status != 400:
                    raise
                raise GraphRefused(Errors.E036.format(path=graph, reason=exc.reason)) from None

    def drop_graph(self, graph_iri: str) -> None:
        """Remove one named graph."""
        self._update(f"DROP SILENT GRAPH <{graph_iri}>", "dropping a graph")

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the endpoint (the analysis stage writes its results this way)."""
        self._update(sparql, "an update")

    def query(self, sparql: str) -> QueryResult:
        """Run a query; SELECT results cut by the server's row cap are fetched again in pages."""
        sparql = with_form(sparql, ENDPOINT_FORM)  # a shipped query's endpoint lines, where it has them
        kind = sparql_text.form(sparql)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            return self._graph_query(sparql)
        if kind in sparql_text.UPDATE_FORMS:
            raise QueryError(Errors.E032.format(reason=f"{kind} is an update, not a query"))
        headers, body = self._post(self.url, {"query": sparql}, f"{RESULTS_JSON}, application/json;q=0.9")
        result = self._parse_results(body, headers)
        if result.kind == "SELECT" and _capped(headers, result.count):
            result = self._paged(sparql, result.variables, int(headers["X-SPARQL-MaxRows"]))
        return result

    def _paged(self, sparql: str, variables: list[str], page_size: int) -> QueryResult:
        try:
            sparql_text.paged_select(sparql, variables, 1, 0)
        except ValueError as exc:
            raise QueryError(Errors.E033.format(
                reason=f"the endpoint cut the result at {page_size} rows and {exc}")) from None
        rows: list[tuple] = []
        for page in range(MAX_PAGES):
            text = sparql_text.paged_select(sparql, variables, page_size, page * page_size)
            headers, body = self._post(self.url, {"query": text}, RESULTS_JSON)
            self.pages += 1
            chunk = self._parse_results(body, headers)
            index = [chunk.variables.index(v) if v in chunk.variables else None for v in variables]
            rows += [tuple(row[i] if i is not None else None for i in index) for row in chunk.rows]
            if len(chunk.rows) < page_size:
                break
        return QueryResult("SELECT", variables, rows)

    def _graph_query(self, sparql: str) -> QueryResult:
        import rdflib

        headers, body = self._post(self.url, {"query": sparql}, GRAPH_TYPES)
        media = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        graph = rdflib.Graph()
        try:
            graph.parse(data=body.decode("utf-8"), format=GRAPH_PARSERS.get(media, "turtle"))
        except Exception as exc:  # rdflib raises many kinds of parser errors
            raise StoreError(Errors.E075.format(url=self.url, reason=f"{media or 'no type'}: {exc}")) from None
        return QueryResult("CONSTRUCT", [], [], graph=graph)

    def _parse_results(self, body: bytes, headers) -> QueryResult:
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            media = (headers.get("Content-Type") or "no type").split(";")[0]
            raise StoreError(Errors.E075.format(url=self.url, reason=f"{media}: {exc}")) from None
        if "boolean" in data:
            return QueryResult("ASK", [], [], boolean=bool(data["boolean"]))
        variables = list(data.get("head", {}).get("vars", []))
        return _JsonSelect(variables, data.get("results", {}).get("bindings", []))

    # -- export ---------------------------------------------------------------------------------

    def graph_names(self) -> list[str]:
        """IRIs of kg's graphs on the endpoint (the server's own system graphs are left out)."""
        result = self.query(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                            f'FILTER(STRSTARTS(STR(?g), "{KG_GRAPHS}")) }}')
        return sorted(str(row[0]) for row in result.rows)

    def dataset(self):
        """kg's graphs copied into an in-memory rdflib Dataset (default graph = their union)."""
        import rdflib

        dataset = rdflib.Dataset(default_union=True)
        result = self.query(f'SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                            f'FILTER(STRSTARTS(STR(?g), "{KG_GRAPHS}")) }}')
        graphs = {}
        for g, s, p, o in result.rows:
            if g not in graphs:
                graphs[g] = dataset.graph(rdflib.URIRef(str(g)))
            graphs[g].add((s, p, o))
        return dataset

    def dump(self, fmt: str) -> bytes:
        """Serialize kg's graphs: "trig"/"nquads" keep one graph per article, "turtle"/"ntriples" merge."""
        import rdflib

        from .vocab import bind_prefixes

        dataset = bind_prefixes(self.dataset())
        if fmt in ("trig", "nquads"):
            return dataset.serialize(format=fmt, encoding="utf-8")
        merged = bind_prefixes(rdflib.Graph())
        for context in dataset.contexts():
            for triple in context:
                merged.add(triple)
        return merged.serialize(format={"ntriples": "nt"}.get(fmt, fmt), encoding="utf-8")

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""


class _UpdateRefused(StoreError):
    """An update answered with an HTTP error (the message is E072; status and reason kept)."""

    def __init__(self, message: str, status: int, reason: str):
        super().__init__(message)
        self.status = status
        self.reason = reason


def _split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """The URL without user:password@, and the user and password it carried."""
    parts = urllib.parse.urlsplit(url)
    if not parts.username:
        return url, None, None
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port:
        netloc += f":{parts.port}"
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return clean, urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")


def _capped(headers, count: int) -> bool:
    """True when the server says it cut the result at a row cap that this result reached."""
    cap = headers.get("X-SPARQL-MaxRows")
    try:
        return cap is not None and count >= int(cap) > 0
    except ValueError:
        return False


def _error_text(exc: urllib.error.HTTPError) -> str:
    """The first useful line(s) of an endpoint's error page."""
    try:
        text = exc.read().decode("utf-8", "replace")
    except OSError:
        text = ""
    if "<html" in text[:500].lower():
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>|<[^>]+>", " ", text)
    text = " ".join(text.split()) or str(exc.reason)
    # Virtuoso repeats the whole query after its message; keep the message
    cut = text.find(" SPARQL query:")
    if cut > 0:
        text = text[:cut]
    return text[:600] + ("\u2026" if len(text) > 600 else "")


def _update_hint(status: int, reason: str) -> str:
    if "SPARQL_INSERT" in reason or "SR186" in reason or status in (401, 403):
        return (". On Virtuoso, allow anonymous updates with isql-vt: GRANT SPARQL_UPDATE TO \"SPARQL\"; "
                "or use the /sparql-auth URL with a user and password (KG_SPARQL_USER, KG_SPARQL_PASSWORD).")
    return ""


class _JsonSelect(LazySelect):
    """A SELECT answered by the endpoint: its rows held as SPARQL JSON bindings (kg.store.LazySelect).
    Building an rdflib term costs about 13 us, and most cells are IRIs and plain strings, whose
    plain value is their text."""

    def __init__(self, variables: list[str], bindings: list[dict]):
        super().__init__(variables)
        self._bindings = bindings

    @property
    def count(self) -> int:
        return len(self._bindings)

    def _term_rows(self) -> list[tuple]:
        return [tuple(_term(b.get(v)) for v in self.variables) for b in self._bindings]

    def _plain_dicts(self) -> list[dict]:
        variables = self.variables
        return [{v: _binding_value(b.get(v)) for v in variables} for b in self._bindings]


def _binding_value(binding: dict | None):
    """A binding's plain value: the text of an IRI, a blank node or a string literal; rdflib's own
    `toPython` of the term for a typed literal (numbers, dates, booleans), as `QueryResult.dicts`."""
    if binding is None:
        return None
    kind = binding.get("type")
    if kind in ("uri", "bnode"):
        return binding.get("value", "")
    if kind in ("literal", "typed-literal") and (
            binding.get("xml:lang") or binding.get("datatype", XSD + "string") == XSD + "string"):
        return binding.get("value", "")
    return plain_value(_term(binding))


def _term(binding: dict | None):
    """A SPARQL JSON results binding as an rdflib term (the types the embedded store returns)."""
    from rdflib import BNode, Literal, URIRef

    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        if lang:
            return Literal(value, lang=lang)
        datatype = binding.get("datatype") or XSD + "string"
        if datatype == XSD + "boolean" and value in ("1", "0"):
            value = "true" if value == "1" else "false"  # Virtuoso stores booleans as 1/0
        return Literal(value, datatype=URIRef(datatype))
    if kind == "triple":  # SPARQL-star: keep it readable
        parts = value or {}
        return Literal(" ".join(str(_term(parts.get(k))) for k in ("subject", "predicate", "object")))
    return Literal(value)


_BLANK_OBJECT = re.compile(r'\s_:[^\s"]+\s*\.\s*$')


def _has_blank_nodes(line: str) -> bool:
    """True when an N-Triples line has a blank node subject or object."""
    line = line.strip()
    return line.startswith("_:") or bool(_BLANK_OBJECT.search(line))


def _chunks(ntriples: str, max_triples: int, max_bytes: int) -> list[str]:
    """N-Triples split into chunks of whole lines. Lines with blank nodes stay together in the
    first chunk (each request makes its own blank nodes); the contentHash line goes last."""
    lines = [line for line in ntriples.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if len(lines) <= max_triples and sum(len(line) + 1 for line in lines) <= max_bytes:
        return ["\n".join(lines)] if lines else []
    blank, plain, last = [], [], []
    for line in lines:
        (blank if _has_blank_nodes(line) else last if CONTENT_HASH in line else plain).append(line)
    chunks = ["\n".join(blank)] if blank else []
    current: list[str] = []
    size = 0
    for line in plain + last:
        if current and (len(current) >= max_triples or size + len(line) + 1 > max_bytes):
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks
