"""Export (connections) API resource against a real aiohttp.web service on loopback."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.errors import (
    ConflictError,
    InvalidArgumentError,
    NotFoundError,
    UnexpectedResponseError,
    UnprocessableError,
)
from itwin_mesh_async.models import (
    AuthenticationType,
    Connection,
    ExecutionResult,
    ExecutionState,
)
from tests.helpers import TOKEN, client_for, seed, serve


def run_body(run_id: str, state: str = "Executing", result: str = "Undetermined") -> Any:
    return {
        "run": {"id": run_id, "connectionId": "c1", "state": state, "result": result, "jobs": []}
    }


async def test_list_uses_lowercase_imodel_id_and_follows_pages() -> None:
    async def handler(request: web.Request) -> web.Response:
        body = seed("get_connections.json")
        if "$skip" in request.query:
            body["connections"] = body["connections"][1:]
            del body["_links"]["next"]
        else:
            nxt = request.url.update_query({"$skip": "1"})
            body["connections"] = body["connections"][:1]
            body["_links"]["next"]["href"] = str(nxt)
        return web.json_response(body)

    async with (
        serve([web.get("/export/connections", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        conns = [x async for x in c.export_connections.list("im1", page_size=1)]
        with pytest.raises(InvalidArgumentError, match="between 1 and 1000"):
            c.export_connections.list("im1", page_size=5000)
        with pytest.raises(InvalidArgumentError, match="imodel_id"):
            c.export_connections.list("")
    assert [x.id for x in conns] == [
        "VRZHoBhrnkGrAev0-_-d_xwvyrzjgaVGka5wU967Q7M",
        "fc226d0d-1647-48d7-8c11-f1f74f2d9808",
    ]
    assert conns[1].authentication_type is AuthenticationType.SERVICE
    assert dict(URL(seen[0][1]).query) == {"imodelId": "im1", "$top": "1"}
    assert "iModelId" not in URL(seen[0][1]).query
    assert len(seen) == 2


async def test_get_and_404_connection_not_found() -> None:
    async def handler(request: web.Request) -> web.Response:
        if request.match_info["id"] == "fc226d0d-1647-48d7-8c11-f1f74f2d9808":
            return web.json_response(seed("get_connection.json"))
        return web.json_response(
            {
                "error": {
                    "code": "ConnectionNotFound",
                    "message": "Requested Connection is not available.",
                }
            },
            status=404,
        )

    async with (
        serve([web.get("/export/connections/{id}", handler)]) as (base, _),
        client_for(base) as c,
    ):
        conn = await c.export_connections.get("fc226d0d-1647-48d7-8c11-f1f74f2d9808")
        with pytest.raises(NotFoundError, match="ConnectionNotFound") as info:
            await c.export_connections.get("nope")
    assert isinstance(conn, Connection)
    assert conn.imodel_id == "7dbd531d-6967-47b2-8945-a722a437ad7a"
    assert conn.links is not None and conn.links.last_run is not None
    assert info.value.status == 404
    assert TOKEN not in str(info.value)


async def test_create_posts_the_documented_body_201() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(seed("get_connection.json"), status=201)

    async with (
        serve([web.post("/export/connections", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        conn = await c.export_connections.create(
            imodel_id="im1", display_name="30", authentication_type=AuthenticationType.SERVICE
        )
        minimal = await c.export_connections.create(imodel_id="im2")
    assert conn.display_name == "30" and minimal.id == conn.id
    assert json.loads(seen[0][3]) == {
        "iModelId": "im1",
        "displayName": "30",
        "authenticationType": "Service",
    }
    assert json.loads(seen[1][3]) == {"iModelId": "im2"}


async def test_delete_204_and_409_in_use() -> None:
    async def handler(request: web.Request) -> web.Response:
        if request.match_info["id"] == "busy":
            return web.json_response(
                {"error": {"code": "ConnectionAlreadyInUse", "message": "Connection is in use."}},
                status=409,
            )
        return web.Response(status=204)

    async with (
        serve([web.delete("/export/connections/{id}", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        await c.export_connections.delete("free")
        with pytest.raises(ConflictError, match="ConnectionAlreadyInUse") as info:
            await c.export_connections.delete("busy")
    assert info.value.status == 409
    assert [(m, p) for m, p, _, _ in seen] == [
        ("DELETE", "/export/connections/free"),
        ("DELETE", "/export/connections/busy"),
    ]


async def test_runs_and_get_run() -> None:
    async def runs(request: web.Request) -> web.Response:
        body = seed("get_runs.json")
        del body["_links"]["next"]
        return web.json_response(body)

    async def one(request: web.Request) -> web.Response:
        return web.json_response(seed("get_run.json"))

    routes = [
        web.get("/export/connections/{id}/runs", runs),
        web.get("/export/connections/{id}/runs/{run}", one),
    ]
    async with serve(routes) as (base, seen), client_for(base) as c:
        listed = await c.export_connections.runs("c 1/x", page_size=50).collect()
        run = await c.export_connections.get_run("c1", "a1ecbdc8c4f6173004f9f881914a57c5511a362b")
        with pytest.raises(InvalidArgumentError, match="run_id"):
            await c.export_connections.get_run("c1", "")
    assert [r.result for r in listed] == [ExecutionResult.ERROR, ExecutionResult.CANCELED]
    assert run.state is ExecutionState.COMPLETED
    assert run.result is ExecutionResult.PARTIAL_SUCCESS
    assert seen[0][1] == "/export/connections/c%201%2Fx/runs?$top=50"
    assert len(seen) == 2


async def test_create_run_202_follows_location() -> None:
    async def create(request: web.Request) -> web.Response:
        # a relative Location, resolved against the request URL
        return web.Response(status=202, headers={"Location": "runs/r-new"})

    async def get_run(request: web.Request) -> web.Response:
        return web.json_response(run_body(request.match_info["run"], "NotStarted"))

    routes = [
        web.post("/export/connections/{id}/runs", create),
        web.get("/export/connections/{id}/runs/{run}", get_run),
    ]
    async with serve(routes) as (base, seen), client_for(base) as c:
        run = await c.export_connections.create_run("c1")
    assert run.id == "r-new" and run.state is ExecutionState.NOT_STARTED
    assert [(m, p) for m, p, _, _ in seen] == [
        ("POST", "/export/connections/c1/runs"),
        ("GET", "/export/connections/c1/runs/r-new"),
    ]
    assert seen[1][2]["Authorization"] == f"Bearer {TOKEN}"


async def test_create_run_303_returns_the_active_run() -> None:
    posted: list[Any] = []

    async def create(request: web.Request) -> web.Response:
        posted.append(await request.json())
        location = str(request.url.with_path("/export/connections/c1/runs/r-active"))
        return web.Response(status=303, headers={"Location": location})

    async def get_run(request: web.Request) -> web.Response:
        return web.json_response(run_body(request.match_info["run"], "Executing"))

    routes = [
        web.post("/export/connections/{id}/runs", create),
        web.get("/export/connections/{id}/runs/{run}", get_run),
    ]
    async with serve(routes) as (base, seen), client_for(base) as c:
        run = await c.export_connections.create_run(
            "c1", options={"exportType": "IFC", "ifcVersion": "IFC4.3"}
        )
    assert run.id == "r-active" and run.state is ExecutionState.EXECUTING
    assert posted == [{"exportType": "IFC", "ifcVersion": "IFC4.3"}]
    assert [m for m, _, _, _ in seen] == ["POST", "GET"]  # one POST: no second run started


async def test_create_run_without_location_or_off_origin() -> None:
    async with serve([]) as (other, other_seen):

        async def create(request: web.Request) -> web.Response:
            if request.match_info["id"] == "far":
                return web.Response(status=202, headers={"Location": f"{other}/runs/x"})
            return web.Response(status=202)

        async with (
            serve([web.post("/export/connections/{id}/runs", create)]) as (base, seen),
            client_for(base) as c,
        ):
            with pytest.raises(UnexpectedResponseError, match="without a Location"):
                await c.export_connections.create_run("c1")
            with pytest.raises(InvalidArgumentError, match="refusing to send the API token"):
                await c.export_connections.create_run("far")
    assert len(seen) == 2
    assert other_seen == []


async def test_authorization_information_and_422() -> None:
    async def handler(request: web.Request) -> web.Response:
        if request.query["redirectUrl"] == "not a url":
            return web.json_response(
                {
                    "error": {
                        "code": "InvalidAuthorizationInformationRequest",
                        "message": "Cannot perform operation.",
                        "details": [
                            {
                                "code": "InvalidValue",
                                "message": "redirectUrl must be a valid URL.",
                                "target": "$redirectUrl",
                            }
                        ],
                    }
                },
                status=422,
            )
        return web.json_response(seed("authorization_information.json"))

    async with (
        serve([web.get("/export/authorizationinformation", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        info = await c.export_connections.authorization_information("https://myUrl.com/cb?a=1")
        with pytest.raises(UnprocessableError) as err:
            await c.export_connections.authorization_information("not a url")
    assert info.is_user_authorized is False
    assert info.authorization_url is not None
    assert URL(seen[0][1]).query["redirectUrl"] == "https://myUrl.com/cb?a=1"
    assert err.value.details[0].target == "$redirectUrl"
    assert "redirectUrl must be a valid URL." in str(err.value)
