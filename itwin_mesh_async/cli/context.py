"""What every command needs: parsed options, the environment, output streams and secrets.

Results go to stdout; messages and progress go to stderr (never with ``-q``); every text
written passes through the redaction of :mod:`itwin_mesh_async.redact`.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any, TextIO

import attrs

from ..redact import redact_text
from . import output
from .credentials import Credentials, resolve_base_url, resolve_credentials
from .progress import ProgressDisplay, open_progress

__all__ = ["Context"]


@attrs.define
class Context:
    """Options and I/O of one CLI invocation."""

    # Kept out of the repr: the options and the environment hold the token.
    args: argparse.Namespace = attrs.field(repr=False)
    environ: Mapping[str, str] = attrs.field(repr=False)
    out: TextIO
    err: TextIO
    secrets: list[str] = attrs.field(factory=list, repr=False)
    json_emitted: bool = attrs.field(default=False, init=False)
    _console: Any = attrs.field(default=None, init=False, repr=False)
    _plain: bool = attrs.field(default=False, init=False, repr=False)
    # What to say on Ctrl-C / SIGTERM instead of the default (set while nothing is written yet).
    interrupted_note: str | None = attrs.field(default=None, init=False)

    @property
    def json(self) -> bool:
        """``--json``: one JSON document on stdout."""
        return bool(getattr(self.args, "json", False))

    @property
    def quiet(self) -> bool:
        """``-q``: only the result."""
        return bool(getattr(self.args, "quiet", False))

    @property
    def verbose(self) -> int:
        """``-v`` (1): run events and tracebacks; ``-vv`` (2): every request."""
        return int(getattr(self.args, "verbose", 0) or 0)

    @property
    def ssl(self) -> bool:
        """The ``ssl=`` of every client and walker: False (no verification) with ``--insecure``."""
        return not getattr(self.args, "insecure", False)

    @property
    def progress_mode(self) -> str:
        """``--progress``: auto, always or never (``-q`` means never)."""
        return "never" if self.quiet else str(getattr(self.args, "progress", None) or "auto")

    def console(self) -> Any:
        """The rich console on stderr shared by the live progress and the log, so that log
        lines print above the display; None when stderr gets plain lines (not a terminal and
        not ``--progress always``, or rich not installed)."""
        if self._console is None and not self._plain:
            mode = self.progress_mode
            if mode == "always" or (mode == "auto" and _isatty(self.err)):
                try:
                    from rich.console import Console  # noqa: PLC0415 - optional, and heavy
                except ImportError:
                    self._plain = True
                    return None
                self._console = Console(
                    file=self.err, force_terminal=True if mode == "always" else None
                )
            else:
                self._plain = True
        return self._console

    def add_secrets(self, *secrets: str) -> None:
        """Strings to redact from everything written from now on."""
        self.secrets.extend(s for s in secrets if s and s not in self.secrets)

    def result(self, text: str) -> None:
        """Write a command's result to stdout."""
        self.out.write(output.printable(redact_text(text, self.secrets)))
        self.out.flush()

    def emit_json(self, value: Any) -> None:
        """Write the one JSON document of ``--json``."""
        self.out.write(output.to_json(value, self.secrets))
        self.out.flush()
        self.json_emitted = True

    def info(self, text: str) -> None:
        """A message for the person at the terminal, on stderr (nothing with ``-q``)."""
        if not self.quiet:
            self.error(text)

    def error(self, line: str) -> None:
        """An error line on stderr, shown even with ``-q``."""
        self.err.write(output.printable(redact_text(line, self.secrets)).rstrip("\n") + "\n")
        self.err.flush()

    def progress(self, label: str, *, total_bytes: int | None = None) -> ProgressDisplay:
        """A progress display on stderr as ``--progress`` and ``-q`` say; ``total_bytes`` is
        what the whole download weighs, when the service says so."""
        return open_progress(
            self.progress_mode, self.err, label, console=self.console(), total_bytes=total_bytes
        )

    def base_url(self) -> str:
        """The API origin to talk to."""
        return resolve_base_url(getattr(self.args, "base_url", None), self.environ)

    def credentials(self) -> Credentials:
        """The credentials to use; their secrets are registered for redaction."""
        creds = resolve_credentials(getattr(self.args, "token", None), self.environ)
        self.add_secrets(*creds.secrets)
        return creds


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
