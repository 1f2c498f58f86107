"""The explorations `kg serve` serves beside the endpoint, under /explore/: the overview (index),
the whole graph, the contradictions and a page per agent, as `kg explore --site` writes them.

The pages are written into a private temporary folder from the store and written again when the
store changes (its files' sizes and modification times, looked at no more than once a second),
so an ingest beside the server shows up on the next page load. Links join the two halves of the
app: each agent's page links to the SPARQL rows of its statements on the query page
(``/?query=...&run=1``), and each of those rows has a ``page`` link back to the agent
(``/explore/agent?iri=...``, which redirects to the agent's page).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode

from ..errors import Errors
from ..namespaces import sparql_prefixes

PREFIX = "/explore/"
CHECK_INTERVAL = 1.0  # seconds between looks at the store's files

# (a str.format template: {agent} and {base} are filled in, so the query's own braces are doubled)
AGENT_STATEMENTS = ("# The statements of one agent, with a link back to its page in the explorations\n"
                    + sparql_prefixes("kg", "schema", "prov", "oa") + """SELECT ?stance ?content ?sentence ?doc ?statement ?page WHERE {{
  BIND(<{agent}> AS ?agent)
  ?statement prov:wasAttributedTo ?agent ; kg:stance ?stanceIri ; kg:proposition ?prop ;
             prov:wasDerivedFrom ?article .
  ?prop schema:text ?content .
  ?article schema:identifier ?doc .
  OPTIONAL {{ ?statement kg:evidence ?evidence . ?evidence oa:hasSelector ?quote .
             ?quote a oa:TextQuoteSelector ; oa:exact ?sentence }}
  BIND(REPLACE(STR(?stanceIri), "^.*#", "") AS ?stance)
  BIND(IRI(CONCAT("{base}/explore/agent?iri=", ENCODE_FOR_URI(STR(?agent)))) AS ?page)
}}
ORDER BY ?doc ?content
""")


def store_signature(location: str) -> tuple:
    """What changes when the store's files change: (files, total size, newest modification)."""
    count = size = newest = 0
    for root, _dirs, files in os.walk(location):
        for name in files:
            try:
                info = os.stat(os.path.join(root, name))
            except OSError:  # a file RocksDB removed while we looked
                continue
            count, size, newest = count + 1, size + info.st_size, max(newest, info.st_mtime_ns)
    return count, size, newest


def statements_query(agent: str, base: str) -> str:
    """The SPARQL of one agent's statements, each row linking back to the agent's page under `base`."""
    return AGENT_STATEMENTS.format(agent=agent.replace(">", "%3E"), base=base.rstrip("/"))


class Explorations:
    """The /explore/ pages of one store, regenerated when the store changes."""

    def __init__(self, store_location: str, base_url):
        self.store_location = str(store_location)
        self._base_url = base_url  # a callable: the server's http://host:port
        self._lock = threading.Lock()
        self._dir: Path | None = None
        self._signature = None
        self._checked = 0.0
        self.pages: dict[str, str] = {}  # agent IRI -> path of its page under /explore/
        self.generation = 0

    def close(self) -> None:
        """Remove the generated pages."""
        with self._lock:
            if self._dir is not None:
                shutil.rmtree(self._dir, ignore_errors=True)
                self._dir = None

    def current(self) -> Path:
        """The folder of up-to-date pages (written again if the store changed since)."""
        with self._lock:
            now = time.monotonic()
            if self._dir is not None and now - self._checked < CHECK_INTERVAL:
                return self._dir
            self._checked = now
            signature = store_signature(self.store_location)
            if self._dir is None or signature != self._signature:
                self._write(signature)
            return self._dir

    def _write(self, signature) -> None:
        from ..analysis import build_network
        from ..explore.site import write_site
        from ..store import open_store

        with open_store(self.store_location, read_only=True) as store:
            network = build_network(store)
        base = self._base_url()
        pages: dict[str, str] = {}

        def agent_links(node: str, href: str):
            pages[node] = href
            sparql = statements_query(node, base)
            return [("Statements in SPARQL \u2192", "/?" + urlencode({"query": sparql, "run": "1"}))]

        folder = Path(tempfile.mkdtemp(prefix="kg-serve-explore-"))
        write_site(network, folder, agent_links=agent_links,
                   index_links=[("Query the store in SPARQL", "/")])
        old, self._dir, self._signature, self.pages = self._dir, folder, signature, pages
        self.generation += 1
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def respond(self, path: str, query: str) -> tuple[int, bytes, str, dict]:
        """(status, body, content type, headers) for a GET under /explore/."""
        folder = self.current()
        rest = path[len(PREFIX):] if path.startswith(PREFIX) else ""
        if rest == "agent":
            iri = (parse_qs(query).get("iri") or [""])[0]
            href = self.pages.get(iri)
            if href is None:
                return 404, (Errors.E130.format(iri=iri) + "\n").encode(), "text/plain", {}
            return 303, b"", "text/plain", {"Location": PREFIX + quote(href)}
        rest = rest or "index.html"
        target = (folder / rest).resolve()
        if folder.resolve() not in target.parents or not target.is_file() or target.suffix != ".html":
            return 404, (Errors.E131.format(path=PREFIX + rest, start=PREFIX) + "\n").encode(), "text/plain", {}
        return 200, target.read_bytes(), "text/html", {"Cache-Control": "no-cache"}


# -- the hook kg/serve/server.py calls -----------------------------------------------------------

def wants(method: str, path: str) -> bool:
    """True for the requests this module answers: GET or HEAD of /explore or below."""
    return method in ("GET", "HEAD") and (path == PREFIX.rstrip("/") or path.startswith(PREFIX))


def for_server(server) -> Explorations:
    """The server's Explorations, made on first use (and removed by :func:`close_for`)."""
    with _servers_lock:
        site = getattr(server, "_kg_explorations", None)
        if site is None:
            def base() -> str:
                return server.url.rsplit("/", 1)[0]
            site = server._kg_explorations = Explorations(server.store_location, base)
        return site


def close_for(server) -> None:
    """Remove the pages a server generated."""
    site = getattr(server, "_kg_explorations", None)
    if site is not None:
        site.close()


def handle(handler, path: str, query: str) -> None:
    """Answer one /explore request on a SparqlHandler."""
    if path == PREFIX.rstrip("/"):
        status, body, media, headers = 308, b"", "text/plain", {"Location": PREFIX}
    else:
        status, body, media, headers = for_server(handler.server).respond(path, query)
    handler._send(status, body, media, headers)


_servers_lock = threading.Lock()
