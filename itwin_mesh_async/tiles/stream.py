"""The async iterator of tiles that :meth:`TileWalker.stream` returns."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable

from .report import DownloadReport, Tally, Tile

__all__ = ["TileStream"]

# The walks of streams still running. The event loop keeps only weak references to tasks: a
# stream left early and dropped would otherwise be collected mid-walk ("Task was destroyed but
# it is pending"), its session never closed. Held here, it is cancelled cleanly when its owner
# (``async with``, the client's exit) or ``asyncio.run``'s shutdown stops it.
_RUNNING: set[asyncio.Task[None]] = set()


class TileStream(AsyncIterator[Tile]):
    """The async iterator :meth:`TileWalker.stream` returns.

    Tiles arrive as files complete, through a bounded window (back-pressure: the workers wait
    while the consumer is behind). ``report`` tells how far it went and which files failed.
    ``async with stream: async for tile in stream: ...`` is the form to use: leaving the block
    (early, or on an error) stops every transfer and closes the connections. A plain loop left
    early keeps at most the window's tiles in flight until :meth:`aclose`, or the exit of the
    :class:`~itwin_mesh_async.ITwinClient` that made the stream, stops it.
    """

    def __init__(self, start: Callable[[TileStream], Awaitable[None]], window: int) -> None:
        self._start = start
        self._queue: asyncio.Queue[Tile | BaseException | None] = asyncio.Queue()
        self._room = asyncio.Semaphore(window)
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.tally = Tally()

    @property
    def report(self) -> DownloadReport:
        """The report so far (final once the iteration ended)."""
        return self.tally.report()

    async def put(self, tile: Tile) -> None:
        """Hand a tile to the consumer, waiting while the window is full."""
        await self._room.acquire()
        self._queue.put_nowait(tile)

    async def _run(self) -> None:
        try:
            await self._start(self)
        except BaseException as exc:
            self._queue.put_nowait(exc)  # the consumer raises it (a cancellation included)
            if isinstance(exc, asyncio.CancelledError):
                raise
        else:
            self._queue.put_nowait(None)
        finally:
            self.tally.finished = time.monotonic()

    def __aiter__(self) -> TileStream:
        return self

    async def __anext__(self) -> Tile:
        if self._closed:
            raise StopAsyncIteration
        if self._task is None:
            self._task = task = asyncio.create_task(self._run())
            _RUNNING.add(task)
            task.add_done_callback(_RUNNING.discard)
        item = await self._queue.get()
        if isinstance(item, Tile):
            self._room.release()
            return item
        self._closed = True
        await self._finish()
        if item is None:
            raise StopAsyncIteration
        raise item

    async def _finish(self) -> None:
        task = self._task
        if task is not None and not task.done():
            task.cancel()
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def aclose(self) -> None:
        """Stop the walk (cancelling its workers) and release its connections."""
        self._closed = True
        await self._finish()

    async def __aenter__(self) -> TileStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
