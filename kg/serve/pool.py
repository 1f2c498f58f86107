"""A pool of query worker processes with a deadline per request.

Each request takes an idle worker, sends it one JSON line and waits for the answer with
``select`` until the deadline. A worker that misses the deadline is killed (SIGKILL: the query
inside pyoxigraph cannot be interrupted any other way) and a fresh one is started in its
place, so one runaway query costs one process, never the endpoint.

Runaway queries must not starve quick ones either: a pool can keep ``reserve`` extra workers
that only take a request when every general worker is busy, and give it a short budget
(``QUICK_SECONDS``). A quick query (an ASK, a lookup) answers at once beside the long ones; one
that outlives the budget there is stopped and queued for a general worker like before, with
the rest of its time limit. So the cost of a long query is at most ``QUICK_SECONDS`` of the
reserve, and a quick query never waits behind long ones.
"""
from __future__ import annotations

import json
import os
import queue
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

STARTUP_SECONDS = 60.0  # how long a new worker may take to import pyoxigraph and open the store
QUICK_SECONDS = 1.0  # what a query may take on a reserve worker before it queues for a general one
POLL_SECONDS = 0.02  # how often a waiting request looks for a free worker of either kind


class QueryTimeout(Exception):
    """The worker did not answer before the deadline and was killed."""


class WorkerFailed(Exception):
    """The worker died or could not start; the message says why."""


class PoolBusy(Exception):
    """No worker became free in time."""


