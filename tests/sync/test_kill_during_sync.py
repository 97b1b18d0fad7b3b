"""A sync of export B into a mirror of export A, killed (SIGKILL) at several moments: DEST never
holds a damaged or partial file, ``check DEST B`` reports only B's files still to come (as
missing) and A's files still to delete (as stale, which the next download removes; nothing
extra), ``check DEST`` says the download did not finish, and the rerun completes an exact
mirror of B without fetching again what is already in place.

Tile bodies are slowed by the emulator (a fault), so that the kill lands mid-sync; the moment is
found by watching DEST (files landed, manifest rows), never by timing.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles.manifest import MANIFEST_FILE
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.cli_runner import emu_env, run_cli
from tests.sync.support import export_files, mirror_files, tile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

A_TILES = {f"t/{i}.glb": tile(i) for i in range(24)}
B_TILES = {
    **{f"t/{i}.glb": A_TILES[f"t/{i}.glb"] for i in range(8)},  # kept
    **{f"t/{i}.glb": tile(100 + i) for i in range(8, 14)},  # changed in place, same size
    **{f"m/{i}.glb": A_TILES[f"t/{i}.glb"] for i in range(14, 18)},  # moved
    **{f"n/{i}.glb": tile(200 + i) for i in range(6)},  # added; t/18..t/23 removed
}
A, B = export_files(A_TILES), export_files(B_TILES)
NEW = {p for p in B_TILES if B[p] not in A_TILES.values()}  # fetched: changed and added
MOVED = {p for p in B_TILES if p.startswith("m/")}  # reused from their old paths
STALE = {p for p in A if p not in B}  # deleted: removed, and the moved files' old paths


async def _mirror_of_a(emulator: Emulator, dest: Path) -> tuple[str, str]:
    a = emulator.add_export(imodel_id="m", files=A)
    b = emulator.add_export(imodel_id="m", files=B)
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        await client.download(await client.mesh_exports.get(a), dest, concurrency=4)
    assert mirror_files(dest) == A
    return a, b


def _landed(dest: Path) -> int:
    """B's new files already in place."""
    return sum((dest / p).is_file() and (dest / p).read_bytes() == B[p] for p in NEW)


def _rows_from(source: str) -> Callable[[Path], bool]:
    """True once the manifest has rows from ``source`` (the pre-pass's, committed)."""

    def count(dest: Path) -> bool:
        db = dest / STATE_DIR / MANIFEST_FILE
        try:
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
            try:
                query = "SELECT count(*) FROM files f JOIN sources s ON f.source = s.id"
                return bool(conn.execute(query + " WHERE s.name = ?", (source,)).fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return False  # not created, or mid-write: look again

    return count


async def _kill_when(
    emulator: Emulator, export_id: str, dest: Path, ready: Callable[[Path], bool]
) -> None:
    """Run ``download`` in a child process and SIGKILL it once ``ready(dest)`` is true."""
    emulator.faults.scope, emulator.faults.paths = "blob", "*.glb"
    emulator.faults.slow, emulator.faults.slow_seconds = 1.0, 0.25
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "itwin_mesh_async", "download", export_id, str(dest),
        "--concurrency", "1",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
        env=emu_env(emulator),
    )  # fmt: skip
    try:
        for _ in range(3000):
            if proc.returncode is not None or await asyncio.to_thread(ready, dest):
                break
            await asyncio.sleep(0.01)
        assert proc.returncode is None, "the download ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        _, err = await proc.communicate()
        emulator.faults.clear()
    assert proc.returncode == -signal.SIGKILL, err.decode()


def _blob_gets(emulator: Emulator, export_id: str, since: int) -> list[str]:
    prefix = emulator.container_url(export_id).raw_path + "/"
    return sorted(
        r.path_qs.partition("?")[0].removeprefix(prefix)
        for r in emulator.requests[since:]
        if r.origin == "blob" and "comp=list" not in r.path_qs
    )


def test_the_scenario_moves_changes_adds_and_removes() -> None:
    assert (len(NEW), len(MOVED), len(STALE)) == (12, 4, 10)
    assert all(len(A[p]) == len(B[p]) for p in NEW if p in A)  # changed in place, same size


async def test_check_of_a_mirror_not_yet_synced_reports_no_damage(
    emulator: Emulator, tmp_path: Path
) -> None:
    # The moment before a sync changes anything (a kill during the listing): A's files are
    # intact, B's versions are missing, A's other files are stale. Nothing is corrupt or extra.
    dest = tmp_path / "mirror"
    _, b = await _mirror_of_a(emulator, dest)
    result = await run_cli("--json", "check", str(dest), b, env=emu_env(emulator))
    assert result.code == 1, result.err
    found = result.json()
    assert found["corrupt"] == []
    assert set(found["missing"]) == NEW | MOVED | {"tileset.json"}
    assert found["extra"] == []
    assert set(found["stale"]) == STALE
    assert any("next download replaces them" in note for note in found["notes"])
    assert any("next download deletes them" in note for note in found["notes"])


@pytest.mark.parametrize("moment", ["manifest rows from B", "three new tiles landed"])
async def test_sigkill_during_a_sync_leaves_only_missing_files_and_the_rerun_completes(
    emulator: Emulator, tmp_path: Path, moment: str
) -> None:
    dest = tmp_path / "mirror"
    _, b = await _mirror_of_a(emulator, dest)
    if moment == "three new tiles landed":
        ready: Callable[[Path], bool] = lambda d: _landed(d) >= 3  # noqa: E731
    else:
        ready = _rows_from(emulator.container_url(b).raw_path + "/")
    await _kill_when(emulator, b, dest, ready)

    # Every file under a final name is whole: B's version, or A's still to be replaced.
    for path, data in mirror_files(dest).items():
        assert data in (B.get(path), A.get(path)), path
    env = emu_env(emulator)
    checked = await run_cli("--json", "check", str(dest), b, env=env)
    assert checked.code == 1, checked.err
    found = checked.json()
    assert found["corrupt"] == []
    assert found["missing"] and set(found["missing"]) <= set(B)
    assert found["extra"] == []
    assert set(found.get("stale", [])) <= STALE  # A's files, deleted once B is complete
    assert found["ok"] == len(B) - len(found["missing"])

    # Without the export, check cannot know B's files still to come: it says the download did
    # not finish (exit 1), finds nothing damaged, and takes no file for the user's own.
    alone = await run_cli("--json", "check", str(dest), env=env)
    assert alone.code == 1, alone.err
    offline = alone.json()
    assert offline["unfinished"] is True
    assert offline["corrupt"] == offline["extra"] == []
    assert set(offline.get("unverified", [])) <= set(B)
    assert any("did not finish" in note for note in offline["notes"])

    since = len(emulator.requests)
    rerun = await run_cli("--json", "download", b, str(dest), env=env)
    assert rerun.code == 0, rerun.err
    summary = rerun.json()
    # Nothing already in place is fetched again: only (some of) what check found missing.
    assert set(_blob_gets(emulator, b, since)) <= set(found["missing"])
    assert summary["deleted"] == len(found.get("stale", []))
    assert mirror_files(dest) == B
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        final = await client.check(dest, await client.mesh_exports.get(b))
    assert final.exact and final.ok == len(B), final
