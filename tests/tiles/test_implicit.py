"""Implicit tiling: Morton order, subtree files, availability and the coordinates they yield."""

from __future__ import annotations

import json
import struct
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yarl import URL

from itwin_mesh_async.errors import TileFormatError
from itwin_mesh_async.tiles.limits import Limits
from itwin_mesh_async.tiles.parse.implicit import (
    ImplicitContext,
    expand_template,
    morton_decode_2d,
    morton_decode_3d,
    morton_encode_2d,
    morton_encode_3d,
)
from itwin_mesh_async.tiles.parse.subtree import (
    Availability,
    SubtreeResult,
    parse_subtree,
    resolve_subtree,
)

LIMITS = Limits()
BASE = URL("http://h/c/tileset.json")


def make_subtree(doc: dict[str, Any], binary: bytes = b"") -> bytes:
    js = json.dumps(doc).encode()
    js += b" " * (-len(js) % 8)
    binary += b"\x00" * (-len(binary) % 8)
    return b"subt" + struct.pack("<IQQ", 1, len(js), len(binary)) + js + binary


def ctx(
    scheme: str = "QUADTREE",
    *,
    subtree_levels: int = 2,
    available_levels: int = 4,
    contents: tuple[str, ...] = ("c/{level}/{x}/{y}.glb",),
    level: int = 0,
    x: int = 0,
    y: int = 0,
    z: int = 0,
) -> ImplicitContext:
    return ImplicitContext(
        scheme=scheme,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        subtrees_uri="s/{level}/{x}/{y}.subtree",
        content_uris=contents,
        base=BASE,
        level=level,
        x=x,
        y=y,
        z=z,
    )


def run(
    data: bytes,
    context: ImplicitContext,
    buffers: dict[str, bytes] | None = None,
    limits: Limits = LIMITS,
) -> SubtreeResult:
    parsed = parse_subtree(data, path="s.subtree", limits=limits)
    return resolve_subtree(parsed, context, buffers or {}, path="s.subtree", limits=limits)


def bits(indices: set[int] | list[int], length: int) -> bytes:
    out = bytearray((length + 7) // 8)
    for i in indices:
        out[i >> 3] |= 1 << (i & 7)
    return bytes(out)


# -- Morton ------------------------------------------------------------------------------------


def test_morton_known_values() -> None:
    assert [
        morton_encode_2d(x, y) for x, y in [(0, 0), (1, 0), (0, 1), (1, 1), (2, 0), (3, 3)]
    ] == [0, 1, 2, 3, 4, 15]
    assert morton_decode_2d(17) == (5, 0)
    assert morton_decode_2d(18) == (4, 1)
    assert [
        morton_encode_3d(*c) for c in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1), (2, 0, 0)]
    ] == [1, 2, 4, 7, 8]
    assert morton_decode_3d(63) == (3, 3, 3)


def _interleave_by_string(coords: tuple[int, ...], width: int) -> int:
    # Independent oracle: interleave binary digit strings, most significant first.
    digits = [format(c, f"0{width}b") for c in coords]
    text = "".join("".join(d[i] for d in reversed(digits)) for i in range(width))
    return int(text, 2) if text else 0


@given(st.integers(0, 2**40), st.integers(0, 2**40))
def test_morton_2d_roundtrip(x: int, y: int) -> None:
    code = morton_encode_2d(x, y)
    assert morton_decode_2d(code) == (x, y)
    assert code == _interleave_by_string((x, y), 41)


@given(st.integers(0, 2**30), st.integers(0, 2**30), st.integers(0, 2**30))
def test_morton_3d_roundtrip(x: int, y: int, z: int) -> None:
    code = morton_encode_3d(x, y, z)
    assert morton_decode_3d(code) == (x, y, z)
    assert code == _interleave_by_string((x, y, z), 31)


@given(st.integers(0, 6))
def test_morton_level_is_a_permutation(level: int) -> None:
    side = 1 << level
    codes = {morton_encode_2d(x, y) for x in range(side) for y in range(side)}
    assert codes == set(range(side * side))


def test_expand_template() -> None:
    assert expand_template("t/{level}/{x}/{y}/{z}.glb", 3, 5, 6, 7) == "t/3/5/6/7.glb"
    assert expand_template("{x}-{x}.glb", 1, 2, 3) == "2-2.glb"
    assert expand_template("fixed.glb", 1, 2, 3) == "fixed.glb"


