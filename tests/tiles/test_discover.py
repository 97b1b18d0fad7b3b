"""discover(): every traversal case of 3D Tiles 1.0/1.1, hostile input, and whole-tileset walks."""

from __future__ import annotations

import gzip
import json
import struct
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from yarl import URL

from itwin_mesh_async.errors import InvalidArgumentError, TileFormatError, UnsafeReferenceError
from itwin_mesh_async.tiles.limits import Limits
from itwin_mesh_async.tiles.parse.discover import (
    Discovery,
    Ref,
    RefKind,
    discover,
    discover_subtree,
)
from itwin_mesh_async.tiles.parse.implicit import ImplicitContext
from itwin_mesh_async.urls import container_root, relative_path, resolve_reference

SAS = "sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sp=rl&sig=Zm9v%2Bb2%2Fx%3D"
ROOT_URL = URL(f"http://blob.test/c/export/tileset.json?{SAS}", encoded=True)
PLAIN_ROOT = URL("http://blob.test/c/export/tileset.json")
LIMITS = Limits()
C = RefKind.TILESET_OR_CONTENT


# -- builders -----------------------------------------------------------------------------------


def _pad(data: bytes, fill: bytes, align: int) -> bytes:
    return data + fill * (-len(data) % align)


def jbytes(doc: Any) -> bytes:
    return json.dumps(doc).encode()


def glb(doc: dict[str, Any] | None = None) -> bytes:
    body = _pad(jbytes(doc or {"asset": {"version": "2.0"}}), b" ", 4)
    chunk = struct.pack("<II", len(body), 0x4E4F534A) + body
    return b"glTF" + struct.pack("<II", 2, 12 + len(chunk)) + chunk


def tables_tile(magic: bytes, body: bytes, extra: bytes = b"") -> bytes:
    ft = _pad(b"{}", b" ", 8)
    total = 28 + len(extra) + len(ft) + len(body)
    return magic + struct.pack("<IIIIII", 1, total, len(ft), 0, 0, 0) + extra + ft + body


def b3dm(inner: bytes) -> bytes:
    return tables_tile(b"b3dm", inner)


def i3dm(inner: bytes | str) -> bytes:
    if isinstance(inner, str):
        return tables_tile(b"i3dm", _pad(inner.encode(), b" ", 8), struct.pack("<I", 0))
    return tables_tile(b"i3dm", inner, struct.pack("<I", 1))


def pnts() -> bytes:
    return tables_tile(b"pnts", b"")


def cmpt(*tiles: bytes) -> bytes:
    body = b"".join(tiles)
    return b"cmpt" + struct.pack("<III", 1, 16 + len(body), len(tiles)) + body


def subtree(doc: dict[str, Any], binary: bytes = b"") -> bytes:
    js = _pad(jbytes(doc), b" ", 8)
    binary = _pad(binary, b"\x00", 8)
    return b"subt" + struct.pack("<IQQ", 1, len(js), len(binary)) + js + binary


def tileset(root: dict[str, Any], **extra: Any) -> bytes:
    return jbytes({"asset": {"version": "1.1"}, "geometricError": 1, "root": root, **extra})


def gltf_with(buffers: list[str], images: list[str], schema: str | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "asset": {"version": "2.0"},
        "buffers": [{"uri": u, "byteLength": 4} for u in buffers] + [{"byteLength": 4}],
        "images": [{"uri": u} for u in images] + [{"bufferView": 0, "mimeType": "image/png"}],
    }
    if schema is not None:
        doc["extensions"] = {"EXT_structural_metadata": {"schemaUri": schema}}
    return doc


def uris(found: Discovery) -> list[tuple[str, RefKind]]:
    return [(r.uri, r.kind) for r in found.refs]


def disc(data: bytes, name: str = "tileset.json", kind: RefKind = C) -> Discovery:
    return discover(URL(f"http://blob.test/c/export/{name}?{SAS}", encoded=True), data, kind, None)


# -- tilesets -----------------------------------------------------------------------------------


def test_tileset_refs_resolve_against_the_tileset_without_its_query() -> None:
    data = tileset(
        {"content": {"uri": "a.glb"}, "children": [{"content": {"uri": "sub/b.b3dm?v=2"}}]},
        schemaUri="schema.json",
    )
    found = discover(ROOT_URL, data, C, None)
    assert found.format == "tileset" and not found.compressed and found.needs == []
    assert uris(found) == [("a.glb", C), ("sub/b.b3dm?v=2", C), ("schema.json", RefKind.SCHEMA)]
    assert all(r.base == PLAIN_ROOT for r in found.refs)
    assert str(found.refs[1].url) == "http://blob.test/c/export/sub/b.b3dm?v=2"
    assert "sig" not in repr(found) and "Zm9v" not in repr(found)


