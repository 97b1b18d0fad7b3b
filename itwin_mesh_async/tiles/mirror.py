"""The on-disk mirror: files appear under their final names only when complete.

Every body goes to a temporary file inside DEST's state folder (``DEST/.itwin-mesh/tmp/``),
whose names can never be mistaken for a tile, and is moved into place with :func:`os.replace`
once complete and verified: a file under its final name is complete by construction, so a
killed run leaves at most temporary files, which the next run removes. Synchronous on purpose:
the engine decides which calls run inline and which go to a thread.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import mmap
import os
import shutil
import stat
import threading
from pathlib import Path
from typing import BinaryIO

from ..errors import DownloadError, TileError, UnsafeReferenceError

__all__ = ["STATE_DIR", "Mirror", "TempFile", "is_fatal_os_error", "storage_error"]

STATE_DIR = ".itwin-mesh"
SOURCE_FILE = "source"  # inside STATE_DIR: the container URL DEST mirrors
TMP_DIR = "tmp"

# Errors that would hit every file alike (disk full, read-only, no permission): the download
# stops with one clear error instead of failing file after file.
_FATAL_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EMFILE}
)


def is_fatal_os_error(exc: OSError) -> bool:
    """True for an OSError that no other file could escape (see ``_FATAL_ERRNOS``)."""
    return exc.errno in _FATAL_ERRNOS


def describe_os_error(exc: OSError) -> str:
    """``strerror`` with its errno name, without the file name (callers name the file)."""
    name = errno.errorcode.get(exc.errno or 0, "")
    text = exc.strerror or str(exc)
    return f"{text} ({name})" if name else text


def storage_error(exc: OSError, dest: Path, path: str) -> DownloadError | TileError:
    """The error to raise when storing ``path`` in ``dest`` failed with ``exc``: fatal for the
    whole download (disk full, read-only...), else for that file only (too large for a quota,
    a folder in the way...)."""
    if is_fatal_os_error(exc):
        return DownloadError(
            f"cannot write to {dest}: {describe_os_error(exc)} (while storing {path})"
        )
    return TileError(f"cannot store the file: {describe_os_error(exc)}", path=path)


class TempFile:
    """A temporary file being written; :meth:`Mirror.commit` moves it into place."""

    __slots__ = ("file", "path")

    def __init__(self, path: str, file: BinaryIO) -> None:
        self.path = path
        self.file = file


class Mirror:
    """DEST as a mirror of the container's layout, with the tool's state in one dot-folder."""

    def __init__(
        self, dest: str | os.PathLike[str], *, fsync: bool = False, source: str = ""
    ) -> None:
        self.dest = Path(dest).absolute()
        self.state = self.dest / STATE_DIR
        # What DEST mirrors (the container URL, no query): a run from another container must
        # not take the files already there for its own.
        self.source = source
        self._marker = self.state / SOURCE_FILE
        self._marker_pending = False  # written with the first file stored, not before
        self._source_switched = False
        self.tmp = self.state / TMP_DIR
        self.fsync = fsync
        self._root = str(self.dest) + os.sep
        self._tmp = str(self.tmp) + os.sep
        # True when DEST held nothing but our state at the start: no file can be complete yet,
        # so resume checks need no stat per file.
        self.fresh = False
        self._real_dest = ""
        self._dirs: set[str] = set()
        self._dirs_lock = threading.Lock()
        self._names = itertools.count()
        self._prefix = f"{os.getpid()}-"
        self._path_max = 1024  # the smallest PATH_MAX in use (macOS); prepare() asks DEST's

    # -- set up and tear down -------------------------------------------------------------

    def prepare(self) -> None:
        """Create DEST and the state folder, remove a killed run's temporary files, and prove
        DEST writable. Raises :class:`~itwin_mesh_async.errors.DownloadError` when it is not."""
        try:
            self.dest.mkdir(parents=True, exist_ok=True)
            if self.state.is_symlink():
                # Cleaning it would delete files wherever it points.
                raise DownloadError(
                    f"cannot use {self.dest}: its {STATE_DIR} is a symlink, not the tool's folder"
                )
            with os.scandir(self.dest) as entries:
                self.fresh = all(e.name == STATE_DIR for e in entries)
            if self.tmp.is_dir():
                shutil.rmtree(self.tmp)
            self.tmp.mkdir(parents=True, exist_ok=True)
            probe = self.tmp / f"{self._prefix}probe"
            with open(probe, "wb") as f:
                f.write(b"\0")
            probe.unlink()
            self._check_source()
        except OSError as exc:
            raise DownloadError(f"cannot write to {self.dest}: {describe_os_error(exc)}") from None
        self._real_dest = os.path.realpath(self.dest)
        self._dirs = {str(self.dest)}
        with contextlib.suppress(AttributeError, ValueError, OSError):  # no pathconf: keep 1024
            self._path_max = os.pathconf(self.dest, "PC_PATH_MAX")

    def _check_source(self) -> None:
        if not self.source:
            return
        try:
            previous: str | None = self._marker.read_text("utf-8").strip()
        except FileNotFoundError:
            previous = None
        if previous is None:
            self._marker_pending = True
        elif previous != self.source:
            # Another export (or tileset) was mirrored here: trust none of its files. The marker
            # moves to the new source only once this run has walked everything (mark_complete),
            # so an interrupted switch is not mistaken later for a complete mirror.
            self.fresh = True
            self._source_switched = True

    def mark_complete(self) -> None:
        """Record that DEST now mirrors ``source`` (after a run that stored the whole tileset)."""
        if self._source_switched:
            self._write_marker()
            self._source_switched = False

    def _write_marker(self) -> None:
        # Idempotent: two writer threads may both get here; each writes the whole line.
        self._marker_pending = False
        self._marker.write_text(self.source + "\n", "utf-8")

    def finish(self) -> None:
        """Remove the state folder when nothing is left in it (DEST then holds only tiles)."""
        for folder in (self.tmp, self.state):
            try:
                folder.rmdir()
            except OSError:
                return

    # -- paths ----------------------------------------------------------------------------

    def final_path(self, rel: str) -> str:
        """DEST/rel, for a clean relative path (as :func:`urls.relative_path` returns).

        The state folder's name is reserved (in any case: DEST may be case-insensitive): a tile
        cannot be stored in it. A path too long for the file system is refused before any folder
        is made for it.
        """
        if not rel or rel[0] == "/" or rel.partition("/")[0].casefold() == STATE_DIR:
            raise UnsafeReferenceError(f"{rel!r} is not a storable name ({STATE_DIR} is reserved)")
        target = self._root + rel
        if len(os.fsencode(target)) >= self._path_max:
            raise UnsafeReferenceError(
                f"path longer than the file system allows ({self._path_max} bytes in DEST)"
            )
        return target

    def is_complete(self, rel: str) -> bool:
        """True when ``rel`` is under its final name (complete by construction).

        Only a regular file inside DEST counts: a symlink there (to the file or a folder above
        it) was not made by the tool, may point outside DEST, and is replaced, not trusted.
        """
        if self.fresh:
            return False
        target = self._root + rel
        try:
            regular = stat.S_ISREG(os.lstat(target).st_mode)
        except OSError:
            return False
        return regular and self._inside(os.path.dirname(target))

    def read(self, rel: str) -> bytes:
        """The bytes of a complete file."""
        with open(self._root + rel, "rb") as f:
            return f.read()

    def view(self, rel: str, inline_limit: int) -> bytes | mmap.mmap:
        """A complete file to parse: its bytes up to ``inline_limit``, else a read-only memory
        map, so that only the pages a parser touches (a GLB's JSON chunk) come into memory."""
        with open(self._root + rel, "rb") as f:
            if os.fstat(f.fileno()).st_size <= inline_limit:
                return f.read()
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def _ensure_parent(self, target: str) -> None:
        parent = os.path.dirname(target)
        if parent in self._dirs:
            return
        # A folder that is a symlink leading out of DEST must not receive files, nor folders:
        # checked before any is made.
        if not self._inside(parent):
            raise UnsafeReferenceError(
                f"folder {os.path.basename(parent)!r} leads outside DEST (a symlink)"
            )
        os.makedirs(parent, exist_ok=True)
        with self._dirs_lock:
            self._dirs.add(parent)

    def _inside(self, folder: str) -> bool:
        """True when ``folder`` (existing or not) resolves inside DEST, symlinks followed;
        ``realpath`` resolves the part of the path that exists."""
        if folder in self._dirs:
            return True
        real = os.path.realpath(folder)
        return real == self._real_dest or real.startswith(self._real_dest + os.sep)

    # -- writing --------------------------------------------------------------------------

    def _temp_path(self) -> str:
        return f"{self._tmp}{self._prefix}{next(self._names)}.part"

    def write(self, rel: str, data: bytes) -> None:
        """Store a whole body under ``rel``: temp file, then rename into place."""
        target = self.final_path(rel)
        tmp = self._temp_path()
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                if self.fsync:
                    f.flush()
                    os.fsync(f.fileno())
            self._ensure_parent(target)
            os.replace(tmp, target)
        except BaseException:
            _unlink_quietly(tmp)
            raise
        if self._marker_pending:
            self._write_marker()

    def open_temp(self) -> TempFile:
        """A new temporary file to stream a large body into."""
        path = self._temp_path()
        # Readable too: a large tile is mapped from its temporary file to be parsed.
        return TempFile(path, open(path, "w+b"))

    def commit(self, temp: TempFile, rel: str) -> None:
        """Close ``temp`` and move it to ``rel``; on failure it is removed."""
        target = self.final_path(rel)
        try:
            if self.fsync:
                temp.file.flush()
                os.fsync(temp.file.fileno())
            temp.file.close()
            self._ensure_parent(target)
            os.replace(temp.path, target)
        except BaseException:
            self.discard(temp)
            raise
        if self._marker_pending:
            self._write_marker()

    def discard(self, temp: TempFile) -> None:
        """Close and remove a temporary file (a failed or cancelled body)."""
        try:
            with contextlib.suppress(OSError):  # flushing what is thrown away may fail (disk full)
                temp.file.close()
        finally:
            _unlink_quietly(temp.path)

    def read_temp(self, temp: TempFile) -> bytes:
        """The bytes written so far to ``temp`` (flushed first), for parsing a large file."""
        temp.file.flush()
        with open(temp.path, "rb") as f:
            return f.read()


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
