"""The emulator over loopback: every API route and error code, the blob origin's SAS check,
List Blobs paging, Range/HEAD/conditional reads, seeded faults, and the leak log."""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
import yarl
from helpers import sas_with_special_chars
from multidict import CIMultiDictProxy

import itwin_mesh_async.emulator as emulator_package
from itwin_mesh_async.emulator import Emulator, FaultConfig, running
from itwin_mesh_async.emulator.faults import FAULT_KINDS
from itwin_mesh_async.emulator.listing import (
    BlobEntry,
    ListingError,
    decode_marker,
    encode_marker,
    list_page,
    parse_max_results,
)
from itwin_mesh_async.emulator.sas import (
    check_service_sas,
    format_sas_time,
    generate_container_sas,
    parse_sas_time,
    service_sas_fields,
    string_to_sign,
)
from itwin_mesh_async.emulator.server import load_directory, serve_forever, tileset_directories
from itwin_mesh_async.emulator.state import State, minimal_tileset

IMODEL = "b80f4fc2-4dbb-42c5-bb1f-f5aace3977dc"
V1 = "application/vnd.bentley.itwin-platform.v1+json"

# ---- helpers ----------------------------------------------------------------------------


def headers(emu: Emulator, *, token: str | None = None, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token or emu.token}", "Accept": V1, **extra}


async def call(
    http: aiohttp.ClientSession,
    emu: Emulator,
    method: str,
    path: str | yarl.URL,
    *,
    hdrs: dict[str, str] | None = None,
    **kwargs: Any,
) -> tuple[int, Any, CIMultiDictProxy[str]]:
    url = path if isinstance(path, yarl.URL) else yarl.URL(str(emu.base_url) + path)
    async with http.request(
        method,
        url,
        headers=hdrs if hdrs is not None else headers(emu),
        allow_redirects=False,
        **kwargs,
    ) as response:
        raw = await response.read()
        body = json.loads(raw) if raw and "json" in response.content_type else raw
        return response.status, body, response.headers


def blob(href: str, path: str = "", extra: str = "") -> yarl.URL:
    """``<container>/<path>?<extra>&<SAS>`` with the SAS byte-exact."""
    base, _, sas = href.partition("?")
    target = f"{base}/{path}" if path else base
    query = f"{extra}&{sas}" if extra else sas
    return yarl.URL(f"{target}?{query}", encoded=True)


def xml_error(text: bytes) -> tuple[str, str]:
    root = ET.fromstring(text)
    assert root.tag == "Error"
    return root.findtext("Code") or "", root.findtext("AuthenticationErrorDetail") or ""


def listing(text: bytes) -> tuple[list[str], list[str], str]:
    root = ET.fromstring(text)
    names = [b.findtext("Name") or "" for b in root.iter("Blob")]
    prefixes = [p.findtext("Name") or "" for p in root.iter("BlobPrefix")]
    return names, prefixes, root.findtext("NextMarker") or ""


async def mesh_href(http: aiohttp.ClientSession, emu: Emulator, export_id: str) -> str:
    status, body, _ = await call(http, emu, "GET", f"/mesh-export/{export_id}")
    assert status == 200, body
    href: str = body["export"]["_links"]["mesh"]["href"]
    return href


FILES = {
    "tileset.json": b'{"asset":{"version":"1.1"}}',
    "tiles/a.glb": b"glTF" + bytes(range(200)),
    "tiles/b c.glb": b"glTF-space",
    "tiles/sub/d.b3dm": b"b3dm" * 10,
    "zeta.bin": b"\x00" * 33,
}


@pytest.fixture
async def export(emulator: Emulator) -> str:
    return emulator.add_export(IMODEL, FILES)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_public_names_are_exported() -> None:
    for name in emulator_package.__all__:
        assert getattr(emulator_package, name) is not None


# ---- authentication and request checks --------------------------------------------------


async def test_missing_authorization_is_401_header_not_found(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, hdrs = await call(http, emulator, "GET", "/mesh-export/", hdrs={"Accept": V1})
    assert status == 401
    assert body == {
        "error": {
            "code": "HeaderNotFound",
            "message": "Header Authorization was not found in the request. Access denied.",
        }
    }
    assert hdrs["Content-Type"].startswith("application/json")
    assert hdrs["x-correlation-id"]


async def test_wrong_and_expired_tokens_are_401_invalid_token(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token="not-a-token")
    )
    assert (status, body["error"]["code"]) == (401, "InvalidToken")
    expired = emulator.add_token(lifetime=0)
    status, body, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token=expired)
    )
    assert (status, body["error"]["code"]) == (401, "InvalidToken")
    assert "invalid or expired" in body["error"]["message"]


async def test_read_only_token_and_share_key_get_403_on_writes(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    reader = emulator.add_token(can_write=False)
    status, _, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token=reader)
    )
    assert status == 200
    status, body, _ = await call(
        http,
        emulator,
        "POST",
        "/mesh-export/",
        hdrs=headers(emulator, token=reader),
        json={"iModelId": IMODEL},
    )
    assert (status, body["error"]["code"]) == (403, "InsufficientPermissions")
    assert emulator.state.exports == {}
    emulator.state.share_keys.add("share-key-1")
    basic = {"Authorization": "Basic share-key-1"}
    assert (await call(http, emulator, "GET", "/mesh-export/", hdrs=basic))[0] == 200
    status, body, _ = await call(
        http, emulator, "POST", "/export/connections", hdrs=basic, json={"iModelId": IMODEL}
    )
    assert (status, body["error"]["code"]) == (403, "InsufficientPermissions")
    assert emulator.state.connections == {}


