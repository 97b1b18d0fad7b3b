"""ITwinClient: configuration, session ownership, concurrency, and whole flows on the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing, asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async import emulator
from itwin_mesh_async.client import DEFAULT_BASE_URL, ITwinClient
from itwin_mesh_async.converter import strict_converter
from itwin_mesh_async.errors import (
    AuthenticationError,
    ExportFailedError,
    InvalidArgumentError,
    LinkExpiredError,
    NotFoundError,
    PermissionDeniedError,
)
from itwin_mesh_async.models import (
    Connection,
    ExecutionState,
    Export,
    ExportLinks,
    ExportStatus,
    Link,
    Run,
)
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from tests.helpers import serve

FILES = {
    "tileset.json": (
        b'{"asset":{"version":"1.1"},"geometricError":10,"root":{"boundingVolume":'
        b'{"box":[0,0,0,1,0,0,0,1,0,0,0,1]},"geometricError":0,"content":{"uri":"tiles/a.json"}}}'
    ),
    "tiles/a.json": (
        b'{"asset":{"version":"1.1"},"geometricError":1,"root":{"boundingVolume":'
        b'{"box":[0,0,0,1,0,0,0,1,0,0,0,1]},"geometricError":0}}'
    ),
}


@asynccontextmanager
async def emulated() -> AsyncIterator[tuple[emulator.Emulator, ITwinClient]]:
    async with (
        emulator.running(seed=7) as emu,
        ITwinClient(token=emu.token, base_url=emu.base_url, retry=RetryPolicy.no_wait()) as c,
    ):
        yield emu, c
    assert emu.secret_leaks() == []


# --- configuration ------------------------------------------------------------------------------


async def test_base_url_argument_env_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITWIN_API_URL", raising=False)
    async with ITwinClient(token="t") as c:
        assert str(c.base_url) == DEFAULT_BASE_URL
    monkeypatch.setenv("ITWIN_API_URL", "http://127.0.0.1:9/api")
    async with ITwinClient(token="t") as c:
        assert str(c.base_url) == "http://127.0.0.1:9/api"
    async with ITwinClient(token="t", base_url="https://qa-api.bentley.com") as c:
        assert str(c.base_url) == "https://qa-api.bentley.com"
    with pytest.raises(InvalidArgumentError, match="absolute http"):
        ITwinClient(token="t", base_url="ftp://example.com")


async def test_token_from_env_and_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ITWIN_ACCESS_TOKEN", "ITWIN_CLIENT_ID", "ITWIN_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(InvalidArgumentError, match="no token"):
        ITwinClient()
    async with emulator.running() as emu:
        monkeypatch.setenv("ITWIN_ACCESS_TOKEN", emu.token)
        async with ITwinClient(base_url=emu.base_url) as c:
            assert [e async for e in c.mesh_exports.list()] == []
        assert emu.token not in repr(c) and emu.token not in repr(c.transport)


async def test_wrong_token_and_forbidden_imodel_give_typed_errors() -> None:
    async with emulator.running() as emu:
        forbidden = emu.add_imodel(forbidden=True)
        async with ITwinClient(
            token="not-a-valid-token", base_url=emu.base_url, retry=RetryPolicy.no_wait()
        ) as c:
            with pytest.raises(AuthenticationError) as info:
                await c.mesh_exports.list().collect()
        assert info.value.status == 401
        assert "not-a-valid-token" not in str(info.value) + repr(info.value)
        async with ITwinClient(token=emu.token, base_url=emu.base_url) as c:
            with pytest.raises(PermissionDeniedError) as denied:
                await c.mesh_exports.list(forbidden).collect()
        assert denied.value.status == 403
        assert emu.token not in str(denied.value)


async def test_callable_token_is_asked_on_every_request() -> None:
    calls: list[int] = []
    async with emulator.running() as emu:

        async def token() -> str:
            calls.append(1)
            return emu.token

        async with ITwinClient(token=token, base_url=emu.base_url) as c:
            await c.mesh_exports.list().collect()
            await c.mesh_exports.list().collect()
    assert len(calls) == 2


async def test_borrowed_session_stays_open_owned_one_closes() -> None:
    async with emulator.running() as emu, aiohttp.ClientSession() as session:
        async with ITwinClient(token=emu.token, base_url=emu.base_url, session=session) as c:
            await c.mesh_exports.list().collect()
        assert not session.closed
        owned = ITwinClient(token=emu.token, base_url=emu.base_url)
        await owned.mesh_exports.list().collect()
        own_session = owned.transport.session
        await owned.close()
        assert own_session.closed


async def test_concurrent_calls_share_one_pool() -> None:
    active = {"now": 0, "max": 0}

    async def handler(request: web.Request) -> web.Response:
        active["now"] += 1
        active["max"] = max(active["max"], active["now"])
        if active["now"] == 20:
            all_in.set()
        await all_in.wait()  # no answer until all twenty are in flight at once
        active["now"] -= 1
        return web.json_response({"export": {"id": request.match_info["id"]}})

    all_in = asyncio.Event()
    async with (
        serve([web.get("/mesh-export/{id}", handler)]) as (base, _),
        ITwinClient(token="t", base_url=base) as c,
    ):
        gets = asyncio.gather(*(c.mesh_exports.get(f"e{i}") for i in range(20)))
        exports = await asyncio.wait_for(gets, 20.0)  # calls made one by one never get here
    assert [e.id for e in exports] == [f"e{i}" for i in range(20)]
    assert active["max"] == 20


# --- Mesh Export API on the emulator -----------------------------------------------------------


async def test_mesh_export_flow_on_the_emulator() -> None:
    async with emulated() as (emu, c):
        imodel = emu.add_imodel()
        ready = emu.add_export(imodel, FILES)
        listed = await c.mesh_exports.list(imodel, export_type="3DTiles").collect()
        assert [e.id for e in listed] == [ready]
        for export in listed:  # every field the emulator sends is mapped
            assert strict_converter.structure(export.raw, Export) == export
        got = await c.mesh_exports.get(ready)
        assert got.is_complete and got.tileset_url is not None
        assert got.tileset_url.path.endswith("/tileset.json")
        assert got.sas_expires_at is not None
        started = await c.mesh_exports.start(imodel)
        assert started.status is ExportStatus.NOT_STARTED
        done = await c.mesh_exports.wait(started.id, timeout=30, poll_interval=0.01)
        assert done.is_complete
        latest = await c.mesh_exports.latest(imodel, timeout=5, poll_interval=0.01)
        assert latest.is_complete and latest.id in {ready, started.id}
        await c.mesh_exports.delete(started.id)
        with pytest.raises(NotFoundError) as info:
            await c.mesh_exports.get(started.id)
        assert info.value.code == "ExportNotFound"


async def test_latest_waits_for_an_export_still_being_generated() -> None:
    async with emulated() as (emu, c):
        imodel = emu.add_imodel(first_export_after_lists=2)
        export = await c.mesh_exports.latest(imodel, timeout=10, poll_interval=0.01)
        assert export.is_complete


async def test_wait_on_an_invalid_export_of_the_emulator() -> None:
    async with emulated() as (emu, c):
        bad = emu.add_export(emu.add_imodel(), FILES, status="Invalid", error="Tiler failed")
        with pytest.raises(ExportFailedError, match="Tiler failed"):
            await c.mesh_exports.wait(bad, timeout=5, poll_interval=0.01)


# --- Export API on the emulator ------------------------------------------------------------------


async def test_connection_flow_on_the_emulator() -> None:
    async with emulated() as (emu, c):
        imodel = emu.add_imodel()
        conn = await c.export_connections.create(imodel_id=imodel, display_name="nightly")
        assert strict_converter.structure(conn.raw, Connection) == conn
        assert [x.id async for x in c.export_connections.list(imodel)] == [conn.id]
        assert (await c.export_connections.get(conn.id)).display_name == "nightly"
        run = await c.export_connections.create_run(conn.id)
        assert strict_converter.structure(run.raw, Run) == run
        again = await c.export_connections.create_run(conn.id)  # 303: the active run
        assert again.id == run.id
        assert [r.id async for r in c.export_connections.runs(conn.id)] == [run.id]
        fetched = await c.export_connections.get_run(conn.id, run.id)
        assert fetched.id == run.id and isinstance(fetched.state, ExecutionState | str)
        info = await c.export_connections.authorization_information("https://app.example/cb")
        assert isinstance(info.is_user_authorized, bool)


# --- tiles -------------------------------------------------------------------------------------


async def test_download_and_stream_an_export(tmp_path: Path) -> None:
    async with emulated() as (emu, c):
        export = await c.mesh_exports.get(emu.add_export(emu.add_imodel(), FILES))
        report = await c.download(export, tmp_path / "out", concurrency=4)
        assert report.ok and report.tiles == len(FILES)
        for path, data in FILES.items():
            assert (tmp_path / "out" / path).read_bytes() == data
        streamed = {t.path: t.data async for t in c.stream_tiles(export, concurrency=4)}
        assert streamed == FILES
        blob_requests = [r for r in emu.requests if r.origin == "blob"]
        assert blob_requests
        assert all(r.header("Authorization") is None for r in blob_requests)


async def test_stream_left_early_closes_cleanly() -> None:
    async with emulated() as (emu, c):
        export = await c.mesh_exports.get(emu.add_export(emu.add_imodel(), FILES))
        async with aclosing(c.stream_tiles(export, concurrency=2)) as tiles:
            async for tile in tiles:
                assert tile.path == "tileset.json"
                break


async def test_download_renews_an_expired_link_by_fetching_the_export(tmp_path: Path) -> None:
    async with emulated() as (emu, c):
        export = await c.mesh_exports.get(emu.add_export(emu.add_imodel(), FILES))
        emu.expire_sas_now()  # the link in hand now fails with 403 AuthenticationFailed
        report = await c.download(export, tmp_path / "renewed")
        assert (
            report.ok
            and (tmp_path / "renewed" / "tiles" / "a.json").read_bytes() == (FILES["tiles/a.json"])
        )
        # a plain URL has no export to renew it from
        assert export.tileset_url is not None
        with pytest.raises(LinkExpiredError, match="no export to renew it from") as info:
            await c.download(str(export.tileset_url), tmp_path / "plain")
        assert "sig=" not in str(info.value) or "sig=REDACTED" in str(info.value)
        assert not (tmp_path / "plain" / "tiles").exists()


async def test_download_from_a_plain_container_url(tmp_path: Path) -> None:
    async with emulated() as (emu, c):
        export_id = emu.add_export(emu.add_imodel(), FILES)
        report = await c.download(emu.sas_href(export_id), tmp_path / "x", mode="list")
        assert report.ok
        assert (tmp_path / "x" / "tileset.json").read_bytes() == FILES["tileset.json"]


async def test_tileset_target_forms_and_refusals() -> None:
    async with ITwinClient(token="t", base_url="http://127.0.0.1:9") as c:
        href = "https://acct.blob.core.windows.net/c1?sv=1&sig=a%2Bb%2F%3D"
        url, renew = c.tileset_target(href)
        assert str(url) == "https://acct.blob.core.windows.net/c1/tileset.json?sv=1&sig=a%2Bb%2F%3D"
        assert renew is None
        same, _ = c.tileset_target(URL(str(url), encoded=True))
        assert str(same) == str(url)
        export = Export(id="e1", status=ExportStatus.COMPLETE, links=ExportLinks(Link(href)))
        from_export, renew = c.tileset_target(export)
        assert from_export == url and renew is not None
        with pytest.raises(InvalidArgumentError, match="has no mesh link") as info:
            c.tileset_target(Export(id="e2", status="InProgress"))
        assert "InProgress" in str(info.value)
        with pytest.raises(InvalidArgumentError, match="http"):
            c.tileset_target("file:///etc/passwd?x=1")
        with pytest.raises(InvalidArgumentError, match="expected an Export"):
            c.tileset_target(42)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="mode"):
            await c.download(href, "unused", mode="zip")  # type: ignore[arg-type]


async def test_stream_tiles_tells_which_files_failed(emulator: emulator.Emulator) -> None:
    sample = build_tileset("with-missing", seed=3)
    assert sample.missing
    export_id = emulator.add_export(imodel_id="imodel-1", files=sample.files)
    async with ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        stream = client.stream_tiles(export, concurrency=4)
        got = {tile.path: tile.data async for tile in stream}
    assert got == {p: sample.files[p] for p in sample.reachable - sample.missing}
    assert sorted(f.path for f in stream.report.failed) == sorted(sample.missing)
    assert all("404" in f.reason for f in stream.report.failed)


async def test_tile_options_are_typed_keywords(tmp_path: Path) -> None:
    async with ITwinClient(token="t" * 20, base_url="http://127.0.0.1:9") as client:
        options: dict[str, object] = {"concurency": 4}
        with pytest.raises(TypeError, match=r"ITwinClient\.download\(\) got an unexpected"):
            await client.download("http://127.0.0.1:9/c?sig=x", tmp_path / "d", **options)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"ITwinClient\.stream_tiles\(\) got an unexpected"):
            client.stream_tiles("http://127.0.0.1:9/c?sig=x", **options)  # type: ignore[arg-type]
    assert not (tmp_path / "d").exists()


async def test_token_providers_are_handed_the_clients_session_not_changed() -> None:
    from itwin_mesh_async.auth import ClientCredentials

    async with emulator.running() as emu:
        provider = ClientCredentials(emu.client_id, emu.client_secret, token_url=emu.token_url)
        async with ITwinClient(token=provider, base_url=emu.base_url) as client:
            assert await client.transport.get_token() == await provider.get_token()
        assert provider.session is None and provider.ssl is None
        with pytest.deprecated_call(match="get_token_using"):
            provider.inherit_tls(ssl=False, session=None)
        assert provider.ssl is False
