"""The emulator's blob origin against Azurite, for what the client relies on.

The emulator runs with Azurite's well-known account and key, and each test puts the same files
in a container of the same name on both, so one SAS string (from ``emulator.sas``) is sent to
both servers byte for byte. Where Azurite itself departs from Azure (it answers an expired or
badly signed SAS with ``AuthorizationFailure`` where Azure says ``AuthenticationFailed``), the
test accepts both codes for Azurite and holds the emulator to Azure's.
"""

from __future__ import annotations

import gzip
import uuid
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import aiohttp
import attrs
import pytest
import yarl
from multidict import CIMultiDictProxy

import tests.azurite as azurite_module
from itwin_mesh_async.emulator import Emulator, running
from itwin_mesh_async.emulator.sas import (
    DEFAULT_VERSION,
    DEVSTORE_ACCOUNT,
    DEVSTORE_KEY,
    generate_container_sas,
)
from tests.azurite import Azurite, AzuriteUnavailable, start_azurite
from tests.helpers import sas_with_special_chars

FILES = {
    "tileset.json": b'{"asset":{"version":"1.1"},"root":{}}',
    "tiles/0.glb": b"glTF" + bytes(range(256)) * 3,
    "tiles/1 one.glb": b"glTF-1",
    "tiles/deep/2.b3dm": b"b3dm" * 40,
    "z.bin": b"\x00\x01" * 17,
}
GZIPPED = {"tiles/gz.glb": gzip.compress(b"glTF" * 64)}
AZURE_AUTH_CODES = {"AuthenticationFailed", "AuthorizationFailure"}


@attrs.frozen
class Side:
    """One server holding ``container``: the emulator or Azurite."""

    name: str
    container_url: str  # no SAS

    def url(self, path: str = "", query: str = "") -> yarl.URL:
        target = f"{self.container_url}/{path}" if path else self.container_url
        return yarl.URL(f"{target}?{query}", encoded=True)


@attrs.frozen
class Pair:
    container: str
    emulator: Side
    azurite: Side

    @property
    def sides(self) -> tuple[Side, Side]:
        return (self.emulator, self.azurite)


@pytest.fixture
async def pair(azurite: Azurite, http: aiohttp.ClientSession) -> AsyncIterator[Pair]:
    container = str(uuid.uuid4())
    async with running(account=DEVSTORE_ACCOUNT, account_key=DEVSTORE_KEY) as emu:
        all_files = {**FILES, **GZIPPED}
        encodings = dict.fromkeys(GZIPPED, "gzip")
        types = {"tileset.json": "application/json"} | {
            n: "model/gltf-binary" for n in all_files if n.endswith(".glb")
        }
        emu.add_export(
            files=all_files, export_id=container, content_encodings=encodings, content_types=types
        )
        await azurite.upload(
            http, container, all_files, content_types=types, content_encodings=encodings
        )
        yield Pair(
            container,
            _emulator_side(emu, container),
            Side("azurite", str(azurite.container_url(container))),
        )


def _emulator_side(emu: Emulator, container: str) -> Side:
    return Side("emulator", str(emu.container_url(container)))


def _sas(
    container: str,
    *,
    permissions: str = "rl",
    expiry: datetime | None = None,
    start: datetime | None = None,
    version: str = DEFAULT_VERSION,
) -> str:
    return generate_container_sas(
        DEVSTORE_ACCOUNT,
        DEVSTORE_KEY,
        container,
        permissions=permissions,
        expiry=expiry,
        start=start,
        version=version,
    )


def _error_code(body: bytes) -> str:
    root = ET.fromstring(body)
    assert root.tag == "Error"
    return root.findtext("Code") or ""


async def _get(
    http: aiohttp.ClientSession, url: yarl.URL, **headers: str
) -> tuple[int, bytes, CIMultiDictProxy[str]]:
    async with http.get(url, headers=headers) as response:
        return response.status, await response.read(), response.headers


