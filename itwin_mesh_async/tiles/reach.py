"""What a reference may lead to, judged from its kind and name before it is fetched.

A dry run reads only the files that may reference others, and ``--include``/``--exclude``
fetch a file they leave out only when it may be a tileset or a subtree, which the walk needs to
find the files below it. Only names of formats known to hold no references (or, for GLB and
b3dm, none in the exports this tool meets: they embed their buffers and images) are left
unread; anything else, an external tileset named without ``.json`` or without any extension
included, is read.
"""

from __future__ import annotations

from urllib.parse import unquote

from .parse.discover import Ref, RefKind

__all__ = ["file_name", "may_open", "may_reference"]

_LEAVES = (".glb", ".b3dm", ".pnts", ".bin", ".png", ".jpg", ".jpeg", ".webp", ".ktx2", ".gif")
_CONTENTS = (*_LEAVES, ".gltf", ".i3dm", ".cmpt")  # tile contents, never a tileset


def file_name(uri: str) -> str:
    """The reference's file name, lower case: query, fragment and escapes aside, so that two
    references to one file are alike."""
    return unquote(uri.partition("?")[0].partition("#")[0].rstrip()).lower()


def may_open(ref: Ref) -> bool:
    """True for a reference that may be a tileset or a subtree: the walk needs it."""
    if ref.kind is RefKind.SUBTREE:
        return True
    return ref.kind is RefKind.TILESET_OR_CONTENT and not file_name(ref.uri).endswith(_CONTENTS)


def may_reference(ref: Ref) -> bool:
    """True for a reference that may reference other files (a tileset, a subtree, a ``.gltf``
    with its buffers and images, an ``i3dm`` with its model, a ``cmpt`` of those)."""
    if ref.kind is RefKind.SUBTREE:
        return True
    return ref.kind is RefKind.TILESET_OR_CONTENT and not file_name(ref.uri).endswith(_LEAVES)
