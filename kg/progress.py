"""Progress of a long run: the counts the library reports, and the one-line bar the CLI draws.

The library never draws: :func:`kg.ingest.ingest` calls ``on_progress(Progress)`` after every
article. :class:`ProgressBar` is such a callback for a terminal: it redraws one line on stderr
at most ten times a second, and does nothing at all when the stream is not a terminal (a pipe,
a log file, CI, click's CliRunner), so scripts and logs never see carriage returns.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """Articles finished so far in one run: stored, skipped as unchanged, failed."""

    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    elapsed: float = 0.0

    @property
    def done(self) -> int:
        """Articles finished, whatever the outcome."""
        return self.stored + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        """Articles finished per second since the start."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


class ProgressBar:
    """``kg ingest``'s status line: articles done, per second, unchanged and failed counts.

    Use as a context manager; call it with a :class:`Progress`. Quiet unless ``stream`` is a TTY.
    """

    def __init__(self, stream=None, *, label: str = "articles", interval: float = 0.1):
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        try:
            self.enabled = bool(isatty and isatty())
        except (ValueError, OSError):  # a closed stream
            self.enabled = False
        self.label = label
        self.interval = interval
        self._last_draw = 0.0
        self._width = 0
        self._last: Progress | None = None

    def __call__(self, progress: Progress) -> None:
        self._last = progress
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw >= self.interval:
            self._last_draw = now
            self._draw(progress)

    def line(self, progress: Progress) -> str:
        """The text of the status line for `progress`."""
        parts = [f"{progress.done:,} {self.label}", f"{progress.rate:,.1f}/s"]
        if progress.unchanged:
            parts.append(f"{progress.unchanged:,} unchanged")
        parts.append(f"{progress.failed:,} failed")
        return "  ".join(parts) + f"  [{_clock(progress.elapsed)}]"

    def _draw(self, progress: Progress) -> None:
        text = self.line(progress)
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write(f"\r{text}{pad}")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final counts and end the line (only when something was drawn)."""
        if self.enabled and self._last is not None:
            self._draw(self._last)
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
