"""The emulator's blob origin: bytes and headers, Content-MD5, gzip, Range and conditional
reads, errors, and the SAS checked byte for byte."""

from __future__ import annotations

import base64
import gzip
import hashlib
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import aiohttp
import pytest
import yarl

from itwin_mesh_async.emulator import Emulator, running
from itwin_mesh_async.emulator.sas import (
    generate_container_sas,
)
from tests.emulator.support import (
    FILES,
    IMODEL,
    blob,
    mesh_href,
    xml_error,
)
from tests.helpers import sas_with_special_chars

# ---- blob origin ------------------------------------------------------------------------


async def test_get_blob_bytes_and_headers(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = await mesh_href(http, emulator, export)
    async with http.get(blob(href, "tiles/a.glb")) as response:
        data = await response.read()
        assert response.status == 200
        assert data == FILES["tiles/a.glb"]
        assert response.headers["Content-Length"] == str(len(data))
        assert response.headers["Content-Type"] == "model/gltf-binary"
        assert response.headers["ETag"].startswith('"0x')
        assert response.headers["Last-Modified"].endswith(" GMT")
        assert (
            response.headers["Content-MD5"] == base64.b64encode(hashlib.md5(data).digest()).decode()
        )
        assert "Content-Encoding" not in response.headers
    async with http.get(blob(href, quote("tiles/b c.glb"))) as response:
        assert await response.read() == FILES["tiles/b c.glb"]
    async with http.head(blob(href, "tiles/a.glb")) as response:
        assert response.status == 200
        assert response.headers["Content-Length"] == str(len(FILES["tiles/a.glb"]))
        assert await response.read() == b""


async def test_content_md5_can_be_switched_off(http: aiohttp.ClientSession) -> None:
    async with running(content_md5=False) as emu:
        href = emu.sas_href(emu.add_export(IMODEL, FILES))
        async with http.get(blob(href, "tileset.json")) as response:
            assert response.status == 200 and "Content-MD5" not in response.headers


async def test_gzip_blob_is_served_as_stored_with_content_encoding(emulator: Emulator) -> None:
    packed = gzip.compress(b'{"asset":{"version":"1.1"}}')
    export = emulator.add_export(
        IMODEL, {"tileset.json": packed}, content_encodings={"tileset.json": "gzip"}
    )
    async with (
        aiohttp.ClientSession(auto_decompress=False) as raw,
        raw.get(blob(emulator.sas_href(export), "tileset.json")) as response,
    ):
        assert response.headers["Content-Encoding"] == "gzip"
        assert response.headers["Content-Length"] == str(len(packed))
        assert await response.read() == packed


async def test_range_and_conditional_requests(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)
    data = FILES["tiles/a.glb"]
    for spec, expected, content_range in (
        ("bytes=0-3", data[:4], f"bytes 0-3/{len(data)}"),
        ("bytes=10-", data[10:], f"bytes 10-{len(data) - 1}/{len(data)}"),
        ("bytes=-5", data[-5:], f"bytes {len(data) - 5}-{len(data) - 1}/{len(data)}"),
    ):
        async with http.get(blob(href, "tiles/a.glb"), headers={"Range": spec}) as response:
            assert response.status == 206, spec
            assert response.headers["Content-Range"] == content_range
            assert await response.read() == expected
    async with http.get(
        blob(href, "tiles/a.glb"), headers={"Range": f"bytes={len(data)}-"}
    ) as response:
        assert response.status == 416
        assert xml_error(await response.read())[0] == "InvalidRange"
    async with http.get(blob(href, "tiles/a.glb")) as response:
        etag = response.headers["ETag"]
    async with http.get(blob(href, "tiles/a.glb"), headers={"If-None-Match": etag}) as response:
        assert response.status == 304


async def test_missing_blob_container_and_bad_requests(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)
    async with http.get(blob(href, "nope.glb")) as response:
        assert response.status == 404
        assert response.content_type == "application/xml"
        assert response.headers["x-ms-error-code"] == "BlobNotFound"
        assert xml_error(await response.read())[0] == "BlobNotFound"
    async with http.head(blob(href, "nope.glb")) as response:
        assert (response.status, response.headers["x-ms-error-code"]) == (404, "BlobNotFound")
    account, key = emulator.state.account, emulator.state.keys["key1"]
    other = generate_container_sas(account, key, "no-such-container")
    url = yarl.URL(f"{emulator.blob_url}/{account}/no-such-container/x?{other}", encoded=True)
    async with http.get(url) as response:
        assert response.status == 404
        assert xml_error(await response.read())[0] == "ContainerNotFound"
    async with http.put(blob(href, "new.glb"), data=b"x") as response:
        assert response.status == 405
        assert xml_error(await response.read())[0] == "UnsupportedHttpVerb"
    assert "new.glb" not in emulator.state.containers[export]
    async with http.get(yarl.URL(f"{emulator.blob_url}/otheraccount/c/x")) as response:
        assert (response.status, xml_error(await response.read())[0]) == (400, "InvalidUri")
    async with http.get(blob(href, extra="comp=metadata")) as response:
        assert response.status == 400
    async with http.get(blob(href, extra="restype=container")) as response:
        assert response.status == 200 and response.headers["ETag"]


async def test_sas_with_percent_encoded_signature_must_arrive_byte_exact(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    account, key = emulator.state.account, emulator.state.keys["key1"]
    sas = sas_with_special_chars(account, key, export, after=datetime(2030, 1, 1, tzinfo=UTC))
    assert "%2B" in sas and "%2F" in sas and sas.endswith("%3D")
    base = f"{emulator.blob_url}/{account}/{export}/tileset.json"
    async with http.get(yarl.URL(f"{base}?{sas}", encoded=True)) as response:
        assert response.status == 200
    assert emulator.requests[-1].path_qs.endswith(sas)
    # Decoded once on the way (a client that re-encodes or decodes the SAS): refused.
    mangled = sas.replace("%2B", "+")
    async with http.get(yarl.URL(f"{base}?{mangled}", encoded=True)) as response:
        assert response.status == 403
        code, detail = xml_error(await response.read())
        assert code == "AuthenticationFailed" and detail


@pytest.mark.parametrize(
    "case", ["missing", "bad", "expired", "not_yet", "other_container", "garbled", "https_only"]
)
async def test_bad_sas_is_403_with_azure_xml(
    emulator: Emulator, http: aiohttp.ClientSession, export: str, case: str
) -> None:
    account, key = emulator.state.account, emulator.state.keys["key1"]
    now = datetime.now(UTC)
    sas = {
        "missing": "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z",
        "bad": generate_container_sas(account, key, export)[:-8] + "AAAAA%3D",
        "expired": generate_container_sas(
            account, key, export, expiry=now - timedelta(hours=1), start=now - timedelta(hours=2)
        ),
        "not_yet": generate_container_sas(
            account, key, export, start=now + timedelta(hours=1), expiry=now + timedelta(hours=2)
        ),
        "other_container": generate_container_sas(account, key, "another"),
        "garbled": "sv=2022-11-02&sig=%%%",
        "https_only": generate_container_sas(account, key, export, protocol="https"),
    }[case]
    url = yarl.URL(f"{emulator.blob_url}/{account}/{export}/tileset.json?{sas}", encoded=True)
    async with http.get(url) as response:
        assert response.status == 403
        assert response.content_type == "application/xml"
        code, detail = xml_error(await response.read())
    expected = {"https_only": "AuthorizationProtocolMismatch"}.get(case, "AuthenticationFailed")
    assert code == expected
    assert response.headers["x-ms-error-code"] == expected
    if case in ("expired", "not_yet"):
        assert detail.startswith("Signature not valid in the specified time frame")
    if case == "missing":
        assert "No signature" in detail
