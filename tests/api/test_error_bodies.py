"""Error bodies as users meet them: the token echoed by a service never shows, an HTML or
empty body still says what happened, a 429 says how long to wait."""

from __future__ import annotations

import pytest
from aiohttp import web

import itwin_mesh_async as imx
from tests.api.support import TOKEN, client, serve

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
    assert "RateLimitExceeded: Too many requests on GET" in str(info.value)
    assert str(info.value).endswith("(retry after 600s)")
