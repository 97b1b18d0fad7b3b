"""The on-disk mirror: files appear under their final names only when complete.

Every body goes to a temporary file inside DEST's state folder (``DEST/.itwin-mesh/tmp/``),
whose names can never be mistaken for a tile, and is moved into place with :func:`os.replace`
once complete and verified: a file under its final name is complete by construction, so a
killed run leaves at most temporary files, which the next run removes. Synchronous on purpose:
the engine decides which calls run inline and which go to a thread.

Nothing is reached through a symlink: files are created and renamed relative to the folders'
descriptors (``dir_fd=``), which :class:`~.folders.FolderCache` opens without following links,
so a folder swapped for a symlink during a run cannot redirect a write outside DEST.
"""

from __future__ import annotations

import contextlib
import errno
import io
import itertools
import mmap
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from ..errors import DownloadError, UnsafeReferenceError
from .folders import DIR_FLAGS, NEW_FILE, FolderCache, folds_names
from .manifest_file import release_shared, take_lock, take_shared_lock
from .storage_errors import describe_os_error, is_fatal_os_error, storage_error

__all__ = ["STATE_DIR", "Mirror", "TempFile", "is_fatal_os_error", "storage_error", "viewed"]

STATE_DIR = ".itwin-mesh"
SOURCE_FILE = "source"  # the previous version's marker (the container URL DEST mirrors)
TMP_DIR = "tmp"


class TempFile:
    """A temporary file being written; :meth:`Mirror.commit` moves it into place. ``path`` is
    its name inside the state folder's ``tmp``."""

    __slots__ = ("file", "path")

    def __init__(self, path: str, file: BinaryIO) -> None:
        self.path = path
        self.file = file


