"""Implicit tiling subtree files and the tiles/subtrees they make available.

Pure. Subtrees in binary (``subt``) or JSON form, internal or external buffers, availability as
bitstreams (least significant bit first) or constants, one content availability per content
template. Only available contents and child subtrees are returned.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from ...errors import TileFormatError
from ...urls import is_data_uri
from ..limits import Limits
from .formats import Buffer, parse_json, subtree_chunks
from .implicit import OCTREE, ImplicitContext, morton_decode_2d, morton_decode_3d

__all__ = [
    "Availability",
    "ParsedSubtree",
    "SubtreeResult",
    "available_children",
    "available_contents",
    "parse_subtree",
    "resolve_subtree",
]


# -- availability -------------------------------------------------------------------------------


@attrs.frozen
class Availability:
    """One availability: a constant (all or nothing) or a bitstream of ``length`` bits."""

    length: int
    constant: bool | None = None
    bits: bytes | None = None

    def indices(self) -> Iterator[int]:
        """Indices of the available elements, ascending."""
        if self.bits is None:
            if self.constant:
                yield from range(self.length)
            return
        bits = self.bits
        full_bytes, tail_bits = divmod(self.length, 8)
        for byte_index in range(full_bytes + (1 if tail_bits else 0)):
            byte = bits[byte_index]
            if not byte:
                continue
            base = byte_index * 8
            while byte:
                low = byte & -byte
                index = base + low.bit_length() - 1
                if index >= self.length:
                    break
                yield index
                byte ^= low

    def count(self) -> int:
        """How many elements are available."""
        if self.bits is None:
            return self.length if self.constant else 0
        value = int.from_bytes(self.bits[: (self.length + 7) // 8], "little")
        return (value & ((1 << self.length) - 1)).bit_count()


# -- subtree files ------------------------------------------------------------------------------


@attrs.frozen
class ParsedSubtree:
    """A subtree file's JSON, its internal binary chunk and its external buffer URIs.

    ``needed`` are the external buffers the availability reads (to fetch before resolving);
    ``external`` are all external buffers (availability and metadata), to store as well.
    """

    doc: Mapping[str, Any]
    binary: bytes
    needed: tuple[str, ...]
    external: tuple[str, ...]


@attrs.frozen
class SubtreeResult:
    """Available contents (coordinates per content template) and child subtree roots."""

    contents: list[tuple[int, int, int, int, int]]  # (content index, level, x, y, z)
    children: list[tuple[int, int, int, int]]  # (level, x, y, z)


def _err(path: str, reason: str) -> TileFormatError:
    return TileFormatError(f"subtree: {reason}", path=path)


def _obj(value: Any, path: str, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _err(path, f"{what} is not an object")
    return value


def _list(value: Any, path: str, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _err(path, f"{what} is not an array")
    return value


def _int(value: Any, path: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _err(path, f"{what} is not a non-negative integer")
    return value


def _content_availabilities(doc: Mapping[str, Any], path: str) -> list[dict[str, Any]]:
    """1.1: an array; 1.0: one object, or an array in ``3DTILES_multiple_contents``."""
    value = doc.get("contentAvailability")
    if value is None:
        ext = doc.get("extensions")
        if isinstance(ext, dict) and isinstance(ext.get("3DTILES_multiple_contents"), dict):
            value = ext["3DTILES_multiple_contents"].get("contentAvailability")
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    entries = _list(value, path, "contentAvailability")
    return [_obj(v, path, "contentAvailability entry") for v in entries]


def _availability_specs(doc: Mapping[str, Any], path: str) -> list[dict[str, Any]]:
    specs = [_obj(doc.get("tileAvailability"), path, "tileAvailability")]
    specs.append(_obj(doc.get("childSubtreeAvailability"), path, "childSubtreeAvailability"))
    specs.extend(_content_availabilities(doc, path))
    return specs


def _bitstream_index(spec: Mapping[str, Any], path: str) -> int | None:
    # 1.1 names it "bitstream", the 1.0 extension "bufferView".
    value = spec.get("bitstream", spec.get("bufferView"))
    return None if value is None else _int(value, path, "availability bitstream")


def parse_subtree(data: Buffer, *, path: str = "", limits: Limits) -> ParsedSubtree:
    """Parse a binary (``subt``) or JSON subtree; list the external buffers it uses."""
    if len(data) > limits.max_subtree_bytes:
        raise _err(path, f"{len(data)} bytes is over the limit of {limits.max_subtree_bytes}")
    if bytes(data[:4]) == b"subt":
        json_chunk, bin_chunk = subtree_chunks(path, data)
        # The JSON chunk is padded with spaces (or, from some writers, NULs) to 8 bytes.
        doc = parse_json(
            bytes(json_chunk).rstrip(b" \x00"),
            path=path,
            what="subtree JSON",
            max_elements=limits.max_json_elements,
        )
        binary = bytes(bin_chunk)
    else:
        doc = parse_json(
            data, path=path, what="subtree JSON", max_elements=limits.max_json_elements
        )
        binary = b""
    doc = _obj(doc, path, "subtree JSON")
    buffers = _list(doc.get("buffers"), path, "buffers")
    views = _list(doc.get("bufferViews"), path, "bufferViews")
    external: list[str] = []
    for i, buf in enumerate(buffers):
        uri = _obj(buf, path, f"buffers[{i}]").get("uri")
        if uri is None:
            continue
        if not isinstance(uri, str) or not uri:
            raise _err(path, f"buffers[{i}].uri is not a non-empty string")
        if is_data_uri(uri):
            raise _err(path, f"buffers[{i}] is a data: URI, which subtrees may not use")
        if uri not in external:
            external.append(uri)
    needed: list[str] = []
    for spec in _availability_specs(doc, path):
        index = _bitstream_index(spec, path)
        if index is None:
            continue
        if index >= len(views):
            raise _err(path, f"availability names bufferView {index}, which does not exist")
        view = _obj(views[index], path, f"bufferViews[{index}]")
        buffer_index = _int(view.get("buffer"), path, f"bufferViews[{index}].buffer")
        if buffer_index >= len(buffers):
            reason = f"bufferViews[{index}] names buffer {buffer_index}, which does not exist"
            raise _err(path, reason)
        uri = buffers[buffer_index].get("uri")
        if isinstance(uri, str) and uri not in needed:
            needed.append(uri)
    return ParsedSubtree(doc=doc, binary=binary, needed=tuple(needed), external=tuple(external))


def _buffer_bytes(
    parsed: ParsedSubtree, index: int, buffers: Mapping[str, Buffer], path: str, limits: Limits
) -> Buffer:
    buf = parsed.doc["buffers"][index]
    declared = _int(buf.get("byteLength"), path, f"buffers[{index}].byteLength")
    uri = buf.get("uri")
    data: Buffer
    if uri is None:
        if not parsed.binary and declared:
            raise _err(path, f"buffers[{index}] has no uri and the subtree has no binary chunk")
        data = parsed.binary
    else:
        if uri not in buffers:
            raise _err(path, f"external buffer {uri!r} was not provided")
        data = buffers[uri]
        if len(data) > limits.max_subtree_bytes:
            raise _err(path, f"external buffer {uri!r} is over the subtree size limit")
    if len(data) < declared:
        raise _err(path, f"buffers[{index}] holds {len(data)} bytes, byteLength says {declared}")
    return data


def _availability(
    spec: Mapping[str, Any],
    length: int,
    what: str,
    *,
    parsed: ParsedSubtree,
    buffers: Mapping[str, Buffer],
    path: str,
    limits: Limits,
) -> Availability:
    index = _bitstream_index(spec, path)
    if index is None:
        constant = spec.get("constant")
        if constant not in (0, 1) or isinstance(constant, bool):
            raise _err(path, f"{what} has neither a bitstream nor a constant 0 or 1")
        result = Availability(length=length, constant=bool(constant))
    else:
        view = parsed.doc["bufferViews"][index]
        buffer_index = view["buffer"]
        offset = _int(view.get("byteOffset", 0), path, f"bufferViews[{index}].byteOffset")
        size = _int(view.get("byteLength"), path, f"bufferViews[{index}].byteLength")
        data = _buffer_bytes(parsed, buffer_index, buffers, path, limits)
        if offset + size > len(data):
            raise _err(path, f"bufferViews[{index}] runs past the end of buffer {buffer_index}")
        needed = (length + 7) // 8
        if size < needed:
            raise _err(path, f"{what} bitstream is too short: {size} bytes for {length} elements")
        result = Availability(length=length, bits=bytes(data[offset : offset + needed]))
    declared = spec.get("availableCount")
    if declared is not None:
        declared = _int(declared, path, f"{what}.availableCount")
        actual = result.count()
        if declared != actual:
            raise _err(path, f"{what}.availableCount is {declared} but {actual} bits are set")
    return result


def _level_offsets(branching: int, levels: int) -> list[int]:
    offsets = [0]
    for level in range(levels):
        offsets.append(offsets[-1] + branching**level)
    return offsets


def _decode(scheme: str, code: int) -> tuple[int, int, int]:
    if scheme == OCTREE:
        return morton_decode_3d(code)
    x, y = morton_decode_2d(code)
    return x, y, 0


def available_contents(
    ctx: ImplicitContext, availabilities: Sequence[Availability], limits: Limits
) -> list[tuple[int, int, int, int, int]]:
    """``(content index, level, x, y, z)`` of every available content, in global coordinates."""
    offsets = _level_offsets(ctx.branching, ctx.subtree_levels)
    # Levels past availableLevels do not exist, whatever the bits say.
    levels = max(0, min(ctx.subtree_levels, ctx.available_levels - ctx.level))
    limit = offsets[levels]
    out: list[tuple[int, int, int, int, int]] = []
    for content_index, avail in enumerate(availabilities):
        if avail.bits is None and avail.constant and len(out) + limit > limits.max_refs_per_file:
            raise TileFormatError(
                f"subtree: {limit} available contents are over the limit of "
                f"{limits.max_refs_per_file} references per file"
            )
        level = 0
        for index in avail.indices():
            if index >= limit:
                break
            while index >= offsets[level + 1]:
                level += 1
            lx, ly, lz = _decode(ctx.scheme, index - offsets[level])
            out.append(
                (
                    content_index,
                    ctx.level + level,
                    (ctx.x << level) + lx,
                    (ctx.y << level) + ly,
                    (ctx.z << level) + lz,
                )
            )
            if len(out) > limits.max_refs_per_file:
                raise TileFormatError(
                    f"subtree: more than {limits.max_refs_per_file} references in one file"
                )
    return out


def available_children(
    ctx: ImplicitContext, availability: Availability, limits: Limits
) -> list[tuple[int, int, int, int]]:
    """``(level, x, y, z)`` of every available child subtree root, in global coordinates."""
    child_level = ctx.level + ctx.subtree_levels
    if child_level >= ctx.available_levels:
        return []
    if (
        availability.bits is None
        and availability.constant
        and (availability.length > limits.max_refs_per_file)
    ):
        raise TileFormatError(
            f"subtree: {availability.length} child subtrees are over the limit of "
            f"{limits.max_refs_per_file} references per file"
        )
    shift = ctx.subtree_levels
    out: list[tuple[int, int, int, int]] = []
    for index in availability.indices():
        lx, ly, lz = _decode(ctx.scheme, index)
        x, y, z = (ctx.x << shift) + lx, (ctx.y << shift) + ly, (ctx.z << shift) + lz
        out.append((child_level, x, y, z))
        if len(out) > limits.max_refs_per_file:
            raise TileFormatError(
                f"subtree: more than {limits.max_refs_per_file} references in one file"
            )
    return out


def resolve_subtree(
    parsed: ParsedSubtree,
    ctx: ImplicitContext,
    buffers: Mapping[str, Buffer],
    *,
    path: str = "",
    limits: Limits,
) -> SubtreeResult:
    """Read the availabilities of a parsed subtree (external buffers given by URI)."""
    if ctx.subtree_levels > limits.max_subtree_levels:
        limit = limits.max_subtree_levels
        raise _err(path, f"subtreeLevels {ctx.subtree_levels} is over the limit of {limit}")
    n = ctx.branching
    tile_count = (n**ctx.subtree_levels - 1) // (n - 1)
    child_count = n**ctx.subtree_levels
    doc = parsed.doc
    read = functools.partial(
        _availability, parsed=parsed, buffers=buffers, path=path, limits=limits
    )
    read(doc["tileAvailability"], tile_count, "tileAvailability")
    children = read(doc["childSubtreeAvailability"], child_count, "childSubtreeAvailability")
    specs = _content_availabilities(doc, path)
    if not specs:
        # Absent availability is read as "no content here" (some 1.0 writers omit it when a
        # subtree has none); a list of the wrong length is an error.
        specs = [{"constant": 0}] * len(ctx.content_uris)
    if len(specs) != len(ctx.content_uris):
        raise _err(
            path,
            f"{len(specs)} content availabilities for {len(ctx.content_uris)} content templates",
        )
    contents = [read(spec, tile_count, f"contentAvailability[{i}]") for i, spec in enumerate(specs)]
    return SubtreeResult(
        contents=available_contents(ctx, contents, limits),
        children=available_children(ctx, children, limits),
    )
