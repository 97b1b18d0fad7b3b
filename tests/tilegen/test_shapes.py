"""Tests of the tile/tileset generators, with an independent checker and reference walker.

The checker below re-implements the byte layouts from the specs (it shares no code with the
generator), and the mini walker resolves every reference per RFC 3986, so `reachable`/`missing`
of each shape are checked against what a walk really finds.
"""

from __future__ import annotations

import gzip
import json
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import itwin_mesh_async.tilegen as tg

BASE = "https://blob.example/container/"


# --------------------------------------------------------------------------- independent checker


def _json_section(data: bytes) -> Any:
    text = data.decode("utf-8")
    assert text == text.rstrip(" ") + " " * (len(text) - len(text.rstrip(" ")))
    return json.loads(text)


def check_glb(data: bytes) -> dict[str, Any]:
    """Validate a GLB's header and chunks; return its JSON."""
    magic, version, length = struct.unpack_from("<4sII", data, 0)
    assert magic == b"glTF" and version == 2
    assert length == len(data) and length % 8 == 0
    jlen, jtype = struct.unpack_from("<II", data, 12)
    assert jtype == 0x4E4F534A and jlen % 4 == 0
    doc = _json_section(data[20 : 20 + jlen])
    off = 20 + jlen
    blen, btype = struct.unpack_from("<II", data, off)
    assert btype == 0x004E4942 and blen % 4 == 0
    assert (off + 8) % 8 == 0, "BIN chunk data must start 8-byte aligned"
    assert off + 8 + blen == length
    bin_chunk = data[off + 8 :]
    assert doc["asset"]["version"] == "2.0"
    assert "uri" not in doc["buffers"][0]
    assert doc["buffers"][0]["byteLength"] <= blen
    for view in doc["bufferViews"]:
        buf = doc["buffers"][view["buffer"]]
        assert view.get("byteOffset", 0) + view["byteLength"] <= buf["byteLength"]
    acc = doc["accessors"][0]
    view = doc["bufferViews"][acc["bufferView"]]
    floats = struct.unpack_from(f"<{acc['count'] * 3}f", bin_chunk, view.get("byteOffset", 0))
    for axis in range(3):
        vals = floats[axis::3]
        assert acc["min"][axis] == min(vals) and acc["max"][axis] == max(vals)
    return dict(doc)


def _check_tables(data: bytes, magic: bytes, header_len: int) -> tuple[Any, int]:
    m, version, length, ftj, ftb, btj, btb = struct.unpack_from("<4s6I", data, 0)
    assert m == magic and version == 1 and length == len(data)
    assert length % 8 == 0
    bounds = [
        header_len,
        header_len + ftj,
        header_len + ftj + ftb,
        header_len + ftj + ftb + btj,
        header_len + ftj + ftb + btj + btb,
    ]
    assert all(b % 8 == 0 for b in bounds[1:]), bounds
    assert bounds[-1] <= length
    ft = _json_section(data[bounds[0] : bounds[1]])
    if btj:
        _json_section(data[bounds[2] : bounds[3]])
    return ft, bounds[-1]


def check_tile(data: bytes) -> list[str]:
    """Validate any tile format; return the URIs it references (i3dm gltfFormat 0, glTF)."""
    magic = data[:4]
    if magic == b"glTF":
        return gltf_uris(check_glb(data))
    if magic == b"b3dm":
        ft, body = _check_tables(data, b"b3dm", 28)
        assert isinstance(ft["BATCH_LENGTH"], int)
        return gltf_uris(check_glb(data[body:]))
    if magic == b"i3dm":
        ft, body = _check_tables(data, b"i3dm", 32)
        (fmt,) = struct.unpack_from("<I", data, 28)
        n = ft["INSTANCES_LENGTH"]
        ftb = struct.unpack_from("<I", data, 16)[0]
        assert ft["POSITION"]["byteOffset"] + 12 * n <= ftb
        if fmt == 1:
            return gltf_uris(check_glb(data[body:]))
        assert fmt == 0
        raw = data[body:]
        uri = raw.decode("utf-8").rstrip(" ")
        assert len(raw) % 8 == 0 and uri and "\0" not in uri
        return [uri]
    if magic == b"pnts":
        ft, _ = _check_tables(data, b"pnts", 28)
        ftb = struct.unpack_from("<I", data, 16)[0]
        assert ft["POSITION"]["byteOffset"] + 12 * ft["POINTS_LENGTH"] <= ftb
        return []
    if magic == b"cmpt":
        _, version, length, count = struct.unpack_from("<4sIII", data, 0)
        assert version == 1 and length == len(data)
        off, uris = 16, []
        for _ in range(count):
            (inner_len,) = struct.unpack_from("<I", data, off + 8)
            assert inner_len % 8 == 0
            uris += check_tile(data[off : off + inner_len])
            off += inner_len
        assert off == length
        return uris
    raise AssertionError(f"unknown tile magic {magic!r}")


