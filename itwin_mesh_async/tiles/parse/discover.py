"""``discover()``: the one pure entry point the walker calls for every fetched file.

Given a file's URL, bytes and the kind of reference that led to it, it verifies the bytes and
returns what the file references, each as a :class:`Ref` to resolve against its ``base``. Gzip
data (``1f 8b``) is inflated, within bounds, for parsing only: the walker stores the bytes as
fetched. External tilesets are recognised by their JSON (``asset`` + ``root``), never by suffix.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs
from yarl import URL

from ...errors import InvalidArgumentError, TileFormatError
from ...redact import redact_url
from ...urls import resolve_reference, split_query
from ..limits import DEFAULT_LIMITS, Limits
from .formats import (
    BINARY_TILE_FORMATS,
    Buffer,
    detect_format,
    gunzip_bounded,
    is_gzip,
    parse_json,
)
from .gltf import GltfRefs, binary_tile_refs, gltf_refs, is_gltf
from .implicit import ImplicitContext, expand_template
from .subtree import ParsedSubtree, parse_subtree, resolve_subtree
from .tileset import is_tileset, parse_tileset

__all__ = ["Discovery", "Ref", "RefKind", "discover", "discover_subtree"]


class RefKind(enum.Enum):
    """Why a file is fetched, which decides how it is parsed."""

    TILESET_OR_CONTENT = "tileset_or_content"  # tile content: a tile format or an external tileset
    SUBTREE = "subtree"  # an implicit-tiling subtree (needs its ImplicitContext)
    RESOURCE = "resource"  # a glTF buffer or image, a subtree buffer: stored, not parsed
    SCHEMA = "schema"  # a metadata schema JSON


def _redacted(url: URL) -> str:
    return repr(redact_url(url))


@attrs.frozen
class Ref:
    """A reference found in a file: ``uri`` as written, resolved against ``base``."""

    uri: str
    base: URL = attrs.field(repr=_redacted)
    kind: RefKind
    implicit: ImplicitContext | None = None

    @property
    def url(self) -> URL:
        """The absolute URL (no SAS); raises UnsafeReferenceError for an invalid URI."""
        return resolve_reference(self.base, self.uri)


@attrs.frozen
class Discovery:
    """What :func:`discover` found in one file.

    ``format``: ``tileset``, ``gltf``, ``schema``, ``json``, ``subtree``, ``glb``, ``b3dm``,
    ``i3dm``, ``pnts``, ``cmpt``, an image format, or ``bin``; for gzip data, the format of the
    inflated bytes, with ``compressed`` true. ``needs``: files (external subtree buffers) to
    fetch before the refs can be known; then call :func:`discover_subtree`.
    """

    refs: list[Ref]
    format: str
    needs: list[Ref] = attrs.Factory(list)
    compressed: bool = False


def _check_json_size(data: Buffer, limits: Limits) -> None:
    if len(data) > limits.max_json_bytes:
        raise TileFormatError(
            f"JSON of {len(data)} bytes is over the limit of {limits.max_json_bytes}"
        )


def _gltf_to_refs(found: GltfRefs, base: URL) -> list[Ref]:
    refs = [Ref(uri, base, RefKind.RESOURCE) for uri in found.resources]
    refs += [Ref(uri, base, RefKind.TILESET_OR_CONTENT) for uri in found.gltf]
    refs += [Ref(uri, base, RefKind.SCHEMA) for uri in found.schemas]
    return refs


def _json_refs(data: Buffer, base: URL, limits: Limits) -> tuple[list[Ref], str]:
    _check_json_size(data, limits)
    doc = parse_json(data, max_elements=limits.max_json_elements)
    if is_tileset(doc):
        found = parse_tileset(doc, base, limits=limits)
        refs = [Ref(uri, base, RefKind.TILESET_OR_CONTENT) for uri in found.contents]
        refs += [Ref(ctx.subtree_uri, base, RefKind.SUBTREE, ctx) for ctx in found.implicit]
        refs += [Ref(uri, base, RefKind.SCHEMA) for uri in found.schemas]
        return refs, "tileset"
    if is_gltf(doc):
        return _gltf_to_refs(gltf_refs(doc), base), "gltf"
    return [], "json"


def _subtree_refs(
    parsed: ParsedSubtree,
    base: URL,
    ctx: ImplicitContext,
    buffers: Mapping[str, Buffer],
    limits: Limits,
) -> list[Ref]:
    result = resolve_subtree(parsed, ctx, buffers, limits=limits)
    refs = [Ref(uri, base, RefKind.RESOURCE) for uri in parsed.external]
    for index, level, x, y, z in result.contents:
        template = ctx.content_uris[index]
        if template:
            uri = expand_template(template, level, x, y, z)
            refs.append(Ref(uri, ctx.base, RefKind.TILESET_OR_CONTENT))
    for level, x, y, z in result.children:
        child = ctx.at(level, x, y, z)
        refs.append(Ref(child.subtree_uri, ctx.base, RefKind.SUBTREE, child))
    return refs


def _inflate(data: Buffer, limits: Limits) -> tuple[Buffer, bool]:
    if is_gzip(data):
        return gunzip_bounded(data, limits.max_decompressed_bytes), True
    return data, False


def _parse_subtree(data: Buffer, url: URL, limits: Limits) -> tuple[ParsedSubtree, bool]:
    data, compressed = _inflate(data, limits)
    fmt = detect_format(url.path, data)
    if fmt not in ("subtree", "json"):
        raise TileFormatError(f"subtree: not a subtree file (looks like {fmt})")
    if fmt == "json":
        _check_json_size(data, limits)
    return parse_subtree(data, limits=limits), compressed


def _discover(
    url: URL, data: Buffer, kind: RefKind, implicit: ImplicitContext | None, limits: Limits
) -> Discovery:
    if kind is RefKind.RESOURCE:
        # Buffers and images are stored as they are, never inflated or parsed: a binary buffer
        # may start with "{" or "1f 8b" by chance.
        fmt = detect_format(url.path, data)
        if fmt in ("json", "gzip") and not url.path.lower().endswith((".json", ".gltf", ".gz")):
            fmt = "bin"
        return Discovery(refs=[], format=fmt)
    if kind is RefKind.SUBTREE:
        if implicit is None:
            raise InvalidArgumentError("a SUBTREE reference needs its ImplicitContext")
        parsed, compressed = _parse_subtree(data, url, limits)
        base = split_query(url)[0]
        if parsed.needed:
            needs = [Ref(uri, base, RefKind.RESOURCE) for uri in parsed.needed]
            return Discovery(refs=[], format="subtree", needs=needs, compressed=compressed)
        refs = _subtree_refs(parsed, base, implicit, {}, limits)
        return Discovery(refs=refs, format="subtree", compressed=compressed)
    data, compressed = _inflate(data, limits)
    fmt = detect_format(url.path, data)
    if kind is RefKind.SCHEMA:
        _check_json_size(data, limits)
        if not isinstance(
            parse_json(data, what="schema JSON", max_elements=limits.max_json_elements), dict
        ):
            raise TileFormatError("schema JSON is not an object")
        return Discovery(refs=[], format="schema", compressed=compressed)
    if fmt == "json":
        refs, fmt = _json_refs(data, split_query(url)[0], limits)
        return Discovery(refs=refs, format=fmt, compressed=compressed)
    if fmt in BINARY_TILE_FORMATS:
        found = binary_tile_refs(
            fmt,
            data,
            max_json_bytes=limits.max_json_bytes,
            max_json_elements=limits.max_json_elements,
        )
        # Most tiles reference nothing: their base URL is not worth making.
        refs = (
            _gltf_to_refs(found, split_query(url)[0])
            if found.resources or found.gltf or found.schemas
            else []
        )
        return Discovery(refs=refs, format=fmt, compressed=compressed)
    return Discovery(refs=[], format=fmt, compressed=compressed)


def _located(exc: TileFormatError, url: URL) -> TileFormatError:
    # The file is named without its query: the SAS never reaches an error message.
    return TileFormatError(exc.reason, url=str(split_query(url)[0]))


def discover(
    url: URL,
    data: Buffer,
    kind: RefKind,
    implicit: ImplicitContext | None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> Discovery:
    """Verify one fetched file and list what it references.

    ``url`` is the file's URL (its query, the SAS, is ignored); ``kind`` and ``implicit`` come
    from the :class:`Ref` that led to it; ``data`` may be bytes or a memoryview (nothing in the
    result keeps a reference to it). The bytes are verified on the way (headers, lengths,
    JSON), so the walker needs no separate :func:`~.formats.verify` call. Content of an unknown
    format has no refs and is no error. Raises
    :class:`~itwin_mesh_async.errors.TileFormatError` (``reason`` says why, ``url`` names the
    file without query) for malformed data or a file past ``limits``. References are returned
    as written: the walker checks each with :func:`~itwin_mesh_async.urls.relative_path`.
    """
    try:
        return _discover(url, data, kind, implicit, limits)
    except TileFormatError as exc:
        raise _located(exc, url) from None


def discover_subtree(
    url: URL,
    data: Buffer,
    ctx: ImplicitContext,
    buffers: Mapping[str, Buffer],
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> Discovery:
    """The refs of a subtree whose external buffers were fetched.

    ``buffers`` maps each ``uri`` of the ``needs`` that :func:`discover` returned (the URI as
    written in the subtree) to the buffer's bytes. The result lists every external buffer of the
    subtree as a RESOURCE ref too (availability and metadata buffers), so the mirror holds them.
    """
    try:
        parsed, compressed = _parse_subtree(data, url, limits)
        refs = _subtree_refs(parsed, split_query(url)[0], ctx, buffers, limits)
    except TileFormatError as exc:
        raise _located(exc, url) from None
    return Discovery(refs=refs, format="subtree", compressed=compressed)
