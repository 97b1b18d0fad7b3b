"""One command to benchmark the tileset downloader against the other tools.

    python -m benchmarks.run [--quick] [--rounds 3] [--out benchmarks/results]

Generates the workloads (kept between runs), serves them from nginx on loopback (or, with a
warning, from an aiohttp static server), runs this project's tool and every installed peer in
alternation, to tmpfs and to the ordinary disk, for several rounds, verifies every mirror, then
prints the table of medians and writes ``results.json``, ``results.md`` and ``results.png``.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from itwin_mesh_async.redact import redact_text

from . import peers as peers_mod
from .azurite import azurite_missing, serving_azurite
from .machine import azurite_version, is_tmpfs, machine, tool_version
from .measure import run_measured
from .peers import Job, Peer
from .report import RunRecord, render_tables, summarize, write_chart, write_json
from .servers import serving
from .workloads import (
    AZURITE_FULL,
    AZURITE_QUICK,
    FULL,
    QUICK,
    TINY,
    Manifest,
    Workload,
    generate,
    verify,
)

REPO = Path(__file__).resolve().parent.parent
TMPFS = Path("/dev/shm")


def _title(w: Workload, manifest: Manifest) -> str:
    size = w.size or manifest.total_bytes / max(manifest.count, 1)
    unit = f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
    return f"{w.n:,} x {unit} tiles" if w.size else f"{w.n:,} tiny tiles ({unit})"


def _clear(dest: Path, *, disk: bool) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    if disk:
        os.sync()  # start every disk run with no dirty pages of the previous one


def _run_one(peer: Peer, job: Job, *, timeout: float, log: Path) -> tuple[Any, dict[str, Any]]:
    job.result.unlink(missing_ok=True)
    env = {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        **peer.env(job),
    }
    measured = run_measured(peer.command(job), timeout=timeout, log=log, cwd=REPO, env=env)
    extra: dict[str, Any] = {}
    if job.result.exists():
        extra = json.loads(job.result.read_text())
    return measured, extra


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small workloads (~2 minutes)")
    size.add_argument("--tiny", action="store_true", help="a few files (smoke test)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help="rounds of every tool (default 3, --quick 2, --tiny 1)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "benchmarks" / "results",
        help="where results.json, results.md and results.png go",
    )
    parser.add_argument(
        "--peers",
        default="",
        help="comma-separated tools to run (default: all installed): "
        + ", ".join(p.name for p in peers_mod.PEERS),
    )
    parser.add_argument(
        "--dest", default="tmpfs,disk", help="destinations: tmpfs, disk or both (default)"
    )
    parser.add_argument(
        "--workloads", default="", help="comma-separated workload names (default: all of the size)"
    )
    parser.add_argument("--server", choices=("nginx", "aiohttp"), default="nginx")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="where to generate and serve the workloads (default: tmpfs)",
    )
    parser.add_argument(
        "--disk-dir",
        type=Path,
        default=Path("/var/tmp/itwin-mesh-bench-out"),
        help="the ordinary-disk destination",
    )
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per tool run")
    parser.add_argument(
        "--azurite",
        choices=("auto", "on", "off"),
        default="auto",
        help="the Azurite suite (azure-storage-blob aio, azcopy): auto runs it "
        "when azurite-blob and azure-storage-blob are installed",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit 1 when some tool run failed verification, 2 on bad usage,
    130 when interrupted (the server, the running tool and the destinations are cleaned up)."""
    try:
        return _main(_parse(argv))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _select_peers(names: str) -> list[Peer]:
    selected = (
        peers_mod.by_name(names.split(",")) if names else [p for p in peers_mod.PEERS if p.default]
    )
    peers: list[Peer] = []
    for peer in selected:
        reason = peer.missing()
        if reason:
            print(f"note: skipping {peer.name}: {reason}", file=sys.stderr)
        else:
            peers.append(peer)
    return peers


def _destinations(names: list[str], disk_dir: Path) -> dict[str, Path]:
    dests: dict[str, Path] = {}
    for name in names:
        if name == "tmpfs" and not is_tmpfs(TMPFS):
            print(
                "warning: /dev/shm is not a tmpfs here; skipping the tmpfs destination",
                file=sys.stderr,
            )
            continue
        dests[name] = TMPFS / "itwin-mesh-bench-out" if name == "tmpfs" else disk_dir
    return dests


