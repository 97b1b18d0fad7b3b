"""Deprecated: the tileset generators are the package :mod:`itwin_mesh_async.tilegen`.

Import ``build_tileset``, ``write_tileset``, ``iter_files`` and the byte builders from
``itwin_mesh_async.tilegen`` instead; this module re-exports them unchanged.
"""

from __future__ import annotations

import warnings

from ..tilegen import (
    SHAPES,
    SampleTileset,
    SubtreeFiles,
    b3dm,
    bitstream,
    build_tileset,
    cmpt,
    filler,
    glb,
    gltf_json,
    gzip_bytes,
    i3dm,
    iter_files,
    morton,
    png,
    pnts,
    relative_uri,
    subtree_binary,
    subtree_json,
    write_tileset,
)

__all__ = [
    "SHAPES",
    "SampleTileset",
    "SubtreeFiles",
    "b3dm",
    "bitstream",
    "build_tileset",
    "cmpt",
    "filler",
    "glb",
    "gltf_json",
    "gzip_bytes",
    "i3dm",
    "iter_files",
    "morton",
    "png",
    "pnts",
    "relative_uri",
    "subtree_binary",
    "subtree_json",
    "write_tileset",
]

warnings.warn(
    "itwin_mesh_async.emulator.tilesets is deprecated: import the tileset generators from"
    " itwin_mesh_async.tilegen",
    DeprecationWarning,
    stacklevel=2,
)