def test_availability_indices_and_count() -> None:
    a = Availability(length=10, bits=bits({0, 3, 9}, 10) + b"\xff")
    assert list(a.indices()) == [0, 3, 9]
    assert a.count() == 3
    # Padding bits past the length are ignored.
    b = Availability(length=3, bits=b"\xff")
    assert list(b.indices()) == [0, 1, 2] and b.count() == 3
    assert list(Availability(length=4, constant=True).indices()) == [0, 1, 2, 3]
    assert Availability(length=4, constant=False).count() == 0


# -- the spec's SparseImplicitQuadtree sample ---------------------------------------------------


def test_sparse_quadtree_sample_root_subtree() -> None:
    doc = {
        "buffers": [{"byteLength": 16}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": 3},
            {"buffer": 0, "byteOffset": 8, "byteLength": 8},
        ],
        "tileAvailability": {"bitstream": 0, "availableCount": 7},
        "contentAvailability": [{"availableCount": 0, "constant": 0}],
        "childSubtreeAvailability": {"bitstream": 1, "availableCount": 8},
    }
    binary = bytes(
        [0x0D, 0x32, 0x01, 0, 0, 0, 0, 0, 0x00, 0x00, 0x06, 0x60, 0x06, 0x60, 0x00, 0x00]
    )
    result = run(make_subtree(doc, binary), ctx(subtree_levels=3, available_levels=6))
    assert result.contents == []
    assert result.children[:2] == [(3, 5, 0, 0), (3, 4, 1, 0)]
    assert len(result.children) == 8


def test_sparse_quadtree_sample_child_subtree() -> None:
    doc = {
        "buffers": [{"byteLength": 16}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": 3},
            {"buffer": 0, "byteOffset": 8, "byteLength": 3},
        ],
        "tileAvailability": {"bitstream": 0, "availableCount": 7},
        "contentAvailability": [{"bitstream": 1, "availableCount": 4}],
        "childSubtreeAvailability": {"availableCount": 0, "constant": 0},
    }
    binary = bytes([0xD3, 0x00, 0x0C, 0, 0, 0, 0, 0, 0xC0, 0x00, 0x0C, 0, 0, 0, 0, 0])
    result = run(make_subtree(doc, binary), ctx(subtree_levels=3, available_levels=6, level=3, x=5))
    assert result.contents == [
        (0, 5, 21, 0, 0),
        (0, 5, 20, 1, 0),
        (0, 5, 23, 2, 0),
        (0, 5, 22, 3, 0),
    ]
    assert result.children == []


# -- forms: binary/JSON, internal/external, constants, 1.0 -------------------------------------


def test_constant_availability_full_quadtree() -> None:
    doc = {
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 1, "availableCount": 5}],
        "childSubtreeAvailability": {"constant": 1},
    }
    result = run(json.dumps(doc).encode(), ctx(subtree_levels=2, available_levels=4))
    assert result.contents == [
        (0, 0, 0, 0, 0),
        (0, 1, 0, 0, 0),
        (0, 1, 1, 0, 0),
        (0, 1, 0, 1, 0),
        (0, 1, 1, 1, 0),
    ]
    assert result.children == [(2, 0, 0, 0), (2, 1, 0, 0), (2, 0, 1, 0), (2, 1, 1, 0)] + [
        (2, x, y, 0) for x, y in [(2, 0), (3, 0), (2, 1), (3, 1), (0, 2), (1, 2), (0, 3), (1, 3)]
    ] + [(2, 2, 2, 0), (2, 3, 2, 0), (2, 2, 3, 0), (2, 3, 3, 0)]


def test_octree_child_coordinates_offset_by_subtree_root() -> None:
    doc = {
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 0}],
        "childSubtreeAvailability": {"bitstream": 0},
        "buffers": [{"byteLength": 8}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 1}],
    }
    data = make_subtree(doc, bits({7}, 8))
    result = run(data, ctx("OCTREE", subtree_levels=1, available_levels=5, level=2, x=1, y=2, z=3))
    assert result.children == [(3, 3, 5, 7)]


