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
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from . import peers as peers_mod
from .azurite import serving_azurite
from .machine import azurite_version, is_tmpfs, machine, tool_version
from .peers import Peer
from .report import RunRecord, render_tables, summarize, write_chart, write_json
from .rounds import Bench, run_rounds
from .servers import Shape, serving
from .suites import choose_suites
from .tls import make_ca
from .workloads import generate

REPO = Path(__file__).resolve().parent.parent
TMPFS = Path("/dev/shm")


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
        "--baseline",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also run this project's tool from another checkout (a git worktree of an older "
        "commit, say) as itwin-mesh@<folder name>, in alternation with the others: before/after "
        "in one run (repeatable; --defaults off when that version has no concurrency='auto')",
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
    parser.add_argument(
        "--suites",
        default="",
        help="comma-separated servers (default: every one that can run here): http (nginx), "
        "https (nginx with TLS and a throwaway CA), latency (nginx, --delay per request, 503 "
        "above --limit in flight), azurite",
    )
    parser.add_argument("--concurrency", type=int, default=32, help="http, https, azurite")
    parser.add_argument(
        "--latency-concurrency", type=int, default=128, help="the latency suite's (default 128)"
    )
    parser.add_argument("--delay", type=float, default=0.04, help="latency suite: s a request")
    parser.add_argument(
        "--limit", type=int, default=256, help="latency suite: 503 above this many in flight"
    )
    parser.add_argument(
        "--defaults",
        choices=("on", "off"),
        default="on",
        help="also run every tool at its own default concurrency (name@default; first "
        "destination only; ours: auto)",
    )
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


def _select_peers(names: str, baselines: Sequence[Path] = ()) -> list[Peer]:
    selected = (
        peers_mod.by_name(names.split(",")) if names else [p for p in peers_mod.PEERS if p.default]
    )
    selected[1:1] = [peers_mod.baseline(tree) for tree in baselines]
    if len({p.name for p in selected}) < len(selected):
        raise ValueError("two --baseline folders have the same name")
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
    chosen = choose_suites(args)
    if isinstance(chosen, int):
        return chosen
    suites, azurite_plan = chosen
    rounds = args.rounds or (1 if args.tiny else 2 if args.quick else 3)
    try:
        peers = _select_peers(args.peers, args.baseline)
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
    started = time.monotonic()
    work = args.work or (
        TMPFS / "itwin-mesh-bench"
        if is_tmpfs(TMPFS)
        else Path(tempfile.gettempdir()) / "itwin-mesh-bench"
    )
    data = work / "data"
    data.mkdir(parents=True, exist_ok=True)
    manifests = {}
    every = {w.key: w for s in suites for w in s.plan} | (
        {azurite_plan.key: azurite_plan} if azurite_plan else {}
    )
    for w in every.values():
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
        suite="http",
        base_url="",
        scratch=scratch,
        dests=dests,
        rounds=rounds,
        concurrency=args.concurrency,
        timeout=args.timeout,
        defaults=args.defaults == "on",
    )
    try:
        for suite in suites:
            shape = suite.shape
            ca = None
            if suite.name == "https":
                tls = make_ca(scratch / "ca")
                shape, ca = Shape(tls=tls), tls.ca
            with serving(
                data,
                scratch / suite.name,
                probe=f"{suite.plan[0].key}/tileset.json",
                prefer=args.server,
                shape=shape,
            ) as server:
                print(f"server ({suite.name}): {server.kind} at {server.base_url}", file=sys.stderr)
                servers[suite.name] = server.kind
                bench = attrs.evolve(
                    base,
                    suite=suite.name,
                    base_url=server.base_url,
                    ca=ca,
                    concurrency=suite.concurrency,
                    caption=suite.caption,
                    dests=dict(list(dests.items())[:1]) if suite.first_dest_only else dests,
                )
                records += run_rounds(
                    bench, suite.plan, manifests, [p for p in peers if "nginx" in p.suites]
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
                    defaults=False,
                )
                records += run_rounds(bench, [azurite_plan], manifests, cast)
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
        "latency": {
            "concurrency": args.latency_concurrency,
            "delay": args.delay,
            "limit": args.limit,
        },
        "defaults": args.defaults,
        "destinations": {k: str(v) for k, v in dests.items()},
        "tools": {p.name: tool_version(p) for p in peers},
        "seconds": round(time.monotonic() - started, 1),
    }


if __name__ == "__main__":
    sys.exit(main())
