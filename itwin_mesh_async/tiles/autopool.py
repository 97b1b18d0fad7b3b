"""``concurrency="auto"`` at run time: measures a running walk and resizes its pool.

Every ``tick`` seconds it looks whether the limit is binding (every worker busy and work still
queued); every window it hands the :class:`~.autotune.ConcurrencyTuner` a sample (files and bytes
fetched, throttling answers) and applies its answer with :meth:`~.frontier.Frontier.resize`.

A window lasts at least ``window`` seconds and until every slot completed ``ROUNDS`` files on
average (at most ``LONGEST_WINDOW`` seconds): transfers started together finish together, so a
window of one or two round trips would see a burst more or less and misjudge the rate.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from .autotune import ConcurrencyTuner, Sample
from .frontier import Frontier
from .report import Tally

__all__ = ["AutoPool"]

log = logging.getLogger("itwin_mesh_async.tiles")

TICK = 0.05
WINDOW = 0.5
LONGEST_WINDOW = 5.0
ROUNDS = 4
SATURATED = 0.6  # share of a window's ticks the limit must bind for the rate to count


class AutoPool:
    """Drives ``frontier``'s pool size from ``tuner`` while a walk runs."""

    def __init__(
        self,
        tuner: ConcurrencyTuner,
        frontier: Frontier,
        tally: Tally,
        throttled: Callable[[], int],
        *,
        tick: float = TICK,
        window: float = WINDOW,
    ) -> None:
        self.tuner = tuner
        self.frontier = frontier
        self.tally = tally
        self.throttled = throttled  # the fetcher's running count of throttling answers
        self.tick = tick
        self.window = window

    async def run(self) -> None:
        """Sample and resize until cancelled (the walk's end)."""
        frontier, tally, tuner = self.frontier, self.tally, self.tuner
        while True:
            started = time.monotonic()
            files, nbytes, throttled = tally.files_done, tally.bytes_done, self.throttled()
            ticks = binding = 0
            while True:
                await asyncio.sleep(self.tick)
                ticks += 1
                if frontier.busy >= frontier.target and len(frontier) > 0:
                    binding += 1
                elapsed = time.monotonic() - started
                done = tally.files_done - files
                if self.throttled() != throttled:
                    break  # throttling: back off now, not at the end of the window
                if elapsed >= self.window and (
                    done >= ROUNDS * tuner.limit or elapsed >= LONGEST_WINDOW
                ):
                    break
            sample = Sample(
                seconds=time.monotonic() - started,
                files=tally.files_done - files,
                bytes=tally.bytes_done - nbytes,
                throttled=self.throttled() - throttled,
                saturated=binding >= SATURATED * ticks,
            )
            before = tuner.limit
            decision = tuner.observe(sample)
            if decision.changed:
                frontier.resize(decision.limit)
                log.info(
                    "concurrency %d -> %d (%s; %.0f files/s, %d throttled)",
                    before,
                    decision.limit,
                    decision.reason,
                    sample.files / sample.seconds,
                    sample.throttled,
                )
