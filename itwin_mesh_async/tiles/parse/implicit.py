"""Implicit tiling: Morton codes, the tiling context of a subtree and URI templates.

Pure. Covers 3D Tiles 1.1 ``implicitTiling`` and the 1.0 ``3DTILES_implicit_tiling`` extension;
subtree files themselves are parsed in :mod:`.subtree`.
"""

from __future__ import annotations

import attrs
from yarl import URL

__all__ = [
    "OCTREE",
    "QUADTREE",
    "ImplicitContext",
    "expand_template",
    "morton_decode_2d",
    "morton_decode_3d",
    "morton_encode_2d",
    "morton_encode_3d",
]

QUADTREE = "QUADTREE"
OCTREE = "OCTREE"
_BRANCHING = {QUADTREE: 4, OCTREE: 8}


# -- Morton order -------------------------------------------------------------------------------


def morton_encode_2d(x: int, y: int) -> int:
    """Interleave the bits of ``x`` (even positions) and ``y`` (odd positions)."""
    code = 0
    bit = 0
    while x or y:
        code |= (x & 1) << bit | (y & 1) << (bit + 1)
        x >>= 1
        y >>= 1
        bit += 2
    return code


def morton_decode_2d(code: int) -> tuple[int, int]:
    """Inverse of :func:`morton_encode_2d`."""
    x = y = 0
    bit = 0
    while code:
        x |= (code & 1) << bit
        y |= ((code >> 1) & 1) << bit
        code >>= 2
        bit += 1
    return x, y


def morton_encode_3d(x: int, y: int, z: int) -> int:
    """Interleave the bits of ``x``, ``y``, ``z`` (positions 3k, 3k+1, 3k+2)."""
    code = 0
    bit = 0
    while x or y or z:
        code |= (x & 1) << bit | (y & 1) << (bit + 1) | (z & 1) << (bit + 2)
        x >>= 1
        y >>= 1
        z >>= 1
        bit += 3
    return code


def morton_decode_3d(code: int) -> tuple[int, int, int]:
    """Inverse of :func:`morton_encode_3d`."""
    x = y = z = 0
    bit = 0
    while code:
        x |= (code & 1) << bit
        y |= ((code >> 1) & 1) << bit
        z |= ((code >> 2) & 1) << bit
        code >>= 3
        bit += 1
    return x, y, z


# -- context ------------------------------------------------------------------------------------


@attrs.frozen
class ImplicitContext:
    """What a subtree file needs to be interpreted: the implicit root's tiling and its place.

    ``base`` is the URL of the tileset that declares the implicit root: subtree and content
    templates resolve against it, not against the subtree file. ``level``/``x``/``y``/``z``
    are the global coordinates of this subtree's root tile (``z`` is 0 for a quadtree).
    """

    scheme: str
    subtree_levels: int
    available_levels: int
    subtrees_uri: str
    content_uris: tuple[str, ...]
    base: URL
    level: int = 0
    x: int = 0
    y: int = 0
    z: int = 0

    @property
    def branching(self) -> int:
        """4 for a quadtree, 8 for an octree."""
        return _BRANCHING[self.scheme]

    @property
    def subtree_uri(self) -> str:
        """This subtree's file, from the subtrees template."""
        return expand_template(self.subtrees_uri, self.level, self.x, self.y, self.z)

    def at(self, level: int, x: int, y: int, z: int = 0) -> ImplicitContext:
        """The same tiling rooted at another subtree."""
        return attrs.evolve(self, level=level, x=x, y=y, z=z)


def expand_template(template: str, level: int, x: int, y: int, z: int = 0) -> str:
    """Fill ``{level}``, ``{x}``, ``{y}``, ``{z}`` of a template URI."""
    return (
        template.replace("{level}", str(level))
        .replace("{x}", str(x))
        .replace("{y}", str(y))
        .replace("{z}", str(z))
    )
