"""Shapes of explicit tilesets: flat trees, external tilesets, the demo and the big one.

Every shape is deterministic by `seed` and returns a `SampleTileset` (or, for `big_files`, its
files one by one). Paths are container paths (decoded); the URIs written in JSON are
percent-encoded and relative to the file that holds them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .formats import glb
from .implicit import implicit_part
from .tree import (
    SampleTileset,
    TilesetAssembly,
    content_tree,
    relative_uri,
    sizes,
    tile,
    tileset_json,
)

__all__ = [
    "big",
    "big_files",
    "demo",
    "external",
    "flat",
]

ROOT = "tileset.json"


def _odd_name(i: int) -> str:
    """File names with spaces, unicode and other legal characters, for some tiles."""
    return ("tile {i}.glb", "tüle-{i}.glb", "t+{i} (copy).glb", "{i}.glb")[i % 4].format(i=i)


def _flat_path(i: int, fanout: int, nested: bool, odd: bool, folder: str) -> str:
    name = _odd_name(i) if odd and i % 3 == 1 else f"{i}.glb"
    if not nested:
        return f"{folder}/{name}" if folder else name
    chain = []
    j = i
    while j > 0:
        j = (j - 1) // fanout
        chain.append(str(j))
    return "/".join([folder, *reversed(chain), name] if folder else [*reversed(chain), name])


def flat(
    *,
    seed: int = 0,
    n: int = 20,
    fanout: int = 4,
    nested: bool = False,
    odd_names: bool = False,
    size: int | None = None,
    folder: str = "tiles",
) -> SampleTileset:
    """`n` GLB tiles in one tileset JSON, a tree of `fanout` children per tile.

    `nested` puts each tile in folders named by its ancestors (`tiles/0/1/5.glb`); `odd_names`
    uses spaces, unicode, `+` and parentheses in some names and `?v=2` queries on some URIs.
    """
    asm = TilesetAssembly()
    uris = []
    for i in range(n):
        path = _flat_path(i, fanout, nested, odd_names, folder)
        asm.put(path, glb(seed=seed * 100003 + i, size=size))
        uris.append(relative_uri(ROOT, path, "v=2" if odd_names and i % 5 == 3 else ""))
    asm.put(ROOT, tileset_json(content_tree(uris, fanout)))
    return asm.sample()


def _external_path(i: int, odd: bool) -> str:
    if i % 3 == 1:
        return f"sets/s{i}/deep/part{i}.3dtiles"  # an external tileset not named *.json
    if i % 3 == 2 and odd:
        return f"sets/s{i} ünï/tileset.json"
    return f"sets/s{i}/tileset.json"


def external(
    *, seed: int = 0, n: int = 24, k: int = 3, odd_names: bool = True, size: int | None = None
) -> SampleTileset:
    """`n` tiles split across `k` external tilesets in nested folders.

    Contents sit under `tiles/` and are referenced from the external tilesets with `..`; one
    external tileset is not named `*.json`; external tileset 0 holds a nested external tileset
    (referenced with `?v=1` when `odd_names`) and repeats the root's content; the last one
    refers back to the root `tileset.json` (a cycle).
    """
    if k < 1:
        raise ValueError("k must be >= 1")
    asm = TilesetAssembly()
    asm.put("tiles/root.glb", glb(seed=seed * 100003 - 1, size=size))
    children = [tile(128.0, uri=relative_uri(ROOT, "tiles/root.glb"), index=0)]
    for e in range(k):
        path = _external_path(e, odd_names)
        mine = [j for j in range(n) if j % k == e]
        tile_paths = [f"tiles/e{e}/{j}.glb" for j in mine]
        for j, tp in zip(mine, tile_paths, strict=True):
            asm.put(tp, glb(seed=seed * 100003 + j, size=size))
        inner_paths: list[str] = []
        if e == 0 and len(tile_paths) > 1:
            inner_paths, tile_paths = tile_paths[1::2], tile_paths[::2]
        sub = content_tree([relative_uri(path, tp) for tp in tile_paths], 3, error=64.0)
        extra = sub.setdefault("children", [])
        if inner_paths:
            inner = path.rsplit("/", 1)[0] + "/inner/more.json"
            asm.put(
                inner,
                tileset_json(
                    content_tree([relative_uri(inner, tp) for tp in inner_paths], 2, error=32.0)
                ),
            )
            # a query on an external tileset's URI: its children still resolve against it
            query = "v=1" if odd_names else ""
            extra.append(tile(32.0, uri=relative_uri(path, inner, query), index=1))
        if e == 0:
            extra.append(tile(16.0, uri=relative_uri(path, "tiles/root.glb"), index=2))
        if e == k - 1:
            extra.append(tile(16.0, uri=relative_uri(path, ROOT), index=3))
        asm.put(path, tileset_json(sub, error=64.0))
        children.append(tile(64.0, uri=relative_uri(ROOT, path), index=e + 1))
    asm.put(ROOT, tileset_json(tile(256.0, children=children, refine="ADD")))
    return asm.sample()


_DEMO_MODELS = (
    "Architecture",
    "Structural",
    "MEP Services",
    "Site Plan",
    "Gebäude Nord",
    "Civil",
    "Landscape",
    "Interiors",
    "Façade",
    "Utilities",
)


def demo(
    *,
    seed: int = 0,
    tiles: int = 2400,
    models: int = 5,
    parts: int = 3,
    implicit: bool = True,
    min_size: int = 2048,
    max_size: int = 40960,
) -> SampleTileset:
    """A realistic iTwin-like export of a few thousand files.

    Root `tileset.json` -> one external tileset per model (`models/<name>/tileset.json`), each
    split into part tilesets whose GLB contents sit in nested level folders, plus an implicit
    quadtree `terrain/` part with binary subtrees. GLB sizes are spread log-uniformly between
    `min_size` and `max_size`.
    """
    if not 1 <= models <= len(_DEMO_MODELS):
        raise ValueError(f"models must be 1..{len(_DEMO_MODELS)}")
    rng = random.Random(seed)
    asm = TilesetAssembly()
    all_sizes = iter(sizes(rng, tiles, min_size, max_size))
    children = []
    counts = [tiles // models + (1 if m < tiles % models else 0) for m in range(models)]
    tile_no = 0
    for m, count in enumerate(counts):
        name = _DEMO_MODELS[m]
        model_path = f"models/{name}/tileset.json"
        part_tiles = []
        chunks = [count // parts + (1 if p < count % parts else 0) for p in range(parts)]
        for p, chunk in enumerate(chunks):
            part_path = f"models/{name}/part{p}/tileset.json"
            fanout = rng.choice((4, 6, 8))
            uris = []
            for i in range(chunk):
                depth = 0
                j = i
                while j > 0:
                    j = (j - 1) // fanout
                    depth += 1
                path = f"models/{name}/part{p}/{depth}/{i // 64}/{i}.glb"
                asm.put(path, glb(seed=seed * 1000003 + tile_no, size=next(all_sizes)))
                tile_no += 1
                uris.append(relative_uri(part_path, path))
            asm.put(part_path, tileset_json(content_tree(uris, fanout, error=128.0), error=128.0))
            part_tiles.append(tile(128.0, uri=relative_uri(model_path, part_path), index=p))
        asm.put(
            model_path, tileset_json(tile(256.0, children=part_tiles, refine="ADD"), error=256.0)
        )
        children.append(tile(256.0, uri=relative_uri(ROOT, model_path), index=m))
    if implicit:
        terrain = "terrain/tileset.json"
        root = implicit_part(
            asm,
            terrain,
            rng=rng,
            seed=seed,
            subtree_levels=3,
            available_levels=6,
            density=0.5,
            size=lambda: sizes(rng, 1, min_size, max_size)[0],
        )
        asm.put(terrain, tileset_json(root, error=1024.0))
        children.append(tile(1024.0, uri=relative_uri(ROOT, terrain), index=models))
    asm.put(ROOT, tileset_json(tile(2048.0, children=children, refine="ADD"), error=4096.0))
    return asm.sample()


def big_files(
    *, seed: int = 0, n: int = 100_000, per_tileset: int = 1000, size: int | None = None
) -> Iterator[tuple[str, bytes]]:
    """The files of the "big" shape, generated one by one (nothing is held in memory).

    `n` tiny GLBs under `t/<set>/<hundreds>/<i>.glb`, `per_tileset` per external tileset
    `sets/<set>.json`. All GLBs share one template; only 8 unreferenced bytes at the end of the
    BIN chunk differ, so generation is fast and every file is distinct and valid.
    """
    if per_tileset < 1:
        raise ValueError("per_tileset must be >= 1")
    # at least 8 filler bytes after the positions: they carry the per-tile variation
    template = glb(seed=seed, size=max(size or 0, len(glb(seed=seed)) + 8))
    head = template[:-8]
    groups = (n + per_tileset - 1) // per_tileset
    children = []
    for g in range(groups):
        set_path = f"sets/{g}.json"
        kids = []
        for i in range(g * per_tileset, min(n, (g + 1) * per_tileset)):
            path = f"t/{g}/{(i % per_tileset) // 100}/{i}.glb"
            yield path, head + (seed * 1_000_003 + i).to_bytes(8, "little")
            kids.append(tile(1.0, uri=relative_uri(set_path, path), index=i))
        yield set_path, tileset_json(tile(8.0, children=kids, refine="ADD"), error=8.0)
        children.append(tile(8.0, uri=relative_uri(ROOT, set_path), index=g))
    yield ROOT, tileset_json(tile(64.0, children=children, refine="ADD"), error=64.0)


def big(
    *, seed: int = 0, n: int = 100_000, per_tileset: int = 1000, size: int | None = None
) -> SampleTileset:
    """`n` tiny tiles via external tilesets, all in memory (see `big_files` to stream)."""
    files = dict(big_files(seed=seed, n=n, per_tileset=per_tileset, size=size))
    return SampleTileset(files=files, reachable=frozenset(files))