def gltf_uris(doc: dict[str, Any]) -> list[str]:
    out = [b["uri"] for b in doc.get("buffers", []) if "uri" in b]
    out += [i["uri"] for i in doc.get("images", []) if "uri" in i]
    meta = doc.get("extensions", {}).get("EXT_structural_metadata", {})
    if "schemaUri" in meta:
        out.append(meta["schemaUri"])
    return [u for u in out if not u.startswith("data:")]


def _bit(stream: bytes, i: int) -> bool:
    return bool(stream[i // 8] >> (i % 8) & 1)


def _interleave(xyz: tuple[int, ...], level: int) -> int:
    # Independent Morton: build the bit string from the most significant level down.
    bits = ""
    for b in reversed(range(level)):
        bits += "".join(str(v >> b & 1) for v in reversed(xyz))
    return int(bits or "0", 2)


class SubtreeView:
    """Decoded subtree: JSON, buffers, availability lookups by local coordinates."""

    def __init__(
        self, doc: dict[str, Any], buffers: list[bytes], dims: int, levels: int, legacy: bool
    ) -> None:
        self.doc, self.buffers, self.dims, self.levels = doc, buffers, dims, levels
        self.key = "bufferView" if legacy else "bitstream"
        self.n_tiles = sum((1 << dims) ** lv for lv in range(levels))
        self.n_child = (1 << dims) ** levels
        for view in doc.get("bufferViews", []):
            assert view["byteOffset"] % 8 == 0
            assert view["byteOffset"] + view["byteLength"] <= len(buffers[view["buffer"]])

    def _get(self, avail: dict[str, Any], index: int, length: int) -> bool:
        if "constant" in avail:
            assert self.key not in avail
            return bool(avail["constant"])
        view = self.doc["bufferViews"][avail[self.key]]
        assert view["byteLength"] == (length + 7) // 8
        data = self.buffers[view["buffer"]][view["byteOffset"] :]
        return _bit(data, index)

    def count(self, avail: dict[str, Any], length: int) -> int:
        return sum(self._get(avail, i, length) for i in range(length))

    def tile(self, avail: dict[str, Any], level: int, xyz: tuple[int, ...]) -> bool:
        first = sum((1 << self.dims) ** lv for lv in range(level))
        return self._get(avail, first + _interleave(xyz, level), self.n_tiles)

    def child(self, xyz: tuple[int, ...]) -> bool:
        return self._get(
            self.doc["childSubtreeAvailability"], _interleave(xyz, self.levels), self.n_child
        )

    def content_avails(self) -> list[dict[str, Any]]:
        c = self.doc.get("contentAvailability")
        if c is None:
            c = (
                self.doc.get("extensions", {})
                .get("3DTILES_multiple_contents", {})
                .get("contentAvailability", [])
            )
        return c if isinstance(c, list) else [c]


def parse_subtree(data: bytes) -> tuple[dict[str, Any], bytes | None]:
    """JSON and internal buffer of a subtree file (binary `subt` or JSON form)."""
    if data[:4] == b"subt":
        _, version, jlen, blen = struct.unpack_from("<4sIQQ", data, 0)
        assert version == 1 and jlen % 8 == 0 and blen % 8 == 0
        assert 24 + jlen + blen == len(data)
        return _json_section(data[24 : 24 + jlen]), data[24 + jlen :]
    return json.loads(data), None


# --------------------------------------------------------------------------- reference walker


def _path_of(url: str) -> str:
    parts = urlsplit(url)
    assert url.startswith(BASE), f"reference leaves the container: {url}"
    return unquote(parts.path[len(urlsplit(BASE).path) :])


def _decoded(data: bytes) -> bytes:
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


class Walk:
    """Finds every file reachable from the root of a SampleTileset, like a real walker would."""

    def __init__(self, sample: tg.SampleTileset) -> None:
        self.sample = sample
        self.seen: set[str] = set()
        self.absent: set[str] = set()
        self.queue: list[tuple[str, str, Any]] = [(BASE + sample.root, "tileset", None)]
        while self.queue:
            url, kind, ctx = self.queue.pop()
            path = _path_of(url)
            if kind != "subtree" and path in self.seen:
                continue
            self.seen.add(path)
            if path not in sample.files:
                self.absent.add(path)
                continue
            data = _decoded(sample.files[path])
            if kind == "subtree":
                self._subtree(url, data, ctx)
            else:
                self._file(url, data)

    def _push(self, base: str, uri: str, kind: str = "any", ctx: Any = None) -> None:
        assert uri and not uri.startswith(("/", "data:"))
        self.queue.append((urljoin(base, uri), kind, ctx))

    def _file(self, url: str, data: bytes) -> None:
        if data[:4] in (b"glTF", b"b3dm", b"i3dm", b"pnts", b"cmpt"):
            for uri in check_tile(data):
                self._push(url, uri)
            return
        if url.split("?", 1)[0].endswith(".bin") or data[:8] == b"\x89PNG\r\n\x1a\n":
            return
        doc = json.loads(data)
        if "asset" in doc and "root" in doc:
            _check_errors(doc["root"])
            self._tileset(url, doc)
        elif "asset" in doc:  # a .gltf
            assert doc["asset"]["version"] == "2.0"
            for uri in gltf_uris(doc):
                self._push(url, uri)
        else:
            assert "classes" in doc  # a metadata schema

    def _tileset(self, url: str, doc: dict[str, Any]) -> None:
        if "schemaUri" in doc:
            self._push(url, doc["schemaUri"])
        stack = [doc["root"]]
        while stack:
            t = stack.pop()
            stack.extend(t.get("children", []))
            ext = t.get("extensions", {})
            contents = [c for c in [t.get("content")] if c]
            contents += t.get("contents", [])
            contents += ext.get("3DTILES_multiple_contents", {}).get("content", [])
            uris = [c.get("uri", c.get("url")) for c in contents]
            tiling = t.get("implicitTiling") or ext.get("3DTILES_implicit_tiling")
            if tiling:
                legacy = "implicitTiling" not in t
                dims = 2 if tiling["subdivisionScheme"] == "QUADTREE" else 3
                ctx = (
                    dims,
                    tiling["subtreeLevels"],
                    tiling["availableLevels"],
                    url,
                    uris,
                    tiling["subtrees"]["uri"],
                    legacy,
                )
                root = (0,) * (dims + 1)
                self._push(url, _fill(tiling["subtrees"]["uri"], root), "subtree", (ctx, root))
            else:
                for uri in uris:
                    self._push(url, uri)

    def _subtree(self, url: str, data: bytes, ctx: Any) -> None:
        (dims, levels, available, tileset_url, templates, sub_tpl, legacy), root = ctx
        doc, internal = parse_subtree(data)
        buffers = []
        for buf in doc.get("buffers", []):
            if "uri" in buf:
                path = _path_of(urljoin(url, buf["uri"]))
                self.seen.add(path)
                raw = self.sample.files[path]
            else:
                assert internal is not None
                raw = internal
            assert len(raw) >= buf["byteLength"]
            buffers.append(raw)
        view = SubtreeView(doc, buffers, dims, levels, legacy)
        tiles = doc["tileAvailability"]
        if not legacy:
            assert view.count(tiles, view.n_tiles) == tiles["availableCount"]
        content_avails = view.content_avails()
        if legacy and not content_avails:  # 1.0: omitted when the subtree has no content
            content_avails = [{"constant": 0}] * len(templates)
        assert len(content_avails) == len(templates)
        level0, *xyz0 = root
        frontier: list[tuple[int, ...]] = [(0,) * dims]
        for level in range(levels):
            nxt = []
            for local in frontier:
                if not view.tile(tiles, level, local):
                    continue
                assert level0 + level < available
                glob = _globalize(level0, xyz0, level, local)
                for tpl, avail in zip(templates, content_avails, strict=True):
                    if view.tile(avail, level, local):
                        self._push(tileset_url, _fill(tpl, glob))
                nxt += [
                    tuple((v << 1) | (k >> d & 1) for d, v in enumerate(local))
                    for k in range(1 << dims)
                ]
            frontier = nxt
        for local in frontier:
            if view.child(local):
                glob = _globalize(level0, xyz0, levels, local)
                self._push(tileset_url, _fill(sub_tpl, glob), "subtree", (ctx[0], glob))


def _globalize(level0: int, xyz0: list[int], depth: int, local: tuple[int, ...]) -> tuple[int, ...]:
    return (level0 + depth, *((r << depth) + v for r, v in zip(xyz0, local, strict=True)))


def _fill(template: str, coords: tuple[int, ...]) -> str:
    for name, value in zip(("level", "x", "y", "z"), coords, strict=False):
        template = template.replace("{" + name + "}", str(value))
    return template


def _check_errors(tile: dict[str, Any]) -> None:
    for child in tile.get("children", []):
        assert child["geometricError"] <= tile["geometricError"]
        _check_errors(child)


def assert_consistent(sample: tg.SampleTileset) -> Walk:
    """Files parse, a walk reaches exactly `reachable`, and finds exactly `missing` absent."""
    walk = Walk(sample)
    assert walk.seen == set(sample.reachable)
    assert walk.absent == set(sample.missing)
    assert set(sample.reachable) - set(sample.missing) <= set(sample.files)
    assert not set(sample.missing) & set(sample.files)
    assert sample.root in sample.files
    for path, enc in sample.encodings.items():
        assert enc == "gzip" and sample.files[path][:2] == b"\x1f\x8b"
    for path in sample.files:
        assert path and not path.startswith("/") and ".." not in path.split("/")
        assert "?" not in path and "\\" not in path
    return walk


# --------------------------------------------------------------------------- tests: builders


@pytest.mark.parametrize("size", [None, 20_000, 2_000_000, 100])
def test_glb_layout_and_size(size: int | None) -> None:
    data = tg.glb(seed=3, size=size)
    check_glb(data)
    if size and size > 1000:
        assert size <= len(data) < size + 8
    assert tg.glb(seed=3, size=size) == data
    assert tg.glb(seed=4, size=size) != data


def test_glb_external_uris_and_json_extra() -> None:
    extra = {
        "extensionsUsed": ["EXT_structural_metadata"],
        "extensions": {"EXT_structural_metadata": {"schemaUri": "s.json"}},
    }
    data = tg.glb(
        external_uris=["img/a%20b.png", ("buf.bin", 24), "data:image/png;base64,AA"],
        json_extra=extra,
    )
    doc = check_glb(data)
    assert doc["images"][0] == {"uri": "img/a%20b.png", "mimeType": "image/png"}
    assert doc["buffers"][1] == {"uri": "buf.bin", "byteLength": 24}
    assert gltf_uris(doc) == ["buf.bin", "img/a%20b.png", "s.json"]


def test_gltf_json_with_external_buffer() -> None:
    doc_bytes, bin_ = tg.gltf_json("x.bin", ["t.png"], seed=2, size=64)
    doc = json.loads(doc_bytes)
    assert doc["buffers"] == [{"uri": "x.bin", "byteLength": len(bin_)}] and len(bin_) == 64
    assert doc["images"][0]["uri"] == "t.png"
    floats = struct.unpack_from("<9f", bin_, 0)
    assert doc["accessors"][0]["min"][0] == min(floats[0::3])


def test_b3dm_i3dm_pnts_cmpt_layouts() -> None:
    g = tg.glb(seed=1)
    for batch in (0, 3):
        assert check_tile(tg.b3dm(g, batch_length=batch)) == []
    assert check_tile(tg.i3dm(g, 4)) == []
    uri_tile = tg.i3dm("../models/a%20b.glb", 2)
    assert struct.unpack_from("<I", uri_tile, 28) == (0,)
    assert check_tile(uri_tile) == ["../models/a%20b.glb"]
    assert check_tile(tg.pnts(5)) == []
    inner = [tg.b3dm(g), uri_tile, tg.pnts(3)]
    assert check_tile(tg.cmpt(inner)) == ["../models/a%20b.glb"]
    # an odd-length GLB (not from our builder) is padded so the b3dm stays aligned
    odd = g + b"\0" * 4
    odd = odd[:8] + struct.pack("<I", len(odd)) + odd[12:]
    assert len(tg.b3dm(odd)) % 8 == 0


def test_png_and_gzip() -> None:
    img = tg.png(5)
    assert img.startswith(b"\x89PNG\r\n\x1a\n") and img.endswith(b"IEND\xaeB`\x82")
    z = tg.gzip_bytes(b"hello" * 100)
    assert z[:2] == b"\x1f\x8b" and gzip.decompress(z) == b"hello" * 100
    assert tg.gzip_bytes(b"x") == tg.gzip_bytes(b"x")  # mtime 0: deterministic


def test_morton_matches_spec_examples() -> None:
    assert tg.morton((0b11, 0b00)) == 0b0101
    assert tg.morton((0b1010, 0b0011)) == 0b01001110
    assert tg.morton((0b001, 0b010, 0b100)) == 0b100010001
    assert tg.morton((5, 1)) == 19  # tile 3/5/1 of the implicit tiling spec
    for x in range(8):
        for y in range(8):
            assert tg.morton((x, y)) == _interleave((x, y), 3)


def test_bitstream_lsb_first() -> None:
    assert tg.bitstream({0, 9}, 11) == bytes([0b1, 0b10])
    with pytest.raises(ValueError, match="outside a stream of 11 bits"):
        tg.bitstream({11}, 11)


def _roundtrip(
    files: tg.SubtreeFiles, dims: int, levels: int, legacy: bool, ext: bytes | None = None
) -> SubtreeView:
    doc, internal = parse_subtree(files.data)
    bufs = [(files.buffer if "uri" in b else internal) for b in doc.get("buffers", [])]
    return SubtreeView(doc, [b or b"" for b in bufs], dims, levels, legacy)


def test_subtree_binary_roundtrip_quadtree() -> None:
    tiles = {(0, 0, 0), (1, 1, 0), (1, 0, 1), (2, 3, 1), (2, 0, 3)}
    content = {(1, 1, 0), (2, 3, 1)}
    kids = {(3, 7, 2), (3, 0, 7)}
    files = tg.subtree_binary(
        subtree_levels=3, tiles=tiles, contents=[content], child_subtrees=kids
    )
    assert files.buffer is None
    view = _roundtrip(files, 2, 3, legacy=False)
    doc = view.doc
    assert doc["tileAvailability"]["availableCount"] == 5
    assert doc["contentAvailability"][0]["availableCount"] == 2
    for level in range(3):
        for x in range(1 << level):
            for y in range(1 << level):
                c = (level, x, y)
                assert view.tile(doc["tileAvailability"], level, (x, y)) == (c in tiles)
                assert view.tile(doc["contentAvailability"][0], level, (x, y)) == (c in content)
    for x in range(8):
        for y in range(8):
            assert view.child((x, y)) == ((3, x, y) in kids)


def test_subtree_constants_and_octree() -> None:
    full = {(0, 0, 0, 0)} | {(1, x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)}
    files = tg.subtree_binary(dims=3, subtree_levels=2, tiles=full, contents=[full, set()])
    doc, internal = parse_subtree(files.data)
    assert doc["tileAvailability"] == {"constant": 1, "availableCount": 9}
    assert doc["contentAvailability"] == [
        {"constant": 1, "availableCount": 9},
        {"constant": 0, "availableCount": 0},
    ]
    assert doc["childSubtreeAvailability"] == {"constant": 0, "availableCount": 0}
    assert "buffers" not in doc and internal == b""


def test_subtree_external_buffer_and_legacy() -> None:
    tiles = {(0, 0, 0), (1, 1, 1)}
    files = tg.subtree_binary(
        subtree_levels=2,
        tiles=tiles,
        contents=[{(1, 1, 1)}],
        child_subtrees={(2, 3, 3)},
        external_buffer_uri="0.0.0.bin",
    )
    doc, _ = parse_subtree(files.data)
    assert [b.get("uri") for b in doc["buffers"]] == [None, "0.0.0.bin"]
    assert files.buffer is not None and len(files.buffer) == doc["buffers"][1]["byteLength"]
    view = _roundtrip(files, 2, 2, legacy=False)
    assert view.child((3, 3)) and not view.child((0, 0))

    legacy = tg.subtree_binary(subtree_levels=2, tiles=tiles, contents=[{(1, 1, 1)}], legacy=True)
    ldoc, _ = parse_subtree(legacy.data)
    assert (
        "bufferView" in ldoc["tileAvailability"]
        and "availableCount" not in ldoc["tileAvailability"]
    )
    assert isinstance(ldoc["contentAvailability"], dict)
    two = tg.subtree_binary(
        subtree_levels=2, tiles=tiles, contents=[tiles, {(0, 0, 0)}], legacy=True
    )
    tdoc, _ = parse_subtree(two.data)
    assert len(tdoc["extensions"]["3DTILES_multiple_contents"]["contentAvailability"]) == 2

    js = tg.subtree_json(subtree_levels=2, tiles=tiles, buffer_uri="../x.bin")
    jdoc = json.loads(js.data)
    assert jdoc["buffers"] == [{"uri": "../x.bin", "byteLength": len(js.buffer or b"")}]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tiles": set()}, "at least one available tile"),
        ({"tiles": {(2, 0, 0)}}, r"tile \(2, 0, 0\) is not inside a subtree of 2 levels"),
        ({"tiles": {(1, 2, 0)}}, "not inside"),
        ({"tiles": {(0, 0, 0)}, "contents": [{(1, 0, 0)}]}, "only where its tile is available"),
        ({"tiles": {(0, 0, 0)}, "child_subtrees": {(1, 0, 0)}}, "must be at level 2"),
        ({"tiles": {(0, 0, 0)}, "dims": 4}, "dims must be 2"),
        ({"tiles": {(0, 0, 0)}, "subtree_levels": 0}, "subtree_levels must be >= 1"),
    ],
)
def test_subtree_rejects_bad_availability(kwargs: dict[str, Any], message: str) -> None:
    params: dict[str, Any] = {"subtree_levels": 2, **kwargs}
    with pytest.raises(ValueError, match=message):
        tg.subtree_binary(**params)