def test_external_tileset_detected_by_content_not_suffix() -> None:
    data = tileset({"content": {"uri": "../x.glb"}})
    for name in ("sub/external.json", "sub/child.data", "sub/noext", "sub/odd.glb.json"):
        found = disc(data, name)
        assert found.format == "tileset", name
        assert str(found.refs[0].url) == "http://blob.test/c/export/x.glb"


def test_json_that_is_neither_tileset_nor_gltf() -> None:
    found = disc(b'{"hello": "world"}', "misc.json")
    assert found == Discovery(refs=[], format="json")
    assert disc(b"[1, 2]", "list.json").format == "json"


def test_multiple_contents_and_empty_uris() -> None:
    data = tileset(
        {
            "contents": [{"uri": "a.glb"}, {"uri": ""}],
            "children": [
                {"extensions": {"3DTILES_multiple_contents": {"contents": [{"uri": "m.glb"}]}}},
                {"content": {"url": "legacy.b3dm"}},
                {},
            ],
        }
    )
    assert [u for u, _ in uris(disc(data))] == ["a.glb", "m.glb", "legacy.b3dm"]


def test_implicit_root_yields_root_subtree_ref() -> None:
    data = tileset(
        {
            "content": {"uri": "t/{level}/{x}/{y}.glb"},
            "implicitTiling": {
                "subdivisionScheme": "QUADTREE",
                "subtreeLevels": 2,
                "availableLevels": 3,
                "subtrees": {"uri": "subtrees/{level}.{x}.{y}.subtree"},
            },
        }
    )
    found = discover(ROOT_URL, data, C, None)
    (ref,) = found.refs
    assert (ref.uri, ref.kind) == ("subtrees/0.0.0.subtree", RefKind.SUBTREE)
    assert ref.implicit is not None and ref.implicit.base == PLAIN_ROOT
    assert ref.implicit.content_uris == ("t/{level}/{x}/{y}.glb",)


# -- content formats ----------------------------------------------------------------------------


def test_gltf_json_resources_and_schema() -> None:
    doc = gltf_with(
        ["buf.bin", "data:application/octet-stream;base64,AAAA"], ["img/a.png"], "s.json"
    )
    found = disc(jbytes(doc), "models/m.gltf")
    assert found.format == "gltf"
    assert uris(found) == [
        ("buf.bin", RefKind.RESOURCE),
        ("img/a.png", RefKind.RESOURCE),
        ("s.json", RefKind.SCHEMA),
    ]
    assert str(found.refs[0].url) == "http://blob.test/c/export/models/buf.bin"


def test_glb_b3dm_i3dm_cmpt_resources() -> None:
    inner = glb(gltf_with(["g.bin"], ["tex.jpg"]))
    assert uris(disc(inner, "a.glb")) == [
        ("g.bin", RefKind.RESOURCE),
        ("tex.jpg", RefKind.RESOURCE),
    ]
    assert disc(inner, "a.glb").format == "glb"
    assert [u for u, _ in uris(disc(b3dm(inner), "a.b3dm"))] == ["g.bin", "tex.jpg"]
    assert [u for u, _ in uris(disc(i3dm(inner), "a.i3dm"))] == ["g.bin", "tex.jpg"]
    assert uris(disc(i3dm("models/tree.gltf"), "a.i3dm")) == [("models/tree.gltf", C)]
    assert uris(disc(i3dm("data:model/gltf-binary;base64,AA"), "a.i3dm")) == []
    composite = cmpt(
        b3dm(glb(gltf_with(["one.bin"], []))), i3dm("two.glb"), pnts(), cmpt(i3dm(inner))
    )
    found = disc(composite, "c.cmpt")
    assert found.format == "cmpt"
    assert uris(found) == [
        ("one.bin", RefKind.RESOURCE),
        ("g.bin", RefKind.RESOURCE),
        ("tex.jpg", RefKind.RESOURCE),
        ("two.glb", C),
    ]
    assert disc(pnts(), "p.pnts") == Discovery(refs=[], format="pnts")


