"""The resume branch of one file's pipeline: what DEST already holds is not fetched again.

Before a file is fetched, :func:`from_dest` asks the run's :class:`~.sync.Sync` whether DEST
holds it complete (trusted by the manifest, or reused by content hash), left out by
``--include``/``--exclude``, or only counted (a dry run). A kept file is read back from DEST to
find what it references, unless the manifest knows it references nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from ..errors import TileFormatError
from .mirror import viewed
from .parse.discover import Discovery, Ref, RefKind
from .sync import Outcome, Sync
from .syncplan import Decision
from .threads import settle

if TYPE_CHECKING:
    from yarl import URL

    from .pipeline import Walk

__all__ = ["LEAF", "from_dest", "kept", "kept_buffer"]

# What a file that references nothing discovers.
LEAF = Discovery(refs=[], format="bin")


async def from_dest(
    walk: Walk, url: URL, path: str, ref: Ref, depth: int, *, walks_on: bool, reads: bool
) -> bool:
    """True when DEST settles ``path`` and it is not to be fetched: kept (and followed), left
    out by the path filter, or counted by a dry run. ``walks_on``: the file may be needed to
    find others (the root, a tileset, a subtree), so a filter never skips it; ``reads``: it
    may reference others (see :mod:`.reach`), so a dry run reads it too."""
    sync = walk.sync
    assert sync is not None
    if not walks_on and walk.covered.active and not walk.covered(path):
        walk.left_out += 1
        return True  # left out by --include/--exclude: neither fetched nor deleted
    outcome = await kept(walk, sync, path)
    if outcome is not None:
        if walk.dry_run and (not reads or path in sync.leaves):
            _count(walk, outcome)
            return True  # references nothing: a dry run need not read it
        # A kept file known to reference nothing is not read again.
        found = LEAF if path in sync.leaves else await _local(walk, url, path, ref, depth)
        if found is not None:
            _count(walk, outcome)
            walk.follow(found, depth)
            return True
        if walk.dry_run and outcome is Outcome.REUSED:
            _count(walk, outcome)
            return True  # moved from another path by the run, not there yet: left unread
    if walk.dry_run and not reads:
        # Would be fetched; a dry run fetches only what it needs to find the others.
        listed = sync.listing.get(path) if sync.listing is not None else None
        tally = walk.tally
        tally.files_done += 1
        tally.bytes_done += (listed.size or 0) if listed is not None else 0
        return True
    return False


async def kept(walk: Walk, sync: Sync, path: str) -> str | None:
    """How DEST already holds ``path`` (an :class:`Outcome`), or None to fetch it."""
    if not walk.resume:
        return None
    settled = sync.settled(path)  # by the pre-pass
    if settled is not None:
        return None if settled is Outcome.FETCH else settled
    decision = sync.quick(path)
    if decision is Decision.TRUST:
        return Outcome.TRUSTED
    if decision is Decision.FETCH:
        return None
    # Waited for even when cancelled: it may be linking or copying into DEST.
    return await settle(lambda: sync.slow(path, decision))


async def kept_buffer(walk: Walk, sync: Sync, path: str) -> bytes | None:
    """The bytes of a subtree's external buffer DEST already holds, or None to fetch it."""
    sync.mirror.final_path(path)
    outcome = await kept(walk, sync, path)
    if outcome is None:
        return None
    limit = walk.limits.max_subtree_bytes
    with contextlib.suppress(OSError):
        found = await asyncio.to_thread(sync.mirror.view, path, limit)
        if not isinstance(found, bytes):
            found.close()
            raise TileFormatError("external subtree buffer is over the size limit")
        if walk.seen.add(path):
            _count(walk, outcome)
        return found
    return None


def _count(walk: Walk, outcome: str) -> None:
    if outcome is Outcome.TRUSTED:
        walk.tally.skipped += 1
    else:
        walk.tally.reused += 1


async def _local(walk: Walk, url: URL, path: str, ref: Ref, depth: int) -> Discovery | None:
    """Discovery of a complete file already in DEST, or None to fetch it again."""
    sync = walk.sync
    assert sync is not None
    if ref.kind is RefKind.RESOURCE:
        return LEAF
    try:
        # A large file is mapped, not read: resuming a mirror of big GLBs stays small.
        data = await asyncio.to_thread(sync.mirror.view, path, walk.inline_limit)
        if isinstance(data, bytes):
            return await walk.discover_all(url, data, ref, depth)
        with viewed(data) as view:
            return await walk.discover_all(url, view, ref, depth)
    except (TileFormatError, OSError):
        return None  # damaged by hand or by another tool: fetch it again