def test_levels_clipped_to_available_levels() -> None:
    doc = {
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 1}],
        "childSubtreeAvailability": {"constant": 1},
    }
    result = run(json.dumps(doc).encode(), ctx(subtree_levels=3, available_levels=2))
    assert {c[1] for c in result.contents} == {0, 1}
    assert len(result.contents) == 5
    assert result.children == []  # level 3 is past availableLevels
    # A subtree whose children would sit exactly at availableLevels has none either.
    assert run(json.dumps(doc).encode(), ctx(subtree_levels=2, available_levels=2)).children == []


def test_json_subtree_with_external_buffer() -> None:
    doc = {
        "buffers": [{"uri": "avail.bin", "byteLength": 16}, {"uri": "meta.bin", "byteLength": 4}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": 1},
            {"buffer": 0, "byteOffset": 8, "byteLength": 2},
            {"buffer": 1, "byteOffset": 0, "byteLength": 4},
        ],
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"bitstream": 0, "availableCount": 2}],
        "childSubtreeAvailability": {"bitstream": 1, "availableCount": 1},
        "propertyTables": [{"class": "t", "count": 1, "properties": {"p": {"values": 2}}}],
    }
    data = json.dumps(doc).encode()
    parsed = parse_subtree(data, limits=LIMITS)
    assert parsed.needed == ("avail.bin",)
    assert parsed.external == ("avail.bin", "meta.bin")
    avail = bits({0, 4}, 5) + b"\x00" * 7 + bits({15}, 16) + b"\x00" * 6
    result = resolve_subtree(parsed, ctx(available_levels=5), {"avail.bin": avail}, limits=LIMITS)
    assert result.contents == [(0, 0, 0, 0, 0), (0, 1, 1, 1, 0)]
    assert result.children == [(2, 3, 3, 0)]


def test_binary_subtree_with_internal_and_external_buffers() -> None:
    doc = {
        "buffers": [{"byteLength": 8}, {"uri": "ext/children.bin", "byteLength": 2}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": 1},
            {"buffer": 1, "byteOffset": 0, "byteLength": 2},
        ],
        "tileAvailability": {"bitstream": 0},
        "contentAvailability": [{"bitstream": 0}],
        "childSubtreeAvailability": {"bitstream": 1},
    }
    data = make_subtree(doc, bits({0, 1}, 5))
    parsed = parse_subtree(data, limits=LIMITS)
    assert parsed.needed == ("ext/children.bin",)
    result = resolve_subtree(
        parsed, ctx(available_levels=9), {"ext/children.bin": bits({0}, 16)}, limits=LIMITS
    )
    assert result.contents == [(0, 0, 0, 0, 0), (0, 1, 0, 0, 0)]
    assert result.children == [(2, 0, 0, 0)]


def test_1_0_subtree_forms() -> None:
    # 1.0 extension: "bufferView" instead of "bitstream", contentAvailability as one object.
    doc = {
        "buffers": [{"byteLength": 8}],
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 1}],
        "tileAvailability": {"constant": 1},
        "contentAvailability": {"bufferView": 0, "availableCount": 1},
        "childSubtreeAvailability": {"constant": 0},
    }
    result = run(make_subtree(doc, bits({2}, 5)), ctx())
    assert result.contents == [(0, 1, 1, 0, 0)]
    # 1.0 with 3DTILES_multiple_contents: the availabilities live in the extension.
    doc = {
        "tileAvailability": {"constant": 1},
        "childSubtreeAvailability": {"constant": 0},
        "extensions": {
            "3DTILES_multiple_contents": {"contentAvailability": [{"constant": 0}, {"constant": 1}]}
        },
    }
    result = run(json.dumps(doc).encode(), ctx(subtree_levels=1, contents=("a", "b")))
    assert result.contents == [(1, 0, 0, 0, 0)]


def test_missing_content_availability_means_no_content() -> None:
    doc: dict[str, Any] = {
        "tileAvailability": {"constant": 1},
        "childSubtreeAvailability": {"constant": 0},
    }
    assert run(json.dumps(doc).encode(), ctx(contents=("a", "b"))).contents == []
    doc["contentAvailability"] = []
    assert run(json.dumps(doc).encode(), ctx(contents=("a",))).contents == []


def test_no_content_templates_no_content_availability() -> None:
    doc = {"tileAvailability": {"constant": 1}, "childSubtreeAvailability": {"constant": 1}}
    result = run(json.dumps(doc).encode(), ctx(subtree_levels=1, available_levels=2, contents=()))
    assert result.contents == []
    assert len(result.children) == 4


