"""Tileset JSON: the content URIs, implicit roots and schema it references.

Pure. Handles 3D Tiles 1.0 and 1.1: ``content.uri`` (and the legacy ``content.url``), 1.1
``contents[]``, the 1.0 ``3DTILES_multiple_contents`` extension, 1.1 ``implicitTiling`` and the
1.0 ``3DTILES_implicit_tiling`` extension, and the tileset's ``schemaUri``. The tile tree is
walked iteratively, so a deep tree cannot overflow the stack; depth and size are bounded.
"""

from __future__ import annotations

from typing import Any

import attrs
from yarl import URL

from ...errors import TileFormatError
from ..limits import Limits
from .implicit import OCTREE, QUADTREE, ImplicitContext

__all__ = ["TilesetRefs", "is_tileset", "parse_tileset"]

_MULTIPLE_CONTENTS = "3DTILES_multiple_contents"
_IMPLICIT_EXT = "3DTILES_implicit_tiling"
_METADATA_EXT = "3DTILES_metadata"


@attrs.frozen
class TilesetRefs:
    """What a tileset references: content URIs (non-empty, in tree order, repeats dropped),
    implicit roots (one context per implicit tile) and schema URIs."""

    contents: list[str]
    implicit: list[ImplicitContext]
    schemas: list[str]
    tiles: int


def is_tileset(doc: Any) -> bool:
    """A tileset JSON is an object with ``asset`` and ``root``."""
    return isinstance(doc, dict) and "asset" in doc and "root" in doc


def _err(path: str, reason: str) -> TileFormatError:
    return TileFormatError(f"tileset: {reason}", path=path)


def _uri_of(content: Any, path: str, where: str) -> str:
    if not isinstance(content, dict):
        raise _err(path, f"{where} is not an object")
    uri = content.get("uri", content.get("url"))
    if uri is None:
        return ""
    if not isinstance(uri, str):
        raise _err(path, f"{where}.uri is not a string")
    return uri.strip()


def _tile_contents(tile: dict[str, Any], path: str) -> list[str]:
    """Every content URI of a tile (empty ones included, to keep template indices aligned)."""
    uris: list[str] = []
    if "content" in tile:
        uris.append(_uri_of(tile["content"], path, "content"))
    contents = tile.get("contents")
    if contents is not None:
        if not isinstance(contents, list):
            raise _err(path, "contents is not an array")
        uris.extend(_uri_of(c, path, f"contents[{i}]") for i, c in enumerate(contents))
    ext = tile.get("extensions")
    if isinstance(ext, dict) and isinstance(ext.get(_MULTIPLE_CONTENTS), dict):
        multi = ext[_MULTIPLE_CONTENTS]
        # Drafts of the extension named the array "content"; the final one "contents".
        listed = multi.get("contents", multi.get("content"))
        if listed is not None:
            if not isinstance(listed, list):
                raise _err(path, f"{_MULTIPLE_CONTENTS} contents is not an array")
            uris.extend(
                _uri_of(c, path, f"{_MULTIPLE_CONTENTS}[{i}]") for i, c in enumerate(listed)
            )
    return uris


def _positive_int(value: Any, path: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _err(path, f"{what} is not a positive integer")
    return value


def _implicit_context(
    tile: dict[str, Any], templates: list[str], base: URL, path: str
) -> ImplicitContext | None:
    spec = tile.get("implicitTiling")
    legacy = False
    if spec is None:
        ext = tile.get("extensions")
        spec = ext.get(_IMPLICIT_EXT) if isinstance(ext, dict) else None
        legacy = spec is not None
    if spec is None:
        return None
    if not isinstance(spec, dict):
        raise _err(path, "implicitTiling is not an object")
    scheme = spec.get("subdivisionScheme")
    if scheme not in (QUADTREE, OCTREE):
        raise _err(path, f"subdivisionScheme {scheme!r} is neither QUADTREE nor OCTREE")
    subtree_levels = _positive_int(spec.get("subtreeLevels"), path, "subtreeLevels")
    if legacy and "availableLevels" not in spec:
        # The 1.0 extension counts the deepest level; 1.1 counts levels.
        maximum = spec.get("maximumLevel")
        if isinstance(maximum, bool) or not isinstance(maximum, int) or maximum < 0:
            raise _err(path, "maximumLevel is not a non-negative integer")
        available_levels = maximum + 1
    else:
        available_levels = _positive_int(spec.get("availableLevels"), path, "availableLevels")
    subtrees = spec.get("subtrees")
    uri = subtrees.get("uri") if isinstance(subtrees, dict) else None
    if not isinstance(uri, str) or not uri.strip():
        raise _err(path, "implicit tiling has no subtrees.uri template")
    return ImplicitContext(
        scheme=scheme,
        subtree_levels=subtree_levels,
        available_levels=available_levels,
        subtrees_uri=uri.strip(),
        content_uris=tuple(templates),
        base=base,
    )


def _schema_uris(doc: dict[str, Any], path: str) -> list[str]:
    found: list[str] = []
    candidates = [doc.get("schemaUri")]
    ext = doc.get("extensions")
    if isinstance(ext, dict) and isinstance(ext.get(_METADATA_EXT), dict):
        candidates.append(ext[_METADATA_EXT].get("schemaUri"))
    for value in candidates:
        if value is None:
            continue
        if not isinstance(value, str):
            raise _err(path, "schemaUri is not a string")
        if value.strip() and value.strip() not in found:
            found.append(value.strip())
    return found


def parse_tileset(doc: Any, base: URL, *, path: str = "", limits: Limits) -> TilesetRefs:
    """The references of a tileset JSON document whose own URL is ``base``.

    Raises :class:`~itwin_mesh_async.errors.TileFormatError` for a document that is not a
    tileset, a malformed tile, or a tree past ``limits.max_depth`` / ``max_tiles_per_tileset``.
    """
    if not is_tileset(doc):
        raise _err(path, "not a tileset (an object with 'asset' and 'root')")
    root = doc["root"]
    if not isinstance(root, dict):
        raise _err(path, "root is not an object")
    contents: list[str] = []
    seen: set[str] = set()
    implicit: list[ImplicitContext] = []
    count = 0
    stack: list[tuple[dict[str, Any], int]] = [(root, 1)]
    while stack:
        tile, depth = stack.pop()
        count += 1
        if count > limits.max_tiles_per_tileset:
            raise _err(path, f"more than {limits.max_tiles_per_tileset} tiles")
        if depth > limits.max_depth:
            raise _err(path, f"tiles nested deeper than {limits.max_depth} levels")
        uris = _tile_contents(tile, path)
        ctx = _implicit_context(tile, uris, base, path)
        if ctx is not None:
            implicit.append(ctx)
        else:
            for uri in uris:
                if uri and uri not in seen:
                    seen.add(uri)
                    contents.append(uri)
        children = tile.get("children")
        if children is None:
            continue
        if not isinstance(children, list):
            raise _err(path, "children is not an array")
        for child in reversed(children):
            if not isinstance(child, dict):
                raise _err(path, "a child tile is not an object")
            stack.append((child, depth + 1))
    schemas = _schema_uris(doc, path)
    return TilesetRefs(contents=contents, implicit=implicit, schemas=schemas, tiles=count)
