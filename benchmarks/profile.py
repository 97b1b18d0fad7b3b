"""Profile this project's per-file download path with py-spy and list the hot spots.

    python -m benchmarks.profile [--workload small] [--quick] [--https] [--top 25] [--raw F]

Serves the workload like the benchmark (nginx, or the aiohttp fallback), runs the
``drive_ours`` download under ``py-spy record --gil`` (only samples where Python holds the GIL,
so idle threads and waits do not count), and prints the functions with the most samples: by
self time and inclusive of what they call, as a share of all GIL-holding samples.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .run import REPO, TMPFS
from .servers import Shape, serving
from .tls import make_ca
from .workloads import FULL, QUICK, generate

_FRAME = re.compile(r"(.*) \((.*?)(?::\d+)?\)$")
_PREFIXES = (
    re.compile(r".*/site-packages/"),
    re.compile(r".*/lib/python3\.\d+/"),
    re.compile(re.escape(str(REPO)) + "/"),
)


def _short(frame: str) -> str:
    match = _FRAME.match(frame)
    if not match:
        return frame
    name, path = match.groups()
    for prefix in _PREFIXES:
        path = prefix.sub("", path)
    return f"{name} ({path})"


def hot_spots(lines: Iterable[str]) -> tuple[int, list[tuple[str, int]], list[tuple[str, int]]]:
    """(total samples, self counts, inclusive counts) from py-spy's raw (collapsed) output."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [_short(f) for f in stack.split(";")]
        own[frames[-1]] += n
        for frame in set(frames):
            inclusive[frame] += n
    return total, own.most_common(), inclusive.most_common()


def main(argv: list[str] | None = None) -> int:
    """Profile one download and print the hot spots; 2 when py-spy is missing."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.profile",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--workload", default="small")
    parser.add_argument("--quick", action="store_true", help="the --quick size of the workload")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--rate", type=int, default=500, help="samples per second")
    parser.add_argument("--raw", type=Path, default=None, help="keep py-spy's raw output here")
    parser.add_argument("--uvloop", action="store_true")
    parser.add_argument("--https", action="store_true", help="nginx over TLS (throwaway CA)")
    args = parser.parse_args(argv)
    spy = shutil.which("py-spy")
    if spy is None:
        print("error: py-spy is not installed (pip install py-spy)", file=sys.stderr)
        return 2
    plan = {w.name: w for w in (QUICK if args.quick else FULL)}
    if args.workload not in plan:
        print(
            f"error: unknown workload {args.workload!r}; known: {', '.join(plan)}", file=sys.stderr
        )
        return 2
    workload = plan[args.workload]
    work = TMPFS / "itwin-mesh-bench" if TMPFS.is_dir() else Path(tempfile.gettempdir())
    manifest = generate(workload, work / "data")
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        scratch = Path(tmp)
        raw = args.raw or scratch / "raw.txt"
        shape, env = None, None
        if args.https:
            tls = make_ca(scratch / "ca")
            shape, env = Shape(tls=tls), {**os.environ, "SSL_CERT_FILE": str(tls.ca)}
        with serving(
            work / "data", scratch, probe=f"{workload.key}/tileset.json", shape=shape
        ) as server:
            drive = [
                sys.executable,
                "-m",
                "benchmarks.drive_ours",
                f"{server.base_url}{workload.key}/tileset.json",
                str(scratch / "out"),
                "--result",
                str(scratch / "result.json"),
            ]
            if args.uvloop:
                drive.append("--uvloop")
            cmd = [
                spy,
                "record",
                "--gil",
                "-r",
                str(args.rate),
                "-f",
                "raw",
                "-o",
                str(raw),
                "--",
                *drive,
            ]
            proc = subprocess.run(
                cmd, cwd=REPO, capture_output=True, text=True, check=False, env=env
            )
            if proc.returncode != 0 or not raw.exists():
                print(f"error: py-spy failed: {proc.stderr.strip()[-400:]}", file=sys.stderr)
                return 1
            result = (scratch / "result.json").read_text()
        total, own, inclusive = hot_spots(raw.read_text().splitlines())
    print(f"{manifest.count:,} files from {server.kind}; {total} GIL-holding samples")
    print(f"result: {result[:160]}")
    for title, rows in (("self", own), ("inclusive", inclusive)):
        print(f"\n-- {title} (% of samples)")
        for name, count in rows[: args.top]:
            print(f"{count / max(total, 1) * 100:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
