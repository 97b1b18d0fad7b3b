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

    def interactive(self) -> bool:
        """Progress is shown only when both streams are terminals and not with ``-q``."""
        return not self.quiet and _isatty(self.err) and _isatty(self.out)

    def add_secrets(self, *secrets: str) -> None:
        """Strings to redact from everything written from now on."""
        self.secrets.extend(s for s in secrets if s and s not in self.secrets)

    def result(self, text: str) -> None:
        """Write a command's result to stdout."""
        self.out.write(redact_text(text, self.secrets))
        self.out.flush()

    def emit_json(self, value: Any) -> None:
        """Write the one JSON document of ``--json``."""
        self.out.write(output.to_json(value, self.secrets))
        self.out.flush()

    def info(self, text: str) -> None:
        """A message for the person at the terminal, on stderr (nothing with ``-q``)."""
        if not self.quiet:
            self.err.write(redact_text(text, self.secrets).rstrip("\n") + "\n")
            self.err.flush()

    def error(self, line: str) -> None:
        """An error line on stderr, shown even with ``-q``."""
        self.err.write(redact_text(line, self.secrets).rstrip("\n") + "\n")
        self.err.flush()

    def progress(self, label: str) -> ProgressDisplay:
        """A progress display on stderr, or a silent one when not interactive."""
        return open_progress(self.interactive(), self.err, label)

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
