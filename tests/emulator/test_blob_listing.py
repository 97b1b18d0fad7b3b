"""The emulator's List Blobs: the ``l`` permission, paging with markers, prefixes and
delimiters, page sizes."""

from __future__ import annotations

import base64
import hashlib
import xml.etree.ElementTree as ET
from urllib.parse import quote

import aiohttp
import yarl

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.emulator.sas import (
    generate_container_sas,
)
from tests.emulator.support import (
    FILES,
    IMODEL,
    blob,
    listing,
    xml_error,
)


async def test_listing_needs_l_permission(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    account, key = emulator.state.account, emulator.state.keys["key1"]
    read_only = generate_container_sas(account, key, export, permissions="r")
    url = yarl.URL(
        f"{emulator.blob_url}/{account}/{export}?restype=container&comp=list&{read_only}",
        encoded=True,
    )
    async with http.get(url) as response:
        assert response.status == 403
        assert xml_error(await response.read())[0] == "AuthorizationPermissionMismatch"
    list_only = generate_container_sas(account, key, export, permissions="l")
    url = yarl.URL(f"{emulator.blob_url}/{account}/{export}/tileset.json?{list_only}", encoded=True)
    async with http.get(url) as response:
        assert response.status == 403
        assert xml_error(await response.read())[0] == "AuthorizationPermissionMismatch"


async def test_list_blobs_pages_with_maxresults_and_marker(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)
    names: list[str] = []
    marker = ""
    pages = 0
    while True:
        extra = "restype=container&comp=list&maxresults=2"
        if marker:
            extra += f"&marker={quote(marker, safe='')}"
        async with http.get(blob(href, extra=extra)) as response:
            assert response.status == 200
            assert response.content_type == "application/xml"
            text = await response.read()
        root = ET.fromstring(text)
        assert root.tag == "EnumerationResults"
        assert root.get("ContainerName") == export
        assert root.findtext("MaxResults") == "2"
        for item in root.iter("Blob"):
            props = item.find("Properties")
            assert props is not None
            name = item.findtext("Name") or ""
            assert props.findtext("Content-Length") == str(len(FILES[name]))
            assert (
                props.findtext("Content-MD5")
                == base64.b64encode(hashlib.md5(FILES[name]).digest()).decode()
            )
            assert props.findtext("Etag", "").startswith("0x")
            assert props.findtext("Last-Modified", "").endswith("GMT")
            assert props.findtext("Content-Type")
        page, _, marker = listing(text)
        names += page
        pages += 1
        if not marker:
            break
    assert pages == 3
    assert names == sorted(FILES)


async def test_list_blobs_prefix_delimiter_and_errors(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)
    async with http.get(blob(href, extra="restype=container&comp=list&prefix=tiles/")) as resp:
        assert listing(await resp.read())[0] == ["tiles/a.glb", "tiles/b c.glb", "tiles/sub/d.b3dm"]
    async with http.get(
        blob(href, extra="restype=container&comp=list&prefix=tiles/&delimiter=/")
    ) as resp:
        names, prefixes, _ = listing(await resp.read())
        assert (names, prefixes) == (["tiles/a.glb", "tiles/b c.glb"], ["tiles/sub/"])
    for extra, status, code in (
        ("maxresults=0", 400, "OutOfRangeQueryParameterValue"),
        ("maxresults=abc", 400, "InvalidQueryParameterValue"),
        ("marker=bogus", 400, "OutOfRangeInput"),
    ):
        async with http.get(blob(href, extra=f"restype=container&comp=list&{extra}")) as resp:
            assert resp.status == status
            assert xml_error(await resp.read())[0] == code


async def test_list_blobs_default_and_maximum_page_is_5000(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    export = emulator.add_export(IMODEL, {f"t/{i:05d}.glb": b"g" for i in range(5001)})
    href = emulator.sas_href(export)
    for extra in ("", "&maxresults=99999"):
        async with http.get(blob(href, extra="restype=container&comp=list" + extra)) as resp:
            names, _, marker = listing(await resp.read())
        assert len(names) == 5000 and marker
    async with http.get(
        blob(href, extra="restype=container&comp=list&marker=" + quote(marker, safe=""))
    ) as resp:
        names, _, marker = listing(await resp.read())
    assert (names, marker) == (["t/05000.glb"], "")
