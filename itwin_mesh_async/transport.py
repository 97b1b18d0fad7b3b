"""The HTTP transport for the iTwin APIs: the one place that sends API requests with aiohttp.

It adds the headers every call needs, asks the token provider for a token on every attempt,
retries by the rules of :mod:`itwin_mesh_async.retry`, refreshes the token once on a 401, and
turns error answers into typed exceptions with
:func:`~itwin_mesh_async.errors.api_error_from_response`.
The bearer token is sent only to the API origin: absolute URLs (paging links) on any other
origin are refused before anything is sent.
"""

from __future__ import annotations

import json as jsonlib
import logging
import platform
import time
import uuid
from collections.abc import Awaitable, Callable, Container, Iterable, Mapping
from ssl import SSLContext
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import aiohttp
import attrs
from multidict import CIMultiDict
from yarl import URL

from ._version import __version__
from .errors import (
    InvalidArgumentError,
    InvalidResponseBodyError,
    TransportError,
    api_error_from_response,
)
from .redact import redact_text, redact_url
from .retry import (
    RetryPolicy,
    RetryState,
    is_retryable_failure,
    is_retryable_status,
    parse_retry_after,
)
from .urls import same_origin

if TYPE_CHECKING:
    from .auth import TokenProvider

__all__ = [
    "ACCEPT",
    "USER_AGENT",
    "Response",
    "Transport",
    "authorization_value",
    "post_form",
    "send_with_retry",
]

ACCEPT = "application/vnd.bentley.itwin-platform.v1+json"
USER_AGENT = (
    f"itwin-mesh-async/{__version__} aiohttp/{aiohttp.__version__} "
    f"python/{platform.python_version()}"
)

log = logging.getLogger("itwin_mesh_async.http")

HeaderFactory = Callable[[bool], Awaitable[Mapping[str, str]]]
"""Called before every attempt with ``force_refresh``; returns that attempt's headers."""


@attrs.frozen
class Response:
    """A complete answer: status, headers and the whole body (API answers are small)."""

    status: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)
    url: URL = attrs.field(repr=redact_url)

    def json(self) -> Any:
        """The body parsed as JSON; ``None`` for an empty body (204)."""
        if not self.body:
            return None
        try:
            return jsonlib.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise InvalidResponseBodyError(
                self.status,
                "InvalidResponseBody",
                "the service answered with a body that is not JSON",
                correlation_id=self.headers.get("x-correlation-id"),
                url=str(self.url),
            ) from None


def authorization_value(scheme: str, token: str) -> str:
    """The ``Authorization`` header value; a token that already names its scheme is kept as is."""
    token = token.strip()
    if not token:
        raise InvalidArgumentError("the token is empty")
    if "\r" in token or "\n" in token:
        raise InvalidArgumentError("the token contains a line break")
    head, _, rest = token.partition(" ")
    if rest and head.lower() in ("bearer", "basic"):
        return f"{head.capitalize()} {rest.strip()}"
    return f"{scheme} {token}"


@attrs.frozen
class _NoAnswer:
    """A request that got no HTTP answer, and whether it can have reached the server."""

    reason: str
    before_send: bool
    retryable: bool = True


async def _send_once(
    session: aiohttp.ClientSession,
    method: str,
    url: URL,
    *,
    headers: Mapping[str, str],
    json: Any,
    data: Mapping[str, str] | None,
    attempt_timeout: float,
) -> Response | _NoAnswer:
    kwargs: dict[str, Any] = {}
    if json is not None:
        kwargs["json"] = json
    if data is not None:
        kwargs["data"] = dict(data)
    try:
        async with session.request(
            method,
            url,
            headers=headers,
            allow_redirects=False,  # 303 from the runs API is an answer, not a hop
            timeout=aiohttp.ClientTimeout(total=attempt_timeout),
            **kwargs,
        ) as resp:
            body = await resp.read()
            return Response(resp.status, resp.headers, body, url)
    except aiohttp.ClientSSLError as exc:
        return _NoAnswer(f"TLS failure: {_text(exc)}", before_send=True, retryable=False)
    except aiohttp.ClientConnectorError as exc:
        return _NoAnswer(f"cannot connect: {_text(exc)}", before_send=True)
    except aiohttp.ConnectionTimeoutError:
        return _NoAnswer(f"connecting timed out after {attempt_timeout:g}s", before_send=True)
    except aiohttp.InvalidURL:
        raise InvalidArgumentError(f"invalid URL {redact_url(url)}") from None
    except aiohttp.ClientPayloadError as exc:
        return _NoAnswer(f"response body cut short: {_text(exc)}", before_send=False)
    except aiohttp.ServerDisconnectedError:
        return _NoAnswer("the server closed the connection", before_send=False)
    except aiohttp.ClientError as exc:
        return _NoAnswer(f"{type(exc).__name__}: {_text(exc)}", before_send=False)
    except TimeoutError:
        return _NoAnswer(f"no complete answer within {attempt_timeout:g}s", before_send=False)


def _text(exc: BaseException) -> str:
    return redact_text(str(exc)) or type(exc).__name__


