"""TLS verification: ``--insecure`` turns it off for the API and the blobs alike, and client
credentials follow the client's TLS setting."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.auth import ClientCredentials
from itwin_mesh_async.cli.demo import verify_mirror
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import (
    TransportError,
)
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from tests.cli_runner import assert_no_secrets, assert_one_error_line, cli_env, emu_env, run_cli

# --- TLS: --insecure and the token endpoint ---------------------------------------------------


@pytest.fixture
async def tls_emulator(certificate: tuple[Path, Path]) -> AsyncIterator[Emulator]:
    """The emulator speaking https on both origins, with a self-signed certificate."""
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    async with Emulator(ssl_context=context) as emu:
        yield emu


async def test_cli_insecure_turns_tls_verification_off_for_api_and_blobs(
    tls_emulator: Emulator, tmp_path: Path
) -> None:
    emu = tls_emulator
    sample = build_tileset("flat", seed=4, n=6)
    export_id = emu.add_export("m1", sample.files)
    link = emu.sas_href(export_id)
    secrets = [emu.token, link.rpartition("sig=")[2]]
    assert str(emu.base_url).startswith("https://") and link.startswith("https://")

    refused = await run_cli("download", export_id, str(tmp_path / "a"), env=emu_env(emu))
    assert refused.code == 1
    assert_one_error_line(refused, "certificate", "--insecure")
    refused_url = await run_cli("-q", "download", "--url", link, str(tmp_path / "b"))
    assert refused_url.code == 1
    assert_one_error_line(refused_url, "TLS certificate not trusted", "SSL_CERT_FILE", "--insecure")
    assert not (tmp_path / "a" / "tileset.json").exists()
    assert not (tmp_path / "b" / "tileset.json").exists()
    assert "warning" not in refused.err + refused_url.err

    # Client credentials from the environment: the token request is unverified too.
    env = cli_env(
        str(emu.base_url),
        ITWIN_CLIENT_ID=emu.client_id,
        ITWIN_CLIENT_SECRET=emu.client_secret,
        ITWIN_AUTHORITY=str(emu.base_url),
    )
    by_id = await run_cli("--insecure", "-q", "download", export_id, str(tmp_path / "c"), env=env)
    by_url = await run_cli("download", "--url", link, str(tmp_path / "d"), "--insecure")
    for result, dest in ((by_id, "c"), (by_url, "d")):
        assert result.code == 0, result.err
        assert result.err.count("warning: --insecure: TLS certificates are not verified") == 1
        assert verify_mirror(tmp_path / dest, dict(sample.files)).ok
        assert_no_secrets(result, [*secrets, emu.client_secret])
    assert emu.secret_leaks() == []


async def test_client_credentials_follow_the_clients_tls_setting(
    tls_emulator: Emulator,
    certificate: tuple[Path, Path],
) -> None:
    emu = tls_emulator
    emu.add_export("m1")
    trusting = ssl.create_default_context(cafile=str(certificate[0]))

    def credentials(**options: Any) -> ClientCredentials:
        return ClientCredentials(
            emu.client_id,
            emu.client_secret,
            token_url=emu.token_url,
            retry=RetryPolicy.no_wait(),
            **options,
        )

    async def listed(client: ITwinClient) -> int:
        return len(await client.mesh_exports.list("m1").collect())

    # Left unset, the provider is handed the client's session on each call, so the client's
    # ssl= (the opt-out, or a trusting context) covers the token requests; the provider the
    # caller passed in is not changed.
    for choice in (False, trusting):
        provider = credentials()
        async with ITwinClient(token=provider, base_url=emu.base_url, ssl=choice) as client:
            assert await listed(client) == 1
        assert provider.ssl is None and provider.session is None and provider.refreshes == 1

    # A borrowed session carries its own TLS setting: the token requests go through it.
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:
        provider = credentials()
        async with ITwinClient(token=provider, base_url=emu.base_url, session=session) as client:
            assert await listed(client) == 1
        assert provider.session is None and provider.refreshes == 1 and not session.closed

    # Set on the provider, it wins; by default the certificate is checked.
    async with ITwinClient(token=credentials(ssl=True), base_url=emu.base_url, ssl=False) as client:
        with pytest.raises(TransportError, match="TLS") as info:
            await listed(client)
    assert "/connect/token" in str(info.value) and emu.client_secret not in str(info.value)
    with pytest.raises(TransportError, match="TLS"):
        await credentials().get_token()
    assert await credentials(ssl=trusting).get_token()