class Mirror:
    """DEST as a mirror of the container's layout, with the tool's state in one dot-folder."""

    def __init__(self, dest: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.dest = Path(dest).absolute()
        self.state = self.dest / STATE_DIR
        self.tmp = self.state / TMP_DIR
        self.fsync = fsync
        self._root = str(self.dest) + os.sep
        # True when DEST held nothing but our state at the start: no file can be complete yet,
        # so resume checks need no stat per file.
        self.fresh = False
        self.exists = False  # DEST is there (a dry run does not create it)
        # DEST's file system takes names that differ in case or Unicode normalisation for one
        # (APFS, NTFS, ...): the walk then refuses the second of two such names.
        self.folds_names = False
        self._dest_fd = -1
        self._tmp_fd = -1
        self._lock_fd = -1
        self._shared = False  # the lock is a view's, shared with other views
        self._identity = (0, 0)
        self._folders = FolderCache()
        self._names = itertools.count()
        self._prefix = f"{os.getpid()}-"
        self._path_max = 1024  # the smallest PATH_MAX in use (macOS); prepare() asks DEST's

    # -- set up and tear down -------------------------------------------------------------

    def prepare(self, *, create: bool = True, lock: bool | Literal["shared"] = False) -> None:
        """Create DEST and the state folder, remove a killed run's temporary files, and prove
        DEST writable. Raises :class:`~itwin_mesh_async.errors.DownloadError` when it is not.
        ``create=False`` (a dry run) only opens what exists, for reading, and writes nothing.
        ``lock``: hold DEST's lock until :meth:`close` (a download; the manifest then opens
        without its own), taken before the temporary folder is touched, so that a second run
        refuses (:class:`~.manifest_file.MirrorBusyError`) without deleting the first's files.
        ``lock="shared"``: a view's cache, shared with other views (a download is refused
        meanwhile); a view clears the temporary folder only when it is the only holder."""
        try:
            if self.dest.exists() and not self.dest.is_dir():
                raise DownloadError(f"cannot use {self.dest}: it is a file, not a folder")
            if not create and not self.dest.exists():
                self.fresh = True
                return
            self.dest.mkdir(parents=True, exist_ok=True)
            self._dest_fd = os.open(self.dest, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            self.exists = True
            st = os.fstat(self._dest_fd)
            self._identity = (st.st_dev, st.st_ino)
            self._folders.pin("", self._dest_fd)
            with os.scandir(self._dest_fd) as entries:
                self.fresh = all(e.name == STATE_DIR for e in entries)
            if not create:
                return
            state_fd = self._open_state()
            alone = True
            if lock == "shared":
                self._lock_fd, alone = take_shared_lock(self.state)
                self._shared = True
            elif lock:
                self._lock_fd = take_lock(self.state)
            with contextlib.suppress(FileNotFoundError):
                # The folder is the tool's own: anything else under its name (a planted
                # symlink, a file) is removed itself, never followed.
                if not stat.S_ISDIR(os.lstat(TMP_DIR, dir_fd=state_fd).st_mode):
                    os.unlink(TMP_DIR, dir_fd=state_fd)
                # Without following links (rmtree's fd-based walk); a killed run's leftovers,
                # unless other views write there now.
                if alone:
                    shutil.rmtree(TMP_DIR, dir_fd=state_fd)
            with contextlib.suppress(FileExistsError):
                os.mkdir(TMP_DIR, dir_fd=state_fd)
            self._tmp_fd = os.open(TMP_DIR, DIR_FLAGS, dir_fd=state_fd)
            probe = f"{self._prefix}probe"
            fd = os.open(probe, NEW_FILE, 0o600, dir_fd=self._tmp_fd)
            try:
                os.write(fd, b"\0")
            finally:
                os.close(fd)
            os.unlink(probe, dir_fd=self._tmp_fd)
            self.folds_names = folds_names(self._tmp_fd)
        except OSError as exc:
            self.close()
            raise DownloadError(f"cannot write to {self.dest}: {describe_os_error(exc)}") from None
        except BaseException:
            self.close()
            raise
        with contextlib.suppress(AttributeError, ValueError, OSError):  # no pathconf: keep 1024
            self._path_max = os.pathconf(self.dest, "PC_PATH_MAX")

    def _open_state(self) -> int:
        with contextlib.suppress(FileExistsError):
            os.mkdir(STATE_DIR, dir_fd=self._dest_fd)
        try:
            fd = os.open(STATE_DIR, DIR_FLAGS, dir_fd=self._dest_fd)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                # Cleaning it would delete files wherever it points.
                raise DownloadError(
                    f"cannot use {self.dest}: its {STATE_DIR} is a symlink or a file,"
                    " not the tool's folder"
                ) from None
            raise
        self._folders.pin(STATE_DIR, fd)  # closed with the others; never a tile's folder
        return fd

    def read_legacy_source(self) -> str | None:
        """The previous version's marker (what DEST mirrored), never through a symlink."""
        state = self._folders.get(STATE_DIR)
        if state is None:
            return None
        try:
            fd = os.open(SOURCE_FILE, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=state)
        except OSError:
            return None
        with open(fd, "rb") as f:
            return f.read(4096).decode("utf-8", "replace").strip() or None

    def drop_legacy_source(self) -> None:
        """Remove the previous version's marker (the manifest supersedes it)."""
        state = self._folders.get(STATE_DIR)
        if state is not None:
            with contextlib.suppress(OSError):
                os.unlink(SOURCE_FILE, dir_fd=state)

    def finish(self) -> None:
        """Remove the temporary folder (and the state folder when nothing else is in it: DEST
        then holds only tiles) and close every descriptor."""
        state = self._folders.get(STATE_DIR)
        alone = not self._shared or (self._lock_fd >= 0 and release_shared(self._lock_fd))
        if state is not None and alone:
            with contextlib.suppress(OSError):
                os.rmdir(TMP_DIR, dir_fd=state)
                os.rmdir(STATE_DIR, dir_fd=self._dest_fd)
        self.close()

    def close(self) -> None:
        """Close the cached folder descriptors."""
        self._folders.close(self._dest_fd, self._tmp_fd)
        self._dest_fd = self._tmp_fd = -1
        if self._lock_fd >= 0:  # last: the temporary folder is gone or not ours to touch
            os.close(self._lock_fd)
            self._lock_fd = -1

    def check_dest(self) -> None:
        """Raise a fatal :class:`DownloadError` when DEST vanished (or was replaced) mid-run."""
        try:
            st = os.stat(self.dest)
        except OSError:
            st = None
        if st is None or (st.st_dev, st.st_ino) != self._identity:
            raise DownloadError(
                f"{self.dest} was deleted or replaced during the download; nothing more is"
                " written (run the command again to start over)"
            )

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

    def lstat(self, rel: str) -> os.stat_result | None:
        """``lstat`` of DEST/rel without following any symlink on the way; None when absent."""
        return self._folders.lstat(rel)

    def is_complete(self, rel: str) -> bool:
        """True when ``rel`` is a regular file under its final name (complete by
        construction). A symlink there was not made by the tool and is replaced, not trusted."""
        if self.fresh:
            return False
        st = self.lstat(rel)
        return st is not None and stat.S_ISREG(st.st_mode)

    def open_file(self, rel: str) -> io.BufferedReader:
        """A complete file, opened for reading (never through a symlink)."""
        return self._folders.open_file(rel)

    def read(self, rel: str) -> bytes:
        """The bytes of a complete file."""
        with self.open_file(rel) as f:
            return f.read()

    def view(self, rel: str, inline_limit: int) -> bytes | mmap.mmap:
        """A complete file to parse: its bytes up to ``inline_limit``, else a read-only memory
        map, so that only the pages a parser touches (a GLB's JSON chunk) come into memory."""
        with self.open_file(rel) as f:
            if os.fstat(f.fileno()).st_size <= inline_limit:
                return f.read()
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    # -- writing --------------------------------------------------------------------------

    def _temp_name(self) -> str:
        return f"{self._prefix}{next(self._names)}.part"

    def _new_temp(self) -> tuple[str, int]:
        name = self._temp_name()
        try:
            return name, os.open(name, NEW_FILE, 0o666, dir_fd=self._tmp_fd)
        except FileNotFoundError:
            self.check_dest()
            raise DownloadError(
                f"the tool's folder {self.state} was deleted during the download"
            ) from None

    def write(self, rel: str, data: bytes) -> os.stat_result:
        """Store a whole body under ``rel``: temp file, then rename into place. Returns the
        file's ``stat`` (its size and modification time, for the manifest)."""
        self.final_path(rel)
        name, fd = self._new_temp()
        try:
            with open(fd, "wb") as f:
                f.write(data)
                f.flush()
                if self.fsync:
                    os.fsync(fd)
                st = os.fstat(fd)
            self._place(name, rel)
        except BaseException:
            self._unlink_temp(name)
            raise
        return st

    def open_temp(self) -> TempFile:
        """A new temporary file to stream a large body into."""
        name, fd = self._new_temp()
        # Readable too: a large tile is mapped from its temporary file to be parsed.
        return TempFile(name, open(fd, "w+b"))

    def commit(self, temp: TempFile, rel: str) -> os.stat_result:
        """Close ``temp`` and move it to ``rel`` (on failure it is removed); its ``stat``."""
        self.final_path(rel)
        try:
            temp.file.flush()
            if self.fsync:
                os.fsync(temp.file.fileno())
            st = os.fstat(temp.file.fileno())
            temp.file.close()
            self._place(temp.path, rel)
        except BaseException:
            self.discard(temp)
            raise
        return st

    def _place(self, temp_name: str, rel: str) -> None:
        """Rename a temporary file to DEST/rel, relative to the folders' descriptors."""
        tmp_fd = self._tmp_fd

        def move(fd: int, name: str) -> None:
            os.replace(temp_name, name, src_dir_fd=tmp_fd, dst_dir_fd=fd)

        for attempt in range(2):
            try:
                self._folders.at(rel, move, create=True)
                return
            except FileNotFoundError:
                # DEST gone (fatal), or a folder removed under a cached descriptor: reopen.
                self.check_dest()
                if attempt:
                    raise
                self._folders.forget()

    def link_into(self, source: str, rel: str) -> os.stat_result | None:
        """Hard-link the existing file ``source`` to ``rel`` (through a temporary name);
        None when the file system refuses links (the caller copies instead)."""
        self.final_path(rel)
        temp = self._temp_name()
        tmp_fd = self._tmp_fd

        def link(fd: int, name: str) -> bool:
            try:
                os.link(name, temp, src_dir_fd=fd, dst_dir_fd=tmp_fd, follow_symlinks=False)
            except OSError:
                return False
            return True

        if not self._folders.at(source, link):
            return None
        try:
            st = os.stat(temp, dir_fd=self._tmp_fd, follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode):
                self._unlink_temp(temp)
                return None
            self._place(temp, rel)
        except BaseException:
            self._unlink_temp(temp)
            raise
        return st

    def remove(self, rel: str) -> None:
        """Delete DEST/rel (a file the tool wrote); its folders stay (see
        :meth:`remove_empty_folders`)."""
        self._folders.unlink(rel)

    def remove_empty_folders(self, folders: set[str]) -> None:
        """Remove those of ``folders`` (and their parents) that are empty, deepest first."""
        self._folders.remove_empty(folders)

    def discard(self, temp: TempFile) -> None:
        """Close and remove a temporary file (a failed or cancelled body)."""
        try:
            with contextlib.suppress(OSError):  # flushing what is thrown away may fail (disk full)
                temp.file.close()
        finally:
            self._unlink_temp(temp.path)

    def _unlink_temp(self, name: str) -> None:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=self._tmp_fd)

    def read_temp(self, temp: TempFile) -> bytes:
        """The bytes written so far to ``temp`` (flushed first), for parsing a large file."""
        temp.file.flush()
        return os.pread(temp.file.fileno(), os.fstat(temp.file.fileno()).st_size, 0)


@contextlib.contextmanager
def viewed(mapped: mmap.mmap) -> Iterator[memoryview]:
    """A view of a memory map (as :meth:`Mirror.view` returns), closed after use."""
    view = memoryview(mapped)
    try:
        yield view
    finally:
        view.release()
        with contextlib.suppress(BufferError):  # a slice still alive: closed when it dies
            mapped.close()
