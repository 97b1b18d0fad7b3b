"""Serving folders: a folder's files as a container, which folders hold a root tileset and
under which name."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "ROOT_TILESET",
    "gzip_encodings",
    "load_directory",
    "root_tileset_name",
    "tileset_directories",
]

ROOT_TILESET = "tileset.json"


def load_directory(path: str | os.PathLike[str]) -> dict[str, bytes]:
    """Every file under ``path`` as ``{"relative/posix/path": bytes}`` (dot-folders skipped)."""
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    files: dict[str, bytes] = {}
    for item in sorted(root.rglob("*")):
        relative = item.relative_to(root)
        if item.is_file() and not any(part.startswith(".") for part in relative.parts):
            files[relative.as_posix()] = item.read_bytes()
    return files


def root_tileset_name(directory: str | os.PathLike[str]) -> str | None:
    """The name of the root tileset at the top of ``directory``, or None if it has none.

    ``tileset.json`` when present; else the one top-level ``*.json`` that is a tileset (an
    object with ``asset`` and ``root``) and is not referenced by another such file (so that
    ``root.json`` next to the ``external.json`` it links to is the root). None when no file or
    more than one file qualifies: which one is the root is then a guess.
    """
    folder = Path(directory)
    if (folder / ROOT_TILESET).is_file():
        return ROOT_TILESET
    tilesets: dict[str, Any] = {}
    for item in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if item.name.startswith(".") or not item.is_file():
            continue
        try:
            data = json.loads(item.read_bytes())
        except (OSError, ValueError, RecursionError):  # not JSON, or nested beyond reason
            continue
        if (
            isinstance(data, dict)
            and isinstance(data.get("asset"), dict)
            and isinstance(data.get("root"), dict)
        ):
            tilesets[item.name] = data
    referenced = (
        {ref for name, data in tilesets.items() for ref in _json_refs(data)}
        if len(tilesets) > 1
        else set()
    )
    roots = [name for name in tilesets if name not in referenced]
    return roots[0] if len(roots) == 1 else None


def _json_refs(value: Any) -> set[str]:
    """Every string in a JSON value read as a relative reference: ``./a.json?x`` -> ``a.json``."""
    refs: set[str] = set()
    stack = [value]  # not recursive: a tileset tree may be deeper than Python's stack
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            refs.add(item.split("?", 1)[0].split("#", 1)[0].removeprefix("./"))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return refs


def tileset_directories(data_dir: str | os.PathLike[str]) -> list[Path]:
    """``data_dir`` if it holds a root tileset (see :func:`root_tileset_name`), else its
    sub-directories that do (a folder of samples), skipping dot-folders."""
    root = Path(data_dir)
    if not root.exists():
        raise FileNotFoundError(f"no such folder: {root}")
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")
    if root_tileset_name(root) is not None:
        return [root]
    found = sorted(
        d
        for d in root.iterdir()
        if d.is_dir() and not d.name.startswith(".") and root_tileset_name(d)
    )
    if not found:
        raise FileNotFoundError(
            f"no tileset.json (nor one other top-level tileset JSON) in {root} "
            "or its sub-directories"
        )
    return found


def gzip_encodings(files: Mapping[str, bytes]) -> dict[str, str]:
    # Files stored gzip-compressed on disk are served as such, like a container that holds them.
    return {p: "gzip" for p, data in files.items() if data[:2] == b"\x1f\x8b"}
