"""Tileset shapes for tests, the demo and benchmarks: each returns a `SampleTileset`.

Every shape is deterministic by `seed`. Paths are container paths (decoded); the URIs written in
JSON are percent-encoded and relative to the file that holds them.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator

from .tilegen_formats import b3dm, cmpt, glb, gltf_json, gzip_bytes, i3dm, json_bytes, png, pnts
from .tilegen_implicit import implicit_part
from .tilegen_tree import (
    SampleTileset,
    TilesetAssembly,
    content_tree,
    relative_uri,
    sizes,
    tile,
    tileset_json,
)

__all__ = [
    "big_files",
    "demo",
    "external",
    "flat",
    "gltf_external",
    "gzip_shape",
    "implicit_1_0",
    "implicit_json_subtree",
    "implicit_octree",
    "implicit_quadtree",
    "legacy",
    "mixed",
    "multiple_contents",
    "schema",
    "with_extra",
    "with_missing",
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


def legacy(*, seed: int = 0, n: int = 6) -> SampleTileset:
    """A 1.0 tileset that uses `content.url`, b3dm content and a legacy external tileset."""
    asm = TilesetAssembly()
    uris = []
    for i in range(n):
        path = asm.put(f"b3dm/{i}.b3dm", b3dm(glb(seed=seed * 1009 + i), batch_length=i % 3))
        uris.append(relative_uri(ROOT, path))
    sub_tiles = []
    for i in range(2):
        path = asm.put(f"sub/t{i}.b3dm", b3dm(glb(seed=seed * 1009 + 500 + i)))
        sub_tiles.append(relative_uri("sub/tileset.json", path))
    asm.put("sub/tileset.json", tileset_json(content_tree(sub_tiles, 2, key="url"), version="1.0"))
    root = content_tree(uris, 3, key="url")
    root.setdefault("children", []).append(tile(8.0, uri="sub/tileset.json", key="url"))
    asm.put(ROOT, tileset_json(root, version="1.0"))
    return asm.sample()


def multiple_contents(*, seed: int = 0) -> SampleTileset:
    """1.1 `contents[]` tiles and a 1.0 external tileset using `3DTILES_multiple_contents`."""
    asm = TilesetAssembly()
    a = asm.put("a/0.glb", glb(seed=seed))
    b = asm.put("a/0.pnts", pnts(16, seed=seed))
    c = asm.put("b/1.glb", glb(seed=seed + 1))
    shared = asm.put("b/shared.glb", glb(seed=seed + 2))
    x = asm.put("legacy/x.b3dm", b3dm(glb(seed=seed + 3)))
    y = asm.put("legacy/y.i3dm", i3dm(glb(seed=seed + 4), 3, seed=seed))
    z = asm.put("legacy/z.b3dm", b3dm(glb(seed=seed + 5)))
    lt = "legacy/tileset.json"
    ext = "3DTILES_multiple_contents"
    child = tile(4.0, index=1, extensions={ext: {"content": [{"uri": relative_uri(lt, z)}]}})
    legacy_root = tile(
        16.0,
        index=0,
        refine="ADD",
        children=[child],
        extensions={ext: {"content": [{"uri": relative_uri(lt, x)}, {"uri": relative_uri(lt, y)}]}},
    )
    asm.put(
        lt, tileset_json(legacy_root, version="1.0", extensionsUsed=[ext], extensionsRequired=[ext])
    )
    root = tile(
        64.0,
        refine="ADD",
        children=[
            tile(32.0, contents=[a, b], index=1),
            tile(32.0, contents=[c, shared], index=2),
            tile(32.0, uri=lt, index=3),
        ],
    )
    asm.put(ROOT, tileset_json(root))
    return asm.sample()


def gltf_external(*, seed: int = 0) -> SampleTileset:
    """`.gltf` tiles with external `.bin` buffers and images, and GLBs referencing external files.

    One `.gltf` also carries a `data:` image (never fetched); two tiles share one image.
    """
    asm = TilesetAssembly()
    house = "models/house.gltf"
    wall = asm.put("models/textures/wall.png", png(seed))
    data_uri = "data:image/png;base64," + base64.b64encode(png(seed + 9)).decode()
    doc, bin_ = gltf_json("house.bin", [relative_uri(house, wall), data_uri], seed=seed)
    asm.put(house, doc)
    asm.put("models/house.bin", bin_)
    house2 = "models/v2/house 2.gltf"
    doc2, bin2 = gltf_json(
        relative_uri(house2, "models/v2/house 2.bin"), [relative_uri(house2, wall)], seed=seed + 1
    )
    asm.put(house2, doc2)
    asm.put("models/v2/house 2.bin", bin2)
    tex = asm.put("shared/tex ü.png", png(seed + 2))
    extra = png(seed + 3) * 3
    extra_bin = asm.put("shared/extra.bin", extra)
    with_img = "models/with image.glb"
    asm.put(
        with_img,
        glb(
            seed=seed + 4,
            external_uris=[
                relative_uri(with_img, tex),
                (relative_uri(with_img, extra_bin), len(extra)),
            ],
        ),
    )
    root = tile(
        64.0,
        refine="ADD",
        children=[
            tile(8.0, uri=relative_uri(ROOT, house), index=1),
            tile(8.0, uri=relative_uri(ROOT, house2), index=2),
            tile(8.0, uri=relative_uri(ROOT, with_img), index=3),
        ],
    )
    asm.put(ROOT, tileset_json(root))
    return asm.sample()


def mixed(*, seed: int = 0) -> SampleTileset:
    """GLB, b3dm, i3dm (embedded and gltfFormat 0), pnts, cmpt(b3dm+i3dm), odd names, folders."""
    asm = TilesetAssembly()
    s = seed * 101
    uris: list[str] = []

    def add(path: str, data: bytes, query: str = "") -> None:
        asm.put(path, data)
        uris.append(relative_uri(ROOT, path, query))

    add("a.glb", glb(seed=s), "v=2")
    add("sub/b.b3dm", b3dm(glb(seed=s + 1), batch_length=2))
    add("sub/c.i3dm", i3dm(glb(seed=s + 2), 4, seed=s))
    tree = asm.put("models/tree.glb", glb(seed=s + 3))
    add("sub/d.i3dm", i3dm(relative_uri("sub/d.i3dm", tree), 5, seed=s))
    add("points/e.pnts", pnts(32, seed=s))
    lamp = asm.put("models/lamp post.glb", glb(seed=s + 4))
    cm = "sub/dir/f.cmpt"
    add(cm, cmpt([b3dm(glb(seed=s + 5)), i3dm(relative_uri(cm, lamp), 2, seed=s)]))
    add("sub/ü b.glb", glb(seed=s + 6))
    add("a/b/c/deep.glb", glb(seed=s + 7), "v=2&x=1")
    asm.put(ROOT, tileset_json(content_tree(uris, 3)))
    return asm.sample()


def gzip_shape(*, seed: int = 0) -> SampleTileset:
    """Tiles and tileset JSON stored gzip-compressed, with and without `Content-Encoding`."""
    asm = TilesetAssembly()
    t0 = asm.put("tiles/0.glb", gzip_bytes(glb(seed=seed)), encoding="gzip")
    t1 = asm.put("tiles/1.glb", gzip_bytes(glb(seed=seed + 1)))  # recognised by 1f 8b only
    t2 = asm.put("tiles/2.glb", glb(seed=seed + 2))
    ext = "ext/tileset.json"
    ea = asm.put("ext/a.b3dm", gzip_bytes(b3dm(glb(seed=seed + 3))), encoding="gzip")
    eb = asm.put("ext/b.glb", glb(seed=seed + 4))
    asm.put(
        ext,
        gzip_bytes(tileset_json(content_tree([relative_uri(ext, ea), relative_uri(ext, eb)], 2))),
        encoding="gzip",
    )
    ext2 = "ext2/tileset.json"
    ec = asm.put("ext2/c.glb", gzip_bytes(glb(seed=seed + 5)), encoding="gzip")
    asm.put(ext2, gzip_bytes(tileset_json(content_tree([relative_uri(ext2, ec)], 2))))
    asm.put(ROOT, tileset_json(content_tree([t0, t1, t2, ext, ext2], 5)))
    return asm.sample()


def schema(*, seed: int = 0) -> SampleTileset:
    """A tileset with `schemaUri` and a GLB whose `EXT_structural_metadata` has a `schemaUri`."""
    asm = TilesetAssembly()
    body = {
        "id": "tilegen",
        "classes": {
            "element": {"properties": {"height": {"type": "SCALAR", "componentType": "FLOAT32"}}}
        },
    }
    sch = asm.put("schema/schema.json", json_bytes(body))
    gsch = asm.put("schema/glb schema.json", json_bytes({**body, "id": "tilegen_glb"}))
    path = "tiles/0.glb"
    meta = {
        "extensionsUsed": ["EXT_structural_metadata"],
        "extensions": {"EXT_structural_metadata": {"schemaUri": relative_uri(path, gsch)}},
    }
    asm.put(path, glb(seed=seed, json_extra=meta))
    asm.put(ROOT, tileset_json(content_tree([path], 2), schemaUri=relative_uri(ROOT, sch)))
    return asm.sample()


def with_missing(*, seed: int = 0, n: int = 10, absent: int = 3) -> SampleTileset:
    """The "flat" shape with tile `absent` referenced but not stored (a 404)."""
    base = flat(seed=seed, n=n, fanout=3, folder="tiles")
    gone = f"tiles/{absent}.glb"
    if gone not in base.files:
        raise ValueError(f"absent must be in 0..{n - 1}")
    files = {p: b for p, b in base.files.items() if p != gone}
    return SampleTileset(files=files, reachable=base.reachable, missing=frozenset({gone}))


def with_extra(*, seed: int = 0, n: int = 10) -> SampleTileset:
    """The "flat" shape plus blobs no tileset references (for List Blobs mode)."""
    base = flat(seed=seed, n=n, fanout=3)
    files = dict(base.files)
    files["extra/notes.txt"] = b"not part of the tileset\n"
    files["extra/old 0.glb"] = glb(seed=seed + 999)
    files["extra/deep/a/orphan.b3dm"] = b3dm(glb(seed=seed + 998))
    files["unused.json"] = tileset_json(content_tree(["extra/old%200.glb"], 2))
    return SampleTileset(files=files, reachable=base.reachable)
