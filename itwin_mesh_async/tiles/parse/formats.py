"""Tile file formats: detection by magic and header verification (bounded gzip inflation and
JSON parsing live in :mod:`.decode` and are re-exported here).

Pure and on the hot path (once per fetched file): headers are read with ``struct.unpack_from``
on the bytes or a ``memoryview`` of them, never copied.
"""

from __future__ import annotations

import struct

from ...errors import TileFormatError
from .decode import Buffer, gunzip_bounded, is_gzip, parse_json

__all__ = [
    "BINARY_TILE_FORMATS",
    "Buffer",
    "detect_format",
    "gunzip_bounded",
    "is_gzip",
    "parse_json",
    "verify",
]

_MAGICS: dict[bytes, str] = {
    b"glTF": "glb",
    b"b3dm": "b3dm",
    b"i3dm": "i3dm",
    b"pnts": "pnts",
    b"cmpt": "cmpt",
    b"subt": "subtree",
}
BINARY_TILE_FORMATS = frozenset(_MAGICS.values())
_MAGIC_OF = {fmt: magic for magic, fmt in _MAGICS.items()}
_IMAGE_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\xabKTX 20\xbb\r\n\x1a\n", "ktx2"),
)
_BY_SUFFIX: dict[str, str] = {
    "glb": "glb",
    "b3dm": "b3dm",
    "i3dm": "i3dm",
    "pnts": "pnts",
    "cmpt": "cmpt",
    "subtree": "subtree",
    "json": "json",
    "gltf": "json",
    "gz": "gzip",
}
_JSON_START = frozenset(b"{[")
_WHITESPACE = b" \t\r\n"
_BOM = b"\xef\xbb\xbf"

_GLB_JSON = 0x4E4F534A  # "JSON"
_HEADER_LENGTHS = {"b3dm": 28, "i3dm": 32, "pnts": 28}
_MAX_CMPT_NESTING = 8


def _looks_json(data: Buffer) -> bool:
    view = memoryview(data)[:64]
    head = bytes(view).lstrip(_WHITESPACE)
    if head.startswith(_BOM):
        head = head[len(_BOM) :].lstrip(_WHITESPACE)
    return bool(head) and head[0] in _JSON_START


def _suffix(path: str) -> str:
    name = path.rsplit("/", 1)[-1].split("?", 1)[0]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def detect_format(path: str, data: Buffer) -> str:
    """The format of a file: by magic first, then by the name's suffix, else ``"bin"``.

    Returns one of ``glb b3dm i3dm pnts cmpt subtree json gzip png jpeg ktx2 bin``. A name
    that claims a tile format the bytes do not show still gets that format, so that
    :func:`verify` refuses it instead of letting a corrupt tile pass as opaque data.
    """
    magic = bytes(data[:4])
    fmt = _MAGICS.get(magic)
    if fmt is not None:
        return fmt
    if is_gzip(data):
        return "gzip"
    if _looks_json(data):
        return "json"
    for prefix, name in _IMAGE_MAGICS:
        if bytes(data[: len(prefix)]) == prefix:
            return name
    return _BY_SUFFIX.get(_suffix(path), "bin")


def _fail(path: str, fmt: str, reason: str) -> TileFormatError:
    return TileFormatError(f"{fmt}: {reason}", path=path)


def _u32(data: Buffer, offset: int) -> int:
    value: int = struct.unpack_from("<I", data, offset)[0]
    return value


def _check_length_field(
    path: str, fmt: str, data: Buffer, minimum: int, versions: tuple[int, ...]
) -> int:
    """Common header of the 3D Tiles binaries: magic, version, byteLength within the size.

    Returns the declared byteLength. A file longer than its header says is accepted: real
    writers pad files to 4 or 8 bytes after the fact. A shorter one is truncated.
    """
    size = len(data)
    if size < minimum:
        raise _fail(path, fmt, f"{size} bytes is shorter than the {minimum}-byte header")
    got = _u32(data, 4)
    if got not in versions:
        expected = " or ".join(str(v) for v in versions)
        raise _fail(path, fmt, f"version {got} is not supported (expected {expected})")
    length = _u32(data, 8)
    if length > size:
        raise _fail(path, fmt, f"header byteLength {length} is more than the size {size}")
    if length < minimum:
        raise _fail(path, fmt, f"header byteLength {length} is shorter than the header")
    return length


