"""Concurrent calls through one client really run at once."""

from __future__ import annotations

import asyncio

from aiohttp import web

from tests.api.support import client, serve

# --- concurrency ----------------------------------------------------------------------------------


GUARD = 20.0  # seconds: only a hang reaches it


async def test_twenty_gets_against_slow_answers_run_concurrently() -> None:
    in_flight = peak = 0
    all_in = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 20:
            all_in.set()
        await all_in.wait()  # no answer until all twenty are in flight at once
        in_flight -= 1
        return web.json_response({"export": {"id": request.path.rsplit("/", 1)[1]}})

    async with serve(slow) as (base, seen), client(base) as c:
        gets = asyncio.gather(*(c.mesh_exports.get(f"e{i}") for i in range(20)))
        exports = await asyncio.wait_for(gets, GUARD)  # calls made one by one never get here
    assert [e.id for e in exports] == [f"e{i}" for i in range(20)]
    assert len({r.headers["X-Correlation-ID"] for r in seen}) == 20  # a fresh id per call
    assert peak == 20
