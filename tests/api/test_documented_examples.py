"""The documentation's examples, verbatim in ``tests/seeds``, read in strict mode; the emulator
answers the documented bodies and its answers fit the same strict models."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import aiohttp
import pytest
from yarl import URL

from itwin_mesh_async.client import ITwinClient
from itwin_mesh_async.converter import strict_converter, structure
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.envelopes import (
    AuthorizationInformationResponse,
    ConnectionList,
    ConnectionResponse,
    ErrorResponse,
    ExportList,
    ExportResponse,
    RunList,
    RunResponse,
)
from itwin_mesh_async.errors import APIError, InvalidArgumentError, UnexpectedResponseError
from itwin_mesh_async.models import Connection, ExportType
from itwin_mesh_async.retry import RetryPolicy
from tests.helpers import seed

SEEDS: list[tuple[str, type[Any]]] = [
    ("get_export.json", ExportResponse),
    ("start_export.json", ExportResponse),
    ("get_exports.json", ExportList),
    ("get_connection.json", ConnectionResponse),
    ("get_connections.json", ConnectionList),
    ("get_run.json", RunResponse),
    ("get_runs.json", RunList),
    ("authorization_information.json", AuthorizationInformationResponse),
    ("error_404.json", ErrorResponse),
    ("error_422.json", ErrorResponse),
    ("get_exports_422.json", ErrorResponse),
    ("connections_404.json", ErrorResponse),
    ("connections_422.json", ErrorResponse),
    ("connections_429.json", ErrorResponse),
]
RUNS = "https://api.bentley.com/export/connections/VRZHoBhrnkGrAev0-_-d_xwvyrzjgaVGka5wU967Q7M/runs"
# What the documented schemas allow in an export's ``request`` (additionalProperties: false).
REQUEST_KEYS = {
    "iModelId", "changesetId", "exportType", "contextId", "iTwinId", "changesetIndex",
    "tilerConfig", "lastModified",
}  # fmt: skip
MINIMAL_KEYS = {"id", "displayName", "status", "lastModified"}


@pytest.mark.parametrize(("name", "model"), SEEDS)
def test_every_documented_body_is_read_whole_in_strict_mode(name: str, model: type) -> None:
    strict_converter.structure(seed(name), model)  # raises on any key no field maps


def test_documented_values_as_given() -> None:
    export = strict_converter.structure(seed("get_export.json"), ExportResponse).export
    assert export.request is not None and export.request.changeset_index == "42"
    assert export.changeset_number == 42
    listing = strict_converter.structure(seed("get_exports.json"), ExportList)
    assert [str(e.request.export_type) for e in listing.exports if e.request] == [
        ExportType.THREE_D_TILES, ExportType.CESIUM, ExportType.THREE_D_TILES
    ]  # fmt: skip
    assert listing.links is not None and listing.links.self_link is not None
    assert listing.links.self_link.href.endswith("/mesh-export/?$top=100&$skip=0")
    assert listing.links.prev is not None and listing.links.next is not None
    runs = strict_converter.structure(seed("get_runs.json"), RunList)
    assert runs.links is not None and runs.links.next is not None
    assert runs.links.next.href == RUNS + "&$skip=50&$top=50"  # the documented shape
    assert runs.links.self_link is not None
    assert runs.links.self_link.href == RUNS + "&$skip=0&$top=50"
    errors = strict_converter.structure(seed("get_exports_422.json"), ErrorResponse)
    assert [d.target for d in errors.error.details] == ["$top", "iModelId", "changesetId"]


def test_the_connection_links_project_is_read() -> None:
    body = seed("get_connection.json")["connection"]
    body["_links"]["project"] = {"href": "https://api.bentley.com/projects/p1"}
    conn = strict_converter.structure(body, Connection)
    assert conn.links is not None and conn.links.project is not None
    assert conn.links.project.href.endswith("/projects/p1")


# ---- the emulator answers as documented --------------------------------------------------


@pytest.fixture
async def client(emulator: Emulator) -> AsyncIterator[ITwinClient]:
    async with ITwinClient(
        token=emulator.token, base_url=str(emulator.base_url), retry=RetryPolicy.no_wait()
    ) as c:
        yield c


async def get(
    http: aiohttp.ClientSession, emu: Emulator, path: str, **headers: str
) -> tuple[int, Any, Mapping[str, str]]:
    url = URL(f"{emu.base_url}{path}", encoded=True)
    auth = {"Authorization": f"Bearer {emu.token}", **headers}
    async with http.get(url, headers=auth) as response:
        return (
            response.status,
            await response.json(),
            {k.lower(): v for k, v in response.headers.items()},
        )


async def test_get_exports_422_is_the_documented_body(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await get(
        http, emulator, "/mesh-export/?$top=1001&iModelId=not%20an%20id&changesetId=%3Cx%3E"
    )
    assert (status, body) == (422, seed("get_exports_422.json"))
    status, body, _ = await get(http, emulator, "/mesh-export/?iModelId=bad!id")
    assert status == 422
    assert body["error"]["details"] == [seed("get_exports_422.json")["error"]["details"][1]]


async def test_connections_404_422_429_are_the_documented_bodies(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    unknown = "00000000-0000-4000-8000-000000000000"
    status, body, _ = await get(http, emulator, f"/export/connections?imodelId={unknown}")
    assert (status, body) == (404, seed("connections_404.json"))
    status, body, _ = await get(http, emulator, f"/export/connections/{unknown}")
    assert (status, body) == (404, seed("connections_404.json"))
    status, body, _ = await get(http, emulator, "/export/connections?imodelId=a%20b&$top=1001")
    assert (status, body) == (422, seed("connections_422.json"))
    emulator.faults.retry_after = 7
    emulator.faults.force("rate_limit", scope="api")
    status, body, headers = await get(http, emulator, f"/export/connections?imodelId={unknown}")
    assert (status, body) == (429, seed("connections_429.json"))
    assert headers["retry-after"] == "7"
    conn = emulator.add_connection()
    status, body, _ = await get(http, emulator, f"/export/connections/{conn}/runs?$top=1001")
    assert status == 422
    assert body["error"]["code"] == "InvalidConnectionRunsRequest"
    assert body["error"]["details"][0]["target"] == "$top"


async def test_the_client_reads_the_documented_errors(
    emulator: Emulator, client: ITwinClient
) -> None:
    with pytest.raises(APIError) as info:
        await client.export_connections.list("a b", page_size=50).collect()
    assert info.value.status == 422 and info.value.code == "InvalidConnectionsRequest"
    assert "imodelId" in str(info.value)
    with pytest.raises(APIError) as info:
        await client.mesh_exports.list("bad!id").collect()
    assert (info.value.code, info.value.message) == (
        "InvalidMeshExportRequest",
        "Cannot retrieve export.",
    )
    assert [d.target for d in info.value.details] == ["iModelId"]


async def test_emulator_answers_fit_the_strict_models(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    imodel = emulator.add_imodel()
    done = emulator.add_export(imodel)
    failed = emulator.add_export(imodel, status="Invalid", error="broken")
    emulator.add_export(imodel, status="InProgress")
    conn = emulator.add_connection(imodel)
    run = emulator.add_run(conn, result="Error")
    answers = {
        f"/mesh-export/?iModelId={imodel}": ExportList,
        f"/mesh-export/{done}": ExportResponse,
        f"/mesh-export/{failed}": ExportResponse,
        f"/export/connections?imodelId={imodel}": ConnectionList,
        f"/export/connections/{conn}": ConnectionResponse,
        f"/export/connections/{conn}/runs": RunList,
        f"/export/connections/{conn}/runs/{run}": RunResponse,
        "/export/authorizationinformation?redirectUrl=https://a.example": (
            AuthorizationInformationResponse
        ),
        "/mesh-export/nope": ErrorResponse,
    }
    for prefer in ("return=representation", "return=minimal"):
        for path, model in answers.items():
            _, body, _ = await get(http, emulator, path, Prefer=prefer)
            strict_converter.structure(body, model)
        _, body, _ = await get(http, emulator, f"/mesh-export/?iModelId={imodel}", Prefer=prefer)
        for export in body["exports"]:
            if prefer == "return=minimal":
                assert set(export) == MINIMAL_KEYS  # no ``error``, even for the Invalid one
            else:
                assert set(export["request"]) <= REQUEST_KEYS
                assert isinstance(export["request"]["changesetIndex"], str)


async def test_runs_next_link_in_the_documented_shape_is_followed(
    emulator: Emulator, client: ITwinClient
) -> None:
    conn = emulator.add_connection()
    made = [emulator.add_run(conn) for _ in range(7)]
    paginator = client.export_connections.runs(conn, page_size=3)
    first = await paginator
    assert first.next_url is not None
    assert str(first.next_url).endswith(f"/export/connections/{conn}/runs&$skip=3&$top=3")
    assert first.links.self_link is not None and first.links.prev is None
    assert first.links.self_link.href.endswith("/runs&$skip=0&$top=3")
    runs = [r.id async for r in paginator]
    assert runs == made
    asked = [r.path_qs for r in emulator.requests if "/runs" in r.path_qs]
    assert f"/export/connections/{conn}/runs&$skip=6&$top=3" in asked
    pages = [p async for p in paginator.pages()]
    assert pages[1].links.prev is not None
    assert pages[1].links.prev.href.endswith("/runs&$skip=0&$top=3")


async def test_link_prefix_header_prefixes_the_list_links(
    emulator: Emulator, http: aiohttp.ClientSession, client: ITwinClient
) -> None:
    imodel = emulator.add_imodel()
    for _ in range(3):
        emulator.add_export(imodel)
    gateway = "https://gateway.example/tiles-api"
    _, body, _ = await get(
        http,
        emulator,
        f"/mesh-export/?iModelId={imodel}&$top=2",
        **{"x-api-host-and-root": gateway},
    )
    assert body["_links"]["next"]["href"] == f"{gateway}/?iModelId={imodel}&$top=2&$skip=2"
    # The same origin as a prefix: paging works through it.
    same = f"{emulator.base_url}/mesh-export"
    before = len(emulator.requests)
    listed = await client.mesh_exports.list(imodel, page_size=2, link_prefix=same).collect()
    assert len(listed) == 3
    sent = [r.header("x-api-host-and-root") for r in emulator.requests[before:]]
    assert sent and set(sent) == {same}
    # Another origin: the client does not follow the link there.
    with pytest.raises(InvalidArgumentError, match="not on the API origin") as info:
        await client.mesh_exports.list(imodel, page_size=2, link_prefix=gateway).collect()
    assert emulator.token not in str(info.value)


async def test_cdn_tile_version_and_itwinjs_are_honoured(
    emulator: Emulator, client: ITwinClient, http: aiohttp.ClientSession
) -> None:
    imodel = emulator.add_imodel()
    plain = emulator.add_export(imodel)
    v2 = emulator.add_export(imodel, tile_version="2", itwinjs="4.0")
    by_cdn = await client.mesh_exports.get(plain, cdn=True)
    assert by_cdn.mesh_href is not None and URL(by_cdn.mesh_href).path.startswith("/cdn/")
    assert by_cdn.tileset_url is not None
    async with http.get(by_cdn.tileset_url) as response:
        assert response.status == 200
        assert (await response.json())["asset"]["version"] == "1.1"
    listed = await client.mesh_exports.list(imodel, cdn=True).collect()
    assert all(URL(e.mesh_href or "").path.startswith("/cdn/") for e in listed)
    plain_get = await client.mesh_exports.get(plain)
    assert not URL(plain_get.mesh_href or "").path.startswith("/cdn/")

    async def ids(**query: Any) -> set[str]:
        return {e.id for e in await client.mesh_exports.list(imodel, **query).collect()}

    assert await ids() == {plain, v2}
    assert await ids(tile_version="1") == {plain}
    assert await ids(tile_version="2") == {plain, v2}
    assert await ids(itwinjs="3.6.1") == {plain}
    assert await ids(itwinjs="4.2") == {plain, v2}


def test_a_structure_error_names_no_value() -> None:
    with pytest.raises(UnexpectedResponseError) as info:
        structure({"error": {"code": ["SECRET-VALUE"]}}, ErrorResponse)
    assert "SECRET-VALUE" not in str(info.value)