async def test_forbidden_imodel_is_403(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    imodel = emulator.add_imodel(forbidden=True)
    export_id = emulator.add_export(imodel)
    for path in (
        f"/mesh-export/?iModelId={imodel}",
        f"/mesh-export/{export_id}",
        f"/export/connections?imodelId={imodel}",
    ):
        status, body, _ = await call(http, emulator, "GET", path)
        assert (status, body["error"]["code"]) == (403, "InsufficientPermissions"), path
        assert (
            body["error"]["message"]
            == "The user has insufficient permissions for the requested operation."
        )


async def test_accept_header_is_checked_leniently(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    auth = {"Authorization": f"Bearer {emulator.token}"}
    for accept in (None, V1, "application/json", "*/*", "application/*;q=0.5"):
        hdrs = dict(auth) if accept is None else {**auth, "Accept": accept}
        assert (await call(http, emulator, "GET", "/mesh-export/", hdrs=hdrs))[0] == 200, accept
    status, body, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs={**auth, "Accept": "text/html"}
    )
    assert (status, body["error"]["code"]) == (406, "NotAcceptable")


async def test_unknown_route_and_method(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    status, body, _ = await call(http, emulator, "GET", "/nothing/here")
    assert (status, body["error"]["code"]) == (404, "ResourceNotFound")
    status, body, _ = await call(http, emulator, "PATCH", "/mesh-export/")
    assert (status, body["error"]["code"]) == (405, "MethodNotAllowed")


# ---- Mesh Export ------------------------------------------------------------------------


async def test_list_minimal_by_default_and_representation_on_request(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    status, body, hdrs = await call(http, emulator, "GET", "/mesh-export/")
    assert status == 200
    assert hdrs["Preference-Applied"] == "return=minimal"
    (item,) = body["exports"]
    assert set(item) == {"id", "displayName", "status", "lastModified"}
    assert item["id"] == export
    status, body, hdrs = await call(
        http,
        emulator,
        "GET",
        "/mesh-export/",
        hdrs=headers(emulator, Prefer="return=representation"),
    )
    (item,) = body["exports"]
    assert hdrs["Preference-Applied"] == "return=representation"
    assert item["request"]["iModelId"] == IMODEL
    assert item["request"]["exportType"] == "3DTiles"
    assert item["error"] == ""
    assert item["stats"]["exportDirStructure"]["tileset.json"] == len(FILES["tileset.json"])
    href = item["_links"]["mesh"]["href"]
    url = yarl.URL(href, encoded=True)
    assert url.port == emulator.blob_port != emulator.api_port
    assert url.path == f"/{emulator.state.account}/{export}"
    query = dict(part.split("=", 1) for part in url.raw_query_string.split("&"))
    assert {"sv", "st", "se", "sr", "sp", "spr", "sig"} <= set(query)
    assert (query["sr"], query["sp"]) == ("c", "rl")
    assert body["_links"]["self"]["href"].startswith(str(emulator.base_url) + "/mesh-export/?")


async def test_list_pages_follow_next_links_verbatim(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    ids = {emulator.add_export(IMODEL) for _ in range(5)}
    emulator.add_export()  # another iModel: filtered out
    url: yarl.URL | None = yarl.URL(
        f"{emulator.base_url}/mesh-export/?iModelId={IMODEL}&$top=2&cdn=1&tileVersion=1&iTwinJS=4.0"
    )
    seen: list[str] = []
    pages = 0
    while url is not None:
        status, body, _ = await call(http, emulator, "GET", url)
        assert status == 200
        pages += 1
        seen += [e["id"] for e in body["exports"]]
        nxt = body["_links"].get("next")
        url = yarl.URL(nxt["href"], encoded=True) if nxt else None
        if url is not None:
            assert url.origin() == emulator.base_url.origin()
            assert url.query["iModelId"] == IMODEL
            assert url.query["$top"] == "2"
            assert (url.query["cdn"], url.query["iTwinJS"]) == ("1", "4.0")
    assert pages == 3
    assert sorted(seen) == sorted(ids)
    assert "prev" in body["_links"]


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("$top=1001", "$top"),
        ("$top=0", "$top"),
        ("$top=abc", "$top"),
        ("$skip=-1", "$skip"),
        ("$orderBy=name:asc", "$orderBy"),
    ],
)
async def test_list_refuses_bad_paging_with_422(
    emulator: Emulator, http: aiohttp.ClientSession, query: str, target: str
) -> None:
    status, body, _ = await call(http, emulator, "GET", f"/mesh-export/?{query}")
    assert status == 422
    assert body["error"]["code"] == "InvalidMeshExportRequest"
    assert body["error"]["details"][0]["target"] == target


async def test_list_top_1000_is_accepted(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    assert (await call(http, emulator, "GET", "/mesh-export/?$top=1000"))[0] == 200


async def test_list_orders_by_date_and_filters(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    old = emulator.add_export(IMODEL, last_modified=base, changeset_id="cs1")
    new = emulator.add_export(IMODEL, last_modified=base + timedelta(days=2), export_type="CESIUM")
    mid = emulator.add_export(IMODEL, last_modified=base + timedelta(days=1), export_type="3DTILES")
    for order, expected in (("date:desc", [new, mid, old]), ("date:asc", [old, mid, new])):
        _, body, _ = await call(http, emulator, "GET", f"/mesh-export/?$orderBy={order}")
        assert [e["id"] for e in body["exports"]] == expected
    _, body, _ = await call(http, emulator, "GET", "/mesh-export/?exportType=3dtiles")
    assert {e["id"] for e in body["exports"]} == {old, mid}
    _, body, _ = await call(http, emulator, "GET", "/mesh-export/?changesetId=cs1")
    assert [e["id"] for e in body["exports"]] == [old]
    _, body, _ = await call(
        http, emulator, "GET", "/mesh-export/?iModelId=" + "0" * 8 + "-0000-4000-8000-" + "0" * 12
    )
    assert body["exports"] == []


async def test_get_export_full_minimal_and_404(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    status, body, _ = await call(http, emulator, "GET", f"/mesh-export/{export}")
    assert status == 200
    assert body["export"]["status"] == "Complete"
    assert "mesh" in body["export"]["_links"]
    _, body, _ = await call(
        http,
        emulator,
        "GET",
        f"/mesh-export/{export}",
        hdrs=headers(emulator, Prefer="return=minimal"),
    )
    assert "request" not in body["export"] and "_links" not in body["export"]
    status, body, _ = await call(http, emulator, "GET", f"/mesh-export/{IMODEL}")
    assert status == 404
    assert body == {
        "error": {"code": "ExportNotFound", "message": "Requested export is not available."}
    }


async def test_start_export_life_cycle_on_reads(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(
        http, emulator, "POST", "/mesh-export/", json={"iModelId": IMODEL, "exportType": "3DTiles"}
    )
    assert status == 202
    export = body["export"]
    assert export["status"] == "NotStarted"
    assert export["request"]["changesetId"] == ""
    assert "mesh" not in export["_links"]
    statuses = []
    for _ in range(3):
        _, body, _ = await call(http, emulator, "GET", f"/mesh-export/{export['id']}")
        statuses.append(body["export"]["status"])
    assert statuses == ["InProgress", "Complete", "Complete"]
    href = body["export"]["_links"]["mesh"]["href"]
    async with http.get(blob(href, "tileset.json")) as response:
        assert response.status == 200
        assert await response.read() == minimal_tileset()["tileset.json"]


async def test_export_started_for_a_failing_imodel_ends_invalid(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    imodel = emulator.add_imodel(export_error="The iModel could not be opened.")
    _, body, _ = await call(http, emulator, "POST", "/mesh-export/", json={"iModelId": imodel})
    export_id = body["export"]["id"]
    emulator.advance(export_id, steps=2)
    _, body, _ = await call(
        http,
        emulator,
        "GET",
        f"/mesh-export/{export_id}",
        hdrs=headers(emulator, Prefer="return=minimal"),
    )
    assert body["export"] == {
        "id": export_id,
        "displayName": body["export"]["displayName"],
        "status": "Invalid",
        "lastModified": body["export"]["lastModified"],
        "error": "The iModel could not be opened.",
    }
    assert (await call(http, emulator, "DELETE", f"/mesh-export/{export_id}"))[0] == 204


async def test_api_body_cut_short(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    emulator.faults.force("truncate", scope="api")
    with pytest.raises(aiohttp.ClientPayloadError):
        await call(http, emulator, "GET", f"/mesh-export/{export}")
    assert (await call(http, emulator, "GET", f"/mesh-export/{export}"))[0] == 200


async def test_life_cycle_by_time_and_by_explicit_steps(http: aiohttp.ClientSession) -> None:
    clock = FakeClock()
    async with running(clock=clock, step_seconds=10, advance_on_read=False) as emu:
        _, body, _ = await call(http, emu, "POST", "/mesh-export/", json={"iModelId": IMODEL})
        export_id = body["export"]["id"]

        async def status() -> str:
            _, got, _ = await call(http, emu, "GET", f"/mesh-export/{export_id}")
            return str(got["export"]["status"])

        assert await status() == "NotStarted"
        clock.tick(10)
        assert await status() == "InProgress"
        clock.tick(25)
        assert await status() == "Complete"
        failing = emu.add_export(IMODEL, status="NotStarted", error="The iModel is corrupt.")
        emu.advance(failing)
        _, got, _ = await call(http, emu, "GET", f"/mesh-export/{failing}")
        assert got["export"]["status"] == "InProgress"
        emu.advance(failing, steps=5)
        _, got, _ = await call(http, emu, "GET", f"/mesh-export/{failing}")
        assert got["export"]["status"] == "Invalid"
        assert got["export"]["error"] == "The iModel is corrupt."
        assert got["export"]["_links"] == {}


@pytest.mark.parametrize(
    ("payload", "target", "message"),
    [
        ({}, "iModelId", "iModelId cannot be empty."),
        ({"iModelId": ""}, "iModelId", "iModelId cannot be empty."),
        ({"iModelId": "not-an-id"}, "iModelId", "iModelId is not a valid id."),
        ({"iModelId": IMODEL, "exportType": "OBJ"}, "exportType", "exportType must be one of"),
        ({"iModelId": IMODEL, "changesetId": 5}, "changesetId", "changesetId must be a string."),
        ([1, 2], "body", "The request body must be a JSON object."),
    ],
)
async def test_start_export_validation_is_422_with_details(
    emulator: Emulator, http: aiohttp.ClientSession, payload: Any, target: str, message: str
) -> None:
    status, body, _ = await call(http, emulator, "POST", "/mesh-export/", json=payload)
    assert status == 422
    error = body["error"]
    assert (error["code"], error["message"]) == (
        "InvalidMeshExportRequest",
        "Cannot create export job.",
    )
    (detail,) = error["details"]
    assert detail["code"] == "InvalidRequestBody"
    assert detail["target"] == target
    assert detail["message"].startswith(message)
    assert emulator.state.exports == {}


async def test_start_export_refuses_non_json_body(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(http, emulator, "POST", "/mesh-export/", data=b"{nope")
    assert (status, body["error"]["details"][0]["target"]) == (422, "body")


async def test_delete_export(emulator: Emulator, http: aiohttp.ClientSession, export: str) -> None:
    href = await mesh_href(http, emulator, export)
    running_export = emulator.add_export(IMODEL, status="InProgress")
    status, body, _ = await call(http, emulator, "DELETE", f"/mesh-export/{running_export}")
    assert (status, body["error"]["code"]) == (422, "InvalidMeshExportRequest")
    assert body["error"]["details"][0]["target"] == "id"
    assert running_export in emulator.state.exports
    status, body, _ = await call(http, emulator, "DELETE", "/mesh-export/not-a-uuid")
    assert (status, body["error"]["code"]) == (422, "InvalidMeshExportRequest")
    status, body, _ = await call(http, emulator, "DELETE", f"/mesh-export/{IMODEL}")
    assert (status, body["error"]["code"]) == (404, "ExportNotFound")
    status, body, _ = await call(http, emulator, "DELETE", f"/mesh-export/{export}")
    assert (status, body) == (204, b"")
    assert (await call(http, emulator, "GET", f"/mesh-export/{export}"))[0] == 404
    async with http.get(blob(href, "tileset.json")) as response:
        assert response.status == 404
        assert xml_error(await response.read())[0] == "ContainerNotFound"


async def test_first_export_of_an_imodel_appears_after_some_lists(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    imodel = emulator.add_imodel(first_export_after_lists=2)
    sizes = []
    for _ in range(3):
        _, body, _ = await call(http, emulator, "GET", f"/mesh-export/?iModelId={imodel}")
        sizes.append([e["status"] for e in body["exports"]])
    assert sizes == [[], [], ["Complete"]]


async def test_first_export_of_an_imodel_appears_after_some_seconds(
    http: aiohttp.ClientSession,
) -> None:
    clock = FakeClock()
    async with running(clock=clock) as emu:
        imodel = emu.add_imodel(first_export_after_seconds=15)
        _, body, _ = await call(http, emu, "GET", f"/mesh-export/?iModelId={imodel}")
        assert body["exports"] == []
        clock.tick(15)
        _, body, _ = await call(http, emu, "GET", f"/mesh-export/?iModelId={imodel}")
        assert len(body["exports"]) == 1


async def test_each_read_gives_a_fresh_sas_and_expiry_is_forced_by_expire_sas_now(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    old = await mesh_href(http, emulator, export)
    emulator.expire_sas_now()
    async with http.get(blob(old, "tileset.json")) as response:
        assert response.status == 403
        assert response.content_type == "application/xml"
        code, detail = xml_error(await response.read())
    assert code == "AuthenticationFailed"
    assert detail.startswith("Signature not valid in the specified time frame")
    new = await mesh_href(http, emulator, export)
    assert new != old
    async with http.get(blob(new, "tileset.json")) as response:
        assert response.status == 200


async def test_sas_lifetime_sets_se(http: aiohttp.ClientSession) -> None:
    clock = FakeClock()
    async with running(clock=clock, sas_lifetime=30) as emu:
        export = emu.add_export(IMODEL, FILES)
        href = await mesh_href(http, emu, export)
        query = yarl.URL(href, encoded=True).query
        assert parse_sas_time(query["se"]) == clock.now + timedelta(seconds=30)
        clock.tick(31)  # the link has expired for real
        async with http.get(blob(href, "tileset.json")) as response:
            assert response.status == 403
            assert xml_error(await response.read())[0] == "AuthenticationFailed"


# ---- Export connections and runs --------------------------------------------------------


async def test_connections_list_requires_imodel_id_and_pages(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(http, emulator, "GET", "/export/connections")
    assert status == 422
    assert body["error"]["code"] == "InvalidExportRequest"
    assert body["error"]["details"][0]["target"] == "imodelId"
    made = [emulator.add_connection(IMODEL, display_name=f"c{i}") for i in range(3)]
    emulator.add_connection()  # another iModel
    _, body, _ = await call(http, emulator, "GET", f"/export/connections?imodelId={IMODEL}&$top=2")
    assert [c["id"] for c in body["connections"]] == made[:2]
    nxt = yarl.URL(body["_links"]["next"]["href"], encoded=True)
    assert nxt.query["imodelId"] == IMODEL
    _, body, _ = await call(http, emulator, "GET", nxt)
    assert [c["id"] for c in body["connections"]] == made[2:]
    assert "next" not in body["_links"]
    conn = body["connections"][0]
    assert conn["_links"]["iModel"]["href"] == f"{emulator.base_url}/imodels/{IMODEL}"


async def test_create_get_and_delete_connection(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, hdrs = await call(
        http,
        emulator,
        "POST",
        "/export/connections",
        json={"displayName": "IFC nightly", "iModelId": IMODEL, "authenticationType": "Service"},
    )
    assert status == 201
    conn = body["connection"]
    assert (conn["displayName"], conn["authenticationType"]) == ("IFC nightly", "Service")
    assert hdrs["Location"] == f"{emulator.base_url}/export/connections/{conn['id']}"
    status, body, _ = await call(http, emulator, "GET", f"/export/connections/{conn['id']}")
    assert (status, body["connection"]["iModelId"]) == (200, IMODEL)
    status, _, _ = await call(http, emulator, "DELETE", f"/export/connections/{conn['id']}")
    assert status == 204
    status, body, _ = await call(http, emulator, "GET", f"/export/connections/{conn['id']}")
    assert status == 404
    assert body["error"] == {
        "code": "ConnectionNotFound",
        "message": "Requested connection is not available.",
    }


@pytest.mark.parametrize(
    ("payload", "target"),
    [
        ({"displayName": "x"}, "iModelId"),
        ({"iModelId": IMODEL, "authenticationType": "Robot"}, "authenticationType"),
        ("text", "body"),
    ],
)
async def test_create_connection_validation(
    emulator: Emulator, http: aiohttp.ClientSession, payload: Any, target: str
) -> None:
    status, body, _ = await call(http, emulator, "POST", "/export/connections", json=payload)
    assert (status, body["error"]["code"]) == (422, "InvalidExportRequest")
    assert body["error"]["details"][0]["target"] == target
    assert emulator.state.connections == {}


async def test_runs_202_then_303_while_active_then_409_on_delete(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    conn = emulator.add_connection(IMODEL)
    runs_path = f"/export/connections/{conn}/runs"
    status, body, hdrs = await call(http, emulator, "POST", runs_path, json={})
    assert (status, body) == (202, b"")
    location = yarl.URL(hdrs["Location"], encoded=True)
    assert location.origin() == emulator.base_url.origin()
    run_id = location.name
    status, _, hdrs = await call(http, emulator, "POST", runs_path)
    assert status == 303
    assert yarl.URL(hdrs["Location"], encoded=True).name == run_id
    status, body, _ = await call(http, emulator, "DELETE", f"/export/connections/{conn}")
    assert (status, body["error"]["code"]) == (409, "ConnectionAlreadyInUse")
    status, body, _ = await call(http, emulator, "GET", location)
    assert (status, body["run"]["state"], body["run"]["result"]) == (
        200,
        "Executing",
        "Undetermined",
    )
    _, body, _ = await call(http, emulator, "GET", location)
    run = body["run"]
    assert (run["state"], run["result"], run["connectionId"]) == ("Completed", "Success", conn)
    assert run["jobs"][0]["tasks"][0]["state"] == "Completed"
    assert run["endDateTime"].endswith("Z") and len(run["endDateTime"].split(".")[1]) == 8
    status, _, hdrs = await call(http, emulator, "POST", runs_path)
    assert status == 202
    assert yarl.URL(hdrs["Location"], encoded=True).name != run_id
    _, body, _ = await call(http, emulator, "GET", f"{runs_path}?$top=1")
    assert len(body["runs"]) == 1 and "next" in body["_links"]
    _, body, _ = await call(http, emulator, "GET", f"/export/connections/{conn}")
    assert body["connection"]["_links"]["lastRun"]["href"].startswith(str(emulator.base_url))
    emulator.advance()
    assert (await call(http, emulator, "DELETE", f"/export/connections/{conn}"))[0] == 204


async def test_run_errors_and_not_found(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    conn = emulator.add_connection(IMODEL)
    failed = emulator.add_run(conn, result="Error")
    status, body, _ = await call(http, emulator, "GET", f"/export/connections/{conn}/runs/{failed}")
    task = body["run"]["jobs"][0]["tasks"][0]
    assert status == 200 and body["run"]["result"] == "Error"
    assert set(task["error"]) == {
        "errorCode",
        "message",
        "details",
        "bridgeExitCode",
        "system",
        "phase",
        "category",
        "descriptionKey",
        "description",
        "kbArticleLink",
        "canUserFix",
    }
    status, body, _ = await call(http, emulator, "GET", f"/export/connections/{conn}/runs/nope")
    assert (status, body["error"]["code"]) == (404, "RunNotFound")
    status, body, _ = await call(http, emulator, "GET", "/export/connections/nope/runs")
    assert (status, body["error"]["code"]) == (404, "ConnectionNotFound")
    status, body, _ = await call(http, emulator, "POST", "/export/connections/nope/runs")
    assert (status, body["error"]["code"]) == (404, "ConnectionNotFound")


async def test_authorization_information(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    status, body, _ = await call(
        http, emulator, "GET", "/export/authorizationinformation?redirectUrl=https://my.app/cb"
    )
    info = body["authorizationInformation"]
    assert status == 200 and info["isUserAuthorized"] is True
    href = yarl.URL(info["_links"]["authorizationUrl"]["href"])
    assert href.query["redirect_uri"] == "https://my.app/cb"


# ---- token endpoint ---------------------------------------------------------------------


async def test_client_credentials_token_endpoint(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    form = {
        "grant_type": "client_credentials",
        "client_id": emulator.client_id,
        "client_secret": emulator.client_secret,
        "scope": "itwin-platform",
    }
    async with http.post(emulator.token_url, data=form) as response:
        assert response.status == 200
        grant = await response.json()
    assert grant["token_type"] == "Bearer" and grant["expires_in"] == 3600
    assert grant["scope"] == "itwin-platform"
    assert emulator.state.tokens_issued == 1
    status, _, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token=grant["access_token"])
    )
    assert status == 200
    for bad, error in (
        ({**form, "client_secret": "wrong"}, "invalid_client"),
        ({**form, "client_id": "other"}, "invalid_client"),
        ({**form, "grant_type": "password"}, "unsupported_grant_type"),
    ):
        async with http.post(emulator.token_url, data=bad) as response:
            assert response.status == 400
            assert (await response.json()) == {"error": error}
    assert emulator.state.tokens_issued == 1
    assert emulator.client_secret not in repr(emulator.requests)

    def basic(user: str, password: str) -> dict[str, str]:
        return {
            "Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        }

    async with http.post(
        emulator.token_url,
        data={"grant_type": "client_credentials"},
        headers=basic(emulator.client_id, emulator.client_secret),
    ) as response:
        assert response.status == 200
        assert (await response.json())["access_token"] in emulator.state.tokens
    async with http.post(
        emulator.token_url,
        data={"grant_type": "client_credentials"},
        headers=basic(emulator.client_id, "wrong"),
    ) as response:
        assert (response.status, await response.json()) == (400, {"error": "invalid_client"})
    assert emulator.state.tokens_issued == 2


async def test_issued_tokens_expire(http: aiohttp.ClientSession) -> None:
    clock = FakeClock()
    async with running(clock=clock, token_lifetime=60) as emu:
        form = {
            "grant_type": "client_credentials",
            "client_id": emu.client_id,
            "client_secret": emu.client_secret,
        }
        async with http.post(emu.token_url, data=form) as response:
            token = (await response.json())["access_token"]
        assert (await call(http, emu, "GET", "/mesh-export/", hdrs=headers(emu, token=token)))[
            0
        ] == 200
        clock.tick(60)
        status, body, _ = await call(
            http, emu, "GET", "/mesh-export/", hdrs=headers(emu, token=token)
        )
        assert (status, body["error"]["code"]) == (401, "InvalidToken")


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


# ---- leak log ---------------------------------------------------------------------------


async def test_secret_leaks_are_recorded_and_redacted(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = await mesh_href(http, emulator, export)
    async with http.get(blob(href, "tileset.json")) as response:
        assert response.status == 200
    assert emulator.secret_leaks() == []
    sig = yarl.URL(href, encoded=True).query["sig"]
    async with http.get(
        blob(href, "tileset.json"), headers={"Authorization": f"Bearer {emulator.token}"}
    ) as response:
        assert response.status == 200
    await call(
        http, emulator, "GET", "/mesh-export/?" + yarl.URL(href, encoded=True).raw_query_string
    )
    leaks = emulator.secret_leaks()
    assert len(leaks) == 2
    assert "token sent to blob origin" in leaks[0]
    assert "SAS signature sent to API origin" in leaks[1]
    text = " ".join(leaks) + repr(emulator.requests)
    assert emulator.token not in text
    assert sig not in text and quote(sig, safe="") not in text


# ---- faults -----------------------------------------------------------------------------


async def test_forced_faults_of_each_kind(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)
    # aiohttp repeats an idempotent request once after a reset, so it takes two to see one.
    emulator.faults.force("reset", scope="blob", count=2)
    with pytest.raises(aiohttp.ClientOSError):
        async with http.get(blob(href, "tiles/a.glb")) as response:
            await response.read()
    emulator.faults.force("truncate", scope="blob")
    with pytest.raises(aiohttp.ClientPayloadError):
        async with http.get(blob(href, "tiles/a.glb")) as response:
            assert response.headers["Content-Length"] == str(len(FILES["tiles/a.glb"]))
            await response.read()
    emulator.faults.force("server_error", scope="blob", count=2)
    statuses = []
    for _ in range(2):
        async with http.get(blob(href, "tiles/a.glb")) as response:
            statuses.append(response.status)
            assert xml_error(await response.read())[0] in ("InternalError", "ServerBusy")
    assert sorted(statuses) == [500, 503]
    emulator.faults.force("rate_limit", scope="blob")
    async with http.get(blob(href, "tiles/a.glb")) as response:
        assert (response.status, response.headers["Retry-After"]) == (503, "1")
        assert xml_error(await response.read())[0] == "ServerBusy"
    emulator.faults.force("rate_limit", scope="api")
    status, body, hdrs = await call(http, emulator, "GET", "/mesh-export/")
    assert (status, body["error"]["code"], hdrs["Retry-After"]) == (429, "RateLimitExceeded", "1")
    assert body["error"]["message"].startswith("The client sent more requests than allowed")
    emulator.faults.force("server_error", scope="api")
    status, body, _ = await call(http, emulator, "GET", "/mesh-export/")
    assert status in (500, 503) and body["error"]["code"]
    emulator.faults.force("slow", scope="api")
    emulator.faults.slow_seconds = 0.2
    started = time.monotonic()
    assert (await call(http, emulator, "GET", "/mesh-export/"))[0] == 200
    assert time.monotonic() - started >= 0.2
    emulator.faults.force("reset", scope="api", count=2)
    with pytest.raises(aiohttp.ClientOSError):
        await call(http, emulator, "GET", "/mesh-export/")
    # All done: normal service again, and nothing was changed by the faults.
    async with http.get(blob(href, "tiles/a.glb")) as response:
        assert await response.read() == FILES["tiles/a.glb"]
    assert [f.kind for f in emulator.faults.injected] == [
        "reset",
        "reset",
        "truncate",
        "server_error",
        "server_error",
        "rate_limit",
        "rate_limit",
        "server_error",
        "slow",
        "reset",
        "reset",
    ]


async def test_truncate_without_body_resets(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    emulator.faults.force("truncate", scope="blob", count=2)
    with pytest.raises(aiohttp.ClientError):
        async with http.head(blob(emulator.sas_href(export), "tiles/a.glb")) as response:
            await response.read()


def test_force_refuses_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown fault kind 'boom'"):
        FaultConfig().force("boom")  # type: ignore[arg-type]


def _decisions(config: FaultConfig, requests: list[tuple[str, str]]) -> list[str | None]:
    return [config.decide("blob", "GET", path) for _, path in requests]


def test_fault_choice_is_seeded_and_independent_of_order() -> None:
    requests = [("GET", f"/acct/c/{i}.glb") for i in range(200)]
    first = _decisions(
        FaultConfig(seed=7, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1),
        requests,
    )
    again = _decisions(
        FaultConfig(seed=7, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1),
        requests,
    )
    assert first == again
    assert set(first) == {None, *FAULT_KINDS}
    shuffled = FaultConfig(
        seed=7, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1
    )
    backwards = _decisions(shuffled, requests[::-1])[::-1]
    assert backwards == first
    other = _decisions(
        FaultConfig(seed=8, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1),
        requests,
    )
    assert other != first


def test_retries_get_fresh_draws_and_limits_apply() -> None:
    config = FaultConfig(seed=1, reset=0.5)
    draws = [config.decide("blob", "GET", "/a/c/x.glb") for _ in range(40)]
    assert None in draws and "reset" in draws
    scoped = FaultConfig(seed=1, reset=1.0, scope="blob")
    assert scoped.decide("api", "GET", "/mesh-export/") is None
    assert scoped.decide("blob", "GET", "/a/c/x.glb") == "reset"
    globbed = FaultConfig(seed=1, reset=1.0, paths="*.glb")
    assert globbed.decide("blob", "GET", "/a/c/tileset.json") is None
    assert globbed.decide("blob", "GET", "/a/c/x.glb") == "reset"
    capped = FaultConfig(seed=1, reset=1.0, max_faults=2)
    assert [capped.decide("blob", "GET", f"/{i}") for i in range(4)] == [
        "reset",
        "reset",
        None,
        None,
    ]
    capped.force("slow", scope="api")
    assert capped.decide("blob", "GET", "/x") is None
    assert capped.decide("api", "GET", "/x") == "slow"
    capped.force("slow")
    capped.clear()
    assert capped.decide("api", "GET", "/y") is None
    assert len(capped.injected) == 3


async def test_same_seed_same_faults_over_http(http: aiohttp.ClientSession) -> None:
    async def run(seed: int) -> list[tuple[str, str]]:
        faults = FaultConfig(seed=seed, server_error=0.3, rate_limit=0.2, scope="blob")
        async with running(seed=seed, faults=faults) as emu:
            href = emu.sas_href(emu.add_export(IMODEL, FILES))
            for name in sorted(FILES) * 3:
                async with http.get(blob(href, quote(name))) as response:
                    await response.read()
            return [(f.path.rsplit("/", 1)[-1], f.kind) for f in emu.faults.injected]

    first = await run(5)
    assert first and first == await run(5)


async def test_expire_sas_after_n_blob_requests(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = await mesh_href(http, emulator, export)
    emulator.faults.expire_sas_after = 2
    statuses = []
    for name in ("tileset.json", "tiles/a.glb", "zeta.bin"):
        async with http.get(blob(href, quote(name))) as response:
            statuses.append(response.status)
    assert statuses == [200, 200, 403]
    fresh = await mesh_href(http, emulator, export)
    async with http.get(blob(fresh, "zeta.bin")) as response:
        assert response.status == 200


async def test_concurrent_requests_are_served(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)

    async def fetch(name: str) -> bytes:
        async with http.get(blob(href, quote(name))) as response:
            return await response.read()

    got = await asyncio.gather(*(fetch(n) for n in sorted(FILES) * 10))
    assert got == [FILES[n] for n in sorted(FILES) * 10]


# ---- pure parts -------------------------------------------------------------------------


def test_string_to_sign_per_version() -> None:
    fields = {"sv": "2022-11-02", "sp": "rl", "st": "S", "se": "E", "sr": "c", "spr": "https"}
    assert string_to_sign(fields, "acct", "cont").split("\n") == [
        "rl",
        "S",
        "E",
        "/blob/acct/cont",
        "",
        "",
        "https",
        "2022-11-02",
        "c",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    old = {**fields, "sv": "2019-02-02"}
    assert string_to_sign(old, "acct", "cont").split("\n") == [
        "rl",
        "S",
        "E",
        "/blob/acct/cont",
        "",
        "",
        "https",
        "2019-02-02",
        "c",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    older = {**fields, "sv": "2015-04-05"}
    assert len(string_to_sign(older, "acct", "cont").split("\n")) == 13
    blob_fields = {**fields, "sr": "b"}
    assert "/blob/acct/cont/a/b.glb" in string_to_sign(blob_fields, "acct", "cont", "a/b.glb")
    assert "/blob/acct/cont\n" in string_to_sign(fields, "acct", "cont", "a/b.glb")


def test_parse_and_format_sas_time() -> None:
    moment = datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)
    assert format_sas_time(moment) == "2024-08-22T03:18:43Z"
    assert format_sas_time(moment.replace(tzinfo=None)) == "2024-08-22T03:18:43Z"
    assert parse_sas_time("2024-08-22T03:18:43Z") == moment
    assert parse_sas_time("2024-08-22T03:18:43+00:00") == moment
    assert parse_sas_time("2024-08-22T03:18:43.1234567Z") == moment.replace(microsecond=123456)
    assert parse_sas_time("2024-08-22") == datetime(2024, 8, 22, tzinfo=UTC)
    assert parse_sas_time("yesterday") is None


def test_check_service_sas_outcomes() -> None:
    key = base64.b64encode(b"k" * 64).decode()
    now = datetime(2024, 1, 1, 12, tzinfo=UTC)
    good = service_sas_fields("acct", key, "cont", expiry=now + timedelta(hours=1))

    def check(fields: dict[str, str], permission: str = "r", scheme: str = "http") -> str | None:
        failure = check_service_sas(
            fields,
            account="acct",
            keys={"key1": key},
            container="cont",
            blob="x.glb",
            permission=permission,
            scheme=scheme,
            now=now,
        )
        return failure.code if failure else None

    assert check(good) is None
    assert check(good, "l") is None
    assert check(good, "w") == "AuthorizationPermissionMismatch"
    assert check({**good, "sig": good["sig"][:-2] + "A="}) == "AuthenticationFailed"
    assert check({k: v for k, v in good.items() if k != "se"}) == "AuthenticationFailed"
    assert check({**good, "sig": "***"}) == "AuthenticationFailed"
    blob_sas = service_sas_fields(
        "acct", key, "cont", expiry=now + timedelta(hours=1), blob="x.glb"
    )
    assert check(blob_sas) is None
    assert check(blob_sas, "l") == "AuthorizationResourceTypeMismatch"
    bad_time = service_sas_fields("acct", key, "cont", expiry=now + timedelta(hours=1))
    bad_time["se"] = "soon"
    bad_time["sig"] = service_sas_fields("acct", key, "cont", expiry=now)["sig"]
    assert check(bad_time) == "AuthenticationFailed"


def test_generate_container_sas_encodes_every_value() -> None:
    sas = generate_container_sas(
        "acct",
        base64.b64encode(b"x" * 32).decode(),
        "cont",
        expiry=datetime(2030, 1, 1, tzinfo=UTC),
    )
    assert sas.startswith(
        "sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=rl&spr=https%2Chttp&sig="
    )
    assert "+" not in sas and "/" not in sas


def _entries(*names: str) -> list[BlobEntry]:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    return [BlobEntry(n, 1, "application/octet-stream", "0x1", moment) for n in names]


def test_list_page_markers_and_delimiters() -> None:
    entries = _entries("b", "a/1", "a/2", "c/x/1", "c/y", "d")
    page = list_page(entries, max_results=2)
    assert [b.name for b in page.blobs] == ["a/1", "a/2"]
    assert decode_marker(page.next_marker) == "b"
    page = list_page(entries, max_results=2, marker=page.next_marker)
    assert [b.name for b in page.blobs] == ["b", "c/x/1"]
    top = list_page(entries, delimiter="/", max_results=2)
    assert top.prefixes == ("a/",) and [b.name for b in top.blobs] == ["b"]
    rest = list_page(entries, delimiter="/", max_results=2, marker=top.next_marker)
    assert rest.prefixes == ("c/",) and [b.name for b in rest.blobs] == ["d"]
    assert rest.next_marker == ""
    inner = list_page(entries, prefix="c/", delimiter="/")
    assert inner.prefixes == ("c/x/",) and [b.name for b in inner.blobs] == ["c/y"]
    assert decode_marker(encode_marker("név/ü")) == "név/ü"
    with pytest.raises(ListingError):
        decode_marker("2!!!!")
    assert parse_max_results(None) == 5000
    assert parse_max_results("7") == 7


def test_state_ids_are_seeded() -> None:
    assert State(seed=3).new_id() == State(seed=3).new_id() != State(seed=4).new_id()
    with pytest.raises(ValueError, match="non-empty name"):
        State().add_export(files={"/": b""})


# ---- serving a directory ----------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    for name in ("one", "two"):
        (tmp_path / name / "tiles").mkdir(parents=True)
        (tmp_path / name / "tileset.json").write_bytes(b'{"asset":{"version":"1.1"}}')
        (tmp_path / name / "tiles" / "0.glb").write_bytes(gzip.compress(b"glTF" * 8))
        (tmp_path / name / ".state").mkdir()
        (tmp_path / name / ".state" / "x").write_bytes(b"hidden")
    (tmp_path / "not-a-tileset").mkdir()
    yield tmp_path


def test_load_directory_and_tileset_directories(data_dir: Path, tmp_path: Path) -> None:
    files = load_directory(data_dir / "one")
    assert sorted(files) == ["tiles/0.glb", "tileset.json"]
    assert tileset_directories(data_dir) == [data_dir / "one", data_dir / "two"]
    assert tileset_directories(data_dir / "one") == [data_dir / "one"]
    with pytest.raises(FileNotFoundError, match=r"no tileset\.json"):
        tileset_directories(data_dir / "not-a-tileset")
    with pytest.raises(NotADirectoryError):
        load_directory(data_dir / "one" / "tileset.json")


async def test_serve_forever_serves_a_data_directory(
    data_dir: Path, http: aiohttp.ClientSession
) -> None:
    ready: asyncio.Future[tuple[Emulator, list[str]]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        serve_forever(
            "127.0.0.1",
            0,
            data_dir,
            files=minimal_tileset(),
            on_ready=lambda emu, ids: ready.set_result((emu, ids)),
        )
    )
    try:
        emu, ids = await asyncio.wait_for(ready, 10)
        assert len(ids) == 3
        status, body, _ = await call(http, emu, "GET", "/mesh-export/")
        assert status == 200
        assert {"one", "two"} <= {e["displayName"] for e in body["exports"]}
        href = await mesh_href(http, emu, ids[0])
        async with (
            aiohttp.ClientSession(auto_decompress=False) as raw,
            raw.get(blob(href, "tiles/0.glb")) as response,
        ):
            assert response.headers["Content-Encoding"] == "gzip"
            assert gzip.decompress(await response.read()) == b"glTF" * 8
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_emulator_start_twice_is_refused_and_stop_is_idempotent() -> None:
    emu = Emulator()
    await emu.start()
    try:
        with pytest.raises(RuntimeError, match="already running"):
            await emu.start()
    finally:
        await emu.stop()
        await emu.stop()
