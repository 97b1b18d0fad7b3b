"""Drive this project's downloader through its library API, in a process of its own.

``python -m benchmarks.drive_ours TILESET_URL DEST --result FILE [--concurrency 32] [--uvloop]``
mirrors the tileset (with the SAS query string in $BENCH_SAS, if any) by walking it from
``tileset.json`` with ``TileWalker.download``, and writes a JSON result: the report, and the
time from the start to the first tile (a file that is not a tileset JSON) appearing under its
final name in DEST, seen by a watcher thread.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Literal

from itwin_mesh_async.tiles import TileWalker


class FirstTileWatcher:
    """Polls DEST until a tile file appears; records when (cheap: stops at the first one)."""

    def __init__(self, dest: Path, started: float) -> None:
        self.dest = dest
        self.started = started
        self.seconds: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="first-tile", daemon=True)

    def start(self) -> None:
        """Begin watching."""
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (the result stays None if no tile was seen)."""
        self._stop.set()
        self._thread.join()

    def _found(self) -> bool:
        for top, dirs, names in os.walk(self.dest):
            if top == str(self.dest):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
            if any(not n.endswith(".json") and not n.startswith(".") for n in names):
                return True
        return False

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._found():
                self.seconds = time.perf_counter() - self.started
                return
            self._stop.wait(0.001)


async def drive(url: str, dest: Path, concurrency: int | Literal["auto"]) -> dict[str, Any]:
    """Download once; the report as a dict plus ``ttft`` seconds and ``wall`` seconds."""
    walker = TileWalker(concurrency=concurrency)
    started = time.perf_counter()
    watcher = FirstTileWatcher(dest, started)
    watcher.start()
    try:
        report = await walker.download(url, dest, resume=False)
    finally:
        watcher.stop()
    result = report.to_dict()
    result["wall"] = time.perf_counter() - started
    result["ttft"] = watcher.seconds
    return result


def _concurrency(text: str) -> int | Literal["auto"]:
    return "auto" if text == "auto" else int(text)


def main(argv: list[str] | None = None) -> int:
    """Run one download and write its result JSON; exit 1 when some file failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("dest", type=Path)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--concurrency", type=_concurrency, default=32)
    parser.add_argument("--uvloop", action="store_true", help="run on uvloop")
    args = parser.parse_args(argv)
    args.dest.mkdir(parents=True, exist_ok=True)
    sas = os.environ.get("BENCH_SAS", "")  # kept off the command line
    coro = drive(f"{args.url}?{sas}" if sas else args.url, args.dest, args.concurrency)
    # uvloop is optional: imported by name so that type checking does not need it installed.
    run: Any = importlib.import_module("uvloop").run if args.uvloop else asyncio.run
    result: dict[str, Any] = run(coro)
    args.result.write_text(json.dumps(result))
    if result["failed"]:
        print(f"{result['failed']} files failed: {result['failures'][:3]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
