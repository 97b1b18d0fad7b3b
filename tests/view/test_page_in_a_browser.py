"""The viewer page in a real browser (Debian's ``chromium``, headless, over the DevTools
protocol): it draws the tileset, requests its tiles, and throws no JavaScript error.

Skipped where chromium is not installed, except in CI (``CI`` set), where it must run.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from itwin_mesh_async.emulator.tilesets import build_tileset, write_tileset
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
    is made so: ``ITWIN_VIEW_SCREENSHOT=docs/view.png pytest tests/view -k demo_export``."""
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
        assert state["files"] >= len(glbs)
        assert state["bytes"] > 0
        assert await page.evaluate("document.getElementById('name').textContent") == dest.name
        drawn, spread = await canvas_pixels(page, at_least=20)
        assert drawn > 20, "the canvas is blank"
        assert spread > 0.0
        await save_screenshot(page)


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
