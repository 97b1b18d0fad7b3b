"""Running the real ``itwin-mesh`` entry point in a child process, and checking its output."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from itwin_mesh_async.cli.credentials import sas_secrets
from itwin_mesh_async.emulator import Emulator

ROOT = Path(__file__).resolve().parent.parent


# --- running the real entry point ---------------------------------------------------------


@attrs.frozen
class Result:
    """What one CLI run gave."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli_env(base_url: str | None = None, token: str | None = None, **extra: str) -> dict[str, str]:
    """A clean environment for the child: no ITWIN_* from the outside world."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITWIN_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    if base_url is not None:
        env["ITWIN_API_URL"] = base_url
    if token is not None:
        env["ITWIN_ACCESS_TOKEN"] = token
    env.update(extra)
    return env


async def run_cli(
    *args: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    limit: float = 90.0,
) -> Result:
    """Run ``python -m itwin_mesh_async ARGS`` in a child process and collect its output."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=dict(env) if env is not None else cli_env(),
        cwd=cwd,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), limit)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    assert proc.returncode is not None
    return Result(proc.returncode, out.decode(), err.decode())


def assert_no_secrets(result: Result, secrets: Sequence[str]) -> None:
    """Neither stdout nor stderr holds any of ``secrets``."""
    for secret in secrets:
        assert secret
        assert secret not in result.out, f"secret leaked to stdout: {result.out[:400]}"
        assert secret not in result.err, f"secret leaked to stderr: {result.err[:400]}"


def assert_one_error_line(result: Result, *fragments: str) -> None:
    """stderr ends in one ``error: ...`` line holding every fragment; no traceback."""
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, result.err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def emu_env(emu: Emulator, **extra: str) -> dict[str, str]:
    return cli_env(str(emu.base_url), emu.token, **extra)


def secrets_of(emu: Emulator, *export_ids: str) -> list[str]:
    """The token, the client secret and the SAS signatures the emulator hands out."""
    found = [emu.token, emu.client_secret]
    for export_id in export_ids:
        found += [s for s in sas_secrets(emu.sas_href(export_id)) if len(s) > 8]
    return found
