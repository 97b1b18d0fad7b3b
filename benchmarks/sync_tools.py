"""The pieces of the sync benchmark (``benchmarks/sync.py``): exports A and B on disk, each
tool's timed run in a child process, and the check that a run left B's exact mirror."""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from itwin_mesh_async.tilegen import glb

__all__ = [
    "Exports",
    "Run",
    "build",
    "checked",
    "copy_mirror",
    "median_runs",
    "run_ours",
    "run_rclone",
    "verify",
]

STATE_DIR = ".itwin-mesh"


@attrs.frozen
class Exports:
    """Exports A and B (path -> the file holding its bytes), and what changed between them."""

    a: dict[str, Path]
    b: dict[str, Path]
    b_md5: dict[str, bytes] = attrs.field(repr=False)
    moved: frozenset[str]  # B's paths whose bytes A had at another path
    shape: dict[str, int]

    def layout(self) -> dict[str, dict[str, str]]:
        """``{"A": {path: file}, "B": ...}`` for the emulator's process."""
        return {
            name: {p: str(f) for p, f in files.items()}
            for name, files in (("A", self.a), ("B", self.b))
        }


def _tileset(paths: list[str]) -> bytes:
    box = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
    children = [{"boundingVolume": box, "geometricError": 0, "content": {"uri": p}} for p in paths]
    root = {"boundingVolume": box, "geometricError": 1, "refine": "ADD", "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 2, "root": root}).encode()


def build(tiles: int, size: int, work: Path) -> Exports:
    """Export A of ``tiles`` GLB tiles; B with 10 % of them changed, 5 % removed, 5 % added and
    5 % moved (same bytes, new path); each with a root ``tileset.json`` listing its tiles."""
    a = {f"tiles/{i // 500}/{i}.glb": glb(seed=i, size=size) for i in range(tiles)}
    names = sorted(a)
    n = max(1, tiles // 20)  # 5 %
    changed, removed, moved = names[: 2 * n], names[2 * n : 3 * n], names[3 * n : 4 * n]
    gone = set(removed) | set(moved)
    b = {p: data for p, data in a.items() if p not in gone}
    for i, p in enumerate(changed):
        b[p] = glb(seed=tiles * 2 + i, size=size)
    for p in moved:
        b["moved/" + p] = a[p]
    added = [f"added/{i}.glb" for i in range(n)]
    for i, p in enumerate(added):
        b[p] = glb(seed=tiles * 3 + i, size=size)
    a["tileset.json"] = _tileset(names)
    b["tileset.json"] = _tileset(sorted(p for p in b if p != "tileset.json"))
    on_disk: dict[str, dict[str, Path]] = {}
    for name, files in (("A", a), ("B", b)):
        folder = work / "exports" / name
        folder.mkdir(parents=True, exist_ok=True)
        on_disk[name] = {}
        for i, (path, data) in enumerate(files.items()):
            target = folder / f"{i}.bin"
            target.write_bytes(data)
            on_disk[name][path] = target
    shape = {
        "files_a": len(a),
        "files_b": len(b),
        "changed": len(changed),
        "removed": len(removed),
        "added": len(added),
        "moved": len(moved),
        "changed_added_bytes": sum(len(b[p]) for p in changed + added),
        "tileset_json_bytes": len(b["tileset.json"]),
        "b_bytes": sum(len(v) for v in b.values()),
    }
    return Exports(
        a=on_disk["A"],
        b=on_disk["B"],
        b_md5={p: hashlib.md5(v, usedforsecurity=False).digest() for p, v in b.items()},
        moved=frozenset("moved/" + p for p in moved),
        shape=shape,
    )


@attrs.frozen
class Run:
    """One timed run of one tool."""

    seconds: float  # wall time of the whole process, interpreter start included
    cpu: float  # the tool's user + system seconds
    server_cpu: float | None  # the server's CPU seconds meanwhile (None: not known)
    bytes: int  # downloaded
    fetched: int  # files downloaded
    reused: int = 0  # files kept or linked from what DEST held (ours)
    deleted: int = 0
    moved_fetched: int | None = None  # moved files downloaded again (per-path tools)
    problem: str = ""  # why the mirror is wrong, "" when it is B's exact mirror


def _server_cpu(pid: int | None) -> float | None:
    """CPU seconds a process used so far (Linux ``/proc``), None elsewhere."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed(
    cmd: list[str], env: dict[str, str], server: int | None
) -> tuple[float, float, float | None, subprocess.CompletedProcess[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    served = _server_cpu(server)
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    served_after = _server_cpu(server)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip()[-600:]
        raise RuntimeError(f"{Path(cmd[0]).name} exited with {done.returncode}: {tail}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    server_cpu = None if served is None or served_after is None else served_after - served
    return wall, cpu, server_cpu, done


def run_ours(url: str, dest: Path, env: dict[str, str], *, server: int | None = None) -> Run:
    """``itwin-mesh download DEST --url URL`` (a container SAS in the URL), as users run it;
    the package comes from ``env``'s PYTHONPATH (``-P``: not from the working folder)."""
    cmd = [sys.executable, "-P", "-m", "itwin_mesh_async", "--json", "-q", "download", str(dest)]
    wall, cpu, server_cpu, done = _timed([*cmd, "--url", url, "--concurrency", "32"], env, server)
    summary = json.loads(done.stdout)
    return Run(
        seconds=wall,
        cpu=cpu,
        server_cpu=server_cpu,
        bytes=summary["bytes"],
        fetched=summary["tiles"],
        reused=summary["reused"] + summary["skipped"],
        deleted=summary["deleted"],
    )


_COPIED = re.compile(r"INFO {2}: (.*): Copied \((?:new|replaced existing)\)$")
_DELETED = re.compile(r"INFO {2}: (.*): Deleted$")


def run_rclone(
    sas_url: str, container: str, dest: Path, exports: Exports, *, server: int | None = None
) -> Run:
    """``rclone sync :azureblob:CONTAINER DEST --checksum`` (size and MD5 per path, the
    comparison that suits another export; the SAS in rclone's environment, not on its command
    line)."""
    binary = shutil.which("rclone")
    assert binary is not None
    conf = dest.parent / "rclone.conf"
    conf.write_text("")
    cmd = [binary, "sync", f":azureblob:{container}", str(dest), "--checksum",
           "--transfers", "32", "--checkers", "32", "--config", str(conf), "-v"]  # fmt: skip
    env = {**os.environ, "RCLONE_AZUREBLOB_SAS_URL": sas_url}
    wall, cpu, server_cpu, done = _timed(cmd, env, server)
    lines = done.stderr.splitlines()
    copied = [m.group(1) for line in lines if (m := _COPIED.search(line))]
    deleted = sum(1 for line in lines if _DELETED.search(line))
    return Run(
        seconds=wall,
        cpu=cpu,
        server_cpu=server_cpu,
        bytes=sum(exports.b[p].stat().st_size for p in copied if p in exports.b),
        fetched=len(copied),
        reused=len(exports.b) - len(copied),  # what DEST held, compared by MD5 and kept
        deleted=deleted,
        moved_fetched=sum(1 for p in copied if p in exports.moved),
    )


def verify(dest: Path, exports: Exports) -> str:
    """ "" when ``dest`` (its state folder aside) holds exactly B's files, else what is wrong."""
    found: set[str] = set()
    for top, dirs, names in os.walk(dest):
        if Path(top) == dest:
            dirs[:] = [d for d in dirs if d != STATE_DIR]
        found.update(Path(top, n).relative_to(dest).as_posix() for n in names)
    missing = set(exports.b_md5) - found
    extra = found - set(exports.b_md5)
    wrong = [
        p
        for p in sorted(found & set(exports.b_md5))
        if hashlib.md5((dest / p).read_bytes(), usedforsecurity=False).digest() != exports.b_md5[p]
    ]
    if not (missing or extra or wrong):
        return ""
    return f"mirror wrong: missing {len(missing)}, extra {len(extra)}, bad content {len(wrong)}"


def checked(run: Run, dest: Path, exports: Exports) -> Run:
    """``run`` with its mirror verified (``problem`` set when it is not B's exact mirror)."""
    return attrs.evolve(run, problem=verify(dest, exports))


def copy_mirror(source: Path, dest: Path, *, state: bool = True) -> None:
    """A copy of a mirror with modification times to the nanosecond (the manifest's quick
    check compares them); ``state=False`` leaves the tool's state folder out."""
    if dest.exists():
        shutil.rmtree(dest)
    ignore = None if state else shutil.ignore_patterns(STATE_DIR)
    shutil.copytree(source, dest, symlinks=True, ignore=ignore)


def median_runs(runs: Sequence[Run]) -> dict[str, Any]:
    """The medians of the verified runs (every field), with how many passed."""
    good = [r for r in runs if not r.problem]
    summary: dict[str, Any] = {"runs": len(runs), "verified": len(good)}
    summary["problems"] = sorted({r.problem for r in runs if r.problem})
    if not good:
        return summary
    for field in ("seconds", "cpu", "server_cpu", "bytes", "fetched", "reused", "deleted"):
        values = [getattr(r, field) for r in good if getattr(r, field) is not None]
        summary[field] = statistics.median(values) if values else None
    moved = [r.moved_fetched for r in good if r.moved_fetched is not None]
    summary["moved_fetched"] = statistics.median(moved) if moved else None
    return summary
