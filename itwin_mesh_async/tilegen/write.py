"""Writing generated files to a folder (the only part of the generators that does I/O)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .tree import SampleTileset

__all__ = ["write_tileset"]


def _safe_target(root: Path, rel: str) -> Path:
    parts = rel.split("/")
    if (
        not rel
        or rel.startswith("/")
        or "\\" in rel
        or "\0" in rel
        or any(p in ("", ".", "..") for p in parts)
    ):
        raise ValueError(f"refusing to write unsafe path {rel!r}")
    return root.joinpath(*parts)


def write_tileset(
    sample: SampleTileset | Iterable[tuple[str, bytes]], directory: str | os.PathLike[str]
) -> int:
    """Write the files (a `SampleTileset` or `(path, bytes)` pairs) under `directory`.

    Bytes are written as stored (gzip stays gzip). Returns the number of files written. A path
    that would land outside `directory` raises ValueError before anything is written for it.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    items = sample.files.items() if isinstance(sample, SampleTileset) else sample
    made: set[Path] = set()
    count = 0
    for rel, data in items:
        target = _safe_target(root, rel)
        parent = target.parent
        if parent not in made:
            parent.mkdir(parents=True, exist_ok=True)
            made.add(parent)
        target.write_bytes(data)
        count += 1
    return count
