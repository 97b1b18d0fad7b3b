"""Commands for scripts: ``serve --json``, ``exports url``, ``completion``."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from pathlib import Path

import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from tests.cli_runner import assert_one_error_line, cli_env, emu_env, run_cli


@pytest.mark.skipif(sys.platform == "win32", reason="signals to a child are POSIX")
async def test_serve_json_is_one_document_with_the_chosen_credentials(tmp_path: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        "--token",
        "tok-chosen-1",
        "serve",
        "--json",
        "--client-id",
        "my-app",
        "--client-secret",
        "my-secret-1",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=cli_env(),
    )
    try:
        assert proc.stdout is not None
        # One line, flushed as soon as it listens (the process keeps running).
        line = await asyncio.wait_for(proc.stdout.readline(), 60)
        doc = json.loads(line)
        assert (doc["token"], doc["client_id"], doc["client_secret"]) == (
            "tok-chosen-1",
            "my-app",
            "my-secret-1",
        )
        assert doc["base_url"].startswith("http://127.0.0.1:")
        assert doc["blob_url"].startswith("http://127.0.0.1:")
        # The chosen token works, and so does the client-credentials flow with the chosen pair.
        got = await run_cli(
            "--json",
            "exports",
            "get",
            doc["export_id"],
            env=cli_env(doc["base_url"], "tok-chosen-1"),
        )
        assert got.code == 0, got.err
        assert got.json()["id"] == doc["export_id"]
        env = cli_env(
            doc["base_url"],
            ITWIN_CLIENT_ID="my-app",
            ITWIN_CLIENT_SECRET="my-secret-1",
            ITWIN_AUTHORITY=doc["authority"],
        )
        listed = await run_cli("--json", "exports", "list", "--imodel", doc["imodel_id"], env=env)
        assert listed.code == 0, listed.err
        assert [e["id"] for e in listed.json()] == [doc["export_id"]]
        wrong = await run_cli("exports", "get", doc["export_id"], env=cli_env(doc["base_url"], "x"))
        assert wrong.code == 1
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 130, err.decode()  # stopped by SIGINT
    assert out == b""  # nothing after the one document


async def test_serve_refuses_an_empty_token() -> None:
    result = await run_cli("serve", "--token", " ", env=cli_env())
    assert result.code == 2
    assert_one_error_line(result, "--token is empty")


async def test_exports_url_prints_a_working_link(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=5, n=3)
    export_id = emulator.add_export("m1", sample.files)
    env = emu_env(emulator)
    result = await run_cli("exports", "url", export_id, env=env)
    assert result.code == 0, result.err
    url = result.out.strip()
    assert "/tileset.json?" in url and "sig=" in url and "REDACTED" not in url
    as_json = await run_cli("--json", "exports", "url", export_id, env=env)
    doc = as_json.json()
    # Each GET signs a fresh link; the same blob, another signature.
    assert doc["id"] == export_id and doc["url"].split("?")[0] == url.split("?")[0]
    # The link is enough for `download --url`, with no token at all.
    dest = tmp_path / "out"
    got = await run_cli("-q", "download", str(dest), "--url", url, env=cli_env())
    assert got.code == 0, got.err
    assert (dest / "tileset.json").read_bytes() == sample.files["tileset.json"]


async def test_exports_url_of_an_unfinished_export_exits_1(emulator: Emulator) -> None:
    imodel = emulator.add_imodel()
    started = await run_cli("--json", "exports", "start", "--imodel", imodel, env=emu_env(emulator))
    assert started.code == 0, started.err
    export_id = started.json()["id"]
    result = await run_cli("exports", "url", export_id, env=emu_env(emulator))
    if result.code == 0:  # pragma: no cover - the emulator finished it already
        pytest.skip("export completed before the check")
    assert result.code == 1 and result.out == ""
    assert_one_error_line(result, export_id, "not Complete", "exports wait")


@pytest.mark.parametrize("shell", ["bash", "zsh"])
async def test_completion_scripts_come_from_the_parser(shell: str) -> None:
    result = await run_cli("completion", shell, env=cli_env())
    assert result.code == 0, result.err
    for word in ("exports", "download", "serve", "--concurrency", "--imodel", "url"):
        assert word in result.out
    assert "--base-url" in result.out
