"""A plain aiohttp static file server: the fallback when nginx is not installed.

``python -m benchmarks.static_server ROOT PORT`` serves ROOT on 127.0.0.1:PORT until killed.
It is several times slower than nginx, so figures measured against it are server-bound.
"""

from __future__ import annotations

import argparse
import sys

from aiohttp import web


def make_app(root: str) -> web.Application:
    """An app that serves the files under ``root`` (no directory listings)."""
    app = web.Application()
    app.router.add_static("/", root, follow_symlinks=False)
    return app


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root")
    parser.add_argument("port", type=int)
    args = parser.parse_args(argv)
    web.run_app(
        make_app(args.root),
        host="127.0.0.1",
        port=args.port,
        print=None,
        access_log=None,
        handle_signals=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
