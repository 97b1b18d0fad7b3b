"""Logging for the CLI: stderr (and ``--log-file``), every record scrubbed of secrets.

``-v`` shows the run's events (``itwin_mesh_async.*`` at INFO: link renewals, retries,
concurrency changes), ``-vv`` every request (DEBUG); otherwise warnings and errors only. On a
terminal the records go through rich's ``RichHandler`` on the console that also draws the live
progress, so they print above the bar instead of through it. ``--log-file`` gets everything at
DEBUG, whatever ``-v`` says.
"""

from __future__ import annotations

import logging
from typing import Any, TextIO

import attrs

from ..redact import redact_text

__all__ = ["CliLogging", "RedactingFilter", "setup_logging", "teardown_logging"]

_LIBRARY = "itwin_mesh_async"
_LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)
_FILE_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


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


@attrs.define
class CliLogging:
    """The handlers one CLI run installed, and the levels to put back afterwards."""

    handlers: list[logging.Handler]
    saved_levels: tuple[int, int]


def _stderr_handler(stream: TextIO, verbose: int, console: Any) -> logging.Handler:
    if console is not None:
        from rich.logging import RichHandler  # noqa: PLC0415 - only with a live console

        return RichHandler(
            console=console,
            show_path=False,
            show_time=verbose > 0,
            markup=False,
            rich_tracebacks=False,
            log_time_format="%H:%M:%S",
        )
    handler = logging.StreamHandler(stream)
    fmt = _FILE_FORMAT if verbose else "%(levelname)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt, datefmt="%H:%M:%S"))
    return handler


def setup_logging(
    stream: TextIO,
    *,
    verbose: int,
    secrets: list[str] | None = None,
    console: Any = None,
    log_file: str | None = None,
) -> CliLogging:
    """Install the CLI's scrubbing handlers on the root logger; undo with
    :func:`teardown_logging`. Raises OSError when ``log_file`` cannot be opened."""
    level = _LEVELS[min(max(int(verbose), 0), 2)]
    handlers = [_stderr_handler(stream, verbose, console)]
    handlers[0].setLevel(level)
    if log_file:
        to_file = logging.FileHandler(log_file, encoding="utf-8", errors="backslashreplace")
        to_file.setFormatter(logging.Formatter(_FILE_FORMAT))
        to_file.setLevel(logging.DEBUG)
        handlers.append(to_file)
    root, library = logging.getLogger(), logging.getLogger(_LIBRARY)
    setup = CliLogging(handlers, (root.level, library.level))
    scrub = RedactingFilter(secrets)
    for handler in handlers:
        handler.addFilter(scrub)
        root.addHandler(handler)
    root.setLevel(logging.WARNING)
    library.setLevel(logging.DEBUG if log_file else level)
    return setup


def teardown_logging(setup: CliLogging) -> None:
    """Undo :func:`setup_logging`: ``main()`` called in-process leaves logging as it found it."""
    root = logging.getLogger()
    for handler in setup.handlers:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(setup.saved_levels[0])
    logging.getLogger(_LIBRARY).setLevel(setup.saved_levels[1])
