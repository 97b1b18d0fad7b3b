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

import base64
import hashlib
import logging
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from yarl import URL

from .. import _http
from ..errors import TileFetchError, TileFormatError
from ..redact import redact_url
from ..retry import RetryEvent, RetryPolicy, is_retryable_status, parse_retry_after
from .mirror import Mirror, TempFile, storage_error
from .renewal import RENEW_MARGIN, RenewCallback, RenewingLink
from .tuning import DEFAULT_TUNING

if TYPE_CHECKING:
    from aiohttp import ClientResponse, ClientSession, ClientTimeout

__all__ = ["RENEW_MARGIN", "Body", "Cap", "Fetcher", "RenewCallback"]

T = TypeVar("T")
log = logging.getLogger("itwin_mesh_async.tiles")

CHUNK = 256 * 1024
# Of an error answer, only this much is read (for Azure's <Code>): its body may never end.
ERROR_BODY_LIMIT = 64 * 1024
# A size past which a body can never be accepted, and the name of that limit.
Cap = tuple[int, str]
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


class Body:
    """A fetched body: whole in ``data``, or streamed to ``temp`` (large files, download mode)."""

    __slots__ = ("data", "encoding", "size", "temp")

    def __init__(
        self, size: int, data: bytes | None, temp: TempFile | None, encoding: str | None
    ) -> None:
        self.size = size
        self.data = data
        self.temp = temp
        self.encoding = encoding


