"""The building blocks of the ``itwin-mesh`` parser: value types, option groups, commands.

Pure: builds argparse objects, does no I/O and imports nothing heavy, so that ``--help`` stays
fast. A command is added with :func:`add_command`, naming the option groups that apply to it
(only those are offered after the command, and only those are accepted before it) and the
handler that runs it, as ``"module:function"`` inside ``itwin_mesh_async.cli`` (imported only
when that command runs).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TypeAlias

__all__ = [
    "ALL_GROUPS",
    "MAX_PAGE_SIZE",
    "OUTPUT",
    "PROGRESS",
    "SERVICE",
    "Commands",
    "OptionGroup",
    "ParseError",
    "Parser",
    "UsageError",
    "add_actions",
    "add_command",
    "add_group",
    "examples",
    "page_size",
    "port",
    "positive_int",
    "seconds",
]

MAX_PAGE_SIZE = 1000

Commands: TypeAlias = "argparse._SubParsersAction[Any]"


class UsageError(Exception):
    """Bad usage or bad input found after parsing (exit code 2)."""


class ParseError(SystemExit):
    """argparse refused the command line (exit 2); ``message`` says why, for ``--json``."""

    def __init__(self, message: str) -> None:
        super().__init__(2)
        self.message = message


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage errors carry their message (for ``--json``)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise ParseError(message)


# --- value types ---------------------------------------------------------------------------


def positive_int(text: str) -> int:
    """An integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def page_size(text: str) -> int:
    """``$top``: 1..1000."""
    value = positive_int(text)
    if value > MAX_PAGE_SIZE:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_PAGE_SIZE}, got {value}")
    return value


def seconds(text: str) -> float:
    """A duration of more than 0 seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def port(text: str) -> int:
    """A TCP port, 0 meaning any free one."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be 0..65535, got {value}")
    return value


def examples(*lines: str) -> str:
    """An ``examples:`` epilog."""
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


# --- option groups ---------------------------------------------------------------------------

AddOptions: TypeAlias = Callable[["argparse._ArgumentGroup", dict[str, Any]], None]


class OptionGroup:
    """Options shared by several commands; ``defaults`` are what a command sees when none is
    given (the parsers themselves use SUPPRESS so that an option given before the command is
    not overwritten by the command's parser)."""

    def __init__(self, title: str, add: AddOptions, defaults: dict[str, Any]) -> None:
        self.title = title
        self.add = add
        self.defaults = defaults


def _add_output(group: argparse._ArgumentGroup, kw: dict[str, Any]) -> None:
    group.add_argument(
        "--json", action="store_true", help="print one JSON document on stdout", **kw
    )
    level = group.add_mutually_exclusive_group()
    level.add_argument(
        "-v",
        "--verbose",
        action="count",
        help="-v: events of the run (renewals, retries) and tracebacks; -vv: every request",
        **kw,
    )
    level.add_argument(
        "-q", "--quiet", action="store_true", help="no progress, no messages, only the result", **kw
    )
    group.add_argument(
        "--log-file",
        metavar="PATH",
        help="also write the log (at -vv detail, secrets redacted) to PATH",
        **kw,
    )


def _add_service(group: argparse._ArgumentGroup, kw: dict[str, Any]) -> None:
    group.add_argument("--base-url", metavar="URL", help="API origin (env ITWIN_API_URL)", **kw)
    group.add_argument(
        "--token",
        metavar="TOKEN",
        help="bearer access token (env ITWIN_ACCESS_TOKEN); prefer the env variable",
        **kw,
    )
    group.add_argument(
        "--profile",
        metavar="NAME",
        help="settings from [profiles.NAME] of the config file (env ITWIN_PROFILE)",
        **kw,
    )
    group.add_argument(
        "--insecure",
        action="store_true",
        help="do not verify TLS certificates (API and blob host); for test servers only "
        "(a private CA is trusted with SSL_CERT_FILE=ca.pem)",
        **kw,
    )


def _add_progress(group: argparse._ArgumentGroup, kw: dict[str, Any]) -> None:
    group.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        help="auto (default): a live bar when stderr is a terminal, else a status line "
        "every few seconds; always: the bar even when not a terminal; never: nothing",
        **kw,
    )


OUTPUT = OptionGroup(
    "output options",
    _add_output,
    {"json": False, "verbose": 0, "quiet": False, "log_file": None},
)
SERVICE = OptionGroup(
    "service options",
    _add_service,
    {"base_url": None, "token": None, "profile": None, "insecure": False},
)
PROGRESS = OptionGroup("progress options", _add_progress, {"progress": "auto"})
ALL_GROUPS = (OUTPUT, SERVICE, PROGRESS)


def add_group(parser: argparse.ArgumentParser, group: OptionGroup, *, suppress: bool) -> None:
    """Add ``group``'s options to ``parser`` under their own heading."""
    kw: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    group.add(parser.add_argument_group(group.title), kw)


# --- commands --------------------------------------------------------------------------------


def add_command(
    commands: Commands,
    name: str,
    help_text: str,
    *example_lines: str,
    handler: str | None = None,
    groups: Sequence[OptionGroup] = (OUTPUT, SERVICE),
) -> argparse.ArgumentParser:
    """Add command ``name`` and return its parser, for the caller to add its own arguments.

    ``handler`` is ``"module:function"`` in this package: an ``async def f(ctx) -> int``. A
    command with sub-actions gives no handler itself; each action does.
    """
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help_text,
        description=help_text[:1].upper() + help_text[1:] + ".",
        epilog=examples(*example_lines) if example_lines else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for group in groups:
        add_group(parser, group, suppress=True)
    defaults: dict[str, Any] = {"_groups": tuple(groups)}
    if handler is not None:
        defaults["_handler"] = handler
    parser.set_defaults(**defaults)
    return parser


def add_actions(parser: argparse.ArgumentParser) -> Commands:
    """The sub-action list of a command such as ``exports`` (``exports list``, ...)."""
    return parser.add_subparsers(dest="action", metavar="ACTION")
