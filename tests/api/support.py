"""Shared helpers of the API tests: a recording loopback server for one handler, a client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

import itwin_mesh_async as imx
from tests.helpers import serve_app

TOKEN = "tok-Contract-SECRET-4711"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@asynccontextmanager
async def serve(handler: Handler) -> AsyncIterator[tuple[str, list[web.Request]]]:
    """A real server on 127.0.0.1 answering every path with ``handler``; yields its origin and
    the requests it saw."""
    seen: list[web.Request] = []

    async def record(request: web.Request) -> web.StreamResponse:
        seen.append(request)
        return await handler(request)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", record)
    async with serve_app(app) as origin:
        yield origin, seen


def client(base: str, token: Any = TOKEN, **kwargs: Any) -> imx.ITwinClient:
    kwargs.setdefault("retry", imx.RetryPolicy.no_wait())
    return imx.ITwinClient(token, base_url=base, **kwargs)
