"""Builders of implicit-tiling subtree files (3D Tiles 1.1 and the 1.0 extension), pure.

Availability is given as sets of tile coordinates *local to the subtree root*: `(level, x, y)` for
quadtrees, `(level, x, y, z)` for octrees. Tiles and contents use levels `0 .. subtree_levels-1`;
child subtrees use level `subtree_levels`. Bitstreams are least-significant-bit first, in Morton
order within each level, levels concatenated; a stream whose bits are all equal is written as a
`constant` instead.
"""

from __future__ import annotations

import struct
from collections.abc import Collection, Sequence
from typing import Any

import attrs

from .formats import json_bytes, pad_json

__all__ = [
    "SubtreeFiles",
    "bitstream",
    "level_offset",
    "morton",
    "subtree_binary",
    "subtree_json",
]

Coord = tuple[int, ...]


@attrs.frozen
class SubtreeFiles:
    """A subtree file's bytes and, when it uses one, its external buffer's bytes."""

    data: bytes
    buffer: bytes | None = None


def morton(coords: Sequence[int]) -> int:
    """Morton (Z-order) index: bits of x, y[, z] interleaved, x in the least significant bit."""
    dims = len(coords)
    result = 0
    bit = 0
    remaining = list(coords)
    while any(remaining):
        for d in range(dims):
            result |= (remaining[d] & 1) << (bit * dims + d)
            remaining[d] >>= 1
        bit += 1
    return result


def level_offset(level: int, dims: int) -> int:
    """Index of the first bit of `level` in a tile/content availability bitstream."""
    return ((1 << (dims * level)) - 1) // ((1 << dims) - 1)


