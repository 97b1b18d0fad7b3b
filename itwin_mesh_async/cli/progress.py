"""Live download progress on stderr: files done / known, bytes, rate, ETA, retries, failures.

Uses ``rich`` when installed (the ``cli`` extra) and a plain single ``\\r`` line otherwise.
:func:`progress_fields` is the pure part that turns the engine's counters into display text.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Protocol, TextIO

from ..tiles.report import Progress
from .output import human_size

__all__ = ["ProgressDisplay", "open_progress", "progress_fields"]


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def progress_fields(p: Progress) -> dict[str, str]:
    """Display texts for one progress update.

    "Done" counts every file settled in this run: fetched, already complete or failed. The ETA
    comes from the fetch rate over the files known so far: the walk discovers files as it goes,
    so it is a lower bound until discovery ends, which is the honest thing to show.
    """
    settled = p.files_done + p.skipped + p.failed
    remaining = max(0, p.files_known - settled)
    if remaining == 0 and settled:
        eta = "0:00"
    elif p.elapsed > 0 and p.files_done > 0:
        eta = _duration(remaining * p.elapsed / p.files_done)
    else:
        eta = "-"
    extra = f"{p.retries} retries, {p.failed} failed"
    if p.skipped:
        extra += f", {p.skipped} already complete"
    return {
        "files": f"{settled}/{p.files_known} files",
        "bytes": human_size(p.bytes_done),
        "rate": f"{human_size(p.rate_bytes)}/s",
        "eta": f"ETA {eta}",
        "extra": extra,
    }


class ProgressDisplay(Protocol):
    """A progress callback (``tiles.Progress`` in) that must be closed when the work ends."""

    def __call__(self, progress: Progress) -> None: ...
    def close(self) -> None: ...


class _Off:
    def __call__(self, progress: Progress) -> None:
        pass

    def close(self) -> None:
        pass


class _PlainLine:
    """One line rewritten in place with ``\\r``; at most ``hz`` redraws a second."""

    def __init__(self, stream: TextIO, label: str, hz: float = 8.0) -> None:
        self._stream = stream
        self._label = label
        self._every = 1.0 / hz
        self._last = 0.0
        self._width = 0
        self._pending: Progress | None = None

    def __call__(self, progress: Progress) -> None:
        self._pending = progress
        now = time.monotonic()
        if now - self._last >= self._every:
            self._draw()
            self._last = now

    def _draw(self) -> None:
        if self._pending is None:
            return
        f = progress_fields(self._pending)
        text = f"{self._label}: {f['files']}, {f['bytes']}, {f['rate']}, {f['eta']}, {f['extra']}"
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self._stream.write("\r" + text + " " * pad)
        self._stream.flush()
        self._pending = None

    def close(self) -> None:
        self._draw()
        if self._width:
            self._stream.write("\n")
            self._stream.flush()


class _Rich:
    def __init__(self, stream: TextIO, label: str) -> None:
        from rich.console import Console  # noqa: PLC0415 - optional dependency
        from rich.file_proxy import FileProxy  # noqa: PLC0415
        from rich.progress import (  # noqa: PLC0415
            BarColumn,
            SpinnerColumn,
            TextColumn,
        )
        from rich.progress import Progress as RichProgress  # noqa: PLC0415

        self._progress = RichProgress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(bar_width=20),
            TextColumn(
                "{task.fields[files]}  {task.fields[bytes]}  "
                "{task.fields[rate]}  {task.fields[eta]}"
            ),
            TextColumn("[dim]{task.fields[extra]}"),
            console=Console(file=stream, stderr=True),
            refresh_per_second=8,
        )
        # With -v, request logs go to the same terminal: print them above the live display
        # instead of through it.
        self._stream = stream
        self._proxy = FileProxy(self._progress.console, stream)
        self._moved = _move_log_handlers(stream, self._proxy)
        self._task = self._progress.add_task(
            label, total=None, files="0/0 files", bytes="0 B", rate="-", eta="ETA -", extra=""
        )
        self._progress.start()

    def __call__(self, progress: Progress) -> None:
        f = progress_fields(progress)
        self._progress.update(
            self._task,
            completed=progress.files_done + progress.skipped + progress.failed,
            total=progress.files_known or None,
            files=f["files"],
            bytes=f["bytes"],
            rate=f["rate"],
            eta=f["eta"],
            extra=f["extra"],
        )

    def close(self) -> None:
        self._proxy.flush()
        self._progress.stop()
        for handler in self._moved:
            handler.setStream(self._stream)


def _move_log_handlers(old: TextIO, new: Any) -> list[logging.StreamHandler[Any]]:
    """Point the root logger's handlers that write to ``old`` at ``new``; returns them."""
    moved = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler) and h.stream is old
    ]
    for handler in moved:
        handler.setStream(new)
    return moved


def open_progress(
    enabled: bool, stream: TextIO, label: str = "download", *, prefer_rich: bool = True
) -> ProgressDisplay:
    """A progress display on ``stream``: rich if installed, else a plain line; none if disabled."""
    if not enabled:
        return _Off()
    if prefer_rich:
        try:
            return _Rich(stream, label)
        except ImportError:
            pass
    return _PlainLine(stream, label)
