"""SIGTERM as an exception from the first moment of a run, and what to say when a signal stops
one.

Starting up takes a while (imports, the event loop): ``docker stop`` then must not kill the tool
silently. Within :func:`sigterm_raises` (all of ``main``), SIGTERM raises :class:`Terminated`;
while a command runs, the event loop's handler takes over (``app._main``: the work is
cancelled, so every transfer stops cleanly) and hands back to this one. Light on purpose: it is
imported before the command line is parsed.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

__all__ = ["Terminated", "interrupted_line", "raise_on_sigterm", "sigterm_raises"]


class Terminated(Exception):
    """The run was stopped by SIGTERM (after a clean stop of its work)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def raise_on_sigterm() -> None:
    """Make SIGTERM raise :class:`Terminated` in the main thread (again, after the event loop
    removed its own handler, which leaves the default: a silent kill)."""
    with contextlib.suppress(ValueError):  # not the main thread: the caller's handling stays
        signal.signal(signal.SIGTERM, _terminate)


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` within the block; the previous handler after it."""
    try:
        previous = signal.getsignal(signal.SIGTERM)
    except ValueError:  # pragma: no cover - no such signal
        yield
        return
    raise_on_sigterm()
    try:
        yield
    finally:
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(signal.SIGTERM, previous)


def interrupted_line(command: str | None, *, signal: str = "SIGINT") -> str:
    """What to say on Ctrl-C (or SIGTERM): for a download, that running it again resumes."""
    what = "interrupted" if signal == "SIGINT" else f"stopped by {signal}"
    if command in ("download", "demo"):
        return f"{what}; run the same command again to resume (complete files are kept)"
    return what
