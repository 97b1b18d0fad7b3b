"""Fetching one file from the container: the SAS, retries, renewal of an expired link, checks.

:class:`Fetcher` GETs one file through :mod:`itwin_mesh_async._http`, signed by the run's
:class:`~.renewal.RenewingLink` (renewed when the container refuses the SAS), with per-file
retries by :meth:`~itwin_mesh_async.retry.RetryPolicy.attempts` (resets, truncated bodies, 5xx,
429 with ``Retry-After``); it checks ``Content-Length`` and ``Content-MD5`` and hands the
:class:`Body` to the walk's ``accept`` callback, whose
:class:`~itwin_mesh_async.errors.TileFormatError` (a body that fails verification) also counts
as a failed attempt (and, apart, at most ``FORMAT_ATTEMPTS`` times). A renewal of the link is
not an attempt. This is the per-file hot path: headers, timeouts, proxy and SAS are set once.
"""

from __future__ import annotations

import logging
import sys
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from yarl import URL

from .. import _http
from ..errors import TileFetchError, TileFormatError
from ..redact import redact_url
from ..retry import RetryEvent, RetryPolicy, is_retryable_status, parse_retry_after
from .body import Body, BodyReader, Cap, Retry
from .breaker import Breaker, HostDown
from .listing import azure_error_code
from .mirror import Mirror
from .renewal import RENEW_MARGIN, RenewCallback, RenewingLink
from .tuning import DEFAULT_TUNING, Tuning

if TYPE_CHECKING:
    from aiohttp import ClientSession, ClientTimeout

__all__ = ["RENEW_MARGIN", "Body", "Cap", "Fetcher", "RenewCallback"]

T = TypeVar("T")
log = logging.getLogger("itwin_mesh_async.tiles")

# Of an error answer, only this much is read (for Azure's <Code>): its body may never end.
ERROR_BODY_LIMIT = 64 * 1024
# A body that fails verification is fetched once more (it may have been damaged in transit).
FORMAT_ATTEMPTS = 2

# Identity: store exactly the bytes the container holds (no transfer compression), and never
# anything resembling credentials: the blob host only ever sees the SAS in the query.
HEADERS = {"Accept-Encoding": "identity", "User-Agent": _http.USER_AGENT}


def __getattr__(name: str) -> Any:
    if name == "Link":  # the old name of the run's link holder
        warnings.warn(
            "tiles.fetch.Link is deprecated: use tiles.renewal.RenewingLink (and "
            "itwin_mesh_async.container.ContainerLink for the link itself)",
            DeprecationWarning,
            stacklevel=2,
        )
        return RenewingLink
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Azure answers an expired or badly signed SAS with 403 AuthenticationFailed; Azurite answers
# an expired one with AuthorizationFailure.
_LINK_REFUSED = ("AuthenticationFailed", "AuthorizationFailure")


