"""``itwin-mesh view``: serve a mirror (or a live export) with a 3D Tiles viewer page on loopback.

Prints the page's URL (``--json``: ``{"url", "tileset"}`` as soon as it listens), opens the
browser unless ``--no-browser``, and serves until SIGINT (exit 130) or SIGTERM (exit 0).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import webbrowser
from pathlib import Path
from typing import Any

from ..container import ContainerLink
from ..emulator.server import root_tileset_name
from ..view import MirrorSource, ViewServer
from ..view.live import default_cache_dir, serve_live
from .context import Context
from .credentials import sas_secrets
from .download import check_source_url, require_complete
from .failures import EXIT_INTERRUPTED, tls_hint
from .parser import UsageError
from .session import open_client
from .stopping import StopSignals

__all__ = ["run_view"]


def _looks_like_path(text: str) -> bool:
    return os.sep in text or "/" in text or text.startswith((".", "~")) or os.path.exists(text)


def _mirror_source(dest: Path) -> MirrorSource:
    dest = dest.expanduser()
    if not dest.is_dir():
        raise UsageError(f"{dest}: no such folder")
    root = root_tileset_name(dest)
    if root is None:
        raise UsageError(
            f"{dest} holds no tileset.json (nor exactly one other top-level tileset JSON): "
            "is it a mirror made by `itwin-mesh download`?"
        )
    return MirrorSource(dest, root)


def _check_target(args: Any) -> None:
    if args.url is not None and args.target is not None:
        raise UsageError("give a folder, an export id or --url, not several")
    if args.url is None and args.target is None:
        raise UsageError("view needs a mirror folder, an export id or --url")
    if args.cache is not None and args.target is not None and _looks_like_path(args.target):
        raise UsageError("--cache is for an export id or --url; a mirror folder is served as is")


def _cannot_listen(args: Any, exc: OSError | OverflowError) -> UsageError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    where = f"port {args.port}" if args.port else "a free port"
    return UsageError(
        f"cannot listen on {args.host} ({where}): {reason}; choose another --port or --host"
    )


async def _serve_mirror(ctx: Context, stack: contextlib.AsyncExitStack) -> ViewServer:
    args = ctx.args
    source = await asyncio.to_thread(_mirror_source, Path(args.target))
    server = ViewServer(source, host=args.host, port=args.port)
    try:
        await server.start()
    except (OSError, OverflowError) as exc:
        raise _cannot_listen(args, exc) from None
    stack.push_async_callback(server.stop)
    return server


async def _serve_live(ctx: Context, stack: contextlib.AsyncExitStack) -> ViewServer:
    """A tile server for an export (its link renewed) or a bare ``--url`` (not renewable)."""
    args = ctx.args
    renew = None
    name = ""
    if args.url is not None:
        ctx.add_secrets(*sas_secrets(args.url))  # first: even a refusal must not show it
        check_source_url(args.url)
        link = ContainerLink.from_target(args.url)
        expires = link.expires_at.isoformat() if link.expires_at else "an unknown time"
        ctx.info(
            f"a bare --url cannot be renewed: tiles stop loading when its link expires "
            f"({expires}); view the export by id to have the link renewed"
        )
    else:
        client = await stack.enter_async_context(open_client(ctx))
        export = await client.mesh_exports.get(args.target)
        require_complete(ctx, export)
        link, renew = client.container_target(export)
        name = export.display_name or export.id
    cache = args.cache if args.cache is not None else default_cache_dir(link)
    ctx.info(f"caching fetched files in {cache}")
    try:
        return await stack.enter_async_context(
            serve_live(
                link,
                renew,
                cache=cache,
                name=name,
                host=args.host,
                port=args.port,
                ssl=ctx.ssl,
                on_notice=lambda text: ctx.error(f"warning: {_with_hint(text)}"),
            )
        )
    except (OSError, OverflowError) as exc:
        raise _cannot_listen(args, exc) from None


def _with_hint(text: str) -> str:
    hint = tls_hint(text)
    return f"{text}; {hint}" if hint else text


def _open_browser(ctx: Context, url: str) -> None:
    # Without a graphical session, webbrowser would start a text browser (lynx, w3m) in this
    # terminal; say where the page is instead.
    graphical = sys.platform in ("win32", "darwin") or any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER")
    )
    if not graphical:
        ctx.info("no graphical session: open the URL above in a browser")
        return
    try:
        opened = webbrowser.open(url)
    except webbrowser.Error:
        opened = False
    if not opened:
        ctx.info("could not start a web browser: open the URL above in one")


async def run_view(ctx: Context) -> int:
    """Serve until interrupted: 130 after SIGINT, 0 after SIGTERM."""
    args = ctx.args
    _check_target(args)
    async with StopSignals() as stop, contextlib.AsyncExitStack() as stack:
        if args.target is not None and _looks_like_path(args.target):
            server = await _serve_mirror(ctx, stack)
        else:
            server = await _serve_live(ctx, stack)
        url, tileset = str(server.url), str(server.tileset_url)
        if ctx.json:
            # One line, written the moment the server listens: a caller reads one line.
            ctx.result(json.dumps({"url": url, "tileset": tileset}) + "\n")
        else:
            ctx.result(url + "\n")
            ctx.info(f"tileset for other viewers: {tileset}\nCtrl-C stops the server.")
        if args.browser:
            await asyncio.to_thread(_open_browser, ctx, url)
        await stop.wait()
    if stop.exit_code() == EXIT_INTERRUPTED:
        ctx.info("stopped")
    return stop.exit_code()
