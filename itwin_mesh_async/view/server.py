"""The local web server of ``itwin-mesh view``: the viewer page at ``/``, the tileset at
``/tileset.json`` and every file under it, with CORS headers so that any web viewer can load it.

A request's path is checked by the downloader's own rule (:func:`~itwin_mesh_async.urls.
relative_path`): ``..`` (plain or percent-encoded), encoded slashes, control characters... are
refused before any source is asked, so nothing outside the served folder or container is reached.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self

from aiohttp import web
from yarl import URL

from ..errors import UnsafeReferenceError
from ..redact import redact_text
from ..urls import relative_path
from .assets import ASSET_PREFIX, INFO_NAME, PAGE, asset, content_type
from .sources import Served, SourceError, TileSource

__all__ = ["CORS_HEADERS", "ViewServer"]

_ORIGIN = "http://view.invalid"
_ROOT = URL(_ORIGIN + "/")
_CHUNK = 256 * 1024
_ALIAS = "tileset.json"

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Content-Length, Content-Encoding, Content-Type",
    "Timing-Allow-Origin": "*",  # lets a page count the bytes it loaded from here
}
_PREFLIGHT = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Max-Age": "3600",
    # A page on a public origin may reach this loopback server (Chrome's Private Network Access).
    "Access-Control-Allow-Private-Network": "true",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def _cors(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method == "OPTIONS":
        asked = request.headers.get("Access-Control-Request-Headers")
        extra = {"Access-Control-Allow-Headers": asked} if asked else {}
        return web.Response(status=204, headers=CORS_HEADERS | _PREFLIGHT | extra)
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers.update(CORS_HEADERS)
        raise
    if not response.prepared:
        response.headers.update(CORS_HEADERS)
    return response


def _text(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=redact_text(message) + "\n")


def request_path(raw_path: str) -> str:
    """The container-relative path a request's raw path names; raises
    :class:`~itwin_mesh_async.errors.UnsafeReferenceError` when it would leave the root."""
    raw = raw_path.split("?", 1)[0].split("#", 1)[0]
    if not raw.startswith("/"):
        raise UnsafeReferenceError("request path does not start with '/'", url=raw)
    # Some viewers join a root-level tileset's references as "http://host//child.json".
    raw = "/" + raw.lstrip("/")
    try:
        url = URL(_ORIGIN + raw, encoded=True)
    except ValueError:
        raise UnsafeReferenceError("request path is not a valid URL path", url=raw) from None
    return relative_path(_ROOT, url)


class ViewServer:
    """Serves ``source`` with the viewer page on ``host:port`` (port 0: a free one)::

    async with ViewServer(MirrorSource("out/", "tileset.json")) as server:
        print(server.url, server.tileset_url)
    """

    def __init__(self, source: TileSource, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.source = source
        self.host = host
        self._port = port
        self.port = 0
        self._runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        """The aiohttp application (one catch-all route: the tileset's paths are free-form)."""
        app = web.Application(middlewares=[_cors])
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app

    # -- life cycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Listen; raises OSError when the host/port cannot be bound."""
        runner = web.AppRunner(
            self.app(), access_log=None, handle_signals=False, shutdown_timeout=0.1
        )
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self._port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> URL:
        """The viewer page, e.g. ``http://127.0.0.1:8766/``."""
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        host = "::1" if host == "::" else host
        return URL.build(scheme="http", host=host, port=self.port, path="/")

    @property
    def tileset_url(self) -> URL:
        """The root tileset, for any other viewer: ``<url>tileset.json``."""
        return self.url / _ALIAS

    # -- requests -------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            return _text(405, f"{request.method} is not served here")
        raw = request.raw_path.split("?", 1)[0]
        if raw == "/":
            return self._asset(PAGE)
        if raw.startswith(ASSET_PREFIX):
            name = raw[len(ASSET_PREFIX) :]
            if name == INFO_NAME:
                return web.json_response(self.source.info(), headers={"Cache-Control": "no-cache"})
            return self._asset(name)
        try:
            rel = self.source.root if raw == "/" + _ALIAS else request_path(raw)
        except UnsafeReferenceError as exc:
            return _text(400, f"refused: {exc}")
        try:
            served = await self.source.get(rel)
        except SourceError as exc:
            return _text(exc.status, exc.message)
        return await _send_file(request, served, rel)

    def _asset(self, name: str) -> web.Response:
        data = asset(name)
        if data is None:
            return _text(404, f"{name}: not found")
        return web.Response(
            body=data,
            headers={"Content-Type": content_type(name), "Cache-Control": "no-cache"},
        )


async def _send_file(request: web.Request, served: Served, rel: str) -> web.StreamResponse:
    """Stream a local file; its size is taken from the open file, so a file replaced meanwhile
    (a download into the same folder) is sent whole, old or new, never mixed."""
    try:
        f = await asyncio.to_thread(open, served.path, "rb")
    except OSError as exc:
        return _text(404 if isinstance(exc, FileNotFoundError) else 500, f"{rel}: cannot read")
    response = web.StreamResponse(
        headers={"Content-Type": content_type(rel), "Cache-Control": "no-cache"}
    )
    try:
        if served.encoding:
            response.headers["Content-Encoding"] = served.encoding
        response.content_length = os.fstat(f.fileno()).st_size
        response.headers.update(CORS_HEADERS)
        await response.prepare(request)
        if request.method == "HEAD":
            return response
        while chunk := await asyncio.to_thread(f.read, _CHUNK):
            await response.write(chunk)
        await response.write_eof()
        return response
    except ConnectionResetError:
        # The viewer cancelled a tile it no longer needs (the camera moved): nothing to report.
        return response
    finally:
        f.close()
