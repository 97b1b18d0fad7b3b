"""Drive ``TileWalker.stream`` in a process of its own: every tile in memory, none on disk.

``python -m benchmarks.drive_stream TILESET_URL --result FILE [--concurrency 32]
[--consumer-delay SECONDS]`` iterates the stream to the end, counting tiles and bytes (and
hashing nothing: the point is the walker's own cost and memory), optionally sleeping after each
tile to play a slow consumer, and writes a JSON result: ``tiles``, ``bytes``, ``failed``,
``wall`` and ``ttft`` (seconds from the start to the first tile that is not a tileset JSON).
Peak RSS, measured by the runner, shows whether the stream's window stays bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Literal

from itwin_mesh_async.tiles import TileWalker


async def drive(url: str, concurrency: int | Literal["auto"], delay: float) -> dict[str, Any]:
    """Consume the whole stream; its counts, failures, wall time and first-tile time."""
    walker = TileWalker(concurrency=concurrency)
    started = time.perf_counter()
    ttft: float | None = None
    tiles = size = 0
    async with walker.stream(url) as stream:
        async for tile in stream:
            if ttft is None and not tile.path.endswith(".json"):
                ttft = time.perf_counter() - started
            tiles += 1
            size += len(tile.data)
            if delay:
                await asyncio.sleep(delay)
        report = stream.report
    return {
        "tiles": tiles,
        "bytes": size,
        "failed": len(report.failed),
        "failures": [{"path": f.path, "reason": f.reason} for f in report.failed[:5]],
        "wall": time.perf_counter() - started,
        "ttft": ttft,
    }


def _concurrency(text: str) -> int | Literal["auto"]:
    return "auto" if text == "auto" else int(text)


def main(argv: list[str] | None = None) -> int:
    """Stream once and write the result JSON; exit 1 when some file failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--concurrency", type=_concurrency, default=32)
    parser.add_argument("--consumer-delay", type=float, default=0.0)
    args = parser.parse_args(argv)
    sas = os.environ.get("BENCH_SAS", "")  # kept off the command line
    url = f"{args.url}?{sas}" if sas else args.url
    result = asyncio.run(drive(url, args.concurrency, args.consumer_delay))
    args.result.write_text(json.dumps(result))
    if result["failed"]:
        print(f"{result['failed']} files failed: {result['failures']}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
