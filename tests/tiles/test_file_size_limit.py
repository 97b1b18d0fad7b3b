"""A tile whose body never ends (or is announced past any valid size) is refused at
``Limits.max_file_bytes``: DEST's disk and a stream's memory are not filled, the rest lands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles import Limits, TileWalker
from tests.helpers import mirror_files, serve_app

_LIMIT = 1024 * 1024
_REASON = "is over the limit of 1048576 bytes (Limits.max_file_bytes, for any file)"


def _tileset(*uris: str) -> bytes:
    children = [{"geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"geometricError": 1, "boundingVolume": {"sphere": [0, 0, 0, 1]}, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": root}).encode()


def _parts(dest: Path) -> list[str]:
    """Temporary files left in DEST."""
    return [p.name for p in dest.rglob("*") if p.name.endswith(".part")]


def _app(files: dict[str, bytes], sent: list[int]) -> web.Application:
    async def handle(request: web.Request) -> web.StreamResponse:
        name = request.match_info["tail"]
        if name == "huge.glb":  # announced past the limit: must be refused on the header
            resp = web.StreamResponse(headers={"Content-Length": str(8 * 1024**3)})
            await resp.prepare(request)
            try:
                while True:
                    await resp.write(b"\0" * 65536)
                    sent[0] += 65536
            except ConnectionError:
                return resp
        if name != "endless.glb":
            return web.Response(body=files[name])
        resp = web.StreamResponse()  # chunked, no Content-Length, never ends
        await resp.prepare(request)
        try:
            while True:
                await resp.write(b"\0" * 65536)
                sent[1] += 65536
        except ConnectionError:  # the client hung up, as it should
            return resp

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    return app


@pytest.mark.parametrize("mode", ["download", "stream"])
async def test_an_endless_or_oversized_tile_is_refused_at_the_file_limit(
    mode: str, tmp_path: Path
) -> None:
    files = {"tileset.json": _tileset("a.glb", "endless.glb", "huge.glb"), "a.glb": glb()}
    sent = [0, 0]
    walker = TileWalker(limits=Limits(max_file_bytes=_LIMIT))
    async with serve_app(_app(files, sent), shutdown_timeout=0.5) as origin:
        url = f"{origin}/c/tileset.json?sv=1"
        if mode == "download":
            report = await walker.download(url, tmp_path)
            got = mirror_files(tmp_path)
        else:
            stream = walker.stream(url)
            async with stream:
                got = {tile.path: tile.data async for tile in stream}
            report = stream.report
    assert got == files  # the good files complete; nothing of the refused ones
    reasons = {f.path: f.reason for f in report.failed}
    assert reasons == {
        "endless.glb": f"refused: its body (no Content-Length) {_REASON}",
        "huge.glb": f"refused: its Content-Length ({8 * 1024**3}) {_REASON}",
    }
    # The endless body was cut near the limit (not read on, not retried without end).
    assert sent[1] < 64 * _LIMIT
    assert _parts(tmp_path) == []


def test_the_default_file_limit_is_what_32_bit_lengths_allow() -> None:
    assert Limits().max_file_bytes == 4 * 1024**3
    with pytest.raises(ValueError, match="max_file_bytes"):
        Limits(max_file_bytes=0)