def test_glb_structural_metadata_schema() -> None:
    found = disc(glb(gltf_with([], [], schema="../meta/schema.json")), "t/a.glb")
    assert uris(found) == [("../meta/schema.json", RefKind.SCHEMA)]
    assert str(found.refs[0].url) == "http://blob.test/c/export/meta/schema.json"


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("img.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, "png"),
        ("x.weird", b"\x00\x01\x02", "bin"),
        ("x", b"", "bin"),
    ],
)
def test_unknown_content_is_no_error(name: str, data: bytes, fmt: str) -> None:
    assert disc(data, name) == Discovery(refs=[], format=fmt)


def test_gzip_content_parsed_after_inflation() -> None:
    data = gzip.compress(tileset({"content": {"uri": "a.glb"}}))
    found = disc(data, "tileset.json")
    assert (found.format, found.compressed) == ("tileset", True)
    assert uris(found) == [("a.glb", C)]
    found = disc(gzip.compress(glb(gltf_with(["b.bin"], []))), "a.glb")
    assert (found.format, found.compressed, uris(found)) == (
        "glb",
        True,
        [("b.bin", RefKind.RESOURCE)],
    )


def test_resources_are_never_parsed() -> None:
    assert disc(b"{not json", "buf.bin", RefKind.RESOURCE) == Discovery(refs=[], format="bin")
    assert disc(b"\x1f\x8b garbage", "buf.bin", RefKind.RESOURCE).format == "bin"
    assert disc(b"\x89PNG\r\n\x1a\n", "i.png", RefKind.RESOURCE).format == "png"
    assert disc(tileset({"content": {"uri": "a.glb"}}), "t.json", RefKind.RESOURCE).refs == []


def test_schema_kind() -> None:
    assert disc(b'{"classes": {}}', "s.json", RefKind.SCHEMA) == Discovery(refs=[], format="schema")
    with pytest.raises(TileFormatError, match="schema JSON is not an object"):
        disc(b"[]", "s.json", RefKind.SCHEMA)
    with pytest.raises(TileFormatError, match="schema JSON does not parse"):
        disc(b"{", "s.json", RefKind.SCHEMA)


# -- subtrees -----------------------------------------------------------------------------------


def implicit_ctx(content: tuple[str, ...] = ("t/{level}/{x}/{y}.glb",)) -> ImplicitContext:
    return ImplicitContext(
        scheme="QUADTREE",
        subtree_levels=1,
        available_levels=3,
        subtrees_uri="subtrees/{level}/{x}/{y}.subtree",
        content_uris=content,
        base=PLAIN_ROOT,
    )


SUBTREE_URL = URL(f"http://blob.test/c/export/subtrees/0/0/0.subtree?{SAS}", encoded=True)


def test_subtree_refs_resolve_against_the_tileset() -> None:
    doc = {
        "buffers": [{"byteLength": 8}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 1}],
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 1}],
        "childSubtreeAvailability": {"bitstream": 0, "availableCount": 2},
    }
    found = discover(SUBTREE_URL, subtree(doc, b"\x09"), RefKind.SUBTREE, implicit_ctx())
    assert found.format == "subtree" and found.needs == []
    assert uris(found) == [
        ("t/0/0/0.glb", C),
        ("subtrees/1/0/0.subtree", RefKind.SUBTREE),
        ("subtrees/1/1/1.subtree", RefKind.SUBTREE),
    ]
    assert all(r.base == PLAIN_ROOT for r in found.refs)
    child = found.refs[2].implicit
    assert child is not None and (child.level, child.x, child.y) == (1, 1, 1)
    assert str(found.refs[0].url) == "http://blob.test/c/export/t/0/0/0.glb"


def test_subtree_external_buffers_needed_then_resolved() -> None:
    doc = {
        "buffers": [
            {"uri": "../bufs/a.bin", "byteLength": 1},
            {"uri": "meta.bin", "byteLength": 9},
        ],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 1}],
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"bitstream": 0}],
        "childSubtreeAvailability": {"constant": 0},
    }
    data = jbytes(doc)
    url = URL(f"http://blob.test/c/export/subtrees/0/0/0.json?{SAS}", encoded=True)
    first = discover(url, data, RefKind.SUBTREE, implicit_ctx())
    assert first.refs == [] and [(n.uri, n.kind) for n in first.needs] == [
        ("../bufs/a.bin", RefKind.RESOURCE)
    ]
    assert str(first.needs[0].url) == "http://blob.test/c/export/subtrees/0/bufs/a.bin"
    found = discover_subtree(url, data, implicit_ctx(), {"../bufs/a.bin": b"\x01"})
    assert uris(found) == [
        ("../bufs/a.bin", RefKind.RESOURCE),
        ("meta.bin", RefKind.RESOURCE),
        ("t/0/0/0.glb", C),
    ]
    assert found.refs[1].base == URL("http://blob.test/c/export/subtrees/0/0/0.json")
    # A memoryview (from an mmap, say) works as well as bytes.
    again = discover_subtree(
        url, memoryview(data), implicit_ctx(), {"../bufs/a.bin": memoryview(b"\x01")}
    )
    assert again == found


