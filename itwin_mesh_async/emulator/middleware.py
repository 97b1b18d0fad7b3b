"""What both emulator servers share: the request log and the fault-carrying middleware."""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from aiohttp import web

from ..redact import redact_text
from .faults import FaultConfig, FaultKind, Origin

__all__ = ["RequestRecord", "cors_middleware", "fault_middleware", "reset_connection"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ErrorFactory = Callable[[FaultKind, web.Request], web.StreamResponse]


@attrs.frozen(repr=False)
class RequestRecord:
    """One request a server saw: ``path_qs`` raw (byte-exact, SAS included), all headers.

    The repr is redacted, so a failing assertion that prints the log leaks nothing.
    """

    origin: str
    method: str
    path_qs: str
    headers: tuple[tuple[str, str], ...]

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or ``None``."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)

    def __repr__(self) -> str:
        auth = " +Authorization" if self.header("Authorization") is not None else ""
        return redact_text(f"<RequestRecord {self.origin} {self.method} {self.path_qs}{auth}>")


def reset_connection(request: web.Request) -> None:
    """Drop the connection with a TCP reset (SO_LINGER 0), as a failing network does."""
    transport = request.transport
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


async def _truncated(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    body = response.body if isinstance(response, web.Response) else None
    if not isinstance(body, bytes) or len(body) < 2 or request.method == "HEAD":
        reset_connection(request)
        return web.Response(status=500)
    cut = web.StreamResponse(status=response.status, reason=response.reason)
    for name, value in response.headers.items():
        if name.lower() not in ("content-length", "transfer-encoding"):
            cut.headers.add(name, value)
    cut.content_length = len(body)
    await cut.prepare(request)
    await cut.write(body[: len(body) // 2])
    reset_connection(request)
    return cut


def fault_middleware(
    origin: Origin,
    faults: Callable[[], FaultConfig],
    log: list[RequestRecord],
    error_response: ErrorFactory,
    *,
    exempt: Callable[[web.Request], bool] = lambda _r: False,
) -> Any:
    """Middleware that logs every request, then carries out the fault chosen for it."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        log.append(
            RequestRecord(origin, request.method, request.raw_path, tuple(request.headers.items()))
        )
        if exempt(request):
            return await handler(request)
        kind = faults().decide(origin, request.method, request.rel_url.raw_path)
        if kind == "reset":
            reset_connection(request)
            return web.Response(status=500)
        if kind in ("server_error", "rate_limit"):
            return error_response(kind, request)
        if kind == "slow":
            await asyncio.sleep(faults().slow_seconds)
        response = await handler(request)
        if kind == "truncate":
            return await _truncated(request, response)
        return response

    return middleware


_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "*",
}


@web.middleware
async def cors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """CORS as a storage account with a permissive rule answers it, so that browser apps (the
    viewer page among them) can be tested against the emulator: preflights get 200 and every
    response allows any origin. Outermost, so that injected faults carry the headers too."""
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        asked = request.headers.get("Access-Control-Request-Headers")
        return web.Response(
            headers=_CORS
            | {"Access-Control-Allow-Methods": "GET, HEAD", "Access-Control-Max-Age": "3600"}
            | ({"Access-Control-Allow-Headers": asked} if asked else {})
        )
    response = await handler(request)
    if not response.prepared:
        response.headers.update(_CORS)
    return response
