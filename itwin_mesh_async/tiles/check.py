"""``check``: verify a mirror against its manifest and, given one, the container's listing.

Every file is hashed again (in threads: ``hashlib`` releases the GIL on large buffers) and
compared with the listing's ``Content-MD5`` when there is one, else with the manifest's MD5.
A host that refuses to list is walked instead (:func:`walked_files`). The mirror ``download``
makes holds what the tileset's walk reaches: a listed blob nothing references is expected only
where the tool wrote it (``mode="list"``), see :func:`unreferenced`. Nothing in DEST is changed,
not even the state folder.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import stat
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import DownloadError, InvalidArgumentError, LinkExpiredError
from .destfiles import dest_files
from .digest import hash_file
from .globs import EVERYTHING, PathFilter
from .manifest import LastRun, Manifest
from .mirror import STATE_DIR
from .syncplan import Listed

if TYPE_CHECKING:
    from ..container import ContainerLink
    from .renewal import RenewCallback
    from .walker import TileWalker

__all__ = ["CheckProgress", "CheckReport", "check_mirror", "unreferenced", "walked_files"]

HASH_THREADS = 4
_OK, _CORRUPT, _OUTDATED = "ok", "corrupt", "outdated"


@attrs.define
class CheckReport:
    """What ``check`` found: ``files`` expected, ``ok`` of them intact, and the paths that are
    ``missing``, ``corrupt`` (other bytes than expected) or ``extra`` (not part of the mirror,
    and not written by the tool). Against a source, ``stale``: files the tool wrote for another
    export that the source lacks (a sync not run yet, or stopped: the next download deletes
    them). Without one, after a download that did not finish, ``unfinished`` is True (the
    files still to come cannot be known) and ``unverified`` lists the files it may have stored
    without recording them. ``notes`` say what could not be compared (no listing, no
    manifest) and which filters applied."""

    dest: str
    files: int = 0
    ok: int = 0
    missing: list[str] = attrs.Factory(list)
    corrupt: list[str] = attrs.Factory(list)
    extra: list[str] = attrs.Factory(list)
    seconds: float = 0.0
    notes: list[str] = attrs.Factory(list)
    stale: list[str] = attrs.Factory(list)
    unverified: list[str] = attrs.Factory(list)
    unfinished: bool = False

    @property
    def exact(self) -> bool:
        """True when the mirror is exact: nothing missing, corrupt, extra, stale or
        unverified, and (without a source) the last download finished."""
        return not (
            self.missing
            or self.corrupt
            or self.extra
            or self.stale
            or self.unverified
            or self.unfinished
        )

    def to_dict(self) -> dict[str, Any]:
        """The CLI's ``--json`` document: the contract's keys, then ``stale``,
        ``unverified``, ``unfinished`` and ``notes`` only when there is something to say."""
        document: dict[str, Any] = {
            "dest": self.dest,
            "files": self.files,
            "ok": self.ok,
            "missing": list(self.missing),
            "corrupt": list(self.corrupt),
            "extra": list(self.extra),
            "seconds": round(self.seconds, 3),
        }
        if self.stale:
            document["stale"] = list(self.stale)
        if self.unverified:
            document["unverified"] = list(self.unverified)
        if self.unfinished:
            document["unfinished"] = True
        if self.notes:
            document["notes"] = list(self.notes)
        return document


@attrs.frozen
class CheckProgress:
    """A snapshot for the progress display: files hashed of ``total``, bytes hashed; in the
    ``"walk"`` phase (a host that does not list), files fetched of those found so far."""

    done: int
    total: int
    bytes_done: int
    elapsed: float
    phase: str = "hash"


async def walked_files(
    walker: TileWalker,
    link: ContainerLink,
    renew: RenewCallback | None,
    why: str,
    progress: Callable[[CheckProgress], None] | None = None,
) -> tuple[dict[str, Listed], list[str]]:
    """What the container holds, found by walking the tileset when the host does not list it
    (``why``): every file the walk reaches, fetched and hashed, as a listing would give it, and
    the notes that say so. A file the walk could not fetch is compared with the manifest only.
    ``progress``: the files fetched so far, of those the walk has found."""
    files: dict[str, Listed] = {}
    notes = [f"no listing of the container ({why}): compared with the files the tileset's walk"
             " reaches, each fetched and hashed"]  # fmt: skip
    started, last, fetched = time.monotonic(), 0.0, 0
    async with walker.stream(link, renew=renew) as stream:
        async for tile in stream:
            md5 = hashlib.md5(tile.data, usedforsecurity=False).digest()
            files[tile.path] = Listed(tile.size, md5)
            fetched += tile.size
            now = time.monotonic()
            if progress is not None and now - last > 0.1:
                last = now
                known = max(stream.tally.known, len(files))
                progress(CheckProgress(len(files), known, fetched, now - started, "walk"))
    unfetched = [f.path for f in stream.report.failed if not f.reason.startswith("refused:")]
    for path in unfetched:
        files.setdefault(path, Listed(None, None))
    if unfetched:
        shown = ", ".join(unfetched[:5]) + (", ..." if len(unfetched) > 5 else "")
        notes.append(
            f"{len(unfetched)} files could not be fetched (compared with the manifest): {shown}"
        )
    return files, notes


async def unreferenced(
    walker: TileWalker,
    link: ContainerLink,
    renew: RenewCallback | None,
    dest: str | os.PathLike[str],
) -> tuple[frozenset[str], list[str]]:
    """The listed blobs the tileset's walk does not reach, and notes: a dry run of the list
    mode on ``dest``, which reads the mirror's own tileset files where they are complete and
    changes nothing."""
    if not await asyncio.to_thread(os.path.isdir, dest):
        return frozenset(), []  # check_mirror says what is wrong with DEST
    try:
        report = await walker.download(link, dest, renew=renew, mode="list", dry_run=True)
    except DownloadError as exc:
        if isinstance(exc, LinkExpiredError):
            raise
        return frozenset(), [f"cannot walk the tileset ({exc}): every listed blob is expected"]
    return frozenset(report.unreached), []


def check_mirror(
    dest: str | os.PathLike[str],
    *,
    listing: dict[str, Listed] | None = None,
    unreached: frozenset[str] = frozenset(),
    covered: PathFilter | None = None,
    progress: Callable[[CheckProgress], None] | None = None,
) -> CheckReport:
    """Verify DEST (see the module's doc). ``listing``: the container's blobs, when a source
    was given; without one, the manifest says what the mirror holds. ``unreached``: the listed
    blobs no file of the tileset references, expected only where the manifest knows them (or,
    without a manifest, where DEST has them). ``covered``: the include/exclude filter (None:
    the last download's, as the manifest recorded it); files it leaves out are not looked at,
    the tileset files the walk needs always are.

    Against a listing, a file that is intact as the tool wrote it (its MD5 is its manifest
    row's) but holds another export's version (a sync not run yet, or killed) is not damaged:
    the container's version is counted as missing, and the tool's files the container lacks
    are ``stale``, with notes saying that the next download replaces or deletes them."""
    started = time.monotonic()
    root = Path(dest).absolute()
    if not root.is_dir():
        raise InvalidArgumentError(f"{root} is not a folder")
    report = CheckReport(dest=str(root))
    manifest = Manifest.read_only(root / STATE_DIR)
    try:
        last = manifest.last_run() if manifest is not None else LastRun()
        if manifest is None:
            note = "DEST has no manifest (not written by this tool, or damaged)"
            if listing is None:
                note += ": nothing to compare with; give the export or --url to check against it"
            report.notes.append(note)
        if covered is None:
            covered = _recorded_filter(last, report)
        if listing is None and not last.finished:
            report.unfinished = True
            origin = f" (from {last.source})" if last.source else ""
            report.notes.append(
                f"the last download into DEST{origin} did not finish (stopped, or some files"
                " failed): the files it had still to fetch are known only to the export; run"
                " the download again, or check against the export"
            )
        _compare(
            root,
            report,
            manifest=manifest,
            listing=listing,
            unreached=unreached,
            covered=covered,
            unrecorded_possible=not last.ended,
            progress=progress,
            started=started,
        )
    finally:
        if manifest is not None:
            manifest.close()
    report.seconds = time.monotonic() - started
    return report


def _recorded_filter(last: LastRun, report: CheckReport) -> PathFilter:
    """The filter the last download ran with, said in a note (none: everything)."""
    try:
        recorded = PathFilter(last.include, last.exclude)
    except InvalidArgumentError:
        return EVERYTHING
    if recorded.active:
        report.notes.append(
            f"checked what the last download covered ({recorded.describe()}); give --include"
            " or --exclude to check other files"
        )
    return recorded


def _compare(
    root: Path,
    report: CheckReport,
    *,
    manifest: Manifest | None,
    listing: dict[str, Listed] | None,
    unreached: frozenset[str],
    covered: PathFilter,
    unrecorded_possible: bool,
    progress: Callable[[CheckProgress], None] | None,
    started: float,
) -> None:
    expected: dict[str, bytes | None] = {}
    sizes: dict[str, int | None] = {}
    # Path -> size, -1 for what is not a regular file (a symlink, a symlinked folder): a small
    # value per file, so a mirror of a million files is checked in a few hundred MB.
    local = {
        path: st.st_size if stat.S_ISREG(st.st_mode) else -1
        for path, st in dest_files(root)
        if covered.keeps(path)
    }
    if listing is not None:
        for path, listed in listing.items():
            if not covered.keeps(path):
                continue
            if path in unreached and not (
                manifest.get(path) is not None if manifest is not None else path in local
            ):
                continue  # not part of the mirror download makes
            expected[path] = listed.md5
            sizes[path] = listed.size
        if manifest is not None and any(v is None for v in expected.values()):
            for entry in manifest.entries():
                if entry.path in expected and expected[entry.path] is None:
                    expected[entry.path] = entry.md5
    elif manifest is not None:
        for entry in manifest.entries():
            if covered.keeps(entry.path):
                expected[entry.path] = entry.md5
                sizes[entry.path] = entry.size
    report.files = len(expected)
    unexpected = [p for p in local if p not in expected]
    _sort_unexpected(
        report,
        unexpected,
        manifest,
        against_source=listing is not None,
        unrecorded_possible=unrecorded_possible,
    )
    present = [p for p in sorted(expected) if local.get(p, -1) >= 0]
    report.missing = sorted(p for p in expected if p not in local)
    # A symlink where a file should be: not the file.
    regular = set(present)
    report.corrupt = sorted(p for p in expected if p in local and p not in regular)
    # Another export's version, intact: the tool's own (the manifest knows its MD5).
    sync_pending = listing is not None and manifest is not None

    def one(path: str) -> tuple[str, str]:
        size, want = sizes.get(path), expected[path]
        same_size = size is None or local[path] == size
        if want is None and same_size:
            return path, _OK  # nothing to compare with but the size
        if not same_size and not sync_pending:
            return path, _CORRUPT
        try:
            digest = hash_file(lambda: (root / path).open("rb"))
        except OSError:
            return path, _CORRUPT
        if digest == want and same_size:
            return path, _OK
        row = manifest.get(path) if sync_pending and manifest is not None else None
        return path, _OUTDATED if row is not None and row.md5 == digest else _CORRUPT

    outdated: list[str] = []
    verdicts = {_CORRUPT: report.corrupt, _OUTDATED: outdated}
    total, done, hashed, last = len(present), 0, 0, 0.0
    with ThreadPoolExecutor(HASH_THREADS, thread_name_prefix="itwin-mesh-check") as pool:
        for path, verdict in pool.map(one, present):
            done += 1
            hashed += local[path]
            if verdict == _OK:
                report.ok += 1
            else:
                verdicts[verdict].append(path)
            now = time.monotonic()
            if progress is not None and (now - last > 0.1 or done == total):
                last = now
                progress(CheckProgress(done, total, hashed, now - started))
    report.corrupt.sort()
    if outdated:
        report.missing = sorted(report.missing + outdated)
        report.notes.append(
            f"{len(outdated)} of the missing files hold another export's version, intact as"
            " itwin-mesh wrote it: the next download replaces them"
        )


def _sort_unexpected(
    report: CheckReport,
    paths: list[str],
    manifest: Manifest | None,
    *,
    against_source: bool,
    unrecorded_possible: bool,
) -> None:
    """Files DEST holds that the mirror should not: the tool's own for another export
    (``stale``, against a source), maybe stored by a stopped download without their row
    (``unverified``, without one), or files the tool did not write (``extra``)."""
    for path in sorted(paths):
        if against_source and manifest is not None and manifest.get(path) is not None:
            report.stale.append(path)
        elif not against_source and unrecorded_possible:
            report.unverified.append(path)
        else:
            report.extra.append(path)
    if report.stale:
        report.notes.append(
            f"{len(report.stale)} files (stale) were written by itwin-mesh for another export"
            " and this one lacks them: the next download deletes them"
        )
    if report.unverified:
        report.notes.append(
            f"{len(report.unverified)} files (unverified) have no manifest row: the stopped"
            " download may have stored them; the next one verifies them (or check against"
            " the export)"
        )
