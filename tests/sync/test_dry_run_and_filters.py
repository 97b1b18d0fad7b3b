"""``--dry-run`` leaves DEST byte for byte as it was (no state folder either) and says what
would be fetched, reused and deleted, with bytes; ``--include``/``--exclude`` never fetch nor
delete a file they leave out, while the tileset JSON needed to walk is fetched whatever they
say."""

from __future__ import annotations

import json
import os
from pathlib import Path

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.cli.output import format_summary
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tiles import DownloadReport, Progress, Tuning
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.cli_runner import emu_env, run_cli
from tests.sync.support import export_files, mirror_files, tile

A_TILES = {f"t/{i}.glb": tile(i) for i in range(8)}
A = export_files(A_TILES)
B_TILES = {**{k: v for k, v in A_TILES.items() if k != "t/7.glb"}, "t/0.glb": tile(70)}
B = export_files(B_TILES)


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes | None]]:
    """Everything under ``root``, the state folder included: mode, mtime and bytes."""
    found: dict[str, tuple[int, int, bytes | None]] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            st = path.lstat()
            data = path.read_bytes() if path.is_file() else None
            found[path.relative_to(root).as_posix()] = (st.st_mode, st.st_mtime_ns, data)
    return found


def blob_gets(emulator: Emulator, export_id: str, since: int = 0) -> list[str]:
    prefix = emulator.container_url(export_id).raw_path + "/"
    return sorted(
        r.path_qs.partition("?")[0].removeprefix(prefix)
        for r in emulator.requests[since:]
        if r.origin == "blob" and "comp=list" not in r.path_qs
    )


async def download(
    emulator: Emulator, export_id: str, dest: Path, **options: object
) -> DownloadReport:
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        return await client.download(export, dest, concurrency=4, **options)  # type: ignore[arg-type]


async def test_a_dry_run_into_a_users_folder_creates_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=A)
    dest = tmp_path / "mine"
    (dest / "x").mkdir(parents=True)
    (dest / "tileset.json").write_bytes(b'{"mine":1}')
    (dest / "x" / "y.bin").write_bytes(b"the user's")
    before = snapshot(dest)
    report = await download(emulator, a, dest, dry_run=True)
    assert snapshot(dest) == before and not (dest / STATE_DIR).exists()
    # Everything would be fetched (the user's tileset.json is not the export's), nothing reused.
    assert (report.tiles, report.bytes) == (len(A), sum(len(v) for v in A.values()))
    assert (report.reused, report.deleted, report.extra) == (0, 0, ["x/y.bin"])
    assert blob_gets(emulator, a) == ["tileset.json"]  # only what the walk needs


async def test_a_dry_run_over_a_mirror_changes_no_byte_and_says_what_it_would_do(
    emulator: Emulator, tmp_path: Path
) -> None:
    a = emulator.add_export(imodel_id="m", files=A)
    b = emulator.add_export(imodel_id="m", files=B)
    dest = tmp_path / "mirror"
    await download(emulator, a, dest)
    before = snapshot(dest)
    assert (STATE_DIR + "/manifest.sqlite") in before

    result = await run_cli("--json", "download", b, str(dest), "--dry-run", env=emu_env(emulator))
    assert result.code == 0, result.err
    summary = result.json()
    assert snapshot(dest) == before  # the manifest too: no journal, no new row
    assert summary["dry_run"] is True
    # t/0.glb and the tileset would come; six tiles stay (another export's rows: reused);
    # t/7.glb would go.
    assert (summary["tiles"], summary["reused"], summary["deleted"]) == (2, 6, 1)
    assert summary["bytes"] == len(B["tileset.json"]) + len(B["t/0.glb"])

    human = await run_cli("download", b, str(dest), "--dry-run", env=emu_env(emulator))
    assert human.code == 0, human.err
    assert "dry run, nothing changed: would fetch 2 files" in human.out
    assert "reuse 6, delete 1" in human.out
    assert snapshot(dest) == before


def _nested(root_tiles: dict[str, bytes], sub_tiles: dict[str, bytes]) -> dict[str, bytes]:
    """tileset.json -> (root tiles, sub/tileset.json -> sub/<tiles>)."""
    outer = export_files(root_tiles)
    inner = export_files(sub_tiles)
    doc = json.loads(outer["tileset.json"])
    box = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
    doc["root"]["children"].append(
        {"boundingVolume": box, "geometricError": 1, "content": {"uri": "sub/tileset.json"}}
    )
    return {
        **outer,
        "tileset.json": json.dumps(doc).encode(),
        "sub/tileset.json": inner["tileset.json"],
        **{f"sub/{k}": v for k, v in sub_tiles.items()},
    }


async def test_filters_never_fetch_nor_delete_what_they_leave_out(
    emulator: Emulator, tmp_path: Path
) -> None:
    a_files = _nested({"x.glb": tile(1)}, {"a.glb": tile(2), "b.glb": tile(3)})
    b_files = _nested({"x.glb": tile(11)}, {"a.glb": tile(12)})  # changed; sub/b.glb removed
    a = emulator.add_export(imodel_id="m", files=a_files)
    b = emulator.add_export(imodel_id="m", files=b_files)
    dest = tmp_path / "mirror"
    await download(emulator, a, dest)

    since = len(emulator.requests)
    report = await download(emulator, b, dest, exclude=["sub/**"])
    # The excluded external tileset is still fetched (the walk goes through it), its tiles are
    # neither fetched nor deleted. (The root tileset is A's byte for byte: reused.)
    assert blob_gets(emulator, b, since) == ["sub/tileset.json", "x.glb"]
    assert (report.deleted, report.extra) == (0, [])
    got = mirror_files(dest)
    assert got["sub/a.glb"] == a_files["sub/a.glb"] and got["sub/b.glb"] == a_files["sub/b.glb"]
    assert got["x.glb"] == b_files["x.glb"]

    since = len(emulator.requests)
    seen: list[Progress] = []
    report = await download(
        emulator,
        b,
        dest,
        include=["sub/*.glb"],
        progress=seen.append,
        tuning=Tuning(progress_interval=0.001),  # snapshots while the walk goes on
    )
    assert blob_gets(emulator, b, since) == ["sub/a.glb"]  # JSON in place, x.glb left alone
    # The progress total counts what the run covers, not the files the filter left out.
    done = report.tiles + report.skipped + report.reused
    assert (seen[-1].files_known, seen[-1].files_done + seen[-1].skipped) == (done, done)
    assert report.deleted == 1
    assert mirror_files(dest) == b_files


def test_the_human_summary_says_what_a_sync_did() -> None:
    summary = {"tiles": 2, "bytes": 2048, "skipped": 5, "reused": 3, "deleted": 1, "failed": 0,
               "seconds": 0.5, "dest": "out", "extra": [f"mine/{i}.txt" for i in range(25)],
               "notes": ["no listing of the container (HTTP 403)"]}  # fmt: skip
    text = format_summary(summary)
    assert text.startswith("2 files, 2.0 kB in 0.5s")
    assert "5 already complete, 3 reused, 1 deleted, 0 failed -> out" in text
    assert "  extra (not written by itwin-mesh, kept): mine/0.txt" in text
    assert "... and 5 more extra files (--json lists them)" in text
    assert "  note: no listing of the container (HTTP 403)" in text
    plain = format_summary({**summary, "reused": 0, "deleted": 0, "extra": [], "notes": []})
    assert "5 already complete, 0 failed -> out\n" in plain and "extra" not in plain