def _main(args: argparse.Namespace) -> int:
    plan: tuple[Workload, ...] = TINY if args.tiny else QUICK if args.quick else FULL
    azurite_plan = None if args.tiny else AZURITE_QUICK if args.quick else AZURITE_FULL
    rounds = args.rounds or (1 if args.tiny else 2 if args.quick else 3)
    if args.workloads:
        wanted = set(args.workloads.split(","))
        plan = tuple(w for w in plan if w.name in wanted)
        if azurite_plan is not None and azurite_plan.name not in wanted:
            azurite_plan = None
        if not plan and azurite_plan is None:
            print(f"error: no workload named {args.workloads!r}", file=sys.stderr)
            return 2
    try:
        peers = _select_peers(args.peers)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    dest_names = [d for d in args.dest.split(",") if d]
    if not peers or not dest_names or not set(dest_names) <= {"tmpfs", "disk"}:
        print(
            "error: need at least one installed tool and --dest tmpfs and/or disk", file=sys.stderr
        )
        return 2
    dests = _destinations(dest_names, args.disk_dir)
    if not dests:
        return 2
    if azurite_plan is not None and args.azurite != "off":
        reason = azurite_missing()
        if reason:
            if args.azurite == "on":
                print(f"error: cannot run the Azurite suite: {reason}", file=sys.stderr)
                return 2
            print(f"note: skipping the Azurite suite: {reason}", file=sys.stderr)
            azurite_plan = None
    elif args.azurite == "off":
        azurite_plan = None

    started = time.monotonic()
    work = args.work or (
        TMPFS / "itwin-mesh-bench"
        if is_tmpfs(TMPFS)
        else Path(tempfile.gettempdir()) / "itwin-mesh-bench"
    )
    data = work / "data"
    data.mkdir(parents=True, exist_ok=True)
    manifests = {}
    for w in (*plan, *([azurite_plan] if azurite_plan else [])):
        t0 = time.monotonic()
        manifests[w.name] = generate(w, data)
        print(
            f"workload {w.name}: {manifests[w.name].count:,} files, "
            f"{manifests[w.name].total_bytes / 1e6:,.1f} MB "
            f"({time.monotonic() - t0:.1f}s to prepare)",
            file=sys.stderr,
        )
    # Byte-compile the Python tools once, so that they start like an installed package even
    # where PYTHONDONTWRITEBYTECODE is set (compiling every module would cost ~0.2 s a run).
    for package in ("itwin_mesh_async", "benchmarks"):
        compileall.compile_dir(REPO / package, quiet=1)
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=work))
    records: list[RunRecord] = []
    servers: dict[str, str] = {}
    base = Bench(
        suite="nginx",
        base_url="",
        scratch=scratch,
        dests=dests,
        rounds=rounds,
        concurrency=args.concurrency,
        timeout=args.timeout,
    )
    try:
        if plan:
            with serving(
                data, scratch, probe=f"{plan[0].key}/tileset.json", prefer=args.server
            ) as server:
                print(f"server: {server.kind} at {server.base_url}", file=sys.stderr)
                servers["static"] = server.kind
                bench = attrs.evolve(base, base_url=server.base_url)
                records += _rounds(
                    bench, plan, manifests, [p for p in peers if "nginx" in p.suites]
                )
        if azurite_plan is not None:
            cast = [p for p in peers if "azurite" in p.suites]
            with serving_azurite(manifests[azurite_plan.name], scratch / "azurite") as azurite:
                print(f"server: Azurite at {azurite.endpoint}", file=sys.stderr)
                servers["azurite"] = "Azurite " + azurite_version()
                # One destination: Azurite is the limit here, not the file system.
                first = next(iter(dests.items()))
                bench = attrs.evolve(
                    base,
                    suite="azurite",
                    base_url=azurite.base_url,
                    sas=azurite.sas,
                    dests=dict([first]),
                )
                records += _rounds(bench, [azurite_plan], manifests, cast)
        meta = _meta(args, servers=servers, peers=peers, dests=dests, started=started)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for path in dests.values():
            shutil.rmtree(path, ignore_errors=True)
    _publish(args.out, meta, records, started)
    return 0 if all(r.ok for r in records) else 1


def _publish(out: Path, meta: dict[str, Any], records: list[RunRecord], started: float) -> None:
    summaries = summarize(records)
    table = render_tables(summaries)
    header = (
        f"{meta['date']}, {meta['machine']['cores']} cores ({meta['machine']['cpu']}), "
        f"servers: {', '.join(meta['servers'].values())}; concurrency "
        f"{meta['concurrency']}, medians of {meta['rounds']} round(s)"
    )
    print()
    print(header)
    print()
    print(table)
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "results.json", meta=meta, records=records, summaries=summaries)
    (out / "results.md").write_text(f"{header}\n\n{table}\n")
    skipped = write_chart(
        out / "results.png", summaries, f"{meta['date'][:10]}, {meta['machine']['cores']} cores"
    )
    if skipped:
        print(f"note: {skipped}", file=sys.stderr)
    print(
        f"results: {out}/results.json, results.md"
        + ("" if skipped else ", results.png")
        + f" ({time.monotonic() - started:.0f}s)",
        file=sys.stderr,
    )


