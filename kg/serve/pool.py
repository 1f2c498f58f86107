"""A pool of query worker processes with a deadline per request.

Each request takes an idle worker, sends it one JSON line and waits for the answer with
``select`` until the deadline. A worker that misses the deadline is killed (SIGKILL: the query
inside pyoxigraph cannot be interrupted any other way) and a fresh one is started in its
place, so one runaway query costs one process, never the endpoint.
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

    def __init__(self, location: str, size: int = 2, mode: str = "read"):
        self.location = location
        self.size = max(1, int(size))
        self.mode = mode
        self._idle: queue.Queue[WorkerProcess] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[WorkerProcess] = set()
        self._closed = False
        self.last_error: str | None = None
        self.killed = 0  # workers killed at a deadline (for tests and the log)
        for _ in range(self.size):
            self._spawn()

    def _spawn(self) -> None:
        with self._lock:
            if self._closed:
                return
            worker = WorkerProcess(self.location, self.mode)
            self._workers.add(worker)
        threading.Thread(target=self._await_ready, args=(worker,), daemon=True,
                         name=f"kg-worker-start-{worker.pid}").start()

    def _await_ready(self, worker: WorkerProcess) -> None:
        try:
            worker.wait_ready(time.monotonic() + STARTUP_SECONDS)
        except (QueryTimeout, WorkerFailed, ValueError) as exc:
            self.last_error = str(exc) or "the query worker did not start in time"
            self._discard(worker)
            return
        self.last_error = None
        if self._closed:
            self._discard(worker)
        else:
            self._idle.put(worker)

    def _discard(self, worker: WorkerProcess) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)

    def wait_ready(self, timeout: float = STARTUP_SECONDS) -> None:
        """Block until at least one worker is idle (raises WorkerFailed if they cannot start)."""
        deadline = time.monotonic() + timeout
        while self._idle.qsize() == 0:
            if self.last_error and not self._workers:
                raise WorkerFailed(self.last_error)
            if time.monotonic() > deadline:
                raise WorkerFailed("the query workers did not start in time")
            time.sleep(0.02)

    def run(self, request: dict, timeout: float, wait: float) -> tuple[dict, bytes]:
        """Answer one request within `timeout` seconds, after waiting up to `wait` for a worker."""
        with self._lock:
            missing = self.size - len(self._workers)
        for _ in range(missing):  # workers lost to start-up failures are retried on demand
            self._spawn()
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            if self.last_error and not self._workers:
                raise WorkerFailed(self.last_error) from None
            raise PoolBusy() from None
        try:
            answer = worker.call(request, time.monotonic() + timeout)
        except QueryTimeout:
            self.killed += 1
            self._discard(worker)
            self._spawn()
            raise
        except (WorkerFailed, ValueError) as exc:
            self._discard(worker)
            self._spawn()
            raise WorkerFailed(str(exc)) from None
        self._idle.put(worker)
        return answer

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._workers)

    def close(self) -> None:
        """Stop every worker, idle or busy."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        idle = set()
        while True:
            try:
                idle.add(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in workers:
            if worker in idle:
                worker.stop()
            else:
                worker.kill()
