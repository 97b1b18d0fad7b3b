"""Exports made of named GLB tiles, and what a mirror holds, for the sync tests."""

from __future__ import annotations

import json
import subprocess
import sys
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


def _sh(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def mount_tmpfs(path: Path, size: str, *, read_only: bool = False) -> bool:
    """A small tmpfs at ``path`` (a full disk, or a read-only one, on demand); False where
    mounting is not allowed (not root, not Linux)."""
    path.mkdir(exist_ok=True)
    if sys.platform != "linux":
        return False
    return _sh("mount", "-t", "tmpfs", "-o", f"size={size}" + (",ro" if read_only else ""),
               "tmpfs", str(path))  # fmt: skip


def remount(path: Path, options: str) -> bool:
    """Change a tmpfs's options (``size=8m``, ``ro``, ``rw``)."""
    return _sh("mount", "-o", f"remount,{options}", str(path))


def unmount(path: Path) -> None:
    _sh("umount", "-l", str(path))
