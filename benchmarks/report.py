"""Results of a benchmark: per-run records, medians per tool, and the table, JSON and chart.

Pure apart from :func:`write_json` and :func:`write_chart`. Only verified runs (right exit code,
every file present with the right size, sampled checksums equal) count towards the medians; a
tool whose runs all failed shows as FAILED with the reason.
"""

from __future__ import annotations

import importlib
import json
import statistics
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "OURS",
    "RunRecord",
    "Summary",
    "render_tables",
    "summarize",
    "write_chart",
    "write_json",
]

OURS = "itwin-mesh"


@attrs.frozen
class RunRecord:
    """One tool downloading one workload to one destination, once."""

    workload: str
    title: str  # e.g. "10,000 x 20 KB tiles"
    dest: str  # "tmpfs" or "disk"
    peer: str
    round: int
    files: int  # files the workload has (what a correct run writes)
    bytes: int
    seconds: float  # wall time of the whole process
    cpu: float  # user + system seconds of the process
    max_rss_mb: float
    ok: bool
    problem: str = ""
    ttft: float | None = None  # ours: seconds from start to the first tile on disk
    inner_seconds: float | None = None  # ours: the download itself, without interpreter start
    scaling: bool = False  # an RSS-scaling workload (only this project's tool runs it)
    concurrency: str = ""  # "32", "default", or ours at auto: "auto 96" (where it settled)
    retries: int | None = None  # ours: retried requests (503s in the latency suite)


@attrs.frozen
class Summary:
    """Medians of the verified runs of one tool on one workload and destination."""

    workload: str
    title: str
    dest: str
    peer: str
    files: int
    bytes: int
    runs: int
    ok_runs: int
    files_per_s: float | None
    mb_per_s: float | None
    cpu_per_1k: float | None
    max_rss_mb: float | None
    ttft_ms: float | None
    inner_files_per_s: float | None
    problem: str = ""
    scaling: bool = False
    concurrency: str = ""
    retries: float | None = None


def _settled(values: Sequence[str]) -> str:
    """One run's concurrency if all agree, else the median of where auto settled (and range)."""
    if len(set(values)) <= 1:
        return values[0] if values else ""
    autos = sorted(int(v.split()[1]) for v in values if v.startswith("auto "))
    if not autos:
        return "/".join(sorted(set(values)))
    mid = statistics.median_low(autos)
    return f"auto {mid} ({autos[0]}-{autos[-1]})"


