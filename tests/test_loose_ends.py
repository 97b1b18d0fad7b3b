"""Loose ends: ``--insecure``, the TLS setting of client credentials, serving folders whose root
tileset has another name, endless empty pages, and ``timeout=`` as a total deadline."""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import signal
import ssl
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from helpers import client_for, serve
from test_cli import assert_no_secrets, assert_one_error_line, cli_env, emu_env, run_cli
from test_secrets import certificate  # noqa: F401 - the self-signed certificate fixture
from yarl import URL

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.auth import ClientCredentials
from itwin_mesh_async.cli.demo import verify_mirror
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.emulator.server import root_tileset_name, tileset_directories
from itwin_mesh_async.emulator.tilesets import build_tileset, write_tileset
from itwin_mesh_async.errors import (
    TileFormatError,
    TransportError,
    UnexpectedResponseError,
    WaitTimeoutError,
)
from itwin_mesh_async.paging import MAX_EMPTY_PAGES
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.listing import ListingScope, list_blobs

GUARD = 20.0  # seconds: only a hang reaches it


def tileset_json(**extra: Any) -> bytes:
    body = {
        "asset": {"version": "1.1"},
        "geometricError": 1,
        "root": {"boundingVolume": {"sphere": [0, 0, 0, 1]}, "geometricError": 0},
    }
    return json.dumps({**body, **extra}).encode()


# --- TLS: --insecure and the token endpoint ---------------------------------------------------


@pytest.fixture
async def tls_emulator(certificate: tuple[Path, Path]) -> AsyncIterator[Emulator]:  # noqa: F811
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
    assert_one_error_line(refused_url, "TLS certificate not trusted", "--insecure")
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
    certificate: tuple[Path, Path],  # noqa: F811
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


# --- serving folders ----------------------------------------------------------------------


def test_root_tileset_name_finds_a_root_under_another_name(tmp_path: Path) -> None:
    def folder(name: str, files: dict[str, bytes]) -> Path:
        path = tmp_path / name
        path.mkdir()
        for file_name, data in files.items():
            (path / file_name).write_bytes(data)
        return path

    plain = folder("plain", {"tileset.json": b"{}", "other.json": tileset_json()})
    versioned = folder(
        "versioned",
        {
            "tileset_1.1.json": tileset_json(),
            "meta.json": b"[1]",
            "broken.json": b"{",
            "deep.json": b"[" * 100_000,
        },
    )
    linked = folder(
        "linked",
        {
            "external.json": tileset_json(),
            "root.json": tileset_json(
                root={
                    "children": [{"content": {"uri": "./external.json?v=1"}}],
                    "geometricError": 1,
                }
            ),
        },
    )
    two = folder("two", {"a.json": tileset_json(), "b.json": tileset_json()})
    none = folder("none", {"notes.json": b'{"asset": {}}', "x.glb": b"glTF"})
    assert root_tileset_name(plain) == "tileset.json"
    assert root_tileset_name(versioned) == "tileset_1.1.json"
    assert root_tileset_name(linked) == "root.json"
    assert root_tileset_name(two) is None and root_tileset_name(none) is None
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "tileset.json").write_bytes(b"{}")
    assert tileset_directories(tmp_path) == [linked, plain, versioned]
    assert tileset_directories(versioned) == [versioned]
    with pytest.raises(FileNotFoundError, match=r"no tileset\.json"):
        tileset_directories(two)
    with pytest.raises(FileNotFoundError, match="no such folder"):
        tileset_directories(tmp_path / "nope")
    with pytest.raises(NotADirectoryError):
        tileset_directories(plain / "tileset.json")


