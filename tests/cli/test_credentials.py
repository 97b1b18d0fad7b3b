"""Where the CLI takes its token and base URL from, and what happens when they are wrong."""

from __future__ import annotations

import pytest

from itwin_mesh_async.cli.credentials import (
    resolve_base_url,
    resolve_credentials,
    sas_secrets,
)
from itwin_mesh_async.cli.parser import UsageError
from itwin_mesh_async.emulator import Emulator, running
from tests.cli_runner import (
    assert_no_secrets,
    assert_one_error_line,
    cli_env,
    emu_env,
    run_cli,
    secrets_of,
)

SIG = "Zm9vYmFy%2Bc2lnbmF0dXJl%3D"


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
