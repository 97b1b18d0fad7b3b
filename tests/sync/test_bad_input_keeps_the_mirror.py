"""Bad input around a mirror gets one clear line, the contract's exit code, and loses nothing:
an unwritable DEST (exit 2; ``check`` still works, it writes nothing), ``check`` of a file or of
nothing (exit 2), a damaged manifest (rebuilt by verification: nothing fetched, nothing lost),
and two downloads into one DEST at the same time (the second refuses, exit 1; the first ends
exact)."""

from __future__ import annotations

import asyncio
import fcntl
import os
import sys
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles.manifest import MANIFEST_FILE
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.cli_runner import assert_one_error_line, emu_env, run_cli
from tests.helpers import serve_app
from tests.sync.support import export_files, mirror_files, mount_tmpfs, remount, tile, unmount

TILES = {f"t/{i}.glb": tile(i) for i in range(6)}
FILES = export_files(TILES)


def _blob_gets(emulator: Emulator, since: int) -> list[str]:
    return [
        r.path_qs
        for r in emulator.requests[since:]
        if r.origin == "blob" and "comp=list" not in r.path_qs
    ]


async def test_an_unwritable_dest_is_bad_input_and_check_still_reads_it(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=FILES)
    b = emulator.add_export(imodel_id="m", files=export_files({"t/9.glb": tile(9)}))
    env = emu_env(emulator)
    disk = tmp_path / "disk"
    root = os.geteuid() == 0
    if root and not mount_tmpfs(disk, "4m"):
        pytest.skip("root without mount: nothing is unwritable to root")
    dest = disk / "mirror"
    try:
        assert (await run_cli("download", a, str(dest), env=env)).code == 0
        # Read-only for root too: a read-only file system (as a write-protected share is).
        if root:
            assert remount(disk, "ro")
        else:
            for folder in (dest, disk):
                folder.chmod(0o500)
        for args in (["download", b, str(dest)], ["download", a, str(disk / "new")]):
            result = await run_cli(*args, env=env)
            assert result.code == 2, result.err
            assert_one_error_line(result, "DEST", "cannot be")
        assert mirror_files(dest) == FILES and not (disk / "new").exists()
        checked = await run_cli("check", str(dest), a, env=env)  # changes nothing: it works
        assert checked.code == 0, checked.err
    finally:
        if root:
            unmount(disk)
        else:
            for folder in (disk, dest):
                folder.chmod(0o700)


async def test_check_of_a_file_or_of_nothing_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"precious")
    for dest in (tmp_path / "file", tmp_path / "nothing"):
        result = await run_cli("--json", "check", str(dest))
        assert result.code == 2, result.err
        assert_one_error_line(result, "is not a folder")
        assert "error" in result.json()
    assert (tmp_path / "file").read_bytes() == b"precious"
    assert not (tmp_path / "nothing").exists()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
async def test_a_damaged_manifest_is_rebuilt_by_verification(
    emulator: Emulator, tmp_path: Path, damage: str
) -> None:
    a = emulator.add_export(imodel_id="m", files=FILES)
    dest = tmp_path / "mirror"
    env = emu_env(emulator)
    assert (await run_cli("download", a, str(dest), env=env)).code == 0
    db = dest / STATE_DIR / MANIFEST_FILE
    data = db.read_bytes()
    db.write_bytes(b"\0garbage" * 512 if damage == "garbage" else data[: len(data) // 2])

    # check without a source has nothing to compare with: it says so, and does not crash.
    lost = await run_cli("--json", "check", str(dest), env=env)
    assert lost.code == 1 and "Traceback" not in lost.err
    assert any("manifest" in note for note in lost.json()["notes"])

    since = len(emulator.requests)
    result = await run_cli("--json", "download", a, str(dest), env=env)
    assert result.code == 0, result.err
    assert "unreadable: every file is verified again" in result.err
    summary = result.json()
    # Every file verified by MD5 against the listing and kept: nothing fetched, nothing lost.
    assert (summary["tiles"], summary["reused"], summary["skipped"]) == (0, len(FILES), 0)
    assert _blob_gets(emulator, since) == []
    assert mirror_files(dest) == FILES
    assert (await run_cli("check", str(dest), env=env)).code == 0  # the rebuilt manifest


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
async def test_two_downloads_into_one_dest_at_once(tmp_path: Path) -> None:
    # The container holds every tile until told: the first download is mid-run, for sure,
    # while the second starts.
    release = asyncio.Event()

    async def serve(request: web.Request) -> web.Response:
        data = FILES.get(request.match_info["path"])
        if data is None:
            return web.Response(status=404)
        if request.match_info["path"].endswith(".glb"):
            await release.wait()
        return web.Response(body=data)

    app = web.Application()
    app.router.add_get("/c/{path:.*}", serve)
    dest = tmp_path / "busy"
    async with serve_app(app, shutdown_timeout=1) as origin:
        url = f"{origin}/c/tileset.json?sv=1&sig=two"
        first = asyncio.create_task(run_cli("--json", "download", str(dest), "--url", url))
        try:
            for _ in range(3000):
                if first.done() or await asyncio.to_thread(_locked, dest):
                    break
                await asyncio.sleep(0.01)
            assert not first.done(), first.result().err
            second = await run_cli("--json", "download", str(dest), "--url", url)
        finally:
            release.set()
            done = await first
        assert second.code == 1, second.err
        assert_one_error_line(second, "another download into", "is running")
        assert "error" in second.json()
        assert done.code == 0, done.err
        assert done.json()["tiles"] == len(FILES)
        assert mirror_files(dest) == FILES
        assert (await run_cli("check", str(dest), "--url", url)).code == 0


def _locked(dest: Path) -> bool:
    """True while a download holds DEST's lock."""
    try:
        fd = os.open(dest / STATE_DIR / "lock", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