def test_gzipped_json_subtree() -> None:
    doc = {
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 0}],
        "childSubtreeAvailability": {"constant": 0},
    }
    found = discover(SUBTREE_URL, gzip.compress(jbytes(doc)), RefKind.SUBTREE, implicit_ctx())
    assert found == Discovery(refs=[], format="subtree", compressed=True)


def test_subtree_errors() -> None:
    with pytest.raises(InvalidArgumentError, match="needs its ImplicitContext"):
        discover(SUBTREE_URL, b"{}", RefKind.SUBTREE, None)
    with pytest.raises(TileFormatError, match="not a subtree file") as info:
        discover(SUBTREE_URL, glb(), RefKind.SUBTREE, implicit_ctx())
    assert "sig" not in str(info.value) and "Zm9v" not in str(info.value)
    with pytest.raises(TileFormatError, match="tileAvailability is not an object"):
        discover(SUBTREE_URL, b"{}", RefKind.SUBTREE, implicit_ctx())


# -- hostile and broken input -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("tileset.json", b'{"asset": {}, "root": ', "does not parse"),
        ("tileset.json", b'{"asset": {}, "root": {"children": 3}}', "children is not an array"),
        ("tileset.json", b"\xff\xfe{}", "not valid UTF-8"),
        ("a.glb", glb()[:-2], "is more than the size"),
        ("a.glb", b"\x00" * 32, "missing 'glTF' magic"),
        ("a.b3dm", b3dm(glb())[:40], "is more than the size"),
        ("a.cmpt", cmpt(b3dm(glb()))[:-8], "is more than the size"),
        ("a.glb", glb({"asset": {"version": "2.0"}, "buffers": {}}), "buffers is not an array"),
        ("a.glb", gzip.compress(b"\x00" * 4_000_000), "inflates past the limit"),
        ("a.glb", gzip.compress(b"x")[:-3], "truncated"),
        ("t.json", b"[" * 50_000 + b"]" * 50_000, "nested too deeply"),
    ],
)
def test_broken_content_refused_with_reason(name: str, data: bytes, reason: str) -> None:
    limits = Limits(max_decompressed_bytes=1_000_000)
    url = URL(f"http://blob.test/c/export/{name}?{SAS}", encoded=True)
    with pytest.raises(TileFormatError) as info:
        discover(url, data, C, None, limits=limits)
    assert reason in str(info.value)
    assert "sig" not in str(info.value) and "Zm9v" not in str(info.value)
    assert info.value.url == f"http://blob.test/c/export/{name}"


def test_json_size_limit() -> None:
    data = tileset({"content": {"uri": "a.glb"}})
    with pytest.raises(TileFormatError, match=f"JSON of {len(data)} bytes is over the limit of 10"):
        discover(ROOT_URL, data, C, None, limits=Limits(max_json_bytes=10))
    with pytest.raises(TileFormatError, match=r"GLB JSON chunk of .* bytes is over the limit"):
        discover(ROOT_URL.with_name("a.glb"), glb(), C, None, limits=Limits(max_json_bytes=10))


def test_hostile_uris_are_returned_for_the_engine_to_refuse() -> None:
    # discover() lists references as written; the engine's relative_path() refuses escapes.
    data = tileset(
        {
            "children": [
                {"content": {"uri": "../../escape.glb"}},
                {"content": {"uri": "http://evil.test/x.glb"}},
                {"content": {"uri": "%2e%2e/%2e%2e/x.glb"}},
                {"content": {"uri": "file:///etc/passwd"}},
            ]
        }
    )
    root = container_root(ROOT_URL)
    for ref in discover(ROOT_URL, data, C, None).refs:
        with pytest.raises(UnsafeReferenceError):
            relative_path(root, ref.url)


# -- whole-tileset walks over an in-memory container --------------------------------------------


