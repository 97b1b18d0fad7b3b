"""A download's sync around its walk: the manifest it opens, the container listing it needs,
the pre-pass before the walk and the prune after it (the decisions are :class:`~.sync.Sync`'s).
"""

from __future__ import annotations

import logging

from ..errors import DownloadError, LinkExpiredError
from .globs import PathFilter
from .listmode import list_container
from .manifest import Manifest
from .mirror import Mirror
from .pipeline import Walk
from .sync import Sync
from .syncplan import Listed
from .threads import settle

__all__ = ["end_sync", "open_manifest", "start_sync"]

log = logging.getLogger("itwin_mesh_async.tiles")


def open_manifest(
    mirror: Mirror, dry_run: bool, source: str, covered: PathFilter
) -> Manifest | None:
    """The manifest for this run: for writing (the mirror holds DEST's lock; the run is
    recorded for ``check``), or read only (a dry run; None when DEST has none)."""
    if dry_run:
        if not mirror.exists or mirror.state.is_symlink():
            return None
        return Manifest.read_only(mirror.state)
    manifest = Manifest.open(mirror.state, lock=False)
    if manifest.rebuilt:
        log.warning("the manifest in %s was unreadable: every file is verified again", mirror.state)
    try:
        manifest.begin_run(source, covered.include, covered.exclude)
    except BaseException:
        manifest.close(clean=False)
        raise
    return manifest


async def start_sync(walk: Walk, mirror: Mirror, manifest: Manifest | None, source: str) -> Sync:
    """The walk's :class:`Sync` of DEST with the container ``source``, listed when needed and
    settled by the pre-pass (when resuming) before any file is fetched."""
    listing = None
    if _needs_listing(mirror, manifest, source, walk):
        listing = await _listing(walk)
    sync = Sync(
        mirror, manifest, source, listing=listing, covered=walk.covered, dry_run=walk.dry_run
    )
    walk.sync = sync
    if walk.resume:
        await settle(sync.prepass, stop=sync.stop)
    return sync


async def end_sync(walk: Walk, sync: Sync, mirror: Mirror, *, delete_extra: bool) -> None:
    """After a walk without failures (deletions only once the new mirror is whole): delete what
    the export no longer has and report the files the tool did not write."""
    tally = walk.tally
    if tally.failed:
        return
    seen = walk.seen.__contains__
    await settle(lambda: sync.prune(seen, delete_extra=delete_extra), stop=sync.stop)
    tally.deleted = len(sync.deleted)
    tally.extra = sync.extra
    if not walk.dry_run:
        mirror.drop_legacy_source()


def _needs_listing(mirror: Mirror, manifest: Manifest | None, source: str, walk: Walk) -> bool:
    """List the container when DEST holds files the manifest cannot vouch for from this
    container (another export's mirror, a copy without the state folder, a rebuilt manifest,
    a killed run), in list mode, and in a dry run (which reports sizes). Not for a fresh DEST
    nor for a resume of the same export (exports never change)."""
    if walk.dry_run or walk.mode == "list":
        return True
    if mirror.fresh:
        return False
    return manifest is None or not manifest.only_from(source)


async def _listing(walk: Walk) -> dict[str, Listed] | None:
    """The container's listing; None, with a note, when the host does not list."""
    try:
        return await list_container(walk)
    except DownloadError as exc:
        if walk.mode == "list" or isinstance(exc, LinkExpiredError):
            raise
        note = (
            f"no listing of the container ({exc}): files DEST holds that the manifest does not"
            " vouch for are fetched again, and moved files cannot be reused"
        )
        log.warning("%s", note)
        walk.tally.notes.append(note)
        return None
