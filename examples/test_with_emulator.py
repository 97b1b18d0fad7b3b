"""Testing your own code against the emulator, with the ``itwin_emulator`` pytest fixture.

The fixture comes with the package (a pytest plugin): no conftest is needed. Run with
``pytest examples/test_with_emulator.py``; it works with pytest-asyncio in auto mode and, as
here with the ``asyncio`` mark, in strict mode.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import ThreadedEmulator
from itwin_mesh_async.tilegen import build_tileset


async def count_glb_bytes(client: imx.ITwinClient, export_id: str) -> int:
    """The code under test: something of yours that uses the library."""
    export = await client.mesh_exports.get(export_id)
    total = 0
    async with client.stream_tiles(export) as tiles:
        async for tile in tiles:
            if tile.format == "glb":
                total += tile.size
    return total


@pytest.mark.asyncio
async def test_counts_the_glb_bytes(itwin_emulator: ThreadedEmulator) -> None:
    sample = build_tileset("flat", n=12, seed=1)
    export_id = itwin_emulator.add_export("imodel-1", sample.files)
    async with imx.ITwinClient(itwin_emulator.token, base_url=itwin_emulator.base_url) as client:
        total = await count_glb_bytes(client, export_id)
    assert total == sum(len(data) for path, data in sample.files.items() if path.endswith(".glb"))


@pytest.mark.asyncio
async def test_a_download_survives_faults_and_an_expired_link(
    itwin_emulator: ThreadedEmulator, tmp_path: Path
) -> None:
    sample = build_tileset("external", n=20, seed=2)
    export_id = itwin_emulator.add_export("imodel-1", sample.files)
    itwin_emulator.fault("server_error", scope="blob", count=3)  # three 5xx answers first
    itwin_emulator.faults.expire_sas_after = 5  # the link expires after five blob requests
    async with imx.ITwinClient(itwin_emulator.token, base_url=itwin_emulator.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        report = await client.download(export, tmp_path / "mirror", retry=imx.RetryPolicy.no_wait())
    assert report.ok
    for path in sample.reachable:
        assert (tmp_path / "mirror" / path).read_bytes() == sample.files[path]
    assert itwin_emulator.secret_leaks() == []  # no token to the blobs, no SAS to the API
