"""``ITwinClient``: the entry point tying auth, transport, the API resources and the tile fetcher.

The bearer token lives in the transport and goes only to the API origin; the tile fetcher gets
the export's SAS URL and nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from ssl import SSLContext
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self, Unpack

from yarl import URL

from .auth import StaticToken, TokenSource, resolve_token
from .container import ContainerLink
from .errors import InvalidArgumentError
from .export_connections import ExportConnections
from .mesh_exports import MeshExports
from .models import Export
from .retry import RetryPolicy
from .transport import Transport

if TYPE_CHECKING:
    from aiohttp import ClientSession, ClientTimeout

    from .tiles import DownloadReport, Progress, TileStream, TileWalker
    from .tiles.check import CheckProgress, CheckReport
    from .tiles.limits import Limits
    from .tiles.options import WalkerOptions
    from .tiles.tuning import Tuning

__all__ = ["DEFAULT_BASE_URL", "ITwinClient", "TilesTarget"]

DEFAULT_BASE_URL = "https://api.bentley.com"

TilesTarget = Export | str | URL
"""What the tile methods accept: an export, or a tileset / container URL carrying its query."""


class ITwinClient:
    """Async client for the Mesh Export and Export APIs, with the 3D Tiles fetcher.

    ``token``: a string, a zero-argument callable returning one (or an awaitable of one; called
    on every attempt), a :class:`~itwin_mesh_async.auth.TokenProvider`, or None to read
    ``ITWIN_ACCESS_TOKEN`` (or the client-credentials variables). ``share_key`` (instead of
    ``token``): an iTwin share key, sent as ``Authorization: Basic <key>`` (a token string
    ``"Basic <key>"`` does the same); share keys grant read access only. ``base_url`` defaults to
    ``ITWIN_API_URL`` or ``https://api.bentley.com``. A ``session`` passed in is borrowed and never
    closed; otherwise the client owns one and :meth:`close` (or ``async with``) closes it.
    ``ssl``: TLS certificates (of the API, of the blob host, and of the token endpoint of a
    :class:`~itwin_mesh_async.auth.ClientCredentials` given no ``ssl`` of its own) are verified
    unless it is ``False``, an explicit opt-out; an ``ssl.SSLContext`` trusts what it is set up to.
    Proxies named by ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY`` are used for the API, the token
    endpoint and the blob host alike.
    """

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        share_key: str | None = None,
        base_url: str | URL | None = None,
        session: ClientSession | None = None,
        retry: RetryPolicy | None = None,
        connection_limit: int = 32,
        timeout: float = 60.0,
        ssl: SSLContext | bool = True,
    ) -> None:
        base = base_url or os.environ.get("ITWIN_API_URL", "").strip() or DEFAULT_BASE_URL
        if share_key is not None:
            if token is not None:
                raise InvalidArgumentError("pass either token= or share_key=, not both")
            token = StaticToken(share_key, scheme="Basic")
        # A provider that asks a token endpoint (ClientCredentials) is handed the transport's
        # session on each call: one ssl= (or borrowed session) covers the token requests too.
        provider = resolve_token(token)
        self.transport = Transport(
            base_url=base,
            token=provider,
            session=session,
            retry=retry,
            connection_limit=connection_limit,
            timeout=timeout,
            ssl=ssl,
        )
        self.mesh_exports = MeshExports(self.transport)
        """The Mesh Export API."""
        self.export_connections = ExportConnections(self.transport)
        """The Export (connections) API."""
        # Streams made here and not closed yet: a plain loop left early is stopped on close().
        self._streams: weakref.WeakSet[TileStream] = weakref.WeakSet()

    def __repr__(self) -> str:
        return f"ITwinClient(base_url={str(self.base_url)!r})"

    @property
    def base_url(self) -> URL:
        """The API origin (and path prefix) requests go to."""
        return self.transport.base_url

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop the tile streams still running, then close the HTTP session if the client owns
        it (a borrowed one stays open)."""
        for stream in list(self._streams):
            await stream.aclose()
        await self.transport.close()

    # --- tiles ---------------------------------------------------------------------------------

    def container_target(
        self, export_or_url: TilesTarget
    ) -> tuple[ContainerLink, Callable[[], Awaitable[ContainerLink]] | None]:
        """The container link to fetch from and, for an export, the coroutine function that
        renews it (by fetching the export again).

        An export must be ``Complete`` and carry its mesh link (listed with
        ``Prefer: return=representation``, or fetched with ``get``); a URL is used with its query
        byte-exact (a container URL gets ``tileset.json`` appended).
        """
        if isinstance(export_or_url, Export):
            export = export_or_url
            link = export.container_link
            if link is None:
                state = export.status or "no status"
                raise InvalidArgumentError(
                    f"export {export.id} ({state}) has no mesh link: it is not Complete yet, or it "
                    "was listed with Prefer: return=minimal"
                )
            return link, self._renewer(export.id)
        if isinstance(export_or_url, URL):
            text = str(export_or_url)
        elif isinstance(export_or_url, str):
            text = export_or_url.strip()
        else:
            raise InvalidArgumentError(
                f"expected an Export or a tileset URL, got {type(export_or_url).__name__}"
            )
        return ContainerLink.from_target(text), None

    def tileset_target(
        self, export_or_url: TilesTarget
    ) -> tuple[URL, Callable[[], Awaitable[ContainerLink]] | None]:
        """:meth:`container_target` with the link's tileset URL (``<root>tileset.json?<SAS>``)."""
        link, renew = self.container_target(export_or_url)
        return link.tileset_url, renew

    def _renewer(self, export_id: str) -> Callable[[], Awaitable[ContainerLink]]:
        async def renew() -> ContainerLink:
            # A SAS link lives about an hour; fetching the export again gives a fresh one.
            fresh = await self.mesh_exports.get(export_id)
            link = fresh.container_link
            if link is None:
                raise InvalidArgumentError(
                    f"export {export_id} no longer has a mesh link ({fresh.status or 'no status'})"
                )
            return link

        return renew

    def _walker(self, **options: Unpack[WalkerOptions]) -> TileWalker:
        from .tiles import TileWalker  # noqa: PLC0415 - the tile engine loads only when used

        # The walker opens its own pool, sized to ``concurrency`` and set up for blob traffic;
        # it is handed the SAS URL only, never the API token or the API session. The same TLS
        # choice applies to the blob host.
        return TileWalker(ssl=self.transport.ssl, **options)

    def stream_tiles(
        self,
        export_or_url: TilesTarget,
        *,
        concurrency: int | Literal["auto"] = "auto",
        limits: Limits | None = None,
        retry: RetryPolicy | None = None,
        timeout: ClientTimeout | None = None,
        give_up_after: int | Literal["auto"] | None = "auto",
        give_up_silence: float = 45.0,
        connections: int | None = None,
        stream_window: int | None = None,
        tuning: Tuning | None = None,
    ) -> TileStream:
        """Every file of the tileset as it arrives: ``async with client.stream_tiles(x) as s:``.

        Returns the :class:`~itwin_mesh_async.tiles.TileStream`. ``async with ... as stream:
        async for tile in stream:`` is the form to use: leaving the block stops every transfer
        at once. A plain ``async for`` left early is stopped when the client closes. Files that
        could not be fetched are not yielded; ``stream.report.failed`` lists them once the
        iteration ended. The options are :class:`~itwin_mesh_async.tiles.TileWalker`'s.
        """
        link, renew = self.container_target(export_or_url)
        walker = self._walker(
            concurrency=concurrency,
            limits=limits,
            retry=retry,
            timeout=timeout,
            give_up_after=give_up_after,
            give_up_silence=give_up_silence,
            connections=connections,
            tuning=tuning,
            stream_window=stream_window,
        )
        stream = walker.stream(link, renew=renew)
        self._streams.add(stream)
        return stream

    async def download(
        self,
        export_or_url: TilesTarget,
        dest: str | os.PathLike[str],
        *,
        concurrency: int | Literal["auto"] = "auto",
        resume: bool = True,
        mode: Literal["walk", "list"] = "walk",
        progress: Callable[[Progress], None] | None = None,
        limits: Limits | None = None,
        retry: RetryPolicy | None = None,
        timeout: ClientTimeout | None = None,  # noqa: ASYNC109 - the walker's, per request
        give_up_after: int | Literal["auto"] | None = "auto",
        give_up_silence: float = 45.0,
        connections: int | None = None,
        tuning: Tuning | None = None,
        write_threads: int = 4,
        fsync: bool = False,
        include: Sequence[str] = (),
        exclude: Sequence[str] = (),
        dry_run: bool = False,
        delete_extra: bool = False,
    ) -> DownloadReport:
        """Mirror the tileset into ``dest``; returns the :class:`~.tiles.DownloadReport`.

        ``mode="walk"`` follows the tileset's references; ``mode="list"`` lists the container.
        With ``resume`` files DEST already holds are not fetched again (the manifest vouches
        for them, or their MD5 equals the container's; moved ones are reused locally), and a
        DEST that mirrors another export becomes this one's exact mirror. ``include`` /
        ``exclude``: globs on the mirror's paths; ``dry_run``: change nothing, report what would
        be done; ``delete_extra``: delete files the tool did not write and the export lacks. For
        an export, an expiring SAS link is renewed by fetching the export again. The other
        options are :class:`~itwin_mesh_async.tiles.TileWalker`'s.
        """
        if mode not in ("walk", "list"):
            raise InvalidArgumentError(f"mode must be 'walk' or 'list', got {mode!r}")
        link, renew = self.container_target(export_or_url)
        walker = self._walker(
            concurrency=concurrency,
            limits=limits,
            retry=retry,
            timeout=timeout,
            give_up_after=give_up_after,
            give_up_silence=give_up_silence,
            connections=connections,
            tuning=tuning,
            write_threads=write_threads,
            fsync=fsync,
        )
        return await walker.download(
            link,
            Path(dest),
            resume=resume,
            mode=mode,
            renew=renew,
            progress=progress,
            include=include,
            exclude=exclude,
            dry_run=dry_run,
            delete_extra=delete_extra,
        )

    async def check(
        self,
        dest: str | os.PathLike[str],
        export_or_url: TilesTarget | None = None,
        *,
        include: Sequence[str] | None = None,
        exclude: Sequence[str] | None = None,
        progress: Callable[[CheckProgress], None] | None = None,
    ) -> CheckReport:
        """Verify the mirror in ``dest``; returns the :class:`~.tiles.check.CheckReport`.

        Every file is hashed again and compared with the manifest ``download`` keeps and, given
        an export or URL, with the container's listing (its ``Content-MD5``; from a host that
        refuses to list, with the files walking the tileset reaches, each fetched, and a note
        saying so): files missing, corrupt (other bytes) or extra (not part of the mirror) are
        listed. The mirror is what :meth:`download` makes: a listed blob nothing references is
        expected only if the download wrote it (``mode="list"``). Files the tool wrote for
        another export that the source lacks are ``stale`` (the next download deletes them).
        ``include``/``exclude``: the files to check (globs, as for :meth:`download`); by
        default those the last download covered. Nothing changes.
        """
        from .tiles.check import check_mirror, unreferenced, walked_files  # noqa: PLC0415
        from .tiles.globs import PathFilter  # noqa: PLC0415

        given = include is not None or exclude is not None
        covered = PathFilter(include or (), exclude or ()) if given else None

        listing = None
        notes: list[str] = []
        unreached: frozenset[str] = frozenset()
        if export_or_url is not None:
            link, renew = self.container_target(export_or_url)
            walker = self._walker(concurrency=8)
            listing, why = await walker.listing(link, renew=renew)
            if listing is None:  # a host that refuses to list: walk the tileset instead
                listing, notes = await walked_files(walker, link, renew, why, progress)
            else:  # blobs nothing references are not part of the mirror
                unreached, notes = await unreferenced(walker, link, renew, dest)
        report = await asyncio.to_thread(
            check_mirror,
            dest,
            listing=listing,
            unreached=unreached,
            covered=covered,
            progress=progress,
        )
        report.notes[:0] = notes
        return report

    @contextlib.asynccontextmanager
    async def serve_tiles(
        self,
        export_or_url: TilesTarget,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        cache: str | os.PathLike[str] | None = None,
    ) -> AsyncIterator[URL]:
        """A local tileset URL that does not expire: ``async with client.serve_tiles(x) as url``.

        A tile server on ``host:port`` (loopback; port 0: a free one) fetches each file the
        viewer asks for from the container, renews an export's link by fetching the export again
        before it is refused, verifies and caches what it fetched (in ``cache``, a partial mirror
        that :meth:`download` completes, or the user cache folder), and serves it with CORS
        headers. The viewer page is at the URL's folder (``url.parent``).
        """
        from .view.live import serve_live  # noqa: PLC0415 - the web server loads only when used

        link, renew = self.container_target(export_or_url)
        name = ""
        if isinstance(export_or_url, Export):
            name = export_or_url.display_name or export_or_url.id
        async with serve_live(
            link, renew, cache=cache, name=name, host=host, port=port, ssl=self.transport.ssl
        ) as server:
            yield server.tileset_url
