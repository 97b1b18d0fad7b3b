"""Keeping a mirror up to date: export A, then export B with 10 % of tiles changed, 5 % removed,
5 % added and 5 % moved (same bytes, new path).

Measured (wall time and bytes downloaded, each tool a child process, the emulator serving in
another process with Content-MD5 on its blobs, as Azure does when the uploader sets it):

- ``sync``: ``itwin-mesh download B DEST`` into a mirror of A;
- ``fresh``: ``itwin-mesh download B`` into an empty folder;
- ``rclone sync`` of B's container into a copy of the mirror of A (when rclone is installed),
  which compares per path and so downloads moved files again.

Also the per-file CPU the manifest adds: MD5 of a 20 KB body and a manifest row (queued,
committed in batches), timed in process against a whole fresh download's CPU per file.

    python -m benchmarks.sync [--tiles 10000] [--size 20000] [--out benchmarks/results]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles.manifest import Manifest

ROOT = Path(__file__).resolve().parent.parent

_SERVER = """
import asyncio, json, sys
from pathlib import Path
from itwin_mesh_async.emulator import running

async def main():
    data = json.loads(Path(sys.argv[1]).read_text())
    async with running(host="127.0.0.1", seed=1) as emu:
        hrefs = {}
        for name, files in data.items():
            blobs = {p: Path(f).read_bytes() for p, f in files.items()}
            hrefs[name] = emu.sas_href(emu.add_export(imodel_id="bench", files=blobs))
        print(json.dumps(hrefs), flush=True)
        await asyncio.Event().wait()

asyncio.run(main())
"""


def _tileset(paths: list[str]) -> bytes:
    box = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
    children = [{"boundingVolume": box, "geometricError": 0, "content": {"uri": p}} for p in paths]
    root = {"boundingVolume": box, "geometricError": 1, "refine": "ADD", "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 2, "root": root}).encode()


def build(tiles: int, size: int, work: Path) -> dict[str, Any]:
    """Exports A and B on disk (path -> file), and what changed between them."""
    a = {f"tiles/{i // 500}/{i}.glb": glb(seed=i, size=size) for i in range(tiles)}
    names = sorted(a)
    n = tiles // 20  # 5 %
    changed, removed, moved = names[: 2 * n], names[2 * n : 3 * n], names[3 * n : 4 * n]
    b = {p: data for p, data in a.items() if p not in set(removed) | set(moved)}
    for i, p in enumerate(changed):
        b[p] = glb(seed=tiles * 2 + i, size=size)
    for p in moved:
        b["moved/" + p] = a[p]
    added = [f"added/{i}.glb" for i in range(n)]
    for i, p in enumerate(added):
        b[p] = glb(seed=tiles * 3 + i, size=size)
    a["tileset.json"] = _tileset(names)
    b["tileset.json"] = _tileset(sorted(p for p in b if p != "tileset.json"))
    layout: dict[str, dict[str, str]] = {}
    for name, files in (("A", a), ("B", b)):
        folder = work / "exports" / name
        layout[name] = {}
        for i, (path, data) in enumerate(files.items()):
            target = folder / f"{i}.bin"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            layout[name][path] = str(target)
    (work / "layout.json").write_text(json.dumps(layout))
    new_bytes = sum(len(b[p]) for p in changed + added)
    return {
        "files_a": len(a),
        "files_b": len(b),
        "changed": len(changed),
        "removed": len(removed),
        "added": len(added),
        "moved": len(moved),
        "changed_added_bytes": new_bytes,
        "tileset_json_bytes": len(b["tileset.json"]),
        "b_bytes": sum(len(v) for v in b.values()),
    }


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the child, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({done.returncode}): {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def _ours(href: str, dest: Path, env: dict[str, str]) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "itwin_mesh_async", "--json", "-q", "download", str(dest)]
    wall, cpu, out = _run([*cmd, "--url", href, "--concurrency", "32"], env)
    summary = json.loads(out)
    return {"seconds": wall, "cpu": cpu, "bytes": summary["bytes"], "files": summary["tiles"],
            "reused": summary["reused"], "deleted": summary["deleted"],
            "skipped": summary["skipped"]}  # fmt: skip


def _rclone(href: str, dest: Path, env: dict[str, str]) -> dict[str, Any] | None:
    binary = shutil.which("rclone")
    if binary is None:
        return None
    container, _, sas = href.partition("?")
    container = container.rsplit("/", 1)[0]  # the container, not the tileset
    conf = dest.parent / "rclone.conf"
    conf.write_text("")
    cmd = [binary, "sync", f":azureblob,sas_url='{container}?{sas}':", str(dest),
           "--transfers", "32", "--checkers", "32", "--config", str(conf), "--stats-one-line",
           "-v"]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1][:300] if done.stderr else "failed"}
    copied = sum(1 for line in done.stderr.splitlines() if ": Copied (" in line)
    return {"seconds": wall, "files": copied}


def per_file_costs(size: int, n: int = 20_000) -> dict[str, float]:
    """Microseconds of CPU per file: MD5 of a body, a manifest row (queued and committed)."""
    body = glb(seed=1, size=size)
    started = time.process_time()
    for _ in range(n):
        hashlib.md5(body, usedforsecurity=False).digest()
    md5_us = (time.process_time() - started) / n * 1e6
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Manifest.open(Path(tmp))
        sid = manifest.source_id("/bench/")
        digest = hashlib.md5(body, usedforsecurity=False).digest()
        started = time.process_time()
        for i in range(n):
            manifest.record(f"tiles/{i // 500}/{i}.glb", size, i, digest, sid)
        manifest.close()
        row_us = (time.process_time() - started) / n * 1e6
    return {"md5_us": md5_us, "manifest_row_us": row_us}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiles", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory(prefix="itwin-mesh-sync-") as tmp:
        work = Path(tmp)
        shape = build(args.tiles, args.size, work)
        server = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(work / "layout.json")],
            env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            assert server.stdout is not None
            hrefs = json.loads(server.stdout.readline())
            mirror = work / "mirror"
            _ours(hrefs["A"], mirror, env)  # the mirror of A (not timed)
            before = work / "mirror-of-a"
            shutil.copytree(
                mirror, before, symlinks=True, ignore=shutil.ignore_patterns(".itwin-mesh")
            )
            sync = _ours(hrefs["B"], mirror, env)
            fresh = _ours(hrefs["B"], work / "fresh", env)
            rclone = _rclone(hrefs["B"], before, env)
        finally:
            server.terminate()
            server.wait()
    costs = per_file_costs(args.size)
    result = {
        "shape": shape,
        "sync": sync,
        "fresh": fresh,
        "rclone": rclone,
        "per_file": {**costs, "fresh_cpu_us": fresh["cpu"] / max(1, fresh["files"]) * 1e6},
        "bytes_ratio": sync["bytes"] / shape["changed_added_bytes"],
        "time_ratio": sync["seconds"] / fresh["seconds"],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sync.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    ok = result["bytes_ratio"] <= 1.1 and result["time_ratio"] <= 0.3
    verdict = "met" if ok else "MISSED"
    print(f"bytes {result['bytes_ratio']:.2f}x changed+added (target <= 1.1), "
          f"time {result['time_ratio']:.2f}x fresh (target <= 0.3): {verdict}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
