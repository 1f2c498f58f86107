"""The SPARQL 1.1 Protocol over HTTP, on the stdlib's ThreadingHTTPServer.

* ``GET /sparql?query=...``, ``POST /sparql`` with ``query=`` (urlencoded) or an
  ``application/sparql-query`` body; ``default-graph-uri`` and ``named-graph-uri`` are honoured
  (without them the default graph is the union of every article's graph, as in `kg query`).
* SELECT/ASK results as JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle, N-Triples or
  JSON-LD; chosen by the Accept header or a ``format=`` parameter.
* ``GET /`` is a query page (YASGUI, shipped in ``static/``; no request leaves the machine);
  ``GET /explore/`` the store's explorations (kg/serve/explorations.py).

Safety: loopback only unless ``allow_remote``; read-only unless ``allow_update`` (SPARQL
Update, LOAD and SERVICE get HTTP 403); with ``allow_update`` an update is taken only from a
same-origin (or Origin-less) client that sends it as ``application/sparql-update`` or with the
per-run token (:meth:`SparqlHandler._check_update_origin`), so a form on another web page cannot
write; each query runs in a worker process that is killed at the time limit (HTTP 503), and one
worker is kept for quick queries while the others run long ones (:mod:`.pool`); results beyond
``max_rows`` are cut and the response says so in ``X-SPARQL-MaxRows`` (as Virtuoso does) and
``X-KG-Truncated``; a request over ``max_query_bytes`` gets 413; a malformed query gets 400 with
the parser's message. Every error, the stdlib's own (400, 414, 501) included, is one plain-text
line. A request body is always read before the answer, or the connection is closed after it,
so an unread body is never taken for a second request.
"""
from __future__ import annotations

import hmac
import ipaddress
import mimetypes
import secrets
import signal
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .. import sparql_text
from ..errors import Errors, StoreError
from . import explorations
from .pool import PoolBusy, QueryTimeout, WorkerFailed, WorkerPool

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_QUERY_BYTES = 1_000_000
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}

# media type -> format name, for content negotiation
RESULT_MEDIA = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "text/n3": "turtle", "text/rdf+n3": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
}
# format= parameter values
# (results format, graph format): "json" and "xml" name one of each, as SPARQLWrapper sends them
FORMAT_NAMES = {
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "n3": (None, "turtle"), "ntriples": (None, "ntriples"),
    "n-triples": (None, "ntriples"), "nt": (None, "ntriples"), "jsonld": (None, "jsonld"),
    "json-ld": (None, "jsonld"), "rdfxml": (None, "rdfxml"), "rdf+xml": (None, "rdfxml"), "rdf": (None, "rdfxml"),
}
DRAIN_BYTES = 64 * 1024 * 1024  # an oversized body up to this size is read and dropped before the 413


