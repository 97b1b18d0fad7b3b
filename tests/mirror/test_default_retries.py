"""The default retry policy carries a tile through a long run of faults."""

from __future__ import annotations

from pathlib import Path

import attrs

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker


async def _no_sleep(_seconds: float) -> None:
    return None


async def test_a_tile_survives_seven_faults_in_a_row_with_default_retries(
    emulator: Emulator, tmp_path: Path
) -> None:
    # Under a 40% fault mix, five attempts lost about 1% of the files of a large tileset;
    # the default per-file policy must ride out a longer run of bad luck.
    sample = build_tileset("flat", seed=2, n=3)
    export_id = emulator.add_export(files=sample.files)
    policy = attrs.evolve(TileWalker().retry, sleep=_no_sleep)  # the default, without waits
    async with imx.ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        # HTTP-level faults: aiohttp itself retries a reset on a reused connection.
        emulator.faults.force("server_error", scope="blob", count=4)
        emulator.faults.force("truncate", scope="blob", count=3)
        report = await client.download(export, tmp_path, concurrency=1, retry=policy)
    assert report.ok, report.failed
    assert report.retries == 7
    for path in sample.reachable:
        assert (tmp_path / path).read_bytes() == sample.files[path]
