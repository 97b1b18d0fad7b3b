"""DEST's manifest: what the tool wrote, in SQLite (``DEST/.itwin-mesh/manifest.sqlite``).

One row per file the tool stored: path, size, modification time (ns), MD5 and the container it
came from. A file is trusted on a later run only when its row says the same container, size and
modification time (the quick check rsync and rclone use); anything else is verified by MD5.

Writes never sit on the per-file hot path: :meth:`Manifest.record` appends to a list and a
writer thread commits batches (every ``BATCH`` rows or ``FLUSH_SECONDS``). A SIGKILL loses at
most the last batch: those files are under their final names without a row, so the next run
verifies them by MD5 instead of trusting them. WAL journaling lets the walk read while the
writer commits. An exclusive ``flock`` on ``lock`` keeps a second download out of the same DEST
(the kernel drops it when the process dies, however it dies).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from ..errors import DownloadError, InvalidArgumentError

__all__ = [
    "MANIFEST_FILE",
    "SCHEMA_VERSION",
    "Entry",
    "Manifest",
    "ManifestVersionError",
    "MirrorBusyError",
]

log = logging.getLogger("itwin_mesh_async.tiles")

MANIFEST_FILE = "manifest.sqlite"
LOCK_FILE = "lock"
SCHEMA_VERSION = 2  # 2: files.leaf
BATCH = 2000
FLUSH_SECONDS = 0.5
_SIDE_FILES = ("", "-wal", "-shm", "-journal")
# The index by MD5 serves only a sync (reuse at another path). Kept up to date it would cost
# ~7 us of CPU per file stored (random B-tree inserts, 4x the row itself); built when first
# needed it costs ~0.8 s per million rows, and it is dropped at the end of the run.
_MD5_INDEX = "CREATE INDEX IF NOT EXISTS files_md5 ON files(md5)"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    md5 BLOB NOT NULL,
    source INTEGER NOT NULL REFERENCES sources(id),
    leaf INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
"""


_INSERT = "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?)"
_DELETE = "DELETE FROM files WHERE path = ?"


class MirrorBusyError(DownloadError):
    """Another running download holds DEST's lock."""


class ManifestVersionError(DownloadError, InvalidArgumentError):
    """DEST's manifest was written by a newer version of the tool (the user's input: exit 2)."""


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