def test_relative_uri() -> None:
    assert tg.relative_uri("tileset.json", "a b/ü.glb") == "a%20b/%C3%BC.glb"
    assert tg.relative_uri("sets/s1/deep/x.json", "tiles/1.glb") == "../../../tiles/1.glb"
    assert tg.relative_uri("sets/a/t.json", "sets/a/b/c.glb", "v=2") == "b/c.glb?v=2"
    assert tg.relative_uri("sets/a/t.json", "tileset.json") == "../../tileset.json"


_segment = st.text(
    st.characters(codec="utf-8", exclude_characters="/\\\0?#", exclude_categories=("Cs", "Cc")),
    min_size=1,
    max_size=6,
).filter(lambda t: t not in (".", ".."))
_path = st.lists(_segment, min_size=1, max_size=4).map("/".join)


@given(src=_path, dst=_path)
@settings(max_examples=300, deadline=None)
def test_relative_uri_resolves_back(src: str, dst: str) -> None:
    uri = tg.relative_uri(src, dst)
    assert "?" not in uri and "#" not in uri and " " not in uri
    src_url = BASE + "/".join(quote(seg, safe="") for seg in src.split("/"))
    assert _path_of(urljoin(src_url, uri)) == dst


@st.composite
def _availability(
    draw: st.DrawFn,
) -> tuple[int, int, set[tuple[int, ...]], set[tuple[int, ...]], set[tuple[int, ...]]]:
    dims = draw(st.sampled_from([2, 3]))
    levels = draw(st.integers(1, 3 if dims == 2 else 2))
    tiles = {(0,) * (dims + 1)}
    frontier = [(0,) * (dims + 1)]
    for _ in range(1, levels):
        nxt = []
        for t in frontier:
            for k in range(1 << dims):
                if draw(st.booleans()):
                    nxt.append((t[0] + 1, *((v << 1) | (k >> d & 1) for d, v in enumerate(t[1:]))))
        tiles.update(nxt)
        frontier = nxt
    content = {t for t in sorted(tiles) if draw(st.booleans())}
    side = 1 << levels
    kids = draw(st.sets(st.tuples(*[st.integers(0, side - 1)] * dims), max_size=8))
    return dims, levels, tiles, content, {(levels, *k) for k in kids}


