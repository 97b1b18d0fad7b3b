"""DEST's manifest: what the tool wrote, in SQLite (``DEST/.itwin-mesh/manifest.sqlite``).

One row per file the tool stored: path, size, modification time (ns), MD5 and the container it
came from. A file is trusted on a later run only when its row says the same container, size and
modification time (the quick check rsync and rclone use); anything else is verified by MD5.

Writes never sit on the per-file hot path: :meth:`Manifest.record` queues a row and a writer
thread commits batches (:mod:`.manifest_writer`). WAL journaling lets the walk read while the
writer commits. The database file, its schema and DEST's lock are :mod:`.manifest_file`'s.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import stat
import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from .manifest_file import (
    LOCK_FILE,
    MANIFEST_FILE,
    SCHEMA_VERSION,
    ManifestVersionError,
    MirrorBusyError,
    connect,
    connect_read_only,
    refuse_symlinks,
    remove_if_empty,
    take_lock,
)
from .manifest_writer import RowWriter

__all__ = [
    "LOCK_FILE",
    "MANIFEST_FILE",
    "SCHEMA_VERSION",
    "Entry",
    "LastRun",
    "Manifest",
    "ManifestVersionError",
    "MirrorBusyError",
]

log = logging.getLogger("itwin_mesh_async.tiles")

# The index by MD5 serves only a sync (reuse at another path). Kept up to date it would cost
# ~7 us of CPU per file stored (random B-tree inserts, 4x the row itself); built when first
# needed it costs ~0.8 s per million rows, and it is dropped at the end of the run.
_MD5_INDEX = "CREATE INDEX IF NOT EXISTS files_md5 ON files(md5)"


@attrs.frozen(slots=True)
class Entry:
    """One file the tool wrote: ``md5`` is the raw 16-byte digest."""

    path: str
    size: int
    mtime_ns: int
    md5: bytes
    source: str
    leaf: bool = False  # the file references no other (its contents need not be read to walk)

    def matches(self, st: os.stat_result) -> bool:
        """The quick check: a regular file with this size and modification time."""
        return (
            stat.S_ISREG(st.st_mode) and st.st_size == self.size and st.st_mtime_ns == self.mtime_ns
        )


@attrs.frozen
class LastRun:
    """The last download into DEST, as the manifest recorded it: the container's path
    (``source``; None when unknown), its ``include``/``exclude`` globs, whether it ``ended``
    (not killed nor cancelled: every file it stored has its row) and whether it was
    ``complete`` (no file failed)."""

    source: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    ended: bool = True
    complete: bool = True

    @property
    def finished(self) -> bool:
        """The run ended with every file it covers in place."""
        return self.ended and self.complete


class Manifest:
    """The manifest of one DEST, opened (and locked) for one run; :meth:`close` when done.

    ``rebuilt`` is True when the database was unreadable and started empty: no file is trusted,
    every one is verified again.
    """

    def __init__(
        self,
        folder: Path,
        conn: sqlite3.Connection,
        lock_fd: int,
        rebuilt: bool,
        *,
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        self._readonly = read_only
        self._by_md5: dict[bytes, list[str]] | None = None  # read only: no index can be built
        self.rebuilt = rebuilt
        self._read = conn
        self._read_lock = threading.Lock()
        self._lock_fd = lock_fd
        self._sources: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._indexed = False
        self.ended_cleanly = True
        if not read_only:
            self._mark_open()
        self._load_sources()
        self._rows = RowWriter(conn, self._read_lock)
        self._open = True

    def __del__(self) -> None:
        # As an unclosed file does: a manifest its owner never closed says so (with -W
        # default; an error in the tests). Its daemon writer thread ends with the interpreter.
        if getattr(self, "_open", False):
            warnings.warn(f"unclosed manifest in {self.folder}", ResourceWarning, stacklevel=2)

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path, *, lock: bool = True) -> Manifest:
        """Open (or create) the manifest in the state ``folder``, which must exist.

        Raises :class:`MirrorBusyError` when another download holds DEST,
        :class:`ManifestVersionError` for a newer schema; an unreadable (corrupt) database is
        replaced by an empty one (``rebuilt``).
        """
        refuse_symlinks(folder)
        lock_fd = -1
        if lock:
            lock_fd = take_lock(folder)
        try:
            conn, rebuilt = connect(folder / MANIFEST_FILE)
        except BaseException:
            if lock_fd >= 0:
                os.close(lock_fd)
            raise
        return cls(folder, conn, lock_fd, rebuilt)

    @classmethod
    def read_only(cls, folder: Path) -> Manifest | None:
        """The manifest for reading only (``check``), or None when DEST has none."""
        path = folder / MANIFEST_FILE
        if not path.is_file() or path.is_symlink():
            return None
        refuse_symlinks(folder)
        conn = connect_read_only(path)
        if conn is None:
            return None  # unreadable: check reports every file as unverified
        return cls(folder, conn, -1, False, read_only=True)

    def _mark_open(self) -> None:
        """Record that a run is under way: if it is killed, the next one knows that files may
        be under their final names without a row (``ended_cleanly`` is then False)."""
        with self._read_lock:
            row = self._read.execute("SELECT value FROM state WHERE key = 'clean'").fetchone()
            self.ended_cleanly = bool(row and row[0])
            self._read.execute("INSERT OR REPLACE INTO state VALUES ('clean', 0)")

    def _load_sources(self) -> None:
        with self._read_lock:
            for sid, name in self._read.execute("SELECT id, name FROM sources"):
                self._sources[name] = sid
                self._names[sid] = name

    def begin_run(self, source: str, include: Sequence[str], exclude: Sequence[str]) -> None:
        """Record the run that starts (``check`` reads it back as :class:`LastRun`); it counts
        as finished only once :meth:`close` says so."""
        facts = [("source", source), ("include", json.dumps(list(include))),
                 ("exclude", json.dumps(list(exclude)))]  # fmt: skip
        with self._read_lock:
            self._read.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", facts)
            self._read.execute("INSERT OR REPLACE INTO state VALUES ('complete', 0)")

    # -- reading (any thread) -------------------------------------------------------------

    def last_run(self) -> LastRun:
        """What the last download recorded (a manifest older than the record: unknown source
        and filters, finished when it ended cleanly)."""
        with self._read_lock:
            state = dict(self._read.execute("SELECT key, value FROM state").fetchall())
            try:
                facts = dict(self._read.execute("SELECT key, value FROM facts").fetchall())
            except sqlite3.OperationalError:
                facts = {}
        ended = bool(state.get("clean", 1)) if self._readonly else self.ended_cleanly
        return LastRun(
            facts.get("source"), _globs(facts.get("include")), _globs(facts.get("exclude")),
            ended, bool(state.get("complete", 1)),
        )  # fmt: skip

    def get(self, path: str) -> Entry | None:
        """The row of ``path`` (committed rows only)."""
        with self._read_lock:
            row = self._read.execute(
                "SELECT size, mtime_ns, md5, source, leaf FROM files WHERE path = ?", (path,)
            ).fetchone()
        if row is None:
            return None
        return Entry(path, row[0], row[1], row[2], self._names.get(row[3], ""), bool(row[4]))

    def with_md5(self, md5: bytes) -> list[Entry]:
        """Every row whose content has this digest (for reuse at another path)."""
        if self._readonly:
            if self._by_md5 is None:
                self._by_md5 = {}
                for entry in self.entries():
                    self._by_md5.setdefault(entry.md5, []).append(entry.path)
            return [e for p in self._by_md5.get(md5, []) if (e := self.get(p)) is not None]
        with self._read_lock:
            if not self._indexed:
                self._read.execute(_MD5_INDEX)
                self._indexed = True
            rows = self._read.execute(
                "SELECT path, size, mtime_ns, source, leaf FROM files WHERE md5 = ?", (md5,)
            ).fetchall()
        return [Entry(r[0], r[1], r[2], md5, self._names.get(r[3], ""), bool(r[4])) for r in rows]

    def entries(self, batch: int = 5000) -> Iterator[Entry]:
        """Every row, in path order, read in batches (memory stays bounded)."""
        last: str | None = None
        while True:
            query = "SELECT path, size, mtime_ns, md5, source, leaf FROM files"
            query += (
                " ORDER BY path LIMIT ?"
                if last is None
                else " WHERE path > ? ORDER BY path LIMIT ?"
            )
            args = (batch,) if last is None else (last, batch)
            with self._read_lock:
                rows = self._read.execute(query, args).fetchall()
            if not rows:
                return
            for r in rows:
                yield Entry(r[0], r[1], r[2], r[3], self._names.get(r[4], ""), bool(r[5]))
            last = rows[-1][0]

    def only_from(self, source: str) -> bool:
        """True when the manifest has rows and all of them come from ``source`` (a resume of
        the same export: nothing to compare with another container's listing)."""
        if self.rebuilt or not self.ended_cleanly:
            return False
        with self._read_lock:
            row = self._read.execute(
                "SELECT EXISTS(SELECT 1 FROM files),"
                " EXISTS(SELECT 1 FROM files f JOIN sources s ON f.source = s.id"
                " WHERE s.name != ?)",
                (source,),
            ).fetchone()
        return bool(row[0]) and not row[1]

    def __len__(self) -> int:
        with self._read_lock:
            return int(self._read.execute("SELECT count(*) FROM files").fetchone()[0])

    # -- writing (queued; the writer thread commits) --------------------------------------

    def source_id(self, name: str) -> int:
        """The id of a container name, created on first use (committed at once: rare)."""
        sid = self._sources.get(name)
        if sid is None:
            with self._read_lock:
                self._read.execute("INSERT OR IGNORE INTO sources(name) VALUES (?)", (name,))
                sid = int(
                    self._read.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()[
                        0
                    ]
                )
            self._sources[name] = sid
            self._names[sid] = name
        return sid

    def record(
        self, path: str, size: int, mtime_ns: int, md5: bytes, source: int, *, leaf: bool = False
    ) -> None:
        """Queue a row for a file just stored (``source`` from :meth:`source_id`)."""
        self._rows.record(path, size, mtime_ns, md5, source, leaf=leaf)

    def forget(self, paths: Iterable[str]) -> None:
        """Queue the removal of rows (files deleted, or no longer trusted)."""
        self._rows.forget(paths)

    def flush(self) -> None:
        """Commit everything queued so far (waits for the writer)."""
        self._rows.flush()

    def close(
        self, *, drop_if_empty: bool = False, clean: bool = True, complete: bool = False
    ) -> None:
        """Commit what is queued, stop the writer, release the lock. ``drop_if_empty``: remove
        the database and the lock file when no row is left (a run that stored nothing leaves
        nothing behind). ``clean=False`` (a cancelled or failed run): files may have been
        stored without their row, so the next run verifies what the manifest does not know.
        ``complete``: the run that :meth:`begin_run` recorded has every file it covers."""
        self._open = False
        self._rows.stop()
        error = self._rows.error
        with self._read_lock:
            with contextlib.suppress(sqlite3.Error):
                if not self._readonly and error is None and clean:
                    self._read.execute("INSERT OR REPLACE INTO state VALUES ('clean', 1)")
                    if complete:
                        self._read.execute("INSERT OR REPLACE INTO state VALUES ('complete', 1)")
                if self._indexed:
                    self._read.execute("DROP INDEX IF EXISTS files_md5")
                if not self._readonly:
                    # Back to a plain file between runs: a reader (check, a dry run) then
                    # creates no -wal/-shm file next to it.
                    self._read.execute("PRAGMA journal_mode=DELETE")
            self._read.close()
        if drop_if_empty and not self._readonly and error is None:
            remove_if_empty(self.folder)
        if self._lock_fd >= 0:
            os.close(self._lock_fd)
            self._lock_fd = -1
        if error is not None:
            # Not raised: the run's own error (a full disk, say) is the one to report. The
            # files whose rows were lost are verified by MD5 on the next run.
            log.warning("the manifest could not record every file: %s", error)


def _globs(text: str | None) -> tuple[str, ...]:
    """A recorded list of globs (anything unreadable: none)."""
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return ()
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()
