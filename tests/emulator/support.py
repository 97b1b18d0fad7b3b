"""Shared helpers of the emulator tests: requests with the emulator's headers, blob URLs,
Azure XML readers, and a small export's files."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import yarl
from multidict import CIMultiDictProxy

from itwin_mesh_async.emulator import Emulator

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


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
