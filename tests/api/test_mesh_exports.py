"""Mesh Export API resource against a real aiohttp.web service on loopback."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.errors import (
    APIError,
    ExportFailedError,
    InvalidArgumentError,
    NotFoundError,
    UnexpectedResponseError,
    UnprocessableError,
    WaitTimeoutError,
)
from itwin_mesh_async.mesh_exports import MeshExports
from itwin_mesh_async.models import Export, ExportStatus, ExportType
from itwin_mesh_async.paging import Page
from itwin_mesh_async.retry import VirtualTime
from tests.helpers import TOKEN, client_for, seed, serve


def export_body(
    export_id: str, status: str = "Complete", *, error: str | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": export_id,
        "displayName": f"export {export_id}",
        "status": status,
        "lastModified": "2024-08-22T03:18:43.0000000+00:00",
        "request": {"iModelId": "im1", "changesetId": "", "exportType": "3DTiles"},
    }
    if status == "Complete":
        body["_links"] = {
            "mesh": {
                "href": f"https://blob.example/{export_id}?sv=1&se=2030-01-01T00%3A00%3A00Z&sig=S%2B1"
            }
        }
    if error is not None:
        body["error"] = error
    body.update(extra)
    return body


def json_response(body: Any, status: int = 200, **headers: str) -> web.Response:
    return web.json_response(body, status=status, headers=headers)


def error_response(status: int, code: str, message: str, details: Any = None) -> web.Response:
    err: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        err["details"] = details
    return web.json_response({"error": err}, status=status)


# --- list ----------------------------------------------------------------------------------------


async def test_list_sends_documented_query_and_prefer_and_follows_three_pages() -> None:
    async def handler(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "0"))
        body: dict[str, Any] = {"exports": [export_body(f"e{page}a"), export_body(f"e{page}b")]}
        if page < 2:
            nxt = request.url.with_query({"page": str(page + 1), "$top": "2"})
            body["_links"] = {"next": {"href": str(nxt)}}
        return json_response(body)

    async with serve([web.get("/mesh-export/", handler)]) as (base, seen), client_for(base) as c:
        ids = [
            e.id
            async for e in c.mesh_exports.list(
                "im1",
                changeset_id="cs1",
                export_type="3DTiles",
                order_by="date:desc",
                page_size=2,
                skip=0,
                cdn=True,
                tile_version="1.1",
                itwinjs="4.0",
            )
        ]
    assert ids == ["e0a", "e0b", "e1a", "e1b", "e2a", "e2b"]
    assert len(seen) == 3
    first = URL(seen[0][1])
    assert dict(first.query) == {
        "iModelId": "im1",
        "changesetId": "cs1",
        "exportType": "3DTiles",
        "$orderBy": "date:desc",
        "$top": "2",
        "$skip": "0",
        "cdn": "1",
        "tileVersion": "1.1",
        "iTwinJS": "4.0",
    }
    # next links are used verbatim: no query of ours is added to them
    assert dict(URL(seen[1][1]).query) == {"page": "1", "$top": "2"}
    for _, _, headers, _ in seen:
        assert headers["Prefer"] == "return=representation"
        assert headers["Authorization"] == f"Bearer {TOKEN}"
        assert headers["Accept"] == "application/vnd.bentley.itwin-platform.v1+json"


async def test_list_return_minimal_and_no_prefer() -> None:
    async def handler(request: web.Request) -> web.Response:
        minimal = request.headers.get("Prefer") != "return=representation"
        item = {
            "id": "e1",
            "displayName": "d",
            "status": "Complete",
            "lastModified": "2024-08-22T03:18:43Z",
        }
        return json_response({"exports": [item if minimal else export_body("e1")]})

    async with serve([web.get("/mesh-export/", handler)]) as (base, seen), client_for(base) as c:
        minimal = await c.mesh_exports.list("im1", prefer="return=minimal").collect()
        bare = await c.mesh_exports.list("im1", prefer=None).collect()
    assert seen[0][2]["Prefer"] == "return=minimal"
    assert "Prefer" not in seen[1][2]
    assert minimal[0].status is ExportStatus.COMPLETE
    assert minimal[0].request is None and minimal[0].tileset_url is None
    assert bare[0].tileset_url is None


async def test_await_gives_the_first_page_and_collect_stops_at_limit() -> None:
    async def handler(request: web.Request) -> web.Response:
        page = int(request.query.get("p", "0"))
        nxt = str(request.url.with_query({"p": str(page + 1)}))
        return json_response(
            {
                "exports": [export_body(f"p{page}-{i}") for i in range(3)],
                "_links": {"next": {"href": nxt}},
            }
        )

    async with serve([web.get("/mesh-export/", handler)]) as (base, seen), client_for(base) as c:
        paginator = c.mesh_exports.list("im1")
        assert seen == []  # nothing is fetched until awaited or iterated
        page = await paginator
        assert isinstance(page, Page)
        assert [e.id for e in page.items] == ["p0-0", "p0-1", "p0-2"]
        assert page.has_next and page.next_url is not None
        assert page.next_url.query["p"] == "1"
        assert len(seen) == 1
        five = await paginator.collect(limit=5)
    assert [e.id for e in five] == ["p0-0", "p0-1", "p0-2", "p1-0", "p1-1"]
    assert len(seen) == 3  # the first page again, then the second: no third


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"page_size": 1001}, "between 1 and 1000"),
        ({"page_size": 0}, "between 1 and 1000"),
        ({"skip": -5}, "skip"),
        ({"order_by": "name:asc"}, "order_by"),
        ({"export_type": ""}, "export_type"),
        ({"changeset_id": ""}, "changeset_id"),
    ],
)
async def test_list_bad_arguments_are_refused_before_any_request(
    kwargs: dict[str, Any], message: str
) -> None:
    async with serve([]) as (base, seen), client_for(base) as c:
        with pytest.raises(InvalidArgumentError, match=message):
            c.mesh_exports.list("im1", **kwargs)
    assert seen == []


async def test_repeated_next_link_stops_with_an_error() -> None:
    async def handler(request: web.Request) -> web.Response:
        page = int(request.query.get("p", "0"))
        # page 2 points back at page 1
        nxt = str(request.url.with_query({"p": str(1 if page == 2 else page + 1), "sig": "zz"}))
        return json_response(
            {"exports": [export_body(f"e{page}")], "_links": {"next": {"href": nxt}}}
        )

    got: list[str] = []
    async with serve([web.get("/mesh-export/", handler)]) as (base, seen), client_for(base) as c:
        with pytest.raises(UnexpectedResponseError, match="repeats a page") as info:
            async for e in c.mesh_exports.list("im1"):
                got.append(e.id)
    assert got == ["e0", "e1", "e2"]
    assert len(seen) == 3
    assert "zz" not in str(info.value)  # a secret-looking query value is redacted


async def test_next_link_to_another_host_is_refused_and_gets_nothing() -> None:
    async with serve([]) as (other, other_seen):

        async def handler(request: web.Request) -> web.Response:
            return json_response(
                {
                    "exports": [export_body("e0")],
                    "_links": {"next": {"href": f"{other}/mesh-export/?p=1"}},
                }
            )

        async with (
            serve([web.get("/mesh-export/", handler)]) as (base, seen),
            client_for(base) as c,
        ):
            got: list[str] = []
            # The bad value is the server's (its next link): not an error of the caller's arguments.
            with pytest.raises(UnexpectedResponseError, match="refusing to send the API token"):
                async for e in c.mesh_exports.list("im1"):
                    got.append(e.id)
    assert got == ["e0"]
    assert len(seen) == 1
    assert other_seen == []  # the token never went to the other origin


async def test_list_body_without_exports_array() -> None:
    async def handler(request: web.Request) -> web.Response:
        return json_response({"items": []})

    async with serve([web.get("/mesh-export/", handler)]) as (base, _), client_for(base) as c:
        with pytest.raises(UnexpectedResponseError, match="'exports'"):
            await c.mesh_exports.list().collect()


# --- get / start / delete ---------------------------------------------------------------


async def test_get_parses_the_export_and_passes_cdn() -> None:
    async def handler(request: web.Request) -> web.Response:
        assert request.match_info["id"] == "fc3aa1e5-5196-4dd9-a73e-4cfda693e576"
        return json_response(seed("get_export.json"))

    async with (
        serve([web.get("/mesh-export/{id}", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        export = await c.mesh_exports.get("fc3aa1e5-5196-4dd9-a73e-4cfda693e576", cdn=True)
    assert export.is_complete
    assert export.raw == seed("get_export.json")["export"]
    assert URL(seen[0][1]).query["cdn"] == "1"


async def test_get_404_export_not_found() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(
            seed("error_404.json"), status=404, headers={"x-correlation-id": "corr-1"}
        )

    async with serve([web.get("/mesh-export/{id}", handler)]) as (base, _), client_for(base) as c:
        with pytest.raises(NotFoundError) as info:
            await c.mesh_exports.get("missing")
    err = info.value
    assert (err.status, err.code) == (404, "ExportNotFound")
    assert err.message == "Requested export is not available."
    assert err.correlation_id == "corr-1"
    assert "ExportNotFound" in str(err) and TOKEN not in str(err)


async def test_get_quotes_the_id_into_one_path_segment() -> None:
    async def handler(request: web.Request) -> web.Response:
        return json_response({"export": export_body(request.match_info["id"])})

    async with (
        serve([web.get("/mesh-export/{id}", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        export = await c.mesh_exports.get("a/../b")
        with pytest.raises(InvalidArgumentError):
            await c.mesh_exports.get("")
    assert export.id == "a/../b"
    assert seen[0][1].startswith("/mesh-export/a%2F..%2Fb")
    assert len(seen) == 1


async def test_get_with_an_unusable_body() -> None:
    async def handler(request: web.Request) -> web.Response:
        return json_response({"export": {"id": ["x"], "lastModified": "yesterday"}})

    async def html(request: web.Request) -> web.Response:
        return web.Response(text="<html>oops</html>", content_type="text/html")

    routes = [web.get("/mesh-export/x", handler), web.get("/mesh-export/h", html)]
    async with serve(routes) as (base, _), client_for(base) as c:
        with pytest.raises(UnexpectedResponseError, match=r"\$\.id"):
            await c.mesh_exports.get("x")
        with pytest.raises(APIError, match="not JSON"):
            await c.mesh_exports.get("h")


async def test_start_posts_the_documented_body_and_accepts_202_and_200() -> None:
    status = iter([202, 200])

    async def handler(request: web.Request) -> web.Response:
        return json_response(seed("start_export.json"), status=next(status))

    async with serve([web.post("/mesh-export/", handler)]) as (base, seen), client_for(base) as c:
        first = await c.mesh_exports.start("im1")
        second = await c.mesh_exports.start(
            "im1", changeset_id="cs9", export_type=ExportType.CESIUM
        )
    assert first.status is ExportStatus.NOT_STARTED and second.id == first.id
    assert json.loads(seen[0][3]) == {"iModelId": "im1", "exportType": "3DTiles"}
    assert json.loads(seen[1][3]) == {
        "iModelId": "im1",
        "changesetId": "cs9",
        "exportType": "CESIUM",
    }


async def test_start_422_carries_details() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(seed("error_422.json"), status=422)

    async with serve([web.post("/mesh-export/", handler)]) as (base, seen), client_for(base) as c:
        with pytest.raises(UnprocessableError) as info:
            await c.mesh_exports.start("im1")
        with pytest.raises(InvalidArgumentError, match="imodel_id"):
            await c.mesh_exports.start("")
    err = info.value
    assert err.code == "InvalidMeshExportRequest"
    assert [(d.code, d.target) for d in err.details] == [("InvalidRequestBody", "iModelId")]
    assert "iModelId cannot be empty." in str(err)
    assert len(seen) == 1  # the empty id never reached the service; the 422 was not retried


async def test_delete_204_and_422_in_progress() -> None:
    async def handler(request: web.Request) -> web.Response:
        if request.match_info["id"] == "busy":
            return error_response(422, "InvalidMeshExportRequest", "Export is in progress.")
        return web.Response(status=204)

    async with (
        serve([web.delete("/mesh-export/{id}", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        await c.mesh_exports.delete("done")
        with pytest.raises(UnprocessableError, match="Export is in progress"):
            await c.mesh_exports.delete("busy")
    assert [(m, p) for m, p, _, _ in seen] == [
        ("DELETE", "/mesh-export/done"),
        ("DELETE", "/mesh-export/busy"),
    ]


# --- wait / latest --------------------------------------------------------------------------------


def scripted(statuses: list[str], error: str | None = None) -> Callable[[web.Request], Any]:
    calls = iter(statuses)

    async def handler(request: web.Request) -> web.Response:
        status = next(calls)
        return json_response({"export": export_body(request.match_info["id"], status, error=error)})

    return handler


async def test_wait_polls_until_complete_with_injected_sleep() -> None:
    vt = VirtualTime()
    handler = scripted(["NotStarted", "InProgress", "InProgress", "Complete"])
    async with (
        serve([web.get("/mesh-export/{id}", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        export = await exports.wait("e1", timeout=600, poll_interval=7)
    assert export.is_complete and export.tileset_url is not None
    assert vt.sleeps == [7, 7, 7]
    assert len(seen) == 4


async def test_wait_on_invalid_raises_with_the_export_error() -> None:
    vt = VirtualTime()
    handler = scripted(["InProgress", "Invalid"], error="Tiler crashed: out of memory")
    async with serve([web.get("/mesh-export/{id}", handler)]) as (base, _), client_for(base) as c:
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        with pytest.raises(ExportFailedError) as info:
            await exports.wait("e9", poll_interval=1)
    err = info.value
    assert err.export_id == "e9"
    assert err.error == "Tiler crashed: out of memory"
    assert isinstance(err.export, Export) and err.export.is_invalid
    assert "Tiler crashed: out of memory" in str(err)


async def test_wait_times_out() -> None:
    vt = VirtualTime()
    handler = scripted(["InProgress"] * 100)
    async with (
        serve([web.get("/mesh-export/{id}", handler)]) as (base, seen),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        with pytest.raises(WaitTimeoutError, match=r"export e1 is still InProgress after 25s"):
            await exports.wait("e1", timeout=25, poll_interval=10)
        with pytest.raises(InvalidArgumentError, match="poll_interval"):
            await exports.wait("e1", poll_interval=0)
    assert vt.sleeps == [10, 10, 5]  # never sleeps past the deadline
    assert len(seen) == 4
    assert isinstance(WaitTimeoutError("x"), TimeoutError)


def listing(pages: list[list[dict[str, Any]]]) -> Callable[[web.Request], Any]:
    """A list endpoint answering one scripted page per call (repeating the last)."""
    calls = {"n": 0}

    async def handler(request: web.Request) -> web.Response:
        n = min(calls["n"], len(pages) - 1)
        calls["n"] += 1
        return json_response({"exports": pages[n]})

    return handler


async def test_latest_retries_an_empty_answer_then_returns_the_newest_complete() -> None:
    vt = VirtualTime()
    pages = [
        [],
        [],
        [
            export_body("new", "InProgress"),
            export_body("mid", "Complete"),
            export_body("old", "Complete"),
        ],
    ]
    async with (
        serve([web.get("/mesh-export/", listing(pages))]) as (base, seen),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        export = await exports.latest("im1", timeout=60, poll_interval=10)
    assert export.id == "mid"
    assert vt.sleeps == [10, 10]
    query = URL(seen[0][1]).query
    assert "$orderBy" not in query  # the documented order: by changesetIndex, newest first
    assert "changesetId" not in query
    assert query["iModelId"] == "im1"
    assert query["exportType"] == "3DTiles"
    assert seen[0][2]["Prefer"] == "return=representation"


async def test_latest_skips_other_export_types_case_insensitively() -> None:
    vt = VirtualTime()
    cesium = export_body("c", "Complete", request={"iModelId": "im1", "exportType": "CESIUM"})
    tiles = export_body("t", "Complete", request={"iModelId": "im1", "exportType": "3DTILES"})
    async with (
        serve([web.get("/mesh-export/", listing([[cesium, tiles]]))]) as (base, _),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        export = await exports.latest("im1")
    assert export.id == "t"


async def test_latest_all_invalid_raises() -> None:
    vt = VirtualTime()
    page = [
        export_body("a", "Invalid", error="newest failure"),
        export_body("b", "Invalid", error="older"),
    ]
    async with (
        serve([web.get("/mesh-export/", listing([page]))]) as (base, seen),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        with pytest.raises(ExportFailedError, match="newest failure") as info:
            await exports.latest("im1")
    assert info.value.export_id == "a"
    assert vt.sleeps == [] and len(seen) == 1


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ([], "no export listed yet"),
        ([{"id": "p", "status": "InProgress"}], "1 export\\(s\\) still in progress"),
    ],
)
async def test_latest_times_out(page: list[dict[str, Any]], message: str) -> None:
    vt = VirtualTime()
    async with (
        serve([web.get("/mesh-export/", listing([page]))]) as (base, seen),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        with pytest.raises(WaitTimeoutError, match=message) as info:
            await exports.latest("im1", changeset_id="cs1", timeout=30, poll_interval=10)
    assert "iModel im1 changeset cs1" in str(info.value)
    assert sum(vt.sleeps) == 30
    assert len(seen) == 4
