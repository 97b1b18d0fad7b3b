"""Paging and parsing: next links followed byte-exact, odd diagnostic fields tolerated."""

from __future__ import annotations

from aiohttp import web

from tests.api.support import client, serve

# --- paging and parsing ---------------------------------------------------------------------------


async def test_list_follows_a_next_link_with_encoded_characters_byte_exact() -> None:
    raw_next = "/mesh-export/?$skipToken=a%2Bb%2Fc%3D%3D&x=%7E%20y&$top=1"

    async def pages(request: web.Request) -> web.Response:
        if "skipToken" in request.raw_path:
            return web.json_response({"exports": [{"id": "e2"}], "_links": {}})
        nxt = f"http://{request.host}{raw_next}"
        return web.json_response({"exports": [{"id": "e1"}], "_links": {"next": {"href": nxt}}})

    async with serve(pages) as (base, seen), client(base) as c:
        ids = [e.id async for e in c.mesh_exports.list("im1", page_size=1)]
    assert ids == ["e1", "e2"]
    assert seen[0].raw_path == "/mesh-export/?$top=1&iModelId=im1"
    assert seen[1].raw_path == raw_next  # verbatim: nothing re-quoted, nothing of ours added


async def test_odd_diagnostic_fields_do_not_make_an_export_unreadable() -> None:
    odd = {
        "id": "e1",
        "status": "Complete",
        "lastModified": "",
        "stats": {"duration": "00:01:23.4560000", "startTime": "n/a", "rawSize": 42},
    }

    async def answer(request: web.Request) -> web.Response:
        return web.json_response({"exports": [odd]})

    async with serve(answer) as (base, _), client(base) as c:
        (export,) = await c.mesh_exports.list("im1").collect()
    assert export.last_modified is None
    assert export.stats is not None and export.stats.raw_size == 42
    assert export.stats.duration is None and export.stats.start_time is None
    assert export.raw["stats"]["duration"] == "00:01:23.4560000"  # the service's text is kept
