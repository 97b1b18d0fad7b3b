""":class:`TileWalker`: walks a tileset and streams or mirrors every file.

The front of the tiles package: its options, the session a run uses, and the entry points
(download, stream, listing). Each builds one walk (:class:`~.pipeline.Walk`, each file's
pipeline) and runs it with :func:`~.drive.drive` (the frontier's workers and their helpers); a
download wraps the walk in DEST's sync (:mod:`.syncrun`: manifest, listing, pre-pass, prune).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from ssl import SSLContext
from typing import TYPE_CHECKING, Literal

from yarl import URL

from .. import _http
from ..container import ContainerLink
from ..errors import DownloadError, InvalidArgumentError, LinkExpiredError
from ..retry import RetryPolicy
from .breaker import Breaker
from .drive import drive
from .fdlimit import ensure_open_files
from .fetch import Fetcher
from .globs import PathFilter
from .limits import DEFAULT_LIMITS, Limits
from .listmode import list_container
from .manifest import Manifest
from .mirror import Mirror
from .pipeline import Mode, Walk
from .renewal import RenewCallback, RenewingLink
from .report import DownloadReport, ProgressCallback, Tally, Tile
from .stream import TileStream
from .syncplan import Listed
from .syncrun import end_sync, open_manifest, start_sync
from .threads import settle
from .tuning import DEFAULT_TUNING, Concurrency, Tuning
from .writer import AdaptiveWriter

if TYPE_CHECKING:
    from aiohttp import ClientSession, ClientTimeout

__all__ = ["TILE_RETRY", "TileWalker"]

# Per-file retries: one file among thousands on a flaky link meets several faults in a row far
# more often than one API call does, so tiles get more attempts and a shorter backoff ceiling.
TILE_RETRY = RetryPolicy(max_attempts=10, max_delay=8.0)


class TileWalker:
    """Walks a 3D Tiles tileset in a blob container and streams or mirrors every file.

    ``session``: an ``aiohttp.ClientSession`` to borrow (never closed here; it must carry no
    ``Authorization`` header); without one each run opens its own, with a connection pool of
    ``connections`` connections. ``concurrency``: files fetched at once, ``"auto"`` (the
    default: starts at 32, rises while the rate rises, backs off when the server throttles,
    never past what the open-files limit allows) or a fixed number; the other numbers default
    from it (see :class:`~.tuning.Concurrency`). The report's ``concurrency`` says where it
    settled. ``limits`` bound what hostile files
    may cost; ``retry`` is the per-file retry policy; ``write_threads`` spreads file creation
    over threads when writes are slow (a disk; writes fast enough, as on tmpfs, stay inline;
    0: always inline). ``tuning``: the hot path's thresholds (:class:`~.tuning.Tuning`).
    ``ssl``: TLS certificates are verified unless it is ``False`` (an explicit opt-out); an
    ``ssl.SSLContext`` trusts what it is set up to (a private CA, say). A borrowed session
    keeps its own connector's setting.
    ``give_up_after``: the circuit breaker. When this many files in a row (across workers) used
    up their retries on resets, timeouts, 5xx or 429 with no successful fetch in between, or
    this many attempts in a row failed with no answer for ``give_up_silence`` seconds, the
    container host is taken as down and the run stops with
    :class:`~itwin_mesh_async.errors.DownloadError` rather than failing every remaining file one
    by one; 404s, bad bodies and refused references never count, and any answer resets the
    counts. ``"auto"``: ``max(16, 2 * concurrency)``; ``None`` turns it off.
    ``stream_window``: tiles :meth:`stream` holds ahead of its consumer (default
    ``max(2, concurrency)``).

    Each file is fetched once, named by its path under the container root without query.
    References that differ only in their query (``a.glb?v=1``, ``a.glb?v=2``) name one file, as
    they would on any static server: it is fetched once, with the query of the first reference
    the walk reaches (within one file, the first one written).
    """

    def __init__(
        self,
        session: ClientSession | None = None,
        *,
        concurrency: int | Literal["auto"] = "auto",
        limits: Limits | None = None,
        retry: RetryPolicy | None = None,
        write_threads: int = 4,
        fsync: bool = False,
        timeout: ClientTimeout | None = None,
        ssl: SSLContext | bool = True,
        give_up_after: int | Literal["auto"] | None = "auto",
        connections: int | None = None,
        stream_window: int | None = None,
        tuning: Tuning | None = None,
        give_up_silence: float = 45.0,
    ) -> None:
        if not give_up_silence > 0:
            raise InvalidArgumentError(f"give_up_silence must be positive, got {give_up_silence}")
        plan = Concurrency.derive(
            concurrency,
            connections=connections,
            give_up_after=give_up_after,
            stream_window=stream_window,
        )
        # Up front: past the open-files limit, a run would fail file by file with EMFILE.
        ensure_open_files(max(plan.transfers, plan.connections))
        if session is not None and _http.has_credentials(session):
            raise InvalidArgumentError(
                "the walker's session must not carry credentials: the blob host gets the SAS only"
            )
        self._session = session
        self.plan = plan
        self.concurrency = plan.transfers
        self.give_up_after = plan.give_up_after
        self.give_up_silence = give_up_silence
        self.limits = limits or DEFAULT_LIMITS
        self.retry = retry or TILE_RETRY
        self.write_threads = write_threads
        self.fsync = fsync
        self.timeout = timeout
        self.ssl = ssl
        self.tuning = tuning or DEFAULT_TUNING

    # -- entry points ---------------------------------------------------------------------

    def stream(
        self, url: str | URL | ContainerLink, *, renew: RenewCallback | None = None
    ) -> TileStream:
        """Yield every file of the tileset as a :class:`Tile`, as soon as it is complete.

        ``url``: a tileset or container URL with its query (the SAS), or a
        :class:`~itwin_mesh_async.container.ContainerLink`.
        """
        link = ContainerLink.from_target(url)

        async def start(stream: TileStream) -> None:
            try:
                async with self._session_for_run() as session:
                    walk = self._walk(
                        session, link, renew, stream.tally, mirror=None, emit=stream.put
                    )
                    await drive(walk, self.plan, self.tuning, None)
            except DownloadError as exc:
                exc.report = stream.tally.report()
                raise

        return TileStream(start, window=self.plan.stream_window)

    async def download(
        self,
        url: str | URL | ContainerLink,
        dest: str | os.PathLike[str],
        *,
        resume: bool = True,
        mode: Mode = "walk",
        renew: RenewCallback | None = None,
        progress: ProgressCallback | None = None,
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        dry_run: bool = False,
        delete_extra: bool = False,
    ) -> DownloadReport:
        """Mirror the tileset into ``dest`` and return the :class:`DownloadReport`.

        DEST becomes the tileset's exact mirror: files it already holds are kept when the
        manifest vouches for them or their MD5 equals the container's, files with the same
        content at another path are reused (hard link, else copy), the rest is fetched; after a
        run without failures the files the tool wrote that the tileset lacks are deleted, and
        files it did not write are reported as ``extra`` (deleted too with ``delete_extra``).
        ``resume=False`` fetches every file again. ``mode="list"`` also downloads the blobs the
        walk does not reach (found with List Blobs). ``include``/``exclude``: globs on the
        mirror's paths (see :mod:`.globs`); the tileset JSON files are fetched whatever they
        say. ``dry_run``: change nothing (not even create DEST's state folder) and report what
        would be fetched, reused and deleted.

        Raises :class:`~itwin_mesh_async.errors.DownloadError` when the download cannot run
        (root unreachable, ``dest`` unwritable or full or in use by another download, the
        container host stopped answering) and
        :class:`~itwin_mesh_async.errors.LinkExpiredError` when the link expired with no way to
        renew it.
        """
        if mode not in ("walk", "list"):
            raise InvalidArgumentError(f"mode must be 'walk' or 'list', not {mode!r}")
        covered = PathFilter(include, exclude)
        link = ContainerLink.from_target(url)
        # DEST's identity is the container's path: the same export through another host (a CDN,
        # a restarted emulator) still resumes; another export never takes these files as its own.
        source = link.root.raw_path
        mirror = Mirror(dest, fsync=self.fsync)
        tally = Tally(dest=str(mirror.dest), dry_run=dry_run)
        try:
            await settle(functools.partial(mirror.prepare, create=not dry_run, lock=not dry_run))
        except asyncio.CancelledError:
            mirror.finish()  # prepared meanwhile: its temporary folder and lock go, as after a run
            raise
        manifest: Manifest | None = None
        writer: AdaptiveWriter | None = None
        ended = False  # without an exception: every stored file has its row
        try:
            # Cancelled while it opens (SIGTERM at once), the manifest is still closed.
            manifest = await settle(
                functools.partial(open_manifest, mirror, dry_run, source, covered),
                undo=_close_unused,
            )
            if not dry_run:
                writer = AdaptiveWriter(
                    mirror, threads=self.write_threads, slow_write=self.tuning.slow_write
                )
            async with self._session_for_run() as session:
                walk = self._walk(
                    session,
                    link,
                    renew,
                    tally,
                    mirror=None if dry_run else mirror,
                    resume=resume,
                    writer=writer,
                    mode=mode,
                    covered=covered,
                    dry_run=dry_run,
                )
                sync = await start_sync(walk, mirror, manifest, source)
                await drive(walk, self.plan, self.tuning, progress)
            await end_sync(walk, sync, mirror, delete_extra=delete_extra)
            ended = True
        except DownloadError as exc:
            exc.report = tally.report()
            raise
        finally:
            if writer is not None:
                writer.close()
            tally.finished = tally.started + tally.elapsed()
            try:
                if manifest is not None:
                    complete = ended and not tally.failed
                    await asyncio.to_thread(
                        manifest.close, drop_if_empty=True, clean=ended, complete=complete
                    )
            finally:
                with contextlib.suppress(OSError):
                    mirror.finish()
        report = tally.report()
        if progress is not None:
            progress(tally.progress())
        return report

    async def listing(
        self, url: str | URL | ContainerLink, *, renew: RenewCallback | None = None
    ) -> tuple[dict[str, Listed] | None, str]:
        """The container's blobs (path under the tileset's folder -> size and MD5), or None and
        why when the host does not list them."""
        link = ContainerLink.from_target(url)
        async with self._session_for_run() as session:
            walk = self._walk(session, link, renew, Tally(), mirror=None, dry_run=True)
            try:
                return await list_container(walk), ""
            except DownloadError as exc:
                if isinstance(exc, LinkExpiredError):
                    raise
                return None, str(exc)

    # -- internals ------------------------------------------------------------------------

    def _walk(
        self,
        session: ClientSession,
        link: ContainerLink,
        renew: RenewCallback | None,
        tally: Tally,
        *,
        mirror: Mirror | None,
        resume: bool = False,
        emit: Callable[[Tile], Awaitable[None]] | None = None,
        writer: AdaptiveWriter | None = None,
        mode: Mode = "walk",
        covered: PathFilter | None = None,
        dry_run: bool = False,
    ) -> Walk:
        def count_retry() -> None:
            tally.retries += 1

        give_up = self.plan.give_up_after
        fetcher = Fetcher(
            session,
            RenewingLink(link, renew),
            self.retry,
            on_retry=count_retry,
            timeout=self.timeout,
            tuning=self.tuning,
            breaker=Breaker(files=give_up, silence=self.give_up_silence) if give_up else None,
        )
        return Walk(
            fetcher=fetcher,
            limits=self.limits,
            tuning=self.tuning,
            transfers=self.plan.transfers,
            tally=tally,
            mirror=mirror,
            resume=resume,
            emit=emit,
            writer=writer,
            mode=mode,
            covered=covered or PathFilter(),
            dry_run=dry_run,
        )

    @contextlib.asynccontextmanager
    async def _session_for_run(self) -> AsyncIterator[ClientSession]:
        if self._session is not None:
            yield self._session
            return
        # One host, many small files: the pool is the plan's, DNS answers are kept a while.
        async with _http.open_session(
            ssl=self.ssl, limit=self.plan.connections, dns_ttl=300
        ) as session:
            yield session


def _close_unused(manifest: Manifest | None) -> None:
    """Close a manifest opened for a run cancelled before it began."""
    if manifest is not None:
        manifest.close(drop_if_empty=True, clean=False)
