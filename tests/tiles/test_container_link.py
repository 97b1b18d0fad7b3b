"""ContainerLink: the one owner of the SAS (root, raw query, expiry, signing, renewal)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.container import ContainerLink
from itwin_mesh_async.errors import DownloadError, InvalidArgumentError, TileError
from itwin_mesh_async.models import Export, ExportLinks, Link
from itwin_mesh_async.tiles import TileWalker
from tests.helpers import serve

# Empty pairs and escapes: all of it must reach the server exactly as received.
SAS = "sv=1&&se=2030-01-01T00%3A00%3A00Z&sig=a%2Bb%2F%3D&"
HREF = f"https://acct.blob.core.windows.net/c1/export-7?{SAS}"


def test_built_from_the_href_with_the_sas_byte_exact() -> None:
    link = ContainerLink.from_href(HREF)
    assert (
        str(link.tileset_url)
        == f"https://acct.blob.core.windows.net/c1/export-7/tileset.json?{SAS}"
    )
    assert str(link.root) == "https://acct.blob.core.windows.net/c1/export-7/"
    assert str(link.tileset) == "https://acct.blob.core.windows.net/c1/export-7/tileset.json"
    assert link.query == SAS
    assert link.expires_at == datetime(2030, 1, 1, tzinfo=UTC)
    assert ContainerLink.from_href("https://h/c/t.json").expires_at is None
    # The signature never shows.
    assert "a%2Bb" not in repr(link) and "REDACTED" in repr(link)


def test_export_properties_use_the_link() -> None:
    export = Export(id="e1", links=ExportLinks(mesh=Link(HREF)))
    assert export.container_link == ContainerLink.from_href(HREF)
    assert export.tileset_url == ContainerLink.from_href(HREF).tileset_url
    assert export.sas_expires_at == datetime(2030, 1, 1, tzinfo=UTC)
    bare = Export(id="e2")
    assert bare.container_link is None and bare.tileset_url is None and bare.sas_expires_at is None


def test_sign_adds_the_sas_as_received() -> None:
    link = ContainerLink.from_href(HREF)
    root = str(link.root)
    # Plain reference (the fast path) and one with an escape (the general path): same rule.
    for path in ("t/0/1.glb", "t/a%20b.glb", "./x/../y.b3dm"):
        url = URL(root + path, encoded=True)
        assert str(link.sign(url)) == f"{url}?{SAS}"
    # A URL's own parameters stay first and win over the SAS's.
    own = link.sign(URL(f"{root}a.glb?v=2&sv=9", encoded=True))
    assert str(own) == f"{root}a.glb?v=2&sv=9&se=2030-01-01T00%3A00%3A00Z&sig=a%2Bb%2F%3D"


@pytest.mark.parametrize(
    "other",
    [
        "https://evil.example/c1/export-7/a.glb",
        "http://acct.blob.core.windows.net/c1/export-7/a.glb",
        "https://acct.blob.core.windows.net:8443/c1/export-7/a.glb",
    ],
)
def test_sign_refuses_another_origin(other: str) -> None:
    link = ContainerLink.from_href(HREF)
    with pytest.raises(TileError, match="refusing to send the SAS to another host") as info:
        link.sign(URL(other, encoded=True))
    assert "sig" not in str(info.value)


def test_renewed_takes_a_fresh_sas_of_the_same_container_only() -> None:
    link = ContainerLink.from_href(HREF)
    fresh = link.renewed("https://acct.blob.core.windows.net/c1/export-7?sv=2&sig=new")
    assert fresh.query == "sv=2&sig=new" and fresh.root == link.root
    assert link.query == SAS  # frozen: the old link is unchanged
    assert link.renewed(fresh) is fresh
    with pytest.raises(DownloadError, match="another container"):
        link.renewed("https://acct.blob.core.windows.net/c2/export-7?sv=2&sig=new")


def test_from_target_refuses_what_is_not_an_http_url() -> None:
    for bad in ("ftp://h/c?x=1", "/c/tileset.json", "http://h:99999/c"):
        with pytest.raises(InvalidArgumentError, match="not an absolute http"):
            ContainerLink.from_target(bad)
    link = ContainerLink.from_href(HREF)
    assert ContainerLink.from_target(link) is link


async def test_the_sas_reaches_the_blob_host_byte_exact(tmp_path: Path) -> None:
    tileset = {
        "asset": {"version": "1.1"},
        "geometricError": 1,
        "root": {"geometricError": 0, "content": {"uri": "t/a b.bin"}, "boundingVolume": {}},
    }
    files = {"c/tileset.json": json.dumps(tileset).encode(), "c/t/a b.bin": b"\x00" * 10}

    async def handle(request: web.Request) -> web.Response:
        body = files.get(request.match_info["tail"])
        return web.Response(body=body) if body is not None else web.Response(status=404)

    async with serve([web.get("/{tail:.*}", handle)]) as (origin, seen):
        report = await TileWalker(concurrency=2).download(f"{origin}/c?{SAS}", tmp_path / "d")
    assert report.ok, report.failed
    assert sorted(path for _, path, _, _ in seen) == [
        f"/c/t/a%20b.bin?{SAS}",
        f"/c/tileset.json?{SAS}",
    ]
    assert (tmp_path / "d" / "t" / "a b.bin").read_bytes() == b"\x00" * 10
