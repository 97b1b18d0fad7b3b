"""``itwin-mesh download --dry-run/--include/--exclude/--delete-extra`` and ``itwin-mesh check``
through the real entry point, and the bad input around a mirror: DEST a file, a manifest
locked by another download or written by a newer version, a full disk (more bad input:
``test_bad_input_keeps_the_mirror.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles.manifest import Manifest
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.cli_runner import assert_no_secrets, assert_one_error_line, emu_env, run_cli, secrets_of
from tests.sync.support import export_files, mirror_files, mount_tmpfs, remount, tile, unmount

TILES = {f"t/{i}.glb": tile(i) for i in range(6)}


async def test_download_json_summary_has_reused_and_deleted_and_dry_run(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(TILES))
    b_tiles = {"moved/0.glb": TILES["t/0.glb"], "t/1.glb": TILES["t/1.glb"], "t/9.glb": tile(9)}
    b = emulator.add_export(imodel_id="m", files=export_files(b_tiles))
    dest = tmp_path / "mirror"
    env = emu_env(emulator)
    first = await run_cli("--json", "download", a, str(dest), env=env)
    assert first.code == 0, first.err
    assert first.json()["reused"] == 0 and first.json()["deleted"] == 0

    preview = await run_cli("--json", "download", b, str(dest), "--dry-run", env=env)
    assert preview.code == 0, preview.err
    summary = preview.json()
    assert summary["dry_run"] is True
    assert (summary["tiles"], summary["reused"], summary["deleted"]) == (2, 2, 5)
    assert mirror_files(dest) == export_files(TILES)  # unchanged

    done = await run_cli("--json", "download", b, str(dest), env=env)
    assert done.code == 0, done.err
    summary = done.json()
    assert (summary["tiles"], summary["reused"], summary["deleted"]) == (2, 2, 5)
    assert "dry_run" not in summary
    assert mirror_files(dest) == export_files(b_tiles)
    assert_no_secrets(done, secrets_of(emulator, a, b))

    checked = await run_cli("--json", "check", str(dest), b, env=env)
    assert checked.code == 0, checked.err
    assert checked.json()["files"] == checked.json()["ok"] == 4


async def test_check_exits_1_and_lists_what_is_wrong(emulator: Emulator, tmp_path: Path) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(TILES))
    href = emulator.sas_href(a)
    dest = tmp_path / "mirror"
    env = emu_env(emulator)
    assert (await run_cli("download", str(dest), "--url", href, env=env)).code == 0
    (dest / "t" / "0.glb").unlink()
    (dest / "t" / "1.glb").write_bytes(b"x" * len(TILES["t/1.glb"]))  # same size
    (dest / "mine.txt").write_text("hello")
    for source in ([], ["--url", href]):
        result = await run_cli("--json", "check", str(dest), *source, env=env)
        assert result.code == 1, result.err
        report = result.json()
        assert report["missing"] == ["t/0.glb"] and report["corrupt"] == ["t/1.glb"]
        assert report["extra"] == ["mine.txt"] and report["ok"] == 5
        assert_no_secrets(result, secrets_of(emulator, a))
    human = await run_cli("check", str(dest), env=env)
    assert human.code == 1 and "missing: t/0.glb" in human.out and "NOT exact" in human.out


async def test_filters_on_the_command_line(emulator: Emulator, tmp_path: Path) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(TILES))
    dest = tmp_path / "part"
    result = await run_cli(
        "--json", "download", a, str(dest), "--include", "t/[0-2].glb", "--exclude", "*1.glb",
        env=emu_env(emulator),
    )  # fmt: skip
    assert result.code == 0, result.err
    assert set(mirror_files(dest)) == {"tileset.json", "t/0.glb", "t/2.glb"}


async def test_dest_that_is_a_file_is_refused(emulator: Emulator, tmp_path: Path) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(TILES))
    dest = tmp_path / "file"
    dest.write_bytes(b"precious")
    result = await run_cli("download", a, str(dest), env=emu_env(emulator))
    assert result.code == 2
    assert_one_error_line(result, "not a folder")
    assert dest.read_bytes() == b"precious"


async def test_a_second_download_into_the_same_dest_refuses(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(TILES))
    dest = tmp_path / "busy"
    env = emu_env(emulator)
    assert (await run_cli("download", a, str(dest), env=env)).code == 0
    before = mirror_files(dest)
    held = Manifest.open(dest / STATE_DIR)  # as a download still running would hold it
    try:
        result = await run_cli("--json", "download", a, str(dest), env=env)
    finally:
        held.close()
    assert result.code == 1
    assert_one_error_line(result, "another download into", "is running")
    assert "error" in result.json()
    assert mirror_files(dest) == before
    assert (await run_cli("download", a, str(dest), env=env)).code == 0  # released


async def test_a_newer_manifest_is_refused_with_exit_2(emulator: Emulator, tmp_path: Path) -> None:
    a = emulator.add_export(imodel_id="m", files=export_files(TILES))
    dest = tmp_path / "newer"
    env = emu_env(emulator)
    assert (await run_cli("download", a, str(dest), env=env)).code == 0
    db = dest / STATE_DIR / "manifest.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for args in (["download", a, str(dest)], ["check", str(dest)]):
        result = await run_cli(*args, env=env)
        assert result.code == 2, result.err
        assert_one_error_line(result, "newer version of itwin-mesh")
    assert db.read_bytes() == before and mirror_files(dest) == export_files(TILES)


async def test_a_full_disk_stops_with_one_error_and_the_rerun_completes(
    emulator: Emulator, tmp_path: Path
) -> None:
    disk = tmp_path / "disk"
    if not mount_tmpfs(disk, "400k"):
        pytest.skip("needs a tmpfs mount (root on Linux)")
    try:
        big = {f"t/{i}.glb": tile(i, size=40_000) for i in range(30)}
        a = emulator.add_export(imodel_id="m", files=export_files(big))
        dest = disk / "mirror"
        env = emu_env(emulator)
        full = await run_cli("download", a, str(dest), "--concurrency", "2", env=env)
        assert full.code == 1, full.err
        assert_one_error_line(full, "No space left on device")
        landed = mirror_files(dest)
        assert 0 < len(landed) < len(big) + 1
        for rel, data in landed.items():
            assert data == export_files(big)[rel]  # whole, never partial
        checked = await run_cli("--json", "check", str(dest), env=env)
        assert checked.json()["corrupt"] == []  # nothing recorded that is not on disk intact
        assert remount(disk, "size=8m")
        again = await run_cli("--json", "download", a, str(dest), env=env)
        assert again.code == 0, again.err
        assert again.json()["tiles"] == len(big) + 1 - len(landed)
        assert mirror_files(dest) == export_files(big)
        assert (await run_cli("check", str(dest), a, env=env)).code == 0
    finally:
        unmount(disk)
