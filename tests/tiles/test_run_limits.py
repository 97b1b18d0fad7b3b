"""Oversized JSON documents and runs that never end: refused or stopped, clearly, losing nothing.

Hostile servers are small aiohttp apps (or a raw asyncio server) on loopback.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.errors import DownloadError
from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles import Limits, TileWalker
from tests.helpers import mirror_files, serve_app


def _parts(dest: Path) -> list[str]:
    """Temporary files left in DEST."""
    return [p.name for p in dest.rglob("*") if p.name.endswith(".part")]


def _tileset(*uris: str) -> bytes:
    children = [{"geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"geometricError": 1, "boundingVolume": {"sphere": [0, 0, 0, 1]}, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": root}).encode()


# -- a JSON document past its byte limit --------------------------------------------------------


async def test_a_tileset_announced_past_the_limit_is_refused_on_its_header(tmp_path: Path) -> None:
    requests = 0
    done = asyncio.Event()
    handlers: list[asyncio.Task[None]] = []

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        requests += 1
        handlers.append(asyncio.current_task())  # type: ignore[arg-type]
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\n\r\n" + b"{" * 65536)
        await writer.drain()
        await done.wait()  # the rest never comes: nobody must wait for it
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(DownloadError) as caught:
            await TileWalker().download(f"http://127.0.0.1:{port}/c/tileset.json?sv=1", tmp_path)
    finally:
        done.set()
        server.close()
        await asyncio.gather(*handlers, return_exceptions=True)
    assert str(caught.value) == (
        "cannot read the tileset tileset.json: refused: its Content-Length (2147483648) is over"
        " the limit of 268435456 bytes (Limits.max_json_bytes, for a JSON document)"
    )
    assert requests == 1  # refused, not retried
    assert mirror_files(tmp_path) == {}
    assert _parts(tmp_path) == []


@pytest.mark.parametrize("mode", ["download", "stream"])
async def test_an_endless_json_body_stops_at_the_limit(mode: str, tmp_path: Path) -> None:
    files = {"tileset.json": _tileset("sub.json", "a.glb"), "a.glb": glb()}

    async def handle(request: web.Request) -> web.StreamResponse:
        name = request.match_info["tail"]
        if name != "sub.json":
            return web.Response(body=files[name])
        resp = web.StreamResponse()  # chunked: no Content-Length
        await resp.prepare(request)
        try:
            while True:
                await resp.write(b" " * 65536)
        except ConnectionError:  # the client hung up, as it should
            return resp

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    walker = TileWalker(limits=Limits(max_json_bytes=1024 * 1024))
    async with serve_app(app, shutdown_timeout=0.5) as origin:
        url = f"{origin}/c/tileset.json?sv=1"
        if mode == "download":
            report = await walker.download(url, tmp_path)
            got = mirror_files(tmp_path)
        else:
            stream = walker.stream(url)
            async with stream:
                got = {tile.path: tile.data async for tile in stream}
            report = stream.report
    assert got == files  # all but the endless file, complete
    [failed] = report.failed
    assert failed.path == "sub.json"
    assert failed.reason == (
        "refused: its body (no Content-Length) is over the limit of 1048576 bytes"
        " (Limits.max_json_bytes, for a JSON document)"
    )
    assert _parts(tmp_path) == []


# -- runs that never end ------------------------------------------------------------------------


def _endless_app() -> web.Application:
    """Every tileset names two more and a tile: a tileset without end."""

    async def handle(request: web.Request) -> web.Response:
        name = request.match_info["tail"]
        if name.endswith(".glb"):
            return web.Response(body=glb(size=2000))
        n = 1 if name == "tileset.json" else int(name.removeprefix("n").removesuffix(".json"))
        return web.Response(body=_tileset(f"n{2 * n}.json", f"n{2 * n + 1}.json", f"g{n}.glb"))

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    return app


def _endless_implicit_app() -> web.Application:
    """Implicit tiling with 30 levels, all available, two levels per subtree: 4**30 tiles."""
    every = {"constant": 1}
    subtree = {
        "tileAvailability": every,
        "contentAvailability": [every],
        "childSubtreeAvailability": every,
    }
    root = {
        "geometricError": 1,
        "boundingVolume": {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]},
        "content": {"uri": "c/{level}/{x}/{y}.glb"},
        "implicitTiling": {
            "subdivisionScheme": "QUADTREE",
            "subtreeLevels": 2,
            "availableLevels": 30,
            "subtrees": {"uri": "s/{level}/{x}/{y}.json"},
        },
    }
    tileset = {"asset": {"version": "1.1"}, "geometricError": 1, "root": root}

    async def handle(request: web.Request) -> web.Response:
        name = request.match_info["tail"]
        if name.endswith(".glb"):
            return web.Response(body=glb(size=2000))
        return web.json_response(tileset if name == "tileset.json" else subtree)

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    return app


@pytest.mark.parametrize(
    ("make_app", "limits", "named"),
    [
        (_endless_app, Limits(max_files=300), "300 files (Limits.max_files)"),
        (_endless_app, Limits(max_total_bytes=100_000), "100000 bytes (Limits.max_total_bytes)"),
        (_endless_implicit_app, Limits(max_files=300), "300 files (Limits.max_files)"),
    ],
)
async def test_a_tileset_without_end_stops_at_the_run_limits(
    make_app: Callable[[], web.Application], limits: Limits, named: str, tmp_path: Path
) -> None:
    async with serve_app(make_app()) as origin:
        with pytest.raises(DownloadError) as caught:
            await TileWalker(limits=limits, concurrency=8).download(
                f"{origin}/c/tileset.json?sv=1", tmp_path
            )
    message = str(caught.value)
    assert message.startswith(f"stopped: the run passed its limit of {named}; no real export")
    assert message.endswith("running it again resumes (done files are kept)")
    report = caught.value.report
    # Files already in flight when the limit trips may still complete (one per transfer).
    assert report is not None and 0 < report.tiles <= 300 + 8
    on_disk = mirror_files(tmp_path)
    # Every file counted is on disk, complete (a write in a thread when the run stopped may
    # have landed uncounted); none beyond what the workers held.
    assert report.tiles <= len(on_disk) <= report.tiles + 8
    tile = glb(size=2000)
    assert all(data == tile for name, data in on_disk.items() if name.endswith(".glb"))
    assert _parts(tmp_path) == []
