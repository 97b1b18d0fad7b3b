"""The on-disk mirror: files appear under their final names only when complete.

Every body goes to a temporary file inside DEST's state folder (``DEST/.itwin-mesh/tmp/``),
whose names can never be mistaken for a tile, and is moved into place with :func:`os.replace`
once complete and verified: a file under its final name is complete by construction, so a
killed run leaves at most temporary files, which the next run removes. Synchronous on purpose:
the engine decides which calls run inline and which go to a thread.

Nothing is reached through a symlink: every folder is opened relative to its parent's file
descriptor with ``O_NOFOLLOW | O_DIRECTORY`` and files are created and renamed relative to
those descriptors (``dir_fd=``), so a folder swapped for a symlink during a run cannot redirect
a write outside DEST. Folder descriptors are cached (``FD_CACHE`` of them, never closed before
:meth:`Mirror.finish`, so no thread can find one reused under it).
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
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import DownloadError, TileError, UnsafeReferenceError

__all__ = ["STATE_DIR", "Mirror", "TempFile", "is_fatal_os_error", "storage_error", "viewed"]

STATE_DIR = ".itwin-mesh"
SOURCE_FILE = "source"  # the previous version's marker (the container URL DEST mirrors)
TMP_DIR = "tmp"
FD_CACHE = 256
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_NEW_FILE = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC

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


def folds_names(dir_fd: int) -> bool:
    """True when the folder ``dir_fd`` takes ``Ab``/``aB`` or NFC/NFD names for one file."""
    for made, other in (("Fold-Probe", "fOLD-pROBE"), ("fold-\u00e9", "fold-e\u0301")):
        name = f"{os.getpid()}-{made}"
        fd = os.open(name, _NEW_FILE, 0o600, dir_fd=dir_fd)
        os.close(fd)
        try:
            os.stat(f"{os.getpid()}-{other}", dir_fd=dir_fd, follow_symlinks=False)
        except OSError:
            continue
        finally:
            os.unlink(name, dir_fd=dir_fd)
        return True
    return False


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
        self._identity = (0, 0)
        self._dirs: dict[str, int] = {}  # folder (relative, "" for DEST) -> open descriptor
        self._dirs_lock = threading.RLock()
        # Descriptors dropped from the cache (their folder went away): closed at finish only,
        # since another thread may still be using one.
        self._retired: list[int] = []
        self._names = itertools.count()
        self._prefix = f"{os.getpid()}-"
        self._path_max = 1024  # the smallest PATH_MAX in use (macOS); prepare() asks DEST's

    # -- set up and tear down -------------------------------------------------------------

    def prepare(self, *, create: bool = True) -> None:
        """Create DEST and the state folder, remove a killed run's temporary files, and prove
        DEST writable. Raises :class:`~itwin_mesh_async.errors.DownloadError` when it is not.
        ``create=False`` (a dry run) only opens what exists, for reading, and writes nothing."""
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
            self._dirs = {"": self._dest_fd}
            with os.scandir(self._dest_fd) as entries:
                self.fresh = all(e.name == STATE_DIR for e in entries)
            if not create:
                return
            state_fd = self._open_state()
            with contextlib.suppress(FileNotFoundError):
                # Without following links (rmtree's fd-based walk); a killed run's leftovers.
                shutil.rmtree(TMP_DIR, dir_fd=state_fd)
            os.mkdir(TMP_DIR, dir_fd=state_fd)
            self._tmp_fd = os.open(TMP_DIR, _DIR_FLAGS, dir_fd=state_fd)
            probe = f"{self._prefix}probe"
            fd = os.open(probe, _NEW_FILE, 0o600, dir_fd=self._tmp_fd)
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
            fd = os.open(STATE_DIR, _DIR_FLAGS, dir_fd=self._dest_fd)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                # Cleaning it would delete files wherever it points.
                raise DownloadError(
                    f"cannot use {self.dest}: its {STATE_DIR} is a symlink or a file,"
                    " not the tool's folder"
                ) from None
            raise
        self._dirs[STATE_DIR] = fd  # closed with the others; never a tile's folder
        return fd

    def read_legacy_source(self) -> str | None:
        """The previous version's marker (what DEST mirrored), never through a symlink."""
        state = self._dirs.get(STATE_DIR)
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
        state = self._dirs.get(STATE_DIR)
        if state is not None:
            with contextlib.suppress(OSError):
                os.unlink(SOURCE_FILE, dir_fd=state)

    def finish(self) -> None:
        """Remove the temporary folder (and the state folder when nothing else is in it: DEST
        then holds only tiles) and close every descriptor."""
        if STATE_DIR in self._dirs:
            with contextlib.suppress(OSError):
                os.rmdir(TMP_DIR, dir_fd=self._dirs[STATE_DIR])
                os.rmdir(STATE_DIR, dir_fd=self._dest_fd)
        self.close()

    def close(self) -> None:
        """Close the cached folder descriptors."""
        fds = set(self._dirs.values()) | set(self._retired) | {self._dest_fd, self._tmp_fd}
        self._dirs = {}
        self._retired = []
        self._dest_fd = self._tmp_fd = -1
        for fd in fds:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)

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

    def _folder(self, folder: str, *, create: bool) -> tuple[int, bool] | None:
        """An open descriptor of DEST/``folder`` and whether the caller must close it (the
        cache is full); None when it does not exist and ``create`` is false."""
        fd = self._dirs.get(folder)
        if fd is not None:
            return fd, False
        if not folder:
            return None  # DEST itself is not open (a dry run into a DEST that does not exist)
        with self._dirs_lock:
            fd = self._dirs.get(folder)
            if fd is not None:
                return fd, False
            parent, _, name = folder.rpartition("/")
            got = self._folder(parent, create=create)
            if got is None:
                return None
            parent_fd, owned = got
            try:
                fd = self._open_child(parent_fd, name, folder, create=create)
            finally:
                if owned:
                    os.close(parent_fd)
            if fd is None:
                return None
            if len(self._dirs) < FD_CACHE:
                self._dirs[folder] = fd
                return fd, False
            return fd, True

    def _open_child(self, parent_fd: int, name: str, folder: str, *, create: bool) -> int | None:
        for _ in range(2):
            try:
                return os.open(name, _DIR_FLAGS, dir_fd=parent_fd)
            except FileNotFoundError:
                if not create:
                    return None
                with contextlib.suppress(FileExistsError):
                    os.mkdir(name, dir_fd=parent_fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    try:
                        link = stat.S_ISLNK(
                            os.stat(name, dir_fd=parent_fd, follow_symlinks=False).st_mode
                        )
                    except OSError:
                        link = True  # swapped again meanwhile: take the worst
                    if link:
                        raise UnsafeReferenceError(
                            f"folder {folder!r} leads outside DEST (a symlink): not followed"
                        ) from None
                    raise UnsafeReferenceError(f"{folder!r} is a file, not a folder") from None
                raise
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), folder)

    def _forget_folders(self) -> None:
        """Drop cached descriptors (a folder was removed under us); open ones are kept open."""
        with self._dirs_lock:
            keep = {"", STATE_DIR}
            self._retired.extend(v for k, v in self._dirs.items() if k not in keep)
            self._dirs = {k: v for k, v in self._dirs.items() if k in keep}

    def lstat(self, rel: str) -> os.stat_result | None:
        """``lstat`` of DEST/rel without following any symlink on the way; None when absent."""
        folder, _, name = rel.rpartition("/")
        try:
            got = self._folder(folder, create=False)
        except (UnsafeReferenceError, OSError):
            return None
        if got is None:
            return None
        fd, owned = got
        try:
            return os.stat(name, dir_fd=fd, follow_symlinks=False)
        except OSError:
            return None
        finally:
            if owned:
                os.close(fd)

    def is_complete(self, rel: str) -> bool:
        """True when ``rel`` is a regular file under its final name (complete by
        construction). A symlink there was not made by the tool and is replaced, not trusted."""
        if self.fresh:
            return False
        st = self.lstat(rel)
        return st is not None and stat.S_ISREG(st.st_mode)

    def open_file(self, rel: str) -> io.BufferedReader:
        """A complete file, opened for reading (never through a symlink)."""
        folder, _, name = rel.rpartition("/")
        got = self._folder(folder, create=False)
        if got is None:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), rel)
        fd, owned = got
        try:
            return open(os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd), "rb")
        finally:
            if owned:
                os.close(fd)

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
            return name, os.open(name, _NEW_FILE, 0o666, dir_fd=self._tmp_fd)
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
        folder, _, name = rel.rpartition("/")
        for attempt in range(2):
            got = self._folder(folder, create=True)
            assert got is not None
            fd, owned = got
            try:
                os.replace(temp_name, name, src_dir_fd=self._tmp_fd, dst_dir_fd=fd)
                return
            except FileNotFoundError:
                # DEST gone (fatal), or a folder removed under a cached descriptor: reopen.
                self.check_dest()
                if attempt:
                    raise
                self._forget_folders()
            finally:
                if owned:
                    os.close(fd)

    def link_into(self, source: str, rel: str) -> os.stat_result | None:
        """Hard-link the existing file ``source`` to ``rel`` (through a temporary name);
        None when the file system refuses links (the caller copies instead)."""
        self.final_path(rel)
        folder, _, name = source.rpartition("/")
        got = self._folder(folder, create=False)
        if got is None:
            return None
        fd, owned = got
        temp = self._temp_name()
        try:
            os.link(name, temp, src_dir_fd=fd, dst_dir_fd=self._tmp_fd, follow_symlinks=False)
        except OSError:
            return None
        finally:
            if owned:
                os.close(fd)
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
        """Delete DEST/rel (a file the tool wrote), then its folders left empty."""
        folder, _, name = rel.rpartition("/")
        got = self._folder(folder, create=False)
        if got is None:
            return
        fd, owned = got
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name, dir_fd=fd)
        finally:
            if owned:
                os.close(fd)

    def remove_empty_folders(self, folders: set[str]) -> None:
        """Remove those of ``folders`` (and their parents) that are empty, deepest first."""
        todo = set()
        for start in folders:
            folder = start
            while folder:
                todo.add(folder)
                folder = folder.rpartition("/")[0]
        for folder in sorted(todo, key=lambda f: f.count("/"), reverse=True):
            parent, _, name = folder.rpartition("/")
            got = self._folder(parent, create=False)
            if got is None:
                continue
            fd, owned = got
            try:
                os.rmdir(name, dir_fd=fd)
            except OSError:
                pass  # not empty, or gone
            else:
                with self._dirs_lock:
                    stale = self._dirs.pop(folder, None)
                    if stale is not None:
                        self._retired.append(stale)
            finally:
                if owned:
                    os.close(fd)

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
