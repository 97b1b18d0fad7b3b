"""Transport against real aiohttp.web servers on loopback: headers, retries, errors, safety."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import aiohttp
import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.auth import CallableToken, StaticToken
from itwin_mesh_async.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
    UnprocessableError,
)
from itwin_mesh_async.retry import RetryPolicy, VirtualTime
from itwin_mesh_async.transport import ACCEPT, USER_AGENT, Transport, authorization_value
from tests.helpers import serve_app

TOKEN = "tok-SECRET-123456"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Recorder:
    """A one-route-fits-all app: records every request, answers with a scripted handler."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[web.Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.app = web.Application()
        self.app.router.add_route("*", "/{tail:.*}", self._handle)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return await self.handler(request)
        finally:
            self.in_flight -= 1


@asynccontextmanager
async def serve(handler: Handler) -> AsyncIterator[tuple[Recorder, URL]]:
    recorder = Recorder(handler)
    async with serve_app(recorder.app) as origin:
        yield recorder, URL(origin)


def ok_json(body: object = None, status: int = 200) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response(body if body is not None else {"ok": True}, status=status)

    return handler


def scripted(*responses: Callable[[], web.StreamResponse]) -> Handler:
    """Answer the n-th request with the n-th factory; the last one repeats."""
    count = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal count
        factory = responses[min(count, len(responses) - 1)]
        count += 1
        return factory()

    return handler


def status(
    code: int, headers: dict[str, str] | None = None, body: object = None
) -> Callable[[], web.StreamResponse]:
    def make() -> web.StreamResponse:
        if body is None:
            return web.Response(status=code, headers=headers)
        return web.json_response(body, status=code, headers=headers)

    return make


@asynccontextmanager
async def transport_for(
    base: URL, *, policy: RetryPolicy | None = None, token: object = TOKEN, **kwargs: object
) -> AsyncIterator[Transport]:
    provider = token if not isinstance(token, str) else StaticToken(token)
    transport = Transport(
        base_url=base,
        token=provider,  # type: ignore[arg-type]
        retry=policy or RetryPolicy.no_wait(),
        **kwargs,  # type: ignore[arg-type]
    )
    try:
        yield transport
    finally:
        await transport.close()


def assert_no_secret(*texts: object) -> None:
    for text in texts:
        assert TOKEN not in str(text)


# --- headers -------------------------------------------------------------------------------------


async def test_every_request_carries_auth_accept_correlation_and_user_agent() -> None:
    async with serve(ok_json()) as (rec, base), transport_for(base) as transport:
        first = await transport.request("GET", "/mesh-export/")
        await transport.request("GET", "mesh-export/abc")
    assert first.status == 200
    assert first.json() == {"ok": True}
    a, b = rec.requests
    assert a.path == "/mesh-export/" and b.path == "/mesh-export/abc"
    assert a.headers["Authorization"] == f"Bearer {TOKEN}"
    assert a.headers["Accept"] == ACCEPT == "application/vnd.bentley.itwin-platform.v1+json"
    assert re.fullmatch(r"itwin-mesh-async/\S+ aiohttp/\S+ python/\S+", a.headers["User-Agent"])
    assert a.headers["User-Agent"] == USER_AGENT
    ids = [uuid.UUID(r.headers["X-Correlation-ID"]) for r in (a, b)]
    assert ids[0] != ids[1]


async def test_share_key_is_sent_as_basic() -> None:
    async with (
        serve(ok_json()) as (rec, base),
        transport_for(base, token=StaticToken("share-key-value", scheme="Basic")) as transport,
    ):
        await transport.request("GET", "/x")
    assert rec.requests[0].headers["Authorization"] == "Basic share-key-value"


async def test_caller_headers_and_params_are_added_but_authorization_is_ours() -> None:
    async with serve(ok_json()) as (rec, base), transport_for(base) as transport:
        await transport.request(
            "GET",
            "/mesh-export/",
            params={"iModelId": "m1", "$top": "5"},
            headers={"Prefer": "return=representation", "authorization": "Bearer evil"},
        )
    request = rec.requests[0]
    assert request.headers["Prefer"] == "return=representation"
    assert request.headers.getall("Authorization") == [f"Bearer {TOKEN}"]
    assert request.query["iModelId"] == "m1" and request.query["$top"] == "5"


