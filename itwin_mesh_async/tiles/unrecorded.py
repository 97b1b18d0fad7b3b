"""Content DEST holds in files no manifest row describes, reused for the files a sync would
fetch: a mirror copied without its state folder, a rebuilt manifest, another tool's mirror.

Only files whose size is one the fetch list wants are hashed (the listing gives sizes), so a
DEST of unrelated files costs an ``lstat`` each. A file written over while the wanted ones are
placed stops being a source, and the files whose own content is wanted elsewhere are written
last, so a swap or a rotation of tiles keeps what it can and never spreads a wrong body.
"""

from __future__ import annotations

import functools
import stat
from typing import TYPE_CHECKING

from .destfiles import dest_files
from .digest import hash_file

if TYPE_CHECKING:
    from .sync import Sync

__all__ = ["reuse_unrecorded"]


def reuse_unrecorded(sync: Sync, refetch: list[str]) -> list[str]:
    """Place, from DEST's unrecorded files, every file of ``refetch`` (listed paths the sync
    would fetch) whose listed MD5 one of them has; return the paths still to fetch (all of
    them when the run is stopped meanwhile). Placed paths are added to ``sync.reused``."""
    assert sync.listing is not None
    listing = sync.listing
    wanted: dict[bytes, list[str]] = {}
    for path in refetch:
        md5 = listing[path].md5
        if md5 is not None:
            wanted.setdefault(md5, []).append(path)
    if not wanted:
        return refetch
    sizes = {listing[p].size for paths in wanted.values() for p in paths}
    holders = _holders(sync, wanted, sizes)
    if not holders:
        return refetch
    # A path whose present content is wanted elsewhere is written after those who want it.
    holding = {path: md5 for md5, paths in holders.items() for path in paths}
    placed: set[str] = set()
    for path in sorted((p for paths in wanted.values() for p in paths), key=holding.__contains__):
        if sync.stop.is_set():
            return refetch
        md5 = listing[path].md5
        assert md5 is not None
        size = listing[path].size
        for source in list(holders.get(md5, ())):
            if source == path:
                continue
            if sync.place_copy(source, path, md5, size if size is not None else -1, leaf=False):
                placed.add(path)
                sync.reused.add(path)
                old = holding.pop(path, None)
                if old is not None and not sync.dry_run:
                    holders[old].remove(path)  # written over: no longer that content
                holders[md5].append(path)
                break
    return [p for p in refetch if p not in placed]


def _holders(
    sync: Sync, wanted: dict[bytes, list[str]], sizes: set[int | None]
) -> dict[bytes, list[str]] | None:
    """The unrecorded files of DEST holding a wanted content (MD5 -> paths); None when the run
    was stopped. A file the manifest vouches for was already looked for by its row's MD5."""
    manifest = sync.manifest
    any_size = None in sizes
    holders: dict[bytes, list[str]] = {}
    for rel, st in dest_files(sync.mirror.dest):
        if sync.stop.is_set():
            return None
        if not stat.S_ISREG(st.st_mode) or not (any_size or st.st_size in sizes):
            continue
        row = manifest.get(rel) if manifest is not None else None
        if row is not None and row.matches(st):
            continue
        try:
            digest = hash_file(functools.partial(sync.mirror.open_file, rel))
        except OSError:
            continue
        if digest in wanted:
            holders.setdefault(digest, []).append(rel)
    return holders
