"""How many transfers the open-files limit allows, raising the soft limit where it may.

Every transfer in flight holds a socket and, for a large body, a temporary file; the process
needs a few more (the write threads' files, the state folder, the event loop). Past the soft
``RLIMIT_NOFILE`` a run would fail file after file with "Too many open files" (EMFILE), which
reads like a permissions problem: the walker checks up front instead.
"""

from __future__ import annotations

import logging

from ..errors import InvalidArgumentError

try:
    import resource
except ImportError:  # Windows: no such limit to respect here
    resource = None  # type: ignore[assignment]

__all__ = ["FILES_PER_TRANSFER", "RESERVED_FILES", "ensure_open_files", "max_transfers"]

log = logging.getLogger("itwin_mesh_async.tiles")

FILES_PER_TRANSFER = 2  # a socket and a temporary file
RESERVED_FILES = 64  # the interpreter, the event loop, the write threads, the state folder


def files_needed(transfers: int) -> int:
    """Open files a run of ``transfers`` transfers in flight may hold at once."""
    return transfers * FILES_PER_TRANSFER + RESERVED_FILES


def _raise_soft_limit(wanted: int) -> int | None:
    """Raise the soft limit toward ``wanted`` (never above the hard limit); the soft limit now,
    or None where there is no such limit."""
    if resource is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return None if soft == resource.RLIM_INFINITY else soft
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if target > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):  # not allowed here (a sandbox, macOS's OPEN_MAX)
            return soft
        log.info("raised the open-files limit from %d to %d", soft, target)
        return target
    return soft


def max_transfers(wanted: int) -> int:
    """The most transfers (at most ``wanted``) the open-files limit allows, after raising the
    soft limit toward what ``wanted`` needs. For an adaptive concurrency's ceiling."""
    limit = _raise_soft_limit(files_needed(wanted))
    if limit is None:
        return wanted
    return max(1, min(wanted, (limit - RESERVED_FILES) // FILES_PER_TRANSFER))


def ensure_open_files(transfers: int) -> None:
    """Make room for ``transfers`` transfers in flight, or raise
    :class:`~itwin_mesh_async.errors.InvalidArgumentError` saying what fits."""
    fits = max_transfers(transfers)
    if fits < transfers:
        assert resource is not None
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        raise InvalidArgumentError(
            f"concurrency {transfers} needs about {files_needed(transfers)} open files but the"
            f" limit is {soft} (hard limit {hard}): use a concurrency of at most {fits}, or"
            " raise the limit (ulimit -n)"
        )
