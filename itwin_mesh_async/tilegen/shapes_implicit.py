"""Shapes of implicit tilesets: quadtrees and octrees with binary or JSON subtrees, 1.0 style."""

from __future__ import annotations

import random

from .implicit import implicit_part
from .shapes import ROOT
from .tree import (
    SampleTileset,
    TilesetAssembly,
    tileset_json,
)

__all__ = [
    "implicit_1_0",
    "implicit_json_subtree",
    "implicit_octree",
    "implicit_quadtree",
]


def _implicit(
    *,
    dims: int,
    seed: int,
    subtree_levels: int,
    available_levels: int,
    density: float,
    contents: int,
    external_buffers: bool,
    size: int | None,
) -> SampleTileset:
    if contents not in (1, 2):
        raise ValueError("contents must be 1 or 2")
    rng = random.Random(seed)
    asm = TilesetAssembly()
    coords = "{x}/{y}" if dims == 2 else "{x}/{y}/{z}"
    subtree = (
        "subtrees/{level}.{x}.{y}.subtree" if dims == 2 else "subtrees/{level}.{x}.{y}.{z}.subtree"
    )
    templates = [f"content/{{level}}/{coords}.glb", f"points/{{level}}/{coords}.pnts"][:contents]
    root = implicit_part(
        asm,
        ROOT,
        rng=rng,
        seed=seed,
        dims=dims,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        density=density,
        templates=templates,
        subtree_template=subtree,
        external_buffers=external_buffers,
        size=lambda: size,
    )
    asm.put(ROOT, tileset_json(root))
    return asm.sample()


def implicit_quadtree(
    *,
    seed: int = 0,
    subtree_levels: int = 2,
    available_levels: int = 6,
    density: float = 0.45,
    contents: int = 2,
    external_buffers: bool = False,
    size: int | None = None,
) -> SampleTileset:
    """1.1 `implicitTiling` QUADTREE with binary subtrees over several subtree levels.

    The root subtree is fully available (constant availability); deeper subtrees are sparse
    (bitstreams); the deepest have no child subtrees (constant 0). `contents=2` uses two content
    templates (GLB and pnts); `external_buffers` moves bitstreams to external `.bin` files.
    """
    return _implicit(
        dims=2,
        seed=seed,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        density=density,
        contents=contents,
        external_buffers=external_buffers,
        size=size,
    )


def implicit_octree(
    *,
    seed: int = 0,
    subtree_levels: int = 2,
    available_levels: int = 4,
    density: float = 0.3,
    contents: int = 1,
    external_buffers: bool = False,
    size: int | None = None,
) -> SampleTileset:
    """1.1 `implicitTiling` OCTREE with binary subtrees (`{level}/{x}/{y}/{z}` templates)."""
    return _implicit(
        dims=3,
        seed=seed,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        density=density,
        contents=contents,
        external_buffers=external_buffers,
        size=size,
    )


def implicit_json_subtree(
    *, seed: int = 0, subtree_levels: int = 2, available_levels: int = 5, density: float = 0.5
) -> SampleTileset:
    """1.1 implicit quadtree whose subtrees are JSON files with an external buffer `../*.bin`."""
    rng = random.Random(seed)
    asm = TilesetAssembly()
    root = implicit_part(
        asm,
        ROOT,
        rng=rng,
        seed=seed,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        density=density,
        subtree_template="subtrees/{level}.{x}.{y}.json",
        subtree_format="json",
        dense_root=False,
    )
    asm.put(ROOT, tileset_json(root))
    return asm.sample()


def implicit_1_0(
    *,
    seed: int = 0,
    subtree_levels: int = 2,
    available_levels: int = 5,
    density: float = 0.5,
    contents: int = 1,
) -> SampleTileset:
    """3D Tiles 1.0 with the `3DTILES_implicit_tiling` extension (b3dm content, `bufferView`)."""
    rng = random.Random(seed)
    asm = TilesetAssembly()
    templates = ["content/{level}/{x}/{y}.b3dm", "points/{level}/{x}/{y}.pnts"][:contents]
    root = implicit_part(
        asm,
        ROOT,
        rng=rng,
        seed=seed,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        density=density,
        templates=templates,
        legacy=True,
        dense_root=False,
    )
    used = ["3DTILES_implicit_tiling"] + (["3DTILES_multiple_contents"] if contents > 1 else [])
    asm.put(ROOT, tileset_json(root, version="1.0", extensionsUsed=used, extensionsRequired=used))
    return asm.sample()
