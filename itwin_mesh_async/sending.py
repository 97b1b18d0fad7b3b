"""One API-style request with retries: send, read the whole answer, map errors.

:func:`send_with_retry` runs the retry loop of :meth:`~itwin_mesh_async.retry.RetryPolicy.attempts`
around :func:`itwin_mesh_async._http.send`: the API transport and the token requests of
:mod:`~itwin_mesh_async.auth` (through :func:`post_form`) both use it; the tile fetcher runs
the same loop around its own streaming GET.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Container, Iterable, Mapping
from ssl import SSLContext
from typing import TYPE_CHECKING, Any

from yarl import URL

from . import _http
from ._http import USER_AGENT, Response
from .errors import TransportError, api_error_from_response
from .redact import redact_url
from .retry import (
    RetryEvent,
    RetryPolicy,
    is_retryable_failure,
    is_retryable_status,
    parse_retry_after,
)

if TYPE_CHECKING:
    import aiohttp
    from aiohttp import ClientSession

__all__ = ["HeaderFactory", "post_form", "send_with_retry"]

log = logging.getLogger("itwin_mesh_async.http")

HeaderFactory = Callable[[bool], Awaitable[Mapping[str, str]]]
"""Called before every attempt with ``force_refresh``; returns that attempt's headers."""


async def send_with_retry(
    session: ClientSession,
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
    proxy: _http.Proxy | None = None,
) -> Response:
    """Send one logical request, retrying by ``policy`` (through :meth:`RetryPolicy.attempts`).

    Returns the :class:`Response` when its status is in ``expected``; raises the typed
    :class:`~itwin_mesh_async.errors.APIError` for any other status once retries are over, and
    :class:`~itwin_mesh_async.errors.TransportError` when no answer came. With ``refresh_on_401``
    a 401 calls ``headers(True)`` (force a token refresh) and tries once more, outside the
    attempt count. The attempt's credential and ``secrets`` are redacted from error messages.
    """
    method = method.upper()
    where = redact_url(url)
    timeout = _http.attempt_timeout(attempt_timeout)

    def log_retry(event: RetryEvent) -> None:
        log.info(
            "%s %s: %s, retrying in %.2fs (attempt %d of %d)",
            method, where, event.reason, event.delay, event.attempt, event.max_attempts,
        )  # fmt: skip

    refreshed = force_refresh = False
    last: Response | None = None
    attempt_headers: Mapping[str, str] = {}
    attempts = policy.attempts(on_retry=log_retry)
    async for attempt in attempts:
        attempt_headers = await headers(force_refresh)
        force_refresh = False
        started = time.perf_counter()
        outcome = await _http.send(
            session, method, url, headers=attempt_headers, timeout=timeout, proxy=proxy,
            json=json, data=data,
        )  # fmt: skip
        elapsed_ms = (time.perf_counter() - started) * 1000
        correlation_id = attempt_headers.get("X-Correlation-ID", "-")
        if isinstance(outcome, _http.Failure):
            log.debug(
                "%s %s -> no answer (%s) after %.0f ms, attempt %d, correlation id %s",
                method, where, outcome.reason, elapsed_ms, attempt.number, correlation_id,
            )  # fmt: skip
            if outcome.retryable and is_retryable_failure(
                method, before_send=outcome.before_send, retry_ambiguous=retry_ambiguous
            ):
                last = None
                attempt.failed(outcome.reason)
                continue
            raise TransportError(outcome.reason, method=method, url=str(url))
        log.debug(
            "%s %s -> %d in %.0f ms, attempt %d, correlation id %s",
            method, where, outcome.status, elapsed_ms, attempt.number, correlation_id,
        )  # fmt: skip
        if outcome.status in expected:
            return outcome
        if outcome.status == 401 and refresh_on_401 and not refreshed:
            refreshed = force_refresh = True
            attempt.again()
            continue
        last = outcome
        retry_after = parse_retry_after(outcome.headers.get("Retry-After"))
        if not is_retryable_status(method, outcome.status, retry_ambiguous=retry_ambiguous):
            break
        attempt.failed(f"HTTP {outcome.status}", retry_after=retry_after)
    else:
        log.debug("%s %s: not retrying, %s", method, where, attempts.gave_up_reason)
        if last is None:
            reason = attempts.reason
            if attempts.number > 1:
                reason += f" ({attempts.gave_up_reason})"
            raise TransportError(reason, method=method, url=str(url))
    raise api_error_from_response(
        last.status,
        last.headers,
        last.body,
        method=method,
        url=str(url),
        retry_after=parse_retry_after(last.headers.get("Retry-After")),
        secrets=[*secrets, _credential(attempt_headers)],
    )


def _credential(headers: Mapping[str, str]) -> str:
    """The credential part of an ``Authorization`` header (to keep it out of error messages)."""
    return headers.get("Authorization", "").partition(" ")[2].strip()


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
    short-lived one is opened (with ``ssl``) and closed here; a given session keeps its
    connector's TLS setting. Proxies come from the environment, as for every request.
    """
    target = URL(str(url), encoded=True)

    async def headers(_force: bool) -> Mapping[str, str]:
        return {"Accept": "application/json", "User-Agent": USER_AGENT}

    async def send(on: aiohttp.ClientSession) -> Response:
        return await send_with_retry(
            on, "POST", target, headers=headers, policy=policy or RetryPolicy(max_attempts=3),
            attempt_timeout=attempt_timeout, data=form, expected=expected, retry_ambiguous=True,
            secrets=form.values(), proxy=_http.Proxies().for_url(target),
        )  # fmt: skip

    if session is not None:
        return await send(session)
    async with _http.open_session(ssl=ssl, limit=1) as own:
        return await send(own)
