"""3D Tiles: the walker that streams or mirrors a whole tileset, and its report types.

``TileWalker`` and ``TileStream`` (which need aiohttp) load on first use, so that the pure
parsers (:mod:`.parse`) import without it. ``Limits`` and ``Tuning`` are the walker's bounds and
thresholds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .limits import Limits
from .report import DownloadReport, FailedFile, Progress, Tile
from .tuning import Tuning

if TYPE_CHECKING:
    from .stream import TileStream
    from .walker import TileWalker

__all__ = [
    "DownloadReport",
    "FailedFile",
    "Limits",
    "Progress",
    "Tile",
    "TileStream",
    "TileWalker",
    "Tuning",
]


def __getattr__(name: str) -> Any:
    if name == "TileWalker":
        from .walker import TileWalker  # noqa: PLC0415 - loaded on first use, see above

        return TileWalker
    if name == "TileStream":
        from .stream import TileStream  # noqa: PLC0415 - loaded on first use, see above

        return TileStream
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