async def test_json_body_is_sent() -> None:
    seen: list[object] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(await request.json())
        return web.json_response({"id": "e1"}, status=202)

    async with serve(handler) as (rec, base), transport_for(base) as transport:
        response = await transport.request(
            "POST", "/mesh-export/", json={"iModelId": "m1"}, expected=(200, 202)
        )
    assert response.status == 202 and response.json() == {"id": "e1"}
    assert seen == [{"iModelId": "m1"}]
    assert rec.requests[0].method == "POST"


def test_authorization_value_rules() -> None:
    assert authorization_value("Bearer", "abc") == "Bearer abc"
    assert authorization_value("Bearer", "bearer abc") == "Bearer abc"
    assert authorization_value("Bearer", "Basic abc") == "Basic abc"
    with pytest.raises(InvalidArgumentError, match="empty"):
        authorization_value("Bearer", "  ")
    with pytest.raises(InvalidArgumentError, match="line break") as info:
        authorization_value("Bearer", "abc\r\nX-Evil: 1")
    assert "abc" not in str(info.value)


async def test_token_with_line_break_is_refused_before_sending() -> None:
    async with (
        serve(ok_json()) as (rec, base),
        transport_for(base, token=CallableToken(lambda: "abc\nX-Injected: 1")) as transport,
    ):
        with pytest.raises(InvalidArgumentError, match="line break"):
            await transport.request("GET", "/x")
    assert rec.requests == []


# --- URLs ----------------------------------------------------------------------------------------


async def test_relative_paths_join_a_base_path_prefix() -> None:
    async with serve(ok_json()) as (rec, base), transport_for(base / "api" / "") as transport:
        await transport.request("GET", "/mesh-export/e1")
        await transport.request("GET", "export/connections")
    assert [r.path for r in rec.requests] == ["/api/mesh-export/e1", "/api/export/connections"]


async def test_next_link_on_the_api_origin_is_used_byte_exact() -> None:
    async with serve(ok_json()) as (rec, base), transport_for(base) as transport:
        link = f"{base}/mesh-export/?$skip=100&$top=100&continuationToken=a%2Bb%3D%2F"
        await transport.request("GET", link)
        await transport.request("GET", URL(link, encoded=True))
    for request in rec.requests:
        assert request.raw_path == "/mesh-export/?$skip=100&$top=100&continuationToken=a%2Bb%3D%2F"
        assert request.headers["Authorization"] == f"Bearer {TOKEN}"


async def test_next_link_on_another_origin_is_refused_and_gets_nothing() -> None:
    async with (
        serve(ok_json()) as (api, base),
        serve(ok_json()) as (other, other_base),
        transport_for(base) as transport,
    ):
        for link in (
            f"{other_base}/mesh-export/?$skip=1",
            str(other_base.with_host("localhost")) + "/x",
            f"https://{base.host}:{base.port}/x",  # other scheme
        ):
            with pytest.raises(InvalidArgumentError, match="not on the API origin") as info:
                await transport.request("GET", link)
            assert_no_secret(info.value)
    assert api.requests == [] and other.requests == []


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("//{host}/x", "not on the API origin"),  # protocol-relative: no scheme to trust
        ("http:/evil/x", "not on the API origin"),
        ("mailto:someone@example.com", "not on the API origin"),
        ("http://user:pw@{host}/x", "credentials in it"),
    ],
)
async def test_odd_absolute_links_are_refused(link: str, message: str) -> None:
    async with serve(ok_json()) as (rec, base), transport_for(base) as transport:
        with pytest.raises(InvalidArgumentError, match=message) as info:
            await transport.request("GET", link.format(host=base.authority))
    assert rec.requests == []
    assert "pw" not in str(info.value)


def test_base_url_must_be_absolute_http() -> None:
    for bad in ("api.bentley.com", "ftp://host/", "/relative"):
        with pytest.raises(InvalidArgumentError, match="base URL"):
            Transport(base_url=bad, token=StaticToken(TOKEN))
    with pytest.raises(InvalidArgumentError, match="connection_limit"):
        Transport(base_url="https://h", token=StaticToken(TOKEN), connection_limit=0)


