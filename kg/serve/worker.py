"""A query worker: one process that runs SPARQL on an Oxigraph folder for `kg serve`.

pyoxigraph cannot cancel a running query, so the endpoint runs each query in one of these
processes and kills the process when the query outlives the time limit. The protocol on
stdin/stdout is one JSON line per request; the answer is one JSON header line followed by
``length`` bytes of body::

    -> {"op": "query", "text": "...", "results": "json", "graph": "turtle", "max_rows": 10000}
    <- {"status": 200, "type": "application/sparql-results+json", "length": 1234, "rows": 3,
        "truncated": false}
       ...1234 bytes...

A reader opens the folder with ``Store.read_only`` (RocksDB's read-only mode: no lock, so
`kg ingest` can write beside it). Read-only mode sees the store as it was when opened, so the
reader follows a writer by reopening (see :meth:`Worker.refresh`), and retries a query that
a compaction pulled files from under (:meth:`Worker._query_retrying`). A writer
(``kg serve --allow-update``) opens the folder read-write and takes Oxigraph's single-writer
lock. docs/sparql.md has the measurements behind these choices.

    python -m kg.serve.worker FOLDER read|write
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time
from itertools import islice

from ..errors import Errors
from .results import GRAPH_TYPES, RESULT_TYPES, write_boolean, write_select

RETRIES = 8
REFRESH_SECONDS = 0.5
GRAPH_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}


def fingerprint(path: str) -> tuple:
    """Names, sizes and change times of the store's files, except RocksDB's own info logs."""
    entries = []
    with os.scandir(path) as scan:
        for entry in scan:
            if entry.name.startswith("LOG") or not entry.is_file(follow_symlinks=False):
                continue
            try:
                stat = entry.stat(follow_symlinks=False)
            except FileNotFoundError:  # removed by a compaction while we looked
                continue
            entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


class Worker:
    """The store and how to answer one request."""

    def __init__(self, path: str, mode: str):
        import pyoxigraph

        self.ox = pyoxigraph
        self.path = path
        self.mode = mode
        self.store = None
        self.seen = None
        self.opened = 0.0
        self.checked = 0.0
        self.generation = 0
        self.retries = 0
        self.reopens = 0
        self._lock = threading.Lock()
        self._pending: threading.Thread | None = None
        self._fresh: tuple | None = None  # (store, fingerprint, started) from a background open
        self._open()

    def _open_store(self):
        """A new store object and the folder's fingerprint taken just before opening it."""
        last = None
        for attempt in range(5):  # a compaction may swap files under a read-only open
            try:
                seen = fingerprint(self.path) if self.mode == "read" else None
                store = self.ox.Store.read_only(self.path) if self.mode == "read" else self.ox.Store(self.path)
                return store, seen
            except OSError as exc:
                last = exc
                time.sleep(0.05 * (attempt + 1))
        raise last

    def _open(self) -> None:
        """(Re)open now, in this thread."""
        started = time.monotonic()
        self.store = None
        self.store, self.seen = self._open_store()
        self.opened = started
        self.reopens += 1

    def _open_in_background(self) -> None:
        started = time.monotonic()
        try:
            store, seen = self._open_store()
        except OSError:
            store = None
        with self._lock:
            if store is not None:
                self._fresh = (store, seen, started)
            self._pending = None

    def refresh(self, generation: int = 0) -> None:
        """Follow a writer beside the endpoint (read-only mode sees the store as of its opening).

        * After an update through this endpoint (`generation` went up): reopen at once, so a
          client reads its own writes (the endpoint's writer flushes, so this is quick).
        * Otherwise, at most every REFRESH_SECONDS, look whether the folder changed; if so open
          a fresh store in a background thread and keep answering from the current one until
          it is ready. Opening replays everything the writer has not flushed yet, which takes
          seconds during a long ingest; queries must not wait for that.
        """
        if self.mode != "read":
            return
        if generation > self.generation:
            self.generation = generation
            self._open()
            return
        with self._lock:
            fresh, self._fresh = self._fresh, None
            pending = self._pending is not None
        if fresh is not None and fresh[2] >= self.opened:
            self.store, self.seen, self.opened = fresh
            self.reopens += 1
        now = time.monotonic()
        if pending or now - self.checked < REFRESH_SECONDS:
            return
        self.checked = now
        if fingerprint(self.path) != self.seen:
            with self._lock:
                self._pending = threading.Thread(target=self._open_in_background, daemon=True)
                self._pending.start()

    def handle(self, request: dict) -> tuple[dict, bytes]:
        try:
            if request.get("op") == "update":
                return self._update(request)
            return self._query_retrying(request)
        except SyntaxError as exc:
            return _error(400, Errors.E126.format(op=request.get("op", "query"), reason=str(exc).strip()))
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            return _error(500, Errors.E127.format(op=request.get("op", "query"), reason=str(exc).strip()))

    def _query_retrying(self, request: dict) -> tuple[dict, bytes]:
        """Run the query; reopen and run again when a writer's compaction pulled files away.

        RocksDB's read-only mode reads the file list once, at open; when the writer beside it
        compacts, files in that list are deleted and reads fail with "Corruption: ... No such
        file". A fresh open sees the new list, so a few retries (with a short pause while the
        compaction settles) give a consistent answer; the parent's deadline still applies.
        """
        reopen = False
        for attempt in range(RETRIES):
            try:
                if reopen:
                    self.store = None
                    self._open()
                return self._query(request)
            except (OSError, RuntimeError) as exc:
                if self.mode != "read" or attempt == RETRIES - 1 or not _transient(exc):
                    raise
                self.retries += 1
                reopen = True
                time.sleep(min(0.02 * 2 ** attempt, 0.5))
        raise AssertionError("unreachable")

    def _query(self, request: dict) -> tuple[dict, bytes]:
        ox = self.ox
        self.refresh(int(request.get("generation") or 0))
        options = {}
        if request.get("default_graph"):
            options["default_graph"] = [ox.NamedNode(g) for g in request["default_graph"]]
        else:
            options["use_default_graph_as_union"] = True
        if request.get("named_graph"):
            options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graph"]]
        result = self.store.query(request["text"], **options)
        max_rows = int(request.get("max_rows") or 0) or None
        if isinstance(result, ox.QueryBoolean):
            fmt = request.get("results", "json")
            return {"status": 200, "type": RESULT_TYPES[fmt], "rows": 1}, write_boolean(bool(result), fmt)
        if isinstance(result, ox.QuerySolutions):
            fmt = request.get("results", "json")
            variables = [v.value for v in result.variables]
            rows = [tuple(solution) for solution in islice(result, max_rows + 1 if max_rows else None)]
            truncated = bool(max_rows) and len(rows) > max_rows
            rows = rows[:max_rows] if truncated else rows
            body = write_select(variables, rows, fmt)
            return {"status": 200, "type": RESULT_TYPES[fmt], "rows": len(rows), "truncated": truncated}, body
        fmt = request.get("graph", "turtle")
        triples = list(islice(result, max_rows + 1 if max_rows else None))
        truncated = bool(max_rows) and len(triples) > max_rows
        triples = triples[:max_rows] if truncated else triples
        body = ox.serialize(triples, format=getattr(ox.RdfFormat, GRAPH_FORMATS[fmt]),
                            prefixes=request.get("prefixes") or None)
        return {"status": 200, "type": GRAPH_TYPES[fmt], "rows": len(triples), "truncated": truncated}, body

    def _update(self, request: dict) -> tuple[dict, bytes]:
        if self.mode != "write":
            return _error(403, Errors.E128)
        self.store.update(request["text"])
        self.store.flush()
        return {"status": 200, "type": "text/plain"}, b"The update was applied.\n"


def _transient(exc: Exception) -> bool:
    text = str(exc)
    return "Corruption" in text or "No such file" in text or "IO error" in text


def _error(status: int, message: str) -> tuple[dict, bytes]:
    return {"status": status, "type": "text/plain"}, (message + "\n").encode("utf-8")


def _watch_parent(parent: int) -> None:
    """Exit when the server that started this worker is gone (even mid-query)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(3)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path, mode = argv[0], (argv[1] if len(argv) > 1 else "read")
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the protocol on the real stdout
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()

    def send(header: dict, body: bytes = b"") -> None:
        header["length"] = len(body)
        out.write(json.dumps(header).encode("utf-8") + b"\n" + body)
        out.flush()

    try:
        worker = Worker(path, mode)
    except Exception as exc:  # report any failure to open, then stop
        send({"ready": False, "message": str(exc).strip() or type(exc).__name__})
        return 1
    send({"ready": True, "pid": os.getpid()})
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as exc:
            send(*_error(400, Errors.E129.format(reason=exc)))
            continue
        header, body = worker.handle(request)
        send(header, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