async def send_with_retry(
    session: aiohttp.ClientSession,
    method: str,
    url: URL,
    *,
    headers: HeaderFactory,
    policy: RetryPolicy,
    attempt_timeout: float,
    json: Any = None,
    data: Mapping[str, str] | None = None,
    expected: Container[int] = (200,),
    retry_ambiguous: bool | None = None,
    refresh_on_401: bool = False,
    secrets: Iterable[str] = (),
) -> Response:
    """Send one logical request, retrying by ``policy``; the one retry loop of the library.

    Returns the :class:`Response` when its status is in ``expected``; raises the typed
    :class:`~itwin_mesh_async.errors.APIError` for any other status once retries are over, and
    :class:`~itwin_mesh_async.errors.TransportError` when no answer came. With ``refresh_on_401``
    a 401 calls ``headers(True)`` (force a token refresh) and tries once more, outside the
    attempt count. The attempt's credential and ``secrets`` are redacted from error messages.
    """
    method = method.upper()
    state = policy.start()
    refreshed = force_refresh = False
    while True:
        attempt_headers = await headers(force_refresh)
        force_refresh = False
        started = time.perf_counter()
        outcome = await _send_once(
            session, method, url, headers=attempt_headers, json=json, data=data,
            attempt_timeout=attempt_timeout,
        )  # fmt: skip
        elapsed_ms = (time.perf_counter() - started) * 1000
        correlation_id = attempt_headers.get("X-Correlation-ID", "-")
        if isinstance(outcome, _NoAnswer):
            log.debug(
                "%s %s -> no answer (%s) after %.0f ms, attempt %d, correlation id %s",
                method, redact_url(url), outcome.reason, elapsed_ms, state.attempts,
                correlation_id,
            )  # fmt: skip
            if (
                outcome.retryable
                and is_retryable_failure(
                    method, before_send=outcome.before_send, retry_ambiguous=retry_ambiguous
                )
                and await _wait(state, method, url, None)
            ):
                continue
            reason = outcome.reason
            if state.attempts > 1:
                reason += f" ({state.gave_up_reason})"
            raise TransportError(reason, method=method, url=str(url))
        log.debug(
            "%s %s -> %d in %.0f ms, attempt %d, correlation id %s",
            method, redact_url(url), outcome.status, elapsed_ms, state.attempts, correlation_id,
        )  # fmt: skip
        if outcome.status in expected:
            return outcome
        if outcome.status == 401 and refresh_on_401 and not refreshed:
            refreshed = force_refresh = True
            continue
        retry_after = parse_retry_after(outcome.headers.get("Retry-After"))
        if is_retryable_status(
            method, outcome.status, retry_ambiguous=retry_ambiguous
        ) and await _wait(state, method, url, retry_after, outcome.status):
            continue
        raise api_error_from_response(
            outcome.status,
            outcome.headers,
            outcome.body,
            method=method,
            url=str(url),
            retry_after=retry_after,
            secrets=[*secrets, _credential(attempt_headers)],
        )


def _credential(headers: Mapping[str, str]) -> str:
    """The credential part of an ``Authorization`` header (to keep it out of error messages)."""
    return headers.get("Authorization", "").partition(" ")[2].strip()


async def _wait(
    state: RetryState, method: str, url: URL, retry_after: float | None, status: int | None = None
) -> bool:
    delay = state.next_delay(retry_after)
    if delay is None:
        log.debug("%s %s: not retrying, %s", method, redact_url(url), state.gave_up_reason)
        return False
    log.info(
        "%s %s: %s, retrying in %.2fs (attempt %d of %d)",
        method, redact_url(url), f"HTTP {status}" if status else "no answer",
        delay, state.attempts, state.policy.max_attempts,
    )  # fmt: skip
    await state.sleep(delay)
    return True


async def post_form(
    url: str | URL,
    form: Mapping[str, str],
    *,
    session: aiohttp.ClientSession | None = None,
    policy: RetryPolicy | None = None,
    attempt_timeout: float = 30.0,
    expected: Container[int] = (200,),
    ssl: SSLContext | bool = True,
) -> Response:
    """POST an ``application/x-www-form-urlencoded`` body (the OAuth token request).

    Repeating it is harmless, so ambiguous failures are retried too. Without ``session`` a
    short-lived one is opened (with ``ssl``, as :class:`Transport` does) and closed here; a
    given session keeps its connector's TLS setting.
    """
    target = URL(str(url), encoded=True)

    async def headers(_force: bool) -> Mapping[str, str]:
        return {"Accept": "application/json", "User-Agent": USER_AGENT}

    async def send(on: aiohttp.ClientSession) -> Response:
        return await send_with_retry(
            on, "POST", target, headers=headers, policy=policy or RetryPolicy(max_attempts=3),
            attempt_timeout=attempt_timeout, data=form, expected=expected, retry_ambiguous=True,
            secrets=form.values(),
        )  # fmt: skip

    if session is not None:
        return await send(session)
    connector = aiohttp.TCPConnector(ssl=ssl)
    async with aiohttp.ClientSession(connector=connector, trust_env=True) as own:
        return await send(own)


