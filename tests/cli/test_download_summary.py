"""The ``download --json`` summary says why a download stopped."""

from __future__ import annotations

from pathlib import Path

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from tests.cli_runner import assert_no_secrets, cli_env, run_cli, secrets_of


async def test_json_summary_says_why_the_download_stopped(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=build_tileset("flat", n=4).files)
    href = emulator.sas_href(export_id)
    emulator.expire_sas_now()
    dest = tmp_path / "x"
    result = await run_cli("--json", "download", str(dest), "--url", href, env=cli_env())
    assert result.code == 1
    summary = result.json()
    assert summary["failed"] == 0 and summary["tiles"] == 0
    assert "expired" in summary["error"] and "no export to renew it from" in summary["error"]
    assert_no_secrets(result, secrets_of(emulator, export_id))
    assert not dest.exists() or not any(p.is_file() for p in dest.rglob("*"))