def _refuse_symlinks(folder: Path) -> None:
    """The state folder's files are never followed through a symlink (planted ones included)."""
    for name in [LOCK_FILE] + [MANIFEST_FILE + s for s in _SIDE_FILES]:
        try:
            st = os.lstat(folder / name)
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(st.st_mode):
            raise DownloadError(
                f"cannot use {folder}: {name} is not a regular file (a symlink?); remove it"
            )


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
        self._pending: list[tuple[str, int, int, bytes, int, bool] | tuple[str]] = []
        self._cond = threading.Condition()
        self._closing = False
        self._error: BaseException | None = None
        self._indexed = False
        self.ended_cleanly = True
        if not read_only:
            self._mark_open()
        # A daemon: a manifest its owner never closed must not keep the interpreter alive; rows
        # not yet committed are only a cost (those files are verified again on the next run).
        self._writer = threading.Thread(
            target=self._write_loop, name="itwin-mesh-manifest", daemon=True
        )
        self._load_sources()
        self._writer.start()

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path, *, lock: bool = True) -> Manifest:
        """Open (or create) the manifest in the state ``folder``, which must exist.

        Raises :class:`MirrorBusyError` when another download holds DEST,
        :class:`ManifestVersionError` for a newer schema; an unreadable (corrupt) database is
        replaced by an empty one (``rebuilt``).
        """
        _refuse_symlinks(folder)
        lock_fd = -1
        if lock:
            lock_fd = _take_lock(folder)
        try:
            conn, rebuilt = _connect(folder / MANIFEST_FILE)
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
        _refuse_symlinks(folder)
        try:
            conn = sqlite3.connect(
                f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
            )
            version = _schema_version(conn, path)
        except sqlite3.DatabaseError:
            return None  # unreadable: check reports every file as unverified
        if version == 0:
            conn.close()
            return None
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

    # -- reading (any thread) -------------------------------------------------------------

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
        pending = self._pending
        pending.append((path, size, mtime_ns, md5, source, leaf))
        if len(pending) >= BATCH:
            with self._cond:
                self._cond.notify()

    def forget(self, paths: Iterable[str]) -> None:
        """Queue the removal of rows (files deleted, or no longer trusted)."""
        self._pending.extend((p,) for p in paths)

    def flush(self) -> None:
        """Commit everything queued so far (waits for the writer)."""
        with self._cond:
            self._commit()
        if self._error is not None:
            raise DownloadError(f"cannot update the manifest: {self._error}") from None

    def close(self, *, drop_if_empty: bool = False, clean: bool = True) -> None:
        """Commit what is queued, stop the writer, release the lock. ``drop_if_empty``: remove
        the database and the lock file when no row is left (a run that stored nothing leaves
        nothing behind). ``clean=False`` (a cancelled or failed run): files may have been
        stored without their row, so the next run verifies what the manifest does not know."""
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._writer.join()
        with self._read_lock:
            with contextlib.suppress(sqlite3.Error):
                if not self._readonly and self._error is None and clean:
                    self._read.execute("INSERT OR REPLACE INTO state VALUES ('clean', 1)")
                if self._indexed:
                    self._read.execute("DROP INDEX IF EXISTS files_md5")
                if not self._readonly:
                    # Back to a plain file between runs: a reader (check, a dry run) then
                    # creates no -wal/-shm file next to it.
                    self._read.execute("PRAGMA journal_mode=DELETE")
            self._read.close()
        if drop_if_empty and not self._readonly and self._error is None:
            self._drop_if_empty()
        if self._lock_fd >= 0:
            os.close(self._lock_fd)
            self._lock_fd = -1
        if self._error is not None:
            # Not raised: the run's own error (a full disk, say) is the one to report. The
            # files whose rows were lost are verified by MD5 on the next run.
            log.warning("the manifest could not record every file: %s", self._error)

    def _drop_if_empty(self) -> None:
        path = self.folder / MANIFEST_FILE
        try:
            check = sqlite3.connect(path, isolation_level=None)
            try:
                empty = check.execute("SELECT NOT EXISTS(SELECT 1 FROM files)").fetchone()[0]
            finally:
                check.close()
        except sqlite3.Error:
            return
        if empty:
            for name in [MANIFEST_FILE + s for s in _SIDE_FILES] + [LOCK_FILE]:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.folder / name)

    def _write_loop(self) -> None:
        while True:
            with self._cond:
                if not self._closing:
                    self._cond.wait(FLUSH_SECONDS)
                self._commit()
                if self._closing:
                    return

    def _commit(self) -> None:
        # Called with _cond held: one commit at a time. list.append is atomic under the GIL, so
        # swapping the list out loses nothing appended meanwhile.
        if not self._pending or self._error is not None:
            return
        batch, self._pending = self._pending, []
        with self._read_lock:
            try:
                self._read.execute("BEGIN")
                # Runs of inserts and of deletions, in order (a path may be both).
                start = 0
                while start < len(batch):
                    kind = len(batch[start])
                    end = start
                    while end < len(batch) and len(batch[end]) == kind:
                        end += 1
                    sql = _DELETE if kind == 1 else _INSERT
                    self._read.executemany(sql, batch[start:end])
                    start = end
                self._read.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._read.execute("ROLLBACK")
                self._error = exc  # files stay on disk unrecorded: verified on the next run


def _take_lock(folder: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(folder / LOCK_FILE, flags, 0o644)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: a symlink
            raise DownloadError(f"cannot use {folder}: {LOCK_FILE} is a symlink") from None
        raise
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise MirrorBusyError(
            f"another download into {folder.parent} is running; wait for it to end"
        ) from None
    return fd


def _schema_version(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        conn.close()
        raise ManifestVersionError(
            f"{path} was written by a newer version of itwin-mesh (manifest schema {version},"
            f" this version reads {SCHEMA_VERSION}): upgrade itwin-mesh, or use another DEST"
        )
    return version


def _connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open the database, creating the schema; an unreadable one is replaced by a new one."""
    try:
        return _open_db(path), False
    except ManifestVersionError:
        raise
    except sqlite3.DatabaseError:
        # Corrupt (or not a database): start empty. No row means no trust, so every file in
        # DEST is verified by MD5 on this run: nothing is lost, nothing taken blindly.
        for suffix in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{path}{suffix}")
        return _open_db(path), True


def _open_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=5.0)
    try:
        version = _schema_version(conn, path)  # first: a newer file is left as it is
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        if version == 0:
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif version == 1:  # the first release's manifest: no leaf flag yet
            conn.executescript(_SCHEMA)
            conn.execute("ALTER TABLE files ADD COLUMN leaf INTEGER NOT NULL DEFAULT 0")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("SELECT count(*) FROM sources").fetchone()
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        raise
    return conn
