"""What ``check`` compares: the files the last download covered (its ``--include``/``--exclude``,
recorded in the manifest) unless told otherwise, and, without a source, whether that download
finished; a wrong glob is the user's error and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from itwin_mesh_async import ITwinClient, RetryPolicy
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles.manifest import MANIFEST_FILE, LastRun, Manifest
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.cli_runner import emu_env, run_cli
from tests.sync.support import export_files, mirror_files, tile
from tests.sync.test_dry_run_and_filters import _nested, snapshot

TILES = {
    **{f"a/{i}.glb": tile(i) for i in range(4)},
    **{f"b/{i}.glb": tile(10 + i) for i in range(4)},
}
FILES = export_files(TILES)
A_PART = {"tileset.json"} | {p for p in TILES if p.startswith("a/")}


async def _download(emulator: Emulator, export_id: str, dest: Path, **options: object) -> None:
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        await client.download(await client.mesh_exports.get(export_id), dest, **options)  # type: ignore[arg-type]


async def test_check_covers_what_the_filtered_download_covered(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(imodel_id="m", files=FILES)
    dest = tmp_path / "part"
    env = emu_env(emulator)
    fetched = await run_cli(
        "--json", "download", export_id, str(dest), "--include", "a/**", env=env
    )
    assert fetched.code == 0, fetched.err
    assert set(mirror_files(dest)) == A_PART
    (dest / "b").mkdir()
    (dest / "b" / "mine.txt").write_text("the user's, outside the filter")

    for source in ([export_id], []):  # against the container, and against the manifest alone
        result = await run_cli("--json", "check", str(dest), *source, env=env)
        assert result.code == 0, (source, result.out, result.err)
        found = result.json()
        assert (found["files"], found["ok"]) == (len(A_PART), len(A_PART))
        assert found["missing"] == found["extra"] == found["corrupt"] == []
        assert any("--include a/**" in note for note in found["notes"]), found["notes"]

    # Told to look at everything: the files the filter left out are missing, the user's extra.
    wider = await run_cli("--json", "check", str(dest), export_id, "--include", "**", env=env)
    assert wider.code == 1
    everything = wider.json()
    assert set(everything["missing"]) == set(TILES) - A_PART
    assert everything["extra"] == ["b/mine.txt"]
    assert not any("last download covered" in note for note in everything.get("notes", []))

    # A corrupt file inside the filter is still found, one outside it is not looked at.
    (dest / "a" / "1.glb").write_bytes(b"x" * len(TILES["a/1.glb"]))
    (dest / "b" / "mine.txt").write_text("changed")
    damaged = await run_cli("--json", "check", str(dest), "--exclude", "a/0.glb", env=env)
    assert damaged.code == 1
    assert damaged.json()["corrupt"] == ["a/1.glb"]
    assert damaged.json()["files"] == len(FILES) - 1 - 4  # b/ was never fetched, a/0 left out


async def test_the_next_unfiltered_download_records_that_it_covers_everything(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(imodel_id="m", files=FILES)
    dest = tmp_path / "mirror"
    await _download(emulator, export_id, dest, include=["a/**"])
    await _download(emulator, export_id, dest)
    assert mirror_files(dest) == FILES
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        report = await client.check(dest, await client.mesh_exports.get(export_id))
    assert report.exact and report.files == len(FILES), report
    assert not any("covered" in note for note in report.notes)


async def test_check_without_a_source_says_the_last_download_did_not_finish(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(imodel_id="m", files=FILES)
    dest = tmp_path / "mirror"
    emulator.faults.scope, emulator.faults.paths = "blob", "*/b/*.glb"
    emulator.faults.server_error = 1.0
    await _download(emulator, export_id, dest, retry=RetryPolicy.no_wait(max_attempts=2))
    assert set(mirror_files(dest)) == A_PART  # b/ failed

    env = emu_env(emulator)
    offline = await run_cli("--json", "check", str(dest), env=env)
    assert offline.code == 1, offline.out
    found = offline.json()
    assert found["unfinished"] is True
    assert found["missing"] == found["corrupt"] == found["extra"] == []
    assert found["ok"] == len(A_PART)
    assert any("did not finish" in note for note in found["notes"])
    plain = await run_cli("check", str(dest), env=env)
    assert plain.code == 1 and "NOT exact" in plain.out and "did not finish" in plain.out

    # Against the export, check knows exactly what is missing.
    online = await run_cli("--json", "check", str(dest), export_id, env=env)
    assert online.code == 1
    assert set(online.json()["missing"]) == set(TILES) - A_PART
    assert "unfinished" not in online.json()

    emulator.faults.clear()
    await _download(emulator, export_id, dest)
    done = await run_cli("--json", "check", str(dest), env=env)
    assert done.code == 0, done.out
    assert "unfinished" not in done.json() and done.json()["ok"] == len(FILES)


async def test_a_bad_glob_for_check_is_a_usage_error_and_changes_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(imodel_id="m", files=FILES)
    dest = tmp_path / "mirror"
    await _download(emulator, export_id, dest)
    before = snapshot(dest)
    for bad in (["--include", ""], ["--exclude", "/"]):
        result = await run_cli("--json", "check", str(dest), export_id, *bad, env=emu_env(emulator))
        assert result.code == 2, (bad, result.err)
        assert "glob" in result.json()["error"]
    assert snapshot(dest) == before


def test_a_manifest_from_before_the_record_reads_as_unknown_and_finished(tmp_path: Path) -> None:
    state = tmp_path / STATE_DIR
    state.mkdir()
    manifest = Manifest.open(state)
    manifest.begin_run("/c/export", ["a/**"], ["*.b3dm"])
    manifest.close()
    opened = Manifest.read_only(state)
    assert opened is not None
    assert opened.last_run() == LastRun("/c/export", ("a/**",), ("*.b3dm",), ended=True,
                                        complete=False)  # fmt: skip
    opened.close()

    manifest = Manifest.open(state)
    manifest.begin_run("/c/export", [], [])
    manifest.close(complete=True)
    opened = Manifest.read_only(state)
    assert opened is not None and opened.last_run().finished
    opened.close()

    # The first release's manifest had neither the record nor the 'complete' flag.
    with sqlite3.connect(state / MANIFEST_FILE) as conn:
        conn.execute("DROP TABLE facts")
        conn.execute("DELETE FROM state WHERE key = 'complete'")
    conn.close()
    opened = Manifest.read_only(state)
    assert opened is not None
    assert opened.last_run() == LastRun()
    opened.close()


async def test_a_filtered_sync_deletes_the_old_exports_tilesets_too(
    emulator: Emulator, tmp_path: Path
) -> None:
    # A has an external tileset (sub/tileset.json) that B lacks. A download of B that fetches
    # only t/ still covers every tileset file: A's old one is the tool's, not left out by the
    # filter, so it is deleted; A's tile sub/a.glb is left out: kept.
    a_files = _nested({"x.glb": tile(1)}, {"a.glb": tile(2)})
    b_files = export_files({"x.glb": tile(1), "t/a.glb": tile(3)})
    a = emulator.add_export(imodel_id="m", files=a_files)
    b = emulator.add_export(imodel_id="m", files=b_files)
    dest = tmp_path / "mirror"
    await _download(emulator, a, dest)
    await _download(emulator, b, dest, include=["t/**"])
    assert mirror_files(dest) == {**b_files, "sub/a.glb": a_files["sub/a.glb"]}
    found = await run_cli("--json", "check", str(dest), b, env=emu_env(emulator))
    assert found.code == 0, found.out
    assert "stale" not in found.json()
