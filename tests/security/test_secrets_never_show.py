"""Secrets (tokens, the client secret, SAS signatures) never show: not in any output of a verbose
CLI run, not in any log record of a library run at DEBUG, not in exception messages or reprs,
not in file names; and each goes only where it belongs (the emulator's request log).

The runs go through faults, a link renewal and failures on purpose, so that the retry, renewal
and error paths, where secrets tend to slip into messages, all speak.
"""

from __future__ import annotations

import json
import logging
import os
import ssl
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import parse_qsl, unquote

import pytest
from aiohttp import web

import itwin_mesh_async as imx
from itwin_mesh_async.auth import ClientCredentials, StaticToken
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import DownloadError, ITwinError, TileError, TransportError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.sas import parse_sas
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.renewal import RenewingLink
from itwin_mesh_async.urls import tileset_url_from_href
from tests.cli_runner import cli_env, run_cli
from tests.helpers import serve_app


def handed_out(emulator: Emulator) -> set[str]:
    """Every secret in play: tokens issued, the client secret, each signature sent to the
    container (raw and percent-decoded), whatever renewals minted."""
    found = {emulator.client_secret, *emulator.state.tokens}
    for record in emulator.requests:
        query = record.path_qs.partition("?")[2]
        for part in query.split("&"):
            key, _, value = part.partition("=")
            if key == "sig" and value:
                found |= {value, unquote(value)}
        found |= {v for k, v in parse_qsl(query) if k == "sig"}
    return {s for s in found if len(s) >= 8}


def assert_clean(texts: Iterable[str], secrets: set[str]) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text, "a secret leaked"
        # A signature may only ever be shown redacted.
        for chunk in text.split("sig=")[1:]:
            assert chunk.startswith("REDACTED"), "an unredacted sig= leaked"


def names_under(folder: Path) -> list[str]:
    return [name for _base, dirs, files in os.walk(folder) for name in dirs + files]


def busy_emulator(emulator: Emulator) -> str:
    """An export and a fault mix on both origins, with the link expiring mid-download."""
    export_id = emulator.add_export("m1", build_tileset("external", seed=5).files)
    faults = emulator.faults
    faults.retry_after = 0
    faults.reset = faults.truncate = faults.server_error = faults.rate_limit = 0.07
    faults.expire_sas_after = 12
    return export_id


async def test_verbose_cli_download_shows_no_secret(emulator: Emulator, tmp_path: Path) -> None:
    export_id = busy_emulator(emulator)
    env = cli_env(
        str(emulator.base_url),
        ITWIN_CLIENT_ID=emulator.client_id,
        ITWIN_CLIENT_SECRET=emulator.client_secret,
        ITWIN_AUTHORITY=str(emulator.base_url),
    )
    dest = tmp_path / "out"
    result = await run_cli("-vv", "--json", "download", export_id, str(dest), env=env)
    assert result.code == 0, result.err
    assert "renewed the link" in result.err  # the verbose log did speak
    # A failing run too: the renewed link expires and there is no export to renew it from.
    url = emulator.sas_href(export_id)
    emulator.faults.expire_sas_after = 3
    failed = await run_cli(
        "-vv", "--json", "download", str(tmp_path / "bare"), "--url", url, env=env
    )
    assert failed.code == 1 and "expired" in failed.err
    secrets = handed_out(emulator)
    assert emulator.state.tokens_issued >= 1 and len(secrets) >= 4
    assert_clean([result.out, result.err, failed.out, failed.err], secrets)
    assert_clean(names_under(tmp_path), secrets)
    assert not any("?" in name or "sig" in name for name in names_under(tmp_path))
    assert emulator.secret_leaks() == []