class _Retry(Exception):
    """One failed attempt that may be repeated: ``reason`` for the report."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        self.reason = reason
        self.retry_after = retry_after
        super().__init__(reason)


def _md5_ok(expected: str | None, digest: bytes) -> bool:
    return expected is None or base64.b64encode(digest).decode("ascii") == expected.strip()


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
        inline_limit: int = DEFAULT_TUNING.inline_limit,
        proxies: _http.Proxies | None = None,
    ) -> None:
        self.session = session
        self._inline_limit = inline_limit
        self.link = link
        self.policy = policy
        self._on_retry = on_retry
        self._timeout = timeout or _http.stream_timeout()
        # Every request goes to the container's origin: its proxy (if any) is decided once.
        self._proxy = (proxies if proxies is not None else _http.Proxies()).for_url(link.root)
        # Files in a row (across workers) that used up their retries on resets, timeouts, 5xx
        # or 429, with no answer in between: the walk's circuit breaker reads it.
        self.unanswered = 0
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
                self.unanswered = 0
                return result
            except _Retry as exc:
                attempt.failed(exc.reason, retry_after=exc.retry_after)
            except TileFormatError as exc:
                # Counted apart too: a body that fails verification twice is bad, not unlucky.
                format_failures += 1
                if format_failures >= FORMAT_ATTEMPTS:
                    self.unanswered = 0  # the host answered: these bytes are bad, not missing
                    raise
                attempt.failed(exc.reason)
            except _Renew as exc:
                await link.renew(exc.generation, exc.why)
                attempt.again()  # a renewal is not an attempt
        self.unanswered += 1
        raise TileFetchError(f"{attempts.reason}; {attempts.gave_up_reason}", path=path)

    def _retrying(self, event: RetryEvent) -> None:
        if self._log_requests:
            log.debug("retrying %s (attempt %d): %s", event.label, event.attempt, event.reason)
        if self._on_retry is not None:
            self._on_retry()

    async def get_listing(self, url: URL) -> bytes:
        """A List Blobs page, with the same retries and renewal as a file."""

        async def keep(body: Body) -> bytes:
            assert body.data is not None
            return body.data

        return await self.fetch(url, "(container listing)", keep)

    async def _get(
        self,
        signed: URL,
        path: str,
        mirror: Mirror | None,
        generation: int,
        cap: Cap | None,
    ) -> Body:
        started = time.perf_counter() if self._log_requests else 0.0
        try:
            async with _http.open_stream(
                self.session, signed, headers=HEADERS, timeout=self._timeout, proxy=self._proxy
            ) as resp:
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
                headers = resp.headers
                length = resp.content_length
                md5 = headers.get("Content-MD5")
                encoding = headers.get("Content-Encoding")
                if cap is not None and length is not None and length > cap[0]:
                    self.unanswered = 0  # the host answered: this file is refused, not missing
                    raise _too_large(path, f"its Content-Length ({length})", cap)
                if mirror is None or (length is not None and length <= self._inline_limit):
                    if length is None and cap is not None:
                        data = await self._read_bounded(resp, path, cap)
                    else:
                        data = await resp.read()
                    if length is not None and len(data) != length:
                        raise _Retry(f"body cut short ({len(data)} of {length} bytes)")
                    if md5 is not None and not _md5_ok(
                        md5, hashlib.md5(data, usedforsecurity=False).digest()
                    ):
                        raise _Retry("body does not match its Content-MD5")
                    return Body(len(data), data, None, encoding)
                return await self._stream(
                    resp, mirror, path, length=length, md5=md5, encoding=encoding, cap=cap
                )
        except _http.TRANSPORT_ERRORS as exc:
            failure = _http.failure(exc, self._timeout)
            if isinstance(exc, TimeoutError):
                self.throttled += 1
            if not failure.retryable:  # an untrusted certificate: trying again cannot help
                raise TileFetchError(failure.reason, path=path) from None
            raise _Retry(failure.reason) from None

    async def _stream(
        self,
        resp: ClientResponse,
        mirror: Mirror,
        path: str,
        *,
        length: int | None,
        md5: str | None,
        encoding: str | None,
        cap: Cap | None,
    ) -> Body:
        # File errors (disk full, file too large) are storage errors, not network failures to
        # retry; the network's own OSErrors (resets) come from the reads, never from a write.
        try:
            temp = mirror.open_temp()
        except OSError as exc:
            raise storage_error(exc, mirror.dest, path) from None
        try:
            digest = hashlib.md5(usedforsecurity=False) if md5 is not None else None
            size = 0
            write = temp.file.write
            async for chunk in resp.content.iter_chunked(CHUNK):
                try:
                    write(chunk)
                except OSError as exc:
                    raise storage_error(exc, mirror.dest, path) from None
                size += len(chunk)
                if cap is not None and size > cap[0]:
                    self.unanswered = 0
                    what = "its body (no Content-Length)" if length is None else "its body"
                    raise _too_large(path, what, cap)
                if digest is not None:
                    digest.update(chunk)
            if length is not None and size != length:
                raise _Retry(f"body cut short ({size} of {length} bytes)")
            if digest is not None and not _md5_ok(md5, digest.digest()):
                raise _Retry("body does not match its Content-MD5")
            try:
                temp.file.flush()
            except OSError as exc:
                raise storage_error(exc, mirror.dest, path) from None
        except BaseException:
            mirror.discard(temp)
            raise
        return Body(size, None, temp, encoding)

    async def _read_bounded(self, resp: ClientResponse, path: str, cap: Cap) -> bytes:
        """A body of unknown length, refused once it passes the cap (it may never end)."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > cap[0]:
                self.unanswered = 0
                raise _too_large(path, "its body (no Content-Length)", cap)
            chunks.append(chunk)
        return b"".join(chunks)

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
            code = _azure_code(body)
            if code in _LINK_REFUSED or self.link.expired():
                raise _Renew(generation, f"HTTP 403 {code}".rstrip())
        if status == 404:
            self.unanswered = 0  # a final answer: the host is up
            raise TileFetchError("not found (HTTP 404)", status=404, path=path)
        if is_retryable_status("GET", status):
            retry_after = None
            if status in (429, 503):
                retry_after = parse_retry_after(headers.get("Retry-After"))
                self.throttled += 1
            elif status == 500 and _azure_code(body) == "OperationTimedOut":
                self.throttled += 1
            raise _Retry(f"HTTP {status} {reason or ''}".rstrip(), retry_after)
        code = _azure_code(body)
        text = f"HTTP {status} {reason or ''}".rstrip() + (f" ({code})" if code else "")
        self.unanswered = 0
        raise TileFetchError(text, status=status, path=path)


class _Renew(Exception):
    def __init__(self, generation: int, why: str) -> None:
        self.generation = generation
        self.why = why
        super().__init__(why)


def _too_large(path: str, what: str, cap: Cap) -> TileFetchError:
    limit, name = cap
    return TileFetchError(f"refused: {what} is over the limit of {limit} bytes ({name})", path=path)


def _azure_code(body: bytes) -> str:
    start = body.find(b"<Code>")
    end = body.find(b"</Code>", start)
    if start < 0 or end < 0 or end - start > 80:
        return ""
    return body[start + 6 : end].decode("ascii", "replace")
