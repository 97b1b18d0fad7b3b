"""Deprecated: the tileset generators are the package :mod:`itwin_mesh_async.tilegen`.

Import ``build_tileset``, ``write_tileset``, ``iter_files`` and the byte builders from
``itwin_mesh_async.tilegen`` instead; this module re-exports its public names unchanged.
"""

from __future__ import annotations

import warnings

from .. import tilegen
from ..tilegen import *  # noqa: F403 - every public name of tilegen, whatever it adds

__all__ = list(tilegen.__all__)

warnings.warn(
    "itwin_mesh_async.emulator.tilesets is deprecated: import the tileset generators from"
    " itwin_mesh_async.tilegen",
    DeprecationWarning,
    stacklevel=2,
)
