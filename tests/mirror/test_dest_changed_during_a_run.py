"""DEST changed under a running download: a folder swapped for a symlink to outside is never
written through, and a DEST deleted (or replaced) stops the run with one clear error instead
of fetching every remaining file to fail it.

The container holds one tile's answer until the test has changed DEST, so the change lands at an
exact moment of the run (one transfer at a time: the files before it are stored), with no sleep.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles import TileWalker
from tests.cli_runner import assert_one_error_line, run_cli
from tests.helpers import holding_container

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and open folders")

SUB = [f"sub/{i}.glb" for i in range(6)]
TOP = [f"t{i}.glb" for i in range(20)]


def _tileset(uris: list[str]) -> bytes:
    children = [{"geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"geometricError": 1, "boundingVolume": {"sphere": [0, 0, 0, 1]}, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": root}).encode()


def _files(uris: list[str]) -> dict[str, bytes]:
    return {"tileset.json": _tileset(uris)} | {u: glb(seed=i) for i, u in enumerate(uris)}


def _everything(folder: Path) -> list[str]:
    """Every entry under ``folder``, symlinks listed but not followed."""
    return sorted(
        os.path.relpath(os.path.join(base, name), folder)
        for base, dirs, names in os.walk(folder)
        for name in dirs + names
    )


@pytest.mark.parametrize("how", ["moved away", "deleted"])
async def test_a_folder_swapped_for_a_symlink_mid_run_is_not_written_through(
    how: str, tmp_path: Path
) -> None:
    files = _files(SUB)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    async with holding_container(files, hold=lambda path: path == SUB[2]) as box:
        walker = TileWalker(concurrency=1)
        async with asyncio.timeout(60):  # only a failing test ever takes this long
            run = asyncio.create_task(walker.download(box.url, dest))
            await box.held.wait()  # sub/0 and sub/1 are stored: DEST/sub is open
            assert (dest / SUB[1]).read_bytes() == files[SUB[1]]
            if how == "moved away":
                (dest / "sub").rename(dest / "moved")
            else:
                shutil.rmtree(dest / "sub")
            (dest / "sub").symlink_to(outside, target_is_directory=True)
            box.release.set()
            report = await run
    assert _everything(outside) == []  # nothing written through the link
    assert (dest / "sub").is_symlink()
    failed = {f.path: f.reason for f in report.failed}
    if how == "moved away":
        # The folder the run had open is where the files go: still inside DEST.
        assert failed == {}
        for path in SUB:
            assert (dest / "moved" / path.removeprefix("sub/")).read_bytes() == files[path]
    else:
        # Its folder is gone: the rest of sub/ is refused, not written where the link points.
        assert set(failed) == set(SUB[2:])
        assert all("leads outside DEST (a symlink)" in r for r in failed.values()), failed


@pytest.mark.parametrize("how", ["deleted", "replaced"])
async def test_dest_deleted_mid_run_stops_with_one_clear_error(how: str, tmp_path: Path) -> None:
    files = _files(TOP)
    dest = tmp_path / "dest"
    async with holding_container(files, hold=lambda path: path == TOP[3]) as box:
        async with asyncio.timeout(90):  # only a failing test ever takes this long
            run = asyncio.create_task(
                run_cli("download", str(dest), "--url", box.url, "--concurrency", "1")
            )
            await box.held.wait()
            shutil.rmtree(dest)
            if how == "replaced":
                dest.mkdir()
            box.release.set()
            result = await run
        fetched = len(box.requests)
    assert result.code == 1, result.err
    assert_one_error_line(result, f"{dest} was deleted or replaced during the download")
    assert "failed:" not in result.out  # not one failure per file
    # The run stopped on the held file: none of the 16 files after it was fetched.
    assert fetched == 1 + 4, fetched
    # Nothing was written into the new DEST (nor was the old one made again).
    assert _everything(dest) == [] if how == "replaced" else not dest.exists()
