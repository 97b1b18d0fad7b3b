"""Moved tiles are reused from files no manifest row describes: a mirror copied without its
``.itwin-mesh/`` folder (or made by another tool) gets a newer export with only the changed and
added tiles downloaded; contents that swap or rotate between paths end byte-exact, and a file of
the right size but other bytes is never taken."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles import DownloadReport
from itwin_mesh_async.tiles.manifest import MANIFEST_FILE
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.sync.support import export_files, mirror_files, tile
from tests.sync.test_dry_run_and_filters import blob_gets, snapshot

A_TILES = {f"t/{i}.glb": tile(i) for i in range(12)}
B_TILES = {
    **{f"t/{i}.glb": A_TILES[f"t/{i}.glb"] for i in range(4)},  # kept
    **{f"moved/{i}.glb": A_TILES[f"t/{i}.glb"] for i in range(4, 8)},  # moved
    "t/8.glb": tile(80),  # changed in place (same size); t/9..t/11 removed
    "n/0.glb": tile(90),  # added
}
A, B = export_files(A_TILES), export_files(B_TILES)


async def _download(emu: Emulator, export_id: str, dest: Path, **options: object) -> DownloadReport:
    async with ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        return await client.download(export, dest, concurrency=4, **options)  # type: ignore[arg-type]


async def _copy_of_a_without_state(emulator: Emulator, tmp_path: Path) -> tuple[Path, str]:
    a = emulator.add_export(imodel_id="m", files=A)
    b = emulator.add_export(imodel_id="m", files=B)
    dest = tmp_path / "copy"
    await _download(emulator, a, dest)
    shutil.rmtree(dest / STATE_DIR)
    return dest, b


async def test_moved_tiles_come_from_a_copy_without_the_state_folder(
    emulator: Emulator, tmp_path: Path
) -> None:
    dest, b = await _copy_of_a_without_state(emulator, tmp_path)
    since = len(emulator.requests)
    report = await _download(emulator, b, dest)
    assert blob_gets(emulator, b, since) == ["n/0.glb", "t/8.glb", "tileset.json"]
    assert (report.tiles, report.reused) == (3, 8)
    # A's removed tiles were not written by this DEST's tool (no manifest): kept, as extra.
    assert report.extra == ["t/10.glb", "t/11.glb", "t/4.glb", "t/5.glb", "t/6.glb", "t/7.glb",
                            "t/9.glb"]  # fmt: skip
    assert {p: d for p, d in mirror_files(dest).items() if p in B} == B
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        checked = await client.check(dest, await client.mesh_exports.get(b))
    assert checked.corrupt == checked.missing == [] and checked.ok == len(B)


async def test_a_dry_run_counts_the_same_reuse_and_changes_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    dest, b = await _copy_of_a_without_state(emulator, tmp_path)
    before = snapshot(dest)
    since = len(emulator.requests)
    dry = await _download(emulator, b, dest, dry_run=True)
    assert snapshot(dest) == before
    assert blob_gets(emulator, b, since) == ["tileset.json"]  # read to walk, not stored
    assert (dry.tiles, dry.reused) == (3, 8)


async def test_a_rotation_of_contents_without_a_manifest_ends_byte_exact(
    emulator: Emulator, tmp_path: Path
) -> None:
    # Every tile takes its neighbour's bytes: each file is both wanted elsewhere and written
    # over. What is placed must never be a body already replaced.
    n = 10
    b_tiles = {f"t/{i}.glb": A_TILES[f"t/{(i + 1) % n}.glb"] for i in range(n)}
    swap = {"t/10.glb": A_TILES["t/11.glb"], "t/11.glb": A_TILES["t/10.glb"]}
    a = emulator.add_export(imodel_id="m", files=A)
    b = emulator.add_export(imodel_id="m", files=export_files({**b_tiles, **swap}))
    dest = tmp_path / "copy"
    await _download(emulator, a, dest)
    shutil.rmtree(dest / STATE_DIR)
    since = len(emulator.requests)
    report = await _download(emulator, b, dest)
    assert mirror_files(dest) == export_files({**b_tiles, **swap})
    fetched = [p for p in blob_gets(emulator, b, since) if p != "tileset.json"]
    assert len(fetched) <= 2 and report.reused >= 10  # at most one per cycle comes again


async def test_a_file_of_the_right_size_but_other_bytes_is_not_taken(
    emulator: Emulator, tmp_path: Path
) -> None:
    wanted = tile(5)
    b = emulator.add_export(imodel_id="m", files=export_files({"x/5.glb": wanted}))
    dest = tmp_path / "other"
    dest.mkdir()
    impostor = bytearray(wanted)
    impostor[-1] ^= 0xFF
    (dest / "looks-alike.glb").write_bytes(bytes(impostor))
    since = len(emulator.requests)
    report = await _download(emulator, b, dest)
    assert blob_gets(emulator, b, since) == ["tileset.json", "x/5.glb"]
    assert report.reused == 0 and (dest / "x" / "5.glb").read_bytes() == wanted
    assert (dest / "looks-alike.glb").read_bytes() == bytes(impostor)  # the user's: untouched
    assert report.extra == ["looks-alike.glb"]


async def test_a_rotation_over_a_manifest_never_links_a_body_already_replaced(
    emulator: Emulator, tmp_path: Path
) -> None:
    # File systems with coarse timestamps give files written together one modification time;
    # then a row still "matches" a path the sync has just written another body to. Made here
    # by giving every file (and its row) the same time.
    n = 10
    b_tiles = {f"t/{i}.glb": A_TILES[f"t/{(i + 1) % n}.glb"] for i in range(n)}
    a = emulator.add_export(imodel_id="m", files=A)
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    stamp = (dest / "t" / "0.glb").stat().st_mtime_ns
    for rel in A:
        os.utime(dest / rel, ns=(stamp, stamp))
    with contextlib.closing(sqlite3.connect(dest / STATE_DIR / MANIFEST_FILE)) as db, db:
        db.execute("UPDATE files SET mtime_ns = ?", (stamp,))
    await _download(emulator, b, dest)
    assert mirror_files(dest) == export_files(b_tiles)
