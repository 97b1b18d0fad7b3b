"""The pre-pass of a sync with a listing: one ordered pass over the manifest finds every row,
whatever the names; the walk takes what the pre-pass settled instead of deciding again; new
content shared by two paths still ends as an exact mirror."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles import DownloadReport
from itwin_mesh_async.tiles.manifest import Manifest
from itwin_mesh_async.tiles.sync import _rows_of
from tests.sync.support import export_files, mirror_files, tile

A_TILES = {f"t/{i}.glb": tile(i) for i in range(6)}


async def _download(emu: Emulator, export_id: str, dest: Path) -> DownloadReport:
    async with ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        return await client.download(export, dest, concurrency=4)


def test_one_ordered_pass_finds_every_row_whatever_the_names(tmp_path: Path) -> None:
    # SQLite orders paths by their UTF-8 bytes, Python by code point: the same order, also
    # past the BMP (a surrogate pair in UTF-16 would sort differently).
    names = ["a.glb", "B.glb", "a b.glb", "a-b", "a/b", "é/x.glb", "日本/y.glb", "😀.glb", "\uff5a"]
    manifest = Manifest.open(tmp_path)
    source = manifest.source_id("/c/")
    for i, name in enumerate(names):
        manifest.record(name, i, i, hashlib.md5(name.encode()).digest(), source)
    manifest.flush()
    try:
        wanted = sorted([*names, "absent.glb", "日本/z.glb"])
        rows = dict(zip(wanted, _rows_of(manifest, wanted), strict=True))
    finally:
        manifest.close()
    assert {p for p, row in rows.items() if row is not None} == set(names)
    assert all(row is None or row.path == p for p, row in rows.items())


async def test_the_walk_does_not_look_again_for_what_the_prepass_settled(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    b_tiles = {**A_TILES, "t/0.glb": tile(100), "t/new.glb": tile(101)}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    looked_up: list[bytes] = []
    with_md5 = Manifest.with_md5

    def counted(self: Manifest, md5: bytes) -> object:
        looked_up.append(md5)
        return with_md5(self, md5)

    monkeypatch.setattr(Manifest, "with_md5", counted)
    report = await _download(emulator, b, dest)
    assert mirror_files(dest) == export_files(b_tiles)
    assert (report.tiles, report.reused) == (3, 5)
    # Each file to fetch was looked for elsewhere in DEST once (by the pre-pass), not again
    # by the walk; tileset.json too (another export's listing gives its MD5).
    wanted = {hashlib.md5(data).digest() for data in export_files(b_tiles).values()}
    assert len(looked_up) == len(set(looked_up)) == 3 and set(looked_up) <= wanted


async def test_new_content_at_two_paths_makes_an_exact_mirror(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    twin = tile(200)
    b_tiles = {**A_TILES, "t/0.glb": tile(100), "new/a.glb": twin, "new/b.glb": twin}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    report = await _download(emulator, b, dest)
    assert mirror_files(dest) == export_files(b_tiles)
    # The second twin is fetched or linked to the first, whichever the walk meets first.
    assert report.tiles + report.reused == len(b_tiles) + 1
    assert not report.failed
