"""The emulator records secrets sent where they do not belong, redacted."""

from __future__ import annotations

from urllib.parse import quote

import aiohttp
import yarl

from itwin_mesh_async.emulator import Emulator
from tests.emulator.support import (
    blob,
    call,
    mesh_href,
)

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