async def test_redirect_is_returned_not_followed_when_expected() -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        if request.path.endswith("/runs"):
            return web.Response(status=303, headers={"Location": "/connections/c1/runs/r9"})
        return web.json_response({"followed": True})

    async with serve(handler) as (rec, base), transport_for(base) as transport:
        response = await transport.request("POST", "/connections/c1/runs", expected=(202, 303))
        assert response.status == 303
        assert response.headers["Location"] == "/connections/c1/runs/r9"
        assert response.json() is None
        with pytest.raises(APIError) as info:
            await transport.request("POST", "/connections/c1/runs", expected=(202,))
    assert info.value.status == 303 and type(info.value) is APIError
    assert [r.path for r in rec.requests] == ["/connections/c1/runs"] * 2


# --- error mapping -------------------------------------------------------------------------------

ERROR_BODY = {
    "error": {
        "code": "InvalidMeshExportRequest",
        "message": "Cannot delete an export in progress.",
        "target": "id",
        "details": [{"code": "InvalidValue", "message": "bad id", "target": "exportId"}],
    }
}


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableError),
        (400, APIError),
        (501, ServerError),
    ],
)
async def test_json_error_bodies_map_to_typed_errors(code: int, cls: type[APIError]) -> None:
    factory = status(code, {"X-Correlation-ID": "corr-77"}, ERROR_BODY)
    async with serve(scripted(factory)) as (rec, base), transport_for(base) as transport:
        with pytest.raises(APIError) as info:
            await transport.request("DELETE", "/mesh-export/e1")
    error = info.value
    assert type(error) is cls
    assert error.status == code
    assert error.code == "InvalidMeshExportRequest"
    assert error.message == "Cannot delete an export in progress."
    assert error.target == "id"
    assert [(d.code, d.message, d.target) for d in error.details] == [
        ("InvalidValue", "bad id", "exportId")
    ]
    assert error.correlation_id == "corr-77"
    text = str(error)
    assert f"HTTP {code}" in text and "InvalidMeshExportRequest" in text and "exportId" in text
    assert "DELETE" in text and "/mesh-export/e1" in text
    assert_no_secret(text, repr(error))
    # 401 is retried once with a refreshed token; every other status is final at once.
    assert len(rec.requests) == (2 if code == 401 else 1)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"<html><head><title>502 Bad Gateway</title></head></html>", "text/html", None),
        (b"", "text/plain", None),
        (b"upstream connect error", "text/plain", "upstream connect error"),
        (b'["not", "an", "object"]', "application/json", None),
        (b'{"error": "just a string"}', "application/json", None),
    ],
)
async def test_non_schema_error_bodies_still_give_typed_errors(
    body: bytes, content_type: str, message: str | None
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=404, body=body, content_type=content_type)

    async with serve(handler) as (_, base), transport_for(base) as transport:
        with pytest.raises(NotFoundError) as info:
            await transport.request("GET", "/mesh-export/e1")
    assert info.value.status == 404
    assert info.value.code is None
    assert info.value.message == message
    assert str(info.value).startswith("HTTP 404")


async def test_invalid_json_in_a_success_body_is_a_clear_error() -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text="<html>oops</html>", headers={"x-correlation-id": "c-1"})

    async with serve(handler) as (_, base), transport_for(base) as transport:
        response = await transport.request("GET", "/x")
    with pytest.raises(APIError, match="not JSON") as info:
        response.json()
    assert info.value.code == "InvalidResponseBody" and info.value.correlation_id == "c-1"
    assert isinstance(info.value, UnexpectedResponseError)
    assert "body" not in repr(response) and "oops" not in repr(response)


# --- retries -------------------------------------------------------------------------------------


def recorded_policy(**kwargs: object) -> tuple[RetryPolicy, VirtualTime]:
    vt = VirtualTime()
    return RetryPolicy.no_wait(sleep=vt.sleep, clock=vt.clock, **kwargs), vt


async def test_retry_after_seconds_is_honoured() -> None:
    handler = scripted(
        status(429, {"Retry-After": "3"}, {"error": {"code": "RateLimitExceeded"}}),
        status(429, {"Retry-After": "7"}),
        status(200, body={"ok": 1}),
    )
    policy, vt = recorded_policy()
    async with serve(handler) as (rec, base), transport_for(base, policy=policy) as transport:
        response = await transport.request("GET", "/x")
    assert response.json() == {"ok": 1}
    assert vt.sleeps == [3.0, 7.0]
    assert len(rec.requests) == 3
    # every HTTP request, retries included, carries its own correlation id
    assert len({r.headers["X-Correlation-ID"] for r in rec.requests}) == 3


