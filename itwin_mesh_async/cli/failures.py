"""Map what went wrong to an exit code and one line for stderr.

Pure: no I/O. Exit codes (``docs/cli.md``): 0 done; 1 the service or a download failed;
2 bad usage or bad input; 130 interrupted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from ..errors import (
    AuthenticationError,
    ClientCredentialsError,
    ExportFailedError,
    InvalidArgumentError,
    ITwinError,
    LinkExpiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    WaitTimeoutError,
)
from ..redact import redact_text
from .parser import UsageError
from .signals import Terminated, interrupted_line

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "Terminated",
    "describe",
    "exit_code_for",
    "interrupted_line",
    "tls_hint",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


# Errors that mean the user's input was wrong, not that the service or the network failed.
# A reference that leaves the container is the server's data, not the user's input (exit 1).
_USAGE_ERRORS: tuple[type[BaseException], ...] = (UsageError, InvalidArgumentError)


# What to do next, for the failures a user can act on (first match wins).
_HINTS: tuple[tuple[type[BaseException], str], ...] = (
    (
        ClientCredentialsError,
        "check ITWIN_CLIENT_ID, ITWIN_CLIENT_SECRET and ITWIN_SCOPE (or ITWIN_AUTHORITY)",
    ),
    (AuthenticationError, "check the token (--token or ITWIN_ACCESS_TOKEN); it may have expired"),
    (PermissionDeniedError, "the token's user or application has no access to this iModel"),
    (RateLimitError, "the service is limiting requests: wait a little and try again"),
    (ServerError, "the service failed: try again later"),
    (TransportError, "check the network and the service URL (--base-url or ITWIN_API_URL)"),
    (WaitTimeoutError, "try again later, or with a longer --timeout"),
    (ExportFailedError, "start a new export with `itwin-mesh exports start`"),
    (LinkExpiredError, "get a fresh link, or download by export id (the link is renewed)"),
)


# An untrusted certificate (API or blob host): the one failure --insecure is for.
_UNTRUSTED_CERTIFICATE = ("certificate verify failed", "tls certificate not trusted")
_INSECURE_HINT = (
    "to trust its certificate authority, set SSL_CERT_FILE=/path/to/ca.pem; for a test server "
    "only, --insecure turns the check off"
)


def tls_hint(text: str) -> str:
    """What to do about an untrusted certificate, when ``text`` reports one; else ``""``."""
    return _INSECURE_HINT if any(m in text.lower() for m in _UNTRUSTED_CERTIFICATE) else ""


def _hint(exc: BaseException) -> str:
    if hint := tls_hint(str(exc)):
        return hint
    return next((hint for kind, hint in _HINTS if isinstance(exc, kind)), "")


def exit_code_for(exc: BaseException) -> int:
    """The process exit code for an exception that ended a command."""
    if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError):
        return EXIT_INTERRUPTED
    if isinstance(exc, UnexpectedResponseError):  # the server's value, whatever else it is
        return EXIT_FAILED
    if isinstance(exc, _USAGE_ERRORS):
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
    if hint := _hint(exc):
        line += f" {hint[:1].upper()}{hint[1:]}" if line.endswith(".") else f"; {hint}"
    return "error: " + redact_text(line, secrets)