def verify_glb(path: str, data: Buffer) -> None:
    """GLB: ``glTF`` magic, version 2 (chunks in bounds, JSON first) or 1 (3D Tiles 1.0 era)."""
    if bytes(data[:4]) != b"glTF":
        raise _fail(path, "glb", "missing 'glTF' magic")
    size = _check_length_field(path, "glb", data, 20, (1, 2))
    if _u32(data, 4) == 1:
        # glTF 1.0 binary: contentLength, contentFormat 0 (JSON), then the body.
        content_length, content_format = struct.unpack_from("<II", data, 12)
        if content_format != 0:
            raise _fail(path, "glb", f"glTF 1.0 contentFormat {content_format} is not JSON")
        if 20 + content_length > size:
            reason = f"glTF 1.0 content of {content_length} bytes runs past the end"
            raise _fail(path, "glb", reason)
        return
    offset = 12
    chunks = 0
    while offset < size:
        if size - offset < 8:
            raise _fail(path, "glb", f"{size - offset} trailing bytes after the last chunk")
        length, kind = struct.unpack_from("<II", data, offset)
        if chunks == 0 and kind != _GLB_JSON:
            raise _fail(path, "glb", "first chunk is not JSON")
        end = offset + 8 + length
        if end > size:
            raise _fail(path, "glb", f"chunk {chunks} of {length} bytes runs past the end")
        offset = end
        chunks += 1


def _verify_tile_tables(path: str, fmt: str, data: Buffer) -> int:
    """b3dm/i3dm/pnts: the four table lengths fit; returns the offset of the body."""
    header = _HEADER_LENGTHS[fmt]
    size = _check_length_field(path, fmt, data, header, (1,))
    ft_json, ft_bin, bt_json, bt_bin = (_u32(data, 12 + 4 * i) for i in range(4))
    body: int = header + ft_json + ft_bin + bt_json + bt_bin
    if body > size:
        raise _fail(
            path,
            fmt,
            f"feature/batch table lengths ({ft_json}+{ft_bin}+{bt_json}+{bt_bin}) "
            f"run past the end of the {size}-byte tile",
        )
    return body


def _verify_embedded_glb(path: str, fmt: str, data: Buffer, start: int) -> None:
    size = len(data)
    if size - start < 12:
        raise _fail(path, fmt, "embedded glTF is missing or shorter than a GLB header")
    glb_length = _u32(data, start + 8)
    if start + glb_length > size:
        raise _fail(path, fmt, f"embedded GLB length {glb_length} runs past the end")
    try:
        verify_glb(path, memoryview(data)[start : start + glb_length])
    except TileFormatError as exc:
        raise _fail(path, fmt, f"embedded {exc.reason}") from None


def verify_b3dm(path: str, data: Buffer) -> None:
    """b3dm: length field, table lengths, embedded GLB."""
    _verify_embedded_glb(path, "b3dm", data, _verify_tile_tables(path, "b3dm", data))


def verify_i3dm(path: str, data: Buffer) -> None:
    """i3dm: length field, table lengths, ``gltfFormat`` 0 (UTF-8 URI) or 1 (embedded GLB)."""
    body = _verify_tile_tables(path, "i3dm", data)
    gltf_format = _u32(data, 28)
    if gltf_format == 1:
        _verify_embedded_glb(path, "i3dm", data, body)
    elif gltf_format == 0:
        try:
            bytes(data[body:]).decode("utf-8")
        except UnicodeDecodeError:
            raise _fail(path, "i3dm", "glTF URI is not valid UTF-8") from None
    else:
        raise _fail(path, "i3dm", f"gltfFormat {gltf_format} is neither 0 (URI) nor 1 (GLB)")


def verify_pnts(path: str, data: Buffer) -> None:
    """pnts: length field and table lengths."""
    _verify_tile_tables(path, "pnts", data)