async def test_retry_after_http_date_is_honoured() -> None:
    when = datetime.now(UTC) + timedelta(seconds=20)
    handler = scripted(
        status(429, {"Retry-After": format_datetime(when, usegmt=True)}), status(200, body={})
    )
    policy, vt = recorded_policy()
    async with serve(handler) as (_, base), transport_for(base, policy=policy) as transport:
        await transport.request("GET", "/x")
    assert len(vt.sleeps) == 1 and 15 <= vt.sleeps[0] <= 21


async def test_retry_after_above_the_cap_raises_rate_limit_with_retry_after() -> None:
    handler = scripted(
        status(429, {"Retry-After": "3600", "X-Correlation-ID": "c-429"},
               {"error": {"code": "RateLimitExceeded", "message": "Too many requests"}}),
    )  # fmt: skip
    policy, vt = recorded_policy(retry_after_cap=60)
    async with serve(handler) as (rec, base), transport_for(base, policy=policy) as transport:
        with pytest.raises(RateLimitError) as info:
            await transport.request("GET", "/x")
    assert info.value.retry_after == 3600
    assert info.value.code == "RateLimitExceeded" and info.value.correlation_id == "c-429"
    assert vt.sleeps == [] and len(rec.requests) == 1


async def test_429_without_retry_after_backs_off_then_gives_up() -> None:
    policy, vt = recorded_policy(max_attempts=4, jitter=False, base_delay=1, max_delay=3)
    async with (
        serve(scripted(status(429))) as (rec, base),
        transport_for(base, policy=policy) as transport,
    ):
        with pytest.raises(RateLimitError) as info:
            await transport.request("POST", "/x")  # 429 is retried even for POST
    assert info.value.retry_after is None
    assert vt.sleeps == [1, 2, 3]
    assert len(rec.requests) == 4


@pytest.mark.parametrize("method", ["GET", "DELETE", "PUT"])
async def test_5xx_is_retried_for_idempotent_methods(method: str) -> None:
    handler = scripted(status(503), status(500), status(502), status(200, body={"ok": 1}))
    policy, vt = recorded_policy()
    async with serve(handler) as (rec, base), transport_for(base, policy=policy) as transport:
        response = await transport.request(method, "/x")
    assert response.status == 200
    assert len(rec.requests) == 4 and len(vt.sleeps) == 3


async def test_5xx_exhausting_attempts_raises_server_error() -> None:
    policy, vt = recorded_policy(max_attempts=3)
    async with (
        serve(scripted(status(500, {"x-correlation-id": "c5"}))) as (rec, base),
        transport_for(base, policy=policy) as transport,
    ):
        with pytest.raises(ServerError) as info:
            await transport.request("GET", "/x")
    assert info.value.status == 500 and info.value.correlation_id == "c5"
    assert len(rec.requests) == 3 and len(vt.sleeps) == 2


@pytest.mark.parametrize("code", [500, 502, 503, 504])
async def test_post_is_not_repeated_after_a_5xx(code: int) -> None:
    policy, vt = recorded_policy()
    async with (
        serve(scripted(status(code), status(202))) as (rec, base),
        transport_for(base, policy=policy) as transport,
    ):
        with pytest.raises(ServerError):
            await transport.request("POST", "/mesh-export/", json={}, expected=(202,))
    assert len(rec.requests) == 1 and vt.sleeps == []


async def test_post_may_opt_in_to_ambiguous_retries() -> None:
    policy, _ = recorded_policy()
    async with (
        serve(scripted(status(500), status(202))) as (rec, base),
        transport_for(base, policy=policy) as transport,
    ):
        response = await transport.request("POST", "/x", expected=(202,), retry_ambiguous=True)
    assert response.status == 202 and len(rec.requests) == 2


async def test_4xx_is_never_retried() -> None:
    policy, vt = recorded_policy()
    async with (
        serve(scripted(status(404), status(200))) as (rec, base),
        transport_for(base, policy=policy) as transport,
    ):
        with pytest.raises(NotFoundError):
            await transport.request("GET", "/x")
    assert len(rec.requests) == 1 and vt.sleeps == []