def _median(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarize(records: Sequence[RunRecord]) -> list[Summary]:
    """One :class:`Summary` per (workload, dest, peer), in first-seen order."""
    groups: dict[tuple[str, str, str], list[RunRecord]] = {}
    for rec in records:
        groups.setdefault((rec.workload, rec.dest, rec.peer), []).append(rec)
    out = []
    for (workload, dest, peer), recs in groups.items():
        good = [r for r in recs if r.ok]
        first = recs[0]
        problems = sorted({r.problem for r in recs if not r.ok and r.problem})
        out.append(
            Summary(
                workload=workload,
                title=first.title,
                dest=dest,
                peer=peer,
                files=first.files,
                bytes=first.bytes,
                runs=len(recs),
                ok_runs=len(good),
                files_per_s=_median(r.files / r.seconds for r in good),
                mb_per_s=_median(r.bytes / 1e6 / r.seconds for r in good),
                cpu_per_1k=_median(r.cpu / r.files * 1000 for r in good),
                max_rss_mb=_median(r.max_rss_mb for r in good),
                ttft_ms=_median(r.ttft * 1000 if r.ttft is not None else None for r in good),
                inner_files_per_s=_median(
                    r.files / r.inner_seconds if r.inner_seconds else None for r in good
                ),
                problem="; ".join(problems)[:200],
                scaling=first.scaling,
                concurrency=_settled([r.concurrency for r in good] or [first.concurrency]),
                retries=_median(r.retries for r in good),
            )
        )
    return out


def _bulk(s: Summary) -> bool:
    """Large files are compared by MB/s, small ones by files/s."""
    return s.bytes >= 500_000 * max(s.files, 1)


def _fmt(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def _ratio(ours: Summary | None, other: Summary, field: str) -> str:
    if ours is None or other.peer == ours.peer:
        return "-"
    mine, theirs = getattr(ours, field), getattr(other, field)
    if not mine or not theirs:
        return "-"
    return f"{mine / theirs:.2f}x"


def _ours_label(ours: Summary | None) -> str:
    return "ours (auto)" if ours is not None and ours.peer.endswith("@default") else "ours"


def render_tables(summaries: Sequence[Summary]) -> str:
    """Markdown tables: one per workload and destination, then the RSS scaling of our tool.

    "ours / tool" is this project's files/s (MB/s for files of 500 KB and more) divided by the
    tool's; ours is the run at its default (``--concurrency auto``) when the group has one.
    """
    lines: list[str] = []
    by_group: dict[tuple[str, str], list[Summary]] = {}
    for s in summaries:
        by_group.setdefault((s.workload, s.dest), []).append(s)
    scaling = [s for s in summaries if s.scaling]
    for (_, dest), group in by_group.items():
        if group[0].scaling:
            continue
        head = group[0]
        key = "mb_per_s" if _bulk(head) else "files_per_s"
        # The reference: ours as users run it (its default, auto) when the group has it.
        ours = next((s for s in group if s.peer == f"{OURS}@default"), None) or next(
            (s for s in group if s.peer == OURS), None
        )
        ranked = sorted(group, key=lambda s: -(getattr(s, key) or 0.0))
        lines.append(
            f"### {head.title} -> {dest} ({head.files:,} files, {head.bytes / 1e6:,.1f} MB)"
        )
        lines.append("")
        lines.append(
            f"| tool | concurrency | files/s | MB/s | {_ours_label(ours)} / tool | "
            "CPU s per 1k files | peak RSS MB | first tile ms | verified runs |"
        )
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for s in ranked:
            rate = _fmt(s.files_per_s) if s.ok_runs else f"FAILED: {s.problem}"
            lines.append(
                f"| {s.peer} | {s.concurrency or '-'} | {rate} | {_fmt(s.mb_per_s)} | "
                f"{_ratio(ours, s, key)} | {_fmt(s.cpu_per_1k, 3)} | {_fmt(s.max_rss_mb, 1)} | "
                f"{_fmt(s.ttft_ms, 1)} | {s.ok_runs}/{s.runs} |"
            )
        lines.append("")
        retried = [s for s in group if s.retries]
        if retried:
            lines.append(
                "Retried requests (median per run): "
                + ", ".join(f"{s.peer} {_fmt(s.retries)}" for s in retried)
                + "."
            )
            lines.append("")
        inner = [s for s in group if s.inner_files_per_s]
        if inner:
            lines.append(
                "In-process rate (without interpreter start): "
                + ", ".join(
                    f"{s.peer} {_fmt(s.inner_files_per_s)} files/s"
                    + (
                        f" ({_fmt((s.inner_files_per_s or 0) * s.bytes / s.files / 1e6)} MB/s)"
                        if key == "mb_per_s"
                        else ""
                    )
                    for s in inner
                )
                + "."
            )
            lines.append("")
    if scaling:
        lines.append("### Peak RSS by tileset size (tmpfs)")
        lines.append("")
        lines.append(
            "| tool | workload | files | files/s | peak RSS MB | CPU s per 1k files | "
            "verified runs |"
        )
        lines.append("|---|---|---:|---:|---:|---:|---:|")
        for s in scaling:
            lines.append(
                f"| {s.peer} | {s.title} | {s.files:,} | {_fmt(s.files_per_s)} | "
                f"{_fmt(s.max_rss_mb, 1)} | {_fmt(s.cpu_per_1k, 3)} | "
                f"{s.ok_runs}/{s.runs} |"
            )
        mine = [s for s in scaling if s.peer == OURS and s.max_rss_mb]
        if len(mine) >= 2:
            small, big = min(mine, key=lambda s: s.files), max(mine, key=lambda s: s.files)
            assert small.max_rss_mb and big.max_rss_mb
            lines.append("")
            lines.append(
                f"{OURS} peak RSS growth from {small.files:,} to {big.files:,} files: "
                f"{(big.max_rss_mb / small.max_rss_mb - 1) * 100:+.1f}%"
            )
        lines.append("")
    return "\n".join(lines)


def write_json(
    path: Path, *, meta: dict[str, Any], records: Sequence[RunRecord], summaries: Sequence[Summary]
) -> None:
    """All runs and medians, with the machine and tool versions, as one JSON document."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "meta": meta,
        "summary": [attrs.asdict(s) for s in summaries],
        "runs": [attrs.asdict(r) for r in records],
    }
    path.write_text(json.dumps(doc, indent=2) + "\n")


def write_chart(path: Path, summaries: Sequence[Summary], subtitle: str) -> str | None:
    """A PNG bar chart of files/s (MB/s for large files) per tool; None, or why it was skipped."""
    try:  # optional, imported by name so type checking does not need it installed
        importlib.import_module("matplotlib").use("Agg")
        plt: Any = importlib.import_module("matplotlib.pyplot")
    except ImportError:
        return "matplotlib is not installed (pip install matplotlib): no PNG chart"
    groups: dict[tuple[str, str], list[Summary]] = {}
    for s in summaries:
        if not s.scaling:
            groups.setdefault((s.workload, s.dest), []).append(s)
    if not groups:
        return "no workload with peers to chart"
    fig, axes = plt.subplots(len(groups), 1, figsize=(9, 2.2 + 1.9 * len(groups)), squeeze=False)
    for ax, ((_, dest), group) in zip(axes[:, 0], groups.items(), strict=True):
        large = _bulk(group[0])
        key = "mb_per_s" if large else "files_per_s"
        ranked = sorted(group, key=lambda s: getattr(s, key) or 0.0)
        values = [getattr(s, key) or 0.0 for s in ranked]
        colors = ["#d9480f" if s.peer.startswith(OURS) else "#868e96" for s in ranked]
        ax.barh([s.peer for s in ranked], values, color=colors)
        for y, (s, v) in enumerate(zip(ranked, values, strict=True)):
            label = f"{v:,.0f}" if s.ok_runs else "failed"
            ax.text(v, y, f" {label}", va="center", fontsize=8)
        ax.set_title(f"{group[0].title} -> {dest}", fontsize=10)
        ax.set_xlabel("MB/s" if large else "files/s", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.set_xlim(0, max([*values, 1.0]) * 1.18)
    fig.suptitle(f"itwin-mesh-async download benchmark (medians) - {subtitle}", fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return None
