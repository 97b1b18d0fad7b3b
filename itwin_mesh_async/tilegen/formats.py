"""Builders of valid tile bytes: GLB, glTF JSON, b3dm, i3dm, pnts, cmpt, PNG, gzip.

Every builder writes the headers, chunk lengths and padding of its format exactly (3D Tiles 1.0/1.1,
glTF 2.0): JSON parts are padded with spaces and binary parts with zeros so that each section
starts and ends on an 8-byte boundary, which also keeps a GLB valid when embedded in b3dm/i3dm.
Pure functions, no I/O; deterministic by `seed`.
"""

from __future__ import annotations

import functools
import gzip
import json
import random
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "IMAGE_SUFFIXES",
    "b3dm",
    "cmpt",
    "filler",
    "glb",
    "gltf_json",
    "gzip_bytes",
    "i3dm",
    "json_bytes",
    "pad_json",
    "png",
    "pnts",
]

GLB_MAGIC = b"glTF"
CHUNK_JSON = 0x4E4F534A
CHUNK_BIN = 0x004E4942
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".ktx2", ".gif")
_IMAGE_MIME = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".ktx2": "image/ktx2",
    ".gif": "image/gif",
}
_FILLER_BLOCK = 1 << 16


def _pad(data: bytes, align: int, fill: bytes, start: int = 0) -> bytes:
    """`data` padded with `fill` so that `start + len` is a multiple of `align`."""
    return data + fill * (-(start + len(data)) % align)