async def test_time_budget_stops_retries() -> None:
    policy, vt = recorded_policy(max_attempts=100, total_budget=10)
    async with (
        serve(scripted(status(503, {"Retry-After": "4"}))) as (rec, base),
        transport_for(base, policy=policy) as transport,
    ):
        with pytest.raises(ServerError):
            await transport.request("GET", "/x")
    assert vt.sleeps == [4, 4] and len(rec.requests) == 3


# --- connection failures -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_connection_refused_is_retried_then_a_transport_error(method: str) -> None:
    base = URL(f"http://127.0.0.1:{free_port()}")
    policy, vt = recorded_policy(max_attempts=3)
    async with transport_for(base, policy=policy) as transport:
        with pytest.raises(TransportError) as info:
            await transport.request(method, "/mesh-export/")
    text = str(info.value)
    assert "cannot connect" in text and "gave up after 3 attempts" in text
    assert f"{method} {base}/mesh-export/" in text
    # refused before anything was sent, so even a POST is safe to repeat
    assert len(vt.sleeps) == 2
    assert_no_secret(text, repr(info.value))


def disconnect() -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()  # the request arrived; the answer never comes
        await asyncio.sleep(0.05)
        return web.Response()

    return handler


async def test_disconnect_after_send_is_retried_for_get_only() -> None:
    policy, vt = recorded_policy(max_attempts=3)
    async with serve(disconnect()) as (rec, base), transport_for(base, policy=policy) as transport:
        with pytest.raises(TransportError, match="closed the connection"):
            await transport.request("GET", "/x")
        assert len(vt.sleeps) == 2
        # aiohttp itself may resend an idempotent request once on a dropped keep-alive connection
        gets = len(rec.requests)
        assert 3 <= gets <= 6
        with pytest.raises(TransportError, match="closed the connection") as info:
            await transport.request("POST", "/x")
    assert len(rec.requests) == gets + 1 and len(vt.sleeps) == 2
    assert "gave up" not in str(info.value)


async def test_timeout_is_retried_for_get_not_post() -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(2)
        return web.Response()

    policy, _ = recorded_policy(max_attempts=2)
    async with (
        serve(slow) as (rec, base),
        transport_for(base, policy=policy, timeout=0.2) as transport,
    ):
        with pytest.raises(TransportError, match=r"no complete answer within 0\.2s"):
            await transport.request("GET", "/x")
        assert len(rec.requests) == 2
        with pytest.raises(TransportError):
            await transport.request("POST", "/x")
        assert len(rec.requests) == 3


async def test_truncated_body_is_retried() -> None:
    count = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal count
        count += 1
        if count == 1:
            response = web.StreamResponse(headers={"Content-Length": "100"})
            await response.prepare(request)
            await response.write(b'{"partial": ')
            assert request.transport is not None
            request.transport.close()
            return response
        return web.json_response({"complete": True})

    async with serve(handler) as (rec, base), transport_for(base) as transport:
        response = await transport.request("GET", "/x")
    assert response.json() == {"complete": True} and len(rec.requests) == 2


# --- 401 refresh ---------------------------------------------------------------------------------


async def test_401_asks_the_provider_again_and_retries_once() -> None:
    calls: list[str] = []

    async def token() -> str:
        calls.append("call")
        return "old" if len(calls) == 1 else "new"

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.headers["Authorization"] != "Bearer new":
            return web.json_response({"error": {"code": "InvalidToken"}}, status=401)
        return web.json_response({"ok": True})

    async with (
        serve(handler) as (rec, base),
        transport_for(base, token=CallableToken(token)) as transport,
    ):
        response = await transport.request("POST", "/x")
    assert response.status == 200
    assert [r.headers["Authorization"] for r in rec.requests] == ["Bearer old", "Bearer new"]
    assert len(calls) == 2


async def test_401_twice_raises_authentication_error() -> None:
    forced: list[bool] = []

    class Provider:
        scheme = "Bearer"

        async def get_token(self, *, force_refresh: bool = False) -> str:
            forced.append(force_refresh)
            return TOKEN

    body = {"error": {"code": "HeaderNotFound", "message": "Header Authorization was not found"}}
    async with (
        serve(scripted(status(401, body=body))) as (rec, base),
        transport_for(base, token=Provider()) as transport,
    ):
        with pytest.raises(AuthenticationError) as info:
            await transport.request("GET", "/x")
    assert forced == [False, True]
    assert len(rec.requests) == 2
    assert info.value.code == "HeaderNotFound"
    assert_no_secret(str(info.value), repr(info.value))


