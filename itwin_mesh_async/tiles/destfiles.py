"""The files DEST holds, as ``check``, the prune and the search for moved content see them."""

from __future__ import annotations

import os
from collections.abc import Iterator

from .mirror import STATE_DIR

__all__ = ["dest_files"]


def dest_files(root: str | os.PathLike[str]) -> Iterator[tuple[str, os.stat_result]]:
    """Every file of DEST (relative path with ``/``, ``lstat``), without the state folder, never
    following a symlinked folder: a symlink, to a file or a folder, is listed as a file (it is
    not part of a mirror). Folders that vanish or cannot be read meanwhile are passed over."""
    top = os.fspath(root)
    for folder, dirs, files in os.walk(top):
        rel = os.path.relpath(folder, top)
        rel = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        if not rel:
            dirs[:] = [d for d in dirs if d != STATE_DIR]
        for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            try:
                yield rel + name, os.lstat(os.path.join(folder, name))
            except FileNotFoundError:
                continue