async def test_library_logs_errors_and_reprs_show_no_secret(
    emulator: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, aiohttp's included
    caplog.set_level(logging.DEBUG, logger="itwin_mesh_async")  # whatever another test set
    export_id = busy_emulator(emulator)
    provider = ClientCredentials(
        emulator.client_id, emulator.client_secret, token_url=emulator.token_url
    )
    texts: list[str] = [repr(provider), repr(StaticToken(emulator.token))]
    policy = RetryPolicy.no_wait(max_attempts=12)
    async with imx.ITwinClient(provider, base_url=str(emulator.base_url), retry=policy) as c:
        export = await c.mesh_exports.get(export_id)
        report = await c.download(export, tmp_path / "out", concurrency=4, retry=policy)
        assert report.ok, report.failed
        tiles = [tile async for tile in c.stream_tiles(export, retry=policy)]
        texts += [repr(c), repr(c.transport), repr(export), repr(export.links), str(export)]
        texts += [repr(report), str(report.to_dict()), *map(repr, tiles[:3])]
        errors: list[BaseException] = []
        emulator.faults.clear()
        with pytest.raises(ITwinError) as missing:
            await c.mesh_exports.get("no-such-export")
        errors.append(missing.value)
    href = emulator.sas_href(export_id)
    texts += [
        repr(parse_sas(href.partition("?")[2])),
        repr(RenewingLink(tileset_url_from_href(href))),
    ]
    async with imx.ITwinClient("wrong-token-" + "x" * 20, base_url=str(emulator.base_url)) as bad:
        with pytest.raises(ITwinError) as refused:
            await bad.mesh_exports.get(export_id)
        errors.append(refused.value)
    emulator.expire_sas_now()
    with pytest.raises(ITwinError) as expired:
        await TileWalker(retry=policy).download(href, tmp_path / "bare")
    errors.append(expired.value)
    errors.append(TileError("x", url=href))
    for exc in errors:
        texts += [str(exc), repr(exc), repr(getattr(exc, "report", None))]
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.args) for record in caplog.records]
    texts.append(caplog.text)
    assert any("retrying" in t for t in texts) and any("renewed the link" in t for t in texts)
    assert_clean(texts, handed_out(emulator) | {"wrong-token-" + "x" * 20})
    assert_clean(names_under(tmp_path), handed_out(emulator))
    assert emulator.secret_leaks() == []


# --- TLS ------------------------------------------------------------------------------------


async def test_tls_is_verified_unless_turned_off_explicitly(
    certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    cert, key = certificate
    files = {"tileset.json": json.dumps(
        {"asset": {"version": "1.1"}, "geometricError": 0,
         "root": {"boundingVolume": {"sphere": [0, 0, 0, 1]}, "geometricError": 0}}
    ).encode()}  # fmt: skip
    seen: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(request.path)
        name = request.path.removeprefix("/c/")
        return web.Response(body=files[name]) if name in files else web.json_response({})

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))
    async with serve_app(app, ssl_context=server_context) as origin:
        url = f"{origin}/c/tileset.json?sig=tls%2Bsecret"
        with pytest.raises(DownloadError, match="TLS certificate not trusted") as info:
            await TileWalker(retry=RetryPolicy.no_wait()).download(url, tmp_path / "a")
        assert "ssl=False" in str(info.value) and "tls%2Bsecret" not in str(info.value)
        assert seen == []  # no request got through, and none was tried again
        assert not (tmp_path / "a" / "tileset.json").exists()
        async with imx.ITwinClient("t" * 20, base_url=origin, retry=RetryPolicy.no_wait()) as c:
            with pytest.raises(TransportError, match="TLS"):
                await c.transport.request("GET", "/x")
            with pytest.raises(DownloadError, match="TLS certificate not trusted"):
                await c.download(url, tmp_path / "b")
        assert seen == []

        for choice in (False, trusting):  # the explicit opt-out, and a context trusting the CA
            report = await TileWalker(ssl=choice).download(url, tmp_path / f"ok-{choice}")
            assert report.ok and report.tiles == 1
            async with imx.ITwinClient("t" * 20, base_url=origin, ssl=choice) as c:
                assert (await c.transport.request("GET", "/x")).status == 200
                assert (await c.download(url, tmp_path / f"c-{choice}")).ok
