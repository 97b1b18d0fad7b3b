"""Logging for the CLI: stderr only, every record scrubbed of tokens and SAS signatures.

With ``-v`` the library's loggers (``itwin_mesh_async.*``: requests with method, redacted URL,
status and time) are shown at DEBUG; otherwise only warnings and errors.
"""

from __future__ import annotations

import logging
from typing import TextIO

from ..redact import redact_text

__all__ = ["RedactingFilter", "setup_logging", "teardown_logging"]

_LIBRARY = "itwin_mesh_async"
# -v: events of the run (INFO); -vv: every request (DEBUG).
_LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with secrets removed (defence in depth: the library
    redacts already, but a third-party logger, aiohttp's for one, may not)."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        # Kept by reference: secrets the CLI learns later (a SAS from --url) apply too.
        self.secrets = secrets if secrets is not None else []

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact_text(message, self.secrets)
        record.args = None
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text, self.secrets)
        # The traceback object itself is dropped: its text is kept redacted above.
        record.exc_info = None
        return True


class _CliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The CLI's stderr handler; remembers the levels it changed so they can be put back."""

    saved_levels: tuple[int, int] = (logging.WARNING, logging.NOTSET)


def setup_logging(
    stream: TextIO, *, verbose: int, secrets: list[str] | None = None
) -> logging.Handler:
    """Install one scrubbing stderr handler on the root logger; returns it for
    :func:`teardown_logging`."""
    handler = _CliHandler(stream)
    handler.addFilter(RedactingFilter(secrets))
    fmt = "%(levelname)s: %(message)s"
    if verbose:
        fmt = "%(asctime)s %(name)s %(levelname)s %(message)s"
    handler.setFormatter(logging.Formatter(fmt, datefmt="%H:%M:%S"))
    root, library = logging.getLogger(), logging.getLogger(_LIBRARY)
    handler.saved_levels = (root.level, library.level)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    library.setLevel(_LEVELS[min(int(verbose), 2)])
    return handler


def teardown_logging(handler: logging.Handler) -> None:
    """Undo :func:`setup_logging`: ``main()`` called in-process leaves logging as it found it."""
    root = logging.getLogger()
    root.removeHandler(handler)
    if isinstance(handler, _CliHandler):
        root.setLevel(handler.saved_levels[0])
        logging.getLogger(_LIBRARY).setLevel(handler.saved_levels[1])
