"""External resources of glTF content: ``.gltf`` JSON, GLB, and the GLB inside b3dm/i3dm/cmpt.

Pure. ``data:`` URIs are inline and never returned. Binaries are verified first (see
:mod:`.formats`), so offsets read here are known to be in bounds.
"""

from __future__ import annotations

import struct
from typing import Any

import attrs

from ...errors import TileFormatError
from ...urls import is_data_uri
from ..limits import DEFAULT_LIMITS
from .formats import Buffer, parse_json, verify

__all__ = ["GltfRefs", "binary_tile_refs", "glb_json", "gltf_refs", "is_gltf"]

_STRUCTURAL_METADATA = "EXT_structural_metadata"
_MAX_CMPT_NESTING = 8


@attrs.frozen
class GltfRefs:
    """``resources``: buffers and images; ``gltf``: a glTF file to fetch and parse in turn
    (i3dm with ``gltfFormat`` 0); ``schemas``: ``EXT_structural_metadata`` schema URIs."""

    resources: list[str] = attrs.Factory(list)
    gltf: list[str] = attrs.Factory(list)
    schemas: list[str] = attrs.Factory(list)

    def extend(self, other: GltfRefs) -> None:
        """Add ``other``'s URIs that are not listed yet."""
        for mine, theirs in (
            (self.resources, other.resources),
            (self.gltf, other.gltf),
            (self.schemas, other.schemas),
        ):
            mine.extend(u for u in theirs if u not in mine)


def is_gltf(doc: Any) -> bool:
    """A glTF JSON: an object with ``asset.version`` and no tileset ``root``."""
    asset = doc.get("asset") if isinstance(doc, dict) else None
    return isinstance(asset, dict) and "version" in asset and "root" not in doc


def _err(path: str, reason: str) -> TileFormatError:
    return TileFormatError(f"glTF: {reason}", path=path)


def gltf_refs(doc: Any, *, path: str = "") -> GltfRefs:
    """``buffers[].uri``, ``images[].uri`` and ``EXT_structural_metadata.schemaUri`` of a glTF."""
    if not isinstance(doc, dict):
        raise _err(path, "JSON is not an object")
    refs = GltfRefs()
    asset = doc.get("asset")
    version = str(asset.get("version", "")) if isinstance(asset, dict) else ""
    # glTF 1.0 (in 3D Tiles 1.0 b3dm) keeps buffers and images in objects keyed by id.
    keyed_by_id = version.startswith("1.") or version == "1"
    for key in ("buffers", "images"):
        items = doc.get(key)
        if items is None:
            continue
        if keyed_by_id and isinstance(items, dict):
            entries = list(items.items())
        elif isinstance(items, list):
            entries = list(enumerate(items))
        else:
            raise _err(path, f"{key} is not an array")
        for i, item in entries:
            if not isinstance(item, dict):
                raise _err(path, f"{key}[{i}] is not an object")
            uri = item.get("uri")
            if uri is None:
                continue  # a GLB's BIN chunk, or an image in a bufferView
            if not isinstance(uri, str):
                raise _err(path, f"{key}[{i}].uri is not a string")
            uri = uri.strip()
            if uri and not is_data_uri(uri) and uri not in refs.resources:
                refs.resources.append(uri)
    ext = doc.get("extensions")
    meta = ext.get(_STRUCTURAL_METADATA) if isinstance(ext, dict) else None
    if isinstance(meta, dict) and meta.get("schemaUri") is not None:
        schema = meta["schemaUri"]
        if not isinstance(schema, str):
            raise _err(path, f"{_STRUCTURAL_METADATA}.schemaUri is not a string")
        if schema.strip() and not is_data_uri(schema):
            refs.schemas.append(schema.strip())
    return refs


def glb_json(
    data: Buffer,
    *,
    path: str = "",
    max_json_bytes: int,
    max_json_elements: int = DEFAULT_LIMITS.max_json_elements,
) -> Any:
    """The parsed JSON chunk of a verified GLB."""
    length = _u32(data, 12)
    if length > max_json_bytes:
        raise _err(path, f"GLB JSON chunk of {length} bytes is over the limit of {max_json_bytes}")
    # Writers pad the JSON chunk with spaces; some use NULs.
    chunk = bytes(memoryview(data)[20 : 20 + length]).rstrip(b" \x00")
    return parse_json(chunk, path=path, what="GLB JSON chunk", max_elements=max_json_elements)


def _u32(data: Buffer, offset: int) -> int:
    value: int = struct.unpack_from("<I", data, offset)[0]
    return value


def _body_offset(data: Buffer, header: int) -> int:
    return header + sum(_u32(data, 12 + 4 * i) for i in range(4))


_Bounds = tuple[int, int]  # max_json_bytes, max_json_elements


def _glb_refs(view: memoryview, path: str, bounds: _Bounds) -> GltfRefs:
    glb_length = _u32(view, 8)
    doc = glb_json(
        view[:glb_length], path=path, max_json_bytes=bounds[0], max_json_elements=bounds[1]
    )
    return gltf_refs(doc, path=path)


def _tile_refs(fmt: str, view: memoryview, path: str, bounds: _Bounds, nesting: int) -> GltfRefs:
    if fmt == "glb":
        return _glb_refs(view, path, bounds)
    if fmt == "b3dm":
        return _glb_refs(view[_body_offset(view, 28) :], path, bounds)
    if fmt == "i3dm":
        body = _body_offset(view, 32)
        if _u32(view, 28) == 1:
            return _glb_refs(view[body:], path, bounds)
        # gltfFormat 0: the body is a URI, padded with spaces or NULs to 8 bytes.
        uri = bytes(view[body:]).decode("utf-8").strip(" \x00\t\r\n")
        return GltfRefs(gltf=[uri] if uri and not is_data_uri(uri) else [])
    if fmt == "cmpt":
        if nesting > _MAX_CMPT_NESTING:
            raise _err(path, "composite tiles nested too deeply")
        refs = GltfRefs()
        offset = 16
        for _ in range(_u32(view, 12)):
            length = _u32(view, offset + 8)
            inner = view[offset : offset + length]
            inner_fmt = bytes(inner[:4]).decode("ascii", "replace")
            refs.extend(_tile_refs(inner_fmt, inner, path, bounds, nesting + 1))
            offset += length
        return refs
    return GltfRefs()


def binary_tile_refs(
    fmt: str,
    data: Buffer,
    *,
    path: str = "",
    max_json_bytes: int,
    max_json_elements: int = DEFAULT_LIMITS.max_json_elements,
) -> GltfRefs:
    """Verify a glb/b3dm/i3dm/pnts/cmpt tile and return the glTF resources it references."""
    verify(path, data, fmt)
    return _tile_refs(fmt, memoryview(data), path, (max_json_bytes, max_json_elements), 0)