class HTTPError(Exception):
    """An error answer: status and a plain-text message."""

    def __init__(self, status: int, message: str, *, close: bool = False):
        super().__init__(message)
        self.status = status
        self.message = message
        self.close = close


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q-values, best first (stable)."""
    ranges = []
    for position, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    q = float(field[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, q) for media, q, _ in ranges if q > 0]


def negotiate(accept: str | None, table: dict[str, str], default: str) -> str:
    """The format for the best acceptable media type in `table`; `default` for */* or nothing."""
    for media, _q in parse_accept(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


class SparqlServer(ThreadingHTTPServer):
    """The endpoint: an HTTP server, its worker pools and settings. `close()` stops it all."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, *, store_location: str, timeout: float, max_rows: int, allow_update: bool,
                 allow_remote: bool, workers: int, max_query_bytes: int, log: bool):
        self.store_location = store_location
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.allow_update = allow_update
        self.allow_remote = allow_remote
        #: the per-run secret that lets a form POST (or any other body type) carry an update
        self.update_token = secrets.token_urlsafe(18) if allow_update else None
        self.max_query_bytes = int(max_query_bytes)
        self.log = log
        self.generation = 0  # bumped by every update, so readers reopen before the next query
        self._generation_lock = threading.Lock()
        self.readers: WorkerPool | None = None
        self.writer: WorkerPool | None = None
        self._serving = threading.Event()
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, SparqlHandler)
        try:
            self.readers = WorkerPool(store_location, workers, "read", reserve=1)
            if allow_update:
                self.writer = WorkerPool(store_location, 1, "write")
            self.readers.wait_ready()
            if self.writer:
                self.writer.wait_ready()
        except WorkerFailed as exc:
            self.close()
            raise StoreError(Errors.E079.format(path=store_location, reason=exc)) from None
        from .page import render_page

        self.page = render_page(self)

    @property
    def host(self) -> str:
        return self.server_address[0]

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        """The SPARQL endpoint's URL."""
        host = self.host if ":" not in self.host else f"[{self.host}]"
        return f"http://{host}:{self.port}/sparql"

    def serve_forever(self, poll_interval: float = 0.25) -> None:
        self._serving.set()
        try:
            super().serve_forever(poll_interval)
        finally:
            self._serving.clear()

    def close(self) -> None:
        """Stop serving (if a thread is serving), close the socket and end every worker process."""
        if self._serving.is_set():
            self.shutdown()
        self.server_close()
        for pool in (self.readers, self.writer):
            if pool is not None:
                pool.close()
        explorations.close_for(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class SparqlHandler(BaseHTTPRequestHandler):
    """One HTTP request: the query page, its static files, or the SPARQL protocol."""

    server: SparqlServer
    server_version = "kg-sparql/0.1"
    protocol_version = "HTTP/1.1"

    # -- plumbing -------------------------------------------------------------------------------

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        if self.server.log:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _send(self, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
        headers = dict(headers or {})
        if getattr(self, "_unread", False):  # a body we did not read must not become the next request
            self._unread = False
            self._discard_body()
            self.close_connection = True
            headers["Connection"] = "close"
        self.send_response(status)
        if content_type.startswith(("text/", "application/sparql-results", "application/n-triples",
                                    "application/ld+json", "application/json", "application/javascript")):
            content_type += "; charset=utf-8"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, error: HTTPError) -> None:
        if error.close:
            self.close_connection = True
        headers = {"Connection": "close"} if error.close else {}
        self._send(error.status, (error.message + "\n").encode("utf-8"), "text/plain", headers)

    def send_error(self, code, message=None, explain=None):
        """The stdlib's own refusals (a bad request line, 414, 501) in the one error format:
        a plain-text line, and the connection closed (the request was not understood)."""
        short = self.responses.get(code, ("Error",))[0]
        text = Errors.E125.format(reason=message or short)
        if code == 414:
            text = Errors.E123
        elif code == 501:
            text = Errors.E124.format(reason=(message or short).rstrip("."))
        self.close_connection = True
        self._unread = False  # the headers may be missing or the last request's: read nothing more
        try:
            self._send(code, (text.rstrip(".") + ".\n").encode("utf-8"), "text/plain", {"Connection": "close"})
        except OSError:  # the client is gone
            pass

    def _discard_body(self) -> None:
        """Read and drop a small unread body before closing, so the client gets the answer, not a reset."""
        length = (self.headers.get("Content-Length") or "").strip()
        if self.headers.get("Transfer-Encoding") or not length.isdigit():
            return
        remaining = int(length)
        if remaining > self.server.max_query_bytes:
            return
        self.connection.settimeout(2)
        try:
            while remaining > 0:
                chunk = self.rfile.read(min(remaining, 1 << 16))
                if not chunk:
                    break
                remaining -= len(chunk)
        except OSError:
            pass

    def _declared_body(self) -> bool:
        """True when the request says a body follows (a Content-Length above 0, or any Transfer-Encoding)."""
        if self.headers.get("Transfer-Encoding"):
            return True
        length = (self.headers.get("Content-Length") or "0").strip()
        return not (length.isdigit() and int(length) == 0)

    def _guard_host(self) -> None:
        """Refuse requests whose Host is not loopback while serving on loopback (DNS rebinding)."""
        if self.server.allow_remote:
            return
        host = (self.headers.get("Host") or "").strip()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if host.startswith("["):
            name = host[1:].split("]", 1)[0]
        if name and not is_loopback(name.lower()):
            raise HTTPError(403, Errors.E100.format(host=host))

    def _dispatch(self, method: str) -> None:
        self._unread = self._declared_body()  # cleared by _read_body once the body is consumed
        self._media = None
        try:
            self._guard_host()
            path = urlsplit(self.path).path
            if path == "/sparql":
                self._sparql(method)
            elif method in ("GET", "HEAD") and path in ("/", "/index.html"):
                self._send(200, self.server.page, "text/html", {"Cache-Control": "no-cache"})
            elif method in ("GET", "HEAD") and path.startswith("/static/"):
                self._static(path[len("/static/"):])
            elif explorations.wants(method, path):  # the store's explorations (kg/serve/explorations.py)
                explorations.handle(self, path, urlsplit(self.path).query)
            else:
                raise HTTPError(404, Errors.E101.format(path=path))
        except HTTPError as error:
            self._fail(error)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_GET(self):  # noqa: N802 - the stdlib's names
        self._dispatch("GET")

    def do_HEAD(self):  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self):  # noqa: N802
        self._dispatch("POST")

    def _static(self, name: str) -> None:
        target = STATIC_DIR / name
        if "/" in name or name.startswith(".") or not target.is_file():
            raise HTTPError(404, Errors.E102.format(name=name))
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        self._send(200, target.read_bytes(), media, {"Cache-Control": "max-age=3600"})

    # -- the protocol ---------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):  # chunked or not: its length is not Content-Length's
            raise HTTPError(411, Errors.E103, close=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise HTTPError(400, Errors.E104, close=True) from None
        if length < 0:
            raise HTTPError(400, Errors.E105, close=True)
        if length > self.server.max_query_bytes:
            self._drain(length)
            raise self._too_large(length)
        body = self.rfile.read(length) if length > 0 else b""
        if len(body) == length:
            self._unread = False
        return body

    def _too_large(self, length: int) -> HTTPError:
        return HTTPError(413, Errors.E106.format(what="request", length=length, limit=self.server.max_query_bytes),
                         close=True)

    def _drain(self, length: int) -> None:
        """Read and drop a body we refuse, so the client sees the 413 instead of a reset."""
        if length > DRAIN_BYTES:
            return
        self.connection.settimeout(10)
        try:
            while length > 0:
                chunk = self.rfile.read(min(length, 1 << 20))
                if not chunk:
                    break
                length -= len(chunk)
        except OSError:
            pass

    def handle_expect_100(self):
        """Refuse an oversized body before the client sends it (curl sends Expect: 100-continue)."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length > self.server.max_query_bytes:
            self._fail(self._too_large(length))
            return False
        return super().handle_expect_100()

    def _parameters(self, method: str) -> tuple[dict[str, list[str]], str | None, str | None]:
        """(parameters, query, update) from the URL and, for POST, the body."""
        split = urlsplit(self.path)
        if len(split.query) > self.server.max_query_bytes:
            raise HTTPError(413, Errors.E106.format(what="query string", length=len(split.query),
                                                    limit=self.server.max_query_bytes))
        params = parse_qs(split.query, keep_blank_values=True)
        query = update = None
        if method == "POST":
            body = self._read_body()
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            self._media = media
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise HTTPError(400, Errors.E107.format(reason=exc)) from None
            if media == "application/x-www-form-urlencoded":
                for key, values in parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(key, []).extend(values)
            elif media == "application/sparql-query":
                query = text
            elif media == "application/sparql-update":
                update = text
            else:
                raise HTTPError(415, Errors.E108.format(media=media or "no Content-Type"))
        if query is None and params.get("query"):
            query = params["query"][0]
        if update is None and params.get("update"):
            update = params["update"][0]
        return params, query, update

    def _sparql(self, method: str) -> None:
        if method == "HEAD":
            raise HTTPError(405, Errors.E109)
        params, query, update = self._parameters(method)
        if query is not None and update is not None:
            raise HTTPError(400, Errors.E110)
        if query is None and update is None:
            if method == "GET" and "text/html" in (self.headers.get("Accept") or ""):
                self._send(303, b"", "text/plain", {"Location": "/"})
                return
            raise HTTPError(400, Errors.E111)
        if update is not None:
            self._update(update, method, params)
        else:
            self._query(query, params)

    def _refuse(self, what: str) -> HTTPError:
        return HTTPError(403, Errors.E112.format(what=what))

    def _update(self, update: str, method: str, params: dict[str, list[str]]) -> None:
        if not self.server.allow_update:
            raise self._refuse("LOAD" if sparql_text.form(update) == "LOAD" else "SPARQL Update")
        if method != "POST":
            raise HTTPError(405, Errors.E113)
        self._check_update_origin(params)
        self._run(self.server.writer, {"op": "update", "text": update}, done=self._new_generation)

    def _new_generation(self) -> None:
        """Readers reopen before their next query: called when an update has run (even a failed or
        stopped one may have changed the store), before its reply is sent, so a client that reads
        right after the reply reads its own write."""
        with self.server._generation_lock:
            self.server.generation += 1

    def _check_update_origin(self, params: dict[str, list[str]]) -> None:
        """Cross-site request forgery: refuse an update another web page could have sent.

        A browser names the page that sent a request in ``Origin``; a form on any other site can
        POST ``update=`` as application/x-www-form-urlencoded but can neither send an
        ``application/sparql-update`` body nor know the per-run token. So an update needs an
        Origin that is absent (curl, scripts, kg's own client) or this endpoint's own, and is
        either an ``application/sparql-update`` body or carries the token (``token=`` or the
        ``X-KG-Token`` header; the query page at / carries it).
        """
        origin = self.headers.get("Origin")
        host = (self.headers.get("Host") or "").strip().lower()
        if origin is not None and (not host or origin.strip().lower().rstrip("/") != f"http://{host}"):
            raise HTTPError(403, Errors.E114.format(origin=origin))
        if self.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
            raise HTTPError(403, Errors.E115)
        if self._media == "application/sparql-update":
            return
        given = (params.get("token") or [""])[0] or self.headers.get("X-KG-Token") or ""
        if not hmac.compare_digest(given.encode("utf-8"), (self.server.update_token or "").encode("utf-8")):
            raise HTTPError(403, Errors.E116)

    def _query(self, query: str, params: dict[str, list[str]]) -> None:
        form = sparql_text.form(query)
        if form in sparql_text.UPDATE_FORMS:
            if not self.server.allow_update:
                raise self._refuse("LOAD" if form == "LOAD" else "SPARQL Update")
            raise HTTPError(400, Errors.E117.format(form=form))
        if not self.server.allow_update and sparql_text.has_keyword(query, "SERVICE"):
            raise self._refuse("SERVICE (federated query)")
        results, graph = self._formats(params, form)
        request = {"op": "query", "text": query, "results": results, "graph": graph,
                   "max_rows": self.server.max_rows, "generation": self.server.generation,
                   "default_graph": params.get("default-graph-uri", []),
                   "named_graph": params.get("named-graph-uri", [])}
        if form in ("CONSTRUCT", "DESCRIBE"):
            request["prefixes"] = _prefixes(query)
        self._run(self.server.readers, request)

    def _formats(self, params: dict[str, list[str]], form: str | None) -> tuple[str, str]:
        accept = self.headers.get("Accept")
        results = negotiate(accept, RESULT_MEDIA, "json")
        graph = negotiate(accept, GRAPH_MEDIA, "turtle")
        if params.get("format"):
            wanted = params["format"][0].strip().lower()
            by_media = (RESULT_MEDIA.get(wanted), GRAPH_MEDIA.get(wanted))
            named = FORMAT_NAMES.get(wanted, by_media)
            if named == (None, None):
                raise HTTPError(406, Errors.E118.format(wanted=wanted))
            graph_form = form in ("CONSTRUCT", "DESCRIBE")
            if graph_form and named[1] is None:
                raise HTTPError(406, Errors.E119.format(wanted=wanted, kinds="SELECT and ASK results", form=form,
                                                        formats="turtle, ntriples or jsonld"))
            if form in ("SELECT", "ASK") and named[0] is None:
                raise HTTPError(406, Errors.E119.format(wanted=wanted, kinds="CONSTRUCT and DESCRIBE", form=form,
                                                        formats="json, xml, csv or tsv"))
            results, graph = named[0] or results, named[1] or graph
        return results, graph

    def _run(self, pool: WorkerPool, request: dict, done=None) -> None:
        """Run one request on a worker pool and send its reply (`done` is called first, also when the
        request failed)."""
        server = self.server
        try:
            try:
                header, body = pool.run(request, server.timeout, wait=max(10.0, server.timeout))
            finally:
                if done is not None:
                    done()
        except QueryTimeout:
            raise HTTPError(503, Errors.E120.format(op=request["op"], timeout=server.timeout)) from None
        except PoolBusy:
            raise HTTPError(503, Errors.E121) from None
        except WorkerFailed as exc:
            raise HTTPError(500, Errors.E122.format(reason=exc)) from None
        status = int(header.get("status", 500))
        headers = {"Vary": "Accept", "Cache-Control": "no-store"}
        if header.get("truncated"):
            headers["X-SPARQL-MaxRows"] = str(server.max_rows)
            headers["X-KG-Truncated"] = (f"the result was cut at {server.max_rows} rows "
                                         "(kg serve --max-rows)")
        self._send(status, body, header.get("type", "text/plain"), headers)


def _prefixes(query: str) -> dict[str, str]:
    """PREFIX declarations of a query, for a readable Turtle answer."""
    found, pending = {}, []
    for token in sparql_text.tokens(query[: sparql_text.prologue_end(query)]):
        if token.keyword == "PREFIX":
            pending = ["PREFIX"]
        elif pending and len(pending) == 1:
            pending.append(token.text)
        elif pending and len(pending) == 2 and token.kind == "iri":
            name = pending[1].rstrip(":")
            if name:
                found[name] = token.text[1:-1]
            pending = []
    return found


def make_server(store_location, host: str = "127.0.0.1", port: int = 8000, *, timeout: float = DEFAULT_TIMEOUT,
                max_rows: int = DEFAULT_MAX_ROWS, allow_update: bool = False, allow_remote: bool = False,
                workers: int = 2, max_query_bytes: int = DEFAULT_MAX_QUERY_BYTES, log: bool = False) -> SparqlServer:
    """Build the endpoint over a store folder (bound, workers started, not yet serving).

    Port 0 picks a free port (see ``server.port`` / ``server.url``). Run it with
    ``server.serve_forever()`` (in a thread if you like) and end it with ``server.close()``.
    """
    from ..store import is_endpoint, open_store, resolve_location

    location = resolve_location(store_location)
    if is_endpoint(location) or location == ":memory:":
        raise StoreError(Errors.E076.format(location=location))
    if not is_loopback(host) and not allow_remote:
        raise StoreError(Errors.E077.format(host=host))
    # fail early and in one line when the folder is missing or not a store
    probe = open_store(location, read_only=True)
    probe.close()
    del probe
    location = str(Path(location).resolve())
    try:
        return SparqlServer((host, int(port)), store_location=location, timeout=timeout, max_rows=max_rows,
                            allow_update=allow_update, allow_remote=allow_remote, workers=workers,
                            max_query_bytes=max_query_bytes, log=log)
    except OSError as exc:
        raise StoreError(Errors.E078.format(host=host, port=port, reason=exc.strerror or exc)) from None


def serve(store_location, host: str = "127.0.0.1", port: int = 8000, *, ready=None, **options) -> None:
    """Serve until interrupted (Ctrl-C); `ready(server)` is called once it listens."""
    server = make_server(store_location, host, port, **options)
    previous = _stop_on_sigterm()
    try:
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _stop_on_sigterm():
    """In the main thread, make SIGTERM stop the server cleanly (workers included) like Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


__all__ = ["make_server", "serve", "SparqlServer", "negotiate", "parse_accept"]
