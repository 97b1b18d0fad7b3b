"""Headless Chromium driven over the DevTools protocol, for the viewer tests.

Debian's ``chromium`` is started with a fresh profile and ``--remote-debugging-port=0``; the
port it chose is read from ``DevToolsActivePort`` in the profile, and the protocol is spoken
over aiohttp's websocket client. :class:`Page` records what the tests look at: uncaught
exceptions (``Runtime.exceptionThrown``), responses (``Network.responseReceived``) and failed
requests.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import itertools
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import attrs

__all__ = ["Chromium", "ChromiumUnavailable", "Page", "drawn_pixels", "find_chromium"]

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--enable-unsafe-swiftshader",  # WebGL in software, as no GPU is there
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--window-size=1000,640",
)


class ChromiumUnavailable(RuntimeError):
    """No chromium on this machine, or it did not start."""


def find_chromium() -> str | None:
    """The chromium executable on PATH (Debian's package names it ``chromium``)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@attrs.define
class Response:
    """One response the page received."""

    url: str
    status: int
    from_cache: bool


@attrs.define
class Page:
    """One browser tab, attached with a flat session."""

    _browser: Chromium
    session_id: str
    exceptions: list[dict[str, Any]] = attrs.Factory(list)
    responses: list[Response] = attrs.Factory(list)
    failed: list[str] = attrs.Factory(list)
    _urls: dict[str, str] = attrs.Factory(dict)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Send a command to this tab; returns its result."""
        return await self._browser.send(method, params, session_id=self.session_id)

    def on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Runtime.exceptionThrown":
            self.exceptions.append(params["exceptionDetails"])
        elif method == "Network.requestWillBeSent":
            self._urls[params["requestId"]] = params["request"]["url"]
        elif method == "Network.responseReceived":
            r = params["response"]
            self.responses.append(
                Response(r["url"], int(r["status"]), bool(r.get("fromDiskCache")))
            )
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            url = self._urls.get(params["requestId"], "?")
            self.failed.append(f"{url}: {params.get('errorText')}")

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (awaited if it is a promise)."""
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, *, within: float = 20.0) -> Any:
        """Poll until ``expression`` is truthy; returns its value."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if loop.time() > deadline:
                raise AssertionError(f"timed out waiting for {expression!r}")
            await asyncio.sleep(0.1)

    async def goto(self, url: str) -> None:
        """Navigate and wait for the load event."""
        await self.send("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete'")

    async def screenshot(self) -> bytes:
        """A PNG of the viewport."""
        result = await self.send("Page.captureScreenshot", format="png")
        return base64.b64decode(result["data"])


@attrs.define
class Chromium:
    """A running headless chromium with a websocket to its browser target."""

    process: subprocess.Popen[bytes]
    profile: Path
    ws: aiohttp.ClientWebSocketResponse
    http: aiohttp.ClientSession
    _ids: itertools.count[int] = attrs.Factory(lambda: itertools.count(1))
    _pending: dict[int, asyncio.Future[dict[str, Any]]] = attrs.Factory(dict)
    _pages: dict[str, Page] = attrs.Factory(dict)
    _reader: asyncio.Task[None] | None = None

    async def send(
        self, method: str, params: dict[str, Any] | None = None, *, session_id: str | None = None
    ) -> dict[str, Any]:
        ident = next(self._ids)
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session_id is not None:
            message["sessionId"] = session_id
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[ident] = future
        await self.ws.send_str(json.dumps(message))
        return await asyncio.wait_for(future, 30)

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(msg.data)
            if "id" in data:
                future = self._pending.pop(data["id"], None)
                if future is not None and not future.done():
                    if "error" in data:
                        future.set_exception(RuntimeError(f"CDP error: {data['error']}"))
                    else:
                        future.set_result(data.get("result", {}))
            elif data.get("sessionId") in self._pages:
                self._pages[data["sessionId"]].on_event(data["method"], data.get("params", {}))
        for future in self._pending.values():
            if not future.done():
                future.set_exception(ConnectionError("chromium closed the DevTools connection"))

    async def new_page(self) -> Page:
        """A new tab with Runtime, Network and Page events on."""
        target = await self.send("Target.createTarget", {"url": "about:blank"})
        attached = await self.send(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}
        )
        page = Page(self, attached["sessionId"])
        self._pages[page.session_id] = page
        for domain in ("Runtime", "Network", "Page"):
            await page.send(f"{domain}.enable")
        # Every load goes to the server: the tests count requests.
        await page.send("Network.setCacheDisabled", cacheDisabled=True)
        return page


async def _devtools_url(process: subprocess.Popen[bytes], profile: Path) -> str:
    marker = profile / "DevToolsActivePort"
    for _ in range(300):
        if process.poll() is not None:
            raise ChromiumUnavailable(f"chromium exited with status {process.returncode}")
        with contextlib.suppress(FileNotFoundError, ValueError):
            port, path = marker.read_text().split("\n")[:2]
            if path:
                return f"ws://127.0.0.1:{int(port)}{path}"
        await asyncio.sleep(0.05)
    raise ChromiumUnavailable("chromium did not open its DevTools port within 15 s")


@contextlib.asynccontextmanager
async def launch(executable: str) -> AsyncIterator[Chromium]:
    """Start chromium headless with a new profile; stopped and removed on exit."""
    profile = Path(tempfile.mkdtemp(prefix="itwin-view-chromium-"))
    process = subprocess.Popen(  # noqa: ASYNC220 - started once, waited for below
        [
            executable,
            *_FLAGS,
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    try:
        url = await _devtools_url(process, profile)
        async with aiohttp.ClientSession() as http:
            ws = await http.ws_connect(url, max_msg_size=64 * 1024 * 1024)
            browser = Chromium(process, profile, ws, http)
            browser._reader = asyncio.create_task(browser._read())
            try:
                yield browser
            finally:
                await ws.close()
                await browser._reader
    finally:
        process.terminate()
        try:
            await asyncio.to_thread(process.wait, 10)
        except subprocess.TimeoutExpired:
            process.kill()
            await asyncio.to_thread(process.wait)
        shutil.rmtree(profile, ignore_errors=True)


def drawn_pixels(png: bytes, *, left: int = 0) -> tuple[int, float]:
    """(pixels not of the background colour, standard deviation of grey levels) of a PNG,
    right of ``left`` (to leave the page's panel out). A blank canvas gives (0, 0.0)."""
    from PIL import Image, ImageStat

    with Image.open(io.BytesIO(png)) as image:
        rgb = image.convert("RGB")
        area = rgb.crop((left, 0, rgb.width, rgb.height))
        colours = area.getcolors(maxcolors=area.width * area.height) or []
        background = max(colours)[0] if colours else 0
        drawn = area.width * area.height - background
        return drawn, float(ImageStat.Stat(area.convert("L")).stddev[0])
