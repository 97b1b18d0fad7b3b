"""The download engine: :class:`TileWalker` walks a tileset and streams or mirrors every file.

Traversal and fetching overlap. A fixed pool of ``concurrency`` workers, in one
``asyncio.TaskGroup`` over one connection pool of the same size, takes references from a shared
frontier: each worker fetches a file, verifies it, hands it on (to the stream or the mirror) and
pushes the references :func:`discover` finds in it back onto the frontier. The walk is done when
the frontier is empty and no worker is busy. The only structure that grows with the tileset is
the set of relative paths already seen (:class:`SeenPaths`, ~16 bytes a path). Pending
references are popped depth-first, and files that open many more (external tilesets, subtrees)
only while the frontier is within ``FRONTIER_BUDGET``, so it stays near that budget however
large the tileset.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import mmap
import os
import struct
import time
from array import array
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from ssl import SSLContext
from typing import Literal
from urllib.parse import quote, unquote

import aiohttp
from yarl import URL

from ..errors import (
    DownloadError,
    InvalidArgumentError,
    LinkExpiredError,
    TileError,
    TileFetchError,
    TileFormatError,
    UnsafeReferenceError,
)
from ..redact import redact_url
from ..retry import RetryPolicy
from ..urls import container_root, is_data_uri, tileset_url_from_target
from .discover import Discovery, Ref, RefKind, discover, discover_subtree
from .fetch import Body, Fetcher, Link, RenewCallback
from .formats import Buffer
from .limits import DEFAULT_LIMITS, Limits
from .listing import list_blobs, listing_scopes
from .mirror import Mirror, storage_error
from .report import DownloadReport, ProgressCallback, Tally, Tile

__all__ = ["TileStream", "TileWalker"]

# Parsing a body this large runs in a thread so the event loop keeps serving the other workers.
PARSE_IN_THREAD = 512 * 1024
PROGRESS_INTERVAL = 0.1
# Whole bodies are written inline while most writes are fast (tmpfs: ~16 us of kernel time for
# a 20 KB file here), since a hop to a thread costs more (~25 us). When most take longer than
# SLOW_WRITE seconds (a disk file system: 50-250 us of kernel time per file here, ~1 ms on
# slower ones; fsync), they go to the write threads, where that time overlaps with the event
# loop. A fraction of slow writes, not a mean: a write that was merely preempted (a busy
# machine) must not flip the choice.
SLOW_WRITE = 40e-6
# Per-file retries: one file among thousands on a flaky link meets several faults in a row far
# more often than one API call does, so tiles get more attempts and a shorter backoff ceiling.
TILE_RETRY = RetryPolicy(max_attempts=10, max_delay=8.0)
# Formats whose files can hold references: their bodies are parsed; others are only verified.
_CONTAINER_FORMATS = frozenset({"tileset", "subtree"})

_Item = tuple[Ref, int]  # a pending reference and the external depth it was found at
# References the frontier aims to hold at most (~200 bytes each). A file that may hold many
# (an external tileset, a subtree) is opened only while the pending references plus what the
# files being opened are expected to add stay under it: otherwise 32 workers opening 32
# external tilesets at once would queue 32 x their references. Expected: a running mean of
# what opened files held, starting pessimistic.
FRONTIER_BUDGET = 8192
_FIRST_FANOUT = 1024.0
# The circuit breaker's default: this many files in a row that used up their retries on
# transient failures (no answer in between) mean the host is down, not flaky; 2 x concurrency,
# so one round of workers that all failed together is not enough on its own.
GIVE_UP_AFTER_MIN = 16


def _opens(ref: Ref) -> bool:
    """True for a reference likely to hold many references: a subtree, or JSON content (an
    external tileset). Only the order of the walk depends on it, never what it fetches."""
    if ref.kind is RefKind.SUBTREE:
        return True
    if ref.kind is not RefKind.TILESET_OR_CONTENT:
        return False
    # Query, fragment and escapes aside, so that two references to one file are alike.
    name = ref.uri.partition("?")[0].partition("#")[0].rstrip()
    return unquote(name).lower().endswith(".json")


class SeenPaths:
    """The relative paths a walk has seen: the one structure that grows with the tileset.

    Each path is kept as a 64-bit keyed BLAKE2b digest in an open-addressing table (an array
    of unsigned 64-bit integers, at most half full): ~16 bytes per path where a set of strings
    costs ~110. Two paths share a digest with probability ~n^2/2^65 (3e-10 for 100,000 paths);
    the key is random per walk, so no tileset can be made to collide on purpose. The second of
    two colliding paths would be taken as seen and not fetched. ``names`` keeps the strings too,
    for the list mode, which compares them with the container listing.
    """

    __slots__ = ("_count", "_key", "_mask", "_table", "names")

    def __init__(self, *, names: bool = False) -> None:
        self._key = os.urandom(16)
        self._table = array("Q", bytes(8 * 1024))
        self._mask = 1023
        self._count = 0
        self.names: set[str] | None = set() if names else None

    def __len__(self) -> int:
        return self._count

    def add(self, path: str) -> bool:
        """Record ``path``; True the first time, False when it was seen already."""
        digest = hashlib.blake2b(
            path.encode("utf-8", "surrogatepass"), digest_size=8, key=self._key
        ).digest()
        value = int.from_bytes(digest, "little") or 1  # 0 marks a free slot
        table, mask = self._table, self._mask
        i = value & mask
        while (slot := table[i]) != 0:
            if slot == value:
                return False
            i = (i + 1) & mask
        table[i] = value
        self._count += 1
        if self.names is not None:
            self.names.add(path)
        if self._count * 2 > mask:
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._table
        table = array("Q", bytes(16 * len(old)))
        mask = len(table) - 1
        for value in old:
            if value:
                i = value & mask
                while table[i] != 0:
                    i = (i + 1) & mask
                table[i] = value
        self._table, self._mask = table, mask


class _Walk:
    """One walk's shared state: the frontier, the seen paths, the workers and their outputs."""

    def __init__(
        self,
        *,
        fetcher: Fetcher,
        limits: Limits,
        concurrency: int,
        tally: Tally,
        mirror: Mirror | None,
        resume: bool,
        emit: Callable[[Tile], Awaitable[None]] | None,
        writer: ThreadPoolExecutor | None,
        give_up_after: int | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.give_up_after = give_up_after
        self.link = fetcher.link
        self.root = fetcher.link.root
        self.resolver = fetcher.link.resolver
        self.limits = limits
        self.concurrency = concurrency
        self.tally = tally
        self.mirror = mirror
        self.resume = resume and mirror is not None
        self.emit = emit
        self.writer = writer
        self.slow_writes = 0.0  # moving average of the share of writes slower than SLOW_WRITE
        self.pending: deque[_Item] = deque()  # references to files that open no others
        self.containers: deque[_Item] = deque()  # to files likely to (see _opens)
        self.opening = 0  # workers on a container
        self.fanout = _FIRST_FANOUT  # running mean of the references a container held
        self.seen = SeenPaths()
        self.busy = 0
        self.fatal_root = True
        self._wake = asyncio.Event()

    # -- the frontier ---------------------------------------------------------------------

    def push(self, refs: list[Ref], depth: int) -> None:
        """Queue references found in a file at external depth ``depth``."""
        if refs:
            # Popped from the right: reversed, so one file's references are taken in document
            # order (of two that differ only by query, the first one written is fetched: both
            # name one file, so _opens puts them in the same queue).
            for ref in reversed(refs):
                (self.containers if _opens(ref) else self.pending).append((ref, depth))
            self._wake.set()

    def _next(self) -> tuple[_Item, bool] | None:
        """The next reference to handle and whether it is a container; None: wait."""
        containers = self.containers
        pending = self.pending
        if containers and (
            not (pending or self.opening)  # else nothing could proceed
            or len(pending) + (self.opening + 1) * self.fanout <= FRONTIER_BUDGET
        ):
            return containers.pop(), True
        if pending:
            return pending.pop(), False
        return None

    async def _take(self) -> tuple[_Item, bool] | None:
        while (taken := self._next()) is None:
            if self.busy == 0:
                self._wake.set()  # let every idle worker see that the walk is over
                return None
            self._wake.clear()
            await self._wake.wait()
        self.busy += 1
        if taken[1]:
            self.opening += 1
        return taken

    def opened(self, refs: int) -> None:
        """Record how many references a container held (for the frontier budget)."""
        self.fanout += (refs - self.fanout) * 0.25

    async def run(self) -> None:
        """Run the workers until the frontier is empty and every worker idle."""
        async with asyncio.TaskGroup() as group:
            for _ in range(self.concurrency):
                group.create_task(self._worker())

    async def _worker(self) -> None:
        while (taken := await self._take()) is not None:
            item, container = taken
            try:
                await self._handle(*item)
            finally:
                self.busy -= 1
                if container:
                    self.opening -= 1
                    self._wake.set()  # room for another container
                elif self.busy == 0 and not self.pending:
                    self._wake.set()

    def known(self) -> int:
        """Files seen or still to be looked at."""
        return len(self.seen) + len(self.pending) + len(self.containers)

    # -- one reference --------------------------------------------------------------------

    async def _handle(self, ref: Ref, depth: int) -> None:
        uri = ref.uri
        if is_data_uri(uri):
            return
        try:
            url, path = self.resolver.resolve(ref.base, uri)
            if self.mirror is not None:
                self.mirror.final_path(path)
        except UnsafeReferenceError as exc:
            self.tally.fail(redact_url(uri), f"refused: {exc.reason}")
            return
        except ValueError as exc:  # yarl: a port out of range, an invalid host...
            self.tally.fail(redact_url(uri), f"refused: invalid URI ({redact_url(exc)})")
            return
        if not self.seen.add(path):
            return
        if depth > self.limits.max_external_depth:
            limit = self.limits.max_external_depth
            self.tally.fail(path, f"refused: external tilesets nested deeper than {limit}")
            return
        try:
            await self._file(url, path, ref, depth)
        except LinkExpiredError:
            raise
        except TileError as exc:
            if depth == 0 and self.fatal_root:
                raise DownloadError(f"cannot read the tileset {path}: {exc.reason}") from None
            self.tally.fail(path, exc.reason)
            give_up = self.give_up_after  # the circuit breaker (see TileWalker)
            if give_up is not None and self.fetcher.unanswered >= give_up:
                raise self._host_down(exc) from None

    def _host_down(self, last: TileError) -> DownloadError:
        """The circuit breaker's error: the container host stopped answering."""
        tally = self.tally
        # Host (and port) only: never the path's query, where the SAS lives.
        host = self.root.host_port_subcomponent or "?"
        done = tally.files_done + tally.skipped
        message = (
            f"the container host {host} stopped answering: {self.fetcher.unanswered} files in a"
            f" row failed after all their retries (last: {last.reason}); stopped with {done}"
            f" files done and {len(tally.failed)} failed"
        )
        if self.mirror is not None:
            message += "; running the same command again resumes (done files are kept)"
        return DownloadError(message)

    async def _file(self, url: URL, path: str, ref: Ref, depth: int) -> None:
        mirror = self.mirror
        if self.resume and mirror is not None and mirror.is_complete(path):
            found = await self._local(url, path, ref, depth)
            if found is not None:
                self.tally.skipped += 1
                self._follow(found, depth)
                return

        async def accept(body: Body) -> None:
            found = await self._inspect(body, url, path, ref, depth)
            if depth == 0 and self.fatal_root and found.format != "tileset":
                # A proxy's page or a wrong URL must not pass for a one-file tileset.
                raise TileError(
                    "not a 3D Tiles tileset (a JSON object with 'asset' and 'root');"
                    f" the file is {found.format}"
                )
            await self._store(body, path, found.format)
            self._follow(found, depth)

        await self.fetcher.fetch(url, path, accept, mirror=mirror)

    def _follow(self, found: Discovery, depth: int) -> None:
        if found.format in _CONTAINER_FORMATS:
            self.opened(len(found.refs))
        # Only tilesets and subtrees open a new level of the external chain.
        self.push(found.refs, depth + 1 if found.format in _CONTAINER_FORMATS else depth)

    async def _local(self, url: URL, path: str, ref: Ref, depth: int) -> Discovery | None:
        """Discovery of a complete file already in DEST, or None to fetch it again."""
        assert self.mirror is not None
        if ref.kind is RefKind.RESOURCE:
            return _LEAF
        try:
            data = await asyncio.to_thread(self.mirror.read, path)
            return await self._discover_all(url, data, ref, depth)
        except (TileFormatError, OSError):
            return None  # damaged by hand or by another tool: fetch it again

    async def _discover(self, url: URL, data: Buffer, ref: Ref) -> Discovery:
        limits = self.limits
        try:
            if len(data) > PARSE_IN_THREAD and not _small_glb_json(data):
                return await asyncio.to_thread(
                    discover, url, data, ref.kind, ref.implicit, limits=limits
                )
            return discover(url, data, ref.kind, ref.implicit, limits=limits)
        except (ValueError, KeyError, TypeError, IndexError, struct.error, RecursionError) as exc:
            # The parsers raise TileFormatError for what they foresee; anything else a hostile
            # file provokes still fails that file only.
            raise TileFormatError(f"cannot parse the file ({type(exc).__name__})") from None

    async def _discover_all(self, url: URL, data: Buffer, ref: Ref, depth: int) -> Discovery:
        """:func:`discover`, then, for a subtree whose availability lives in external buffers,
        fetch those and resolve it."""
        found = await self._discover(url, data, ref)
        if not found.needs:
            return found
        buffers: dict[str, bytes] = {}
        for need in found.needs:
            try:
                buffers[need.uri] = await self._need(need, depth)
            except UnsafeReferenceError as exc:
                raise TileFormatError(
                    f"external buffer {need.uri!r} refused: {exc.reason}"
                ) from None
            except TileFetchError as exc:
                if isinstance(exc, LinkExpiredError):
                    raise
                raise TileError(f"external buffer {need.uri!r}: {exc.reason}") from None
        assert ref.implicit is not None
        return discover_subtree(url, data, ref.implicit, buffers, limits=self.limits)

    async def _need(self, need: Ref, depth: int) -> bytes:
        """The bytes of a subtree's external buffer; stored like any file the first time."""
        url, path = self.resolver.resolve(need.base, need.uri)
        mirror = self.mirror
        if mirror is not None:
            mirror.final_path(path)
        if self.resume and mirror is not None and mirror.is_complete(path):
            data = await asyncio.to_thread(mirror.read, path)
            if self.seen.add(path):
                self.tally.skipped += 1
            return data
        first = self.seen.add(path)

        async def keep(body: Body) -> bytes:
            data = body.data
            if data is None:
                assert body.temp is not None and mirror is not None
                if body.size > self.limits.max_subtree_bytes:
                    raise TileFormatError("external subtree buffer is over the size limit")
                data = await asyncio.to_thread(mirror.read_temp, body.temp)
            if first:
                await self._store(body, path, "bin")
            return data

        return await self.fetcher.fetch(url, path, keep, mirror=mirror)

    async def _inspect(self, body: Body, url: URL, path: str, ref: Ref, depth: int) -> Discovery:
        """Verify a fetched body and find its references (TileFormatError when it is bad)."""
        if body.data is not None:
            return await self._discover_all(url, body.data, ref, depth)
        temp = body.temp
        assert temp is not None
        if ref.kind is RefKind.RESOURCE or body.size == 0:
            # A large buffer or image references nothing; its length was checked.
            return _LEAF
        # A large body lives in its temporary file: map it rather than read it back, so only
        # the pages the parser touches (headers, a GLB's JSON chunk) come into memory.
        mapped = mmap.mmap(temp.file.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            return await self._discover_all(url, memoryview(mapped), ref, depth)
        finally:
            with contextlib.suppress(BufferError):  # a view still alive: closed when it dies
                mapped.close()

    async def _store(self, body: Body, path: str, fmt: str) -> None:
        mirror = self.mirror
        if mirror is None:
            assert self.emit is not None and body.data is not None
            await self.emit(Tile(path, body.data, fmt, body.size))
        else:
            try:
                if body.temp is not None:
                    mirror.commit(body.temp, path)
                elif self.writer is not None and self.slow_writes > 0.5:
                    assert body.data is not None
                    loop = asyncio.get_running_loop()
                    await loop.run_in_executor(self.writer, self._write, path, body.data)
                else:
                    assert body.data is not None
                    self._write(path, body.data)
            except OSError as exc:
                raise storage_error(exc, mirror.dest, path) from None
        self.tally.files_done += 1
        self.tally.bytes_done += body.size

    def _write(self, path: str, data: bytes) -> None:
        """Write a whole body (inline or in a write thread), timing it for the choice."""
        assert self.mirror is not None
        started = time.perf_counter()
        try:
            self.mirror.write(path, data)
        finally:
            slow = 1.0 if time.perf_counter() - started > SLOW_WRITE else 0.0
            # A float updated from threads too: a lost update only delays the choice a little.
            self.slow_writes += (slow - self.slow_writes) * 0.05


_LEAF = Discovery(refs=[], format="bin")


def _small_glb_json(data: Buffer) -> bool:
    """True for a GLB whose JSON chunk (all that parsing it reads, the rest being verified by
    its lengths) is small enough to parse inline, however large the file."""
    return (
        len(data) >= 20
        and data[:4] == b"glTF"
        and struct.unpack_from("<I", data, 12)[0] <= PARSE_IN_THREAD
    )


class TileStream(AsyncIterator[Tile]):
    """The async iterator :meth:`TileWalker.stream` returns.

    Tiles arrive as files complete, through a bounded window (back-pressure: the workers wait
    while the consumer is behind). ``report`` tells how far it went and which files failed.
    Leaving the loop early should be followed by :meth:`aclose` (or use ``async with``), which
    cancels the workers cleanly.
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
            self._task = asyncio.create_task(self._run())
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


Mode = Literal["walk", "list"]


class TileWalker:
    """Walks a 3D Tiles tileset in a blob container and streams or mirrors every file.

    ``session``: an ``aiohttp.ClientSession`` to borrow (never closed here; it must carry no
    ``Authorization`` header); without one each run opens its own, with a connection pool of
    ``concurrency`` connections. ``limits`` bound what hostile files may cost; ``retry`` is the
    per-file retry policy; ``write_threads`` spreads file creation over threads when writes are
    slow (a disk; writes fast enough, as on tmpfs, stay inline; 0: always inline).
    ``ssl``: TLS certificates are verified unless it is ``False`` (an explicit opt-out); an
    ``ssl.SSLContext`` trusts what it is set up to (a private CA, say). A borrowed session
    keeps its own connector's setting.
    ``give_up_after``: the circuit breaker. When this many files in a row (across workers) used
    up their retries on resets, timeouts, 5xx or 429 with no successful fetch in between, the
    container host is taken as down and the run stops with
    :class:`~itwin_mesh_async.errors.DownloadError` rather than failing every remaining file one
    by one; 404s, bad bodies and refused references never count, and any success resets the
    count. ``"auto"``: ``max(16, 2 * concurrency)``; ``None`` turns it off.

    Each file is fetched once, named by its path under the container root without query.
    References that differ only in their query (``a.glb?v=1``, ``a.glb?v=2``) name one file, as
    they would on any static server: it is fetched once, with the query of the first reference
    the walk reaches (within one file, the first one written).
    """

    def __init__(
        self,
        session: aiohttp.ClientSession | None = None,
        *,
        concurrency: int = 32,
        limits: Limits | None = None,
        retry: RetryPolicy | None = None,
        write_threads: int = 4,
        fsync: bool = False,
        timeout: aiohttp.ClientTimeout | None = None,
        ssl: SSLContext | bool = True,
        give_up_after: int | Literal["auto"] | None = "auto",
    ) -> None:
        if concurrency < 1:
            raise InvalidArgumentError(f"concurrency must be at least 1, got {concurrency}")
        if give_up_after == "auto":
            give_up_after = max(GIVE_UP_AFTER_MIN, 2 * concurrency)
        elif give_up_after is not None and (
            isinstance(give_up_after, bool)
            or not isinstance(give_up_after, int)
            or give_up_after < 1
        ):
            raise InvalidArgumentError(
                f"give_up_after must be a positive integer, 'auto' or None, got {give_up_after!r}"
            )
        if session is not None and ("Authorization" in session.headers or session.auth):
            raise InvalidArgumentError(
                "the walker's session must not carry credentials: the blob host gets the SAS only"
            )
        self._session = session
        self.concurrency = concurrency
        self.limits = limits or DEFAULT_LIMITS
        self.retry = retry or TILE_RETRY
        self.write_threads = write_threads
        self.fsync = fsync
        self.timeout = timeout
        self.ssl = ssl
        self.give_up_after = give_up_after

    # -- entry points ---------------------------------------------------------------------

    def stream(self, url: str | URL, *, renew: RenewCallback | None = None) -> TileStream:
        """Yield every file of the tileset as a :class:`Tile`, as soon as it is complete."""
        tileset_url = tileset_url_from_target(url)

        async def start(stream: TileStream) -> None:
            try:
                async with self._session_for_run() as session:
                    walk = self._walk(
                        session, tileset_url, renew, stream.tally, mirror=None, emit=stream.put
                    )
                    await self._drive(walk, None, "walk")
            except DownloadError as exc:
                exc.report = stream.tally.report()
                raise

        return TileStream(start, window=max(2, self.concurrency))

    async def download(
        self,
        url: str | URL,
        dest: str | os.PathLike[str],
        *,
        resume: bool = True,
        mode: Mode = "walk",
        renew: RenewCallback | None = None,
        progress: ProgressCallback | None = None,
    ) -> DownloadReport:
        """Mirror the tileset into ``dest`` and return the :class:`DownloadReport`.

        ``resume`` skips files already complete in ``dest``; ``mode="list"`` also downloads the
        blobs the walk does not reach (found with List Blobs). Raises
        :class:`~itwin_mesh_async.errors.DownloadError` when the download cannot run (root
        unreachable, ``dest`` unwritable or full, the container host stopped answering) and
        :class:`~itwin_mesh_async.errors.LinkExpiredError` when the link expired with no way to
        renew it.
        """
        if mode not in ("walk", "list"):
            raise InvalidArgumentError(f"mode must be 'walk' or 'list', not {mode!r}")
        tileset_url = tileset_url_from_target(url)
        # DEST's identity is the container's path: the same export through another host (a CDN,
        # a restarted emulator) still resumes; another export never takes these files as its own.
        source = container_root(tileset_url).raw_path
        mirror = Mirror(dest, fsync=self.fsync, source=source)
        tally = Tally(dest=str(mirror.dest))
        await asyncio.to_thread(mirror.prepare)
        writer = (
            ThreadPoolExecutor(self.write_threads, thread_name_prefix="itwin-mesh-write")
            if self.write_threads > 0
            else None
        )
        try:
            async with self._session_for_run() as session:
                walk = self._walk(
                    session, tileset_url, renew, tally, mirror=mirror, resume=resume, writer=writer
                )
                await self._drive(walk, progress, mode)
            if not tally.failed:  # a file that failed may still be the previous source's
                await asyncio.to_thread(mirror.mark_complete)
        except DownloadError as exc:
            exc.report = tally.report()
            raise
        finally:
            if writer is not None:
                writer.shutdown(wait=True)
            tally.finished = tally.started + tally.elapsed()
            with contextlib.suppress(OSError):
                mirror.finish()
        report = tally.report()
        if progress is not None:
            progress(tally.progress())
        return report

    # -- internals ------------------------------------------------------------------------

    def _walk(
        self,
        session: aiohttp.ClientSession,
        tileset_url: URL,
        renew: RenewCallback | None,
        tally: Tally,
        *,
        mirror: Mirror | None,
        resume: bool = False,
        emit: Callable[[Tile], Awaitable[None]] | None = None,
        writer: ThreadPoolExecutor | None = None,
    ) -> _Walk:
        link = Link(tileset_url, renew)

        def count_retry() -> None:
            tally.retries += 1

        fetcher = Fetcher(session, link, self.retry, on_retry=count_retry, timeout=self.timeout)
        return _Walk(
            fetcher=fetcher,
            limits=self.limits,
            concurrency=self.concurrency,
            tally=tally,
            mirror=mirror,
            resume=resume,
            emit=emit,
            writer=writer,
            give_up_after=self.give_up_after,
        )

    async def _drive(self, walk: _Walk, progress: ProgressCallback | None, mode: Mode) -> None:
        ticker = asyncio.create_task(_tick(walk, progress)) if progress is not None else None
        try:
            await _unwrap(_run_walk(walk, mode))
        finally:
            if ticker is not None:
                ticker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await ticker

    @contextlib.asynccontextmanager
    async def _session_for_run(self) -> AsyncIterator[aiohttp.ClientSession]:
        if self._session is not None:
            yield self._session
            return
        connector = aiohttp.TCPConnector(
            limit=self.concurrency,
            limit_per_host=self.concurrency,
            ttl_dns_cache=300,
            ssl=self.ssl,
        )
        async with aiohttp.ClientSession(
            connector=connector, auto_decompress=False, raise_for_status=False
        ) as session:
            yield session


async def _run_walk(walk: _Walk, mode: Mode) -> None:
    root = walk.link.tileset
    listed: set[str] | None = None
    if mode == "list":
        listed = await _enumerate(walk)
        walk.fatal_root = False
        walk.seen = SeenPaths(names=True)  # compared with the listing below
    walk.push([Ref(uri=str(root), base=root, kind=RefKind.TILESET_OR_CONTENT)], 0)
    await walk.run()
    if listed is None:
        return
    reached = walk.seen.names
    assert reached is not None
    walk.tally.unlisted = sorted(reached - listed)
    unreached = sorted(listed - reached)
    walk.tally.unreached = unreached
    walk.push(
        [
            Ref(uri=quote(name, safe="/"), base=walk.root, kind=RefKind.RESOURCE)
            for name in unreached
        ],
        0,
    )
    await walk.run()


async def _enumerate(walk: _Walk) -> set[str]:
    """Every blob under the container root, by List Blobs (trying each plausible container)."""
    failure: TileError | None = None
    for scope in listing_scopes(walk.root):
        names: set[str] = set()
        try:
            async for name in list_blobs(walk.fetcher.get_listing, scope):
                names.add(name)
        except TileFetchError as exc:
            if isinstance(exc, LinkExpiredError):
                raise
            failure = exc
            continue
        return names
    reason = failure.reason if failure is not None else "no container in the URL"
    raise DownloadError(f"cannot list the container: {reason}")


async def _tick(walk: _Walk, progress: ProgressCallback) -> None:
    tally = walk.tally
    while True:
        await asyncio.sleep(PROGRESS_INTERVAL)
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