def walk(
    files: Mapping[str, bytes], root: str = "tileset.json"
) -> tuple[set[str], set[str], list[str]]:
    """A pure walker: (fetched paths, missing paths, refused reasons)."""
    base = URL("http://blob.test/c/")
    container = container_root(base)
    start = resolve_reference(base, root)
    queue: deque[tuple[URL, RefKind, ImplicitContext | None]] = deque([(start, C, None)])
    seen: set[str] = set()
    missing: set[str] = set()
    refused: list[str] = []

    def enqueue(ref: Ref) -> None:
        try:
            url = ref.url
            relative_path(container, url)
        except UnsafeReferenceError as exc:
            refused.append(exc.reason)
            return
        queue.append((url, ref.kind, ref.implicit))

    while queue:
        url, kind, ctx = queue.popleft()
        path = relative_path(container, url)
        if path in seen or path in missing:
            continue
        if path not in files:
            missing.add(path)
            continue
        seen.add(path)
        found = discover(url, files[path], kind, ctx)
        if found.needs:
            assert ctx is not None
            buffers = {}
            for need in found.needs:
                need_path = relative_path(container, need.url)
                buffers[need.uri] = files[need_path]
            found = discover_subtree(url, files[path], ctx, buffers)
        for ref in found.refs:
            enqueue(ref)
    return seen, missing, refused


def test_walk_every_case_in_one_container() -> None:
    avail = {
        "buffers": [{"uri": "avail.bin", "byteLength": 8}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 1}],
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"bitstream": 0}],
        "childSubtreeAvailability": {"constant": 1},
    }
    leaf = {
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 1}],
        "childSubtreeAvailability": {"constant": 0},
    }
    files: dict[str, bytes] = {
        "tileset.json": tileset(
            {
                "content": {"uri": "root.glb"},
                "children": [
                    {"content": {"uri": "nested/deeper/tile%20one.b3dm"}},
                    {"content": {"uri": "ext/child.json"}},
                    {"contents": [{"uri": "multi/a.i3dm"}, {"uri": "multi/b.cmpt"}]},
                    {"content": {"uri": "gz/tile.glb"}},
                    {"content": {"uri": "implicit/tileset.json"}},
                    {"content": {"uri": "model.gltf"}},
                ],
            },
            schemaUri="schema/s.json",
        ),
        "root.glb": glb(gltf_with(["root.bin"], ["tex/r.png"])),
        "root.bin": b"\x00" * 4,
        "tex/r.png": b"\x89PNG\r\n\x1a\n",
        "nested/deeper/tile one.b3dm": b3dm(glb()),
        # External tileset: its URIs resolve against its own folder; it points back (a cycle).
        "ext/child.json": tileset(
            {"content": {"uri": "c.glb"}, "children": [{"content": {"uri": "../tileset.json"}}]}
        ),
        "ext/c.glb": glb(),
        "multi/a.i3dm": i3dm("../models/tree.glb"),
        "models/tree.glb": glb(gltf_with(["tree.bin"], [])),
        "models/tree.bin": b"\x01" * 4,
        "multi/b.cmpt": cmpt(b3dm(glb(gltf_with(["../cmpt.bin"], []))), pnts()),
        "cmpt.bin": b"\x02" * 4,
        "gz/tile.glb": gzip.compress(glb(gltf_with(["gz.bin"], []))),
        "gz/gz.bin": b"\x03" * 4,
        "schema/s.json": b'{"classes": {}}',
        "model.gltf": jbytes(gltf_with(["model.bin"], ["data:image/png;base64,AA"])),
        "model.bin": b"\x04" * 4,
        "implicit/tileset.json": tileset(
            {
                "content": {"uri": "content/{level}_{x}_{y}.glb"},
                "implicitTiling": {
                    "subdivisionScheme": "QUADTREE",
                    "subtreeLevels": 1,
                    "availableLevels": 2,
                    "subtrees": {"uri": "subtrees/{level}/{x}/{y}.json"},
                },
            }
        ),
        "implicit/subtrees/0/0/0.json": jbytes(avail),
        "implicit/subtrees/0/0/avail.bin": b"\x01" + b"\x00" * 7,
        "implicit/content/0_0_0.glb": glb(),
    }
    for x, y in [(0, 0), (1, 0), (0, 1), (1, 1)]:
        files[f"implicit/subtrees/1/{x}/{y}.json"] = jbytes(leaf)
        files[f"implicit/content/1_{x}_{y}.glb"] = glb()
    files["unreferenced.glb"] = glb()
    seen, missing, refused = walk(files)
    assert seen == set(files) - {"unreferenced.glb"}
    assert missing == set() and refused == []


