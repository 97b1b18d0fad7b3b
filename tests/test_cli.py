"""The ``itwin-mesh`` CLI: pure parts directly, every command through the real entry point.

The subprocess tests run ``python -m itwin_mesh_async`` against the emulator running in this
test's event loop (the loop serves it while the test awaits the child process).
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

from itwin_mesh_async.cli import main
from itwin_mesh_async.cli.credentials import (
    resolve_base_url,
    resolve_credentials,
    sas_secrets,
)
from itwin_mesh_async.cli.failures import describe, exit_code_for
from itwin_mesh_async.cli.logs import RedactingFilter
from itwin_mesh_async.cli.output import (
    format_export,
    format_exports,
    format_summary,
    scrub,
    to_json,
)
from itwin_mesh_async.cli.parser import UsageError, build_parser
from itwin_mesh_async.cli.progress import open_progress, progress_fields
from itwin_mesh_async.emulator import Emulator, running
from itwin_mesh_async.errors import (
    DownloadError,
    InvalidArgumentError,
    NotFoundError,
    TransportError,
    UnsafeReferenceError,
)
from itwin_mesh_async.tiles.report import Progress

ROOT = Path(__file__).resolve().parent.parent
SIG = "Zm9vYmFy%2Bc2lnbmF0dXJl%3D"


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


# --- parser -------------------------------------------------------------------------------


def test_parser_accepts_global_options_before_and_after_the_command() -> None:
    parser = build_parser()
    a = parser.parse_args(["--json", "-v", "exports", "list", "--imodel", "m"])
    b = parser.parse_args(["exports", "list", "--imodel", "m", "--json", "-v"])
    assert (a.json, a.verbose, a.imodel) == (b.json, b.verbose, b.imodel) == (True, True, "m")
    assert a.order == "date:desc"


def test_parser_download_positionals() -> None:
    parser = build_parser()
    one = parser.parse_args(["download", "out"])
    two = parser.parse_args(["download", "exp-1", "out", "--no-resume", "--mode", "list"])
    assert (one.source, one.dest) == (None, "out")
    assert (two.source, two.dest, two.resume, two.mode) == ("exp-1", "out", False, "list")
    assert two.concurrency == 32


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["exports", "list", "--page-size", "1001"], "must be at most 1000"),
        (["exports", "list", "--limit", "0"], "must be at least 1"),
        (["exports", "list", "--order", "name:asc"], "date:asc or date:desc"),
        (["exports", "wait", "x", "--timeout", "-3"], "must be more than 0"),
        (["download", "x", "out", "--concurrency", "many"], "not an integer"),
        (["serve", "--port", "70000"], "0..65535"),
        (["exports", "start"], "--imodel"),
        (["frobnicate"], "invalid choice"),
        (["-v", "-q", "demo"], "not allowed with argument"),
        (["-v", "exports", "list", "-q"], "-v and -q cannot be used together"),
        (["download", "a", "b", "c"], "unrecognized arguments: c"),
        ([], "COMMAND"),
        (["exports"], "ACTION"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert fragment in captured.err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("itwin-mesh ")
    assert main(["download", "--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text and "--url" in text and "--mode {walk,list}" in text


def test_every_command_has_an_example() -> None:
    parser = build_parser()
    for argv in (
        ["exports", "list"],
        ["exports", "get"],
        ["exports", "start"],
        ["exports", "wait"],
        ["exports", "delete"],
        ["connections", "list"],
        ["connections", "runs"],
        ["download"],
        ["serve"],
        ["demo"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args([*argv, "--help"])
        assert exit_info.value.code == 0


def test_help_lists_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["exports", "start", "--help"], ["serve", "--help"], ["demo", "--help"]):
        assert main(argv) == 0
        assert "examples:\n  itwin-mesh " in capsys.readouterr().out


# --- failures -> exit codes and messages ---------------------------------------------------


def test_exit_codes_by_error_type() -> None:
    assert exit_code_for(UsageError("x")) == 2
    assert exit_code_for(InvalidArgumentError("x")) == 2
    assert exit_code_for(UnsafeReferenceError("leaves the container", path="../x")) == 2
    root_unsafe = DownloadError("cannot start")
    root_unsafe.__cause__ = UnsafeReferenceError("other host")
    assert exit_code_for(root_unsafe) == 2
    assert exit_code_for(NotFoundError(404, "ExportNotFound", "gone")) == 1
    assert exit_code_for(TransportError("refused")) == 1
    assert exit_code_for(DownloadError("disk full")) == 1
    assert exit_code_for(OSError("x")) == 1
    assert exit_code_for(RuntimeError("bug")) == 1
    assert exit_code_for(KeyboardInterrupt()) == 130
    assert exit_code_for(asyncio.CancelledError()) == 130


def test_describe_is_one_redacted_line() -> None:
    exc = NotFoundError(
        404,
        "ExportNotFound",
        "Requested export is not available.",
        target="id",
        method="GET",
        url=f"https://api.example/mesh-export/x?sig={SIG}",
    )
    line = describe(exc, ["tok-secret-123"])
    assert line.startswith("error: HTTP 404: ExportNotFound: Requested export is not available.")
    assert "(target: id)" in line and SIG not in line and "\n" not in line
    assert describe(RuntimeError("oops\nline two tok-secret-123"), ["tok-secret-123"]) == (
        "error: RuntimeError: oops line two REDACTED"
    )
    assert describe(KeyboardInterrupt()) == "interrupted"


# --- credentials ----------------------------------------------------------------------------


def test_credentials_order_and_errors() -> None:
    env = {
        "ITWIN_ACCESS_TOKEN": "env-token-1",
        "ITWIN_CLIENT_ID": "app",
        "ITWIN_CLIENT_SECRET": "s3cr3t-x",
    }
    assert resolve_credentials("opt-token-1", env).token == "opt-token-1"
    creds = resolve_credentials(None, env)
    assert creds.token is None and "env-token-1" in creds.secrets and "s3cr3t-x" in creds.secrets
    assert "env-token-1" not in repr(creds) and "s3cr3t-x" not in repr(creds)
    client_only = resolve_credentials(
        None, {"ITWIN_CLIENT_ID": "app", "ITWIN_CLIENT_SECRET": "s3cr3t-x"}
    )
    assert client_only.secrets == ("s3cr3t-x",)
    with pytest.raises(UsageError, match="no credentials: pass --token"):
        resolve_credentials(None, {})
    with pytest.raises(UsageError, match="ITWIN_CLIENT_SECRET is not set"):
        resolve_credentials(None, {"ITWIN_CLIENT_ID": "app"})
    with pytest.raises(UsageError, match="--token is empty"):
        resolve_credentials("  ", {})


def test_base_url_resolution() -> None:
    assert resolve_base_url(None, {}) == "https://api.bentley.com"
    assert resolve_base_url(None, {"ITWIN_API_URL": "http://127.0.0.1:9"}) == "http://127.0.0.1:9"
    assert resolve_base_url("http://h:1", {"ITWIN_API_URL": "http://x"}) == "http://h:1"
    with pytest.raises(UsageError, match="http"):
        resolve_base_url("ftp://h", {})


def test_sas_secrets_finds_raw_and_decoded_signature() -> None:
    found = sas_secrets(f"https://a.blob/c?sv=2022&sig={SIG}&se=2030")
    assert SIG in found and "Zm9vYmFy+c2lnbmF0dXJl=" in found
    assert sas_secrets("https://a.blob/c") == ()


# --- output ---------------------------------------------------------------------------------


EXPORT = {
    "id": "e1",
    "displayName": "Bridge",
    "status": "Complete",
    "lastModified": "2024-01-02T03:04:05.1234567Z",
    "request": {"iModelId": "m1", "changesetId": "", "exportType": "3DTiles"},
    "_links": {"mesh": {"href": f"https://acct.blob/c/e1?sv=1&sig={SIG}"}},
}


def test_json_output_keeps_camel_case_and_redacts_the_sas() -> None:
    text = to_json([EXPORT], ["never-shown"])
    assert SIG not in text
    data = json.loads(text)
    assert data[0]["displayName"] == "Bridge"
    assert data[0]["_links"]["mesh"]["href"] == "https://acct.blob/c/e1?sv=1&sig=REDACTED"
    assert scrub({"a": ["Bearer abc.def", 3]}) == {"a": ["Bearer REDACTED", 3]}


def test_human_output() -> None:
    table = format_exports([EXPORT, {**EXPORT, "id": "e2", "status": "InProgress"}])
    lines = table.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "TYPE", "CHANGESET", "LAST", "MODIFIED", "NAME"]
    assert lines[1].split()[:3] == ["e1", "Complete", "3DTiles"]
    assert format_exports([]) == "no exports\n"
    one = format_export(EXPORT)
    assert "status:" in one and SIG not in one and "sig=REDACTED" in one
    summary = format_summary(
        {
            "tiles": 3,
            "bytes": 2048,
            "skipped": 1,
            "failed": 1,
            "seconds": 0.5,
            "dest": "out",
            "failures": [{"path": "a/b.glb", "reason": "HTTP 404"}],
        }
    )
    assert summary.startswith("3 files, 2.0 KB in 0.5s")
    assert "1 already complete, 1 failed -> out" in summary
    assert "  failed: a/b.glb: HTTP 404" in summary


# --- progress -------------------------------------------------------------------------------


def _progress(**kw: Any) -> Progress:
    base: dict[str, Any] = {
        "files_done": 40,
        "files_known": 100,
        "bytes_done": 4096,
        "skipped": 10,
        "failed": 0,
        "retries": 2,
        "elapsed": 4.0,
        "rate_bytes": 1024.0,
    }
    base.update(kw)
    return Progress(**base)


def test_progress_fields() -> None:
    f = progress_fields(_progress())
    assert f["files"] == "50/100 files"
    assert f["bytes"] == "4.0 KB" and f["rate"] == "1.0 KB/s"
    assert f["eta"] == "ETA 0:05"  # 50 left at 10 files/s
    assert f["extra"] == "2 retries, 0 failed, 10 already complete"
    assert progress_fields(_progress(files_done=0, skipped=0, elapsed=0.0))["eta"] == "ETA -"
    done = progress_fields(_progress(files_done=90, skipped=10))
    assert done["eta"] == "ETA 0:00"


def test_plain_progress_line_and_silence() -> None:
    stream = io.StringIO()
    display = open_progress(True, stream, "download", prefer_rich=False)
    display(_progress())
    display(_progress(files_done=90))
    display.close()
    text = stream.getvalue()
    assert text.startswith("\rdownload: 50/100 files") and text.endswith("\n")
    silent = io.StringIO()
    off = open_progress(False, silent)
    off(_progress())
    off.close()
    assert silent.getvalue() == ""


def test_rich_progress_renders_on_a_stream() -> None:
    stream = io.StringIO()
    display = open_progress(True, stream, "download")
    display(_progress())
    display.close()
    assert "50/100 files" in stream.getvalue()


def test_redacting_log_filter() -> None:
    import logging

    secrets = ["tok-secret-123"]
    record = logging.LogRecord(
        "itwin_mesh_async.http",
        logging.DEBUG,
        __file__,
        1,
        "GET %s with %s",
        (f"https://x/y?sig={SIG}", "tok-secret-123"),
        None,
    )
    assert RedactingFilter(secrets).filter(record)
    assert record.getMessage() == "GET https://x/y?sig=REDACTED with REDACTED"


# --- exports and connections against the emulator --------------------------------------------


def emu_env(emu: Emulator, **extra: str) -> dict[str, str]:
    return cli_env(str(emu.base_url), emu.token, **extra)


def secrets_of(emu: Emulator, *export_ids: str) -> list[str]:
    """The token, the client secret and the SAS signatures the emulator hands out."""
    found = [emu.token, emu.client_secret]
    for export_id in export_ids:
        found += [s for s in sas_secrets(emu.sas_href(export_id)) if len(s) > 8]
    return found


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


# --- credentials, base URL, verbose logs ------------------------------------------------------


async def test_missing_token_exits_2(emulator: Emulator) -> None:
    result = await run_cli("exports", "list", "--imodel", "m1", env=cli_env(str(emulator.base_url)))
    assert result.code == 2
    assert_one_error_line(result, "no credentials", "--token", "ITWIN_ACCESS_TOKEN")
    assert emulator.requests == []


async def test_wrong_token_is_401_exit_1(emulator: Emulator) -> None:
    bad = "not-a-valid-token-xyz"
    result = await run_cli(
        "exports", "list", "--imodel", "m1", env=cli_env(str(emulator.base_url), bad)
    )
    assert result.code == 1
    assert_one_error_line(result, "HTTP 401")
    assert_no_secrets(result, [bad])


async def test_token_and_base_url_options(emulator: Emulator) -> None:
    emulator.add_export("m1")
    result = await run_cli(
        "--base-url",
        str(emulator.base_url),
        "--token",
        emulator.token,
        "exports",
        "list",
        "--imodel",
        "m1",
        env=cli_env(),
    )
    assert result.code == 0, result.err
    assert_no_secrets(result, [emulator.token])


async def test_client_credentials_from_environment(emulator: Emulator) -> None:
    emulator.add_export("m1")
    env = cli_env(
        str(emulator.base_url),
        ITWIN_CLIENT_ID=emulator.client_id,
        ITWIN_CLIENT_SECRET=emulator.client_secret,
        ITWIN_AUTHORITY=str(emulator.base_url),
    )
    result = await run_cli("-vv", "exports", "list", "--imodel", "m1", env=env)
    assert result.code == 0, result.err
    assert emulator.state.tokens_issued == 1
    issued = [t for t in emulator.state.tokens if t != emulator.token]
    assert_no_secrets(result, [emulator.client_secret, *issued])


async def test_verbose_logs_requests_without_secrets(emulator: Emulator) -> None:
    export_id = emulator.add_export("m1")
    env = emu_env(emulator)
    result = await run_cli("-vv", "exports", "get", export_id, env=env)
    assert result.code == 0, result.err
    assert "GET" in result.err and f"/mesh-export/{export_id}" in result.err
    assert "200" in result.err
    assert_no_secrets(result, secrets_of(emulator, export_id))


async def test_service_unreachable_is_exit_1() -> None:
    async with running(seed=4) as emu:
        url = str(emu.base_url)
        token = emu.token
    # The emulator is stopped: nothing listens on that port any more.
    result = await run_cli("exports", "get", "x", env=cli_env(url, token), limit=120)
    assert result.code == 1
    assert_one_error_line(result)
    assert_no_secrets(result, [token])


async def test_page_size_over_1000_exits_2_without_a_request(emulator: Emulator) -> None:
    result = await run_cli(
        "exports", "list", "--imodel", "m1", "--page-size", "5000", env=emu_env(emulator)
    )
    assert result.code == 2
    assert "must be at most 1000" in result.err
    assert emulator.requests == []


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


def test_api_object_prefers_the_raw_body_and_falls_back_to_camel_case() -> None:
    from itwin_mesh_async.cli.output import api_object
    from itwin_mesh_async.converter import structure
    from itwin_mesh_async.models import Export

    body = {"id": "x", "displayName": "D", "status": "Complete", "futureField": 1}
    export = structure(body, Export)
    assert api_object(export) == body  # exactly what the service sent, unknown fields too
    built = attrs.evolve(export, raw={})
    unstructured = api_object(built)
    assert unstructured["displayName"] == "D" and "display_name" not in unstructured
