"""Arguments of ``download``."""

from __future__ import annotations

from argparse import ArgumentParser

from .args_api import EXPORT_ID_HELP
from .argspec import OUTPUT, PROGRESS, SERVICE, Commands, add_command, positive_int, seconds

__all__ = ["add_check", "add_download", "concurrency"]


def concurrency(text: str) -> int | str:
    """``auto`` or an integer of at least 1 (``--concurrency``)."""
    return "auto" if text.strip().lower() == "auto" else positive_int(text)


def add_download(commands: Commands) -> None:
    """``download [EXPORT_ID] DEST [--imodel ID] [--url URL] ...``."""
    p = add_command(
        commands,
        "download",
        "mirror an export's 3D Tiles into DEST (resumable, verified)",
        "itwin-mesh download 1a2b3c... ./tiles",
        "itwin-mesh download ./tiles --imodel 6fa3...          # latest Complete export",
        "itwin-mesh download ./tiles --url 'https://acct.blob.core.windows.net/c/x?sv=...&sig=...'",
        "itwin-mesh --json download 1a2b3c... ./tiles --concurrency 64",
        handler="download:run_download",
        groups=(OUTPUT, SERVICE, PROGRESS),
    )
    p.add_argument(
        "source", nargs="?", metavar="EXPORT_ID", help=EXPORT_ID_HELP + "; or use --imodel/--url"
    )
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
        type=seconds,
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
        metavar="N|auto",
        type=concurrency,
        default="auto",
        help="transfers in flight: auto (default: starts at 32, rises while the rate rises, "
        "backs off when the server throttles) or a fixed number",
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
        help="how files are found, not whether they are fetched: walk the tileset tree "
        "(default), or list the container's blobs; both download (see --dry-run)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="change nothing in DEST; print what would be fetched, reused and deleted",
    )
    _add_filters(
        p,
        "only files whose path matches (repeatable; ** crosses folders; the tilesets "
        "the walk needs, whatever their names, are always fetched)",
        "leave out files whose path matches (repeatable; neither fetched nor deleted)",
        default=[],
    )
    p.add_argument(
        "--delete-extra",
        action="store_true",
        help="also delete files the tool did not write that the export lacks (kept otherwise)",
    )


def _add_filters(p: ArgumentParser, include: str, exclude: str, default: list[str] | None) -> None:
    """``--include``/``--exclude GLOB``, repeatable."""
    p.add_argument("--include", metavar="GLOB", action="append", default=default, help=include)
    p.add_argument("--exclude", metavar="GLOB", action="append", default=default, help=exclude)


def add_check(commands: Commands) -> None:
    """``check DEST [EXPORT_ID | --url URL]``."""
    p = add_command(
        commands,
        "check",
        "verify a mirror: re-hash every file, report missing, corrupt and extra files",
        "itwin-mesh check ./tiles                  # against the manifest download keeps",
        "itwin-mesh check ./tiles 1a2b3c...        # and against the export's container",
        "itwin-mesh --json check ./tiles --url 'https://acct.blob.core.windows.net/c/x?sv=...'",
        handler="check:run_check",
        groups=(OUTPUT, SERVICE, PROGRESS),
    )
    p.add_argument("dest", metavar="DEST", help="the mirror to verify (nothing is changed)")
    p.add_argument("source", nargs="?", metavar="EXPORT_ID", help=EXPORT_ID_HELP + "; or use --url")
    p.add_argument(
        "--url",
        metavar="URL",
        help="a tileset or container URL with its SAS query (no token needed)",
    )
    _add_filters(
        p,
        "check only files whose path matches (repeatable; default: what the last download covered)",
        "leave out files whose path matches (repeatable)",
        default=None,
    )
