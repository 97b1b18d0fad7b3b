"""Format detection, header verification and bounded gzip inflation."""

from __future__ import annotations

import gzip
import json
import struct
from typing import Any

import pytest

from itwin_mesh_async.errors import TileFormatError
from itwin_mesh_async.tiles.parse.formats import (
    detect_format,
    gunzip_bounded,
    is_gzip,
    parse_json,
    subtree_chunks,
    verify,
)

# -- byte builders (valid by default; tests then break one field) ------------------------------


def _pad(data: bytes, fill: bytes = b" ", align: int = 4) -> bytes:
    return data + fill * (-len(data) % align)


def make_glb(doc: dict[str, Any] | None = None, binary: bytes = b"") -> bytes:
    body = _pad(json.dumps(doc or {"asset": {"version": "2.0"}}).encode())
    chunks = struct.pack("<II", len(body), 0x4E4F534A) + body
    if binary:
        binary = _pad(binary, b"\x00")
        chunks += struct.pack("<II", len(binary), 0x004E4942) + binary
    return b"glTF" + struct.pack("<II", 2, 12 + len(chunks)) + chunks


def make_tables_tile(magic: bytes, body: bytes, extra: bytes = b"", ft: bytes = b"{}") -> bytes:
    header_len = 28 + len(extra)
    ft = _pad(ft, b" ", 8)
    total = header_len + len(ft) + len(body)
    header = magic + struct.pack("<IIIIII", 1, total, len(ft), 0, 0, 0) + extra
    return header + ft + body


def make_b3dm(glb: bytes | None = None) -> bytes:
    return make_tables_tile(b"b3dm", glb if glb is not None else make_glb())


def make_i3dm(payload: bytes | str | None = None) -> bytes:
    if isinstance(payload, str):
        return make_tables_tile(b"i3dm", _pad(payload.encode(), b" ", 8), struct.pack("<I", 0))
    body = payload if payload is not None else make_glb()
    return make_tables_tile(b"i3dm", body, struct.pack("<I", 1))


def make_pnts() -> bytes:
    return make_tables_tile(b"pnts", b"", ft=b'{"POINTS_LENGTH":0}')


def make_cmpt(*tiles: bytes) -> bytes:
    body = b"".join(tiles)
    return b"cmpt" + struct.pack("<III", 1, 16 + len(body), len(tiles)) + body


def make_subtree(doc: dict[str, Any], binary: bytes = b"") -> bytes:
    js = _pad(json.dumps(doc).encode(), b" ", 8)
    binary = _pad(binary, b"\x00", 8)
    return b"subt" + struct.pack("<IQQ", 1, len(js), len(binary)) + js + binary


def _set_u32(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + struct.pack("<I", value) + data[offset + 4 :]


# -- detection ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "data", "expected"),
    [
        ("a.bin", make_glb(), "glb"),
        ("a", make_b3dm(), "b3dm"),
        ("a", make_i3dm(), "i3dm"),
        ("a", make_pnts(), "pnts"),
        ("a", make_cmpt(make_b3dm()), "cmpt"),
        ("a", make_subtree({"tileAvailability": {"constant": 1}}), "subtree"),
        ("a.glb", gzip.compress(make_glb()), "gzip"),
        ("t", b'  \n{"asset": {}}', "json"),
        ("t", b"\xef\xbb\xbf[1]", "json"),
        ("i", b"\x89PNG\r\n\x1a\n....", "png"),
        ("i", b"\xff\xd8\xff\xe0....", "jpeg"),
        ("i", b"\xabKTX 20\xbb\r\n\x1a\n", "ktx2"),
        ("x.glb", b"nope", "glb"),
        ("x.B3DM", b"", "b3dm"),
        ("dir.v1/x.json", b"", "json"),
        ("x.gltf", b"", "json"),
        ("x.subtree", b"", "subtree"),
        ("x", b"\x00\x01", "bin"),
        ("x.dat", b"", "bin"),
        ("", b"", "bin"),
    ],
)
def test_detect_format(path: str, data: bytes, expected: str) -> None:
    assert detect_format(path, data) == expected


def test_detect_format_accepts_memoryview() -> None:
    assert detect_format("x", memoryview(make_glb())) == "glb"
    assert is_gzip(memoryview(gzip.compress(b"x")))
    assert not is_gzip(b"\x1f")