@given(case=_availability(), external=st.booleans())
@settings(max_examples=150, deadline=None)
def test_subtree_roundtrip_property(case: Any, external: bool) -> None:
    dims, levels, tiles, content, kids = case
    files = tg.subtree_binary(
        dims=dims,
        subtree_levels=levels,
        tiles=tiles,
        contents=[content],
        child_subtrees=kids,
        external_buffer_uri="e.bin" if external else None,
    )
    view = _roundtrip(files, dims, levels, legacy=False)
    doc = view.doc
    assert doc["tileAvailability"]["availableCount"] == len(tiles)
    for level in range(levels):
        side = 1 << level
        for n in range(side**dims):
            xyz = tuple((n // side**d) % side for d in range(dims))
            assert view.tile(doc["tileAvailability"], level, xyz) == ((level, *xyz) in tiles)
            assert view.tile(doc["contentAvailability"][0], level, xyz) == (
                (level, *xyz) in content
            )
    side = 1 << levels
    for n in range(side**dims):
        xyz = tuple((n // side**d) % side for d in range(dims))
        assert view.child(xyz) == ((levels, *xyz) in kids)


def test_filler_deterministic_and_long() -> None:
    a = tg.filler(200_000, seed=5)
    assert len(a) == 200_000 and a == tg.filler(200_000, seed=5)
    assert a != tg.filler(200_000, seed=6) and tg.filler(0) == b""


# --------------------------------------------------------------------------- tests: shapes

SMALL_SHAPES = [s for s in tg.SHAPES if s not in ("demo", "big")]


@pytest.mark.parametrize("shape", SMALL_SHAPES)
def test_shape_is_consistent_and_deterministic(shape: str) -> None:
    sample = tg.build_tileset(shape, seed=7)
    assert_consistent(sample)
    again = tg.build_tileset(shape, seed=7)
    assert again.files == sample.files and again.reachable == sample.reachable
    assert again.encodings == sample.encodings and again.missing == sample.missing
    other = tg.build_tileset(shape, seed=8)
    assert other.files != sample.files


@pytest.mark.parametrize(
    "params",
    [
        {"n": 1},
        {"n": 0},
        {"n": 50, "fanout": 1},
        {"n": 40, "nested": True, "odd_names": True},
        {"n": 5, "size": 30_000, "folder": ""},
    ],
)
def test_flat_params(params: dict[str, Any]) -> None:
    sample = tg.build_tileset("flat", **params)
    assert_consistent(sample)
    assert len(sample.files) == params["n"] + 1
    if params.get("odd_names"):
        tileset = sample.files["tileset.json"].decode()
        assert "?v=2" in tileset and "%20" in tileset and "%C3%BC" in tileset
        assert any(" " in p for p in sample.files) and any("ü" in p for p in sample.files)
        assert any(p.count("/") >= 3 for p in sample.files)
    if params.get("size"):
        assert all(len(b) >= params["size"] for p, b in sample.files.items() if p.endswith(".glb"))


def test_external_shape_features() -> None:
    sample = tg.build_tileset("external", n=30, k=4)
    walk = assert_consistent(sample)
    assert walk.seen == set(sample.files)
    names = set(sample.files)
    assert any(p.endswith(".3dtiles") for p in names)  # external tileset not named *.json
    assert "sets/s0/inner/more.json" in names
    assert any("ünï" in p for p in names)
    texts = [sample.files[p].decode() for p in names if not p.endswith(".glb")]
    assert any('"../../tileset.json"' in t for t in texts)  # cycle back to the root
    assert any('"inner/more.json?v=1"' in t for t in texts)
    assert "files=" in repr(sample) and "glTF" not in repr(sample)
    assert sum(p.endswith(".glb") for p in names) == 31
    with pytest.raises(ValueError, match="k must be >= 1"):
        tg.build_tileset("external", k=0)


@pytest.mark.parametrize("shape", ["implicit-quadtree", "implicit-octree"])
@pytest.mark.parametrize("external_buffers", [False, True])
def test_implicit_shapes_span_subtrees(shape: str, external_buffers: bool) -> None:
    sample = tg.build_tileset(shape, seed=3, external_buffers=external_buffers)
    assert_consistent(sample)
    subtrees = [p for p in sample.files if p.endswith(".subtree")]
    assert len(subtrees) >= 3  # child subtrees exist
    docs = [parse_subtree(sample.files[p])[0] for p in subtrees]
    kinds = {("bitstream" in d["tileAvailability"]) for d in docs}
    assert kinds == {True, False}  # sparse bitstreams and constants both occur
    assert any(d["childSubtreeAvailability"].get("constant") == 0 for d in docs)
    assert any("bitstream" in d["childSubtreeAvailability"] for d in docs)
    assert any(p.endswith(".bin") for p in sample.files) == external_buffers


def test_implicit_two_templates_and_params() -> None:
    sample = tg.build_tileset(
        "implicit-quadtree", contents=2, subtree_levels=3, available_levels=8, density=0.3
    )
    assert_consistent(sample)
    root = json.loads(sample.files["tileset.json"])["root"]
    assert [c["uri"] for c in root["contents"]] == [
        "content/{level}/{x}/{y}.glb",
        "points/{level}/{x}/{y}.pnts",
    ]
    assert root["implicitTiling"]["availableLevels"] == 8
    assert any(p.startswith("content/7/") for p in sample.files)
    one = tg.build_tileset("implicit-quadtree", contents=1)
    assert "content" in json.loads(one.files["tileset.json"])["root"]
    with pytest.raises(ValueError, match="contents must be 1 or 2"):
        tg.build_tileset("implicit-octree", contents=3)


def test_implicit_json_subtree_uses_external_buffer() -> None:
    sample = tg.build_tileset("implicit-json-subtree", seed=2)
    assert_consistent(sample)
    subtree_docs = [json.loads(b) for p, b in sample.files.items() if p.startswith("subtrees/")]
    uris = {b["uri"] for d in subtree_docs for b in d.get("buffers", [])}
    assert uris and all(u.startswith("../buffers/") for u in uris)


def test_implicit_1_0_extension_form() -> None:
    for contents in (1, 2):
        sample = tg.build_tileset("implicit-1.0", seed=2, contents=contents)
        assert_consistent(sample)
        doc = json.loads(sample.files["tileset.json"])
        assert doc["asset"]["version"] == "1.0"
        assert "3DTILES_implicit_tiling" in doc["extensionsRequired"]
        assert "3DTILES_implicit_tiling" in doc["root"]["extensions"]
        assert any(p.endswith(".b3dm") for p in sample.files)
        docs = [parse_subtree(b)[0] for p, b in sample.files.items() if p.endswith(".subtree")]
        assert all("bitstream" not in json.dumps(d) for d in docs)
        # subtrees without any content carry no content availability at all (1.0 rule)
        assert any("contentAvailability" not in d and "extensions" not in d for d in docs)


def test_legacy_mixed_gzip_schema_details() -> None:
    legacy = tg.build_tileset("legacy")
    text = legacy.files["tileset.json"].decode()
    assert '"url"' in text and '"uri"' not in text
    assert json.loads(text)["asset"]["version"] == "1.0"

    mixed = tg.build_tileset("mixed")
    magics = {b[:4] for b in mixed.files.values()}
    assert {b"glTF", b"b3dm", b"i3dm", b"pnts", b"cmpt"} <= magics
    assert "?v=2" in mixed.files["tileset.json"].decode()
    assert "models/lamp post.glb" in mixed.reachable  # via the i3dm inside the cmpt

    gz = tg.build_tileset("gzip")
    assert gz.encodings == {
        "tiles/0.glb": "gzip",
        "ext/tileset.json": "gzip",
        "ext/a.b3dm": "gzip",
        "ext2/c.glb": "gzip",
    }
    assert gz.files["tiles/1.glb"][:2] == b"\x1f\x8b"  # gzip found by its magic only

    sch = tg.build_tileset("schema")
    assert {"schema/schema.json", "schema/glb schema.json"} <= sch.reachable

    gl = tg.build_tileset("gltf-external")
    assert {
        "models/house.bin",
        "models/textures/wall.png",
        "shared/tex ü.png",
        "shared/extra.bin",
        "models/v2/house 2.bin",
    } <= gl.reachable


def test_with_missing_and_with_extra() -> None:
    missing = tg.build_tileset("with-missing", n=8, absent=5)
    assert missing.missing == {"tiles/5.glb"} and "tiles/5.glb" not in missing.files
    assert_consistent(missing)
    with pytest.raises(ValueError, match=r"absent must be in 0\.\.7"):
        tg.build_tileset("with-missing", n=8, absent=9)
    extra = tg.build_tileset("with-extra")
    assert_consistent(extra)
    assert extra.unreachable == {
        "extra/notes.txt",
        "extra/old 0.glb",
        "extra/deep/a/orphan.b3dm",
        "unused.json",
    }


def test_demo_shape_is_realistic() -> None:
    sample = tg.build_tileset("demo", seed=1)
    walk = assert_consistent(sample)
    assert walk.seen == set(sample.files)
    assert 2000 <= len(sample.files) <= 3500
    glbs = [b for p, b in sample.files.items() if p.endswith(".glb")]
    assert min(map(len, glbs)) >= 2048 and max(map(len, glbs)) <= 41000
    tilesets = [p for p in sample.files if p.endswith("tileset.json")]
    assert len(tilesets) >= 6
    assert sum(p.endswith(".subtree") for p in sample.files) >= 2
    assert any(p.count("/") >= 4 for p in sample.files)
    again = tg.build_tileset("demo", seed=1)
    assert again.files == sample.files
    assert tg.build_tileset("demo", seed=2).files != sample.files


def test_demo_params() -> None:
    small = tg.build_tileset(
        "demo", tiles=60, models=2, parts=2, implicit=False, min_size=1000, max_size=3000
    )
    assert_consistent(small)
    assert sum(p.endswith(".glb") for p in small.files) == 60
    with pytest.raises(ValueError, match=r"models must be 1\.\.10"):
        tg.build_tileset("demo", models=0)


def test_big_shape_and_streaming_agree() -> None:
    sample = tg.build_tileset("big", n=2500, per_tileset=300)
    assert_consistent(sample)
    assert sum(p.endswith(".glb") for p in sample.files) == 2500
    assert len({b for p, b in sample.files.items() if p.endswith(".glb")}) == 2500
    streamed = list(tg.iter_files("big", n=2500, per_tileset=300))
    assert dict(streamed) == dict(sample.files) and len(streamed) == len(sample.files)
    assert streamed[-1][0] == "tileset.json"


def test_big_shape_size_and_iter_files_of_other_shapes() -> None:
    sized = tg.build_tileset("big", n=30, per_tileset=7, size=20_000)
    glbs = [b for p, b in sized.files.items() if p.endswith(".glb")]
    assert len(glbs) == 30 and all(20_000 <= len(b) < 20_008 for b in glbs)
    for b in glbs:
        check_glb(b)
    assert dict(tg.iter_files("mixed", seed=4)) == dict(tg.build_tileset("mixed", seed=4).files)
    with pytest.raises(ValueError, match="per_tileset must be >= 1"):
        list(tg.iter_files("big", per_tileset=0))


def test_big_shape_streams_100k_files() -> None:
    # Speed is the benchmarks' business; here: the count, and files come one at a time.
    files = tg.iter_files("big", n=100_000)
    assert next(files)[0].endswith(".glb")
    count = 1 + sum(1 for _ in files)
    assert count == 100_000 + 100 + 1


def test_build_tileset_rejects_unknown() -> None:
    with pytest.raises(ValueError, match=r"unknown tileset shape 'nope'; known: flat, "):
        tg.build_tileset("nope")
    with pytest.raises(TypeError):
        tg.build_tileset("flat", bogus=1)
    with pytest.raises(ValueError, match="fanout must be >= 1"):
        tg.build_tileset("flat", fanout=0)


# --------------------------------------------------------------------------- tests: writing


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_write_tileset_byte_identical(tmp_path: Path) -> None:
    sample = tg.build_tileset("mixed")
    assert tg.write_tileset(sample, tmp_path / "out") == len(sample.files)
    assert _tree(tmp_path / "out") == dict(sample.files)
    gz = tg.build_tileset("gzip")
    tg.write_tileset(gz, tmp_path / "gz")
    assert (tmp_path / "gz" / "ext" / "tileset.json").read_bytes()[:2] == b"\x1f\x8b"


def test_write_tileset_streaming(tmp_path: Path) -> None:
    n = tg.write_tileset(tg.iter_files("big", n=500, per_tileset=100), tmp_path)
    assert n == 506 and (tmp_path / "sets" / "4.json").is_file()


@pytest.mark.parametrize(
    "bad", ["../escape.glb", "/abs.glb", "a/../../x", "a\\b", "", "a//b", "./a", "a\0b"]
)
def test_write_tileset_refuses_unsafe_paths(tmp_path: Path, bad: str) -> None:
    dest = tmp_path / "dest"
    files: Iterable[tuple[str, bytes]] = [(bad, b"x")]
    with pytest.raises(ValueError, match="refusing to write unsafe path"):
        tg.write_tileset(files, dest)
    assert _tree(tmp_path) == {}


def test_write_tileset_stops_at_first_unsafe_path(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    with pytest.raises(ValueError, match=r"unsafe path '\.\./x'"):
        tg.write_tileset([("ok.glb", b"1"), ("../x", b"2"), ("later.glb", b"3")], dest)
    assert _tree(tmp_path) == {"dest/ok.glb": b"1"}
