"""The ``exports`` and ``connections`` commands through the real entry point, against the
emulator running in this test's event loop (the loop serves it while the test awaits the
child process)."""

from __future__ import annotations

import asyncio
import sys

import pytest

from itwin_mesh_async.emulator import Emulator, running
from tests.cli_runner import (
    assert_no_secrets,
    assert_one_error_line,
    emu_env,
    run_cli,
    secrets_of,
)


async def test_exports_list_human_and_json(emulator: Emulator) -> None:
    first = emulator.add_export("m1", display_name="Bridge A", changeset_id="cs1")
    second = emulator.add_export("m1", display_name="Bridge B")
    emulator.add_export("other-model")
    env = emu_env(emulator)

    human = await run_cli("exports", "list", "--imodel", "m1", env=env)
    assert human.code == 0, human.err
    lines = human.out.splitlines()
    assert lines[0].split()[:2] == ["ID", "STATUS"]
    assert {line.split()[0] for line in lines[1:]} == {first, second}
    assert human.err == ""

    as_json = await run_cli("--json", "exports", "list", "--imodel", "m1", env=env)
    assert as_json.code == 0, as_json.err
    data = as_json.json()
    assert isinstance(data, list) and {e["id"] for e in data} == {first, second}
    one = next(e for e in data if e["id"] == first)
    # The service's own camelCase object, with the SAS signature redacted.
    assert one["displayName"] == "Bridge A" and one["request"]["changesetId"] == "cs1"
    assert "sig=REDACTED" in one["_links"]["mesh"]["href"]
    assert_no_secrets(as_json, secrets_of(emulator, first, second))

    limited = await run_cli("exports", "list", "--imodel", "m1", "--limit", "1", "--json", env=env)
    assert limited.code == 0 and len(limited.json()) == 1


async def test_exports_get_json_and_human(emulator: Emulator) -> None:
    export_id = emulator.add_export("m1", display_name="Bridge")
    env = emu_env(emulator)
    got = await run_cli("exports", "get", export_id, "--json", env=env)
    assert got.code == 0, got.err
    body = got.json()
    assert body["id"] == export_id and body["status"] == "Complete"
    href = body["_links"]["mesh"]["href"]
    assert "sig=REDACTED" in href and href.startswith(str(emulator.blob_url))
    human = await run_cli("exports", "get", export_id, env=env)
    assert human.code == 0
    assert "id:" in human.out and export_id in human.out and "status:        Complete" in human.out
    assert_no_secrets(got, secrets_of(emulator, export_id))
    assert_no_secrets(human, secrets_of(emulator, export_id))


async def test_exports_get_unknown_is_one_error_line_exit_1(emulator: Emulator) -> None:
    env = emu_env(emulator)
    result = await run_cli("exports", "get", "no-such-export", env=env)
    assert result.code == 1
    assert result.out == ""
    assert_one_error_line(result, "HTTP 404", "ExportNotFound")
    verbose = await run_cli("-v", "exports", "get", "no-such-export", env=env)
    assert verbose.code == 1
    assert "Traceback" in verbose.err  # -v shows where it failed
    assert_no_secrets(verbose, secrets_of(emulator))


async def test_exports_start_wait_delete(emulator: Emulator) -> None:
    imodel = emulator.add_imodel()
    env = emu_env(emulator)
    started = await run_cli("--json", "exports", "start", "--imodel", imodel, env=env)
    assert started.code == 0, started.err
    export_id = started.json()["id"]
    assert started.json()["status"] == "NotStarted"

    waited = await run_cli(
        "--json",
        "exports",
        "wait",
        export_id,
        "--poll-interval",
        "0.05",
        "--timeout",
        "30",
        env=env,
    )
    assert waited.code == 0, waited.err
    assert waited.json()["status"] == "Complete"

    start_wait = await run_cli(
        "exports", "start", "--imodel", imodel, "--wait", "--poll-interval", "0.05", env=env
    )
    assert start_wait.code == 0, start_wait.err
    assert "Complete" in start_wait.out
    assert "waiting" in start_wait.err

    deleted = await run_cli("exports", "delete", export_id, env=env)
    assert deleted.code == 0 and deleted.out == f"deleted export {export_id}\n"
    gone = await run_cli("exports", "get", export_id, env=env)
    assert gone.code == 1
    assert_one_error_line(gone, "404")


async def test_exports_wait_invalid_and_timeout_exit_1() -> None:
    async with running(seed=2, advance_on_read=False) as emu:
        env = emu_env(emu)
        stuck = emu.add_export("m1", status="InProgress")
        failed = emu.add_export("m1", status="Invalid", error="Mesh generation failed.")
        timed_out = await run_cli(
            "exports", "wait", stuck, "--timeout", "0.3", "--poll-interval", "0.1", env=env
        )
        assert timed_out.code == 1
        assert_one_error_line(timed_out, stuck, "InProgress")
        invalid = await run_cli("exports", "wait", failed, "--poll-interval", "0.1", env=env)
        assert invalid.code == 1
        assert_one_error_line(invalid, "is Invalid", "Mesh generation failed.")


async def test_delete_in_progress_is_refused_exit_1() -> None:
    async with running(seed=3, advance_on_read=False) as emu:
        busy = emu.add_export("m1", status="InProgress")
        result = await run_cli("exports", "delete", busy, env=emu_env(emu))
        assert result.code == 1
        assert_one_error_line(result, "HTTP 422")


async def test_connections_list_and_runs(emulator: Emulator) -> None:
    conn = emulator.add_connection("m1", display_name="Nightly export")
    run_id = emulator.add_run(conn, state="Completed", result="Success")
    env = emu_env(emulator)
    listed = await run_cli("connections", "list", "--imodel", "m1", env=env)
    assert listed.code == 0, listed.err
    assert conn in listed.out and "Nightly export" in listed.out
    as_json = await run_cli("--json", "connections", "list", "--imodel", "m1", env=env)
    assert [c["id"] for c in as_json.json()] == [conn]
    assert as_json.json()[0]["displayName"] == "Nightly export"
    runs = await run_cli("connections", "runs", conn, env=env)
    assert runs.code == 0, runs.err
    assert run_id in runs.out and "Completed" in runs.out and "Success" in runs.out
    runs_json = await run_cli("connections", "runs", conn, "--json", env=env)
    assert runs_json.json()[0]["id"] == run_id
    missing = await run_cli("connections", "runs", "no-such-connection", env=env)
    assert missing.code == 1
    assert_one_error_line(missing, "404")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
async def test_ctrl_c_while_waiting_exits_130() -> None:
    import signal

    async with running(seed=6, advance_on_read=False) as emu:
        stuck = emu.add_export("m1", status="InProgress")
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "itwin_mesh_async",
            "exports",
            "wait",
            stuck,
            "--poll-interval",
            "0.1",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=emu_env(emu),
        )
        assert proc.stderr is not None
        # "waiting for export ..." is printed once the command runs.
        await asyncio.wait_for(proc.stderr.readline(), 30)
        proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 30)
        assert proc.returncode == 130
        assert out == b""
        assert err.decode().strip() == "interrupted"
