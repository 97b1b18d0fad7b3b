"""Token providers, and client credentials against a real token endpoint on loopback."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.auth import (
    DEFAULT_TOKEN_URL,
    CallableToken,
    ClientCredentials,
    StaticToken,
    TokenProvider,
    resolve_token,
)
from itwin_mesh_async.errors import (
    AuthenticationError,
    InvalidArgumentError,
    RateLimitError,
    ServerError,
    TransportError,
)
from itwin_mesh_async.retry import RetryPolicy, VirtualTime
from itwin_mesh_async.transport import Transport
from tests.helpers import serve, serve_app

SECRET = "client-SECRET-value-42"
ACCESS = "access-TOKEN-abcdef"

# --- static and callable tokens ------------------------------------------------------------------


async def test_static_token_returns_the_token_and_hides_it() -> None:
    token = StaticToken(ACCESS)
    assert await token.get_token() == ACCESS
    assert await token.get_token(force_refresh=True) == ACCESS
    assert token.scheme == "Bearer"
    assert ACCESS not in repr(token) and ACCESS not in str(token)
    assert isinstance(token, TokenProvider)


@pytest.mark.parametrize(
    ("given", "scheme", "value"),
    [
        ("Bearer abc", "Bearer", "abc"),
        ("bearer  abc ", "Bearer", "abc"),
        ("Basic sharekey", "Basic", "sharekey"),
        ("  abc  ", "Bearer", "abc"),
    ],
)
async def test_static_token_understands_pasted_schemes(given: str, scheme: str, value: str) -> None:
    token = StaticToken(given)
    assert token.scheme == scheme
    assert await token.get_token() == value


async def test_share_key_scheme() -> None:
    key = StaticToken("key-1", scheme="Basic")
    assert key.scheme == "Basic" and await key.get_token() == "key-1"


@pytest.mark.parametrize("bad", ["", "   "])
def test_static_token_refuses_an_empty_token(bad: str) -> None:
    with pytest.raises(InvalidArgumentError, match="empty"):
        StaticToken(bad)


async def test_callable_token_is_called_on_every_request() -> None:
    values = iter(["one", "two"])
    provider = CallableToken(lambda: next(values))
    assert [await provider.get_token(), await provider.get_token()] == ["one", "two"]


async def test_callable_token_accepts_coroutine_functions() -> None:
    async def fetch() -> str:
        await asyncio.sleep(0)
        return ACCESS

    provider = CallableToken(fetch)
    assert await provider.get_token() == ACCESS
    assert "fetch" in repr(provider) and ACCESS not in repr(provider)


@pytest.mark.parametrize("bad", [None, 42, "", b"bytes"])
async def test_callable_token_refuses_non_string_answers(bad: object) -> None:
    provider = CallableToken(lambda: bad)  # type: ignore[arg-type,return-value]
    with pytest.raises(InvalidArgumentError, match="expected a non-empty str"):
        await provider.get_token()


# --- resolve_token -------------------------------------------------------------------------------


async def test_resolve_token_accepts_str_callable_and_provider() -> None:
    assert isinstance(resolve_token("abc"), StaticToken)
    assert isinstance(resolve_token(lambda: "abc"), CallableToken)
    provider = StaticToken("abc")
    assert resolve_token(provider) is provider
    credentials = ClientCredentials("id", SECRET)
    assert resolve_token(credentials) is credentials


def test_resolve_token_refuses_other_types() -> None:
    with pytest.raises(InvalidArgumentError, match="not int"):
        resolve_token(42)  # type: ignore[arg-type]


async def test_resolve_token_reads_itwin_access_token() -> None:
    provider = resolve_token(None, env={"ITWIN_ACCESS_TOKEN": f" {ACCESS} "})
    assert await provider.get_token() == ACCESS


def test_resolve_token_reads_client_credentials_from_the_environment() -> None:
    provider = resolve_token(None, env={"ITWIN_CLIENT_ID": "svc", "ITWIN_CLIENT_SECRET": SECRET})
    assert isinstance(provider, ClientCredentials)
    assert provider.client_id == "svc" and provider.scope is None  # None: what each API needs
    assert str(provider.token_url) == DEFAULT_TOKEN_URL
    assert SECRET not in repr(provider)
    custom = resolve_token(
        None,
        env={
            "ITWIN_CLIENT_ID": "svc",
            "ITWIN_CLIENT_SECRET": SECRET,
            "ITWIN_SCOPE": "itwin-platform mesh-export",
            "ITWIN_AUTHORITY": "https://qa-ims.bentley.com/",
        },
    )
    assert isinstance(custom, ClientCredentials)
    assert custom.scope == "itwin-platform mesh-export"
    assert str(custom.token_url) == "https://qa-ims.bentley.com/connect/token"
    full = resolve_token(
        None,
        env={
            "ITWIN_CLIENT_ID": "svc",
            "ITWIN_CLIENT_SECRET": SECRET,
            "ITWIN_AUTHORITY": "http://127.0.0.1:9/oauth/token",
        },
    )
    assert isinstance(full, ClientCredentials)
    assert str(full.token_url) == "http://127.0.0.1:9/oauth/token"


def test_access_token_wins_over_client_credentials() -> None:
    env = {"ITWIN_ACCESS_TOKEN": "t", "ITWIN_CLIENT_ID": "svc", "ITWIN_CLIENT_SECRET": SECRET}
    assert isinstance(resolve_token(None, env=env), StaticToken)


def test_resolve_token_without_anything_says_what_to_do() -> None:
    with pytest.raises(InvalidArgumentError) as info:
        resolve_token(None, env={"ITWIN_ACCESS_TOKEN": "  "})
    assert str(info.value).startswith("no token: pass token= or set ITWIN_ACCESS_TOKEN")


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ITWIN_CLIENT_ID": "svc"}, "ITWIN_CLIENT_SECRET"),
        ({"ITWIN_CLIENT_SECRET": SECRET}, "ITWIN_CLIENT_ID"),
    ],
)
def test_half_of_the_client_credentials_is_an_error(env: dict[str, str], missing: str) -> None:
    with pytest.raises(InvalidArgumentError, match=f"{missing} is not set") as info:
        resolve_token(None, env=env)
    assert SECRET not in str(info.value)


def test_resolve_token_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITWIN_ACCESS_TOKEN", "from-env")
    assert isinstance(resolve_token(None), StaticToken)
    monkeypatch.delenv("ITWIN_ACCESS_TOKEN")
    monkeypatch.delenv("ITWIN_CLIENT_ID", raising=False)
    monkeypatch.delenv("ITWIN_CLIENT_SECRET", raising=False)
    with pytest.raises(InvalidArgumentError, match="no token"):
        resolve_token(None)


def test_client_credentials_validate_their_arguments() -> None:
    with pytest.raises(InvalidArgumentError, match="client id and a client secret"):
        ClientCredentials("svc", "")
    with pytest.raises(InvalidArgumentError, match="token_url"):
        ClientCredentials("svc", SECRET, token_url="ims.bentley.com/connect/token")


# --- client credentials against a token endpoint -------------------------------------------------


class TokenEndpoint:
    """An OAuth token endpoint: counts requests, hands out numbered tokens, can be told to fail."""

    def __init__(self) -> None:
        self.forms: list[dict[str, str]] = []
        self.content_types: list[str] = []
        self.delay = 0.0
        self.expires_in: object = 3600
        self.failure: Callable[[], web.Response] | None = None
        self.arrived = asyncio.Event()
        self.app = web.Application()
        self.app.router.add_post("/connect/token", self.handle)

    async def handle(self, request: web.Request) -> web.Response:
        self.content_types.append(request.content_type)
        form = await request.post()
        self.forms.append({k: str(v) for k, v in form.items()})
        self.arrived.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failure is not None:
            return self.failure()
        body: dict[str, Any] = {"access_token": f"tok-{len(self.forms)}", "token_type": "Bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return web.json_response(body)


@asynccontextmanager
async def token_endpoint() -> AsyncIterator[tuple[TokenEndpoint, URL]]:
    endpoint = TokenEndpoint()
    async with serve_app(endpoint.app) as origin:
        yield endpoint, URL(origin) / "connect" / "token"


def credentials(url: URL, **kwargs: Any) -> ClientCredentials:
    kwargs.setdefault("retry", RetryPolicy.no_wait(max_attempts=3))
    return ClientCredentials("svc-client", SECRET, token_url=url, **kwargs)


async def test_token_request_is_a_client_credentials_form_post() -> None:
    async with token_endpoint() as (endpoint, url):
        provider = credentials(url, scope="itwin-platform")
        assert await provider.get_token() == "tok-1"
    assert endpoint.content_types == ["application/x-www-form-urlencoded"]
    assert endpoint.forms == [
        {
            "grant_type": "client_credentials",
            "client_id": "svc-client",
            "client_secret": SECRET,
            "scope": "itwin-platform",
        }
    ]


async def test_token_is_cached_until_shortly_before_expiry() -> None:
    vt = VirtualTime()
    async with token_endpoint() as (endpoint, url):
        provider = credentials(url, clock=vt.clock, refresh_margin=300)
        assert await provider.get_token() == "tok-1"
        vt.now += 3000
        assert await provider.get_token() == "tok-1"
        vt.now += 301  # within the last 300 s of the hour: refresh
        assert await provider.get_token() == "tok-2"
        assert await provider.get_token() == "tok-2"
    assert len(endpoint.forms) == 2 and provider.refreshes == 2


async def test_short_lived_tokens_are_still_cached_for_half_their_life() -> None:
    vt = VirtualTime()
    async with token_endpoint() as (endpoint, url):
        endpoint.expires_in = "60"  # some servers send a string
        provider = credentials(url, clock=vt.clock, refresh_margin=300)
        await provider.get_token()
        vt.now += 29
        assert await provider.get_token() == "tok-1"
        vt.now += 2
        assert await provider.get_token() == "tok-2"


async def test_missing_expires_in_means_an_hour() -> None:
    vt = VirtualTime()
    async with token_endpoint() as (endpoint, url):
        endpoint.expires_in = None
        provider = credentials(url, clock=vt.clock, refresh_margin=60)
        await provider.get_token()
        vt.now += 3500
        assert await provider.get_token() == "tok-1"
        vt.now += 100
        assert await provider.get_token() == "tok-2"


async def test_concurrent_callers_share_one_refresh() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.delay = 0.1
        provider = credentials(url)
        tokens = await asyncio.gather(*(provider.get_token() for _ in range(10)))
        assert tokens == ["tok-1"] * 10
        # many requests refused at once each force a refresh; still only one is made
        forced = await asyncio.gather(*(provider.get_token(force_refresh=True) for _ in range(10)))
        assert forced == ["tok-2"] * 10
    assert len(endpoint.forms) == 2


async def test_concurrent_callers_share_one_failure_then_a_later_call_tries_again() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.delay = 0.1
        endpoint.failure = oauth_error(401, "invalid_client", "nope")
        provider = credentials(url)
        results = await asyncio.gather(
            *(provider.get_token() for _ in range(8)), return_exceptions=True
        )
        assert all(isinstance(r, AuthenticationError) for r in results)
        assert len(endpoint.forms) == 1
        endpoint.failure = None
        assert await provider.get_token() == "tok-2"
    assert len(endpoint.forms) == 2


async def test_a_cancelled_refresh_leaves_waiters_to_fetch_their_own() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.delay = 0.2
        provider = credentials(url)
        first = asyncio.create_task(provider.get_token())
        await endpoint.arrived.wait()  # the first refresh has reached the endpoint
        second = asyncio.create_task(provider.get_token())
        await asyncio.sleep(0.01)
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        assert await second == "tok-2"
    assert len(endpoint.forms) == 2


async def test_force_refresh_always_fetches_a_new_token_when_alone() -> None:
    async with token_endpoint() as (_, url):
        provider = credentials(url)
        assert await provider.get_token() == "tok-1"
        assert await provider.get_token(force_refresh=True) == "tok-2"
        assert await provider.get_token(force_refresh=True) == "tok-3"


def oauth_error(status: int, error: str, description: str) -> Callable[[], web.Response]:
    return lambda: web.json_response(
        {"error": error, "error_description": description}, status=status
    )


@pytest.mark.parametrize("code", [400, 401, 403])
async def test_refusal_by_the_token_endpoint_is_an_authentication_error(code: int) -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.failure = oauth_error(code, "invalid_client", "Client authentication failed")
        provider = credentials(url)
        with pytest.raises(AuthenticationError) as info:
            await provider.get_token()
    error = info.value
    assert error.status == code and error.code == "invalid_client"
    assert error.message == "Client authentication failed"
    assert "invalid_client" in str(error) and "/connect/token" in str(error)
    for text in (str(error), repr(error), repr(provider)):
        assert SECRET not in text
    assert len(endpoint.forms) == 1  # a refusal is not retried


async def test_an_echoed_secret_is_redacted_from_the_error() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.failure = oauth_error(400, "invalid_client", f"bad secret {SECRET}")
        with pytest.raises(AuthenticationError) as info:
            await credentials(url).get_token()
    assert SECRET not in str(info.value) and "REDACTED" in str(info.value)


async def test_a_refusal_without_oauth_fields_still_explains() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.failure = lambda: web.Response(status=400, text="<html>nope</html>")
        with pytest.raises(AuthenticationError, match="refused the client credentials") as info:
            await credentials(url).get_token()
    assert info.value.code == "TokenRequestFailed"


async def test_an_answer_without_access_token_is_an_error() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.failure = lambda: web.json_response({"token_type": "Bearer"})
        with pytest.raises(AuthenticationError, match="without an access_token"):
            await credentials(url).get_token()


async def test_server_errors_of_the_token_endpoint_are_retried_then_typed() -> None:
    async with token_endpoint() as (endpoint, url):
        endpoint.failure = lambda: web.Response(status=503)
        with pytest.raises(ServerError) as info:
            await credentials(url).get_token()
        assert len(endpoint.forms) == 3
        endpoint.failure = lambda: web.Response(status=429, headers={"Retry-After": "9999"})
        with pytest.raises(RateLimitError) as limited:
            await credentials(url).get_token()
    assert info.value.status == 503 and SECRET not in str(info.value)
    assert limited.value.retry_after == 9999


async def test_transient_failures_then_success() -> None:
    async with token_endpoint() as (endpoint, url):
        statuses = iter([500, 502])

        def flaky() -> web.Response:
            code = next(statuses, None)
            if code is None:
                return web.json_response({"access_token": "tok-ok", "expires_in": 3600})
            return web.Response(status=code)

        endpoint.failure = flaky
        assert await credentials(url).get_token() == "tok-ok"
    assert len(endpoint.forms) == 3


async def test_unreachable_token_endpoint_is_a_transport_error() -> None:
    async with token_endpoint() as (_, url):
        dead = url  # the server closes when the block ends
    provider = credentials(dead)
    with pytest.raises(TransportError, match="cannot connect") as info:
        await provider.get_token()
    assert SECRET not in str(info.value)


async def test_a_borrowed_session_is_used_and_left_open() -> None:
    async with token_endpoint() as (endpoint, url), aiohttp.ClientSession() as session:
        provider = credentials(url, session=session)
        assert await provider.get_token() == "tok-1"
        assert not session.closed
    assert len(endpoint.forms) == 1


# --- with the transport --------------------------------------------------------------------------


async def test_transport_refreshes_client_credentials_once_on_401() -> None:
    seen: list[str] = []

    async def api(request: web.Request) -> web.Response:
        seen.append(request.headers["Authorization"])
        if request.headers["Authorization"] != "Bearer tok-2":  # the service revoked tok-1
            return web.json_response({"error": {"code": "InvalidToken"}}, status=401)
        return web.json_response({"ok": True})

    async with (
        serve([web.get("/mesh-export/", api)]) as (base, _),
        token_endpoint() as (endpoint, url),
        Transport(base_url=base, token=credentials(url), retry=RetryPolicy.no_wait()) as transport,
    ):
        response = await transport.request("GET", "/mesh-export/")
    assert response.json() == {"ok": True}
    assert seen == ["Bearer tok-1", "Bearer tok-2"]
    assert len(endpoint.forms) == 2


async def test_no_secret_or_token_in_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    async def api(request: web.Request) -> web.Response:
        return web.json_response({"error": {"code": "Boom"}}, status=503)

    async with (
        serve([web.get("/mesh-export/", api)]) as (base, _),
        token_endpoint() as (endpoint, url),
    ):
        endpoint.failure = lambda: web.Response(status=500)
        failing = credentials(url)
        with pytest.raises(ServerError):
            await failing.get_token()
        endpoint.failure = None
        async with Transport(
            base_url=base, token=credentials(url), retry=RetryPolicy.no_wait()
        ) as transport:
            with pytest.raises(ServerError) as info:
                await transport.request("GET", "/mesh-export/")
    assert caplog.records, "a verbose run logs something"
    text = "\n".join(r.getMessage() for r in caplog.records) + str(info.value) + repr(info.value)
    assert "tok-" not in text and SECRET not in text
