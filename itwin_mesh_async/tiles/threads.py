"""Work a run hands to a thread, finished before the run cleans up, even when it is cancelled.

A thread cannot be interrupted: when the task awaiting ``asyncio.to_thread`` is cancelled
(Ctrl-C, SIGTERM, a fatal error in a sibling), the thread goes on. A download's clean-up would
then race it: close the manifest it is opening (left open, its writer thread alive) or the
folder descriptors it writes through (whose numbers a later ``open`` may reuse). :func:`settle`
waits for the thread before the cancellation goes on, tells a long loop to stop early
(``stop``), and hands what it opened to ``undo`` when nobody else will get it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["settle"]

T = TypeVar("T")


async def settle(
    call: Callable[[], T],
    *,
    stop: threading.Event | None = None,
    undo: Callable[[T], object] | None = None,
) -> T:
    """``call()`` in a thread; if the caller is cancelled meanwhile, ``stop`` is set, the thread
    is waited for, and ``undo`` gets its result (something it opened), before the cancellation
    is raised again."""
    work = asyncio.ensure_future(asyncio.to_thread(call))
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        if stop is not None:
            stop.set()
        await asyncio.wait([work])
        # exception() first: a failure of the thread is retrieved (asyncio would log it).
        if not work.cancelled() and work.exception() is None and undo is not None:
            undo(work.result())
        raise
