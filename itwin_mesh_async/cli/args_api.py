"""Arguments of the API commands: ``exports ...`` and ``connections ...``."""

from __future__ import annotations

import argparse

from .argspec import MAX_PAGE_SIZE, Commands, add_actions, add_command, page_size, positive_int
from .argspec import seconds as _seconds

__all__ = ["add_connections", "add_exports"]

EXPORT_ID_HELP = "id of a mesh export (as listed by `itwin-mesh exports list`)"
CONNECTION_ID_HELP = "id of an export connection (as listed by `itwin-mesh connections list`)"


def _order(text: str) -> str:
    # The service knows only these two; refuse others before any request.
    if text not in ("date:asc", "date:desc"):
        raise argparse.ArgumentTypeError(f"must be date:asc or date:desc, got {text!r}")
    return text


def _export_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export_id", metavar="EXPORT_ID", help=EXPORT_ID_HELP)


def _waiting(parser: argparse.ArgumentParser, prefix: str) -> None:
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_seconds,
        default=600.0,
        help=f"{prefix}give up after this long (default 600)",
    )
    parser.add_argument(
        "--poll-interval",
        metavar="SECONDS",
        type=_seconds,
        default=5.0,
        help=f"{prefix}seconds between checks (default 5)",
    )


def add_exports(commands: Commands) -> None:
    """``exports list|get|url|start|wait|delete``."""
    exports = add_command(
        commands,
        "exports",
        "list, inspect, start, wait for and delete mesh exports",
        "itwin-mesh exports list --imodel 6fa3...",
        "itwin-mesh exports start --imodel 6fa3... --wait",
    )
    sub = add_actions(exports)
    handler = "exports:run_exports"

    p = add_command(
        sub,
        "list",
        "list the exports of an iModel, newest first by default",
        "itwin-mesh exports list --imodel 6fa3... --type 3DTiles --limit 5",
        "itwin-mesh --json exports list --imodel 6fa3... --order date:asc",
        handler=handler,
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
    p.add_argument("--limit", metavar="N", type=positive_int, help="show at most N exports")
    p.add_argument(
        "--page-size",
        metavar="N",
        type=page_size,
        help=f"items per request ($top), 1..{MAX_PAGE_SIZE}",
    )

    p = add_command(
        sub, "get", "show one export", "itwin-mesh exports get 1a2b3c...", handler=handler
    )
    _export_id(p)

    p = add_command(
        sub,
        "url",
        "print the export's tileset URL with its SAS key: a secret, valid for about one hour, "
        "for a viewer (CesiumJS) or `download --url`",
        "itwin-mesh exports url 1a2b3c...",
        'itwin-mesh download --url "$(itwin-mesh exports url 1a2b3c...)" ./tiles',
        handler=handler,
    )
    _export_id(p)

    p = add_command(
        sub,
        "start",
        "start an export of an iModel (latest changeset unless --changeset)",
        "itwin-mesh exports start --imodel 6fa3... --type 3DTiles",
        "itwin-mesh exports start --imodel 6fa3... --wait --timeout 1800",
        handler=handler,
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
    _waiting(p, "with --wait: ")

    p = add_command(
        sub,
        "wait",
        "wait until an export is Complete (exit 1 if it becomes Invalid or time runs out)",
        "itwin-mesh exports wait 1a2b3c... --timeout 900",
        handler=handler,
    )
    _export_id(p)
    _waiting(p, "")

    p = add_command(
        sub, "delete", "delete an export", "itwin-mesh exports delete 1a2b3c...", handler=handler
    )
    _export_id(p)


def add_connections(commands: Commands) -> None:
    """``connections list|runs`` (Export API)."""
    conns = add_command(
        commands,
        "connections",
        "list export connections and their runs (Export API)",
        "itwin-mesh connections list --imodel 6fa3...",
    )
    sub = add_actions(conns)
    p = add_command(
        sub,
        "list",
        "list the export connections of an iModel",
        "itwin-mesh connections list --imodel 6fa3...",
        handler="exports:run_connections",
    )
    p.add_argument("--imodel", metavar="ID", required=True, help="iModel id")
    p = add_command(
        sub,
        "runs",
        "list the runs of a connection",
        "itwin-mesh --json connections runs 9c8d...",
        handler="exports:run_connections",
    )
    p.add_argument("connection_id", metavar="CONNECTION_ID", help=CONNECTION_ID_HELP)
