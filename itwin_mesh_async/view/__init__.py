"""``itwin-mesh view``: a local web server with a 3D Tiles viewer page for a mirror on disk or a
live export (:mod:`.live`, behind ``ITwinClient.serve_tiles``), and the tileset at
``/tileset.json`` for any other viewer.

The page's JavaScript is built from ``viewer/`` in the repository and ships in ``static/``: the
viewer works offline and ``pip install`` needs no Node.
"""

from __future__ import annotations

from .server import ViewServer
from .sources import MirrorSource, Served, TileSource

__all__ = ["MirrorSource", "Served", "TileSource", "ViewServer"]
