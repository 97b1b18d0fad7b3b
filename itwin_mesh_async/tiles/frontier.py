"""The frontier of a walk and its pool of workers.

A pool of workers, in one ``asyncio.TaskGroup``, takes references from the frontier: each
handles one (fetch, verify, hand on) and pushes the references found in it back. The walk is
done when the frontier is empty and no worker is busy. The pool's size is the one concurrency
knob, transfers in flight: :meth:`Frontier.resize` changes it while the walk runs (adaptive
concurrency), adding workers at once and retiring extra ones as they finish their file.
Pending references are popped depth-first, and files that open many more (external tilesets,
subtrees) only while the frontier is within its budget, so it stays near that budget however
large the tileset.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable

from .parse.discover import Ref, RefKind
from .reach import file_name

__all__ = ["Frontier", "Handler", "opens_many"]

Item = tuple[Ref, int]  # a pending reference and the external depth it was found at
# Handles one reference: (ref, external depth, whether opens_many(ref)).
Handler = Callable[[Ref, int, bool], Awaitable[None]]
# What a file that opens others is expected to hold before any was opened: pessimistic, so
# that 32 workers opening 32 external tilesets at once do not queue 32 x their references.
_FIRST_FANOUT = 1024.0


def opens_many(ref: Ref) -> bool:
    """True for a reference likely to hold many references: a subtree, or JSON content (an
    external tileset). Only the order of the walk depends on it, never what it fetches."""
    if ref.kind is RefKind.SUBTREE:
        return True
    if ref.kind is not RefKind.TILESET_OR_CONTENT:
        return False
    return file_name(ref.uri).endswith(".json")


class Frontier:
    """Pending references and the workers that handle them.

    ``budget``: references the frontier aims to hold at most. A container (see
    :func:`opens_many`) is opened only while the pending references plus what the containers
    being opened are expected to add (a running mean of what opened ones held) stay under it.
    ``peak`` is the most references to plain files ever pending, for tests and diagnostics.
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.pending: deque[Item] = deque()  # references to files that open no others
        self.containers: deque[Item] = deque()  # to files likely to (see opens_many)
        self.opening = 0  # workers on a container
        self.fanout = _FIRST_FANOUT  # running mean of the references a container held
        self.busy = 0
        self.peak = 0
        self.target = 0  # workers wanted: transfers in flight
        self.workers = 0  # workers running
        self.most_busy = 0  # the most files handled at once
        self._group: asyncio.TaskGroup | None = None
        self._handle: Handler | None = None
        self._wake = asyncio.Event()

    def __len__(self) -> int:
        return len(self.pending) + len(self.containers)

    def push(self, refs: list[Ref], depth: int) -> None:
        """Queue references found in a file at external depth ``depth``."""
        if refs:
            pending = self.pending
            # Popped from the right: reversed, so one file's references are taken in document
            # order (of two that differ only by query, the first one written is fetched: both
            # name one file, so opens_many puts them in the same queue).
            for ref in reversed(refs):
                (self.containers if opens_many(ref) else pending).append((ref, depth))
            self.peak = max(self.peak, len(pending))
            self._wake.set()

    def opened(self, refs: int) -> None:
        """Record how many references a container held (for the budget)."""
        self.fanout += (refs - self.fanout) * 0.25

    async def run(self, workers: int, handle: Handler) -> None:
        """Run ``workers`` workers calling ``handle`` until the frontier is empty and every
        worker idle; the first error cancels the others (an ``ExceptionGroup``)."""
        self._handle = handle
        try:
            async with asyncio.TaskGroup() as group:
                self._group = group
                self.target = 0
                self.resize(workers)
        finally:
            self._group = self._handle = None

    def resize(self, workers: int) -> None:
        """Keep ``workers`` workers: more start at once; extra ones stop after their file."""
        self.target = max(1, workers)
        group, handle = self._group, self._handle
        if group is None or handle is None:
            return
        while self.workers < self.target:
            worker = self._worker(handle)
            try:
                group.create_task(worker)
            except RuntimeError:
                # The pool is winding down (the walk is over, or an error is cancelling it):
                # the tuner's timer may still fire; nothing is left for a new worker to do.
                worker.close()
                return
            self.workers += 1
        if self.workers > self.target:
            self._wake.set()  # idle extra workers leave now

    def _next(self) -> tuple[Item, bool] | None:
        """The next reference to handle and whether it is a container; None: wait."""
        containers = self.containers
        pending = self.pending
        if containers and (
            not (pending or self.opening)  # else nothing could proceed
            or len(pending) + (self.opening + 1) * self.fanout <= self.budget
        ):
            return containers.pop(), True
        if pending:
            return pending.pop(), False
        return None

    async def _take(self) -> tuple[Item, bool] | None:
        while True:
            if self.workers > self.target:
                return None  # the pool shrank: this worker retires
            if (taken := self._next()) is not None:
                break
            if self.busy == 0:
                self._wake.set()  # let every idle worker see that the walk is over
                return None
            self._wake.clear()
            await self._wake.wait()
        self.busy += 1
        self.most_busy = max(self.most_busy, self.busy)
        if taken[1]:
            self.opening += 1
        return taken

    async def _worker(self, handle: Handler) -> None:
        try:
            while (taken := await self._take()) is not None:
                (ref, depth), container = taken
                try:
                    await handle(ref, depth, container)
                finally:
                    self.busy -= 1
                    if container:
                        self.opening -= 1
                        self._wake.set()  # room for another container
                    elif self.busy == 0 and not self.pending:
                        self._wake.set()
        finally:
            self.workers -= 1