class Fetcher:
    """GETs files from the container with the SAS, retries, renewal and length/MD5 checks."""

    def __init__(
        self,
        session: ClientSession,
        link: RenewingLink,
        policy: RetryPolicy,
        *,
        on_retry: Callable[[], None] | None = None,
        timeout: ClientTimeout | None = None,
        tuning: Tuning = DEFAULT_TUNING,
        proxies: _http.Proxies | None = None,
        breaker: Breaker | None = None,
    ) -> None:
        self.session = session
        self.link = link
        self.policy = policy
        self._on_retry = on_retry
        self._timeout = timeout or _http.stream_timeout()
        # Every request goes to the container's origin: its proxy (if any) is decided once.
        self._proxy = (proxies if proxies is not None else _http.Proxies()).for_url(link.root)
        # When the host is down rather than flaky (off: thresholds never reached).
        self.breaker = breaker or Breaker(files=sys.maxsize, silence=float("inf"))
        # No byte for this long fails an attempt (the stall timeout, sock_read); a body is
        # also allowed this long on top of its size at the slowest rate accepted.
        self._reader = BodyReader(
            inline_limit=tuning.inline_limit,
            min_rate=tuning.min_rate,
            stall=self._timeout.sock_read or 60.0,
            breaker=self.breaker,
        )
        # Counters for the silence watch (one task per run reads them).
        self.requests = self.responses = self.failures = 0
        # Answers that say the host is at its limit (429, 503 Server Busy, 500 Operation
        # Timeout) and timeouts: what concurrency="auto" backs off on.
        self.throttled = 0
        # Decided once: the per-file hot path pays nothing for request logs when they are off.
        self._log_requests = log.isEnabledFor(logging.DEBUG)

    async def fetch(
        self,
        url: URL,
        path: str,
        accept: Callable[[Body], Awaitable[T]],
        *,
        mirror: Mirror | None = None,
        cap: Cap | None = None,
    ) -> T:
        """Fetch ``url`` (SAS added) and return ``accept(body)``, retrying what may be retried.

        ``cap``: the size past which the body can never be accepted (a JSON document), and the
        limit's name: such a body is refused on its ``Content-Length``, or when reading passes it.
        Raises :class:`TileFetchError` (404, other statuses, retries exhausted, too large),
        :class:`TileFormatError` (verification failed twice) or :class:`LinkExpiredError`.
        """
        format_failures = 0
        link = self.link
        breaker = self.breaker
        attempts = self.policy.attempts(on_retry=self._retrying, label=path)
        async for attempt in attempts:
            generation = link.generation
            if link.due():
                await link.renew(generation, "it was about to expire")
                attempt.again()  # a renewal is not an attempt
                continue
            try:
                body = await self._get(link.sign(url), path, mirror, generation, cap)
                try:
                    result = await accept(body)
                finally:
                    if body.temp is not None and mirror is not None:
                        mirror.discard(body.temp)  # no-op once committed
                link.worked()
                if breaker.failed_attempts or breaker.files_failed:
                    breaker.answered()
                return result
            except Retry as exc:
                if exc.counts and breaker.attempt_failed():
                    raise HostDown(exc.reason, path=path) from None
                attempt.failed(exc.reason, retry_after=exc.retry_after)
            except TileFormatError as exc:
                # Counted apart too: a body that fails verification twice is bad, not unlucky.
                format_failures += 1
                if format_failures >= FORMAT_ATTEMPTS:
                    breaker.answered()  # the host answered: these bytes are bad, not missing
                    raise
                attempt.failed(exc.reason)
            except _Renew as exc:
                await link.renew(exc.generation, exc.why)
                attempt.again()  # a renewal is not an attempt
        failed = f"{attempts.reason}; {attempts.gave_up_reason}"
        if breaker.file_failed():
            raise HostDown(failed, path=path)
        raise TileFetchError(failed, path=path)

    def _retrying(self, event: RetryEvent) -> None:
        # A run's event (shown by -v), worded as the API's retries are; the label is the file's
        # path, never its URL (the SAS lives in the query).
        log.info(
            "GET %s: %s, retrying in %.2fs (attempt %d of %d)",
            event.label, event.reason, event.delay, event.attempt, event.max_attempts,
        )  # fmt: skip
        if self._on_retry is not None:
            self._on_retry()

    async def get_listing(self, url: URL) -> bytes:
        """A List Blobs page, with the same retries and renewal as a file."""

        async def keep(body: Body) -> bytes:
            assert body.data is not None
            return body.data

        return await self.fetch(url, "(container listing)", keep)

    @property
    def heard(self) -> int:
        """Signs of life from the host so far: responses and chunks of streamed bodies."""
        return self.responses + self._reader.chunks

    def waiting(self) -> int:
        """Requests sent and not answered yet."""
        return self.requests - self.responses - self.failures

    async def _get(
        self,
        signed: URL,
        path: str,
        mirror: Mirror | None,
        generation: int,
        cap: Cap | None,
    ) -> Body:
        started = time.perf_counter() if self._log_requests else 0.0
        self.requests += 1
        try:
            async with _http.open_stream(
                self.session, signed, headers=HEADERS, timeout=self._timeout, proxy=self._proxy
            ) as resp:
                self.responses += 1
                status = resp.status
                if self._log_requests:
                    log.debug(
                        "GET %s -> %d in %.0f ms",
                        redact_url(signed), status, (time.perf_counter() - started) * 1000,
                    )  # fmt: skip
                if status != 200:
                    # Only the start of an error body is read: it may never end.
                    wanted = status in (403, 404) or status >= 500
                    body = await resp.content.read(ERROR_BODY_LIMIT) if wanted else b""
                    self._refuse(
                        status,
                        reason=resp.reason,
                        headers=resp.headers,
                        body=body,
                        path=path,
                        generation=generation,
                    )
                return await self._reader.read(resp, path, mirror=mirror, cap=cap)
        except _http.TRANSPORT_ERRORS as exc:
            if self.responses + self.failures < self.requests:
                self.failures += 1  # no answer at all (else the body failed)
            failure = _http.failure(exc, self._timeout)
            if isinstance(exc, TimeoutError):
                self.throttled += 1
            if not failure.retryable:  # an untrusted certificate: trying again cannot help
                raise TileFetchError(failure.reason, path=path) from None
            raise Retry(failure.reason) from None

    def _refuse(
        self,
        status: int,
        *,
        reason: str | None,
        headers: Mapping[str, str],
        body: bytes,
        path: str,
        generation: int,
    ) -> None:
        if status == 403:
            code = azure_error_code(body)
            if code in _LINK_REFUSED or self.link.expired():
                raise _Renew(generation, f"HTTP 403 {code}".rstrip())
        if status == 404:
            self.breaker.answered()  # a final answer: the host is up
            raise TileFetchError("not found (HTTP 404)", status=404, path=path)
        if is_retryable_status("GET", status):
            retry_after = None
            if status in (429, 503):
                retry_after = parse_retry_after(headers.get("Retry-After"))
                self.throttled += 1
            elif status == 500 and azure_error_code(body) == "OperationTimedOut":
                self.throttled += 1
            raise Retry(f"HTTP {status} {reason or ''}".rstrip(), retry_after, status != 429)
        code = azure_error_code(body)
        text = f"HTTP {status} {reason or ''}".rstrip() + (f" ({code})" if code else "")
        self.breaker.answered()
        raise TileFetchError(text, status=status, path=path)


class _Renew(Exception):
    def __init__(self, generation: int, why: str) -> None:
        self.generation = generation
        self.why = why
        super().__init__(why)
