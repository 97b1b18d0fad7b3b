"""Where the files ``view`` serves come from: a mirror on disk here; a live export in
:mod:`.live`. A source maps a clean container-relative path to a local file to send.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any, Protocol

import attrs

from ..tiles.mirror import STATE_DIR

__all__ = ["GZIP_MAGIC", "MirrorSource", "Served", "SourceError", "TileSource", "stored_encoding"]

GZIP_MAGIC = b"\x1f\x8b"


class SourceError(Exception):
    """A file the source cannot give: ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@attrs.frozen
class Served:
    """A local file to send for a request, and the Content-Encoding of its stored bytes."""

    path: str
    encoding: str | None = None


class TileSource(Protocol):
    """What :class:`~itwin_mesh_async.view.ViewServer` serves files from."""

    @property
    def root(self) -> str:
        """The root tileset's path (also answered at ``/tileset.json``)."""
        ...

    def info(self) -> dict[str, Any]:
        """What the page shows: ``name``, ``mode``, ``tileset``, and a ``notice`` if any."""
        ...

    async def get(self, rel: str) -> Served:
        """The file at ``rel`` (a clean relative path); raises :class:`SourceError`."""
        ...


def stored_encoding(head: bytes) -> str | None:
    """``gzip`` for bytes stored gzip-compressed (as the container serves such tiles, with
    ``Content-Encoding: gzip``, and the mirror keeps them byte-identical), else None."""
    return "gzip" if head[:2] == GZIP_MAGIC else None


def _open_inside(root: str, rel: str) -> Served:
    """The regular file ``root/rel`` if it resolves inside ``root`` (symlinks followed)."""
    target = os.path.join(root, *rel.split("/"))
    real = os.path.realpath(target)
    if not real.startswith(root + os.sep):
        raise SourceError(404, f"{rel}: leads outside the served folder")
    inside = real[len(root) + 1 :]
    if inside.split(os.sep, 1)[0].casefold() == STATE_DIR:
        raise SourceError(404, f"{rel}: not found")
    try:
        with open(real, "rb") as f:
            if not os.path.isfile(real):
                raise SourceError(404, f"{rel}: not found")
            head = f.read(2)
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        raise SourceError(404, f"{rel}: not found") from None
    except OSError as exc:
        raise SourceError(500, f"{rel}: cannot read: {exc.strerror or exc}") from None
    return Served(real, stored_encoding(head))


class MirrorSource:
    """A mirror made by ``download`` (or any tileset folder): files under ``dest`` only, the
    tool's state folder never."""

    def __init__(self, dest: str | os.PathLike[str], root: str, *, name: str = "") -> None:
        self.dest = os.path.realpath(dest)
        self._root = root
        self.name = name or Path(self.dest).name

    @property
    def root(self) -> str:
        return self._root

    def info(self) -> dict[str, Any]:
        return {"name": self.name, "mode": "mirror", "tileset": self._root}

    async def get(self, rel: str) -> Served:
        if rel.split("/", 1)[0].casefold() == STATE_DIR:
            raise SourceError(404, f"{rel}: not found")
        return await asyncio.to_thread(_open_inside, self.dest, rel)
