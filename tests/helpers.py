"""Shared test set-up: real aiohttp.web servers on loopback, the API seeds, an API client,
a SAS whose signature needs percent-encoding.

``serve_app`` runs any app on 127.0.0.1 (a free port) for the length of an ``async with``;
``serve`` does so for a route table and records every request it answers; ``holding_container``
serves files and holds one answer until the test has acted (mid-run, at an exact moment).
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
from aiohttp import web

from itwin_mesh_async.client import ITwinClient
from itwin_mesh_async.emulator.sas import encode_sas, service_sas_fields
from itwin_mesh_async.retry import RetryPolicy

TOKEN = "tok-SECRET-123"
SEEDS = Path(__file__).parent / "seeds"
Seen = list[tuple[str, str, dict[str, str], bytes]]
"""Requests a server answered: method, path with query, headers, body."""


def seed(name: str) -> Any:
    """A recorded answer of the real service (``tests/seeds/<name>``), parsed."""
    return json.loads((SEEDS / name).read_text(encoding="utf-8"))


@asynccontextmanager
async def serve_app(
    app: web.Application, *, ssl_context: ssl.SSLContext | None = None, **runner_options: Any
) -> AsyncIterator[str]:
    """Run ``app`` on 127.0.0.1 until the block ends; yields its origin (``http://127.0.0.1:N``,
    ``https`` with ``ssl_context``). ``runner_options`` go to :class:`aiohttp.web.AppRunner`."""
    runner = web.AppRunner(app, **{"access_log": None, **runner_options})
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ssl_context).start()
        scheme = "https" if ssl_context is not None else "http"
        yield f"{scheme}://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


@asynccontextmanager
async def serve(routes: list[web.RouteDef]) -> AsyncIterator[tuple[str, Seen]]:
    """A server of ``routes``; yields its origin and the log of requests it got."""
    seen: Seen = []

    @web.middleware
    async def record(request: web.Request, handler: Any) -> web.StreamResponse:
        seen.append((request.method, request.path_qs, dict(request.headers), await request.read()))
        return await handler(request)  # type: ignore[no-any-return]

    app = web.Application(middlewares=[record])
    app.add_routes(routes)
    async with serve_app(app) as origin:
        yield origin, seen


@attrs.define
class HoldingContainer:
    """A container on loopback (see :func:`holding_container`): ``requests`` in order of
    arrival; ``held`` is set once the chosen request has arrived and waits for ``release``."""

    url: str = ""
    requests: list[str] = attrs.Factory(list)
    held: asyncio.Event = attrs.Factory(asyncio.Event)
    release: asyncio.Event = attrs.Factory(asyncio.Event)


@asynccontextmanager
async def holding_container(
    files: dict[str, bytes], hold: Callable[[str], bool]
) -> AsyncIterator[HoldingContainer]:
    """Serve ``files`` under ``/c/`` (any query), answering the first request whose path
    ``hold`` picks only once ``release`` is set: the test acts while a run is at that point,
    without sleeping. ``url`` is the root tileset's, with a SAS-like query."""
    box = HoldingContainer()

    async def handle(request: web.Request) -> web.Response:
        path = request.path.removeprefix("/c/")
        box.requests.append(path)
        if path not in files:
            return web.Response(status=404)
        if not box.held.is_set() and hold(path):
            box.held.set()
            await box.release.wait()
        return web.Response(body=files[path])

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    async with serve_app(app, shutdown_timeout=1) as origin:
        box.url = f"{origin}/c/tileset.json?sv=1&sig=aG9sZA%3D%3D"
        try:
            yield box
        finally:
            box.release.set()


@asynccontextmanager
async def client_for(base: str) -> AsyncIterator[ITwinClient]:
    """A client of ``base`` with ``TOKEN`` that never waits between attempts."""
    async with ITwinClient(token=TOKEN, base_url=base, retry=RetryPolicy.no_wait()) as client:
        yield client


def sas_with_special_chars(
    account: str, key: str, container: str, *, after: datetime | None = None
) -> str:
    """A container SAS whose signature holds ``+`` and ``/`` (so %2B and %2F once encoded),
    expiring some minutes after ``after`` (default: in an hour)."""
    start = after or datetime.now(UTC) + timedelta(hours=1)
    for minute in range(10_000):
        fields = service_sas_fields(
            account, key, container, expiry=start + timedelta(minutes=minute)
        )
        if "+" in fields["sig"] and "/" in fields["sig"]:
            return encode_sas(fields)
    raise AssertionError("no signature with + and / found")


def assert_no_tool_leftovers(dest: Path) -> None:
    """DEST holds no temporary file of the tool: its state folder keeps only the manifest and
    its lock file (no temporary folder, no SQLite journal)."""
    from itwin_mesh_async.tiles.manifest import LOCK_FILE, MANIFEST_FILE
    from itwin_mesh_async.tiles.mirror import STATE_DIR

    state = dest / STATE_DIR
    if state.exists():
        assert {p.name for p in state.iterdir()} <= {LOCK_FILE, MANIFEST_FILE}


def mirror_files(dest: Path) -> dict[str, bytes]:
    """Every file of the mirror in ``dest``: the tool's state folder (allowed by the contract,
    holding only the manifest after a clean run) is left out."""
    from itwin_mesh_async.tiles.mirror import STATE_DIR

    out: dict[str, bytes] = {}
    for path in dest.rglob("*"):
        rel = path.relative_to(dest)
        if rel.parts[0] != STATE_DIR and path.is_file():
            out[rel.as_posix()] = path.read_bytes()
    return out
