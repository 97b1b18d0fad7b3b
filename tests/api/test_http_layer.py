"""The client HTTP layer: proxies from the environment, one User-Agent, layering of imports."""

from __future__ import annotations

import ast
import base64
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import web
from yarl import URL

import itwin_mesh_async
from itwin_mesh_async import _http
from itwin_mesh_async.auth import ClientCredentials
from itwin_mesh_async.client import ITwinClient
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tiles import TileWalker
from tests.helpers import serve_app

PACKAGE = Path(itwin_mesh_async.__file__).parent
_TILESET = {
    "asset": {"version": "1.1"},
    "geometricError": 1,
    "root": {"geometricError": 0, "content": {"uri": "a.bin"}, "boundingVolume": {}},
}
TILES = {"/c/tileset.json": json.dumps(_TILESET).encode(), "/c/a.bin": b"tile bytes"}
# Server-side modules may use aiohttp.web; every client request goes through _http.
# view/server.py is a web server, like the emulator: the server side of aiohttp.
AIOHTTP_ALLOWED = {"_http.py", "view/server.py"}
AIOHTTP_ALLOWED_DIRS = {"emulator"}


def test_proxies_are_read_from_the_environment_once() -> None:
    env = {
        "HTTPS_PROXY": "http://user:pa%3Ass@proxy.example:3128",
        "http_proxy": "proxy.example:8080",
        "NO_PROXY": "localhost,.internal.example",
    }
    proxies = _http.Proxies(env)
    https = proxies.for_url(URL("https://acct.blob.core.windows.net/c/x.glb"))
    assert https is not None and str(https.url) == "http://proxy.example:3128"
    assert https.authorization == "Basic " + base64.b64encode(b"user:pa:ss").decode()
    assert "pa" not in repr(https)  # credentials apart, never shown
    plain = proxies.for_url(URL("http://api.example/x"))
    assert (
        plain is not None
        and str(plain.url) == "http://proxy.example:8080"
        and not plain.authorization
    )
    assert proxies.for_url(URL("https://a.internal.example/x")) is None
    assert proxies.for_url(URL("http://localhost:8080/x")) is None
    assert not _http.Proxies({}) and _http.Proxies({}).for_url(URL("http://h/")) is None


def test_a_proxy_that_is_not_http_is_ignored_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    proxies = _http.Proxies({"HTTPS_PROXY": "socks5://u:pw-secret@proxy.example:1080"})
    assert proxies.for_url(URL("https://h/x")) is None
    assert "only http:// proxies work" in caplog.text and "pw-secret" not in caplog.text


@asynccontextmanager
async def forward_proxy() -> AsyncIterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """A stand-in forward proxy on loopback: answers every absolute-form request itself
    (the hosts it is asked for do not exist) and records what it was asked."""
    seen: list[tuple[str, dict[str, str]]] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        seen.append((str(request.url), dict(request.headers)))
        if request.path == "/connect/token":
            return web.json_response({"access_token": "tok-via-proxy", "expires_in": 3600})
        if request.path in TILES:
            return web.Response(body=TILES[request.path])
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    async with serve_app(app) as origin:
        yield origin, seen


async def test_api_and_token_requests_go_through_the_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with forward_proxy() as (origin, seen):
        proxy = URL(origin).with_user("u").with_password("p")
        for name in ("HTTP_PROXY", "http_proxy"):
            monkeypatch.setenv(name, str(proxy))
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        provider = ClientCredentials(
            "id", "secret-123456", token_url="http://ims.example.invalid/connect/token"
        )
        async with ITwinClient(
            token=provider, base_url="http://api.example.invalid", retry=RetryPolicy.no_wait()
        ) as client:
            response = await client.transport.request("GET", "/mesh-export/")
        assert json.loads(response.body) == {"ok": True}
    urls = [url for url, _ in seen]
    assert urls == [
        "http://ims.example.invalid/connect/token",
        "http://api.example.invalid/mesh-export/",
    ]
    expected = "Basic " + base64.b64encode(b"u:p").decode()
    for _, headers in seen:
        assert headers["Proxy-Authorization"] == expected
        assert headers["User-Agent"] == _http.USER_AGENT
    assert seen[1][1]["Authorization"] == "Bearer tok-via-proxy"


async def test_tile_requests_go_through_the_proxy_with_the_sas_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    async with forward_proxy() as (origin, seen):
        monkeypatch.setenv("HTTP_PROXY", origin)
        monkeypatch.setenv("NO_PROXY", "api.example.invalid")
        target = "http://blob.example.invalid/c?sv=1&&sig=s%2B"
        report = await TileWalker(concurrency=2).download(target, tmp_path / "d")
    assert report.ok and (tmp_path / "d" / "a.bin").read_bytes() == TILES["/c/a.bin"]
    assert sorted(url for url, _ in seen) == [
        "http://blob.example.invalid/c/a.bin?sv=1&&sig=s%2B",
        "http://blob.example.invalid/c/tileset.json?sv=1&&sig=s%2B",
    ]
    for _, headers in seen:
        assert "Authorization" not in headers and "Proxy-Authorization" not in headers
        assert headers["User-Agent"] == _http.USER_AGENT


def _runtime_imports(path: Path) -> set[str]:
    """Modules a file imports when it runs (TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                found.add(child.module)
            visit(child)

    visit(tree)
    return found


def test_aiohttp_is_used_by_the_http_module_only() -> None:
    users = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in AIOHTTP_ALLOWED_DIRS or str(relative) in AIOHTTP_ALLOWED:
            continue
        if any(name == "aiohttp" or name.startswith("aiohttp.") for name in _runtime_imports(path)):
            users.append(str(relative))
    assert users == []


def test_auth_does_not_import_the_transport() -> None:
    source = (PACKAGE / "auth.py").read_text(encoding="utf-8")
    assert "transport" not in {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module
    }


def test_the_old_name_of_the_link_holder_still_works() -> None:
    from itwin_mesh_async.tiles import fetch, renewal

    with pytest.deprecated_call(match="RenewingLink"):
        assert fetch.Link is renewal.RenewingLink
