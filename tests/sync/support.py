"""Exports made of named GLB tiles, and what a mirror holds, for the sync tests."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles.mirror import STATE_DIR


def tile(seed: int, size: int = 600) -> bytes:
    """A valid GLB whose bytes depend on ``seed``."""
    return glb(seed=seed, size=size)


def export_files(tiles: Mapping[str, bytes], *, name: str = "tileset.json") -> dict[str, bytes]:
    """A tileset whose root has one child per tile (path -> bytes), plus the tiles."""
    children = [
        {
            "boundingVolume": {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]},
            "geometricError": 0,
            "content": {"uri": path},
        }
        for path in tiles
    ]
    tileset = {
        "asset": {"version": "1.1"},
        "geometricError": 10,
        "root": {
            "boundingVolume": {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]},
            "geometricError": 5,
            "refine": "ADD",
            "children": children,
        },
    }
    return {name: json.dumps(tileset).encode(), **tiles}


def mirror_files(dest: Path) -> dict[str, bytes]:
    """Every file in ``dest`` but the tool's state folder."""
    return {
        p.relative_to(dest).as_posix(): p.read_bytes()
        for p in dest.rglob("*")
        if p.is_file() and p.relative_to(dest).parts[0] != STATE_DIR
    }
