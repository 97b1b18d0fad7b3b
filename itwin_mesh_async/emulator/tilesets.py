"""Generators of valid 3D Tiles data: tile bytes and whole tilesets of many shapes.

Used by the offline demo, by tests (ours and users') and by benchmarks::

    from itwin_mesh_async.emulator.tilesets import build_tileset, write_tileset
    sample = build_tileset("demo", seed=1)
    sample.files["tileset.json"]; sample.reachable; sample.missing; sample.encodings
    write_tileset(sample, "out/")

Shapes: see `SHAPES`. Byte builders (`glb`, `b3dm`, `subtree_binary`, ...) are re-exported here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from . import tilegen_shapes as _s
from .tilegen_formats import (
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
from .tilegen_subtree import SubtreeFiles, bitstream, morton, subtree_binary, subtree_json
from .tilegen_tree import SampleTileset, relative_uri

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
    "implicit-quadtree": _s.implicit_quadtree,
    "implicit-octree": _s.implicit_octree,
    "implicit-json-subtree": _s.implicit_json_subtree,
    "implicit-1.0": _s.implicit_1_0,
    "legacy": _s.legacy,
    "multiple-contents": _s.multiple_contents,
    "gltf-external": _s.gltf_external,
    "mixed": _s.mixed,
    "gzip": _s.gzip_shape,
    "schema": _s.schema,
    "with-missing": _s.with_missing,
    "with-extra": _s.with_extra,
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


def _safe_target(root: Path, rel: str) -> Path:
    parts = rel.split("/")
    if (
        not rel
        or rel.startswith("/")
        or "\\" in rel
        or "\0" in rel
        or any(p in ("", ".", "..") for p in parts)
    ):
        raise ValueError(f"refusing to write unsafe path {rel!r}")
    return root.joinpath(*parts)


def write_tileset(
    sample: SampleTileset | Iterable[tuple[str, bytes]], directory: str | os.PathLike[str]
) -> int:
    """Write the files (a `SampleTileset` or `(path, bytes)` pairs) under `directory`.

    Bytes are written as stored (gzip stays gzip). Returns the number of files written. A path
    that would land outside `directory` raises ValueError before anything is written for it.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    items = sample.files.items() if isinstance(sample, SampleTileset) else sample
    made: set[Path] = set()
    count = 0
    for rel, data in items:
        target = _safe_target(root, rel)
        parent = target.parent
        if parent not in made:
            parent.mkdir(parents=True, exist_ok=True)
            made.add(parent)
        target.write_bytes(data)
        count += 1
    return count
