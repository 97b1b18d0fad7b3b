"""The adaptive switch between writing whole bodies inline and in write threads.

Whole bodies are written inline while most writes are fast (tmpfs: ~16 us of kernel time for a
20 KB file), since a hop to a thread costs more (~25 us). When most take longer than
``slow_write`` seconds (a disk file system: 50-250 us per file, ~1 ms on slower ones; fsync),
they go to the write threads, where that time overlaps with the event loop. A fraction of slow
writes, not a mean: a write that was merely preempted (a busy machine) must not flip the choice.
"""

from __future__ import annotations

import asyncio
import os
import time
from concurrent.futures import ThreadPoolExecutor

from .mirror import Mirror

__all__ = ["AdaptiveWriter"]


class AdaptiveWriter:
    """Writes whole bodies into a mirror, inline or in ``threads`` threads (0: always inline).

    ``threaded`` says where the next write should go; the caller reads it (a plain attribute,
    so the per-file hot path pays no call) and uses :meth:`write` or :meth:`write_in_thread`.
    """

    def __init__(self, mirror: Mirror, *, threads: int, slow_write: float) -> None:
        self.mirror = mirror
        self.slow_write = slow_write
        self._executor = (
            ThreadPoolExecutor(threads, thread_name_prefix="itwin-mesh-write")
            if threads > 0
            else None
        )
        self.slow_writes = 0.0  # moving average of the share of writes slower than slow_write
        self.threaded = False

    def write(self, path: str, data: bytes) -> os.stat_result:
        """Write a whole body (inline or in a write thread), timing it for the choice; the
        file's ``stat`` (for the manifest)."""
        started = time.perf_counter()
        try:
            return self.mirror.write(path, data)
        finally:
            slow = 1.0 if time.perf_counter() - started > self.slow_write else 0.0
            # A float updated from threads too: a lost update only delays the choice a little.
            self.slow_writes += (slow - self.slow_writes) * 0.05
            self.threaded = self._executor is not None and self.slow_writes > 0.5

    async def write_in_thread(self, path: str, data: bytes) -> os.stat_result:
        """:meth:`write` in one of the write threads."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.write, path, data)

    def close(self) -> None:
        """Wait for the writes in flight and stop the threads."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
