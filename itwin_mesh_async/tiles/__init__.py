"""3D Tiles: the walker that streams or mirrors a whole tileset, and its report types.

``TileWalker`` and ``TileStream`` (the I/O engine, which needs aiohttp) load on first use, so
that the pure parsing modules of this package import without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .report import DownloadReport, FailedFile, Progress, Tile

if TYPE_CHECKING:
    from .engine import TileStream, TileWalker

__all__ = ["DownloadReport", "FailedFile", "Progress", "Tile", "TileStream", "TileWalker"]


def __getattr__(name: str) -> Any:
    if name in ("TileWalker", "TileStream"):
        from . import engine  # noqa: PLC0415 - loaded on first use, see above

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
