"""One walk and the pipeline each file goes through: resolve, resume check (:mod:`.resume`),
fetch, discover, store or emit, then push what it references onto the frontier.

This is the per-file hot path: no await or allocation that a file does not need.
"""

from __future__ import annotations

import asyncio
import mmap
import struct
from collections.abc import Awaitable, Callable
from typing import Literal

from yarl import URL

from ..errors import (
    DownloadError,
    LinkExpiredError,
    TileError,
    TileFetchError,
    TileFormatError,
    UnsafeReferenceError,
)
from ..redact import redact_url
from ..urls import is_data_uri
from .breaker import HostDown
from .fetch import Body, Cap, Fetcher
from .frontier import Frontier
from .globs import EVERYTHING, PathFilter
from .limits import Limits
from .mirror import Mirror, viewed
from .parse.discover import Discovery, Ref, RefKind, discover, discover_subtree
from .parse.formats import Buffer
from .reach import may_open, may_reference
from .report import Tally, Tile
from .resume import LEAF, from_dest, kept_buffer
from .seen import SeenPaths
from .storage_errors import storage_error
from .sync import Sync
from .syncplan import fold_name
from .tuning import Tuning
from .writer import AdaptiveWriter

__all__ = ["Mode", "Walk"]

Mode = Literal["walk", "list"]
# Formats whose files can hold references: their bodies are parsed; others are only verified.
_CONTAINER_FORMATS = frozenset({"tileset", "subtree"})