class Transport:
    """Sends API requests: auth, standard headers, retries, error mapping, connection pool.

    An owned session (``session=None``) is created on first use with at most
    ``connection_limit`` connections and closed by :meth:`close`; a borrowed one is never closed.
    ``timeout`` bounds each attempt, from connecting to the end of the body.
    """

    def __init__(
        self,
        *,
        base_url: str | URL,
        token: TokenProvider,
        session: aiohttp.ClientSession | None = None,
        retry: RetryPolicy | None = None,
        connection_limit: int = 32,
        timeout: float = 60.0,
        ssl: SSLContext | bool = True,
    ) -> None:
        base = URL(str(base_url))
        if base.scheme not in ("http", "https") or not base.host:
            raise InvalidArgumentError(
                f"base URL must be an absolute http(s) URL, got {redact_url(base_url)!r}"
            )
        if connection_limit < 1:
            raise InvalidArgumentError("connection_limit must be at least 1")
        self.base_url: URL = base.with_query(None).with_fragment(None)
        self.token = token
        self.retry = retry if retry is not None else RetryPolicy()
        self.connection_limit = connection_limit
        self.timeout = timeout
        # TLS certificates are verified unless turned off explicitly (False); applies to an
        # owned session only: a borrowed one keeps its connector's setting.
        self.ssl = ssl
        self._session = session
        self._owns_session = session is None
        self._closed = False

    def __repr__(self) -> str:
        owned = "owned" if self._owns_session else "borrowed"
        return f"Transport(base_url={str(self.base_url)!r}, session={owned})"

    @property
    def session(self) -> aiohttp.ClientSession:
        """The aiohttp session in use; an owned one is created here on first use."""
        if self._session is None:
            if self._closed:
                raise TransportError("the transport is closed")
            connector = aiohttp.TCPConnector(limit=self.connection_limit, ssl=self.ssl)
            # No default headers: the Authorization header is set per request, per origin.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=True)
        return self._session

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the session if this transport created it; a borrowed session stays open."""
        self._closed = True
        if self._owns_session and self._session is not None:
            session, self._session = self._session, None
            await session.close()

    def url_for(self, path_or_url: str | URL) -> URL:
        """The absolute URL for a request; refuses URLs off the API origin.

        A relative path is appended to ``base_url``'s path; an absolute URL (a paging link) is
        kept byte for byte.
        """
        url = path_or_url if isinstance(path_or_url, URL) else URL(path_or_url, encoded=True)
        if not (url.scheme or url.host is not None or str(url).startswith("//")):
            # A path: appended to the base path, quoted where needed.
            base = str(self.base_url).rstrip("/")
            url = URL(f"{base}/{str(path_or_url).lstrip('/')}")
        if not same_origin(url, self.base_url):
            raise InvalidArgumentError(
                f"refusing to send the API token to {redact_url(url)}: "
                f"it is not on the API origin {self.base_url.origin()}"
            )
        if url.user is not None or url.password is not None:
            raise InvalidArgumentError(
                f"refusing a URL with credentials in it: {redact_url(url.with_user(None))}"
            )
        return url

    async def request(
        self,
        method: str,
        path_or_url: str | URL,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        expected: Container[int] = (200,),
        retry_ambiguous: bool | None = None,
    ) -> Response:
        """Send a request to the API and return its answer when the status is ``expected``.

        ``params`` are added to the URL's own query. Headers sent: ``Authorization`` (from the
        token provider, on every attempt), ``Accept`` (the iTwin v1 media type),
        ``X-Correlation-ID`` (a fresh UUID for every attempt, unless ``headers`` fixes one),
        ``User-Agent``;
        ``headers`` may add to or replace all but ``Authorization``. Raises
        :class:`~itwin_mesh_async.errors.APIError` subclasses,
        :class:`~itwin_mesh_async.errors.TransportError`, or
        :class:`~itwin_mesh_async.errors.InvalidArgumentError` for a URL off the API origin.
        """
        url = self.url_for(path_or_url)
        session = self.session
        if session.closed:
            raise TransportError("the aiohttp session given to the client is closed")
        if params:
            url = url.extend_query(params)
        fixed: CIMultiDict[str] = CIMultiDict({"Accept": ACCEPT, "User-Agent": USER_AGENT})
        if headers:
            fixed.update(headers)
        # Every HTTP request gets its own id (the service's logs key on it); a caller's wins.
        caller_correlation_id = fixed.get("X-Correlation-ID")
        provider = self.token

        async def attempt_headers(force_refresh: bool) -> Mapping[str, str]:
            token = await provider.get_token(force_refresh=force_refresh)
            out = fixed.copy()
            out["X-Correlation-ID"] = caller_correlation_id or str(uuid.uuid4())
            out["Authorization"] = authorization_value(provider.scheme, token)
            return out

        return await send_with_retry(
            session,
            method,
            url,
            headers=attempt_headers,
            policy=self.retry,
            attempt_timeout=self.timeout,
            json=json,
            expected=expected,
            retry_ambiguous=retry_ambiguous,
            refresh_on_401=True,
        )
