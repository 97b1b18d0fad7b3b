"""``itwin-mesh demo [DEST]``: the whole job offline, no account and no network.

Starts the emulator in this process with a generated export (GLB content, external tilesets,
an implicit subtree), lists the iModel's exports through the real client, downloads the export
into DEST with progress, checks every file against the source, and says how to look at it.
"""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ..client import ITwinClient
from ..emulator import running
from ..tilegen import build_tileset
from ..tiles import DownloadReport
from . import output
from .context import Context
from .download import check_dest, export_bytes

__all__ = ["DEMO_IMODEL", "Verification", "run_demo", "verify_mirror"]

# iModel ids are GUIDs (the emulator, like the service, refuses others in Start Export), so
# that `exports start --imodel` works against `itwin-mesh serve` too.
DEMO_IMODEL = "6fa3de70-0000-4000-8000-000000000001"


@attrs.frozen
class Verification:
    """How the mirror compares with the source files."""

    identical: int
    differing: list[str]
    missing: list[str]
    extra: list[str]

    @property
    def ok(self) -> bool:
        """Every expected file is present and identical, and nothing else was added."""
        return not (self.differing or self.missing or self.extra)

    def to_dict(self) -> dict[str, Any]:
        """For ``--json``."""
        return {
            "identical": self.identical,
            "differing": self.differing,
            "missing": self.missing,
            "extra": self.extra,
            "ok": self.ok,
        }


def verify_mirror(dest: Path, expected: Mapping[str, bytes]) -> Verification:
    """Compare DEST with the source files, byte for byte.

    The tool's own state may live in one dot-folder at the top of DEST (``docs/mirror.md``);
    anything else that is not an expected file counts as extra.
    """
    identical = 0
    differing: list[str] = []
    missing: list[str] = []
    for rel, data in sorted(expected.items()):
        path = dest / rel
        if not path.is_file():
            missing.append(rel)
        elif path.read_bytes() == data:
            identical += 1
        else:
            differing.append(rel)
    extra = sorted(
        p.relative_to(dest).as_posix()
        for p in dest.rglob("*")
        if p.is_file()
        and not p.relative_to(dest).parts[0].startswith(".")
        and p.relative_to(dest).as_posix() not in expected
    )
    return Verification(identical, differing, missing, extra)


def _viewing_hint(dest: Path) -> str:
    folder = shlex.quote(str(dest))
    return (
        "\nTo look at it in the browser (a 3D Tiles viewer page, offline):\n"
        f"  itwin-mesh view {folder}\n"
        "  # or serve the folder with any static server and open its tileset.json in a 3D Tiles\n"
        f"  # viewer (CesiumJS, ...): python -m http.server 8000 -d {folder}\n"
        "Run it against the real service with a token:\n"
        "  ITWIN_ACCESS_TOKEN=... itwin-mesh exports list --imodel <iModel id>\n"
        "  ITWIN_ACCESS_TOKEN=... itwin-mesh download --imodel <iModel id> ./tiles\n"
    )


async def run_demo(ctx: Context) -> int:
    """Run the demo; 0 when the mirror is complete and byte-identical to the source."""
    dest = check_dest(ctx.args.dest)
    sample = build_tileset("demo")
    expected = {p: b for p, b in sample.files.items() if p in sample.reachable}
    ctx.info(
        f"generated a demo tileset: {len(sample.files)} files, "
        f"{output.human_size(sample.total_bytes)}; starting the emulator on loopback..."
    )
    async with running() as emu:
        ctx.add_secrets(emu.token)
        export_id = emu.add_export(
            imodel_id=DEMO_IMODEL,
            files=sample.files,
            content_encodings=dict(sample.encodings),
            display_name="Demo bridge",
        )
        async with ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
            listed = [
                output.api_object(e) async for e in client.mesh_exports.list(imodel_id=DEMO_IMODEL)
            ]
            if not ctx.json:
                ctx.result(f"$ itwin-mesh exports list --imodel {DEMO_IMODEL}\n")
                ctx.result(output.format_exports(listed) + "\n")
            export = await client.mesh_exports.get(export_id)
            if not ctx.json:
                ctx.result(f"$ itwin-mesh download {export_id} {shlex.quote(str(dest))}\n")
            display = ctx.progress("download", total_bytes=export_bytes(export))
            try:
                report: DownloadReport = await client.download(export, dest, progress=display)
            finally:
                display.close()
    check = await asyncio.to_thread(verify_mirror, dest, expected)
    if ctx.json:
        ctx.emit_json(
            {"exports": listed, "download": report.to_dict(), "verification": check.to_dict()}
        )
    else:
        ctx.result(output.format_summary(report.to_dict()))
        ctx.result(
            f"verified: {check.identical} of {len(expected)} files byte-identical to the source"
            + ("" if check.ok else " (see the errors below)")
            + "\n"
        )
        if check.ok:
            ctx.result(_viewing_hint(dest))
    for rel in check.missing[:5]:
        ctx.error(f"missing: {rel}")
    for rel in check.differing[:5]:
        ctx.error(f"differs from the source: {rel}")
    for rel in check.extra[:5]:
        ctx.error(f"not in the source: {rel}")
    if report.ok and check.ok:
        return 0
    ctx.error(
        f"error: the demo mirror is not complete: {len(report.failed)} failed, "
        f"{len(check.missing)} missing, {len(check.differing)} differing, {len(check.extra)} extra"
    )
    return 1
