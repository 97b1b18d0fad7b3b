"""``latest()`` picks the export of the newest changeset (documented order, client-side guard),
``changesetIndex`` is a string, and one malformed field never loses a page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.client import ITwinClient
from itwin_mesh_async.converter import structure
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.mesh_exports import MeshExports, newest_changeset
from itwin_mesh_async.models import Export, changeset_number
from itwin_mesh_async.retry import RetryPolicy, VirtualTime
from tests.helpers import client_for, serve

BASE = datetime(2024, 8, 20, tzinfo=UTC)


def emu_client(emu: Emulator) -> ITwinClient:
    return ITwinClient(token=emu.token, base_url=str(emu.base_url), retry=RetryPolicy.no_wait())


def listed(export_id: str, index: Any, status: Any = "Complete", **extra: Any) -> dict[str, Any]:
    """An export as Get Exports lists it with ``return=representation``."""
    request = {"iModelId": "im1", "changesetId": f"cs-{index}", "exportType": "3DTiles"}
    if index is not None:
        request["changesetIndex"] = index
    return {"id": export_id, "displayName": "m", "status": status, "request": request, **extra}


def answering(exports: list[dict[str, Any]]) -> Any:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response({"exports": exports, "_links": {}})

    return handler


async def test_emulator_changesets_3_1_2_with_1_exported_last_gives_3(emulator: Emulator) -> None:
    imodel = emulator.add_imodel()
    for index, day in ((3, 1), (2, 2), (1, 3)):  # changeset 1 was exported last
        emulator.add_export(
            imodel, changeset_id=f"cs{index}", changeset_index=index,
            last_modified=BASE + timedelta(days=day),
        )  # fmt: skip
    async with emu_client(emulator) as client:
        latest = await client.mesh_exports.latest(imodel, timeout=0)
        order = [e.changeset_index async for e in client.mesh_exports.list(imodel)]
        by_date = [
            e.changeset_index async for e in client.mesh_exports.list(imodel, order_by="date:desc")
        ]
    assert (latest.changeset_index, latest.changeset_number) == ("3", 3)
    assert latest.request is not None and latest.request.changeset_id == "cs3"
    assert order == ["3", "2", "1"]  # the documented order: changesetIndex, newest first
    assert by_date == ["1", "2", "3"]
    (asked,) = [r for r in emulator.requests if r.path_qs.startswith("/mesh-export/?")][:1]
    query = URL(asked.path_qs).query
    assert "$orderBy" not in query and "changesetId" not in query
    assert query["exportType"] == "3DTiles"


@pytest.mark.parametrize(
    ("indexes", "expected"),
    [
        (["1", "3", "2"], "3"),  # listed in a wrong order: the guard still takes the highest
        (["9", "10"], "10"),  # numeric, not text, comparison
        (["", "abc", "1.5", "2"], "2"),  # a numeric index wins over any other
        (["abc", ""], "abc"),  # nothing numeric: the service's order decides
        ([None, "4"], "4"),
    ],
)
async def test_latest_takes_the_complete_export_of_the_highest_index(
    indexes: list[Any], expected: str
) -> None:
    exports = [listed(f"e{i}", index) for i, index in enumerate(indexes)]
    exports.insert(0, listed("pending", "99", status="InProgress"))
    exports.insert(0, listed("failed", "98", status="Invalid", error="broken"))
    async with (
        serve([web.get("/mesh-export/", answering(exports))]) as (base, seen),
        client_for(base) as c,
    ):
        latest = await c.mesh_exports.latest("im1", timeout=0)
    assert latest.changeset_index == expected
    assert "$orderBy" not in URL(seen[0][1]).query


async def test_every_invalid_raises_with_the_newest_changesets_error() -> None:
    exports = [
        listed("a", "1", status="Invalid", error="old failure"),
        listed("b", "7", status="Invalid", error="newest failure"),
        listed("c", "3", status="Invalid", error="middle failure"),
    ]
    async with (
        serve([web.get("/mesh-export/", answering(exports))]) as (base, _),
        client_for(base) as c,
    ):
        with pytest.raises(Exception, match="newest failure") as info:
            await c.mesh_exports.latest("im1", timeout=0)
    assert type(info.value).__name__ == "ExportFailedError"


async def test_latest_tells_what_it_waits_for() -> None:
    vt = VirtualTime()
    pages = [[], [listed("p", "1", status="InProgress")], [listed("done", "1")]]

    async def handler(request: web.Request) -> web.Response:
        return web.json_response({"exports": pages.pop(0) if len(pages) > 1 else pages[0]})

    states: list[str] = []
    async with (
        serve([web.get("/mesh-export/", handler)]) as (base, _),
        client_for(base) as c,
    ):
        exports = MeshExports(c.transport, sleep=vt.sleep, clock=vt.clock)
        export = await exports.latest("im1", timeout=60, poll_interval=10, on_wait=states.append)
    assert export.id == "done"
    assert states == ["no export listed yet", "1 export(s) still in progress"]


async def test_one_malformed_field_never_loses_the_page() -> None:
    exports = [
        listed("good", "2"),
        listed("odd-index", {"not": "a string"}, lastModified="yesterday", status=7),
        {**listed("odd-request", "1"), "request": "not an object", "stats": [1, 2]},
    ]
    async with (
        serve([web.get("/mesh-export/", answering(exports))]) as (base, _),
        client_for(base) as c,
    ):
        got = await c.mesh_exports.list("im1").collect()
        latest = await c.mesh_exports.latest("im1", timeout=0)
    assert [e.id for e in got] == ["good", "odd-index", "odd-request"]
    odd = got[1]
    assert (odd.status, odd.last_modified, odd.changeset_index) == (None, None, None)
    assert odd.raw["request"]["changesetIndex"] == {"not": "a string"}  # kept as sent
    assert odd.raw["lastModified"] == "yesterday" and odd.raw["status"] == 7
    assert odd.request is not None and odd.request.changeset_id == "cs-{'not': 'a string'}"
    assert got[2].request is None and got[2].stats is None
    assert got[2].raw["request"] == "not an object"
    assert latest.id == "good"


@pytest.mark.parametrize(
    ("value", "text", "number"),
    [("42", "42", 42), (42, "42", 42), ("", "", None), ("abc", "abc", None), ("1.5", "1.5", None)],
)
def test_changeset_index_is_text_with_a_numeric_helper(
    value: Any, text: str, number: int | None
) -> None:
    export = structure({"id": "x", "request": {"changesetIndex": value}}, Export)
    assert export.changeset_index == text
    assert export.changeset_number == number == changeset_number(text)


def test_newest_changeset_of_nothing_is_none() -> None:
    assert newest_changeset([]) is None
    assert changeset_number(True) is None and changeset_number(" 7 ") == 7
