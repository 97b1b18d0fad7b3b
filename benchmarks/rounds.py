"""The rounds of one suite: every tool on every workload and destination, in alternation.

A suite is one server (plain nginx, nginx over TLS, nginx with latency and a limit, Azurite)
with its workloads. Each run is measured (:func:`measure`), verified against the manifest and
recorded; a fast but wrong run counts as failed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from itwin_mesh_async.redact import redact_text

from .measure import Measured, run_measured
from .peers import Job, Peer, at_default
from .report import RunRecord
from .workloads import Manifest, Workload, verify

__all__ = ["Bench", "measure", "run_rounds", "title"]

REPO = Path(__file__).resolve().parent.parent


@attrs.frozen
class Bench:
    """What every run of one suite shares."""

    suite: str  # "http", "https", "latency" or "azurite"
    base_url: str  # nginx: the data root; Azurite: the container URL (both end with "/")
    scratch: Path
    dests: dict[str, Path]
    rounds: int
    concurrency: int
    timeout: float
    sas: str = attrs.field(default="", repr=False)
    ca: Path | None = None  # the CA to trust (https)
    defaults: bool = False  # also run every peer at its own default (first destination only)
    caption: str = ""  # what the suite's server does, added to the workload titles

    def job_base(self, w: Workload) -> str:
        """URL of the workload's directory."""
        return self.base_url if self.suite == "azurite" else f"{self.base_url}{w.key}/"

    def label(self, w: Workload) -> str:
        """The workload's name in the records: unique across suites."""
        plain = self.suite in ("http", "azurite") or w.name == self.suite
        return w.name if plain else f"{self.suite}-{w.name}"


def title(w: Workload, manifest: Manifest) -> str:
    """``10,000 x 20 KB tiles`` (or ``10,000 tiny tiles (1 KB)``)."""
    size = w.size or manifest.total_bytes / max(manifest.count, 1)
    unit = f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
    return f"{w.n:,} x {unit} tiles" if w.size else f"{w.n:,} tiny tiles ({unit})"


def _clear(dest: Path, *, disk: bool) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    if disk:
        os.sync()  # start every disk run with no dirty pages of the previous one


def _run_one(peer: Peer, job: Job, *, timeout: float, log: Path) -> tuple[Measured, dict[str, Any]]:
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


def _cast(peers: list[Peer], w: Workload, bench: Bench, rnd: int) -> list[tuple[str, Peer]]:
    """(destination, peer) pairs of one round, each round starting with a different tool."""
    # Streaming writes nothing: it only runs the RSS-scaling workloads.
    cast = [p for p in peers if not p.streams] if w.all_peers else [p for p in peers if p.walks]
    shift = rnd % len(cast) if cast else 0
    order = cast[shift:] + cast[:shift]
    # RSS scaling does not depend on the destination: tmpfs only, when there is one.
    targets = (
        list(bench.dests)
        if w.all_peers
        else ([k for k in bench.dests if k == "tmpfs"] or list(bench.dests))
    )
    pairs = [(dest, p) for dest in targets for p in order]
    if bench.defaults and w.all_peers:  # at their own defaults: the first destination only
        pairs += [(targets[0], at_default(p)) for p in order]
    return pairs


def run_rounds(
    bench: Bench, plan: Sequence[Workload], manifests: dict[str, Manifest], peers: list[Peer]
) -> list[RunRecord]:
    """Every round of every workload of the suite, printing a line per run."""
    records: list[RunRecord] = []
    for rnd in range(bench.rounds):
        for w in plan:
            manifest = manifests[w.name]
            lists = bench.scratch / "lists" / bench.suite / w.key
            lists.mkdir(parents=True, exist_ok=True)
            for dest_name, peer in _cast(peers, w, bench, rnd):
                dest = bench.dests[dest_name]
                job = Job(
                    manifest=manifest,
                    base_url=bench.job_base(w),
                    dest=dest,
                    lists=lists,
                    result=bench.scratch / "result.json",
                    concurrency=None if peer.own_default else bench.concurrency,
                    sas=bench.sas,
                    ca=bench.ca,
                )
                _clear(dest, disk=dest_name == "disk")
                rec = measure(
                    peer,
                    job,
                    w,
                    dest_name,
                    rnd=rnd,
                    timeout=bench.timeout,
                    log=bench.scratch / f"{peer.name}.log",
                    suite=bench.suite,
                    label=bench.label(w),
                    caption=bench.caption,
                )
                records.append(rec)
                status = "ok" if rec.ok else f"FAILED ({rec.problem})"
                print(
                    f"[{rnd + 1}/{bench.rounds}] {rec.workload:>13} {dest_name:>5} "
                    f"{peer.name:<26} {rec.seconds:7.2f}s "
                    f"{rec.files / rec.seconds:9,.0f} files/s "
                    f"{rec.bytes / 1e6 / rec.seconds:8,.0f} MB/s "
                    f"cpu {rec.cpu:6.2f}s rss {rec.max_rss_mb:6.1f} MB "
                    f"c={rec.concurrency} {status}",
                    file=sys.stderr,
                )
    return records


def _concurrency(peer: Peer, job: Job, extra: dict[str, Any]) -> str:
    """What the run used: the fixed figure, ``default``, or where ours settled (``auto 96``)."""
    if job.concurrency is not None:
        return str(job.concurrency)
    settled = extra.get("concurrency")
    return f"auto {settled}" if settled is not None else "default"


def measure(
    peer: Peer,
    job: Job,
    w: Workload,
    dest_name: str,
    *,
    rnd: int,
    timeout: float,
    log: Path,
    suite: str = "http",
    label: str | None = None,
    caption: str = "",
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
    suffix = " from Azurite" if suite == "azurite" else caption
    return RunRecord(
        workload=label or w.name,
        title=title(w, manifest) + suffix,
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
        concurrency=_concurrency(peer, job, extra),
        retries=extra.get("retries"),
    )
