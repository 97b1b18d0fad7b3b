"""``itwin-mesh serve``: the emulator on loopback until Ctrl-C, with a demo export preloaded.

Prints where it listens, a token, the exports it holds, and commands to paste into another
terminal. ``--data DIR`` serves a tileset folder of the user's as one more export (or, when
DIR holds several tileset folders, each of them).
"""

from __future__ import annotations

import contextlib
import json
import shlex
from pathlib import Path
from typing import Any, Literal

from ..emulator import Emulator, running
from ..emulator.options import EmulatorSettings
from ..emulator.server import ROOT_TILESET, root_tileset_name, tileset_directories
from ..tilegen import build_tileset
from .context import Context
from .demo import DEMO_IMODEL
from .parser import UsageError
from .stopping import StopSignals

__all__ = ["USER_IMODEL", "run_serve"]

USER_IMODEL = "6fa3de70-0000-4000-8000-000000000002"
LINK_LIFETIME = 7 * 24 * 3600.0
"""Seconds a printed ``--url`` stays valid: as long as anyone keeps a local emulator running."""


def _instructions(emu: Emulator, exports: list[tuple[str, str, str]], downloads: list[str]) -> str:
    base_url, token = str(emu.base_url), emu.token
    env = f"ITWIN_API_URL={shlex.quote(base_url)} ITWIN_ACCESS_TOKEN={shlex.quote(token)}"
    lines = [
        f"emulator API:  {base_url}",
        f"blob host:     {emu.blob_url}",
        f"access token:  {token}",
        f"client id:     {emu.client_id}",
        f"client secret: {emu.client_secret}",
        f"authority:     {base_url}  (token endpoint {emu.token_url})",
        "exports:",
    ]
    lines += [f"  {eid}  iModel {imodel}  ({what})" for eid, imodel, what in exports]
    lines += ["", "In another terminal:", f"  export {env}"]
    for imodel in dict.fromkeys(imodel for _, imodel, _ in exports):
        lines.append(f"  itwin-mesh exports list --imodel {imodel}")
    first, first_imodel, _ = exports[0]
    lines += [
        f"  itwin-mesh download {first} ./tiles",
        *(f"  {command}" for command in downloads),
        f"  itwin-mesh exports start --imodel {first_imodel} --wait --poll-interval 1",
        "",
        "Ctrl-C stops the emulator.",
    ]
    return "\n".join(lines) + "\n"


def _document(emu: Emulator, exports: list[tuple[str, str, str]]) -> dict[str, Any]:
    """``serve --json``: everything a script needs to talk to this emulator."""
    return {
        "base_url": str(emu.base_url),
        "blob_url": str(emu.blob_url),
        "token": emu.token,
        "client_id": emu.client_id,
        "client_secret": emu.client_secret,
        "authority": str(emu.base_url),
        "token_url": str(emu.token_url),
        "export_id": exports[0][0],
        "imodel_id": exports[0][1],
        "exports": [{"id": e, "imodel_id": m, "description": d} for e, m, d in exports],
    }


def _download_command(emu: Emulator, export_id: str, folder: Path, root: str) -> str:
    """A command that downloads a served folder: by export id when its root is ``tileset.json``
    (what an export's link leads to), else by the URL of its root file."""
    dest = shlex.quote(f"./tiles-{folder.resolve().name or 'data'}")
    if root == ROOT_TILESET:
        return f"itwin-mesh download {export_id} {dest}"
    url = emu.sas_href(export_id, root, lifetime=LINK_LIFETIME)
    return f"itwin-mesh download --url {shlex.quote(url)} {dest}"


def _skipped(data_dir: Path, folders: list[Path]) -> list[Path]:
    """Sub-folders of a folder of samples that are not served (no root tileset found)."""
    if folders == [data_dir]:
        return []
    return sorted(
        d
        for d in data_dir.iterdir()
        if d.is_dir() and not d.name.startswith(".") and d not in folders
    )


async def _start(
    stack: contextlib.AsyncExitStack, args: Any, port: int, blob_port: int
) -> Emulator:
    host = args.host
    credentials: EmulatorSettings = {}
    names: tuple[Literal["token", "client_id", "client_secret"], ...]
    names = ("token", "client_id", "client_secret")
    for name in names:
        value = getattr(args, name, None)
        if value is not None:
            if not value.strip():
                raise UsageError(f"--{name.replace('_', '-')} is empty")
            credentials[name] = value.strip()
    # A port in use or a host that is not this machine's is the user's choice to change.
    try:
        return await stack.enter_async_context(
            running(host=host, api_port=port, blob_port=blob_port, **credentials)
        )
    except (OSError, OverflowError) as exc:
        ports = f"ports {port} and {blob_port}" if port else "a free port"
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(
            f"cannot listen on {host} ({ports}): {reason}; choose another --port or --host"
        ) from None


async def run_serve(ctx: Context) -> int:
    """Run the emulator until interrupted: 130 after SIGINT (Ctrl-C), 0 after SIGTERM."""
    args = ctx.args
    folders: list[Path] = []
    if args.data:
        try:
            folders = tileset_directories(args.data)
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise UsageError(f"--data: {exc}") from None
        for skipped in _skipped(Path(args.data), folders):
            ctx.info(
                f"not serving {skipped}: no tileset.json, nor exactly one other top-level "
                "tileset JSON (an object with asset and root)"
            )
    # With a fixed API port the blob container takes the next one, so both stay predictable.
    blob_port = args.port + 1 if args.port else 0
    async with StopSignals() as stop, contextlib.AsyncExitStack() as stack:
        emu = await _start(stack, args, args.port, blob_port)
        sample = build_tileset("demo")
        demo_id = emu.add_export(
            imodel_id=DEMO_IMODEL,
            files=sample.files,
            content_encodings=dict(sample.encodings),
            display_name="Demo bridge",
        )
        exports = [(demo_id, DEMO_IMODEL, f"generated demo, {len(sample.files)} files")]
        downloads: list[str] = []
        for folder in folders:
            user_id = emu.load_directory(folder, USER_IMODEL, display_name=folder.name)
            root = root_tileset_name(folder) or ROOT_TILESET
            note = "" if root == ROOT_TILESET else f"; root {root}: download it by its URL"
            exports.append((user_id, USER_IMODEL, f"served from {folder}{note}"))
            downloads.append(_download_command(emu, user_id, folder, root))
        # The credentials are printed on purpose (they only open this local emulator), so
        # they go to stdout directly, not through the redaction of ctx.result.
        if ctx.json:
            ctx.out.write(json.dumps(_document(emu, exports)) + "\n")
        else:
            ctx.out.write(_instructions(emu, exports, downloads))
        ctx.out.flush()
        await stop.wait()
        ctx.info("stopping the emulator")
    return stop.exit_code()
