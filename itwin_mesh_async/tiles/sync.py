"""What DEST already holds, for one download: trust, verify, reuse, record, prune.

With a listing, :meth:`Sync.prepass` settles every listed file before the walk, in one pass
over the listing and the manifest in path order (an ``lstat`` per file, no query per file):
files whose content DEST already has (at their path or, moved, at another: hard link, else
copy) are kept; then the files that are to be fetched again lose their stale local copy and
manifest row, so a run killed at any instant leaves only missing files, never old content under
a new export's name. The walk then takes each settled file's outcome from :meth:`Sync.settled`
(a set lookup), and asks :meth:`Sync.quick` (an ``lstat``, a manifest lookup) and
:meth:`Sync.slow` (in a thread, when the answer needs file contents) only about the others.
Every stored file is recorded in the manifest (:meth:`stored`). After a run without failures,
:meth:`prune` deletes the files the tool wrote that the export lacks and lists the files it did
not write (``extra``), deleting those too on request.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import threading
from collections.abc import Callable, Iterable, Iterator

from .destfiles import dest_files
from .digest import HASH_CHUNK, hash_file
from .globs import EVERYTHING, PathFilter
from .manifest import Entry, Manifest
from .mirror import Mirror
from .seen import SeenPaths
from .syncplan import Decision, Listed, decide, stale_entries
from .unrecorded import reuse_unrecorded

__all__ = ["Outcome", "Sync", "hash_file"]

log = logging.getLogger("itwin_mesh_async.tiles")


class Outcome:
    """How a file ended up in DEST without being fetched: ``TRUSTED`` (skipped) or ``REUSED``;
    ``FETCH``: the pre-pass found nothing in DEST to use for it."""

    TRUSTED = "trusted"
    REUSED = "reused"
    FETCH = "fetch"


class Sync:
    """One run's view of what DEST holds (``manifest`` is None in a dry run without one)."""

    def __init__(
        self,
        mirror: Mirror,
        manifest: Manifest | None,
        source: str,
        *,
        listing: dict[str, Listed] | None = None,
        covered: PathFilter = EVERYTHING,
        dry_run: bool = False,
        legacy_source: str | None = None,
    ) -> None:
        self.mirror = mirror
        self.manifest = manifest
        self.source = source
        self.listing = listing
        self.covered = covered
        self.dry_run = dry_run
        self._source_id = manifest.source_id(source) if manifest is not None and not dry_run else 0
        # A DEST with nothing but the tool's state: no file to look at (the fast path).
        self.empty = mirror.fresh
        self.legacy_source = legacy_source
        self.deleted: list[str] = []
        self.extra: list[str] = []
        # What the pre-pass settled: paths found in DEST already (the walk counts them as
        # reused), trusted as they are, or to fetch (``fetch_shared``: the digests two of those
        # share, so the second may still be linked to the first once it is stored); and paths
        # kept whose file references nothing (the walk need not read them).
        self.reused = SeenPaths()
        self.trusted = SeenPaths()
        self.to_fetch = SeenPaths()
        self.fetch_shared: set[bytes] = set()
        self.leaves = SeenPaths()
        self.rewritten: set[str] = set()  # paths the pre-pass wrote another content to
        # Set when the run is cancelled: the pre-pass and the prune (long loops in a thread)
        # stop at the next file; what they leave undone, the next run does.
        self.stop = threading.Event()

    # -- before the walk ------------------------------------------------------------------

    def prepass(self) -> None:
        """Settle every listed file (see the module's doc); in a thread, before the walk."""
        listing = self.listing
        if listing is None or self.empty:
            return
        covered = self.covered
        paths = sorted(p for p in listing if covered.keeps(p))
        refetch: list[str] = []
        manifest = self.manifest
        # DEST may hold files no row describes (a copy without the state folder, a rebuilt
        # manifest, another tool's mirror): their content is looked for by MD5 as well.
        unrecorded = manifest is None or manifest.rebuilt
        for path, row in zip(paths, _rows_of(manifest, paths), strict=True):
            if self.stop.is_set():
                return  # the stale copies stay: the next pre-pass finds them again
            decision = self._decide(path, row)
            if decision is Decision.TRUST:
                self.trusted.add(path)
                continue
            unrecorded = unrecorded or decision is Decision.VERIFY
            outcome = None if decision is Decision.FETCH else self.slow(path, decision, row)
            if outcome is not None:
                self.reused.add(path)
                continue
            refetch.append(path)
        if refetch and (unrecorded or manifest is None or not len(manifest)):
            refetch = reuse_unrecorded(self, refetch)
            if self.stop.is_set():
                return
        digests: dict[bytes, int] = {}  # of the files to fetch: how many share each
        for path in refetch:
            self.to_fetch.add(path)
            md5 = listing[path].md5
            if md5 is not None:
                digests[md5] = digests.get(md5, 0) + 1
        self.fetch_shared = {md5 for md5, n in digests.items() if n > 1}
        # Only now: a stale file may have been the source of a moved one above.
        if not self.dry_run:
            self.clear(refetch)

    def settled(self, path: str) -> str | None:
        """What the pre-pass decided for ``path`` (an :class:`Outcome`), or None when it did not
        settle it (ask :meth:`quick`)."""
        if path in self.reused:
            return Outcome.REUSED
        if self.listing is None:
            return None
        if path in self.trusted:
            return Outcome.TRUSTED
        if path in self.to_fetch:
            listed = self.listing.get(path)
            if listed is None or listed.md5 not in self.fetch_shared:
                return Outcome.FETCH
        return None

    def clear(self, paths: list[str]) -> None:
        """Remove stale local copies (and their rows) of files about to be fetched again."""
        manifest = self.manifest
        gone = []
        for path in paths:
            st = self.mirror.lstat(path)
            if st is not None and not stat.S_ISDIR(st.st_mode):
                gone.append(path)
        # The files go before their rows: a run killed in between leaves rows for absent files
        # (never trusted: a row vouches only for a file with its size and time), not another
        # export's file at this export's path with no row to tell it from a damaged one.
        for path in gone:
            self.mirror.remove(path)
        if manifest is not None:
            manifest.forget(gone)
            manifest.flush()

    # -- before fetching ------------------------------------------------------------------

    def quick(self, path: str) -> Decision:
        """The decision for ``path`` from metadata only (see :func:`syncplan.decide`)."""
        if self.empty:
            return Decision.FETCH  # nothing in DEST to keep or reuse
        return self._decide(path, self.manifest.get(path) if self.manifest is not None else None)

    def _decide(self, path: str, row: Entry | None) -> Decision:
        listed = self.listing.get(path) if self.listing is not None else None
        decision = decide(self.mirror.lstat(path), row, self.source, listed)
        if row is not None and row.leaf and decision in (Decision.TRUST, Decision.ADOPT):
            self.leaves.add(path)
        return decision

    def slow(self, path: str, decision: Decision, row: Entry | None = None) -> str | None:
        """Settle an ADOPT / VERIFY / ELSEWHERE decision: an :class:`Outcome` when DEST now
        holds the container's content at ``path`` (in a dry run: would hold), None to fetch.
        ``row``: the manifest's row of ``path``, when the caller has it."""
        listed = self.listing.get(path) if self.listing is not None else None
        if decision is Decision.ADOPT:
            if self.dry_run:
                return Outcome.REUSED
            if row is None and self.manifest is not None:
                row = self.manifest.get(path)
            if row is not None:
                self._record_row(path, row)
            return Outcome.REUSED
        want = listed.md5 if listed is not None else None
        if want is None:
            return None
        if decision is Decision.VERIFY:
            try:
                digest = hash_file(lambda: self.mirror.open_file(path))
            except OSError:
                digest = None
            if digest == want:
                st = self.mirror.lstat(path)
                if st is not None and not self.dry_run:
                    self.stored(path, st, digest)
                return Outcome.REUSED
        if self.empty or self.manifest is None:
            return None
        return self._from_elsewhere(path, want)

    def _from_elsewhere(self, path: str, md5: bytes) -> str | None:
        """Reuse a file of DEST with this content at another path: hard link, else copy."""
        assert self.manifest is not None
        for row in self.manifest.with_md5(md5):
            if row.path == path:
                continue
            st = self.mirror.lstat(row.path)
            if st is None or not row.matches(st):
                continue  # changed or gone since it was written: not that content any more
            if row.path in self.rewritten:
                continue  # written over in this run: its row tells of the old content
            if self.place_copy(row.path, path, md5, row.size, leaf=row.leaf):
                return Outcome.REUSED
        return None

    def place_copy(self, source: str, path: str, md5: bytes, size: int, *, leaf: bool) -> bool:
        """Put at ``path`` the content of DEST's file ``source`` (``md5``, ``size`` bytes): a
        hard link, else a copy that is hashed as it goes; True when done (a dry run: would be)."""
        if self.dry_run:
            return True
        if leaf:
            self.leaves.add(path)
        self.rewritten.add(path)
        linked = self.mirror.link_into(source, path)
        if linked is not None and linked.st_size == size:
            self.stored(path, linked, md5, leaf=leaf)
            return True
        return self._copy(source, path, md5, leaf=leaf)

    def _copy(self, source: str, path: str, md5: bytes, *, leaf: bool) -> bool:
        """Copy ``source`` to ``path`` through a temporary file, hashing as it goes."""
        temp = self.mirror.open_temp()
        digest = hashlib.md5(usedforsecurity=False)
        try:
            with self.mirror.open_file(source) as f:
                while chunk := f.read(HASH_CHUNK):
                    digest.update(chunk)
                    temp.file.write(chunk)
        except OSError:
            self.mirror.discard(temp)
            return False
        if digest.digest() != md5:
            self.mirror.discard(temp)
            return False
        st = self.mirror.commit(temp, path)
        self.stored(path, st, md5, leaf=leaf)
        return True

    # -- after storing --------------------------------------------------------------------

    def stored(self, path: str, st: os.stat_result, md5: bytes, *, leaf: bool = False) -> None:
        """Record a file just written (or verified) in the manifest; ``leaf``: it references
        no other file (known once it was parsed)."""
        if self.manifest is not None and not self.dry_run:
            self.manifest.record(path, st.st_size, st.st_mtime_ns, md5, self._source_id, leaf=leaf)

    def _record_row(self, path: str, row: Entry) -> None:
        if self.manifest is not None and not self.dry_run:
            self.manifest.record(
                path, row.size, row.mtime_ns, row.md5, self._source_id, leaf=row.leaf
            )

    # -- after the walk -------------------------------------------------------------------

    def prune(self, in_export: Callable[[str], bool], *, delete_extra: bool = False) -> None:
        """Delete the tool's files the export lacks (``deleted``), find the others (``extra``);
        only after a run without failures. In a dry run, only say what would be deleted."""
        if self.manifest is None and self.empty:
            return  # nothing was there before this run
        if self.manifest is not None:
            gone: list[str] = []
            for row in stale_entries(self.manifest.entries(), in_export, self.covered.keeps):
                st = self.mirror.lstat(row.path)
                if st is None:
                    gone.append(row.path)
                elif row.matches(st):
                    self.deleted.append(row.path)
                # else: changed since the tool wrote it, so the user's now: reported as extra
            if not self.dry_run:
                for n, rel in enumerate(self.deleted):
                    if self.stop.is_set():
                        del self.deleted[n:]  # not deleted: their rows stay
                        break
                    self.mirror.remove(rel)
                self.manifest.forget(gone + self.deleted)
        if self.empty or self.stop.is_set():
            return
        deleted = set(self.deleted)
        self.extra = [
            rel
            for rel, _ in sorted(dest_files(self.mirror.dest))
            if rel not in deleted and not in_export(rel) and self.covered(rel)
        ]
        if delete_extra:
            if not self.dry_run:
                for rel in self.extra:
                    self.mirror.remove(rel)
                if self.manifest is not None:
                    self.manifest.forget(self.extra)
            self.deleted.extend(self.extra)
            self.extra = []
        if not self.dry_run:
            self.mirror.remove_empty_folders({p.rpartition("/")[0] for p in self.deleted} - {""})


def _rows_of(manifest: Manifest | None, paths: Iterable[str]) -> Iterator[Entry | None]:
    """The manifest's row of each of ``paths`` (sorted), None where it has none: one ordered
    pass over the manifest rather than a query per path. (SQLite orders paths by their UTF-8
    bytes, as Python orders strings by code point; a row missed all the same would only make
    its file verified by MD5, never trusted.)"""
    rows = manifest.entries() if manifest is not None else iter(())
    row = next(rows, None)
    for path in paths:
        while row is not None and row.path < path:
            row = next(rows, None)
        yield row if row is not None and row.path == path else None