async def test_a_served_folder_with_another_root_name_downloads_by_its_url(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", seed=2, n=5)
    files = {("root.json" if p == "tileset.json" else p): b for p, b in sample.files.items()}
    write_tileset(files.items(), tmp_path / "src")
    export_id = emulator.load_directory(tmp_path / "src", "m1")
    report = await TileWalker().download(
        emulator.sas_href(export_id, "root.json"), tmp_path / "out"
    )
    assert report.ok and report.tiles == len(files)
    assert verify_mirror(tmp_path / "out", files).ok


async def _serve_banner(*args: str) -> tuple[asyncio.subprocess.Process, str]:
    """Start ``itwin-mesh serve ARGS``; returns the process and its banner."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "itwin_mesh_async", "serve", "--port", "0", *args,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=cli_env(),
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    banner = ""
    while "Ctrl-C stops the emulator." not in banner:
        line = await asyncio.wait_for(proc.stdout.readline(), GUARD)
        assert line, banner
        banner += line.decode()
    return proc, banner


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
async def test_serve_a_folder_of_samples_prints_a_working_command_for_each(tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    plain, other = build_tileset("flat", seed=5, n=4), build_tileset("flat", seed=6, n=3)
    write_tileset(plain, samples / "plain")
    renamed = {
        ("tileset_1.1.json" if p == "tileset.json" else p): b for p, b in other.files.items()
    }
    write_tileset(renamed.items(), samples / "renamed")
    (samples / "junk").mkdir()
    (samples / "junk" / "notes.json").write_text("{}")

    proc, banner = await _serve_banner("--data", str(samples))
    try:
        commands = re.findall(r"^  (itwin-mesh download .*\./tiles-(\S+))$", banner, re.MULTILINE)
        assert [name for _, name in commands] == ["plain", "renamed"], banner
        assert "--url" in commands[1][0] and "tileset_1.1.json?" in commands[1][0]
        api = re.search(r"emulator API:\s+(\S+)", banner)
        token = re.search(r"access token:\s+(\S+)", banner)
        assert api is not None and token is not None, banner
        env = cli_env(api.group(1), token.group(1))
        for (command, name), expected in zip(commands, (plain.files, renamed), strict=True):
            result = await run_cli("-q", *shlex.split(command)[1:], env=env, cwd=tmp_path)
            assert result.code == 0, result.err
            assert verify_mirror(tmp_path / f"tiles-{name}", dict(expected)).ok
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), GUARD)
    assert proc.returncode == 0
    assert re.search(r"not serving \S*junk: no tileset\.json", err.decode()), err


# --- endless empty pages ------------------------------------------------------------------


async def test_paging_stops_when_empty_pages_keep_linking_to_new_ones() -> None:
    async def endless(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "0"))
        # Items only on pages 2 and 6: fewer empty pages in a row than the limit is fine.
        items = [{"id": f"e{page}", "status": "Complete"}] if page in (2, 6) else []
        nxt = str(request.url.with_query({"page": str(page + 1), "sig": "page-secret"}))
        links = {"next": {"href": nxt}} if page < 100 else {}  # ends, should the guard not
        return web.json_response({"exports": items, "_links": links})

    async with serve([web.get("/{tail:.*}", endless)]) as (base, seen), client_for(base) as client:
        found: list[str] = []
        with pytest.raises(UnexpectedResponseError, match="empty pages in a row") as info:
            async for export in client.mesh_exports.list("m1"):
                found.append(export.id)
    assert found == ["e2", "e6"]
    assert len(seen) == 7 + MAX_EMPTY_PAGES  # pages 0..6, then the empty ones up to the limit
    assert "page-secret" not in str(info.value)


async def test_listing_stops_when_empty_pages_keep_carrying_new_markers() -> None:
    calls: list[URL] = []

    async def get(url: URL) -> bytes:
        calls.append(url)
        marker = f"m{len(calls)}"
        return (
            f'<?xml version="1.0"?><EnumerationResults><Blobs/>'
            f"<NextMarker>{marker}</NextMarker></EnumerationResults>"
        ).encode()

    scope = ListingScope(URL("http://h/c"), "")
    with pytest.raises(TileFormatError, match="3 empty pages in a row"):
        async for _ in list_blobs(get, scope, max_empty_pages=3):
            pass
    assert len(calls) == 3


# --- timeout= is a total deadline ---------------------------------------------------------


async def test_wait_and_latest_give_up_at_the_deadline_even_while_a_request_hangs() -> None:
    release = asyncio.Event()

    async def hanging(request: web.Request) -> web.Response:
        if "page" in request.query or request.path != "/mesh-export/":
            await release.wait()  # a service that never answers (until the test ends)
        # The first list page answers at once, with an export still in progress.
        nxt = str(request.url.with_query({"page": "1"}))
        return web.json_response(
            {"exports": [{"id": "p", "status": "InProgress"}], "_links": {"next": {"href": nxt}}}
        )

    async with serve([web.get("/{tail:.*}", hanging)]) as (base, seen), client_for(base) as client:
        try:
            waited, latest = await asyncio.wait_for(asyncio.gather(
                client.mesh_exports.wait("e1", timeout=0.2, poll_interval=0.05),
                client.mesh_exports.latest("m1", timeout=0.2, poll_interval=0.05),
                return_exceptions=True,
            ), GUARD)  # fmt: skip
        finally:
            release.set()
    assert isinstance(waited, WaitTimeoutError), waited
    assert "export e1: no answer from the service within 0.2s" in str(waited)
    assert isinstance(latest, WaitTimeoutError), latest
    assert "listing the exports of iModel m1" in str(latest)
    assert any("page=1" in path for _, path, _, _ in seen)  # it was the second page that hung
