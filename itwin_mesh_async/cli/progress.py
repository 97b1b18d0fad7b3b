"""Download progress on stderr: a live display on a terminal, a status line every few seconds
elsewhere (as ``rclone --stats`` does), nothing with ``-q`` or ``--progress never``.

The live display is rich's own columns (files M/N, bytes, rate, time remaining) on two short
rows that fit 80 columns; without rich, one ``\\r`` line. Rates are over the last
:data:`WINDOW` seconds, not since the start, and sizes are decimal (1 MB = 1,000,000 bytes, as
rich's columns count). The ETA comes from the export's own byte total when the service gives
one: the file count grows while the walk discovers files, so an ETA from it would lie.
:class:`RateWindow` and :func:`status_line` are the pure parts.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol, TextIO

from ..tiles.report import Progress
from .output import human_size

__all__ = [
    "STATUS_EVERY",
    "WINDOW",
    "ProgressDisplay",
    "RateWindow",
    "open_progress",
    "status_line",
]

WINDOW = 10.0
"""Seconds of history behind a displayed rate."""
STATUS_EVERY = 5.0
"""Seconds between two status lines when stderr is not a terminal."""


class RateWindow:
    """The rate of a growing counter over the last ``window`` seconds."""

    def __init__(self, window: float = WINDOW) -> None:
        self.window = window
        self._samples: deque[tuple[float, float]] = deque()

    def add(self, now: float, value: float) -> None:
        """Record the counter's ``value`` at time ``now``."""
        self._samples.append((now, value))
        # Keep one sample at or before the window's start as the baseline.
        while len(self._samples) > 2 and self._samples[1][0] <= now - self.window:
            self._samples.popleft()

    def rate(self) -> float:
        """Units per second over the window (0 until two samples apart in time)."""
        if len(self._samples) < 2:
            return 0.0
        (t0, v0), (t1, v1) = self._samples[0], self._samples[-1]
        return (v1 - v0) / (t1 - t0) if t1 > t0 else 0.0


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _eta(p: Progress, rate: float, total_bytes: int | None) -> str | None:
    # Only from a byte total that covers this run: with files already in DEST (skipped), the
    # bytes still to come are unknown.
    if not total_bytes or p.skipped or total_bytes < p.bytes_done or rate <= 0:
        return None
    return _duration((total_bytes - p.bytes_done) / rate)


def status_line(label: str, p: Progress, *, rate: float, total_bytes: int | None = None) -> str:
    """One line of text for a progress snapshot (the plain and the not-a-terminal displays)."""
    settled = p.files_done + p.skipped + p.failed
    size = human_size(p.bytes_done)
    if total_bytes and total_bytes >= p.bytes_done:
        size += f" of {human_size(total_bytes)}"
    parts = [f"{label}: {settled}/{p.files_known} files", size, f"{human_size(rate)}/s"]
    if (eta := _eta(p, rate, total_bytes)) is not None:
        parts.append(f"ETA {eta}")
    parts.append(f"{p.retries} retries, {p.failed} failed")
    if p.skipped:
        parts.append(f"{p.skipped} already complete")
    parts.append(f"elapsed {_duration(p.elapsed)}")
    return ", ".join(parts)


class ProgressDisplay(Protocol):
    """A progress callback (``tiles.Progress`` in) that must be closed when the work ends."""

    def __call__(self, progress: Progress) -> None: ...
    def close(self) -> None: ...


class _Off:
    def __call__(self, progress: Progress) -> None:
        pass

    def close(self) -> None:
        pass


class _Lines:
    """Text lines: rewritten in place with ``\\r`` on a terminal without rich, or appended
    every ``every`` seconds (and once at the end) where stderr is a pipe or a file."""

    def __init__(
        self,
        stream: TextIO,
        label: str,
        total_bytes: int | None,
        *,
        in_place: bool,
        every: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream, self._label, self._total = stream, label, total_bytes
        self._in_place, self._every, self._clock = in_place, every, clock
        self._window = RateWindow()
        self._last: float | None = None  # the first update starts the clock
        self._width = 0
        self._pending: Progress | None = None

    def __call__(self, progress: Progress) -> None:
        now = self._clock()
        self._window.add(now, progress.bytes_done)
        self._pending = progress
        if self._last is None:
            self._last = now
        elif now - self._last >= self._every:
            self._draw()
            self._last = now

    def _draw(self, *, last: bool = False) -> None:
        p = self._pending
        if p is None:
            return
        rate = self._window.rate()
        if last and not rate and p.elapsed > 0:
            rate = p.bytes_done / p.elapsed  # a run too short for the window: its average
        text = status_line(self._label, p, rate=rate, total_bytes=self._total)
        if self._in_place:
            pad = max(0, self._width - len(text))
            self._width = len(text)
            self._stream.write("\r" + text + " " * pad)
        else:
            self._stream.write(text + "\n")
        self._stream.flush()
        self._pending = None

    def close(self) -> None:
        self._draw(last=True)
        if self._in_place and self._width:
            self._stream.write("\n")
            self._stream.flush()


class _Rich:
    """Two rows of rich's own columns in one live display on ``console``."""

    def __init__(self, console: Any, label: str, total_bytes: int | None) -> None:
        from rich.console import Group  # noqa: PLC0415 - optional dependency
        from rich.live import Live  # noqa: PLC0415
        from rich.progress import (  # noqa: PLC0415
            BarColumn,
            DownloadColumn,
            MofNCompleteColumn,
            SpinnerColumn,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )
        from rich.progress import Progress as RichProgress  # noqa: PLC0415

        common: dict[str, Any] = {"console": console, "speed_estimate_period": WINDOW}
        self._files = RichProgress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            TextColumn("files [dim]{task.fields[extra]}"),
            **common,
        )
        self._bytes = RichProgress(
            TextColumn("  {task.description}"),
            BarColumn(bar_width=20),
            DownloadColumn(binary_units=False),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            TextColumn("[dim]{task.fields[extra]}"),
            **common,
        )
        self._total = total_bytes
        self._file_task = self._files.add_task(label, total=None, extra="")
        self._byte_task = self._bytes.add_task(" " * len(label), total=total_bytes, extra="")
        self._live = Live(
            Group(self._files, self._bytes),
            console=console,
            refresh_per_second=8,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._live.start()

    def __call__(self, progress: Progress) -> None:
        extra = f"{progress.failed} failed"
        if progress.retries:
            extra += f", {progress.retries} retries"
        self._files.update(
            self._file_task,
            completed=progress.files_done + progress.skipped + progress.failed,
            total=progress.files_known or None,
            extra=extra,
        )
        total = self._total if self._total and self._total >= progress.bytes_done else None
        self._bytes.update(
            self._byte_task,
            completed=progress.bytes_done,
            total=None if progress.skipped else total,
            extra=f"{progress.skipped} already complete" if progress.skipped else "",
        )

    def close(self) -> None:
        self._live.stop()


def open_progress(
    mode: str,
    stream: TextIO,
    label: str = "download",
    *,
    console: Any = None,
    total_bytes: int | None = None,
    every: float = STATUS_EVERY,
) -> ProgressDisplay:
    """A progress display on ``stream`` for ``--progress MODE`` (auto, always, never).

    ``console`` is the rich console that also prints the log (so that log lines go above the
    live display); without one, a plain line is drawn instead.
    """
    if mode == "never":
        return _Off()
    live = mode == "always" or _isatty(stream)
    if not live:
        return _Lines(stream, label, total_bytes, in_place=False, every=every)
    if console is not None:
        return _Rich(console, label, total_bytes)
    return _Lines(stream, label, total_bytes, in_place=True, every=0.125)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