def bitstream(indices: Collection[int], length: int) -> bytes:
    """Bits set at `indices` in a stream of `length` bits, LSB first, ceil(length/8) bytes."""
    out = bytearray((length + 7) // 8)
    for i in indices:
        if not 0 <= i < length:
            raise ValueError(f"bit {i} outside a stream of {length} bits")
        out[i >> 3] |= 1 << (i & 7)
    return bytes(out)


def _tile_indices(coords: Collection[Coord], dims: int, levels: int) -> set[int]:
    out = set()
    for c in coords:
        level, xyz = c[0], c[1:]
        if len(xyz) != dims or not 0 <= level < levels or any(not 0 <= v < 1 << level for v in xyz):
            raise ValueError(f"tile {c} is not inside a subtree of {levels} levels")
        out.add(level_offset(level, dims) + morton(xyz))
    return out


def _child_indices(coords: Collection[Coord], dims: int, levels: int) -> set[int]:
    out = set()
    for c in coords:
        level, xyz = c[0], c[1:]
        if len(xyz) != dims or level != levels or any(not 0 <= v < 1 << level for v in xyz):
            raise ValueError(f"child subtree {c} must be at level {levels} of the subtree")
        out.add(morton(xyz))
    return out


class _Layout:
    """Collects bitstreams into an internal and/or an external buffer, 8-byte aligned."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.parts: dict[str, list[bytes]] = {"internal": [], "external": []}
        self.views: list[tuple[str, int, int]] = []  # (buffer, offset, length)

    def availability(
        self, indices: set[int], length: int, where: str, with_count: bool
    ) -> dict[str, Any]:
        count = len(indices)
        if count in (0, length):
            out: dict[str, Any] = {"constant": 1 if count else 0}
        else:
            parts = self.parts[where]
            offset = sum(len(p) for p in parts)
            bits = bitstream(indices, length)
            parts.append(bits + b"\0" * (-len(bits) % 8))
            self.views.append((where, offset, len(bits)))
            out = {self.key: len(self.views) - 1}
        if with_count:
            out["availableCount"] = count
        return out

    def finish(self, doc: dict[str, Any], external_uri: str | None) -> tuple[bytes, bytes | None]:
        internal = b"".join(self.parts["internal"])
        external = b"".join(self.parts["external"])
        buffers: list[dict[str, Any]] = []
        index: dict[str, int] = {}
        if internal:
            index["internal"] = len(buffers)
            buffers.append({"byteLength": len(internal)})
        if external:
            index["external"] = len(buffers)
            buffers.append({"uri": external_uri, "byteLength": len(external)})
        if buffers:
            doc["buffers"] = buffers
            doc["bufferViews"] = [
                {"buffer": index[w], "byteOffset": off, "byteLength": n} for w, off, n in self.views
            ]
        return internal, (external or None)


def _subtree_doc(
    *,
    dims: int,
    subtree_levels: int,
    tiles: Collection[Coord],
    contents: Sequence[Collection[Coord]],
    child_subtrees: Collection[Coord],
    tile_where: str,
    rest_where: str,
    legacy: bool,
    external_uri: str | None,
) -> tuple[dict[str, Any], bytes, bytes | None]:
    if dims not in (2, 3):
        raise ValueError("dims must be 2 (quadtree) or 3 (octree)")
    if subtree_levels < 1:
        raise ValueError("subtree_levels must be >= 1")
    n_tiles = level_offset(subtree_levels, dims)
    n_children = 1 << (dims * subtree_levels)
    tile_idx = _tile_indices(tiles, dims, subtree_levels)
    if not tile_idx:
        raise ValueError("a subtree must have at least one available tile")
    layout = _Layout("bufferView" if legacy else "bitstream")
    doc: dict[str, Any] = {}
    doc["tileAvailability"] = layout.availability(tile_idx, n_tiles, tile_where, not legacy)
    content_objs = []
    for content in contents:
        idx = _tile_indices(content, dims, subtree_levels)
        if not idx <= tile_idx:
            raise ValueError("content is available only where its tile is available")
        content_objs.append(layout.availability(idx, n_tiles, rest_where, not legacy))
    doc["childSubtreeAvailability"] = layout.availability(
        _child_indices(child_subtrees, dims, subtree_levels), n_children, rest_where, not legacy
    )
    if legacy and all(c.get("constant") == 0 for c in content_objs):
        content_objs = []  # the 1.0 extension disallows content availability without content
    if content_objs:
        if not legacy:
            doc["contentAvailability"] = content_objs
        elif len(content_objs) == 1:
            doc["contentAvailability"] = content_objs[0]
        else:
            doc["extensions"] = {"3DTILES_multiple_contents": {"contentAvailability": content_objs}}
    internal, external = layout.finish(doc, external_uri)
    return doc, internal, external


def subtree_binary(
    *,
    dims: int = 2,
    subtree_levels: int,
    tiles: Collection[Coord],
    contents: Sequence[Collection[Coord]] = (),
    child_subtrees: Collection[Coord] = (),
    external_buffer_uri: str | None = None,
    legacy: bool = False,
) -> SubtreeFiles:
    """A binary subtree file (`subt` magic, version 1, JSON + binary chunks).

    With `external_buffer_uri`, tile availability stays in the internal buffer and content and
    child-subtree bitstreams go to an external buffer at that URI (relative to the subtree file);
    its bytes are returned in `.buffer`. `legacy=True` writes the 1.0 `3DTILES_implicit_tiling`
    form (`bufferView` keys, a single content availability object, no `availableCount`, none
    at all when the subtree has no content).
    """
    rest = "external" if external_buffer_uri else "internal"
    doc, internal, external = _subtree_doc(
        dims=dims,
        subtree_levels=subtree_levels,
        tiles=tiles,
        contents=contents,
        child_subtrees=child_subtrees,
        tile_where="internal",
        rest_where=rest,
        legacy=legacy,
        external_uri=external_buffer_uri,
    )
    json_chunk = pad_json(doc, 24)
    header = struct.pack("<4sIQQ", b"subt", 1, len(json_chunk), len(internal))
    return SubtreeFiles(header + json_chunk + internal, external)


def subtree_json(
    *,
    dims: int = 2,
    subtree_levels: int,
    tiles: Collection[Coord],
    contents: Sequence[Collection[Coord]] = (),
    child_subtrees: Collection[Coord] = (),
    buffer_uri: str,
    legacy: bool = False,
) -> SubtreeFiles:
    """A JSON subtree file; every bitstream lives in the external buffer at `buffer_uri`.

    `.buffer` is None when all availability is constant (no buffer is referenced then).
    """
    doc, _, external = _subtree_doc(
        dims=dims,
        subtree_levels=subtree_levels,
        tiles=tiles,
        contents=contents,
        child_subtrees=child_subtrees,
        tile_where="external",
        rest_where="external",
        legacy=legacy,
        external_uri=buffer_uri,
    )
    return SubtreeFiles(json_bytes(doc), external)