def test_json_chunk_padded_with_nuls_parses() -> None:
    js = json.dumps(
        {"tileAvailability": {"constant": 1}, "childSubtreeAvailability": {"constant": 0}}
    )
    raw = js.encode() + b"\x00" * (-len(js) % 8)
    data = b"subt" + struct.pack("<IQQ", 1, len(raw), 0) + raw
    assert run(data, ctx(contents=())).children == []


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_random_availability_matches_oracle(data: st.DataObject) -> None:
    levels = data.draw(st.integers(1, 4))
    octree = data.draw(st.booleans())
    n = 8 if octree else 4
    tile_count = (n**levels - 1) // (n - 1)
    content = data.draw(st.sets(st.integers(0, tile_count - 1)))
    children = data.draw(st.sets(st.integers(0, n**levels - 1)))
    root = tuple(data.draw(st.integers(0, 3)) for _ in range(3))
    doc = {
        "buffers": [{"byteLength": 0}],
        "bufferViews": [],
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"bitstream": 0, "availableCount": len(content)}],
        "childSubtreeAvailability": {"bitstream": 1, "availableCount": len(children)},
    }
    c_bits, s_bits = bits(content, tile_count), bits(children, n**levels)
    c_bits += b"\x00" * (-len(c_bits) % 8)
    doc["bufferViews"] = [
        {"buffer": 0, "byteOffset": 0, "byteLength": len(c_bits)},
        {"buffer": 0, "byteOffset": len(c_bits), "byteLength": len(s_bits)},
    ]
    doc["buffers"] = [{"byteLength": len(c_bits) + len(s_bits)}]
    context = ctx(
        "OCTREE" if octree else "QUADTREE",
        subtree_levels=levels,
        available_levels=20,
        level=2,
        x=root[0],
        y=root[1],
        z=root[2] if octree else 0,
    )
    result = run(make_subtree(doc, c_bits + s_bits), context)
    # Oracle: walk every tile of the subtree by coordinates, compute its index independently.
    dims = 3 if octree else 2
    expected = []
    offset = 0
    for level in range(levels):
        side = 1 << level
        for code in range(side**dims):
            local = [0] * dims
            for bit in range(level):
                for d in range(dims):
                    local[d] |= ((code >> (bit * dims + d)) & 1) << bit
            if offset + code in content:
                coords = [
                    (context.x, context.y, context.z)[d] * side + local[d] for d in range(dims)
                ]
                expected.append((0, 2 + level, coords[0], coords[1], coords[2] if octree else 0))
        offset += side**dims
    assert sorted(result.contents) == sorted(expected)
    assert len(result.children) == len(children)
    assert all(c[0] == 2 + levels for c in result.children)


# -- broken subtrees ----------------------------------------------------------------------------

GOOD: dict[str, Any] = {
    "buffers": [{"byteLength": 8}],
    "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 1}],
    "tileAvailability": {"constant": 1},
    "contentAvailability": [{"bitstream": 0}],
    "childSubtreeAvailability": {"constant": 0},
}


def _with(**changes: Any) -> dict[str, Any]:
    return {**GOOD, **changes}


