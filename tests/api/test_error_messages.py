"""Error messages read as one sentence: no status said twice, no stray full stop."""

from __future__ import annotations

from aiohttp import web

from itwin_mesh_async.errors import APIError, NotFoundError, api_error_from_response
from tests.helpers import client_for, serve


def test_status_is_not_doubled() -> None:
    # aiohttp's (and many proxies') default body repeats the status line.
    for body in (b"302: Found", b"302 Found", b"HTTP 302 Found"):
        exc = api_error_from_response(302, {}, body, method="GET", url="https://h/x")
        assert str(exc) == "HTTP 302 Found on GET https://h/x", body
    teapot = api_error_from_response(418, {}, b"418: brewing coffee", method="GET", url="u")
    assert str(teapot) == "HTTP 418: brewing coffee on GET u"


def test_no_stray_full_stop_before_the_request() -> None:
    exc = NotFoundError(
        404, "ExportNotFound", "Requested export is not available.", method="GET", url="u"
    )
    assert str(exc) == "HTTP 404: ExportNotFound: Requested export is not available on GET u"
    assert exc.message == "Requested export is not available."  # the service's own text, kept


async def test_a_redirect_answer_reads_once(tmp_path: object) -> None:
    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound("http://127.0.0.1:9/elsewhere")

    async with serve([web.get("/mesh-export/e1", moved)]) as (origin, _), client_for(origin) as c:
        try:
            await c.mesh_exports.get("e1")
        except APIError as exc:
            text = str(exc)
        else:  # pragma: no cover - the redirect must not be followed to another host silently
            raise AssertionError("no error")
    assert "302: 302" not in text and text.count("302") == 1, text
