"""What the emulator stores by default: blob Content-Types by name and a minimal tileset."""

from __future__ import annotations

import json

from ..tilegen.formats import glb

__all__ = ["content_type_for", "minimal_tileset"]

_CONTENT_TYPES = {
    ".json": "application/json",
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".b3dm": "application/octet-stream",
    ".i3dm": "application/octet-stream",
    ".pnts": "application/octet-stream",
    ".cmpt": "application/octet-stream",
    ".subtree": "application/octet-stream",
    ".bin": "application/octet-stream",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".ktx2": "image/ktx2",
    ".webp": "image/webp",
}


def content_type_for(path: str) -> str:
    """The Content-Type a blob of this name is stored with."""
    dot = path.rfind(".")
    return (
        _CONTENT_TYPES.get(path[dot:].lower(), "application/octet-stream")
        if dot >= 0
        else "application/octet-stream"
    )


def minimal_tileset() -> dict[str, bytes]:
    """A valid two-file 3D Tiles 1.1 tileset: ``tileset.json`` and one GLB tile.

    Used for exports started through the API when no generator is configured.
    """
    tileset = {
        "asset": {"version": "1.1"},
        "geometricError": 100.0,
        "root": {
            "boundingVolume": {"box": [0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 10]},
            "geometricError": 0.0,
            "refine": "REPLACE",
            "content": {"uri": "tiles/0.glb"},
        },
    }
    return {"tileset.json": json.dumps(tileset, indent=1).encode(), "tiles/0.glb": glb()}
