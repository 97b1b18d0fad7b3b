"""Process an export's tiles as they arrive, without writing them to disk.

    python examples/stream_tiles.py EXPORT_ID

Each file comes as a :class:`~itwin_mesh_async.Tile` (``path``, ``data``, ``format``, ``size``)
while the walk goes on; here each one goes through ``process``, which counts bytes per format.
Leaving the ``async with`` block early stops every transfer.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter

import itwin_mesh_async as imx


def process(tile: imx.Tile, sizes: Counter[str]) -> None:
    """Your processing goes here: parse the GLB, index it, upload it elsewhere..."""
    sizes[tile.format] += tile.size


async def stream(export_id: str) -> int:
    sizes: Counter[str] = Counter()
    async with imx.ITwinClient() as client:
        export = await client.mesh_exports.get(export_id)
        async with client.stream_tiles(export) as tiles:
            async for tile in tiles:
                process(tile, sizes)
        failed = tiles.report.failed
    for kind, size in sorted(sizes.items()):
        print(f"{kind}: {size} bytes")
    for failure in failed:
        print(f"failed: {failure.path}: {failure.reason}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(asyncio.run(stream(sys.argv[1])))
