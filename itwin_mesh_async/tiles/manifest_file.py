"""The manifest's files in DEST's state folder: the SQLite database (its schema, its version,
opening it, replacing a corrupt one) and the lock that keeps a second download out.

An exclusive ``flock`` on ``lock`` keeps a second download out of the same DEST (the kernel
drops it when the process dies, however it dies). Nothing here is followed through a symlink.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import sqlite3
import stat
from pathlib import Path

from ..errors import DownloadError, InvalidArgumentError

__all__ = [
    "LOCK_FILE",
    "MANIFEST_FILE",
    "SCHEMA_VERSION",
    "ManifestVersionError",
    "MirrorBusyError",
    "connect",
    "connect_read_only",
    "refuse_symlinks",
    "release_shared",
    "remove_if_empty",
    "take_lock",
    "take_shared_lock",
]

MANIFEST_FILE = "manifest.sqlite"
LOCK_FILE = "lock"
SCHEMA_VERSION = 2  # 2: files.leaf
_SIDE_FILES = ("", "-wal", "-shm", "-journal")
BUSY_SECONDS = 5.0  # how long opening waits for a reader that holds the database

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
# What the last run was (its container path, its filters), for ``check``. Added without a
# schema version: an older tool ignores the table, and a manifest without it reads as unknown.
_FACTS = "CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value TEXT NOT NULL)"


class MirrorBusyError(DownloadError):
    """Another running download holds DEST's lock."""


class ManifestVersionError(DownloadError, InvalidArgumentError):
    """DEST's manifest was written by a newer version of the tool (the user's input: exit 2)."""


def refuse_symlinks(folder: Path) -> None:
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


def _open_lock(folder: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        return os.open(folder / LOCK_FILE, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a symlink
            raise DownloadError(f"cannot use {folder}: {LOCK_FILE} is a symlink") from None
        raise


def _try(fd: int, operation: int) -> bool:
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def take_lock(folder: Path) -> int:
    """The descriptor holding DEST's lock for a download, alone; :class:`MirrorBusyError` when
    another download, or a view caching into DEST, holds it."""
    fd = _open_lock(folder)
    if _try(fd, fcntl.LOCK_EX):
        return fd
    views_only = _try(fd, fcntl.LOCK_SH)  # no download holds it: views do
    os.close(fd)
    if views_only:
        raise MirrorBusyError(
            f"{folder.parent} is in use as the cache of `itwin-mesh view`; stop the view, or"
            " download into another folder"
        )
    raise MirrorBusyError(f"another download into {folder.parent} is running; wait for it to end")


def take_shared_lock(folder: Path) -> tuple[int, bool]:
    """DEST's lock shared with other views (a view's cache), and whether this view is its only
    holder (then, and only then, may it clear the temporary folder: no one else writes there).
    :class:`MirrorBusyError` while a download runs into DEST."""
    fd = _open_lock(folder)
    alone = _try(fd, fcntl.LOCK_EX)
    # Shared from now on: a download waits for the views to end, other views may join. (From
    # exclusive, the conversion may let a download in between: then it is refused below.)
    if not _try(fd, fcntl.LOCK_SH):
        os.close(fd)
        raise MirrorBusyError(
            f"a download into {folder.parent} is running; view it when the download has ended,"
            " or use another cache folder"
        )
    return fd, alone


def release_shared(fd: int) -> bool:
    """True when the view holding ``fd`` (shared) is now its only holder: the lock is then
    exclusive until ``fd`` is closed, so the temporary folder may go."""
    return _try(fd, fcntl.LOCK_EX)


def connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open the database, creating the schema; an unreadable one is replaced by a new one
    (then the second value is True)."""
    try:
        return _open_db(path), False
    except ManifestVersionError:
        raise
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return _rebuild(path)
        # Held by a reader for longer than the busy timeout (a check, a dry run): in use,
        # not corrupt, so it is not replaced.
        raise MirrorBusyError(
            f"{path} is in use by another process (a check or a dry run of this DEST?);"
            " run the download again when it has ended"
        ) from None
    except sqlite3.DatabaseError:
        return _rebuild(path)


def _rebuild(path: Path) -> tuple[sqlite3.Connection, bool]:
    # Corrupt (or not a database): start empty. No row means no trust, so every file in DEST
    # is verified by MD5 on this run: nothing is lost, nothing taken blindly.
    for suffix in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
    return _open_db(path), True


def connect_read_only(path: Path) -> sqlite3.Connection | None:
    """The database opened read only, or None when it is unreadable or has no schema yet."""
    try:
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        version = _schema_version(conn, path)
    except sqlite3.DatabaseError:
        return None
    if version == 0:
        conn.close()
        return None
    return conn


def remove_if_empty(folder: Path) -> None:
    """Remove the database and the lock file when the database has no row left."""
    path = folder / MANIFEST_FILE
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
                os.unlink(folder / name)


def _schema_version(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        conn.close()
        raise ManifestVersionError(
            f"{path} was written by a newer version of itwin-mesh (manifest schema {version},"
            f" this version reads {SCHEMA_VERSION}): upgrade itwin-mesh, or use another DEST"
        )
    return version


def _open_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, check_same_thread=False, isolation_level=None, timeout=BUSY_SECONDS
    )
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
        conn.execute(_FACTS)
        conn.execute("SELECT count(*) FROM sources").fetchone()
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        raise
    return conn
