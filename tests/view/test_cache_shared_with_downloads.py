"""A view's cache folder is DEST's lock too, shared: views of one folder run side by side, a
download into it refuses while a view runs (and a view while a download runs), and nobody's
temporary files are deleted by another run's start or end."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles.manifest import MirrorBusyError
from itwin_mesh_async.tiles.mirror import STATE_DIR, Mirror
from tests.cli_runner import emu_env, run_cli
from tests.helpers import mirror_files
from tests.view.test_live_tile_server import fetch, live

FILES = build_tileset("flat", seed=7).files


async def test_a_download_into_a_views_cache_refuses_and_changes_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    cache = tmp_path / "cache"
    async with live(emulator, export_id, cache) as url, aiohttp.ClientSession() as http:
        assert (await fetch(http, url))[0] == 200
        before = mirror_files(cache)
        result = await run_cli("download", export_id, str(cache), env=emu_env(emulator))
        assert result.code == 1, result.err
        assert "in use as the cache of `itwin-mesh view`" in result.err
        assert mirror_files(cache) == before
        # The view goes on caching: its temporary folder was not taken from it.
        assert await fetch(http, url.parent / "tiles" / "2.glb") == (200, FILES["tiles/2.glb"])
    done = await run_cli("download", export_id, str(cache), env=emu_env(emulator))
    assert done.code == 0, done.err
    assert mirror_files(cache) == FILES


async def test_a_view_of_a_folder_a_download_writes_to_is_refused(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    dest = tmp_path / "mirror"
    running = Mirror(dest)
    running.prepare(lock=True)  # what a download holds while it runs
    try:
        planted = running.open_temp()  # a file the download is writing
        with pytest.raises(MirrorBusyError, match=r"a download into .* is running"):
            async with live(emulator, export_id, dest):
                pass
        assert (dest / STATE_DIR / "tmp" / planted.path).exists()
        running.discard(planted)
    finally:
        running.finish()


async def test_two_views_share_a_cache_and_the_last_one_cleans_up(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    cache = tmp_path / "cache"
    async with aiohttp.ClientSession() as http, live(emulator, export_id, cache) as first:
        async with live(emulator, export_id, cache) as second:
            assert await fetch(http, second) == (200, FILES["tileset.json"])
        # The second view's end left the first its temporary folder.
        assert (cache / STATE_DIR / "tmp").is_dir()
        assert await fetch(http, first.parent / "tiles" / "1.glb") == (200, FILES["tiles/1.glb"])
    assert not (cache / STATE_DIR / "tmp").exists()
    assert set(mirror_files(cache)) == {"tileset.json", "tiles/1.glb"}


async def test_a_killed_views_leftovers_go_with_the_next_lone_run(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    cache = tmp_path / "cache"
    leftover = cache / STATE_DIR / "tmp" / "999-0.part"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a tile")
    async with ITwinClient(token=emulator.token, base_url=emulator.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        async with client.serve_tiles(export, cache=cache):
            assert not leftover.exists()


async def test_a_view_closed_with_fetches_in_flight_waits_for_them_and_leaves_no_temp_file(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    cache = tmp_path / "cache"
    emulator.faults.scope, emulator.faults.paths = "blob", "*.glb"
    emulator.faults.slow, emulator.faults.slow_seconds = 1.0, 0.5
    async with aiohttp.ClientSession() as http:
        async with live(emulator, export_id, cache) as url:
            asked = [
                asyncio.ensure_future(fetch(http, url.parent / "tiles" / f"{i}.glb"))
                for i in range(4)
            ]
            for _ in range(1000):  # until the container has been asked for the four tiles
                if sum(r.path_qs.split("?")[0].endswith(".glb") for r in emulator.requests) >= 4:
                    break
                await asyncio.sleep(0.01)
            assert not any(a.done() for a in asked)
        # Closed with four fetches in flight: they were stopped and waited for, none goes on
        # writing through the closed cache.
        left = [t for t in asyncio.all_tasks() if "LiveSource._fetch" in repr(t.get_coro())]
        assert left == []
        await asyncio.wait(asked)
    tmp = cache / STATE_DIR / "tmp"
    assert not tmp.exists() or not any(tmp.iterdir())
    assert all(data == FILES[p] for p, data in mirror_files(cache).items())