def verify_cmpt(path: str, data: Buffer, _nesting: int = 0) -> None:
    """cmpt: length field; the inner tiles, each verified, add up to the byteLength."""
    if _nesting > _MAX_CMPT_NESTING:
        raise _fail(path, "cmpt", f"composite tiles nested deeper than {_MAX_CMPT_NESTING}")
    size = _check_length_field(path, "cmpt", data, 16, (1,))
    count = _u32(data, 12)
    view = memoryview(data)
    offset = 16
    for index in range(count):
        if size - offset < 12:
            raise _fail(path, "cmpt", f"inner tile {index} of {count} is missing or truncated")
        inner_length = _u32(data, offset + 8)
        if inner_length < 12 or offset + inner_length > size:
            raise _fail(path, "cmpt", f"inner tile {index} length {inner_length} is out of bounds")
        inner = view[offset : offset + inner_length]
        fmt = _MAGICS.get(bytes(inner[:4]))
        if fmt not in ("b3dm", "i3dm", "pnts", "cmpt"):
            raise _fail(path, "cmpt", f"inner tile {index} has an unknown magic")
        try:
            if fmt == "cmpt":
                verify_cmpt(path, inner, _nesting + 1)
            else:
                _VERIFIERS[fmt](path, inner)
        except TileFormatError as exc:
            raise _fail(path, "cmpt", f"inner tile {index}: {exc.reason}") from None
        offset += inner_length
    if offset != size:
        raise _fail(path, "cmpt", f"inner tiles add up to {offset} bytes, header says {size}")


def subtree_chunks(path: str, data: Buffer) -> tuple[memoryview, memoryview]:
    """Verify a binary subtree header and return views of its (JSON, binary) chunks."""
    size = _check_length_field_subtree(path, data)
    json_length: int
    bin_length: int
    json_length, bin_length = struct.unpack_from("<QQ", data, 8)
    if 24 + json_length + bin_length != size:
        raise _fail(
            path,
            "subtree",
            f"JSON ({json_length}) and binary ({bin_length}) chunk lengths do not add up "
            f"to the {size}-byte file",
        )
    view = memoryview(data)
    return view[24 : 24 + json_length], view[24 + json_length : size]


def _check_length_field_subtree(path: str, data: Buffer) -> int:
    size = len(data)
    if size < 24:
        raise _fail(path, "subtree", f"{size} bytes is shorter than the 24-byte header")
    if bytes(data[:4]) != b"subt":
        raise _fail(path, "subtree", "missing 'subt' magic")
    version = _u32(data, 4)
    if version != 1:
        raise _fail(path, "subtree", f"version {version} is not supported (expected 1)")
    return size


def verify_subtree(path: str, data: Buffer) -> None:
    """Binary subtree: ``subt`` magic, version 1, chunk lengths add up to the size."""
    subtree_chunks(path, data)


def verify_json(path: str, data: Buffer) -> None:
    """JSON: valid UTF-8 that parses."""
    parse_json(data, path=path)


_VERIFIERS = {
    "glb": verify_glb,
    "b3dm": verify_b3dm,
    "i3dm": verify_i3dm,
    "pnts": verify_pnts,
    "cmpt": verify_cmpt,
    "subtree": verify_subtree,
    "json": verify_json,
}


def verify(path: str, data: Buffer, fmt: str) -> None:
    """Raise :class:`~itwin_mesh_async.errors.TileFormatError` when ``data`` is not a valid ``fmt``.

    Checks headers and lengths (not the whole content): GLB, b3dm, i3dm, pnts, cmpt (inner tiles
    verified recursively), binary subtree; JSON must parse. Gzip data is checked for its magic
    only here (inflating it is :func:`gunzip_bounded`'s job, done once by ``discover``). Other
    formats (images, ``bin``) have nothing to verify.
    """
    if fmt == "gzip":
        if not is_gzip(data):
            raise _fail(path, "gzip", "missing gzip magic 1f 8b")
        return
    if fmt in BINARY_TILE_FORMATS:
        expected = _MAGIC_OF[fmt]
        if bytes(data[:4]) != expected:
            raise _fail(path, fmt, f"missing {expected.decode()!r} magic")
    check = _VERIFIERS.get(fmt)
    if check is not None:
        check(path, data)
