"""Live mode of ``view``: each file the viewer asks for is fetched from the export's container,
verified and cached, then served; the link is renewed by fetching the export again.

Everything that touches the container is the downloader's own: the :class:`~itwin_mesh_async.
container.ContainerLink` and its :class:`~itwin_mesh_async.tiles.renewal.RenewingLink`, the
:class:`~itwin_mesh_async.tiles.fetch.Fetcher` (retries, length and Content-MD5 checks), the
format checks of :mod:`~itwin_mesh_async.tiles.parse.formats`, and the
:class:`~itwin_mesh_async.tiles.mirror.Mirror` (atomic writes, in the mirror's layout, under the
same source marker), so the cache folder is a partial mirror that ``download`` completes.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import os
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from ssl import SSLContext
from typing import Any
from urllib.parse import quote

from yarl import URL

from .. import _http
from ..container import ContainerLink
from ..errors import (
    DownloadError,
    LinkExpiredError,
    TileError,
    TileFetchError,
    TileFormatError,
    UnsafeReferenceError,
)
from ..redact import redact_text
from ..tiles.fetch import Body, Fetcher
from ..tiles.mirror import STATE_DIR, Mirror
from ..tiles.parse.formats import detect_format, verify
from ..tiles.renewal import RenewCallback, RenewingLink
from ..tiles.storage_errors import storage_error
from ..tiles.threads import settle
from ..tiles.walker import TILE_RETRY
from ..urls import relative_path
from .server import ViewServer
from .sources import Served, SourceError, stored_encoding

__all__ = ["LiveSource", "default_cache_dir", "serve_live"]

_SAFE = "!$&'()*+,;=@~-._"  # characters a path segment keeps unencoded


def default_cache_dir(link: ContainerLink) -> Path:
    """The user cache folder for a container: ``<user cache>/itwin-mesh/view/<hash of root>``
    (the container's URL without its SAS: no secret in a file name)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    key = hashlib.sha256(str(link.root).encode("utf-8")).hexdigest()[:16]
    return Path(base) / "itwin-mesh" / "view" / key


def file_url(root: URL, rel: str) -> URL:
    """The URL of the clean relative path ``rel`` under the container ``root``; checked by
    :func:`~itwin_mesh_async.urls.relative_path`, so it cannot leave the container."""
    raw = "/".join(quote(segment, safe=_SAFE) for segment in rel.split("/"))
    url = URL(str(root) + raw, encoded=True)
    if relative_path(root, url) != rel:
        raise UnsafeReferenceError("path does not stay in the container", url=rel)
    return url


class LiveSource:
    """Files of a container, fetched on request through ``fetcher`` and cached in ``mirror``.

    Concurrent requests for one file share one fetch; a file fetched (or found complete in the
    cache) is served from the cache afterwards.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        mirror: Mirror,
        *,
        name: str,
        renewable: bool,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.link: RenewingLink = fetcher.link
        self.mirror = mirror
        self.name = name
        self.renewable = renewable
        self.notice = ""
        self.fetched = 0
        self.cache_hits = 0
        self._on_notice = on_notice
        self._stored: set[str] = set()
        self._inflight: dict[str, asyncio.Future[Served]] = {}
        self._root = relative_path(self.link.root, self.link.tileset)

    @property
    def root(self) -> str:
        return self._root

    def info(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mode": "live",
            "tileset": self._root,
            "notice": self.notice,
            "renewals": self.link.renewals,
            "link_expires": expires.isoformat()
            if (expires := self.link.current.expires_at)
            else None,
            "fetched": self.fetched,
            "cache_hits": self.cache_hits,
        }

    async def get(self, rel: str) -> Served:
        if rel.split("/", 1)[0].casefold() == STATE_DIR:
            raise SourceError(404, f"{rel}: not found")
        if rel in self._stored or (
            not self.mirror.fresh and await settle(functools.partial(self.mirror.is_complete, rel))
        ):
            self.cache_hits += 1
            return await asyncio.to_thread(self._cached, rel)
        pending = self._inflight.get(rel)
        if pending is None:
            pending = asyncio.ensure_future(self._fetch(rel))
            self._inflight[rel] = pending
            pending.add_done_callback(lambda done: self._settle(rel, done))
        # Shielded: a viewer that gives up on one request does not cancel the fetch the
        # others (and the cache) are waiting for.
        return await asyncio.shield(pending)

    async def aclose(self) -> None:
        """Stop the fetches in flight and wait for them (and their threads): the mirror can
        then be closed."""
        pending = list(self._inflight.values())
        for fetch in pending:
            fetch.cancel()
        if pending:
            await asyncio.wait(pending)

    def _settle(self, rel: str, done: asyncio.Future[Served]) -> None:
        self._inflight.pop(rel, None)
        if not done.cancelled():
            done.exception()  # retrieved here: every waiter may have gone

    def _cached(self, rel: str) -> Served:
        path = self.mirror.final_path(rel)
        with open(path, "rb") as f:
            return Served(path, stored_encoding(f.read(2)))

    async def _fetch(self, rel: str) -> Served:
        try:
            url = file_url(self.link.root, rel)
            served = await self.fetcher.fetch(
                url, rel, lambda body: self._store(rel, body), mirror=self.mirror
            )
        except LinkExpiredError as exc:
            raise SourceError(410, self._expired(exc)) from None
        except UnsafeReferenceError as exc:
            raise SourceError(400, f"refused: {exc}") from None
        except TileFetchError as exc:
            status = 404 if exc.status == 404 else 502
            raise self._failed(rel, SourceError(status, f"{rel}: {exc.reason}")) from None
        except TileFormatError as exc:
            raise self._failed(
                rel, SourceError(502, f"{rel}: failed verification: {exc.reason}")
            ) from None
        except (TileError, DownloadError) as exc:
            raise self._failed(rel, SourceError(502, redact_text(str(exc)))) from None
        self.fetched += 1
        self._stored.add(rel)
        return served

    async def _store(self, rel: str, body: Body) -> Served:
        """Verify a fetched body as the downloader does, then move it into the cache."""
        mirror = self.mirror
        data = body.data
        # settle(): a thread writing through the mirror's folder descriptors is waited for,
        # even when the view is closing, before those are closed.
        if data is None:
            assert body.temp is not None
            data = await settle(functools.partial(mirror.read_temp, body.temp))
        verify(rel, data, detect_format(rel, data))  # TileFormatError: one more attempt
        try:
            if body.temp is not None:
                await settle(functools.partial(mirror.commit, body.temp, rel))
            else:
                await settle(functools.partial(mirror.write, rel, data))
        except OSError as exc:
            raise storage_error(exc, mirror.dest, rel) from None
        return Served(mirror.final_path(rel), stored_encoding(data[:2]))

    def _expired(self, exc: LinkExpiredError) -> str:
        text = redact_text(str(exc))
        if not self.renewable:
            text += (
                "; a bare --url cannot be renewed: start `itwin-mesh view` again with a fresh "
                "link, or with the export id (whose link is renewed)"
            )
        self._notify(text)
        return text

    def _failed(self, rel: str, error: SourceError) -> SourceError:
        """A failed fetch; the root tileset's is also a notice: without it the viewer shows
        nothing but a status code."""
        if rel == self._root:
            self._notify(redact_text(str(error)))
        return error

    def _notify(self, text: str) -> None:
        if text != self.notice:
            self.notice = text
            if self._on_notice is not None:
                self._on_notice(text)


@contextlib.asynccontextmanager
async def serve_live(
    link: ContainerLink,
    renew: RenewCallback | None,
    *,
    cache: str | os.PathLike[str] | None = None,
    name: str = "",
    host: str = "127.0.0.1",
    port: int = 0,
    ssl: SSLContext | bool = True,
    connections: int = 16,
    on_notice: Callable[[str], None] | None = None,
) -> AsyncIterator[ViewServer]:
    """A :class:`ViewServer` over a :class:`LiveSource` of ``link`` (renewed with ``renew``,
    cached in ``cache`` or :func:`default_cache_dir`), listening until the block ends."""
    folder = Path(cache) if cache is not None else default_cache_dir(link)
    mirror = Mirror(folder)  # files a later download verifies by MD5 against the listing
    # Shared with other views of the same folder; a download into it waits until the views end.
    await settle(functools.partial(mirror.prepare, lock="shared"), undo=lambda _: mirror.close())
    try:
        async with _http.open_session(ssl=ssl, limit=connections, dns_ttl=300) as session:
            fetcher = Fetcher(session, RenewingLink(link, renew), TILE_RETRY)
            label = name or link.root.raw_path.rstrip("/").rsplit("/", 1)[-1] or str(link.root)
            source = LiveSource(
                fetcher, mirror, name=label, renewable=renew is not None, on_notice=on_notice
            )
            try:
                async with ViewServer(source, host=host, port=port) as server:
                    yield server
            finally:
                await source.aclose()
    finally:
        with contextlib.suppress(OSError):
            await asyncio.to_thread(mirror.finish)