# -- verify: good files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        ("glb", make_glb()),
        ("glb", make_glb(binary=b"\x01\x02\x03")),
        ("b3dm", make_b3dm()),
        ("i3dm", make_i3dm()),
        ("i3dm", make_i3dm("models/tree.glb")),
        ("pnts", make_pnts()),
        ("cmpt", make_cmpt(make_b3dm(), make_i3dm(), make_pnts())),
        ("cmpt", make_cmpt(make_cmpt(make_b3dm()), make_pnts())),
        ("cmpt", make_cmpt()),
        ("subtree", make_subtree({"tileAvailability": {"constant": 1}}, b"\x01")),
        ("json", b'{"a": [1, 2]}'),
        ("json", b'\xef\xbb\xbf{"caf\xc3\xa9": 1}'),
        ("gzip", gzip.compress(b"{}")),
        ("png", b"anything"),
        ("bin", b""),
    ],
)
def test_verify_accepts_valid(fmt: str, data: bytes) -> None:
    verify("x", data, fmt)
    verify("x", memoryview(data), fmt)


# -- verify: broken files -----------------------------------------------------------------------

GLB = make_glb(binary=b"abcd")


@pytest.mark.parametrize(
    ("fmt", "data", "reason"),
    [
        ("glb", b"glTF", "shorter than the 20-byte header"),
        ("glb", b"gltf" + GLB[4:], "missing 'glTF' magic"),
        ("glb", _set_u32(GLB, 4, 3), "version 3 is not supported (expected 1 or 2)"),
        ("glb", GLB[:-1], "is more than the size"),
        ("glb", _set_u32(GLB, 8, len(GLB) + 4) + b"\x00" * 4, "4 trailing bytes"),
        ("glb", _set_u32(GLB, 12, 10_000), "runs past the end"),
        ("glb", _set_u32(GLB, 16, 0x004E4942), "first chunk is not JSON"),
        ("b3dm", make_b3dm()[:-4], "is more than the size"),
        ("b3dm", make_b3dm()[:20], "shorter than the 28-byte header"),
        ("b3dm", _set_u32(make_b3dm(), 4, 2), "version 2 is not supported"),
        ("b3dm", _set_u32(make_b3dm(), 20, 1_000_000), "run past the end"),
        ("b3dm", make_b3dm(_set_u32(make_glb(), 4, 3)), "embedded glb: version 3"),
        ("b3dm", make_b3dm(b""), "embedded glTF is missing"),
        ("b3dm", make_b3dm(_set_u32(make_glb(), 8, 999)), "embedded GLB length 999"),
        ("i3dm", _set_u32(make_i3dm(), 28, 2), "gltfFormat 2"),
        ("i3dm", make_i3dm(b"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8")[:-8] + b"\xff" * 8, "glTF"),
        ("pnts", _set_u32(make_pnts(), 12, 4096), "run past the end"),
        ("cmpt", make_cmpt(make_b3dm())[:-1], "is more than the size"),
        ("cmpt", _set_u32(make_cmpt(make_b3dm()), 12, 2), "inner tile 1 of 2 is missing"),
        ("cmpt", make_cmpt(b"xxxx" + make_b3dm()[4:]), "unknown magic"),
        ("cmpt", make_cmpt(make_glb()), "unknown magic"),
        ("cmpt", make_cmpt(_set_u32(make_b3dm(), 8, 5)), "length 5 is out of bounds"),
        ("cmpt", make_cmpt(make_b3dm(_set_u32(make_glb(), 4, 3))), "inner tile 0: b3dm: embedded"),
        ("subtree", b"subt" + b"\x00" * 10, "shorter than the 24-byte header"),
        ("subtree", b"sub!" + make_subtree({})[4:], "missing 'subt' magic"),
        ("subtree", _set_u32(make_subtree({}), 4, 2), "version 2 is not supported"),
        ("subtree", make_subtree({}) + b"\x00" * 8, "do not add up"),
        ("subtree", make_subtree({})[:-1], "do not add up"),
        ("json", b'{"a": ', "does not parse"),
        ("json", b'{"a": "\xff"}', "not valid UTF-8"),
        ("json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("gzip", b"\x00\x00", "missing gzip magic"),
    ],
)
def test_verify_refuses(fmt: str, data: bytes, reason: str) -> None:
    with pytest.raises(TileFormatError) as info:
        verify("tiles/x.bin", data, fmt)
    assert reason in info.value.reason
    assert info.value.path == "tiles/x.bin"
    assert str(info.value).startswith("tiles/x.bin: ")


def test_verify_claimed_tile_format_with_other_magic() -> None:
    data = make_b3dm()
    fmt = detect_format("t.glb", b"\x00" * 40)
    with pytest.raises(TileFormatError, match="missing 'glTF' magic"):
        verify("t.glb", b"\x00" * 40, fmt)
    with pytest.raises(TileFormatError, match="missing 'pnts' magic"):
        verify("t.pnts", data, "pnts")


def test_cmpt_nesting_is_bounded() -> None:
    tile = make_b3dm()
    for _ in range(12):
        tile = make_cmpt(tile)
    with pytest.raises(TileFormatError, match="nested deeper"):
        verify("deep.cmpt", tile, "cmpt")


def test_subtree_chunks_views() -> None:
    data = make_subtree({"k": 1}, b"\x07")
    js, binary = subtree_chunks("s", data)
    assert json.loads(bytes(js)) == {"k": 1}
    assert bytes(binary) == b"\x07" + b"\x00" * 7


# -- gzip ---------------------------------------------------------------------------------------


def test_gunzip_bounded_roundtrip_and_multi_member() -> None:
    assert gunzip_bounded(gzip.compress(b"hello"), 100) == b"hello"
    two = gzip.compress(b"ab") + gzip.compress(b"cd")
    assert gunzip_bounded(two, 100) == b"abcd"
    assert gunzip_bounded(gzip.compress(b"x") + b"\x00" * 16, 10) == b"x"
    assert gunzip_bounded(memoryview(gzip.compress(b"")), 0) == b""


def test_gunzip_bounded_exact_limit_ok() -> None:
    assert gunzip_bounded(gzip.compress(b"a" * 100), 100) == b"a" * 100


def test_gunzip_bounded_refuses_bomb() -> None:
    bomb = gzip.compress(b"\x00" * (20 * 1024 * 1024))
    assert len(bomb) < 100_000
    with pytest.raises(TileFormatError, match="inflates past the limit of 1048576 bytes") as info:
        gunzip_bounded(bomb, 1024 * 1024, path="bomb.glb")
    assert info.value.path == "bomb.glb"
    # A bomb split over members is caught too.
    with pytest.raises(TileFormatError, match="inflates past the limit"):
        gunzip_bounded(gzip.compress(b"a" * 60) + gzip.compress(b"b" * 60), 100)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (gzip.compress(b"hello world")[:-6], "truncated"),
        (gzip.compress(b"hello") + b"junk", "trailing garbage"),
        (b"\x1f\x8b\x08\x00" + b"\xff" * 20, "corrupt"),
    ],
)
def test_gunzip_bounded_refuses_broken(data: bytes, reason: str) -> None:
    with pytest.raises(TileFormatError, match=reason):
        gunzip_bounded(data, 1000)


