"""The `SampleTileset` result type and the helpers shapes use to assemble one (pure)."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import attrs

from .formats import json_bytes

__all__ = [
    "SampleTileset",
    "TilesetAssembly",
    "bounding_box",
    "content_tree",
    "relative_uri",
    "sizes",
    "tile",
    "tileset_json",
]


@attrs.frozen(repr=False)
class SampleTileset:
    """A generated tileset as a blob container would hold it.

    `files`: relative path -> bytes exactly as stored (gzip-compressed where stored so).
    `reachable`: every path a full walk from `root` fetches, including `missing` ones.
    `missing`: referenced paths deliberately absent from `files` (the server answers 404).
    `encodings`: path -> "gzip" for files to serve with `Content-Encoding: gzip`.
    """

    files: Mapping[str, bytes]
    reachable: frozenset[str]
    missing: frozenset[str] = frozenset()
    encodings: Mapping[str, str] = attrs.field(factory=dict)
    root: str = "tileset.json"

    def __repr__(self) -> str:
        # A summary: the default repr would print every file's bytes.
        return (
            f"SampleTileset(root={self.root!r}, files={len(self.files)}, "
            f"bytes={self.total_bytes}, reachable={len(self.reachable)}, "
            f"missing={sorted(self.missing)!r}, encodings={len(self.encodings)})"
        )

    @property
    def total_bytes(self) -> int:
        """Sum of the stored sizes of all files."""
        return sum(len(b) for b in self.files.values())

    @property
    def unreachable(self) -> frozenset[str]:
        """Files in the container that no walk reaches (extra blobs, for list mode)."""
        return frozenset(self.files) - self.reachable


class TilesetAssembly:
    """Collects a shape's files with what a walker should reach, miss and decode."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.reachable: set[str] = set()
        self.missing: set[str] = set()
        self.encodings: dict[str, str] = {}

    def put(
        self, path: str, data: bytes, *, reachable: bool = True, encoding: str | None = None
    ) -> str:
        """Store `data` at `path`; returns `path`."""
        if path in self.files:
            raise ValueError(f"generator bug: {path!r} written twice")
        self.files[path] = data
        if reachable:
            self.reachable.add(path)
        if encoding:
            self.encodings[path] = encoding
        return path

    def refer_missing(self, path: str) -> str:
        """Record a path that is referenced but deliberately not stored."""
        self.reachable.add(path)
        self.missing.add(path)
        return path

    def sample(self, root: str = "tileset.json") -> SampleTileset:
        """The finished, immutable result."""
        if root not in self.files:
            raise ValueError(f"generator bug: root {root!r} missing")
        absent = self.reachable - self.missing - self.files.keys()
        if absent:
            raise ValueError(f"generator bug: reachable but absent: {sorted(absent)[:5]}")
        return SampleTileset(
            files=self.files,
            reachable=frozenset(self.reachable),
            missing=frozenset(self.missing),
            encodings=self.encodings,
            root=root,
        )


def relative_uri(src: str, dst: str, query: str = "") -> str:
    """Percent-encoded URI of container path `dst` relative to the file at `src` (uses `..`)."""
    base = src.split("/")[:-1]
    target = dst.split("/")
    common = 0
    while common < min(len(base), len(target) - 1) and base[common] == target[common]:
        common += 1
    rel = [".."] * (len(base) - common) + target[common:]
    uri = quote("/".join(rel), safe="/")
    return f"{uri}?{query}" if query else uri


def bounding_box(index: int = 0, half: float = 50.0) -> dict[str, list[float]]:
    """An oriented box (3D Tiles `box`) placed by `index` so that tiles do not all coincide."""
    cx, cy = float(index % 97) * 10.0, float(index // 97) * 10.0
    return {"box": [cx, cy, 0.0, half, 0.0, 0.0, 0.0, half, 0.0, 0.0, 0.0, half]}


def tile(
    error: float,
    *,
    uri: str | None = None,
    contents: Sequence[str] = (),
    children: Sequence[dict[str, Any]] = (),
    index: int = 0,
    key: str = "uri",
    refine: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A tile object; `uri` becomes `content` (`key` "url" for legacy), `contents` 1.1 contents."""
    out: dict[str, Any] = {"boundingVolume": bounding_box(index), "geometricError": error}
    if refine:
        out["refine"] = refine
    if uri is not None:
        out["content"] = {key: uri}
    if contents:
        out["contents"] = [{"uri": u} for u in contents]
    out.update(extra)
    if children:
        out["children"] = list(children)
    return out


def tileset_json(
    root: dict[str, Any], *, version: str = "1.1", error: float = 500.0, **extra: Any
) -> bytes:
    """Tileset JSON bytes with `asset`, `geometricError`, `root` and any extra top-level keys."""
    doc: dict[str, Any] = {"asset": {"version": version, "generator": "itwin-mesh-async tilegen"}}
    doc.update(extra)
    doc["geometricError"] = error
    doc["root"] = root
    return json_bytes(doc)


def content_tree(
    uris: Sequence[str],
    fanout: int,
    *,
    error: float = 256.0,
    key: str = "uri",
    refine: str = "REPLACE",
) -> dict[str, Any]:
    """A tree of tiles, one per content URI: node 0 on top, node i under node (i-1)//fanout."""
    if fanout < 1:
        raise ValueError("fanout must be >= 1")
    if not uris:
        return tile(error, refine=refine)
    nodes: list[dict[str, Any]] = []
    depths: list[int] = []
    for i, uri in enumerate(uris):
        depths.append(depths[(i - 1) // fanout] + 1 if i else 0)
        node = tile(error / 2.0 ** depths[i], uri=uri, index=i, key=key)
        nodes.append(node)
        if i:
            nodes[(i - 1) // fanout].setdefault("children", []).append(node)
    nodes[0]["refine"] = refine
    return nodes[0]


def sizes(rng: random.Random, count: int, low: int, high: int) -> list[int]:
    """`count` file sizes spread log-uniformly between `low` and `high` bytes."""
    a, b = math.log(low), math.log(max(low, high))
    return [int(math.exp(rng.uniform(a, b))) for _ in range(count)]
