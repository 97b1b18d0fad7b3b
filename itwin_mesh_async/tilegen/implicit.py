"""Generator of implicit-tiling tilesets: random sparse availability, subtrees and contents."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

from .formats import b3dm, glb, pnts
from .subtree import subtree_binary, subtree_json
from .tree import TilesetAssembly, bounding_box, relative_uri

__all__ = ["implicit_part"]

Coord = tuple[int, ...]


def _children(c: Coord) -> list[Coord]:
    level, xyz = c[0], c[1:]
    dims = len(xyz)
    out = []
    for k in range(1 << dims):
        out.append((level + 1, *((v << 1) | ((k >> d) & 1) for d, v in enumerate(xyz))))
    return out


def _fill(template: str, c: Coord) -> str:
    names = ("level", "x", "y", "z")
    out = template
    for name, value in zip(names, c, strict=False):
        out = out.replace("{" + name + "}", str(value))
    return out


def _availability(
    rng: random.Random,
    dims: int,
    available_levels: int,
    subtree_levels: int,
    *,
    density: float,
    dense_root: bool,
) -> list[list[Coord]]:
    """Available tiles per level; parents always available; tile (l, 0, 0..) always is."""
    levels: list[list[Coord]] = [[(0,) + (0,) * dims]]
    for level in range(1, available_levels):
        row = []
        for parent in levels[-1]:
            for child in _children(parent):
                if (
                    (dense_root and level < subtree_levels)
                    or not any(child[1:])
                    or rng.random() < density
                ):
                    row.append(child)
        levels.append(row)
    return levels


def _content_bytes(template: str, c: Coord, seed: int, size: int | None) -> bytes:
    tile_seed = seed * 7919 + sum((v + 1) * 1000003**i for i, v in enumerate(c))
    if template.endswith(".pnts"):
        return pnts(8, seed=tile_seed)
    data = glb(seed=tile_seed, size=size)
    return b3dm(data) if template.endswith(".b3dm") else data


def implicit_part(
    asm: TilesetAssembly,
    tileset_path: str,
    *,
    rng: random.Random,
    seed: int,
    dims: int = 2,
    subtree_levels: int = 2,
    available_levels: int = 5,
    density: float = 0.45,
    templates: Sequence[str] = ("content/{level}/{x}/{y}.glb",),
    content_odds: Sequence[float] = (0.9, 0.5),
    subtree_template: str = "subtrees/{level}.{x}.{y}.subtree",
    subtree_format: str = "binary",
    external_buffers: bool = False,
    legacy: bool = False,
    dense_root: bool = True,
    size: Callable[[], int | None] = lambda: None,
    error: float = 512.0,
) -> dict[str, Any]:
    """Add the subtrees and contents of one implicit tileset; return its implicit root tile.

    Templates are relative to `tileset_path` (the tileset JSON holding the tile). JSON subtrees
    (`subtree_format="json"`) keep their bitstreams in `buffers/<coords>.bin`, referenced with `..`
    from the subtree file. `legacy=True` writes the 1.0 `3DTILES_implicit_tiling` extension form.
    """
    if subtree_format not in ("binary", "json"):
        raise ValueError("subtree_format must be 'binary' or 'json'")
    if not templates:
        raise ValueError("at least one content template is needed")
    base = tileset_path.rsplit("/", 1)[0] + "/" if "/" in tileset_path else ""
    rows = _availability(
        rng, dims, available_levels, subtree_levels, density=density, dense_root=dense_root
    )
    available = {c for row in rows for c in row}
    contents: list[set[Coord]] = []
    for t, _ in enumerate(templates):
        odds = content_odds[t] if t < len(content_odds) else 0.5
        chosen = {c for row in rows for c in row if not any(c[1:]) or rng.random() < odds}
        contents.append(chosen)
        for c in sorted(chosen):
            path = base + _fill(templates[t], c)
            asm.put(path, _content_bytes(templates[t], c, seed, size()))

    queue: list[Coord] = [(0,) + (0,) * dims]
    while queue:
        root = queue.pop(0)
        local_tiles: list[Coord] = []
        frontier = [root]
        for _ in range(subtree_levels):
            nxt = []
            for c in frontier:
                if c in available:
                    local_tiles.append(c)
                    nxt.extend(_children(c))
            frontier = nxt
        kids = [c for c in frontier if c in available]
        queue.extend(kids)

        def local(c: Coord, root: Coord = root) -> Coord:
            depth = c[0] - root[0]
            return (depth, *(v - (r << depth) for v, r in zip(c[1:], root[1:], strict=True)))

        tiles_local = {local(c) for c in local_tiles}
        contents_local = [{local(c) for c in local_tiles if c in chosen} for chosen in contents]
        kids_local = {local(c) for c in kids}
        path = base + _fill(subtree_template, root)
        stem = ".".join(str(v) for v in root)
        if subtree_format == "json":
            buf_path = base + f"buffers/{stem}.bin"
            files = subtree_json(
                dims=dims,
                subtree_levels=subtree_levels,
                tiles=tiles_local,
                contents=contents_local,
                child_subtrees=kids_local,
                buffer_uri=relative_uri(path, buf_path),
                legacy=legacy,
            )
        else:
            buf_path = path.rsplit("/", 1)[0] + f"/{stem}.bin" if "/" in path else f"{stem}.bin"
            files = subtree_binary(
                dims=dims,
                subtree_levels=subtree_levels,
                tiles=tiles_local,
                contents=contents_local,
                child_subtrees=kids_local,
                legacy=legacy,
                external_buffer_uri=relative_uri(path, buf_path) if external_buffers else None,
            )
        asm.put(path, files.data)
        if files.buffer is not None:
            asm.put(buf_path, files.buffer)

    scheme = "QUADTREE" if dims == 2 else "OCTREE"
    tiling = {
        "subdivisionScheme": scheme,
        "subtreeLevels": subtree_levels,
        "availableLevels": available_levels,
        "subtrees": {"uri": subtree_template},
    }
    out: dict[str, Any] = {
        "boundingVolume": bounding_box(0, 1000.0),
        "geometricError": error,
        "refine": "REPLACE",
    }
    if not legacy:
        if len(templates) == 1:
            out["content"] = {"uri": templates[0]}
        else:
            out["contents"] = [{"uri": t} for t in templates]
        out["implicitTiling"] = tiling
    else:
        ext: dict[str, Any] = {"3DTILES_implicit_tiling": tiling}
        if len(templates) == 1:
            out["content"] = {"uri": templates[0]}
        else:
            ext["3DTILES_multiple_contents"] = {"content": [{"uri": t} for t in templates]}
        out["extensions"] = ext
    return out
