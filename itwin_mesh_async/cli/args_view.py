"""Arguments of ``view``: a mirror folder, an export id or ``--url``, served on loopback."""

from __future__ import annotations

from .argspec import OUTPUT, SERVICE, Commands, add_command, port

__all__ = ["add_view"]


def add_view(commands: Commands) -> None:
    """``view DEST | EXPORT_ID | --url URL [--cache DIR] [--host H] [--port P] [--no-browser]``."""
    p = add_command(
        commands,
        "view",
        "look at a mirror, or a live export, in a 3D Tiles viewer in the browser",
        "itwin-mesh view ./tiles",
        "itwin-mesh view ./tiles --json --no-browser --port 8766   # JSON once it listens",
        "itwin-mesh view 1a2b3c...             # stream a live export, its link renewed",
        "itwin-mesh view --url 'https://acct.blob.core.windows.net/c/tileset.json?sv=...'",
        handler="view:run_view",
        groups=(OUTPUT, SERVICE),
    )
    p.add_argument(
        "target",
        nargs="?",
        metavar="DEST|EXPORT_ID",
        help="a mirror folder made by `download`, or the id of an export to stream",
    )
    p.add_argument("--url", metavar="URL", help="a tileset or container URL with its SAS query")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", metavar="PORT", type=port, default=0, help="port (default: any free port)"
    )
    p.add_argument(
        "--cache",
        metavar="DIR",
        help="live mode: keep fetched files in DIR, a partial mirror that `download` into DIR "
        "completes (default: a folder in the user cache)",
    )
    p.add_argument(
        "--no-browser",
        dest="browser",
        action="store_false",
        help="do not open the page in a web browser, only print its URL",
    )
