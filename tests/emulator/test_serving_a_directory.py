"""Serving a data directory, and the emulator's start/stop life cycle."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.emulator.server import load_directory, serve_forever, tileset_directories
from itwin_mesh_async.emulator.state import minimal_tileset
from tests.emulator.support import (
    blob,
    call,
    mesh_href,
)

# ---- serving a directory ----------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    for name in ("one", "two"):
        (tmp_path / name / "tiles").mkdir(parents=True)
        (tmp_path / name / "tileset.json").write_bytes(b'{"asset":{"version":"1.1"}}')
        (tmp_path / name / "tiles" / "0.glb").write_bytes(gzip.compress(b"glTF" * 8))
        (tmp_path / name / ".state").mkdir()
        (tmp_path / name / ".state" / "x").write_bytes(b"hidden")
    (tmp_path / "not-a-tileset").mkdir()
    yield tmp_path


def test_load_directory_and_tileset_directories(data_dir: Path, tmp_path: Path) -> None:
    files = load_directory(data_dir / "one")
    assert sorted(files) == ["tiles/0.glb", "tileset.json"]
    assert tileset_directories(data_dir) == [data_dir / "one", data_dir / "two"]
    assert tileset_directories(data_dir / "one") == [data_dir / "one"]
    with pytest.raises(FileNotFoundError, match=r"no tileset\.json"):
        tileset_directories(data_dir / "not-a-tileset")
    with pytest.raises(NotADirectoryError):
        load_directory(data_dir / "one" / "tileset.json")


async def test_serve_forever_serves_a_data_directory(
    data_dir: Path, http: aiohttp.ClientSession
) -> None:
    ready: asyncio.Future[tuple[Emulator, list[str]]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        serve_forever(
            "127.0.0.1",
            0,
            data_dir,
            files=minimal_tileset(),
            on_ready=lambda emu, ids: ready.set_result((emu, ids)),
        )
    )
    try:
        emu, ids = await asyncio.wait_for(ready, 10)
        assert len(ids) == 3
        status, body, _ = await call(http, emu, "GET", "/mesh-export/")
        assert status == 200
        assert {"one", "two"} <= {e["displayName"] for e in body["exports"]}
        href = await mesh_href(http, emu, ids[0])
        async with (
            aiohttp.ClientSession(auto_decompress=False) as raw,
            raw.get(blob(href, "tiles/0.glb")) as response,
        ):
            assert response.headers["Content-Encoding"] == "gzip"
            assert gzip.decompress(await response.read()) == b"glTF" * 8
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_emulator_start_twice_is_refused_and_stop_is_idempotent() -> None:
    emu = Emulator()
    await emu.start()
    try:
        with pytest.raises(RuntimeError, match="already running"):
            await emu.start()
    finally:
        await emu.stop()
        await emu.stop()
