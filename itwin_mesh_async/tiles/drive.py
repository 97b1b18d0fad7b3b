"""Driving one walk: the frontier's workers, and beside them the silence warning, the progress
ticks and (with ``concurrency="auto"``) the pool that resizes itself; the task group's errors
come out as the first real one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable

from .autopool import AutoPool
from .autotune import ConcurrencyTuner
from .listmode import run_listed
from .parse.discover import Ref, RefKind
from .pipeline import Walk
from .report import ProgressCallback
from .tuning import Concurrency, Tuning
from .watch import watch_silence

__all__ = ["drive"]

log = logging.getLogger("itwin_mesh_async.tiles")


async def drive(
    walk: Walk, plan: Concurrency, tuning: Tuning, progress: ProgressCallback | None
) -> None:
    """Run ``walk`` (its list mode, or a walk from the root) to its end."""
    helpers = [watch_silence(walk, tuning.warn_after)]
    if progress is not None:
        helpers.append(_tick(walk, progress, tuning.progress_interval))
    tuner = None
    if plan.auto:
        tuner = ConcurrencyTuner(initial=plan.transfers, ceiling=plan.ceiling)
        fetcher = walk.fetcher
        helpers.append(AutoPool(tuner, walk.frontier, walk.tally, lambda: fetcher.throttled).run())
    tasks = [asyncio.create_task(helper) for helper in helpers]
    try:
        await _unwrap(run_listed(walk) if walk.mode == "list" else _run_walk(walk))
    finally:
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        walk.tally.concurrency = walk.frontier.target
        walk.tally.known = walk.known()  # the last snapshot's total: what the run came to
        if tuner is not None:
            log.info(
                "concurrency settled at %d (most %d; %d back-offs)",
                tuner.limit,
                tuner.peak,
                tuner.throttles,
            )


async def _run_walk(walk: Walk) -> None:
    root = walk.link.tileset
    walk.push([Ref(uri=str(root), base=root, kind=RefKind.TILESET_OR_CONTENT)], 0)
    await walk.run()


async def _tick(walk: Walk, progress: ProgressCallback, interval: float) -> None:
    tally = walk.tally
    while True:
        await asyncio.sleep(interval)
        tally.known = walk.known()
        progress(tally.progress())


async def _unwrap(work: Awaitable[None]) -> None:
    """Run ``work``; a TaskGroup's ExceptionGroup becomes its first real error."""
    try:
        await work
    except BaseExceptionGroup as group:
        raise _first(group) from None


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first error of a group that is not a cancellation (nested groups searched)."""
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            return _first(exc)
        if not isinstance(exc, asyncio.CancelledError):
            return exc
    return group.exceptions[0]
