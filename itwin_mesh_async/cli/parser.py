"""The ``itwin-mesh`` parser: the list of commands, and parsing with the checks argparse lacks.

Pure: builds the parser, does no I/O and imports nothing heavy (``--help`` must stay fast).
Command and option names are a public contract (``docs/cli.md``): add, never rename.

To add a command: write ``add_<name>(commands)`` with :func:`.argspec.add_command` (naming its
option groups and its ``"module:function"`` handler) and append it to :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import platform
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import NoReturn

from .._version import __version__
from .args_api import add_connections, add_exports
from .args_download import add_check, add_download
from .args_local import DEFAULT_DEMO_DEST, add_completion, add_demo, add_serve
from .args_view import add_view
from .argspec import (
    ALL_GROUPS,
    OUTPUT,
    SERVICE,
    Commands,
    ParseError,
    Parser,
    UsageError,
    add_group,
)
from .argspec import examples as _examples

__all__ = [
    "COMMANDS",
    "DEFAULT_DEMO_DEST",
    "UsageError",
    "build_parser",
    "handler_of",
    "parse_args",
    "version_text",
]

COMMANDS: tuple[Callable[[Commands], None], ...] = (
    add_exports,
    add_connections,
    add_download,
    add_check,
    add_serve,
    add_view,
    add_demo,
    add_completion,
)
"""Every command, in the order ``--help`` lists them: the one registration point."""

EXIT_CODES = (
    "exit codes: 0 done, 1 the service or a download failed, 2 bad usage or bad input,\n"
    "130 interrupted (Ctrl-C), 143 terminated (SIGTERM); without a command: this help, exit 2"
)


def version_text() -> str:
    """``itwin-mesh <version> (itwin-mesh-async, Python x.y.z)``."""
    return f"itwin-mesh {__version__} (itwin-mesh-async, Python {platform.python_version()})"


def build_parser() -> argparse.ArgumentParser:
    """The full ``itwin-mesh`` parser."""
    parser = Parser(
        prog="itwin-mesh",
        description=textwrap.dedent(
            """\
            iTwin Platform Mesh Export from the command line: list, start and wait for
            exports, and download their 3D Tiles fast and safely.

            Credentials: --token, or ITWIN_ACCESS_TOKEN, or ITWIN_CLIENT_ID and
            ITWIN_CLIENT_SECRET (with ITWIN_SCOPE, ITWIN_AUTHORITY) for a service app.
            Service: --base-url or ITWIN_API_URL (default https://api.bentley.com).
            Options go before or after the command; each command takes those that apply."""
        ),
        epilog=_examples(
            "itwin-mesh demo                                  # offline, no account needed",
            "itwin-mesh exports list --imodel 6fa3...",
            "itwin-mesh download 1a2b3c... ./tiles",
        )
        + "\n\n"
        + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # SUPPRESS everywhere: an option absent from the namespace was not given, so that one
    # given before the command can be checked against the command's groups.
    for group in (OUTPUT, SERVICE):
        add_group(parser, group, suppress=True)
    parser.add_argument("--version", action="version", version=version_text())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
        add(commands)
    return parser


def _leaf(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the command (and action) that ``args`` names."""
    for dest in ("command", "action"):
        name = getattr(args, dest, None)
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if name is None or not subs:
            break
        parser = subs[0].choices[name]
    return parser


def _short_help(parser: argparse.ArgumentParser) -> NoReturn:
    # `itwin-mesh` or `itwin-mesh exports` alone: the help of what was typed, as bad usage.
    parser.print_help(sys.stderr)
    what = "an action" if " " in parser.prog else "a command"
    raise ParseError(f"{parser.prog}: choose {what}")


def _check_groups(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse options given before the command that the command does not take, then fill in
    the defaults of the option groups."""
    taken = {a.dest for a in parser._actions}
    for group in ALL_GROUPS:
        for dest, default in group.defaults.items():
            if hasattr(args, dest) and dest not in taken:
                option = "--" + dest.replace("_", "-")
                parser.error(f"{option} does not apply to `{parser.prog}`")
            if not hasattr(args, dest):
                setattr(args, dest, default)


def _download_positionals(args: argparse.Namespace, extras: list[str]) -> list[str]:
    # argparse binds positionals chunk by chunk, so `download EXPORT_ID --imodel X DEST` would
    # leave DEST over; download's two positionals are therefore gathered from the whole line.
    if extras and args.command == "download" and not any(e.startswith("-") for e in extras):
        given = [v for v in (args.source, args.dest) if v is not None] + extras
        if len(given) <= 2:
            args.source, args.dest = given if len(given) == 2 else (None, given[0])
            return []
    return extras


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv`` (exits 2 with a usage message on bad usage, 0 for ``--help``)."""
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    leaf = _leaf(parser, args)
    if getattr(args, "_handler", None) is None:
        _short_help(leaf)
    extras = _download_positionals(args, extras)
    if extras:
        leaf.error(f"unrecognized arguments: {' '.join(extras)}")
    _check_groups(leaf, args)
    return args


def handler_of(args: argparse.Namespace) -> tuple[str, str]:
    """``(module, function)`` of the command in ``args``."""
    module, _, function = str(args._handler).partition(":")
    return module, function
