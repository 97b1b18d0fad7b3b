"""OS errors while storing a file: which stop the whole download, and how they read."""

from __future__ import annotations

import errno
from pathlib import Path

from ..errors import DownloadError, TileError

__all__ = ["describe_os_error", "is_fatal_os_error", "storage_error"]

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
