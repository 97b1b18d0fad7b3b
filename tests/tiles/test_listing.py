"""List mode: the List Blobs XML parser and URLs (pure), and list-mode downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from yarl import URL

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import LinkExpiredError, TileFormatError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.listing import (
    ListedBlob,
    ListingScope,
    list_blobs,
    listing_scopes,
    listing_url,
    parse_listing,
)
from tests.helpers import mirror_files

PAGE = b"""<?xml version="1.0" encoding="utf-8"?>
<EnumerationResults ServiceEndpoint="http://127.0.0.1:10000/acct/" ContainerName="exports">
  <Prefix>e1/</Prefix>
  <MaxResults>2</MaxResults>
  <Blobs>
    <Blob>
      <Name>e1/tileset.json</Name>
      <Properties><Content-Length>120</Content-Length><Content-MD5>abc==</Content-MD5></Properties>
    </Blob>
    <Blob><Name>e1/sub dir/a&amp;b.glb</Name><Properties><Content-Length>8</Content-Length>
    </Properties></Blob>
    <BlobPrefix><Name>e1/x/</Name></BlobPrefix>
  </Blobs>
  <NextMarker>2!ZTEvYy5nbGI=</NextMarker>
</EnumerationResults>"""


def test_parse_listing_reads_names_sizes_and_marker() -> None:
    page = parse_listing(PAGE)
    assert page.blobs == [
        ListedBlob("e1/tileset.json", 120, "abc=="),
        ListedBlob("e1/sub dir/a&b.glb", 8, None),
    ]
    assert page.next_marker == "2!ZTEvYy5nbGI="


def test_parse_listing_last_page_has_no_marker() -> None:
    xml = b"<EnumerationResults><Blobs/><NextMarker/></EnumerationResults>"
    page = parse_listing(xml)
    assert page.blobs == [] and page.next_marker is None


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        b"<EnumerationResults><Blobs><Blob><Name>&b;</Name></Blob></Blobs></EnumerationResults>",
        b'<!doctype x SYSTEM "file:///etc/passwd"><EnumerationResults/>',
    ],
)
def test_parse_listing_refuses_dtds(xml: bytes) -> None:
    with pytest.raises(TileFormatError, match=r"DTD|not well-formed"):
        parse_listing(xml)


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (b"<EnumerationResults><Blobs><Blob>", "well-formed"),
        (b"<Error><Code>AuthenticationFailed</Code></Error>", "not EnumerationResults"),
        (b"<EnumerationResults><Blobs><Blob><Name/></Blob></Blobs></EnumerationResults>", "Name"),
    ],
)
def test_parse_listing_refuses_broken_documents(xml: bytes, message: str) -> None:
    with pytest.raises(TileFormatError, match=message):
        parse_listing(xml)


def test_listing_scopes_path_style_and_virtual_host() -> None:
    local = listing_scopes(URL("http://127.0.0.1:10000/acct/exports/e%201/"))
    assert local[0] == ListingScope(URL("http://127.0.0.1:10000/acct/exports"), "e 1/")
    assert local[1] == ListingScope(URL("http://127.0.0.1:10000/acct"), "exports/e 1/")
    azure = listing_scopes(URL("https://a.blob.core.windows.net/exports/"))
    assert azure[0] == ListingScope(URL("https://a.blob.core.windows.net/exports"), "")


def test_listing_url_quotes_prefix_and_marker() -> None:
    scope = ListingScope(URL("http://h/acct/c"), "e 1/")
    url = listing_url(scope, "2!a/b+=")
    assert str(url) == (
        "http://h/acct/c?restype=container&comp=list&maxresults=5000"
        "&prefix=e%201%2F&marker=2%21a%2Fb%2B%3D"
    )


async def test_list_blobs_follows_markers_and_strips_prefix() -> None:
    pages = {
        None: b"<EnumerationResults><Blobs><Blob><Name>p/a</Name></Blob></Blobs>"
        b"<NextMarker>m1</NextMarker></EnumerationResults>",
        "m1": b"<EnumerationResults><Blobs><Blob><Name>p/b/c</Name></Blob>"
        b"<Blob><Name>other</Name></Blob></Blobs><NextMarker/></EnumerationResults>",
    }
    asked: list[str | None] = []

    async def get(url: URL) -> bytes:
        marker = url.query.get("marker")
        asked.append(marker)
        return pages[marker]

    names = [n async for n in list_blobs(get, ListingScope(URL("http://h/c"), "p/"))]
    assert names == ["a", "b/c"]
    assert asked == [None, "m1"]


async def test_list_blobs_refuses_a_repeating_marker() -> None:
    async def get(url: URL) -> bytes:
        return b"<EnumerationResults><Blobs/><NextMarker>same</NextMarker></EnumerationResults>"

    with pytest.raises(TileFormatError, match="repeats"):
        async for _ in list_blobs(get, ListingScope(URL("http://h/c"), "")):
            pass


async def test_list_blobs_asks_for_the_next_page_early_and_drops_a_wrong_guess() -> None:
    # The next page is asked for with the marker seen at the end of this page's bytes, before
    # it is parsed; the parsed marker decides (here a comment holds a decoy).
    pages = {
        None: b"<EnumerationResults><Blobs><Blob><Name>a</Name></Blob></Blobs>"
        b"<NextMarker>m1</NextMarker></EnumerationResults>",
        "m1": b"<EnumerationResults><Blobs><Blob><Name>b</Name></Blob></Blobs>"
        b"<NextMarker>m2</NextMarker></EnumerationResults><!-- <NextMarker>x</NextMarker> -->",
        "m2": b"<EnumerationResults><Blobs><Blob><Name>c</Name></Blob></Blobs>"
        b"<NextMarker/></EnumerationResults>",
    }
    asked: list[str | None] = []

    async def get(url: URL) -> bytes:
        marker = url.query.get("marker")
        asked.append(marker)
        if marker not in pages:
            raise TileFormatError("no such marker")  # the decoy's page: dropped, unreported
        return pages[marker]

    names = [n async for n in list_blobs(get, ListingScope(URL("http://h/c"), ""))]
    assert names == ["a", "b", "c"]
    # Page m1 was asked for once, early; the decoy's request (cancelled, maybe before it went
    # out) did not stop the real page m2 from coming.
    assert asked in ([None, "m1", "m2"], [None, "m1", "x", "m2"])


# -- list mode against the emulator's container --------------------------------------------


def _walker() -> TileWalker:
    return TileWalker(concurrency=8, retry=RetryPolicy.no_wait())


async def test_list_mode_downloads_unreached_blobs(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("with-extra", seed=2)
    assert sample.unreachable
    export_id = emulator.add_export(files=sample.files, content_encodings=sample.encodings)
    report = await _walker().download(emulator.sas_href(export_id), tmp_path / "out", mode="list")
    assert report.ok, report.failed
    assert mirror_files(tmp_path / "out") == dict(sample.files)
    assert report.unreached == sorted(sample.unreachable)
    assert report.unlisted == []
    assert report.to_dict()["unreached"] == sorted(sample.unreachable)


async def test_list_mode_reports_unlisted_references(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("with-missing", seed=2)
    export_id = emulator.add_export(files=sample.files)
    report = await _walker().download(emulator.sas_href(export_id), tmp_path / "out", mode="list")
    assert report.unlisted == sorted(sample.missing)
    assert sorted(f.path for f in report.failed) == sorted(sample.missing)
    assert mirror_files(tmp_path / "out") == dict(sample.files)


async def test_list_mode_pages_through_many_blobs(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=1, n=20)
    extra = {f"extra/{i:05d}.bin": bytes([i % 256]) * 3 for i in range(5003)}
    export_id = emulator.add_export(files={**sample.files, **extra})
    report = await _walker().download(emulator.sas_href(export_id), tmp_path / "out", mode="list")
    assert report.ok
    assert report.unreached == sorted(extra)
    lists = [r for r in emulator.requests if "comp=list" in r.path_qs]
    assert len(lists) >= 2  # 5000 a page at most
    assert mirror_files(tmp_path / "out") == {**sample.files, **extra}


async def test_list_mode_with_an_expired_link(emulator: Emulator, tmp_path: Path) -> None:
    export_id = emulator.add_export(files=build_tileset("flat", seed=1, n=3).files)
    href = emulator.sas_href(export_id)
    emulator.expire_sas_now()
    with pytest.raises(LinkExpiredError, match="no export to renew"):
        await _walker().download(href, tmp_path / "out", mode="list")
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
