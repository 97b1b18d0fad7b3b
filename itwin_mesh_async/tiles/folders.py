"""DEST's folders as open descriptors, and its files reached through them, never through a
symlink; and the probe of how DEST's file system compares names.

Every folder is opened relative to its parent's descriptor with ``O_NOFOLLOW | O_DIRECTORY``,
so a folder swapped for a symlink during a run cannot redirect a write outside DEST. Up to
``FD_CACHE`` descriptors are cached; one dropped from the cache (its folder went away) is
closed only by :meth:`FolderCache.close`, so no thread can find its number reused under it.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import threading
from collections.abc import Callable
from typing import TypeVar

from ..errors import UnsafeReferenceError

__all__ = ["DIR_FLAGS", "FD_CACHE", "NEW_FILE", "FolderCache", "folds_names"]

FD_CACHE = 256
DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
T = TypeVar("T")
NEW_FILE = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def folds_names(dir_fd: int) -> bool:
    """True when the folder ``dir_fd`` takes ``Ab``/``aB`` or NFC/NFD names for one file."""
    for made, other in (("Fold-Probe", "fOLD-pROBE"), ("fold-\u00e9", "fold-e\u0301")):
        name = f"{os.getpid()}-{made}"
        fd = os.open(name, NEW_FILE, 0o600, dir_fd=dir_fd)
        os.close(fd)
        try:
            os.stat(f"{os.getpid()}-{other}", dir_fd=dir_fd, follow_symlinks=False)
        except OSError:
            continue
        finally:
            os.unlink(name, dir_fd=dir_fd)
        return True
    return False


class FolderCache:
    """Descriptors of DEST's folders by relative path (``""`` is DEST itself).

    :meth:`pin` adds one that is never forgotten (DEST, the state folder)."""

    def __init__(self) -> None:
        self._fds: dict[str, int] = {}
        self._pinned: set[str] = set()
        self._lock = threading.RLock()
        # Descriptors dropped from the cache: closed at close() only (another thread may
        # still be using one).
        self._retired: list[int] = []

    def pin(self, folder: str, fd: int) -> None:
        self._fds[folder] = fd
        self._pinned.add(folder)

    def get(self, folder: str) -> int | None:
        """The cached descriptor of ``folder``, if any (nothing is opened)."""
        return self._fds.get(folder)

    def open(self, folder: str, *, create: bool) -> tuple[int, bool] | None:
        """An open descriptor of DEST/``folder`` and whether the caller must close it (the
        cache is full); None when it does not exist and ``create`` is false."""
        fd = self._fds.get(folder)
        if fd is not None:
            return fd, False
        if not folder:
            return None  # DEST itself is not open (a dry run into a DEST that does not exist)
        with self._lock:
            fd = self._fds.get(folder)
            if fd is not None:
                return fd, False

            def child(parent_fd: int, name: str) -> int | None:
                return _open_child(parent_fd, name, folder, create=create)

            fd = self.at(folder, child, create=create)  # through the parent's descriptor
            if fd is None:
                return None
            if len(self._fds) < FD_CACHE:
                self._fds[folder] = fd
                return fd, False
            return fd, True

    def at(self, rel: str, act: Callable[[int, str], T], *, create: bool = False) -> T | None:
        """``act(folder_fd, name)`` for DEST/rel, its folder opened (and, when ``create``,
        made) without following links; None when the folder does not exist."""
        folder, _, name = rel.rpartition("/")
        got = self.open(folder, create=create)
        if got is None:
            return None
        fd, owned = got
        try:
            return act(fd, name)
        finally:
            if owned:
                os.close(fd)

    def lstat(self, rel: str) -> os.stat_result | None:
        """``lstat`` of DEST/rel without following any symlink on the way; None when absent."""
        try:
            return self.at(rel, _lstat)
        except (UnsafeReferenceError, OSError):
            return None

    def open_file(self, rel: str) -> io.BufferedReader:
        """DEST/rel opened for reading, never through a symlink."""
        file = self.at(rel, _open_for_reading)
        if file is None:
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), rel)
        return file

    def unlink(self, rel: str) -> None:
        """Delete the file DEST/rel, if it is there."""
        self.at(rel, _unlink)

    def forget(self) -> None:
        """Drop the cached descriptors but the pinned (a folder was removed under us); open
        ones are kept open."""
        with self._lock:
            keep = self._pinned
            self._retired.extend(v for k, v in self._fds.items() if k not in keep)
            self._fds = {k: v for k, v in self._fds.items() if k in keep}

    def remove_empty(self, folders: set[str]) -> None:
        """Remove those of ``folders`` (and their parents) that are empty, deepest first."""
        todo = set()
        for start in folders:
            folder = start
            while folder:
                todo.add(folder)
                folder = folder.rpartition("/")[0]
        for folder in sorted(todo, key=lambda f: f.count("/"), reverse=True):
            if self.at(folder, _rmdir):
                with self._lock:
                    stale = self._fds.pop(folder, None)
                    if stale is not None:
                        self._retired.append(stale)

    def close(self, *others: int) -> None:
        """Close every descriptor, and ``others`` (negative ones are skipped)."""
        fds = set(self._fds.values()) | set(self._retired) | set(others)
        self._fds = {}
        self._pinned = set()
        self._retired = []
        for fd in fds:
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)


def _lstat(fd: int, name: str) -> os.stat_result:
    return os.stat(name, dir_fd=fd, follow_symlinks=False)


def _open_for_reading(fd: int, name: str) -> io.BufferedReader:
    return open(os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd), "rb")


def _unlink(fd: int, name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name, dir_fd=fd)


def _rmdir(fd: int, name: str) -> bool:
    """True when the folder was removed (False: not empty, or gone)."""
    try:
        os.rmdir(name, dir_fd=fd)
    except OSError:
        return False
    return True


def _open_child(parent_fd: int, name: str, folder: str, *, create: bool) -> int | None:
    for _ in range(2):
        try:
            return os.open(name, DIR_FLAGS, dir_fd=parent_fd)
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
