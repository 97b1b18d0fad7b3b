"""Live mode: a local tile server fetching from the emulator's container on request, with the
downloader's SAS signing, renewal, verification and mirror writes (no browser here)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from yarl import URL

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.container import ContainerLink
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles.mirror import STATE_DIR
from itwin_mesh_async.view.live import serve_live
from itwin_mesh_async.view.server import ViewServer
from tests.helpers import mirror_files
from tests.view.test_serving_a_mirror import raw_get

FILES = build_tileset("flat", seed=5).files


def blob_gets(emu: Emulator, path: str) -> int:
    """How many times the container was asked for ``path`` (any query)."""
    return sum(
        1
        for r in emu.requests
        if r.origin == "blob" and r.method == "GET" and r.path_qs.split("?")[0].endswith("/" + path)
    )


def export_gets(emu: Emulator, export_id: str) -> int:
    return sum(1 for r in emu.requests if r.origin == "api" and r.path_qs.endswith(export_id))


@contextlib.asynccontextmanager
async def live(emu: Emulator, export_id: str, cache: Path) -> AsyncIterator[URL]:
    async with ITwinClient(token=emu.token, base_url=emu.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        async with client.serve_tiles(export, cache=cache) as url:
            yield url


async def fetch(http: aiohttp.ClientSession, url: URL) -> tuple[int, bytes]:
    async with http.get(url) as r:
        return r.status, await r.read()


async def test_files_are_fetched_once_verified_and_cached_in_the_mirror_layout(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES, display_name="Bridge")
    cache = tmp_path / "cache"
    async with live(emulator, export_id, cache) as url, aiohttp.ClientSession() as http:
        assert url.path == "/tileset.json"
        status, body = await fetch(http, url)
        assert (status, body) == (200, FILES["tileset.json"])
        tile = url.parent / "tiles" / "3.glb"
        # Concurrent requests for one file: one fetch from the container.
        answers = await asyncio.gather(*(fetch(http, tile) for _ in range(8)))
        assert answers == [(200, FILES["tiles/3.glb"])] * 8
        assert blob_gets(emulator, "tiles/3.glb") == 1
        # Asked again later: from the cache.
        assert await fetch(http, tile) == (200, FILES["tiles/3.glb"])
        assert blob_gets(emulator, "tiles/3.glb") == 1
        async with http.get(url.parent / ".itwin-mesh" / "view" / "info.json") as r:
            info = await r.json()
        assert info["name"] == "Bridge"
        assert info["mode"] == "live"
        assert info["cache_hits"] >= 1
    assert mirror_files(cache) == {k: FILES[k] for k in ("tileset.json", "tiles/3.glb")}
    state = cache / STATE_DIR  # no temporary file left behind
    assert not state.exists() or not any(
        p.name == "tmp" and any(p.iterdir()) for p in state.iterdir()
    )
    assert emulator.secret_leaks() == []


async def test_an_expired_link_is_renewed_by_fetching_the_export_again(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    async with live(emulator, export_id, tmp_path / "c") as url, aiohttp.ClientSession() as http:
        assert (await fetch(http, url))[0] == 200
        before = export_gets(emulator, export_id)
        emulator.expire_sas_now()
        assert await fetch(http, url.parent / "tiles" / "1.glb") == (200, FILES["tiles/1.glb"])
        assert export_gets(emulator, export_id) == before + 1
        assert await fetch(http, url.parent / "tiles" / "2.glb") == (200, FILES["tiles/2.glb"])
        assert export_gets(emulator, export_id) == before + 1  # renewed once


async def test_a_bare_url_that_expires_says_it_cannot_be_renewed(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=FILES)
    link = ContainerLink.from_target(emulator.sas_href(export_id, "tileset.json"))
    notices: list[str] = []
    cache = tmp_path / "c"
    async with (
        serve_live(link, None, cache=cache, on_notice=notices.append) as server,
        aiohttp.ClientSession() as http,
    ):
        assert (await fetch(http, server.tileset_url))[0] == 200
        emulator.expire_sas_now()
        status, body = await fetch(http, server.url / "tiles" / "1.glb")
        assert status == 410
        assert b"cannot be renewed" in body
        assert b"sig=" not in body
        async with http.get(server.url / ".itwin-mesh" / "view" / "info.json") as r:
            assert "cannot be renewed" in (await r.json())["notice"]
        assert (await fetch(http, server.tileset_url))[0] == 200  # cached files still served
    assert len(notices) == 1
    assert "sig=" not in notices[0]
    assert not (cache / "tiles" / "1.glb").exists()


async def test_bad_bodies_and_missing_files_are_not_cached(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = dict(FILES) | {"tiles/bad.glb": b"not a glb at all, just text"}
    export_id = emulator.add_export(files=files)
    cache = tmp_path / "c"
    async with live(emulator, export_id, cache) as url, aiohttp.ClientSession() as http:
        status, body = await fetch(http, url.parent / "tiles" / "bad.glb")
        assert status == 502
        assert b"verification" in body
        assert blob_gets(emulator, "tiles/bad.glb") == 2  # fetched once more, as downloads do
        assert (await fetch(http, url.parent / "tiles" / "nope.glb"))[0] == 404
    assert not (cache / "tiles" / "bad.glb").exists()
    assert not (cache / "tiles" / "nope.glb").exists()


@pytest.mark.parametrize(
    "raw",
    [
        "/../other/tileset.json",
        "/%2e%2e/other/tileset.json",
        "/tiles/%2E%2E/%2e%2e/x",
        "/..%2fother%2ftileset.json",
        "/.itwin-mesh/source",
    ],
)
async def test_paths_that_leave_the_container_never_reach_it(
    emulator: Emulator, tmp_path: Path, raw: str
) -> None:
    export_id = emulator.add_export(files=FILES)
    async with ITwinClient(token=emulator.token, base_url=emulator.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        link, renew = client.container_target(export)
        async with serve_live(link, renew, cache=tmp_path / "c") as server:
            assert isinstance(server, ViewServer)
            before = len(emulator.requests)
            status, _body = await raw_get(server, raw)
            assert status in (400, 404)
            assert emulator.requests[before:] == []


async def test_a_partial_cache_is_completed_by_download(emulator: Emulator, tmp_path: Path) -> None:
    export_id = emulator.add_export(files=FILES)
    cache = tmp_path / "mirror"
    async with live(emulator, export_id, cache) as url, aiohttp.ClientSession() as http:
        for rel in ("tileset.json", "tiles/0.glb", "tiles/1.glb"):
            assert (await fetch(http, url.parent / rel))[0] == 200
    async with ITwinClient(token=emulator.token, base_url=emulator.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        report = await client.download(export, cache)
    assert report.failed == []
    assert mirror_files(cache) == FILES
    assert blob_gets(emulator, "tiles/0.glb") == 1  # kept, not fetched again
