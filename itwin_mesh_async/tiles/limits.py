"""Limits that keep hostile or broken tilesets from exhausting memory, CPU or the stack."""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LIMITS", "Limits"]

_MiB = 1024 * 1024


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise ValueError(f"Limits.{attribute.name} must be positive, got {value!r}")


@attrs.frozen
class Limits:
    """Bounds on what hostile files may cost: a file past a bound is refused; a run past
    ``max_files`` or ``max_total_bytes`` stops with a clear error.

    - ``max_json_bytes``: largest tileset, glTF, subtree or schema JSON parsed.
    - ``max_json_elements``: most values (objects, arrays, numbers, strings) in one JSON
      document, checked before it is parsed: a parsed value takes up to ~70 bytes, so this
      bounds a document's memory (~550 MB at worst, ~270 MB for a tileset of 440,000 tiles).
    - ``max_decompressed_bytes``: largest size a gzip-compressed file may inflate to (bombs).
    - ``max_depth``: deepest tile nesting inside one tileset JSON.
    - ``max_tiles_per_tileset``: most tiles in one tileset JSON.
    - ``max_subtree_bytes``: largest subtree file (binary or JSON) and external subtree buffer.
    - ``max_external_depth``: longest chain of external tilesets / subtrees followed; the walk
      applies it, since only the walk knows the chain.
    - ``max_refs_per_file``: most references one file may yield (an implicit subtree with
      constant availability over many levels can name millions of tiles).
    - ``max_subtree_levels``: largest ``subtreeLevels`` accepted.
    - ``max_files``: most files one run walks (a tileset that never ends: generated external
      tilesets, implicit tiling with all of 30 levels available). Real exports hold millions.
    - ``max_total_bytes``: most bytes one run stores or streams.
    - ``max_file_bytes``: largest file of any kind, refused on its ``Content-Length`` or as
      soon as its body passes it (an endless body must not fill DEST's disk, or a stream's
      memory). 4 GiB: the binary formats (GLB, b3dm, i3dm, pnts, cmpt) state their length
      in 32 bits, so no valid tile is larger.
    """

    max_json_bytes: int = attrs.field(default=256 * _MiB, validator=_positive)
    max_json_elements: int = attrs.field(default=8_000_000, validator=_positive)
    max_decompressed_bytes: int = attrs.field(default=256 * _MiB, validator=_positive)
    max_depth: int = attrs.field(default=256, validator=_positive)
    max_tiles_per_tileset: int = attrs.field(default=5_000_000, validator=_positive)
    max_subtree_bytes: int = attrs.field(default=64 * _MiB, validator=_positive)
    max_external_depth: int = attrs.field(default=64, validator=_positive)
    max_refs_per_file: int = attrs.field(default=2_000_000, validator=_positive)
    max_subtree_levels: int = attrs.field(default=16, validator=_positive)
    max_files: int = attrs.field(default=50_000_000, validator=_positive)
    max_total_bytes: int = attrs.field(default=16 * 1024**4, validator=_positive)
    max_file_bytes: int = attrs.field(default=4 * 1024**3, validator=_positive)


DEFAULT_LIMITS = Limits()