@attrs.frozen
class Bench:
    """What every run of one suite shares."""

    suite: str  # "nginx" or "azurite"
    base_url: str  # nginx: the data root; Azurite: the container URL (both end with "/")
    scratch: Path
    dests: dict[str, Path]
    rounds: int
    concurrency: int
    timeout: float
    sas: str = attrs.field(default="", repr=False)

    def job_base(self, w: Workload) -> str:
        """URL of the workload's directory."""
        return self.base_url if self.suite == "azurite" else f"{self.base_url}{w.key}/"


def _meta(
    args: argparse.Namespace,
    *,
    servers: dict[str, str],
    peers: list[Peer],
    dests: dict[str, Path],
    started: float,
) -> dict[str, Any]:
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "servers": servers,
        "rounds": args.rounds or (1 if args.tiny else 2 if args.quick else 3),
        "concurrency": args.concurrency,
        "destinations": {k: str(v) for k, v in dests.items()},
        "tools": {p.name: tool_version(p) for p in peers},
        "seconds": round(time.monotonic() - started, 1),
    }


def _rounds(
    bench: Bench, plan: Sequence[Workload], manifests: dict[str, Manifest], peers: list[Peer]
) -> list[RunRecord]:
    records: list[RunRecord] = []
    for rnd in range(bench.rounds):
        for w in plan:
            manifest = manifests[w.name]
            lists = bench.scratch / "lists" / bench.suite / w.key
            lists.mkdir(parents=True, exist_ok=True)
            # Streaming writes nothing: it only runs the RSS-scaling workloads.
            cast = (
                [p for p in peers if not p.streams]
                if w.all_peers
                else [p for p in peers if p.walks]
            )
            # Alternate: every round starts with a different tool.
            shift = rnd % len(cast) if cast else 0
            order = cast[shift:] + cast[:shift]
            # RSS scaling does not depend on the destination: tmpfs only, when there is one.
            targets = (
                bench.dests
                if w.all_peers
                else ({k: v for k, v in bench.dests.items() if k == "tmpfs"} or bench.dests)
            )
            for dest_name, dest in targets.items():
                for peer in order:
                    job = Job(
                        manifest=manifest,
                        base_url=bench.job_base(w),
                        dest=dest,
                        lists=lists,
                        result=bench.scratch / "result.json",
                        concurrency=bench.concurrency,
                        sas=bench.sas,
                    )
                    _clear(dest, disk=dest_name == "disk")
                    rec = _measure(
                        peer,
                        job,
                        w,
                        dest_name,
                        rnd=rnd,
                        timeout=bench.timeout,
                        log=bench.scratch / f"{peer.name}.log",
                        suite=bench.suite,
                    )
                    records.append(rec)
                    status = "ok" if rec.ok else f"FAILED ({rec.problem})"
                    print(
                        f"[{rnd + 1}/{bench.rounds}] {w.name:>9} {dest_name:>5} "
                        f"{peer.name:<18} {rec.seconds:7.2f}s "
                        f"{rec.files / rec.seconds:9,.0f} files/s "
                        f"{rec.bytes / 1e6 / rec.seconds:8,.0f} MB/s "
                        f"cpu {rec.cpu:6.2f}s rss {rec.max_rss_mb:6.1f} MB {status}",
                        file=sys.stderr,
                    )
    return records


def _measure(
    peer: Peer,
    job: Job,
    w: Workload,
    dest_name: str,
    *,
    rnd: int,
    timeout: float,
    log: Path,
    suite: str = "nginx",
) -> RunRecord:
    """Run ``peer`` on ``job`` once, verify the mirror, and record what it cost."""
    measured, extra = _run_one(peer, job, timeout=timeout, log=log)
    manifest = job.manifest
    problem = ""
    if measured.timed_out:
        problem = f"timed out after {timeout:.0f}s"
    elif measured.returncode != 0:
        tail = measured.stderr_tail.splitlines()[-1][:120] if measured.stderr_tail else ""
        problem = f"exit {measured.returncode}" + (f": {tail}" if tail else "")
    if peer.streams:
        got = (extra.get("tiles"), extra.get("bytes"))
        if got != (manifest.count, manifest.total_bytes):
            wrong = f"streamed {got[0]} files, {got[1]} bytes"
            problem = "; ".join(filter(None, [problem, wrong]))
    else:
        check = verify(job.dest, manifest)
        if not check.ok:
            problem = "; ".join(filter(None, [problem, f"mirror wrong: {check.describe()}"]))
    inner = extra.get("wall")
    return RunRecord(
        workload=w.name,
        title=_title(w, manifest) + (" from Azurite" if suite == "azurite" else ""),
        dest=dest_name,
        peer=peer.name,
        round=rnd,
        files=manifest.count,
        bytes=manifest.total_bytes,
        seconds=measured.seconds,
        cpu=measured.cpu,
        max_rss_mb=measured.max_rss_mb,
        ok=not problem,
        problem=redact_text(problem, [job.sas] if job.sas else []),
        ttft=extra.get("ttft"),
        inner_seconds=float(inner) if inner else None,
        scaling=not w.all_peers,
    )


if __name__ == "__main__":
    sys.exit(main())