async def test_the_same_sas_reads_the_same_bytes_from_both(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    sas = _sas(pair.container)
    for path in ("tileset.json", "tiles/0.glb", quote("tiles/1 one.glb"), "tiles/deep/2.b3dm"):
        results = [await _get(http, side.url(path, sas)) for side in pair.sides]
        for (status, body, headers), side in zip(results, pair.sides, strict=True):
            assert status == 200, (side.name, path)
            assert headers["Content-Length"] == str(len(body))
            assert headers["Content-MD5"]
            assert headers["ETag"].startswith('"0x')
        assert results[0][1] == results[1][1]
        assert results[0][2]["Content-MD5"] == results[1][2]["Content-MD5"]
        assert results[0][2]["Content-Type"] == results[1][2]["Content-Type"]


async def test_signature_with_percent_escapes_is_accepted_only_byte_exact(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    sas = sas_with_special_chars(DEVSTORE_ACCOUNT, DEVSTORE_KEY, pair.container)
    assert "%2B" in sas and "%2F" in sas and sas.endswith("%3D")
    for side in pair.sides:
        status, body, _ = await _get(http, side.url("tileset.json", sas))
        assert (status, body) == (200, FILES["tileset.json"]), side.name
        # "+" left unescaped reads as a space on both: the signature no longer matches.
        status, body, _ = await _get(http, side.url("tileset.json", sas.replace("%2B", "+")))
        assert status == 403, side.name


@pytest.mark.parametrize("version", ["2022-11-02", "2020-12-06", "2019-02-02", "2015-04-05"])
async def test_each_string_to_sign_version_is_accepted_by_both(
    pair: Pair, http: aiohttp.ClientSession, version: str
) -> None:
    sas = _sas(pair.container, version=version)
    for side in pair.sides:
        status, _, _ = await _get(http, side.url("z.bin", sas))
        assert status == 200, (side.name, version)


@pytest.mark.parametrize("case", ["expired", "bad_signature", "no_signature", "other_key"])
async def test_both_refuse_a_bad_sas_with_403_xml(
    pair: Pair, http: aiohttp.ClientSession, case: str
) -> None:
    now = datetime.now(UTC)
    good = _sas(pair.container)
    sas = {
        "expired": _sas(
            pair.container, expiry=now - timedelta(minutes=5), start=now - timedelta(hours=1)
        ),
        "bad_signature": good[: good.index("sig=") + 4] + quote("A" * 43 + "=", safe=""),
        "no_signature": good[: good.index("&sig=")],
        "other_key": generate_container_sas(DEVSTORE_ACCOUNT, "a2V5" * 11, pair.container),
    }[case]
    for side in pair.sides:
        async with http.get(side.url("tileset.json", sas)) as response:
            body = await response.read()
            assert response.status == 403, side.name
            assert response.content_type == "application/xml", side.name
            assert response.headers["x-ms-error-code"] == _error_code(body)
        code = _error_code(body)
        if side is pair.emulator:
            assert code == "AuthenticationFailed"
        else:
            assert code in AZURE_AUTH_CODES


async def test_both_refuse_listing_without_list_permission(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    sas = _sas(pair.container, permissions="r")
    for side in pair.sides:
        status, body, _ = await _get(http, side.url(query=f"restype=container&comp=list&{sas}"))
        assert status == 403, side.name
        assert _error_code(body) == "AuthorizationPermissionMismatch", side.name


async def test_missing_blob_and_container_are_404_on_both(
    pair: Pair, azurite: Azurite, http: aiohttp.ClientSession
) -> None:
    sas = _sas(pair.container)
    for side in pair.sides:
        status, body, _ = await _get(http, side.url("nope.glb", sas))
        assert (status, _error_code(body)) == (404, "BlobNotFound"), side.name
    missing = str(uuid.uuid4())
    missing_sas = _sas(missing)
    for side in pair.sides:
        other = Side(side.name, side.container_url.rsplit("/", 1)[0] + "/" + missing)
        status, body, _ = await _get(http, other.url("x.glb", missing_sas))
        assert (status, _error_code(body)) == (404, "ContainerNotFound"), side.name


def _parse_listing(body: bytes) -> tuple[list[tuple[str, str, str]], list[str], str]:
    root = ET.fromstring(body)
    assert root.tag == "EnumerationResults"
    blobs = []
    for item in root.iter("Blob"):
        props = item.find("Properties")
        assert props is not None
        blobs.append(
            (
                item.findtext("Name") or "",
                props.findtext("Content-Length") or "",
                props.findtext("Content-MD5") or "",
            )
        )
    prefixes = [p.findtext("Name") or "" for p in root.iter("BlobPrefix")]
    return blobs, prefixes, root.findtext("NextMarker") or ""


async def _list_all(
    http: aiohttp.ClientSession, side: Side, sas: str, extra: str
) -> list[tuple[list[tuple[str, str, str]], list[str], bool]]:
    pages = []
    marker = ""
    while True:
        query = f"restype=container&comp=list&{extra}"
        if marker:
            query += f"&marker={quote(marker, safe='')}"
        status, body, headers = await _get(http, side.url(query=f"{query}&{sas}"))
        assert status == 200, side.name
        assert headers["Content-Type"].startswith("application/xml")
        blobs, prefixes, marker = _parse_listing(body)
        pages.append((blobs, prefixes, bool(marker)))
        if not marker:
            return pages


async def test_list_blobs_pages_parse_the_same(pair: Pair, http: aiohttp.ClientSession) -> None:
    sas = _sas(pair.container)
    emulator_pages = await _list_all(http, pair.emulator, sas, "maxresults=2")
    azurite_pages = await _list_all(http, pair.azurite, sas, "maxresults=2")
    assert emulator_pages == azurite_pages
    assert len(emulator_pages) == 3
    names = [name for blobs, _, _ in emulator_pages for name, _, _ in blobs]
    assert names == sorted({**FILES, **GZIPPED})


async def test_list_blobs_prefix_and_delimiter_parse_the_same(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    sas = _sas(pair.container)
    for extra in (
        "prefix=tiles/",
        "prefix=tiles/&delimiter=/",
        "delimiter=/",
        "prefix=tiles/&maxresults=1",
    ):
        emulator_pages = await _list_all(http, pair.emulator, sas, extra)
        azurite_pages = await _list_all(http, pair.azurite, sas, extra)
        assert emulator_pages == azurite_pages, extra


async def test_range_head_and_content_encoding_match(
    pair: Pair, http: aiohttp.ClientSession
) -> None:
    sas = _sas(pair.container)
    ranged = []
    for side in pair.sides:
        status, body, headers = await _get(http, side.url("tiles/0.glb", sas), Range="bytes=4-9")
        assert status == 206, side.name
        ranged.append((body, headers["Content-Range"]))
        async with http.head(side.url("tiles/0.glb", sas)) as response:
            assert response.status == 200
            assert response.headers["Content-Length"] == str(len(FILES["tiles/0.glb"]))
    assert (
        ranged[0]
        == ranged[1]
        == (FILES["tiles/0.glb"][4:10], f"bytes 4-9/{len(FILES['tiles/0.glb'])}")
    )
    async with aiohttp.ClientSession(auto_decompress=False) as raw:
        for side in pair.sides:
            async with raw.get(side.url("tiles/gz.glb", sas)) as response:
                assert response.headers["Content-Encoding"] == "gzip", side.name
                assert await response.read() == GZIPPED["tiles/gz.glb"]


def test_missing_azurite_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(azurite_module, "__file__", str(tmp_path / "tests" / "azurite.py"))
    assert azurite_module.find_azurite() is None
    with pytest.raises(AzuriteUnavailable, match="azurite-blob not found"):
        start_azurite(tmp_path)
