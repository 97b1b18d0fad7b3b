"""``check DEST SOURCE`` expects what ``download`` makes of SOURCE: the files the tileset's walk
reaches. A blob of the container that nothing references is not part of a walked mirror: not
missing when absent, extra when put there by hand (as ``download`` reports it); a mirror made
with ``mode="list"`` holds them, and they are checked like the others.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset

SAMPLE = build_tileset("with-extra", seed=1)  # blobs nothing references: extra/..., unused.json
IMODEL = "6fa3de70-0000-4000-8000-0000000000aa"


async def run(
    emulator: Emulator, dest: Path, *, mode: str = "walk"
) -> tuple[imx.DownloadReport, object]:
    export_id = emulator.add_export(IMODEL, SAMPLE.files)
    async with imx.ITwinClient(emulator.token, base_url=emulator.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        report = await client.download(export, dest, mode=mode)  # type: ignore[arg-type]
        return report, export


async def check(emulator: Emulator, dest: Path, export: object) -> imx.tiles.check.CheckReport:
    async with imx.ITwinClient(emulator.token, base_url=emulator.base_url) as client:
        return await client.check(dest, export)  # type: ignore[arg-type]


async def test_a_walked_mirror_checks_exact_against_its_export(
    emulator: Emulator, tmp_path: Path
) -> None:
    dest = tmp_path / "m"
    report, export = await run(emulator, dest)
    assert report.ok
    result = await check(emulator, dest, export)
    assert (result.missing, result.corrupt, result.extra) == ([], [], [])
    assert result.files == result.ok == len(SAMPLE.reachable)


async def test_an_unreferenced_blob_put_by_hand_is_extra_and_a_referenced_one_missing(
    emulator: Emulator, tmp_path: Path
) -> None:
    dest = tmp_path / "m"
    _, export = await run(emulator, dest)
    (dest / "unused.json").write_bytes(SAMPLE.files["unused.json"])
    (dest / "tiles" / "3.glb").unlink()
    result = await check(emulator, dest, export)
    assert result.extra == ["unused.json"]  # as download reports it: not part of the export
    assert result.missing == ["tiles/3.glb"]


async def test_a_listed_mirror_checks_its_unreferenced_blobs_too(
    emulator: Emulator, tmp_path: Path
) -> None:
    dest = tmp_path / "m"
    report, export = await run(emulator, dest, mode="list")
    assert report.ok and set(report.unreached) == set(SAMPLE.unreachable)
    result = await check(emulator, dest, export)
    assert (result.missing, result.corrupt, result.extra) == ([], [], [])
    assert result.files == len(SAMPLE.files)
    shutil.rmtree(dest / "extra")
    again = await check(emulator, dest, export)
    assert again.missing == sorted(p for p in SAMPLE.unreachable if p.startswith("extra/"))
