"""``timeout=`` is a total deadline: ``wait`` and ``latest`` give up at it even while a
request hangs."""

from __future__ import annotations

import asyncio

from aiohttp import web

from itwin_mesh_async.errors import (
    WaitTimeoutError,
)
from tests.helpers import client_for, serve

GUARD = 20.0  # seconds: only a hang reaches it


# --- timeout= is a total deadline ---------------------------------------------------------


async def test_wait_and_latest_give_up_at_the_deadline_even_while_a_request_hangs() -> None:
    release = asyncio.Event()

    async def hanging(request: web.Request) -> web.Response:
        if "page" in request.query or request.path != "/mesh-export/":
            await release.wait()  # a service that never answers (until the test ends)
        # The first list page answers at once, with an export still in progress.
        nxt = str(request.url.with_query({"page": "1"}))
        return web.json_response(
            {"exports": [{"id": "p", "status": "InProgress"}], "_links": {"next": {"href": nxt}}}
        )

    async with serve([web.get("/{tail:.*}", hanging)]) as (base, seen), client_for(base) as client:
        try:
            waited, latest = await asyncio.wait_for(asyncio.gather(
                client.mesh_exports.wait("e1", timeout=0.2, poll_interval=0.05),
                client.mesh_exports.latest("m1", timeout=0.2, poll_interval=0.05),
                return_exceptions=True,
            ), GUARD)  # fmt: skip
        finally:
            release.set()
    assert isinstance(waited, WaitTimeoutError), waited
    assert "export e1: no answer from the service within 0.2s" in str(waited)
    assert isinstance(latest, WaitTimeoutError), latest
    assert "listing the exports of iModel m1" in str(latest)
    assert any("page=1" in path for _, path, _, _ in seen)  # it was the second page that hung