def _environment() -> dict:
    """The environment for workers: the kg package this process runs comes first on the path."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


class WorkerProcess:
    """One `python -m kg.serve.worker` process and the buffered end of its stdout."""

    def __init__(self, location: str, mode: str):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.serve.worker", location, mode],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None, env=_environment(),
            close_fds=True)
        self.pid = self.process.pid
        self._fd = self.process.stdout.fileno()
        self._buffer = bytearray()

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise QueryTimeout()
        ready, _, _ = select.select([self._fd], [], [], remaining)
        if not ready:
            raise QueryTimeout()
        chunk = os.read(self._fd, 1 << 20)
        if not chunk:
            code = self.process.poll()
            raise WorkerFailed(f"the query worker (pid {self.pid}) stopped"
                               + (f" with exit code {code}" if code is not None else ""))
        self._buffer += chunk

    def _line(self, deadline: float) -> dict:
        while b"\n" not in self._buffer:
            self._fill(deadline)
        index = self._buffer.index(b"\n")
        line = bytes(self._buffer[:index])
        del self._buffer[: index + 1]
        return json.loads(line)

    def _exact(self, length: int, deadline: float) -> bytes:
        while len(self._buffer) < length:
            self._fill(deadline)
        body = bytes(self._buffer[:length])
        del self._buffer[:length]
        return body

    def wait_ready(self, deadline: float) -> None:
        header = self._line(deadline)
        if not header.get("ready"):
            raise WorkerFailed(header.get("message", "the query worker could not start"))

    def call(self, request: dict, deadline: float) -> tuple[dict, bytes]:
        try:
            self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WorkerFailed(f"the query worker (pid {self.pid}) is gone: {exc}") from None
        header = self._line(deadline)
        return header, self._exact(int(header.get("length", 0)), deadline)

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """End this worker now and reap it."""
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - the kernel should not refuse SIGKILL
            pass
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass

    def stop(self, wait: float = 2.0) -> None:
        """Ask an idle worker to exit (EOF on stdin), then kill it if it lingers."""
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            pass
        self.kill()


class WorkerPool:
    """`size` workers over one store; `run` answers a request or raises one of the errors above."""

    def __init__(self, location: str, size: int = 2, mode: str = "read", *, reserve: int = 0,
                 quick_seconds: float = QUICK_SECONDS):
        self.location = location
        self.size = max(1, int(size))
        self.reserve = max(0, int(reserve))
        self.quick_seconds = float(quick_seconds)
        self.mode = mode
        self._idle: queue.Queue[WorkerProcess] = queue.Queue()
        self._reserve_idle: queue.Queue[WorkerProcess] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: dict[WorkerProcess, bool] = {}  # worker -> is a reserve worker
        self._closed = False
        self.last_error: str | None = None
        self.killed = 0  # workers killed at a deadline (for tests and the log)
        self.requeued = 0  # queries moved from a reserve worker to a general one
        for _ in range(self.size):
            self._spawn()
        for _ in range(self.reserve):
            self._spawn(reserved=True)

    def _spawn(self, reserved: bool = False) -> None:
        with self._lock:
            if self._closed:
                return
            worker = WorkerProcess(self.location, self.mode)
            self._workers[worker] = reserved
        threading.Thread(target=self._await_ready, args=(worker, reserved), daemon=True,
                         name=f"kg-worker-start-{worker.pid}").start()

    def _await_ready(self, worker: WorkerProcess, reserved: bool = False) -> None:
        try:
            worker.wait_ready(time.monotonic() + STARTUP_SECONDS)
        except (QueryTimeout, WorkerFailed, ValueError, OSError) as exc:
            # (OSError: the pool was closed while this worker started, and its pipe with it)
            if not self._closed:
                self.last_error = str(exc) or "the query worker did not start in time"
            self._discard(worker)
            return
        self.last_error = None
        if self._closed:
            self._discard(worker)
        else:
            (self._reserve_idle if reserved else self._idle).put(worker)

    def _discard(self, worker: WorkerProcess) -> None:
        worker.kill()
        with self._lock:
            self._workers.pop(worker, None)

    def wait_ready(self, timeout: float = STARTUP_SECONDS) -> None:
        """Block until a general worker and every reserve worker is idle (WorkerFailed if they cannot start)."""
        deadline = time.monotonic() + timeout
        while self._idle.qsize() == 0 or self._reserve_idle.qsize() < self.reserve:
            if self.last_error and not self._workers:
                raise WorkerFailed(self.last_error)
            if time.monotonic() > deadline:
                raise WorkerFailed("the query workers did not start in time")
            time.sleep(0.02)

    def run(self, request: dict, timeout: float, wait: float) -> tuple[dict, bytes]:
        """Answer one request within `timeout` seconds, after waiting up to `wait` for a worker.

        A general worker is taken when one is idle; otherwise a reserve worker, for at most
        ``quick_seconds``, after which the request waits for a general worker with the rest of
        its time limit.
        """
        with self._lock:
            general = sum(1 for reserved in self._workers.values() if not reserved)
            missing = self.size - general, self.reserve - (len(self._workers) - general)
        for _ in range(missing[0]):  # workers lost to start-up failures are retried on demand
            self._spawn()
        for _ in range(missing[1]):
            self._spawn(reserved=True)
        started = time.monotonic()
        worker, reserved = self._take(started + wait, reserve_too=True)
        if reserved:
            budget = min(timeout, self.quick_seconds)
            try:
                return self._call(worker, True, request, budget)
            except QueryTimeout:
                if budget >= timeout:
                    raise
                self.requeued += 1  # a long query: its turn on a general worker
            worker, _ = self._take(started + wait, reserve_too=False)
        return self._call(worker, False, request, max(0.001, timeout - (time.monotonic() - started)))

    def _take(self, deadline: float, *, reserve_too: bool) -> tuple[WorkerProcess, bool]:
        """An idle worker (general first; a reserve one when allowed), waiting until `deadline`."""
        while True:
            try:
                return self._idle.get_nowait(), False
            except queue.Empty:
                pass
            if reserve_too:
                try:
                    return self._reserve_idle.get_nowait(), True
                except queue.Empty:
                    pass
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                if self.last_error and not self._workers:
                    raise WorkerFailed(self.last_error)
                raise PoolBusy()
            try:  # wake at once for a general worker, every POLL_SECONDS to look at the reserve
                return self._idle.get(timeout=min(remaining, POLL_SECONDS) if reserve_too else remaining), False
            except queue.Empty:
                continue

    def _call(self, worker: WorkerProcess, reserved: bool, request: dict, timeout: float) -> tuple[dict, bytes]:
        """One request on `worker`; a worker past the deadline or broken is replaced by a new one."""
        try:
            answer = worker.call(request, time.monotonic() + timeout)
        except QueryTimeout:
            self.killed += 1
            self._discard(worker)
            self._spawn(reserved)
            raise
        except (WorkerFailed, ValueError) as exc:
            self._discard(worker)
            self._spawn(reserved)
            raise WorkerFailed(str(exc)) from None
        (self._reserve_idle if reserved else self._idle).put(worker)
        return answer

    def busy(self) -> int:
        """How many workers (general and reserve) are running a request now."""
        with self._lock:
            return len(self._workers) - self._idle.qsize() - self._reserve_idle.qsize()

    def pids(self, reserve: bool | None = None) -> list[int]:
        """Process ids of the workers: all of them, or only the reserve (True) or general (False) ones."""
        with self._lock:
            return sorted(w.pid for w, kind in self._workers.items() if reserve is None or kind == reserve)

    def close(self) -> None:
        """Stop every worker, idle or busy."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        idle = set()
        for waiting in (self._idle, self._reserve_idle):
            while True:
                try:
                    idle.add(waiting.get_nowait())
                except queue.Empty:
                    break
        for worker in workers:
            if worker in idle:
                worker.stop()
            else:
                worker.kill()
