"""Paging that never ends: empty pages that keep linking on stop, for API lists and List Blobs."""

from __future__ import annotations

import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.errors import (
    TileFormatError,
    UnexpectedResponseError,
)
from itwin_mesh_async.paging import MAX_EMPTY_PAGES
from itwin_mesh_async.tiles.listing import ListingScope, list_blobs
from tests.helpers import client_for, serve

# --- endless empty pages ------------------------------------------------------------------


async def test_paging_stops_when_empty_pages_keep_linking_to_new_ones() -> None:
    async def endless(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "0"))
        # Items only on pages 2 and 6: fewer empty pages in a row than the limit is fine.
        items = [{"id": f"e{page}", "status": "Complete"}] if page in (2, 6) else []
        nxt = str(request.url.with_query({"page": str(page + 1), "sig": "page-secret"}))
        links = {"next": {"href": nxt}} if page < 100 else {}  # ends, should the guard not
        return web.json_response({"exports": items, "_links": links})

    async with serve([web.get("/{tail:.*}", endless)]) as (base, seen), client_for(base) as client:
        found: list[str] = []
        with pytest.raises(UnexpectedResponseError, match="empty pages in a row") as info:
            async for export in client.mesh_exports.list("m1"):
                found.append(export.id)
    assert found == ["e2", "e6"]
    assert len(seen) == 7 + MAX_EMPTY_PAGES  # pages 0..6, then the empty ones up to the limit
    assert "page-secret" not in str(info.value)


async def test_listing_stops_when_empty_pages_keep_carrying_new_markers() -> None:
    calls: list[URL] = []

    async def get(url: URL) -> bytes:
        calls.append(url)
        marker = f"m{len(calls)}"
        return (
            f'<?xml version="1.0"?><EnumerationResults><Blobs/>'
            f"<NextMarker>{marker}</NextMarker></EnumerationResults>"
        ).encode()

    scope = ListingScope(URL("http://h/c"), "")
    with pytest.raises(TileFormatError, match="3 empty pages in a row"):
        async for _ in list_blobs(get, scope, max_empty_pages=3):
            pass
    assert len(calls) == 3
