"""The emulator's Mesh Export routes: lists and paging, get, start and the life cycle of an
export, validation, delete, and a fresh SAS on every read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
import yarl

from itwin_mesh_async.emulator import Emulator, running
from itwin_mesh_async.emulator.sas import (
    parse_sas_time,
)
from itwin_mesh_async.emulator.state import minimal_tileset
from tests.emulator.support import (
    FILES,
    IMODEL,
    FakeClock,
    blob,
    call,
    headers,
    mesh_href,
    xml_error,
)

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
    assert body["export"] == {  # the minimal representation has no ``error`` (its schema)
        "id": export_id,
        "displayName": body["export"]["displayName"],
        "status": "Invalid",
        "lastModified": body["export"]["lastModified"],
    }
    _, body, _ = await call(http, emulator, "GET", f"/mesh-export/{export_id}")
    assert body["export"]["error"] == "The iModel could not be opened."
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
