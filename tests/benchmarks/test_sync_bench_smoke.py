"""Smoke tests of the sync benchmark (``benchmarks/sync.py``) on a tiny pair of exports: the
emulator leg end to end, the rclone leg on Azurite when both are installed, and the check that
flags a wrong mirror. No timing is asserted: the figures are the benchmark's business."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks.sync_tools import build, verify

REPO = Path(__file__).resolve().parents[2]
TILES = 40  # 2 changed x2, 2 removed, 2 added, 2 moved


def _run_bench(tmp_path: Path, azurite: str, *more: str) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    out = tmp_path / "results"
    args = ["--tiles", str(TILES), "--size", "2000", "--rounds", "1", "--azurite", azurite]
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.sync", *args, *more, "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "| itwin-mesh: sync A -> B |" in (out / "sync.md").read_text()
    result: dict[str, Any] = json.loads((out / "sync.json").read_text())
    return result


def test_emulator_leg_end_to_end_tiny(tmp_path: Path) -> None:
    # This checkout as its own baseline: the before/after rows run in alternation too.
    result = _run_bench(tmp_path, "off", "--baseline", str(REPO))
    shape, emu = result["shape"], result["emulator"]
    sync, fresh = emu["sync"], emu["fresh"]
    assert (sync["verified"], fresh["verified"]) == (1, 1)
    # The sync fetches the changed and added tiles and the new tileset.json, nothing else.
    assert sync["fetched"] == shape["changed"] + shape["added"] + 1
    assert sync["bytes"] == shape["changed_added_bytes"] + shape["tileset_json_bytes"]
    assert sync["deleted"] == shape["removed"] + shape["moved"]  # moved: gone from old paths
    assert fresh["fetched"] == shape["files_b"] and fresh["bytes"] == shape["b_bytes"]
    assert result["azurite"] == "off" and len(emu["time_ratios"]) == 1
    baseline = result["baselines"][f"itwin-mesh@{REPO.name}"]
    assert baseline["sync"]["fetched"] == sync["fetched"] and baseline["fresh"]["verified"] == 1


@pytest.mark.skipif(
    shutil.which("azurite-blob") is None or shutil.which("rclone") is None,
    reason="needs azurite-blob (npm) and rclone",
)
def test_rclone_leg_on_azurite_fetches_moved_files_again(tmp_path: Path) -> None:
    result = _run_bench(tmp_path, "on")
    shape, azure = result["shape"], result["azurite"]
    ours, theirs = azure["sync"], azure["rclone_sync"]
    assert (ours["verified"], theirs["verified"], azure["rclone_fresh"]["verified"]) == (1, 1, 1)
    assert theirs["moved_fetched"] == shape["moved"]
    assert theirs["fetched"] == shape["changed"] + shape["added"] + shape["moved"] + 1
    assert ours["fetched"] == shape["changed"] + shape["added"] + 1
    assert ours["bytes"] < theirs["bytes"]


def test_a_wrong_mirror_is_flagged(tmp_path: Path) -> None:
    exports = build(TILES, 2000, tmp_path / "work")
    dest = tmp_path / "dest"
    for path, source in exports.b.items():
        (dest / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest / path)
    (dest / ".itwin-mesh").mkdir()
    (dest / ".itwin-mesh" / "manifest.sqlite").write_bytes(b"state is not part of the mirror")
    assert verify(dest, exports) == ""
    paths = sorted(exports.b)
    (dest / paths[0]).unlink()
    (dest / paths[1]).write_bytes(b"x" * 2000)
    (dest / "stray.glb").write_bytes(b"x")
    assert verify(dest, exports) == "mirror wrong: missing 1, extra 1, bad content 1"
