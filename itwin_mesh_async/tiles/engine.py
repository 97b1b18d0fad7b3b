"""Deprecated: the walker now lives in :mod:`.walker`, :mod:`.stream` and :mod:`.seen`.

Import ``TileWalker`` and ``TileStream`` from ``itwin_mesh_async.tiles`` instead.
"""

from __future__ import annotations

import warnings

from .seen import SeenPaths
from .stream import TileStream
from .walker import TileWalker

__all__ = ["SeenPaths", "TileStream", "TileWalker"]

warnings.warn(
    "itwin_mesh_async.tiles.engine is deprecated: import TileWalker and TileStream from"
    " itwin_mesh_async.tiles",
    DeprecationWarning,
    stacklevel=2,
)
