"""The ``view`` web server over a mirror: page, tileset alias, CORS, and paths that must not
leave the served folder (raw requests, so that no client normalises them first)."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset, write_tileset
from itwin_mesh_async.view import MirrorSource, ViewServer
from itwin_mesh_async.view.assets import ASSET_PREFIX, content_type
from itwin_mesh_async.view.server import request_path

SECRET = b"outside-secret\n"


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    """A mirror with a gzip-stored tile, the tool's state folder, and a secret next to it."""
    dest = tmp_path / "mirror"
    write_tileset(build_tileset("flat", seed=3), dest)
    (dest / ".itwin-mesh").mkdir()
    (dest / ".itwin-mesh" / "source").write_text("https://host/container\n")
    (dest / "packed.json").write_bytes(gzip.compress(b'{"packed": true}'))
    (tmp_path / "secret.txt").write_bytes(SECRET)
    return dest


@pytest.fixture
async def server(mirror: Path) -> AsyncIterator[ViewServer]:
    async with ViewServer(MirrorSource(mirror, "tileset.json")) as srv:
        yield srv


async def raw_get(server: ViewServer, raw_path: str, method: str = "GET") -> tuple[int, bytes]:
    """Send ``raw_path`` byte-exact (no client-side normalisation); (status, body)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    try:
        writer.write(
            f"{method} {raw_path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        )
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), 10)
    finally:
        writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


async def test_page_tileset_and_files_with_cors(server: ViewServer, mirror: Path) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(server.url) as page:
            assert page.status == 200
            assert page.headers["Content-Type"].startswith("text/html")
            html = await page.text()
        assert ".itwin-mesh/view/viewer.js" in html
        async with http.get(server.url / ".itwin-mesh" / "view" / "viewer.js") as script:
            assert script.status == 200
            assert script.headers["Content-Type"].startswith("text/javascript")
            assert len(await script.read()) > 100_000
        async with http.get(server.tileset_url, headers={"Origin": "https://viewer.example"}) as r:
            assert r.status == 200
            assert r.headers["Access-Control-Allow-Origin"] == "*"
            assert r.headers["Content-Type"] == "application/json"
            assert await r.read() == (mirror / "tileset.json").read_bytes()
        info_url = server.url.with_path(ASSET_PREFIX + "info.json")
        async with http.get(info_url) as r:
            assert await r.json() == {"name": "mirror", "mode": "mirror", "tileset": "tileset.json"}
        tile = mirror / "tiles" / "0.glb"
        rel = "tiles/0.glb"
        async with http.get(server.url.with_path("/" + rel)) as r:
            assert r.status == 200
            assert r.headers["Content-Type"] == "model/gltf-binary"
            assert await r.read() == tile.read_bytes()
        async with http.head(server.url.with_path("/" + rel)) as r:
            assert r.status == 200
            assert int(r.headers["Content-Length"]) == tile.stat().st_size


async def test_gzip_stored_file_is_served_as_stored_with_its_encoding(server: ViewServer) -> None:
    async with aiohttp.ClientSession() as http, http.get(server.url / "packed.json") as r:
        assert r.headers["Content-Encoding"] == "gzip"
        assert json.loads(await r.read()) == {"packed": True}  # the client decompressed it


async def test_preflight_allows_any_origin_and_private_network(server: ViewServer) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.options(
            server.tileset_url,
            headers={
                "Origin": "https://sandcastle.example",
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "x-custom",
                "Access-Control-Request-Private-Network": "true",
            },
        ) as r,
    ):
        assert r.status == 204
        assert r.headers["Access-Control-Allow-Origin"] == "*"
        assert "GET" in r.headers["Access-Control-Allow-Methods"]
        assert r.headers["Access-Control-Allow-Headers"] == "x-custom"
        assert r.headers["Access-Control-Allow-Private-Network"] == "true"


@pytest.mark.parametrize(
    "raw",
    [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/tiles/../../secret.txt",
        "/tiles/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/%2e%2e%2fsecret.txt",
        "//..//secret.txt",
        "/.%2e/secret.txt",
        "/tileset.json%00",
    ],
)
async def test_paths_that_leave_dest_are_refused(server: ViewServer, raw: str) -> None:
    status, body = await raw_get(server, raw)
    assert status in (400, 404), (raw, status)
    assert SECRET.strip() not in body


@pytest.mark.parametrize(
    "raw", ["/.itwin-mesh/source", "/.ITWIN-MESH/source", "/%2eitwin-mesh/source"]
)
async def test_the_state_folder_is_not_served(server: ViewServer, raw: str) -> None:
    status, body = await raw_get(server, raw)
    assert status == 404
    assert b"https://host/container" not in body


async def test_a_symlink_out_of_dest_is_not_followed(server: ViewServer, mirror: Path) -> None:
    assert (await raw_get(server, "/tiles/0.glb"))[0] == 200  # what is inside is served
    os.symlink(mirror.parent / "secret.txt", mirror / "link.txt")
    os.symlink(mirror.parent, mirror / "up")
    for raw in ("/link.txt", "/up/secret.txt"):
        status, body = await raw_get(server, raw)
        assert status == 404
        assert SECRET.strip() not in body


async def test_missing_files_folders_and_other_methods(server: ViewServer) -> None:
    assert (await raw_get(server, "/nope.glb"))[0] == 404
    assert (await raw_get(server, "/tiles"))[0] == 404  # a folder is not a file
    assert (await raw_get(server, "/tileset.json", method="DELETE"))[0] == 405
    assert (await raw_get(server, ASSET_PREFIX + "../../tileset.json"))[0] == 404
    assert (await raw_get(server, ASSET_PREFIX + "nope.js"))[0] == 404


def test_request_path_uses_the_downloaders_rule() -> None:
    assert request_path("/models/A%20B/t.glb?x=1") == "models/A B/t.glb"
    assert request_path("//models/t.glb") == "models/t.glb"  # a root-level join of some viewers
    assert content_type("a/b.B3DM") == "application/octet-stream"
    assert content_type("x.glb") == "model/gltf-binary"


async def test_emulator_blob_host_answers_cors(emulator: Emulator) -> None:
    export_id = emulator.add_export(files={"tileset.json": b'{"asset": {}}'})
    url = emulator.sas_href(export_id, "tileset.json")
    origin = {"Origin": "http://127.0.0.1:9"}
    async with aiohttp.ClientSession() as http:
        preflight = {
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "x-a",
        }
        async with http.options(url, headers=origin | preflight) as r:
            assert r.status == 200
            assert r.headers["Access-Control-Allow-Origin"] == "*"
            assert r.headers["Access-Control-Allow-Headers"] == "x-a"
        async with http.get(url, headers=origin) as r:
            assert r.status == 200
            assert r.headers["Access-Control-Allow-Origin"] == "*"
        emulator.faults.force("rate_limit", scope="blob")
        async with http.get(url, headers=origin) as r:  # an injected fault is readable too
            assert r.status == 503
            assert r.headers["Access-Control-Allow-Origin"] == "*"
        async with http.options(url) as r:  # not a preflight: Azure's answer to the verb
            assert r.status == 405
