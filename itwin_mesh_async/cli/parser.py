"""The argparse tree of ``itwin-mesh``: commands, options, help texts with examples.

Pure: builds the parser, does no I/O. DESIGN.md section 3 is the contract for the names.
"""

from __future__ import annotations

import argparse
import platform
import textwrap
from collections.abc import Sequence
from typing import Any, TypeAlias

from .._version import __version__

__all__ = ["DEFAULT_DEMO_DEST", "UsageError", "build_parser", "parse_args", "version_text"]

DEFAULT_DEMO_DEST = "itwin-mesh-demo"
MAX_PAGE_SIZE = 1000


class UsageError(Exception):
    """Bad usage or bad input found after parsing (exit code 2)."""


def version_text() -> str:
    """``itwin-mesh <version> (itwin-mesh-async, Python x.y.z)``."""
    return f"itwin-mesh {__version__} (itwin-mesh-async, Python {platform.python_version()})"


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _page_size(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_PAGE_SIZE:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_PAGE_SIZE}, got {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be 0..65535, got {value}")
    return value


def _order(text: str) -> str:
    # The service knows only these two; refuse others before any request.
    if text not in ("date:asc", "date:desc"):
        raise argparse.ArgumentTypeError(f"must be date:asc or date:desc, got {text!r}")
    return text


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


_Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _sub(parent: _Commands, name: str, help_text: str, *examples: str) -> argparse.ArgumentParser:
    return parent.add_parser(
        name,
        parents=[_global_options(suppress=True)],
        help=help_text,
        description=help_text[:1].upper() + help_text[1:] + ".",
        epilog=_examples(*examples) if examples else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # Added to the top parser and (with SUPPRESS defaults) to every command, so that
    # `itwin-mesh --json exports list` and `itwin-mesh exports list --json` both work.
    kw: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--base-url", metavar="URL", help="API origin (env ITWIN_API_URL)", **kw)
    parser.add_argument(
        "--token",
        metavar="TOKEN",
        help="bearer access token (env ITWIN_ACCESS_TOKEN); prefer the env variable",
        **kw,
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON document on stdout", **kw
    )
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="do not verify TLS certificates (API and blob host); for test servers only",
        **kw,
    )
    level = parser.add_mutually_exclusive_group()
    level.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log requests (secrets redacted) and show tracebacks",
        **kw,
    )
    level.add_argument(
        "-q", "--quiet", action="store_true", help="no progress, only the result", **kw
    )


def _global_options(*, suppress: bool) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    _add_global_options(parent, suppress=suppress)
    return parent


def _add_exports(commands: _Commands) -> None:
    exports = _sub(
        commands,
        "exports",
        "list, inspect, start, wait for and delete mesh exports",
        "itwin-mesh exports list --imodel 6fa3...",
        "itwin-mesh exports start --imodel 6fa3... --wait",
    )
    sub = exports.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = _sub(
        sub,
        "list",
        "list the exports of an iModel, newest first by default",
        "itwin-mesh exports list --imodel 6fa3... --type 3DTiles --limit 5",
        "itwin-mesh --json exports list --imodel 6fa3... --order date:asc",
    )
    p.add_argument("--imodel", metavar="ID", help="iModel id (the service may require it)")
    p.add_argument("--changeset", metavar="ID", help="only exports of this changeset")
    p.add_argument("--type", metavar="TYPE", dest="export_type", help="export type, e.g. 3DTiles")
    p.add_argument(
        "--order",
        metavar="ORDER",
        type=_order,
        default="date:desc",
        help="date:desc (default) or date:asc",
    )
    p.add_argument("--limit", metavar="N", type=_positive_int, help="show at most N exports")
    p.add_argument(
        "--page-size",
        metavar="N",
        type=_page_size,
        help=f"items per request ($top), 1..{MAX_PAGE_SIZE}",
    )

    p = _sub(sub, "get", "show one export", "itwin-mesh exports get 1a2b3c...")
    p.add_argument("export_id", metavar="EXPORT_ID")

    p = _sub(
        sub,
        "start",
        "start an export of an iModel (latest changeset unless --changeset)",
        "itwin-mesh exports start --imodel 6fa3... --type 3DTiles",
        "itwin-mesh exports start --imodel 6fa3... --wait --timeout 1800",
    )
    p.add_argument("--imodel", metavar="ID", required=True, help="iModel id")
    p.add_argument("--changeset", metavar="ID", help="changeset id (default: latest)")
    p.add_argument(
        "--type",
        metavar="TYPE",
        dest="export_type",
        default="3DTiles",
        help="export type (default 3DTiles)",
    )
    p.add_argument("--wait", action="store_true", help="wait until the export is Complete")
    p.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        default=600.0,
        help="with --wait: give up after this long (default 600)",
    )
    p.add_argument(
        "--poll-interval",
        metavar="SECONDS",
        type=_seconds,
        default=5.0,
        help="with --wait: seconds between checks (default 5)",
    )

    p = _sub(
        sub,
        "wait",
        "wait until an export is Complete (exit 1 if it becomes Invalid or time runs out)",
        "itwin-mesh exports wait 1a2b3c... --timeout 900",
    )
    p.add_argument("export_id", metavar="EXPORT_ID")
    p.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        default=600.0,
        help="give up after this long (default 600)",
    )
    p.add_argument(
        "--poll-interval",
        metavar="SECONDS",
        type=_seconds,
        default=5.0,
        help="seconds between checks (default 5)",
    )

    p = _sub(sub, "delete", "delete an export", "itwin-mesh exports delete 1a2b3c...")
    p.add_argument("export_id", metavar="EXPORT_ID")


