"""The viewer page in a real browser (Debian's ``chromium``, headless, over the DevTools
protocol): it draws the tileset, requests its tiles, and throws no JavaScript error.

Skipped where chromium is not installed, except in CI (``CI`` set), where it must run.
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.emulator import Emulator, running
from itwin_mesh_async.tilegen import build_tileset, write_tileset
from itwin_mesh_async.view import MirrorSource, ViewServer
from tests.view.chromium import Page, drawn_pixels, find_chromium, launch


def chromium() -> str:
    found = find_chromium()
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is required for the viewer tests in CI (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


async def canvas_pixels(page: Page, *, at_least: int = 1, tries: int = 30) -> tuple[int, float]:
    """:func:`drawn_pixels` of screenshots taken with the panel hidden (the 3D view only),
    until ``at_least`` pixels are drawn or ``tries`` screenshots were taken (loaded tiles
    show from the next frames on)."""
    await page.evaluate("document.getElementById('panel').style.visibility = 'hidden'")
    try:
        for _ in range(tries):
            drawn, spread = drawn_pixels(await page.screenshot())
            if drawn >= at_least:
                break
            await asyncio.sleep(0.2)
        return drawn, spread
    finally:
        await page.evaluate("document.getElementById('panel').style.visibility = ''")


async def save_screenshot(page: Page) -> None:
    """With ``ITWIN_VIEW_SCREENSHOT=path``, keep a screenshot. The README's ``docs/view.png``
    is made so: ``ITWIN_VIEW_SCREENSHOT=$PWD/docs/view.png pytest tests/view -k demo_export``."""
    target = os.environ.get("ITWIN_VIEW_SCREENSHOT")
    if target:
        await asyncio.sleep(1.5)  # let the rest of the view load
        await asyncio.to_thread(Path(target).write_bytes, await page.screenshot())


async def load_viewer(page: Page, url: str, *, tiles: int = 10) -> float:
    """Open the page, wait until ``tiles`` tile contents are loaded; seconds it took."""
    started = time.monotonic()
    await page.goto(url)
    await page.wait_for(f"window.itwinView && itwinView.tilesLoaded >= {tiles}")
    return time.monotonic() - started


def assert_healthy(page: Page, state: dict[str, object]) -> None:
    assert page.exceptions == [], page.exceptions[:3]
    assert state["errors"] == [], state["errors"]
    assert page.failed == [], page.failed[:5]
    assert all(r.status == 200 for r in page.responses), [
        (r.url, r.status) for r in page.responses if r.status != 200
    ][:5]


async def test_mirror_is_drawn_with_its_tiles_requested(tmp_path: Path) -> None:
    executable = chromium()
    dest = tmp_path / "Demo bridge"
    write_tileset(build_tileset("demo", seed=4, tiles=300), dest)
    async with (
        ViewServer(MirrorSource(dest, "tileset.json")) as server,
        launch(executable) as browser,
    ):
        page = await browser.new_page()
        await load_viewer(page, str(server.url))
        state = await page.evaluate("itwinView")
        assert_healthy(page, state)
        glbs = [r.url for r in page.responses if r.url.endswith(".glb")]
        assert len(glbs) >= 10
        assert all(u.startswith(str(server.url)) for u in glbs)
        # Both kinds of children were followed: external tilesets and implicit subtrees.
        assert any("/models/" in r.url and r.url.endswith("tileset.json") for r in page.responses)
        assert any(r.url.endswith(".subtree") for r in page.responses)
        # The panel counts from resource timing, reported to the page a little later.
        await page.wait_for(f"itwinView.files >= {len(glbs)} && itwinView.bytes > 0")
        assert await page.evaluate("document.getElementById('name').textContent") == dest.name
        drawn, spread = await canvas_pixels(page, at_least=20)
        assert drawn > 20, "the canvas is blank"
        assert spread > 0.0


async def test_a_missing_tileset_is_reported_in_the_panel(tmp_path: Path) -> None:
    executable = chromium()
    dest = tmp_path / "mirror"
    write_tileset(build_tileset("flat", seed=1), dest)
    (dest / "tileset.json").unlink()
    async with (
        ViewServer(MirrorSource(dest, "tileset.json")) as server,
        launch(executable) as browser,
    ):
        page = await browser.new_page()
        await page.goto(str(server.url))
        errors = await page.wait_for(
            "window.itwinView && itwinView.errors.length && itwinView.errors"
        )
        assert "tileset.json" in errors[0]
        assert "404" in errors[0]
        shown = await page.evaluate("document.getElementById('errors').textContent")
        assert "tileset.json" in shown
        assert page.exceptions == []
        drawn, _spread = await canvas_pixels(page, tries=3)
        assert drawn == 0


def _blob_gets(emu: Emulator, path: str) -> int:
    return sum(
        1
        for r in emu.requests
        if r.origin == "blob" and r.method == "GET" and r.path_qs.split("?")[0].endswith(path)
    )


async def test_demo_export_keeps_loading_live_across_an_expiring_link(tmp_path: Path) -> None:
    executable = chromium()
    sample = build_tileset("demo", seed=4, tiles=300)
    # The emulator's links last 4 seconds: the view outlives the first one.
    async with running(host="127.0.0.1", seed=1, sas_lifetime=4.0) as emu:
        export_id = emu.add_export(
            files=sample.files,
            content_encodings=dict(sample.encodings),
            display_name="Demo bridge",
        )
        async with (
            ITwinClient(token=emu.token, base_url=emu.base_url) as client,
            launch(executable) as browser,
        ):
            export = await client.mesh_exports.get(export_id)
            cache = tmp_path / "cache"
            async with client.serve_tiles(export, cache=cache) as tileset_url:
                page_url = str(tileset_url.with_path("/"))
                page = await browser.new_page()

                async def info() -> dict[str, Any]:
                    url = page_url + ".itwin-mesh/view/info.json"
                    found: dict[str, Any] = await page.evaluate(
                        f"fetch('{url}').then(r => r.json())"
                    )
                    return found

                await load_viewer(page, page_url)
                drawn, _spread = await canvas_pixels(page, at_least=20)
                assert drawn > 20, "the canvas is blank"
                await save_screenshot(page)
                loaded = await page.evaluate("itwinView.tilesLoaded")
                export_gets = sum(1 for r in emu.requests if r.path_qs.endswith(export_id))

                # Past the current link's expiry: a file never fetched before still comes
                # (the export was fetched again for a fresh link), and finer tiles still load.
                before = await info()
                wait = datetime.fromisoformat(before["link_expires"]).timestamp() - time.time()
                await asyncio.sleep(max(0.0, wait + 0.5))
                fresh = next(
                    p
                    for p in sorted(sample.files)
                    if p.endswith(".glb") and not (cache / p).exists()
                )
                status = await page.evaluate(
                    f"fetch('{page_url}{quote(fresh)}').then(r => r.status)"
                )
                assert status == 200
                assert (await info())["renewals"] > before["renewals"]
                assert sum(1 for r in emu.requests if r.path_qs.endswith(export_id)) > export_gets
                await page.evaluate("itwinViewer.tiles.errorTarget = 0.05")
                await page.wait_for(f"itwinView.tilesLoaded > {loaded + 5}")
                assert_healthy(page, await page.evaluate("itwinView"))

                # Loading the page again is served from the cache.
                hits = (await info())["cache_hits"]
                root_gets = _blob_gets(emu, "/tileset.json")
                await load_viewer(page, page_url)
                assert (await info())["cache_hits"] >= hits + 10
                assert _blob_gets(emu, "/tileset.json") == root_gets
                assert page.exceptions == []
        assert emu.secret_leaks() == []