@pytest.mark.parametrize(
    ("doc", "binary", "reason"),
    [
        (_with(tileAvailability=None), b"\x01", "tileAvailability is not an object"),
        (_with(childSubtreeAvailability=[]), b"\x01", "childSubtreeAvailability is not an object"),
        (
            _with(contentAvailability=[{"bitstream": 3}]),
            b"\x01",
            "bufferView 3, which does not exist",
        ),
        (_with(contentAvailability=[{"bitstream": -1}]), b"\x01", "not a non-negative integer"),
        (
            _with(bufferViews=[{"buffer": 2, "byteOffset": 0, "byteLength": 1}]),
            b"\x01",
            "names buffer 2, which does not exist",
        ),
        (
            _with(bufferViews=[{"buffer": 0, "byteOffset": 8, "byteLength": 1}]),
            b"\x01",
            "runs past the end of buffer 0",
        ),
        (
            _with(bufferViews=[{"buffer": 0, "byteOffset": 0, "byteLength": 0}]),
            b"\x01",
            "bitstream is too short: 0 bytes for 5 elements",
        ),
        (_with(buffers=[{"byteLength": 64}]), b"\x01", "holds 8 bytes, byteLength says 64"),
        (
            _with(contentAvailability=[{"bitstream": 0, "availableCount": 3}]),
            b"\x03",
            "availableCount is 3 but 2",
        ),
        (_with(contentAvailability=[{"constant": 2}]), b"", "neither a bitstream nor a constant"),
        (
            _with(contentAvailability=[{"constant": True}]),
            b"",
            "neither a bitstream nor a constant",
        ),
        (_with(contentAvailability=[{}]), b"", "neither a bitstream nor a constant"),
        (
            _with(contentAvailability=[{"constant": 1, "availableCount": 2}]),
            b"",
            "availableCount is 2 but 5",
        ),
        (_with(contentAvailability=[{"constant": 1}] * 2), b"", "2 content availabilities"),
        (_with(contentAvailability="x"), b"", "contentAvailability is not an array"),
        (_with(buffers={}), b"", "buffers is not an array"),
        (
            _with(buffers=[{"uri": 5, "byteLength": 1}]),
            b"",
            "buffers[0].uri is not a non-empty string",
        ),
        (_with(buffers=[{"uri": "data:,x", "byteLength": 1}]), b"", "data: URI"),
        (
            _with(buffers=[{"uri": "a.bin", "byteLength": 1}]),
            b"",
            "external buffer 'a.bin' was not provided",
        ),
        (_with(buffers=[{}]), b"\x01", "byteLength is not a non-negative integer"),
    ],
)
def test_broken_subtrees_refused(doc: dict[str, Any], binary: bytes, reason: str) -> None:
    with pytest.raises(TileFormatError) as info:
        run(make_subtree(doc, binary), ctx())
    assert reason in info.value.reason
    assert info.value.path == "s.subtree"


def test_json_subtree_buffer_without_uri_refused() -> None:
    with pytest.raises(TileFormatError, match="has no uri and the subtree has no binary chunk"):
        run(json.dumps(GOOD).encode(), ctx())


def test_subtree_json_not_object_or_not_json() -> None:
    with pytest.raises(TileFormatError, match="subtree JSON is not an object"):
        run(b"[1, 2]", ctx())
    with pytest.raises(TileFormatError, match="subtree JSON does not parse"):
        run(b"{nope", ctx())
    with pytest.raises(TileFormatError, match="subtree JSON does not parse"):
        run(b"subt" + struct.pack("<IQQ", 1, 8, 0) + b"{" + b" " * 7, ctx())


def test_subtree_limits() -> None:
    data = make_subtree(GOOD, b"\x01")
    with pytest.raises(TileFormatError, match="over the limit of 64"):
        run(data, ctx(), limits=Limits(max_subtree_bytes=64))
    with pytest.raises(TileFormatError, match="subtreeLevels 2 is over the limit of 1"):
        run(data, ctx(), limits=Limits(max_subtree_levels=1))
    constant = {
        "tileAvailability": {"constant": 1},
        "contentAvailability": [{"constant": 1}],
        "childSubtreeAvailability": {"constant": 1},
    }
    with pytest.raises(TileFormatError, match="21 available contents are over the limit of 20"):
        run(
            json.dumps(constant).encode(),
            ctx(subtree_levels=3, available_levels=9),
            limits=Limits(max_refs_per_file=20),
        )
    with pytest.raises(TileFormatError, match="16 child subtrees are over the limit of 10"):
        run(
            json.dumps(constant).encode(),
            ctx(subtree_levels=2, available_levels=9),
            limits=Limits(max_refs_per_file=10),
        )
    bitstream = {
        **GOOD,
        "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 3}],
        "buffers": [{"byteLength": 8}],
    }
    with pytest.raises(TileFormatError, match="more than 4 references"):
        run(
            make_subtree(bitstream, b"\xff\xff\xff"),
            ctx(subtree_levels=3, available_levels=9),
            limits=Limits(max_refs_per_file=4),
        )


def test_external_buffer_over_limit() -> None:
    doc = _with(buffers=[{"uri": "a.bin", "byteLength": 1}])
    parsed = parse_subtree(json.dumps(doc).encode(), limits=LIMITS)
    with pytest.raises(TileFormatError, match=r"external buffer 'a\.bin' is over the subtree size"):
        resolve_subtree(
            parsed, ctx(), {"a.bin": b"\x01" * 100}, limits=Limits(max_subtree_bytes=50)
        )
