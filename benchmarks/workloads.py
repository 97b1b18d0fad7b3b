"""The benchmark's workloads: tilesets generated on disk, with a manifest to verify mirrors.

Every workload is the generator's "big" shape (``itwin_mesh_async.tilegen``): ``n``
GLB tiles reached from ``tileset.json`` through external tilesets of ``per_tileset`` tiles each.
Peers that cannot walk a tileset get the flat list of every file (the tileset JSONs included),
so every tool fetches exactly the same files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import attrs

from itwin_mesh_async.tilegen import iter_files, write_tileset

__all__ = [
    "AZURITE_FULL",
    "AZURITE_QUICK",
    "FULL",
    "LATENCY",
    "QUICK",
    "TINY",
    "Manifest",
    "Verification",
    "Workload",
    "generate",
    "verify",
]

MANIFEST_VERSION = 1
SAMPLES = 16  # files whose SHA-256 is checked in every mirror (besides every file's size)


@attrs.frozen
class Workload:
    """One tileset to download: ``n`` tiles of about ``size`` bytes (None: as small as valid)."""

    name: str
    n: int
    size: int | None
    per_tileset: int = 1000
    all_peers: bool = True  # False: only this project's tool runs it (RSS scaling)
    seed: int = 1

    @property
    def key(self) -> str:
        """Directory name of the generated data; changes whenever a parameter does."""
        size = "min" if self.size is None else str(self.size)
        return f"{self.name}-n{self.n}-s{size}-p{self.per_tileset}-r{self.seed}"


# 10,000 x 20 KB through external tilesets; 200 x 2 MB; 10k and 100k tiny tiles for RSS.
FULL = (
    Workload("small", 10_000, 20_000),
    Workload("large", 200, 2_000_000, per_tileset=50),
    Workload("rss-10k", 10_000, None, all_peers=False),
    Workload("rss-100k", 100_000, None, all_peers=False),
)
QUICK = (
    Workload("small", 2_000, 20_000, per_tileset=500),
    Workload("large", 40, 2_000_000, per_tileset=20),
    Workload("rss-2k", 2_000, None, all_peers=False, per_tileset=500),
    Workload("rss-20k", 20_000, None, all_peers=False),
)
# Azurite serves ~2,000 requests/s: a smaller set of the same 20 KB tiles.
AZURITE_FULL = Workload("azurite", 2_000, 20_000, per_tileset=500)
AZURITE_QUICK = Workload("azurite", 500, 20_000, per_tileset=250)
# Over a real network's latency (40 ms a request): fewer files, every one pays the round trip.
LATENCY = {
    "full": Workload("latency", 4_000, 20_000, per_tileset=500),
    "quick": Workload("latency", 1_000, 20_000, per_tileset=250),
    "tiny": Workload("latency", 40, 20_000, per_tileset=10),
}
TINY = (  # for the smoke test: seconds, not minutes
    Workload("small", 60, 20_000, per_tileset=20),
    Workload("large", 3, 200_000, per_tileset=2),
    Workload("rss-tiny", 40, None, per_tileset=10, all_peers=False),
)


@attrs.frozen
class Manifest:
    """The files of a generated workload: relative paths and sizes, plus a few checksums."""

    workload: Workload
    root: Path  # directory that holds tileset.json
    files: tuple[tuple[str, int], ...]
    samples: tuple[tuple[str, str], ...]  # (path, sha256 hex)

    @property
    def count(self) -> int:
        """Number of files (tiles and tileset JSONs)."""
        return len(self.files)

    @property
    def total_bytes(self) -> int:
        """Sum of the file sizes."""
        return sum(size for _, size in self.files)

    @property
    def tiles(self) -> int:
        """Number of tile files (not tileset JSONs)."""
        return sum(1 for path, _ in self.files if not path.endswith(".json"))


def _manifest_path(base: Path, workload: Workload) -> Path:
    return base / f"{workload.key}.manifest.json"


def _load(base: Path, workload: Workload) -> Manifest | None:
    path = _manifest_path(base, workload)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    if data.get("version") != MANIFEST_VERSION or data.get("key") != workload.key:
        return None
    root = base / workload.key
    if not (root / "tileset.json").is_file():
        return None
    return Manifest(
        workload=workload,
        root=root,
        files=tuple((str(p), int(s)) for p, s in data["files"]),
        samples=tuple((str(p), str(h)) for p, h in data["samples"]),
    )


def _pick_samples(paths: list[str]) -> list[str]:
    """A spread of paths: the root, the first and the last, and evenly spaced ones between."""
    if len(paths) <= SAMPLES:
        return sorted(paths)
    step = len(paths) / SAMPLES
    chosen = {paths[int(i * step)] for i in range(SAMPLES)} | {paths[-1], "tileset.json"}
    return sorted(chosen & set(paths))


def generate(workload: Workload, base: Path) -> Manifest:
    """The workload's files under ``base/<key>/``, generated once and reused while unchanged."""
    found = _load(base, workload)
    if found is not None:
        return found
    root = base / workload.key
    staging = base / f".{workload.key}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(root, ignore_errors=True)
    files: list[tuple[str, int]] = []

    def recorded(items: Iterable[tuple[str, bytes]]) -> Iterable[tuple[str, bytes]]:
        for path, data in items:
            files.append((path, len(data)))
            yield path, data

    params = {
        "seed": workload.seed,
        "n": workload.n,
        "per_tileset": workload.per_tileset,
        "size": workload.size,
    }
    write_tileset(recorded(iter_files("big", **params)), staging)
    os.replace(staging, root)
    paths = [p for p, _ in files]
    samples = [
        (p, hashlib.sha256((root / p).read_bytes()).hexdigest()) for p in _pick_samples(paths)
    ]
    manifest = Manifest(workload=workload, root=root, files=tuple(files), samples=tuple(samples))
    _manifest_path(base, workload).write_text(
        json.dumps(
            {
                "version": MANIFEST_VERSION,
                "key": workload.key,
                "files": files,
                "samples": samples,
            }
        )
    )
    return manifest


