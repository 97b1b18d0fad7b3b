"""``itwin-mesh serve``: the emulator on loopback until Ctrl-C, with a demo export preloaded.

Prints where it listens, a token, the exports it holds, and commands to paste into another
terminal. ``--data DIR`` serves a tileset folder of the user's as one more export (or, when
DIR holds several tileset folders, each of them).
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import signal
from pathlib import Path

from ..emulator import Emulator, running
from ..emulator.server import tileset_directories
from ..emulator.tilesets import build_tileset
from .context import Context
from .demo import DEMO_IMODEL
from .parser import UsageError

__all__ = ["USER_IMODEL", "run_serve"]

USER_IMODEL = "6fa3de70-0000-4000-8000-000000000002"


def _stop_event() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM: stopping the server is the normal end, exit 0."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Where signal handlers cannot be set (Windows), Ctrl-C ends with KeyboardInterrupt (130).
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
    return stop


def _restore_signals() -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(sig)


def _instructions(base_url: str, token: str, exports: list[tuple[str, str, str]]) -> str:
    env = f"ITWIN_API_URL={shlex.quote(base_url)} ITWIN_ACCESS_TOKEN={shlex.quote(token)}"
    lines = [
        f"emulator API:  {base_url}",
        f"access token:  {token}",
        "exports:",
    ]
    lines += [f"  {eid}  iModel {imodel}  ({what})" for eid, imodel, what in exports]
    lines += ["", "In another terminal:", f"  export {env}"]
    for imodel in dict.fromkeys(imodel for _, imodel, _ in exports):
        lines.append(f"  itwin-mesh exports list --imodel {imodel}")
    first, first_imodel, _ = exports[0]
    lines += [
        f"  itwin-mesh download {first} ./tiles",
        f"  itwin-mesh exports start --imodel {first_imodel} --wait --poll-interval 1",
        "",
        "Ctrl-C stops the emulator.",
    ]
    return "\n".join(lines) + "\n"


async def _start(
    stack: contextlib.AsyncExitStack, host: str, port: int, blob_port: int
) -> Emulator:
    # A port in use or a host that is not this machine's is the user's choice to change.
    try:
        return await stack.enter_async_context(
            running(host=host, api_port=port, blob_port=blob_port)
        )
    except (OSError, OverflowError) as exc:
        ports = f"ports {port} and {blob_port}" if port else "a free port"
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(
            f"cannot listen on {host} ({ports}): {reason}; choose another --port or --host"
        ) from None


async def run_serve(ctx: Context) -> int:
    """Run the emulator until interrupted; 0 on Ctrl-C or SIGTERM."""
    args = ctx.args
    folders: list[Path] = []
    if args.data:
        try:
            folders = tileset_directories(args.data)
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise UsageError(f"--data: {exc}") from None
    # With a fixed API port the blob container takes the next one, so both stay predictable.
    blob_port = args.port + 1 if args.port else 0
    stop = _stop_event()
    try:
        async with contextlib.AsyncExitStack() as stack:
            emu = await _start(stack, args.host, args.port, blob_port)
            sample = build_tileset("demo")
            demo_id = emu.add_export(
                imodel_id=DEMO_IMODEL,
                files=sample.files,
                content_encodings=dict(sample.encodings),
                display_name="Demo bridge",
            )
            exports = [(demo_id, DEMO_IMODEL, f"generated demo, {len(sample.files)} files")]
            for folder in folders:
                user_id = emu.load_directory(folder, USER_IMODEL, display_name=folder.name)
                exports.append((user_id, USER_IMODEL, f"served from {folder}"))
            # The token is printed on purpose (it only opens this local emulator), so it goes
            # to stdout directly, not through the redaction of ctx.result.
            ctx.out.write(_instructions(str(emu.base_url), emu.token, exports))
            ctx.out.flush()
            await stop.wait()
            ctx.info("stopping the emulator")
    finally:
        _restore_signals()
    return 0