def json_bytes(obj: Any) -> bytes:
    """Compact UTF-8 JSON, the way the service writes tileset and glTF JSON."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def pad_json(obj: Any, start: int = 0, align: int = 8) -> bytes:
    """JSON bytes padded with spaces so that it ends on an `align` boundary from `start`."""
    return _pad(json_bytes(obj), align, b" ", start)


@functools.cache
def _filler_block() -> bytes:
    # One fixed pseudo-random block; slices of it pad buffers fast and deterministically.
    return random.Random(0x3D711E5).randbytes(_FILLER_BLOCK)


def filler(n: int, seed: int = 0) -> bytes:
    """`n` deterministic pseudo-random bytes that vary with `seed` (fast: slices of one block)."""
    if n <= 0:
        return b""
    block = _filler_block()
    start = (seed * 2654435761) % _FILLER_BLOCK
    rotated = block[start:] + block[:start]
    whole, rest = divmod(n, _FILLER_BLOCK)
    return rotated * whole + rotated[:rest]


def _triangle(seed: int) -> tuple[bytes, list[float], list[float]]:
    """Positions of one triangle (3 x vec3 float32) that differ by seed, with min/max."""
    off = float(seed % 1000)
    verts = [(off, 0.0, 0.0), (off + 1.0, 0.0, 0.0), (off, 1.0, float(seed % 7))]
    data = b"".join(struct.pack("<3f", *v) for v in verts)
    mins = [min(v[i] for v in verts) for i in range(3)]
    maxs = [max(v[i] for v in verts) for i in range(3)]
    return data, mins, maxs


def _gltf_doc(
    positions_len: int,
    mins: list[float],
    maxs: list[float],
    buffer: dict[str, Any],
    external_uris: Iterable[str | tuple[str, int]],
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "asset": {"version": "2.0", "generator": "itwin-mesh-async tilegen"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "mode": 4}]}],
        "accessors": [
            {
                "bufferView": 0,
                "componentType": 5126,
                "count": 3,
                "type": "VEC3",
                "min": mins,
                "max": maxs,
            }
        ],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": positions_len, "target": 34962}
        ],
        "buffers": [buffer],
    }
    images: list[dict[str, Any]] = []
    for item in external_uris:
        uri, length = (item, None) if isinstance(item, str) else item
        suffix = uri.split("?", 1)[0].rsplit("/", 1)[-1]
        dot = suffix.rfind(".")
        ext = suffix[dot:].lower() if dot >= 0 else ""
        if length is None and (ext in IMAGE_SUFFIXES or uri.startswith("data:image/")):
            image: dict[str, Any] = {"uri": uri}
            if ext in _IMAGE_MIME:
                image["mimeType"] = _IMAGE_MIME[ext]
            images.append(image)
        else:
            doc["buffers"].append({"uri": uri, "byteLength": length if length else 8})
    if images:
        doc["images"] = images
        doc["samplers"] = [{}]
        doc["textures"] = [{"source": i, "sampler": 0} for i in range(len(images))]
    return doc


def glb(
    *,
    seed: int = 0,
    size: int | None = None,
    external_uris: Sequence[str | tuple[str, int]] = (),
    json_extra: Mapping[str, Any] | None = None,
) -> bytes:
    """A valid binary glTF 2.0 with one triangle whose positions live in the BIN chunk.

    `size` pads the BIN buffer (deterministic pseudo-random bytes) so that the GLB is about that
    many bytes. `external_uris` adds references: image URIs (by suffix or `data:image/`) become
    `images[]`, other strings (or `(uri, byteLength)` pairs) become extra `buffers[]`.
    `json_extra` is merged into the top-level glTF JSON (e.g. extensions with a `schemaUri`).
    The total length is a multiple of 8, the BIN chunk starts 8-byte aligned.
    """
    positions, mins, maxs = _triangle(seed)
    bin_len = min_bin = len(positions) + (-len(positions) % 8)
    doc = _gltf_doc(len(positions), mins, maxs, {"byteLength": bin_len}, external_uris)
    if json_extra:
        doc.update(json_extra)
    # JSON chunk data starts at offset 20; pad it so BIN chunk data starts at a multiple of 8.
    json_chunk = _pad(json_bytes(doc), 8, b" ", 20 + 8)
    # The BIN length is written in the JSON, so settle both (stable after a step or two).
    for _ in range(4 if size is not None else 0):
        want = max(min_bin, (size or 0) - (12 + 8 + len(json_chunk) + 8))
        want += -want % 8
        if want == bin_len:
            break
        bin_len = doc["buffers"][0]["byteLength"] = want
        json_chunk = _pad(json_bytes(doc), 8, b" ", 20 + 8)
    bin_chunk = positions + b"\0" * (-len(positions) % 8)
    if bin_len > len(bin_chunk):
        bin_chunk += filler(bin_len - len(bin_chunk), seed)
    total = 12 + 8 + len(json_chunk) + 8 + len(bin_chunk)
    return b"".join(
        (
            struct.pack("<4sII", GLB_MAGIC, 2, total),
            struct.pack("<II", len(json_chunk), CHUNK_JSON),
            json_chunk,
            struct.pack("<II", len(bin_chunk), CHUNK_BIN),
            bin_chunk,
        )
    )


def gltf_json(
    buffer_uri: str, image_uris: Sequence[str] = (), *, seed: int = 0, size: int | None = None
) -> tuple[bytes, bytes]:
    """A `.gltf` JSON document whose buffer is external (`buffer_uri`), and that buffer's bytes.

    `image_uris` (relative, percent-encoded URIs or `data:` URIs) become `images[]`.
    Returns `(gltf_json_bytes, bin_bytes)`.
    """
    positions, mins, maxs = _triangle(seed)
    bin_data = positions
    if size is not None and size > len(bin_data):
        bin_data += filler(size - len(bin_data), seed)
    doc = _gltf_doc(
        len(positions),
        mins,
        maxs,
        {"uri": buffer_uri, "byteLength": len(bin_data)},
        list(image_uris),
    )
    return json.dumps(doc, indent=1, ensure_ascii=False).encode(), bin_data


def _tile_with_tables(
    magic: bytes,
    header_tail: bytes,
    ft_json: Mapping[str, Any],
    ft_bin: bytes,
    *,
    bt_json: Mapping[str, Any] | None = None,
    body: bytes = b"",
) -> bytes:
    """b3dm/i3dm/pnts layout: header, feature table, batch table, body; all 8-byte aligned."""
    header_len = 28 + len(header_tail)
    ftj = pad_json(ft_json, header_len)
    ftb = _pad(ft_bin, 8, b"\0")
    btj = pad_json(bt_json, 0) if bt_json else b""
    total = header_len + len(ftj) + len(ftb) + len(btj) + len(body)
    header = struct.pack("<4s6I", magic, 1, total, len(ftj), len(ftb), len(btj), 0)
    return b"".join((header, header_tail, ftj, ftb, btj, body))


def b3dm(glb_bytes: bytes, batch_length: int = 0) -> bytes:
    """A Batched 3D Model wrapping `glb_bytes` (padded to 8 bytes if needed)."""
    bt = {"id": list(range(batch_length))} if batch_length else None
    return _tile_with_tables(
        b"b3dm",
        b"",
        {"BATCH_LENGTH": batch_length},
        b"",
        bt_json=bt,
        body=_pad(glb_bytes, 8, b"\0"),
    )


def _positions(count: int, seed: int) -> bytes:
    return b"".join(
        struct.pack("<3f", float(i), float(seed % 97), float(i % 5)) for i in range(count)
    )


def i3dm(glb_bytes_or_uri: bytes | str, instances: int = 1, *, seed: int = 0) -> bytes:
    """An Instanced 3D Model: gltfFormat 1 with an embedded GLB, or 0 with a URI payload.

    The URI (relative to the i3dm file, percent-encoded) is padded with spaces to 8 bytes.
    """
    if isinstance(glb_bytes_or_uri, str):
        body, fmt = _pad(glb_bytes_or_uri.encode(), 8, b" "), 0
    else:
        body, fmt = _pad(glb_bytes_or_uri, 8, b"\0"), 1
    ft = {"INSTANCES_LENGTH": instances, "POSITION": {"byteOffset": 0}}
    return _tile_with_tables(
        b"i3dm", struct.pack("<I", fmt), ft, _positions(instances, seed), body=body
    )


def pnts(points: int = 8, *, seed: int = 0) -> bytes:
    """A Point Cloud tile with `points` float32 positions."""
    ft = {"POINTS_LENGTH": points, "POSITION": {"byteOffset": 0}}
    return _tile_with_tables(b"pnts", b"", ft, _positions(points, seed))


def cmpt(inner_tiles: Sequence[bytes]) -> bytes:
    """A Composite tile of the given inner tiles (each padded to 8 bytes)."""
    inner = [_pad(t, 8, b"\0") for t in inner_tiles]
    total = 16 + sum(len(t) for t in inner)
    return struct.pack("<4sIII", b"cmpt", 1, total, len(inner)) + b"".join(inner)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(seed: int = 0, width: int = 2, height: int = 2) -> bytes:
    """A small valid RGB PNG image whose colour depends on `seed`."""
    colour = bytes(((seed * 37) % 256, (seed * 91) % 256, (seed * 13) % 256))
    raw = b"".join(b"\0" + colour * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", zlib.compress(raw))
        + _png_chunk(b"IEND", b"")
    )


def gzip_bytes(data: bytes) -> bytes:
    """`data` gzip-compressed deterministically (mtime 0), as a container would store it."""
    return gzip.compress(data, compresslevel=6, mtime=0)