def _add_connections(commands: _Commands) -> None:
    conns = _sub(
        commands,
        "connections",
        "list export connections and their runs (Export API)",
        "itwin-mesh connections list --imodel 6fa3...",
    )
    sub = conns.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = _sub(
        sub,
        "list",
        "list the export connections of an iModel",
        "itwin-mesh connections list --imodel 6fa3...",
    )
    p.add_argument("--imodel", metavar="ID", required=True, help="iModel id")
    p = _sub(
        sub,
        "runs",
        "list the runs of a connection",
        "itwin-mesh --json connections runs 9c8d...",
    )
    p.add_argument("connection_id", metavar="CONNECTION_ID")


def _add_download(commands: _Commands) -> None:
    p = _sub(
        commands,
        "download",
        "mirror an export's 3D Tiles into DEST (resumable, verified)",
        "itwin-mesh download 1a2b3c... ./tiles",
        "itwin-mesh download ./tiles --imodel 6fa3...          # latest Complete export",
        "itwin-mesh download ./tiles --url 'https://acct.blob.core.windows.net/c/x?sv=...&sig=...'",
        "itwin-mesh --json download 1a2b3c... ./tiles --concurrency 64",
    )
    p.add_argument("source", nargs="?", metavar="EXPORT_ID", help="id of the export to download")
    p.add_argument("dest", metavar="DEST", help="folder to mirror the tileset into")
    p.add_argument(
        "--imodel", metavar="ID", help="download the latest Complete export of this iModel"
    )
    p.add_argument("--changeset", metavar="ID", help="with --imodel: of this changeset")
    p.add_argument(
        "--type",
        metavar="TYPE",
        dest="export_type",
        default="3DTiles",
        help="with --imodel: export type (default 3DTiles)",
    )
    p.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        default=60.0,
        help="with --imodel: how long to wait for a Complete export to be listed (default 60)",
    )
    p.add_argument(
        "--url",
        metavar="URL",
        help="a tileset or container URL with its SAS query (no token needed)",
    )
    p.add_argument(
        "--concurrency",
        metavar="N",
        type=_positive_int,
        default=32,
        help="parallel downloads (default 32)",
    )
    p.add_argument(
        "--no-resume",
        dest="resume",
        action="store_false",
        help="fetch every file again, even those already complete in DEST",
    )
    p.add_argument(
        "--mode",
        choices=("walk", "list"),
        default="walk",
        help="walk the tileset tree (default) or list the container's blobs",
    )


def _add_serve(commands: _Commands) -> None:
    p = _sub(
        commands,
        "serve",
        "run the offline emulator of the service on this machine until Ctrl-C",
        "itwin-mesh serve --port 8080",
        "itwin-mesh serve --data ./my-tileset     # serve a tileset folder as an export",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port",
        metavar="PORT",
        type=_port,
        default=0,
        help="API port (default: any free port); the blob container uses another",
    )
    p.add_argument(
        "--data",
        metavar="DIR",
        help="a tileset folder, or a folder of them, to serve as extra exports",
    )


def _add_demo(commands: _Commands) -> None:
    p = _sub(
        commands,
        "demo",
        "offline tour: start the emulator, list and download a generated export, verify it",
        "itwin-mesh demo",
        "itwin-mesh demo /tmp/demo-tiles",
    )
    p.add_argument(
        "dest",
        nargs="?",
        default=DEFAULT_DEMO_DEST,
        metavar="DEST",
        help=f"where to put the mirror (default ./{DEFAULT_DEMO_DEST})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The full ``itwin-mesh`` parser."""
    parser = argparse.ArgumentParser(
        prog="itwin-mesh",
        description=textwrap.dedent(
            """\
            iTwin Platform Mesh Export from the command line: list, start and wait for
            exports, and download their 3D Tiles fast and safely.

            Credentials: --token, or ITWIN_ACCESS_TOKEN, or ITWIN_CLIENT_ID and
            ITWIN_CLIENT_SECRET (with ITWIN_SCOPE, ITWIN_AUTHORITY) for a service app.
            Service: --base-url or ITWIN_API_URL (default https://api.bentley.com)."""
        ),
        epilog=_examples(
            "itwin-mesh demo                                  # offline, no account needed",
            "itwin-mesh exports list --imodel 6fa3...",
            "itwin-mesh download 1a2b3c... ./tiles",
        )
        + "\n\nexit codes: 0 done, 1 service or download failed, 2 bad usage, 130 interrupted",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=version_text())

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_exports(commands)
    _add_connections(commands)
    _add_download(commands)
    _add_serve(commands)
    _add_demo(commands)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv`` (exits 2 with a usage message on bad usage, 0 for ``--help``).

    argparse binds positionals chunk by chunk, so ``download EXPORT_ID --imodel X DEST`` would
    leave DEST over; download's two positionals are therefore gathered from the whole line.
    """
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras and args.command == "download" and not any(e.startswith("-") for e in extras):
        given = [v for v in (args.source, args.dest) if v is not None] + extras
        if len(given) <= 2:
            args.source, args.dest = given if len(given) == 2 else (None, given[0])
            extras = []
    if extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    return args