class Walk:
    """One walk's shared state: the frontier, the seen paths, the pipeline and its outputs.

    Exactly one of ``mirror`` (download) and ``emit`` (stream) is set. ``mode="list"`` is the
    walk of the list mode (see :mod:`.listmode`): it keeps the seen names to compare with the
    listing, and a root that fails is a failed file rather than the end of the run.
    """

    def __init__(
        self,
        *,
        fetcher: Fetcher,
        limits: Limits,
        tuning: Tuning,
        transfers: int,
        tally: Tally,
        mirror: Mirror | None,
        resume: bool,
        emit: Callable[[Tile], Awaitable[None]] | None,
        writer: AdaptiveWriter | None,
        mode: Mode = "walk",
        covered: PathFilter = EVERYTHING,
        dry_run: bool = False,
    ) -> None:
        self.fetcher = fetcher
        self.link = fetcher.link
        self.root = fetcher.link.root
        self.resolver = fetcher.link.resolver
        self.limits = limits
        self.max_files = limits.max_files
        self.max_total_bytes = limits.max_total_bytes
        self.parse_in_thread = tuning.parse_in_thread
        self.inline_limit = tuning.inline_limit
        self.transfers = transfers
        self.tally = tally
        self.mirror = mirror
        self.resume = resume and (mirror is not None or dry_run)
        self.emit = emit
        self.writer = writer
        self.mode = mode
        self.fatal_root = mode == "walk"
        self.seen = SeenPaths(names=mode == "list")
        self.frontier = Frontier(tuning.frontier_budget)
        self.push = self.frontier.push
        self._json_cap = (limits.max_json_bytes, "Limits.max_json_bytes, for a JSON document")
        self._subtree_cap = (limits.max_subtree_bytes, "Limits.max_subtree_bytes")
        self._file_cap = (limits.max_file_bytes, "Limits.max_file_bytes, for any file")
        # What DEST holds (download and dry run; set once the listing is known).
        self.sync: Sync | None = None
        self.covered = covered
        self.left_out = 0  # files the filter left out: not part of the run's total
        self.dry_run = dry_run
        # Names folded for case and Unicode normalisation: two files that differ only so would
        # overwrite each other on macOS and Windows file systems (and a copy made there).
        self.folds = SeenPaths() if mirror is not None and mirror.folds_names else None

    async def run(self) -> None:
        """Handle every pushed reference and what it leads to."""
        # The pool's current size: a second run (the list mode's) keeps where auto got to.
        await self.frontier.run(self.frontier.target or self.transfers, self.handle)

    def known(self) -> int:
        """Files seen or still to be looked at, but those the filter left out."""
        return len(self.seen) + len(self.frontier) - self.left_out

    # -- one reference --------------------------------------------------------------------

    async def handle(self, ref: Ref, depth: int, container: bool = False) -> None:
        """Resolve one reference and, the first time its path is seen, fetch and handle it.

        ``container``: the reference likely names a file that opens others (a JSON document, a
        subtree): its body is parsed whole, so its size is capped before it is read."""
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
        if len(self.seen) > self.max_files:
            raise self._run_limit(f"{self.max_files} files (Limits.max_files)")
        folds = self.folds
        if folds is not None and not folds.add(fold_name(path)):
            self.tally.fail(
                path,
                "refused: its name differs only in case or Unicode normalisation from another"
                " file's; they would overwrite each other on many file systems",
            )
            return
        if depth > self.limits.max_external_depth:
            limit = self.limits.max_external_depth
            self.tally.fail(path, f"refused: external tilesets nested deeper than {limit}")
            return
        try:
            cap = self._file_cap
            kind = ref.kind
            if container or kind is RefKind.SCHEMA or (depth == 0 and kind is not RefKind.RESOURCE):
                cap = self._subtree_cap if kind is RefKind.SUBTREE else self._json_cap
            await self._file(url, path, ref, depth, cap)
        except LinkExpiredError:
            raise
        except TileError as exc:
            if depth == 0 and self.fatal_root:
                raise DownloadError(f"cannot read the tileset {path}: {exc.reason}") from None
            self.tally.fail(path, exc.reason)
            if isinstance(exc, HostDown):
                raise self._host_down(exc) from None

    def _host_down(self, last: TileError) -> DownloadError:
        """The circuit breaker's error: the container host stopped answering."""
        tally = self.tally
        # Host (and port) only: never the path's query, where the SAS lives.
        host = self.root.host_port_subcomponent or "?"
        done = tally.files_done + tally.skipped
        message = (
            f"the container host {host} stopped answering: {self.fetcher.breaker.describe()}"
            f" (last: {last.reason}); stopped with {done} files done and {len(tally.failed)}"
            " failed"
        )
        if self.mirror is not None:
            message += "; running the same command again resumes (done files are kept)"
        return DownloadError(message)

    def _run_limit(self, limit: str) -> DownloadError:
        """The error of a run that passed one of its total limits."""
        tally = self.tally
        message = (
            f"stopped: the run passed its limit of {limit}; no real export is that large, so"
            f" the tileset likely never ends ({tally.files_done + tally.skipped} files done)"
        )
        if self.mirror is not None:
            message += "; with a higher limit, running it again resumes (done files are kept)"
        return DownloadError(message)

    async def _file(self, url: URL, path: str, ref: Ref, depth: int, cap: Cap | None) -> None:
        mirror = self.mirror
        sync = self.sync
        walks_on = depth == 0 or may_open(ref)  # may be needed to find the other files
        reads = walks_on or may_reference(ref)
        if sync is not None and await from_dest(
            self, url, path, ref, depth, walks_on=walks_on, reads=reads
        ):
            return
        # Fetched only to find the files below it (left out by the filter): kept if a tileset.
        probe = walks_on and depth > 0 and self.covered.active and not self.covered(path)

        async def accept(body: Body) -> None:
            found = await self._inspect(body, url, path, ref, depth)
            if depth == 0 and self.fatal_root and found.format != "tileset":
                # A proxy's page or a wrong URL must not pass for a one-file tileset.
                raise TileError(
                    "not a 3D Tiles tileset (a JSON object with 'asset' and 'root');"
                    f" the file is {found.format}"
                )
            if not probe or found.format in _CONTAINER_FORMATS:
                await self._store(body, path, found.format, leaf=not (found.refs or found.needs))
            self.follow(found, depth)

        await self.fetcher.fetch(url, path, accept, mirror=mirror, cap=cap)

    def follow(self, found: Discovery, depth: int) -> None:
        """Push what a file references onto the frontier."""
        if found.format in _CONTAINER_FORMATS:
            self.frontier.opened(len(found.refs))
            # Only tilesets and subtrees open a new level of the external chain.
            self.push(found.refs, depth + 1)
        else:
            self.push(found.refs, depth)

    # -- discovery ------------------------------------------------------------------------

    async def _discover(self, url: URL, data: Buffer, ref: Ref) -> Discovery:
        limits = self.limits
        try:
            if len(data) > self.parse_in_thread and not _small_glb_json(data, self.parse_in_thread):
                return await asyncio.to_thread(
                    discover, url, data, ref.kind, ref.implicit, limits=limits
                )
            return discover(url, data, ref.kind, ref.implicit, limits=limits)
        except (ValueError, KeyError, TypeError, IndexError, struct.error, RecursionError) as exc:
            # The parsers raise TileFormatError for what they foresee; anything else a hostile
            # file provokes still fails that file only.
            raise TileFormatError(f"cannot parse the file ({type(exc).__name__})") from None

    async def discover_all(self, url: URL, data: Buffer, ref: Ref, depth: int) -> Discovery:
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
        sync = self.sync
        if sync is not None:
            data = await kept_buffer(self, sync, path)
            if data is not None:
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
                await self._store(body, path, "bin", leaf=True)
            return data

        return await self.fetcher.fetch(url, path, keep, mirror=mirror, cap=self._subtree_cap)

    async def _inspect(self, body: Body, url: URL, path: str, ref: Ref, depth: int) -> Discovery:
        """Verify a fetched body and find its references (TileFormatError when it is bad)."""
        if body.data is not None:
            return await self.discover_all(url, body.data, ref, depth)
        temp = body.temp
        assert temp is not None
        if ref.kind is RefKind.RESOURCE or body.size == 0:
            # A large buffer or image references nothing; its length was checked.
            return LEAF
        # A large body lives in its temporary file: map it rather than read it back, so only
        # the pages the parser touches (headers, a GLB's JSON chunk) come into memory.
        with viewed(mmap.mmap(temp.file.fileno(), 0, access=mmap.ACCESS_READ)) as view:
            return await self.discover_all(url, view, ref, depth)

    # -- store or emit --------------------------------------------------------------------

    async def _store(self, body: Body, path: str, fmt: str, *, leaf: bool = False) -> None:
        mirror = self.mirror
        if mirror is None:
            if self.emit is not None:
                assert body.data is not None
                await self.emit(Tile(path, body.data, fmt, body.size))
            # else a dry run: counted, not written
        else:
            writer = self.writer
            assert writer is not None
            try:
                if body.temp is not None:
                    st = mirror.commit(body.temp, path)
                elif writer.threaded:
                    assert body.data is not None
                    st = await writer.write_in_thread(path, body.data)
                else:
                    assert body.data is not None
                    st = writer.write(path, body.data)
            except OSError as exc:
                raise storage_error(exc, mirror.dest, path) from None
            sync = self.sync
            if sync is not None and body.md5 is not None:
                sync.stored(path, st, body.md5, leaf=leaf)
        tally = self.tally
        tally.files_done += 1
        tally.bytes_done += body.size
        if tally.bytes_done > self.max_total_bytes:
            raise self._run_limit(f"{self.max_total_bytes} bytes (Limits.max_total_bytes)")


def _small_glb_json(data: Buffer, limit: int) -> bool:
    """True for a GLB whose JSON chunk (all that parsing it reads, the rest being verified by
    its lengths) is small enough to parse inline, however large the file."""
    return (
        len(data) >= 20 and data[:4] == b"glTF" and struct.unpack_from("<I", data, 12)[0] <= limit
    )
