"""Shapes of content formats and odd cases: legacy tiles, multiple contents, glTF with external
resources, mixed formats, gzip, schemas, missing and extra files."""

from __future__ import annotations

import base64

from .formats import b3dm, cmpt, glb, gltf_json, gzip_bytes, i3dm, json_bytes, png, pnts
from .shapes import ROOT, flat
from .tree import (
    SampleTileset,
    TilesetAssembly,
    content_tree,
    relative_uri,
    tile,
    tileset_json,
)

__all__ = [
    "gltf_external",
    "gzip_shape",
    "legacy",
    "mixed",
    "multiple_contents",
    "schema",
    "with_extra",
    "with_missing",
]


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