@attrs.frozen
class Verification:
    """How a mirror compares with the manifest."""

    files: int
    bytes: int
    missing: int
    wrong_size: int
    extra: int
    bad_samples: int

    @property
    def ok(self) -> bool:
        """True when the mirror holds exactly the manifest's files with the right content."""
        return not (self.missing or self.wrong_size or self.extra or self.bad_samples)

    def describe(self) -> str:
        """A short reason when not ok."""
        parts = [
            f"{name} {value}"
            for name, value in (
                ("missing", self.missing),
                ("wrong size", self.wrong_size),
                ("extra", self.extra),
                ("bad content", self.bad_samples),
            )
            if value
        ]
        return ", ".join(parts) or "ok"


def verify(dest: Path, manifest: Manifest) -> Verification:
    """Compare the mirror in ``dest`` with the manifest.

    Top-level dot-folders (a tool's own state) are ignored; every other file must be expected,
    have the expected size, and the sampled files must have the expected SHA-256.
    """
    found: dict[str, int] = {}
    for top, dirs, names in os.walk(dest):
        if Path(top) == dest:
            dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_top = os.path.relpath(top, dest)
        for name in names:
            rel = name if rel_top == "." else f"{rel_top}/{name}"
            found[rel.replace(os.sep, "/")] = os.stat(os.path.join(top, name)).st_size
    expected = dict(manifest.files)
    missing = sum(1 for p in expected if p not in found)
    wrong = sum(1 for p, s in expected.items() if p in found and found[p] != s)
    extra = sum(1 for p in found if p not in expected)
    bad = 0
    for path, digest in manifest.samples:
        target = dest / path
        if not target.is_file() or hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            bad += 1
    return Verification(
        files=len(found),
        bytes=sum(found.values()),
        missing=missing,
        wrong_size=wrong,
        extra=extra,
        bad_samples=bad,
    )
