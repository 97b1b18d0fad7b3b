"""Map what went wrong to an exit code and one line for stderr.

Pure: no I/O. Exit codes (DESIGN.md section 3): 0 done; 1 the service or a download failed;
2 bad usage or bad input; 130 interrupted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from ..errors import DownloadError, InvalidArgumentError, ITwinError, UnsafeReferenceError
from ..redact import redact_text
from .parser import UsageError

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "describe", "exit_code_for"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# Errors that mean the user's input was wrong, not that the service or the network failed.
_USAGE_ERRORS: tuple[type[BaseException], ...] = (
    UsageError,
    InvalidArgumentError,
    UnsafeReferenceError,
)


def exit_code_for(exc: BaseException) -> int:
    """The process exit code for an exception that ended a command."""
    if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
        return EXIT_INTERRUPTED
    if isinstance(exc, _USAGE_ERRORS):
        return EXIT_USAGE
    # A download that could not start because its root reference is unsafe is bad input too.
    if isinstance(exc, DownloadError) and isinstance(exc.__cause__, _USAGE_ERRORS):
        return EXIT_USAGE
    return EXIT_FAILED


def describe(exc: BaseException, secrets: Iterable[str] = ()) -> str:
    """One line naming what failed, with every secret removed: ``error: HTTP 404 ...``."""
    if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
        return "interrupted"
    text = str(exc).strip()
    if isinstance(exc, ITwinError | UsageError):
        line = text or type(exc).__name__
    elif isinstance(exc, OSError):
        # OSError's own text names the path and the reason ("[Errno 13] Permission denied: 'x'").
        line = text or type(exc).__name__
    else:
        # Anything else is a bug of ours: name its type so that a report is useful.
        line = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    line = " ".join(line.split())
    return "error: " + redact_text(line, secrets)
