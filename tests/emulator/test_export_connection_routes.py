"""The emulator's Export (connections) routes: connections, runs and authorization information."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
import yarl

from itwin_mesh_async.emulator import Emulator
from tests.emulator.support import (
    IMODEL,
    call,
)

# ---- Export connections and runs --------------------------------------------------------


async def test_connections_list_requires_imodel_id_and_pages(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(http, emulator, "GET", "/export/connections")
    assert status == 422
    assert body["error"]["code"] == "InvalidConnectionsRequest"  # as documented
    assert body["error"]["details"] == [
        {
            "code": "InvalidValue",
            "message": "Provided imodelId value is not valid.",
            "target": "imodelId",
        }
    ]
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
        "message": "Requested iModelId is not available.",  # the documented text
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