# --- sessions ------------------------------------------------------------------------------------


async def test_borrowed_session_is_never_closed() -> None:
    async with serve(ok_json()) as (_, base), aiohttp.ClientSession() as session:
        transport = Transport(base_url=base, token=StaticToken(TOKEN), session=session)
        assert transport.session is session
        await transport.request("GET", "/x")
        await transport.close()
        assert not session.closed
        async with session.get(base / "still-usable") as response:
            assert response.status == 200
        assert "borrowed" in repr(transport) and TOKEN not in repr(transport)


async def test_a_closed_borrowed_session_is_a_clear_error() -> None:
    session = aiohttp.ClientSession()
    await session.close()
    transport = Transport(base_url="http://127.0.0.1:9", token=StaticToken(TOKEN), session=session)
    with pytest.raises(TransportError, match="session given to the client is closed"):
        await transport.request("GET", "/x")


async def test_owned_session_is_created_lazily_and_closed() -> None:
    async with serve(ok_json()) as (_, base):
        async with Transport(base_url=base, token=StaticToken(TOKEN)) as transport:
            await transport.request("GET", "/x")
            session = transport.session
            assert not session.closed
        assert session.closed
        with pytest.raises(TransportError, match="closed"):
            await transport.request("GET", "/x")


async def test_closing_an_unused_owned_transport_is_fine() -> None:
    transport = Transport(base_url="https://api.bentley.com", token=StaticToken(TOKEN))
    await transport.close()
    await transport.close()


# --- concurrency ---------------------------------------------------------------------------------


async def test_twenty_slow_gets_run_concurrently() -> None:
    arrived = 0
    all_in = asyncio.Event()

    async def slow(request: web.Request) -> web.StreamResponse:
        nonlocal arrived
        arrived += 1
        if arrived == 20:
            all_in.set()
        await all_in.wait()  # no answer until all twenty are in flight at once
        return web.json_response({"id": request.match_info["tail"]})

    async with serve(slow) as (rec, base), transport_for(base) as transport:
        gets = asyncio.gather(*(transport.request("GET", f"/mesh-export/e{i}") for i in range(20)))
        results = await asyncio.wait_for(gets, 20.0)  # requests sent one by one never get here
    assert [r.json()["id"] for r in results] == [f"mesh-export/e{i}" for i in range(20)]
    assert rec.max_in_flight == 20


async def test_connection_limit_bounds_parallel_requests() -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(0.05)
        return web.json_response({})

    async with serve(slow) as (rec, base), transport_for(base, connection_limit=3) as transport:
        await asyncio.gather(*(transport.request("GET", "/x") for _ in range(12)))
    assert rec.max_in_flight == 3 and len(rec.requests) == 12


# --- logging -------------------------------------------------------------------------------------


async def test_debug_log_names_method_url_status_and_never_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="itwin_mesh_async.http")
    handler = scripted(status(503, {"Retry-After": "1"}), status(200, body={}))
    async with serve(handler) as (_, base), transport_for(base) as transport:
        await transport.request("GET", "/mesh-export/?sig=abc%2Fdef")
    messages = [r.getMessage() for r in caplog.records if r.name == "itwin_mesh_async.http"]
    assert any("GET" in m and "-> 503" in m for m in messages)
    assert any("retrying in 1.00s" in m for m in messages)
    assert any("-> 200" in m and " ms" in m and "correlation id " in m for m in messages)
    for message in messages:
        assert TOKEN not in message and "abc%2Fdef" not in message


async def test_a_callers_correlation_id_is_kept_over_retries() -> None:
    handler = scripted(status(503, {"Retry-After": "1"}), status(200, body={"ok": 1}))
    policy, _ = recorded_policy()
    async with serve(handler) as (rec, base), transport_for(base, policy=policy) as transport:
        await transport.request("GET", "/x", headers={"X-Correlation-ID": "mine-1"})
    assert [r.headers["X-Correlation-ID"] for r in rec.requests] == ["mine-1", "mine-1"]
