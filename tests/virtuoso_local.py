"""Start and stop a private Virtuoso Open Source server on loopback, for tests and development.

The recipe of /work/shared/reference/dependency-notes.md §3: the Debian package's own
virtuoso.ini is copied with the database moved under a private folder, both ports bound to
127.0.0.1 on free ports, and the result cap (ResultSetMaxRows) raised; `virtuoso-t
+foreground` is started, /sparql is polled until it answers, and anonymous SPARQL Update is
granted through isql-vt. `stop()` ends that one process by its PID.

    python tests/virtuoso_local.py /tmp/virt      # start one by hand; Ctrl-C (or kill PID) stops it
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SYSTEM_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
SYSTEM_DB = "/var/lib/virtuoso-opensource-7/db/"
GRANT = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'


def why_unavailable() -> str | None:
    """None when Virtuoso can be started here, else the reason it cannot."""
    for tool in ("virtuoso-t", "isql-vt"):
        if not shutil.which(tool):
            return (f"{tool} is not installed (run scripts/install-virtuoso.sh as root, "
                    "or apt-get install virtuoso-opensource)")
    if not SYSTEM_INI.is_file():
        return f"{SYSTEM_INI} is missing (the virtuoso-opensource package is incomplete)"
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def private_ini(folder: Path, sql_port: int, http_port: int, max_rows: int, settings: dict | None = None) -> str:
    """The system virtuoso.ini with the database under `folder`, loopback ports, a raised row cap;
    `settings` ({"NumberOfBuffers": 550000, ...}) replace the values of those keys after that."""
    text = SYSTEM_INI.read_text()
    db = str(folder / "db") + "/"
    text = text.replace(SYSTEM_DB, db)
    text = re.sub(r"(?m)^(\s*ServerPort\s*=\s*)1111\b.*$", rf"\g<1>127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^(\s*ServerPort\s*=\s*)8890\b.*$", rf"\g<1>127.0.0.1:{http_port}", text)
    text = re.sub(r"(?m)^(\s*ResultSetMaxRows\s*=\s*)\d+.*$", rf"\g<1>{max_rows}", text)
    text = re.sub(r"(?m)^(\s*DefaultHost\s*=\s*).*$", rf"\g<1>127.0.0.1:{http_port}", text)
    # fewer buffers: the default wants ~80 MB of RAM, a test store needs far less
    text = re.sub(r"(?m)^(\s*NumberOfBuffers\s*=\s*)\d+.*$", r"\g<1>2000", text)
    text = re.sub(r"(?m)^(\s*MaxDirtyBuffers\s*=\s*)\d+.*$", r"\g<1>1500", text)
    for key, value in (settings or {}).items():
        text, found = re.subn(rf"(?m)^(\s*{re.escape(key)}\s*=\s*).*$", lambda m, value=value: f"{m.group(1)}{value}", text)
        if not found:
            raise ValueError(f"{key} is not a setting of {SYSTEM_INI}")
    return text


class Virtuoso:
    """One private virtuoso-t process; use as a context manager or call start()/stop()."""

    def __init__(self, folder: str | os.PathLike, *, max_rows: int = 1_000_000, grant: bool = True,
                 settings: dict | None = None):
        self.folder = Path(folder)
        self.settings = settings
        self.max_rows = max_rows
        self.grant = grant
        self.sql_port = free_port()
        self.http_port = free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        self.process: subprocess.Popen | None = None
        self.start_seconds: float | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def start(self, wait: float = 90.0) -> "Virtuoso":
        (self.folder / "db").mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(private_ini(self.folder, self.sql_port, self.http_port, self.max_rows, self.settings))
        self._log = open(self.folder / "virtuoso-t.out", "wb")
        began = time.monotonic()
        self.process = subprocess.Popen(["virtuoso-t", "+configfile", str(ini), "+foreground"],
                                        cwd=self.folder, stdout=self._log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        try:
            self._wait_ready(began + wait)
            self.start_seconds = time.monotonic() - began
            if self.grant:
                self.isql(GRANT)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, deadline: float) -> None:
        probe = self.endpoint + "?" + urllib.parse.urlencode({"query": "ASK { }"})
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with code {self.process.returncode}; "
                                   f"see {self.folder / 'db' / 'virtuoso.log'}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError) as exc:
                last = exc
            time.sleep(0.25)
        raise RuntimeError(f"Virtuoso did not answer on {self.endpoint} in time ({last}):\n{self.log_tail()}")

    def isql(self, statements: str) -> str:
        """Run SQL through isql-vt as dba (the Debian package leaves the password as dba)."""
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt failed ({done.returncode}): {done.stdout}{done.stderr}")
        return done.stdout

    def log_tail(self, lines: int = 20) -> str:
        log = self.folder / "db" / "virtuoso.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def stop(self) -> None:
        """SIGTERM this virtuoso-t (a quick shutdown), SIGKILL if it lingers; wait for it."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        log = getattr(self, "_log", None)
        if log is not None and not log.closed:
            log.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


if __name__ == "__main__":  # pragma: no cover - manual use
    reason = why_unavailable()
    if reason:
        sys.exit(reason)
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kg-virtuoso")
    max_rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    # Ctrl-C and `kill PID` both stop virtuoso-t (a background shell job ignores SIGINT otherwise)
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    with Virtuoso(folder, max_rows=max_rows) as server:
        print(f"Virtuoso ready in {server.start_seconds:.1f} s: {server.endpoint} (isql port {server.sql_port}, "
              f"pid {server.process.pid}); Ctrl-C or `kill {os.getpid()}` stops it.", flush=True)
        try:
            server.process.wait()
        except KeyboardInterrupt:
            pass