def test_walk_reports_missing_and_refused() -> None:
    files = {
        "tileset.json": tileset(
            {
                "children": [
                    {"content": {"uri": "gone.glb"}},
                    {"content": {"uri": "../outside.glb"}},
                    {"content": {"uri": "https://elsewhere.test/x.glb"}},
                    {"content": {"uri": "ok.glb"}},
                ]
            }
        ),
        "ok.glb": glb(),
    }
    seen, missing, refused = walk(files)
    assert seen == {"tileset.json", "ok.glb"}
    assert missing == {"gone.glb"}
    assert refused == [
        "path is outside the container root",
        "reference leaves the container's host",
    ]


def _emulator_shapes() -> list[tuple[str, Callable[[], Any]]]:
    from itwin_mesh_async.tilegen import shapes, shapes_content, shapes_implicit

    return [
        ("flat", lambda: shapes.flat(seed=1, n=30, nested=True, odd_names=True)),
        ("external", lambda: shapes.external(seed=2, n=20, k=3)),
        ("implicit_quadtree", lambda: shapes_implicit.implicit_quadtree(seed=3)),
        ("implicit_octree", lambda: shapes_implicit.implicit_octree(seed=4)),
        ("implicit_json_subtree", lambda: shapes_implicit.implicit_json_subtree(seed=5)),
        ("implicit_1_0", lambda: shapes_implicit.implicit_1_0(seed=6)),
        ("legacy", lambda: shapes_content.legacy(seed=7)),
        ("multiple_contents", lambda: shapes_content.multiple_contents(seed=8)),
        ("gltf_external", lambda: shapes_content.gltf_external(seed=9)),
        ("mixed", lambda: shapes_content.mixed(seed=10)),
        ("demo", lambda: shapes.demo(seed=11, tiles=300)),
        ("gzip_shape", lambda: shapes_content.gzip_shape(seed=12)),
        ("schema", lambda: shapes_content.schema(seed=13)),
        ("with_missing", lambda: shapes_content.with_missing(seed=14)),
        ("with_extra", lambda: shapes_content.with_extra(seed=15)),
        ("big", lambda: shapes.big(seed=16, n=3000, per_tileset=500)),
    ]


@pytest.mark.parametrize(("name", "make"), _emulator_shapes())
def test_walk_reaches_exactly_what_the_generator_says(name: str, make: Callable[[], Any]) -> None:
    sample = make()
    seen, missing, refused = walk(sample.files, sample.root)
    assert refused == [], name
    assert seen | missing == set(sample.reachable), name
    assert missing == set(sample.missing), name


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ({"asset": {"version": "2.0"}, "images": {}}, "glTF: images is not an array"),
        ({"asset": {"version": "2.0"}, "buffers": [3]}, "glTF: buffers[0] is not an object"),
        (
            {"asset": {"version": "2.0"}, "images": [{"uri": 1}]},
            "glTF: images[0].uri is not a string",
        ),
        (
            {
                "asset": {"version": "2.0"},
                "extensions": {"EXT_structural_metadata": {"schemaUri": 1}},
            },
            "glTF: EXT_structural_metadata.schemaUri is not a string",
        ),
    ],
)
def test_malformed_gltf_refused(doc: dict[str, Any], reason: str) -> None:
    with pytest.raises(TileFormatError) as info:
        disc(jbytes(doc), "m.gltf")
    assert info.value.reason == reason
    with pytest.raises(TileFormatError) as info:
        disc(glb(doc), "m.glb")
    assert info.value.reason == reason


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match=r"Limits\.max_depth must be positive"):
        Limits(max_depth=0)
    assert Limits(max_json_bytes=1).max_json_bytes == 1


def test_implicit_context_helpers() -> None:
    ctx = implicit_ctx()
    assert ctx.branching == 4
    child = ctx.at(3, 5, 6)
    assert (child.level, child.x, child.y, child.z, child.subtree_uri) == (
        3,
        5,
        6,
        0,
        "subtrees/3/5/6.subtree",
    )
    assert child.content_uris == ctx.content_uris and child.base == ctx.base


def test_gltf_1_resources_keyed_by_id_are_found() -> None:
    from itwin_mesh_async.tiles.parse.gltf import gltf_refs

    doc = {
        "asset": {"version": "1.0"},
        "buffers": {"main": {"uri": "main.bin"}, "inline": {"uri": "data:,"}},
        "images": {"tex": {"uri": "tex.png"}},
    }
    assert gltf_refs(doc).resources == ["main.bin", "tex.png"]