def test_parse_json_reports_position() -> None:
    with pytest.raises(TileFormatError, match=r"tileset JSON does not parse: .* line 2 column"):
        parse_json(b'{\n "a": }', path="t.json", what="tileset JSON")
    assert parse_json(memoryview(b'{"a": 1}')) == {"a": 1}


def _glb_v1(content: bytes, body: bytes = b"") -> bytes:
    """A glTF 1.0 binary: magic, version 1, length, contentLength, contentFormat 0 (JSON)."""
    return struct.pack("<4sIIII", b"glTF", 1, 20 + len(content) + len(body), len(content), 0) + (
        content + body
    )


def test_glb_with_trailing_padding_is_accepted() -> None:
    # Real writers pad a finished file to 4 or 8 bytes without updating byteLength.
    verify("tiles/x.glb", GLB + b"\x00" * 4, "glb")
    verify("tiles/x.b3dm", make_b3dm() + b" " * 4, "b3dm")


def test_gltf_1_binary_in_b3dm_is_accepted() -> None:
    legacy = _glb_v1(json.dumps({"buffers": {"binary_glTF": {"uri": "data:,"}}}).encode())
    verify("tiles/x.glb", legacy, "glb")
    verify("tiles/x.b3dm", make_b3dm(legacy), "b3dm")


def test_gltf_1_binary_content_past_end_is_refused() -> None:
    bad = _set_u32(_glb_v1(b"{}"), 12, 99)
    with pytest.raises(TileFormatError) as info:
        verify("tiles/x.glb", bad, "glb")
    assert "glTF 1.0 content of 99 bytes runs past the end" in info.value.reason
