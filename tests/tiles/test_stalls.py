"""Every attempt ends, and so does every run: dripping bodies, silent hosts, error storms.

Hostile servers are small aiohttp apps or raw asyncio servers on loopback; every timeout is
set small through parameters, and nothing asserts on wall-clock time.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from itwin_mesh_async.errors import DownloadError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles import TileWalker, Tuning
from tests.helpers import mirror_files, serve_app

TILES = 40


def _tileset(count: int) -> bytes:
    children = [{"geometricError": 0, "content": {"uri": f"t{i}.glb"}} for i in range(count)]
    root = {"geometricError": 1, "boundingVolume": {"sphere": [0, 0, 0, 1]}, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": root}).encode()


FILES = {"tileset.json": _tileset(TILES)} | {f"t{i}.glb": glb(seed=i) for i in range(TILES)}


# -- a body that drips --------------------------------------------------------------------------


@pytest.mark.parametrize("sized", [True, False])
async def test_a_dripping_body_is_cut_off_and_retried(sized: bool, tmp_path: Path) -> None:
    dripping = "t7.glb"
    attempts = 0
    stop = asyncio.Event()

    async def handle(request: web.Request) -> web.StreamResponse:
        nonlocal attempts
        name = request.match_info["tail"]
        if name != dripping or (attempts := attempts + 1) > 1:
            return web.Response(body=FILES[name])
        body = FILES[name]
        resp = web.StreamResponse(headers={"Content-Length": str(len(body))} if sized else {})
        await resp.prepare(request)
        for byte in body:  # one byte at a time, each well within the stall timeout
            if stop.is_set():
                break
            await resp.write(bytes([byte]))
            await asyncio.sleep(0.02)
        return resp

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    walker = TileWalker(
        timeout=aiohttp.ClientTimeout(sock_connect=5, sock_read=0.5),
        tuning=Tuning(min_rate=10_000),  # a ~1 KB tile: about 0.6 s allowed
        retry=RetryPolicy.no_wait(max_attempts=3),
    )
    async with serve_app(app, shutdown_timeout=0.5) as origin:
        try:
            async with asyncio.timeout(60):  # only a failure of the test ever takes this long
                report = await walker.download(f"{origin}/c/tileset.json?sv=1", tmp_path)
        finally:
            stop.set()
    assert attempts == 2 and report.retries == 1
    assert report.ok and mirror_files(tmp_path) == FILES


# -- a host that accepts connections and never answers ----------------------------------------


async def test_a_silent_host_is_reported_early_and_the_run_ends(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    release = asyncio.Event()
    handlers: list[asyncio.Task[None]] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.append(asyncio.current_task())  # type: ignore[arg-type]
        await release.wait()
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    walker = TileWalker(
        timeout=aiohttp.ClientTimeout(sock_connect=5, sock_read=0.6),
        tuning=Tuning(warn_after=0.2),
        retry=RetryPolicy.no_wait(max_attempts=1000, total_budget=None),
        give_up_after=2,
        give_up_silence=0.1,
    )
    try:
        with caplog.at_level(logging.INFO, logger="itwin_mesh_async"):
            async with asyncio.timeout(60):
                with pytest.raises(DownloadError) as caught:
                    await walker.download(f"http://127.0.0.1:{port}/c/tileset.json?sv=1", tmp_path)
    finally:
        release.set()
        server.close()
        await asyncio.gather(*handlers, return_exceptions=True)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings and warnings[0].getMessage().startswith(
        f"no answer from the container host 127.0.0.1:{port} for "
    )
    assert warnings[0].getMessage().endswith("s (1 requests waiting); still trying")
    # The run ended on the breaker, not after the thousand attempts allowed per file.
    assert str(caught.value) == "cannot read the tileset tileset.json: no byte for 0.6s"
    assert mirror_files(tmp_path) == {}


# -- a storm of errors --------------------------------------------------------------------------


def _storm_app(failing: int | None) -> tuple[web.Application, dict[str, int]]:
    """Tiles answer 503 to the first ``failing`` requests (None: to all of them)."""
    seen = {"failed": 0, "served": 0}

    async def handle(request: web.Request) -> web.Response:
        name = request.match_info["tail"]
        if name != "tileset.json" and (failing is None or seen["failed"] < failing):
            seen["failed"] += 1
            return web.Response(status=503)
        seen["served"] += 1
        return web.Response(body=FILES[name])

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    return app, seen


async def test_a_host_failing_every_request_ends_the_run_on_attempts(tmp_path: Path) -> None:
    app, seen = _storm_app(None)
    # Retries without end per file: only the breaker's attempts rule can stop this run.
    walker = TileWalker(
        concurrency=4,
        retry=RetryPolicy.no_wait(max_attempts=10**6, total_budget=None),
        give_up_after=8,
        give_up_silence=0.2,
    )
    async with serve_app(app) as origin:
        async with asyncio.timeout(60):
            with pytest.raises(DownloadError) as caught:
                await walker.download(f"{origin}/c/tileset.json?sv=1", tmp_path)
    message = str(caught.value)
    assert f"the container host {origin.removeprefix('http://')} stopped answering:" in message
    assert "attempts in a row failed, with no answer for" in message
    assert "(last: HTTP 503 Service Unavailable)" in message
    assert message.endswith("running the same command again resumes (done files are kept)")
    assert seen["served"] == 1 and caught.value.report.tiles == 1


async def test_a_short_storm_is_ridden_out(tmp_path: Path) -> None:
    app, seen = _storm_app(60)  # more failed attempts in a row than the threshold
    walker = TileWalker(
        concurrency=4,
        retry=RetryPolicy.no_wait(max_attempts=50, total_budget=None),
        give_up_after=8,
        give_up_silence=30,  # the storm is over long before
    )
    async with serve_app(app) as origin:
        report = await walker.download(f"{origin}/c/tileset.json?sv=1", tmp_path)
    assert seen["failed"] == 60 and report.retries == 60
    assert report.ok and mirror_files(tmp_path) == FILES
