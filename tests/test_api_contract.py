"""Audit of issue 2 / DESIGN.md section 2 from the outside: the public names, through real
loopback servers (the emulator or a small aiohttp.web app), as a user or a hidden check would."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web
from helpers import serve_app

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator

TOKEN = "tok-Contract-SECRET-4711"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@asynccontextmanager
async def serve(handler: Handler) -> AsyncIterator[tuple[str, list[web.Request]]]:
    """A real server on 127.0.0.1 answering every path with ``handler``; yields its origin and
    the requests it saw."""
    seen: list[web.Request] = []

    async def record(request: web.Request) -> web.StreamResponse:
        seen.append(request)
        return await handler(request)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", record)
    async with serve_app(app) as origin:
        yield origin, seen


def client(base: str, token: Any = TOKEN, **kwargs: Any) -> imx.ITwinClient:
    kwargs.setdefault("retry", imx.RetryPolicy.no_wait())
    return imx.ITwinClient(token, base_url=base, **kwargs)


# --- the public names of DESIGN.md section 2 ------------------------------------------------------


def test_the_contract_names_are_importable_from_the_package() -> None:
    for name in (
        "ITwinClient", "Export", "ExportStatus", "ExportType", "Connection", "Run",
        "DownloadReport", "Tile", "RetryPolicy", "ClientCredentials", "StaticToken",
        "ITwinError", "APIError", "AuthenticationError", "PermissionDeniedError",
        "NotFoundError", "ConflictError", "UnprocessableError", "RateLimitError", "ServerError",
        "TransportError", "TileError",
    ):  # fmt: skip
        assert hasattr(imx, name), name
        assert name in imx.__all__, name


# --- error messages never carry the credential ---------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "content_type", "cls"),
    [
        (400, f"token {TOKEN} refused; Authorization: Bearer {TOKEN}", "text/plain", imx.APIError),
        (
            401,
            f'{{"error": {{"code": "InvalidToken", "message": "token {TOKEN} is bad", '
            f'"target": "Bearer {TOKEN}", "details": [{{"code": "X", "message": "{TOKEN}", '
            f'"target": "Authorization"}}]}}}}',
            "application/json",
            imx.AuthenticationError,
        ),
    ],
)
async def test_an_error_body_echoing_the_token_is_redacted(
    status: int, body: str, content_type: str, cls: type[imx.APIError]
) -> None:
    async def echo(request: web.Request) -> web.Response:
        return web.Response(status=status, text=body, content_type=content_type)

    async with serve(echo) as (base, seen), client(base) as c:
        with pytest.raises(cls) as info:
            await c.mesh_exports.get("e1")
    error = info.value
    assert error.status == status
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}"  # the token did go out...
    texts = [str(error), repr(error), error.message or "", error.target or ""]
    texts += [f"{d.code} {d.message} {d.target}" for d in error.details]
    for text in texts:  # ...but never comes back in the error
        assert TOKEN not in text
    assert "REDACTED" in str(error)


async def test_an_html_or_empty_error_body_still_says_what_happened() -> None:
    bodies = iter([b"<html><title>502 Bad Gateway</title></html>", b""])

    async def page(request: web.Request) -> web.Response:
        return web.Response(status=502 if request.method == "GET" else 500, body=next(bodies))

    async with serve(page) as (base, _), client(base, retry=imx.RetryPolicy.never()) as c:
        with pytest.raises(imx.ServerError) as html:
            await c.mesh_exports.get("e1")
        with pytest.raises(imx.ServerError) as empty:
            await c.mesh_exports.start("im1")
    assert str(html.value).startswith("HTTP 502 Bad Gateway on GET ")
    assert html.value.code is None and html.value.message is None
    assert str(empty.value).startswith("HTTP 500 Internal Server Error on POST ")


async def test_rate_limit_error_says_how_long_to_wait() -> None:
    async def limited(request: web.Request) -> web.Response:
        body = {"error": {"code": "RateLimitExceeded", "message": "Too many requests."}}
        return web.json_response(body, status=429, headers={"Retry-After": "600"})

    async with serve(limited) as (base, seen), client(base) as c:
        with pytest.raises(imx.RateLimitError) as info:
            await c.mesh_exports.get("e1")
    assert len(seen) == 1  # above the cap: not waited for silently
    assert info.value.retry_after == 600.0
    assert "RateLimitExceeded: Too many requests." in str(info.value)
    assert str(info.value).endswith("(retry after 600s)")


# --- token sources --------------------------------------------------------------------------------


async def test_a_token_callable_is_asked_again_for_each_retry() -> None:
    answers = iter([503, 200])
    issued = iter(["t-one", "t-two"])

    async def flaky(request: web.Request) -> web.Response:
        status = next(answers)
        if status == 503:
            return web.json_response({"error": {"code": "Busy", "message": "m"}}, status=503)
        return web.json_response({"export": {"id": "e1", "status": "Complete"}})

    async with serve(flaky) as (base, seen), client(base, token=lambda: next(issued)) as c:
        export = await c.mesh_exports.get("e1")
    assert export.is_complete
    assert [r.headers["Authorization"] for r in seen] == ["Bearer t-one", "Bearer t-two"]


async def test_a_share_key_is_sent_as_basic_and_only_reads(emulator: Emulator) -> None:
    key = emulator.add_share_key()
    imodel = emulator.add_imodel()
    export_id = emulator.add_export(imodel)
    async with imx.ITwinClient(share_key=key, base_url=emulator.base_url) as c:
        assert (await c.mesh_exports.get(export_id)).is_complete
        with pytest.raises(imx.PermissionDeniedError, match="InsufficientPermissions"):
            await c.mesh_exports.start(imodel)
    sent = [r.header("Authorization") for r in emulator.requests if r.origin == "api"]
    assert sent == [f"Basic {key}"] * 2
    assert emulator.secret_leaks() == []


async def test_token_and_share_key_together_are_refused() -> None:
    with pytest.raises(imx.InvalidArgumentError, match="either token= or share_key="):
        imx.ITwinClient(token=TOKEN, share_key="key", base_url="http://127.0.0.1:9")


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


# --- concurrency ----------------------------------------------------------------------------------


async def test_twenty_gets_against_slow_answers_run_concurrently() -> None:
    in_flight = peak = 0

    async def slow(request: web.Request) -> web.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.2)
        in_flight -= 1
        return web.json_response({"export": {"id": request.path.rsplit("/", 1)[1]}})

    async with serve(slow) as (base, seen), client(base) as c:
        started = time.perf_counter()
        exports = await asyncio.gather(*(c.mesh_exports.get(f"e{i}") for i in range(20)))
        elapsed = time.perf_counter() - started
    assert [e.id for e in exports] == [f"e{i}" for i in range(20)]
    assert len({r.headers["X-Correlation-ID"] for r in seen}) == 20  # a fresh id per call
    assert peak > 1 and elapsed < 4  # serially this would take 4 s
