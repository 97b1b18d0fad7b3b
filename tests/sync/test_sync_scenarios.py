"""The scenarios of issue 10, on the emulator (whose blobs carry Content-MD5, listed too):
a copy without ``.itwin-mesh/``, a user's own ``tileset.json``, export B into a mirror of A,
a same-size change in place, moved files reused by MD5, check / dry run / filters."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles import DownloadReport
from itwin_mesh_async.tiles.check import CheckReport
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.sync.support import export_files, mirror_files, tile

A_TILES = {f"t/{i}.glb": tile(i) for i in range(8)}


def _blob_gets(emu: Emulator) -> list[str]:
    return sorted(
        r.path_qs.partition("?")[0].rpartition("/")[2]
        for r in emu.requests
        if r.origin == "blob" and "comp=list" not in r.path_qs
    )


async def _download(emu: Emulator, export_id: str, dest: Path, **options: object) -> DownloadReport:
    async with ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        return await client.download(export, dest, concurrency=4, **options)  # type: ignore[arg-type]


async def _check(emu: Emulator, dest: Path, export_id: str | None = None) -> CheckReport:
    async with ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
        export = await client.mesh_exports.get(export_id) if export_id else None
        return await client.check(dest, export)


async def test_a_copy_without_the_state_folder_is_verified_not_trusted(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    b_tiles = {**A_TILES, "t/0.glb": tile(100), "t/new.glb": tile(101)}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    first = tmp_path / "first"
    await _download(emulator, a, first)
    copy = tmp_path / "copy"
    copy.mkdir()
    for rel, data in mirror_files(first).items():  # copied by hand, without .itwin-mesh/
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_bytes(data)

    emulator.requests.clear()
    report = await _download(emulator, b, copy)
    assert mirror_files(copy) == export_files(b_tiles)
    # tileset.json (other tiles listed) and the two changed/new tiles are fetched; the seven
    # unchanged tiles are verified by MD5 against the listing and kept.
    assert _blob_gets(emulator) == ["0.glb", "new.glb", "tileset.json"]
    assert (report.tiles, report.reused, report.skipped) == (3, 7, 0)


async def test_a_users_own_tileset_json_is_replaced(emulator: Emulator, tmp_path: Path) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    dest = tmp_path / "mine"
    dest.mkdir()
    (dest / "tileset.json").write_bytes(b'{"mine":1}')
    report = await _download(emulator, a, dest)
    assert mirror_files(dest) == export_files(A_TILES)
    assert report.tiles == 9 and report.reused == 0 and report.extra == []


async def test_export_b_into_a_mirror_of_a_makes_an_exact_mirror_of_b(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    b_tiles = {"t/0.glb": A_TILES["t/0.glb"], "t/9.glb": tile(9)}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    (dest / "notes.txt").write_text("mine")  # a file the tool did not write
    report = await _download(emulator, b, dest)
    assert mirror_files(dest) == {**export_files(b_tiles), "notes.txt": b"mine"}
    assert report.deleted == 7 and report.extra == ["notes.txt"] and report.reused == 1
    again = await _download(emulator, b, dest, delete_extra=True)
    assert mirror_files(dest) == export_files(b_tiles)
    assert again.deleted == 1 and again.skipped == 3 and again.tiles == 0


async def test_a_same_size_change_in_place_is_fetched_again(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    target = dest / "t" / "3.glb"
    damaged = bytearray(target.read_bytes())
    damaged[-1] ^= 0xFF
    target.write_bytes(bytes(damaged))  # same size, new modification time
    checked = await _check(emulator, dest)
    assert checked.corrupt == ["t/3.glb"] and not checked.exact
    emulator.requests.clear()
    report = await _download(emulator, a, dest)
    assert _blob_gets(emulator) == ["3.glb"]
    assert report.tiles == 1 and mirror_files(dest) == export_files(A_TILES)
    # Even with its time put back, check (which hashes) still sees it.
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns))
    target.write_bytes(bytes(damaged))
    assert (await _check(emulator, dest)).corrupt == ["t/3.glb"]


async def test_moved_tiles_are_reused_by_md5_without_downloading(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    moved = {f"moved/{i}.glb": A_TILES[f"t/{i}.glb"] for i in range(4)}
    b_tiles = {**moved, "t/4.glb": A_TILES["t/4.glb"], "t/0.glb": tile(50)}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    emulator.requests.clear()
    report = await _download(emulator, b, dest)
    # t/0.glb changed (its old bytes now live at moved/0.glb): only it and the tileset come.
    assert _blob_gets(emulator) == ["0.glb", "tileset.json"]
    assert report.reused == 5 and report.tiles == 2
    assert mirror_files(dest) == export_files(b_tiles)
    assert (await _check(emulator, dest, b)).exact


async def test_dry_run_changes_nothing_and_says_what_would_happen(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    b_tiles = {**{k: v for k, v in A_TILES.items() if k != "t/7.glb"}, "t/0.glb": tile(70)}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    fresh = tmp_path / "nothing-yet"
    preview = await _download(emulator, a, fresh, dry_run=True)
    assert not fresh.exists()  # not even the state folder
    assert preview.dry_run and preview.tiles == 9 and preview.to_dict()["dry_run"] is True
    assert preview.bytes == sum(len(v) for v in export_files(A_TILES).values())

    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    before = {p: p.stat().st_mtime_ns for p in dest.rglob("*")}
    emulator.requests.clear()
    report = await _download(emulator, b, dest, dry_run=True)
    assert {p: p.stat().st_mtime_ns for p in dest.rglob("*")} == before
    assert (report.tiles, report.reused, report.deleted) == (2, 6, 1)
    assert report.bytes == len(export_files(b_tiles)["tileset.json"]) + len(tile(70))
    assert _blob_gets(emulator) == ["tileset.json"]  # only what the walk needs


async def test_include_and_exclude_leave_other_files_alone(
    emulator: Emulator, tmp_path: Path
) -> None:
    tiles = {**A_TILES, "other/x.glb": tile(30), "other/y.glb": tile(31)}
    a = emulator.add_export(imodel_id="m", files=export_files(tiles))
    dest = tmp_path / "part"
    report = await _download(emulator, a, dest, include=["t/**"], exclude=["*7.glb"])
    got = mirror_files(dest)
    assert set(got) == {"tileset.json", *(f"t/{i}.glb" for i in range(7))}
    assert report.tiles == 8
    # A file the filter leaves out is not deleted either, though the export lacks it.
    (dest / "other").mkdir()
    (dest / "other" / "z.glb").write_bytes(b"kept")
    again = await _download(emulator, a, dest, exclude=["other/**"])
    assert (dest / "other" / "z.glb").read_bytes() == b"kept" and again.extra == []


async def test_check_reports_missing_corrupt_and_extra(emulator: Emulator, tmp_path: Path) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    clean = await _check(emulator, dest, a)
    assert clean.exact and clean.files == clean.ok == 9
    (dest / "t" / "1.glb").unlink()
    (dest / "t" / "2.glb").write_bytes(b"other bytes")
    (dest / "stray.bin").write_bytes(b"?")
    for source in (None, a):
        found = await _check(emulator, dest, source)
        assert found.missing == ["t/1.glb"] and found.corrupt == ["t/2.glb"]
        assert found.extra == ["stray.bin"] and found.ok == 7
        assert set(found.to_dict()) >= {"dest", "files", "ok", "missing", "corrupt", "extra"}
    assert not (dest / STATE_DIR / "tmp").exists()


@pytest.mark.parametrize("damage", ["garbage", "newer"])
async def test_a_bad_manifest_is_rebuilt_or_refused(
    emulator: Emulator, tmp_path: Path, damage: str
) -> None:
    import sqlite3

    from itwin_mesh_async.errors import InvalidArgumentError

    a = emulator.add_export(imodel_id="m", files=export_files(A_TILES))
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    db = dest / STATE_DIR / "manifest.sqlite"
    if damage == "garbage":
        _garble(db)
        emulator.requests.clear()
        report = await _download(emulator, a, dest)
        # Nothing trusted blindly: every file verified by MD5 against the listing, none lost.
        assert report.reused == 9 and report.tiles == 0 and _blob_gets(emulator) == []
        assert mirror_files(dest) == export_files(A_TILES)
        assert (await _check(emulator, dest)).exact
    else:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
        with pytest.raises(InvalidArgumentError, match="newer version of itwin-mesh"):
            await _download(emulator, a, dest)
        assert mirror_files(dest) == export_files(A_TILES)


def test_support_builds_a_valid_tileset() -> None:
    files = export_files({"a.glb": tile(1)})
    assert json.loads(files["tileset.json"])["root"]["children"][0]["content"]["uri"] == "a.glb"


def _garble(db: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"\0garbage" * 512)
