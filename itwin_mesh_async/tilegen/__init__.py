"""Generators of valid 3D Tiles data: tile bytes and whole tilesets of many shapes, in memory.

Pure (no server, no network); used by the emulator, the offline demo, tests (ours and users')
and benchmarks::

    from itwin_mesh_async.tilegen import build_tileset, write_tileset
    sample = build_tileset("demo", seed=1)
    sample.files["tileset.json"]; sample.reachable; sample.missing; sample.encodings
    write_tileset(sample, "out/")

Shapes: see `SHAPES`. Byte builders (`glb`, `b3dm`, `subtree_binary`, ...) are re-exported here.
Modules: `formats` (tile bytes), `subtree` (implicit-tiling subtrees), `tree` (tileset JSON and
the `SampleTileset` record), `implicit` (implicit tile trees), `shapes`, `shapes_implicit` and
`shapes_content` (the named shapes), `write` (files on disk).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from . import shapes as _s
from . import shapes_content as _c
from . import shapes_implicit as _i
from .formats import (
    b3dm,
    cmpt,
    filler,
    glb,
    gltf_json,
    gzip_bytes,
    i3dm,
    png,
    pnts,
)
from .subtree import SubtreeFiles, bitstream, morton, subtree_binary, subtree_json
from .tree import SampleTileset, relative_uri
from .write import write_tileset

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

SHAPES: dict[str, Callable[..., SampleTileset]] = {
    "flat": _s.flat,
    "external": _s.external,
    "implicit-quadtree": _i.implicit_quadtree,
    "implicit-octree": _i.implicit_octree,
    "implicit-json-subtree": _i.implicit_json_subtree,
    "implicit-1.0": _i.implicit_1_0,
    "legacy": _c.legacy,
    "multiple-contents": _c.multiple_contents,
    "gltf-external": _c.gltf_external,
    "mixed": _c.mixed,
    "gzip": _c.gzip_shape,
    "schema": _c.schema,
    "with-missing": _c.with_missing,
    "with-extra": _c.with_extra,
    "demo": _s.demo,
    "big": _s.big,
}
"""Shape name -> builder; each builder takes keyword parameters (all optional, `seed` first)."""


def build_tileset(shape: str, **params: Any) -> SampleTileset:
    """Build a sample tileset of the named shape; deterministic for equal `params` (incl. seed).

    Raises ValueError for an unknown shape or bad parameter values, TypeError for unknown
    parameter names.
    """
    try:
        builder = SHAPES[shape]
    except KeyError:
        raise ValueError(f"unknown tileset shape {shape!r}; known: {', '.join(SHAPES)}") from None
    return builder(**params)


def iter_files(shape: str, **params: Any) -> Iterator[tuple[str, bytes]]:
    """`(path, bytes)` of a shape's files; "big" is generated lazily, file by file.

    For "big", every file is reachable and none is missing, so no `SampleTileset` is needed.
    """
    if shape == "big":
        yield from _s.big_files(**params)
    else:
        yield from build_tileset(shape, **params).files.items()
