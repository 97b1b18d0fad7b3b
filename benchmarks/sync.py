"""Keeping a mirror up to date: export A, then export B with 10 % of tiles changed, 5 % removed,
5 % added and 5 % moved (same bytes, new path).

Measured, each tool a child process (wall time with interpreter start, CPU, bytes downloaded),
every mirror verified against B afterwards (a fast but wrong run does not count):

- on the emulator (the primary figure: served from another process, Content-MD5 on its blobs
  as Azure keeps it when the uploader sets it): ``itwin-mesh download`` of B into a mirror of A
  (``sync``) and into an empty folder (``fresh``), alternating, ``--rounds`` times;
- on Azurite (``--azurite``, when ``azurite-blob`` is installed): the same two runs, then
  ``rclone sync --checksum`` of B into a plain copy of the same mirror of A and into an empty
  folder. rclone compares per path, so it downloads moved files again. azcopy: see the result.

Also the per-file CPU the manifest adds: MD5 of a body and a manifest row (queued, committed
in batches), timed in process against a whole fresh download's CPU per file.

    python -m benchmarks.sync [--tiles 10000] [--size 20000] [--rounds 3]
                              [--azurite auto|on|off] [--azurite-tiles 2000]
                              [--baseline DIR]...
                              [--out benchmarks/results]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles.manifest import Manifest

from .machine import machine
from .sync_azurite import azurite_leg, azurite_leg_missing
from .sync_tools import Exports, Run, build, checked, copy_mirror, median_runs, run_ours

ROOT = Path(__file__).resolve().parent.parent
TARGET_BYTES, TARGET_TIME = 1.1, 0.3

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


def _log(message: str) -> None:
    print(f"[sync] {message}", file=sys.stderr, flush=True)


def emulator_leg(
    exports: Exports, work: Path, rounds: int, tools: dict[str, dict[str, str]]
) -> dict[str, dict[str, Any]]:
    """For each tool (name -> its environment: this checkout's, or a ``--baseline``'s), a sync
    of its own mirror of A to B and a fresh download of B, ``rounds`` times; the tools and the
    two runs take turns."""
    layout = work / "layout.json"
    layout.write_text(json.dumps(exports.layout()))
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVER, str(layout)],
        env=next(iter(tools.values())),
        stdout=subprocess.PIPE,
        text=True,
    )
    runs: dict[str, dict[str, list[Run]]] = {name: {"sync": [], "fresh": []} for name in tools}
    try:
        assert server.stdout is not None
        hrefs = json.loads(server.stdout.readline())
        for i, env in enumerate(tools.values()):
            run_ours(hrefs["A"], work / f"mirror-a-{i}", env)  # each tool's mirror of A
        for rnd in range(rounds):
            _log(f"emulator round {rnd + 1}/{rounds}")
            order = [(i, name, kind) for i, name in enumerate(tools) for kind in ("sync", "fresh")]
            for i, name, kind in order if rnd % 2 == 0 else order[::-1]:
                dest = work / kind
                if kind == "sync":
                    copy_mirror(work / f"mirror-a-{i}", dest)
                run = run_ours(hrefs["B"], dest, tools[name], server=server.pid)
                runs[name][kind].append(checked(run, dest, exports))
                shutil.rmtree(dest)
    finally:
        server.terminate()
        server.wait()
    return {name: _summary(got) for name, got in runs.items()}


def _summary(runs: dict[str, list[Run]]) -> dict[str, Any]:
    """Medians of one tool's runs, and its sync / fresh ratio per round (paired: the two ran
    one after the other, under the same load)."""
    result: dict[str, Any] = {k: median_runs(v) for k, v in runs.items()}
    paired = [
        s.seconds / f.seconds
        for s, f in zip(runs["sync"], runs["fresh"], strict=True)
        if not (s.problem or f.problem)
    ]
    result["time_ratio"] = statistics.median(paired) if paired else None
    result["time_ratios"] = [round(r, 3) for r in paired]
    return result


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


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def _row(name: str, run: dict[str, Any], shape: dict[str, int], against: float | None) -> str:
    if not run.get("verified"):
        return f"| {name} | FAILED: {'; '.join(run.get('problems', [])) or 'no run'} |"
    got = run["bytes"]
    downloaded = f"{_mb(got)} ({got / shape['changed_added_bytes']:.2f}x)"
    if run.get("moved_fetched") and run["reused"]:  # a sync (a fresh download reuses nothing)
        downloaded += f", {run['moved_fetched']:,.0f} moved files again"
    files = f"{run['fetched']:,.0f} / {run['reused']:,.0f} / {run['deleted']:,.0f}"
    ratio = f"{run['seconds'] / against:.2f}x" if against else "-"
    server = "-" if run.get("server_cpu") is None else f"{run['server_cpu']:.1f}"
    return (
        f"| {name} | {downloaded} | {files} | {run['seconds']:.1f} | {ratio} | {run['cpu']:.1f}"
        f" | {server} | {run['verified']}/{run['runs']} |"
    )


def render(result: dict[str, Any]) -> str:
    """The Markdown tables of a result (as the README shows them)."""
    shape = result["shape"]
    head = (
        "| run | downloaded (x changed + added bytes) | files fetched / reused / deleted"
        " | wall s | / fresh | tool CPU s | server CPU s | verified |\n"
        "|---|---|---|---:|---:|---:|---:|---:|"
    )
    emu = result["emulator"]
    tools = {"itwin-mesh": emu, **result.get("baselines", {})}
    per_round = "; ".join(
        f"{name} {', '.join(map(str, got['time_ratios']))}" for name, got in tools.items()
    )
    lines = [
        f"Emulator, median of {emu['fresh']['runs']} rounds (sync / fresh per round: {per_round}):",
        "",
        head,
    ]
    for name, got in tools.items():
        fresh = got["fresh"].get("seconds")
        lines.append(_row(f"{name}: sync A -> B", got["sync"], shape, fresh))
        lines.append(_row(f"{name}: fresh download of B", got["fresh"], shape, fresh))
    azure = result.get("azurite")
    if isinstance(azure, dict):
        ours = azure["fresh"].get("seconds")
        shape = azure.get("shape", shape)
        lines += [
            "",
            f"Azurite ({shape['files_a'] - 1:,} tiles in A), median of"
            f" {azure['fresh']['runs']} rounds:",
            "",
            head,
        ]
        lines.append(_row("itwin-mesh: sync A -> B", azure["sync"], shape, ours))
        lines.append(_row("itwin-mesh: fresh download of B", azure["fresh"], shape, ours))
        if "rclone_sync" in azure:
            theirs = azure["rclone_fresh"].get("seconds")
            lines.append(_row("rclone sync --checksum A -> B", azure["rclone_sync"], shape, theirs))
            lines.append(_row("rclone: fresh download of B", azure["rclone_fresh"], shape, theirs))
        else:
            lines.append(f"\nrclone: {azure.get('rclone')}")
        lines.append(f"\nazcopy: {azure['azcopy']}")
    elif azure:
        lines.append(f"\nAzurite: {azure}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 1 when a run left a wrong mirror."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tiles", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--azurite", choices=("auto", "on", "off"), default="auto")
    parser.add_argument(
        "--azurite-tiles",
        type=int,
        default=None,
        help="tiles of export A on Azurite (default: --tiles, at most 2,000: Azurite's in-memory"
        " store slows down as it fills, to ~35 files/s with 20,000 blobs of 20 KB)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument(
        "--baseline",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also run the tool of another checkout (as itwin-mesh@<folder name>) on the"
        " emulator, in alternation: before/after in one run (repeatable)",
    )
    args = parser.parse_args(argv)
    missing = azurite_leg_missing()
    if args.azurite == "on" and missing:
        print(f"error: {missing}", file=sys.stderr)
        return 2
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    tools = {"itwin-mesh": env}
    for tree in (t.resolve() for t in args.baseline):
        if not (tree / "itwin_mesh_async" / "__init__.py").is_file():
            print(f"error: no itwin_mesh_async package in {tree}", file=sys.stderr)
            return 2
        tools[f"itwin-mesh@{tree.name}"] = dict(os.environ, PYTHONPATH=str(tree))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="itwin-mesh-sync-") as tmp:
        work = Path(tmp)
        exports = build(args.tiles, args.size, work)
        shape = exports.shape
        result: dict[str, Any] = {"shape": shape, "machine": machine()}
        legs = emulator_leg(exports, work, args.rounds, tools)
        result["emulator"] = legs.pop("itwin-mesh")
        result["baselines"] = legs
        if args.azurite == "off":
            result["azurite"] = "off"
        elif missing:
            result["azurite"] = f"skipped: {missing}"
        else:
            tiles = args.azurite_tiles or min(args.tiles, 2_000)
            smaller = exports if tiles == args.tiles else build(tiles, args.size, work / "az")
            result["azurite"] = azurite_leg(smaller, work, args.rounds, env, _log)
            result["azurite"]["shape"] = smaller.shape
    costs = per_file_costs(args.size)
    fresh = result["emulator"]["fresh"]
    per_file = fresh.get("cpu", 0) / max(1, fresh.get("fetched", 1)) * 1e6
    result["per_file"] = {**costs, "fresh_cpu_us": per_file}
    result["seconds"] = time.monotonic() - started
    sync = result["emulator"]["sync"]
    result["bytes_ratio"] = sync.get("bytes", 0) / shape["changed_added_bytes"]
    result["time_ratio"] = result["emulator"]["time_ratio"]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sync.json").write_text(json.dumps(result, indent=2))
    table = render(result)
    (args.out / "sync.md").write_text(table + "\n")
    print(table)
    ratio = result["time_ratio"]
    met = ratio is not None and result["bytes_ratio"] <= TARGET_BYTES and ratio <= TARGET_TIME
    print(
        f"\nbytes {result['bytes_ratio']:.2f}x changed+added (target <= {TARGET_BYTES}), time "
        f"{'-' if ratio is None else f'{ratio:.2f}'}x fresh (target <= {TARGET_TIME}):"
        f" {'met' if met else 'MISSED'}"
    )
    checked_legs = [result["emulator"], *result["baselines"].values()]
    if isinstance(result["azurite"], dict):
        checked_legs.append(result["azurite"])
    runs = [r for leg in checked_legs for r in leg.values() if isinstance(r, dict) and "runs" in r]
    wrong = any(run["verified"] < run["runs"] for run in runs)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
