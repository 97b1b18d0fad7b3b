"""The viewer page's files (built from ``viewer/``) and the content types the server sends.

Pure: no I/O but reading the shipped files. The page is at ``/``; its other files are served
under ``/.itwin-mesh/view/``, a prefix no tile can have (``.itwin-mesh`` is the mirror's own
state folder, never a container path), so they never shadow a file of the tileset.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["ASSET_PREFIX", "INFO_NAME", "asset", "content_type"]

ASSET_PREFIX = "/.itwin-mesh/view/"
INFO_NAME = "info.json"
PAGE = "index.html"

_TYPES = {
    "json": "application/json",
    "glb": "model/gltf-binary",
    "gltf": "model/gltf+json",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "ktx2": "image/ktx2",
    "html": "text/html; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "wasm": "application/wasm",
}


def content_type(path: str) -> str:
    """The Content-Type for a file name (tile formats without one are octet streams)."""
    name = path.rsplit("/", 1)[-1]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _TYPES.get(suffix, "application/octet-stream")


def _static() -> Traversable:
    return resources.files(__package__ or "itwin_mesh_async.view") / "static"


def asset(name: str) -> bytes | None:
    """The bytes of a shipped viewer file (``index.html``, ``viewer.js``, ``draco/...``), or
    None when there is no such file. ``name`` is matched against the shipped files only."""
    parts = name.split("/")
    if not name or any(p in ("", ".", "..") or "\\" in p for p in parts):
        return None
    node = _static()
    for part in parts:
        node = node / part
    return node.read_bytes() if node.is_file() else None
