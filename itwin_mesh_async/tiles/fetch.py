"""Fetching one file from the container: the SAS, retries, renewal of an expired link, checks.

:class:`Link` holds the container root and the current SAS query, and renews it once for all
workers when the container refuses it. :class:`Fetcher` GETs one file with per-file retries
(resets, truncated bodies, 5xx, 429 with ``Retry-After``), checks ``Content-Length`` and
``Content-MD5``, and hands the :class:`Body` to the walk's ``accept`` callback, whose
:class:`~itwin_mesh_async.errors.TileFormatError` (a body that fails verification) also counts
as a failed attempt. This is the per-file hot path: headers, timeouts and the SAS are built once.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

import aiohttp
from yarl import URL

from .._version import __version__
from ..errors import (
    DownloadError,
    ITwinError,
    LinkExpiredError,
    TileError,
    TileFetchError,
    TileFormatError,
)
from ..redact import redact_text, redact_url
from ..retry import RetryPolicy, is_retryable_status, parse_retry_after
from ..sas import parse_sas
from ..urls import (
    ReferenceResolver,
    container_root,
    merge_query,
    same_origin,
    split_query,
    tileset_url_from_href,
    with_sas,
)
from .mirror import Mirror, TempFile, storage_error
from .tuning import DEFAULT_TUNING

__all__ = ["Body", "Fetcher", "Link", "RenewCallback"]

T = TypeVar("T")
log = logging.getLogger("itwin_mesh_async.tiles")
RenewCallback = Callable[[], Awaitable[URL | str]]

CHUNK = 256 * 1024
# Renew this long before the SAS `se` time when there is a way to renew.
RENEW_MARGIN = 120.0
# A body that fails verification is fetched once more (it may have been damaged in transit).
FORMAT_ATTEMPTS = 2

# Identity: store exactly the bytes the container holds (no transfer compression), and never
# anything resembling credentials: the blob host only ever sees the SAS in the query.
HEADERS = {"Accept-Encoding": "identity", "User-Agent": f"itwin-mesh-async/{__version__}"}


class Link:
    """The container root and its current SAS query, renewed once for all concurrent workers.

    Renewal is guarded by a lock and a generation counter: a worker that saw a refusal under
    generation ``g`` renews only if nobody has renewed since, so 32 workers hitting an expired
    link cause one call to ``renew``.
    """

    def __init__(
        self,
        tileset_url: URL,
        renew: RenewCallback | None = None,
        *,
        renew_margin: float = RENEW_MARGIN,
    ) -> None:
        self.tileset, self.sas = split_query(tileset_url)
        self.root = container_root(tileset_url)
        self.resolver = ReferenceResolver(self.root)
        self._query_of: str | None = None  # the SAS that _query was normalised from
        self._query = ""
        self.generation = 0
        self.renewals = 0
        self._renew = renew
        self._margin = renew_margin
        self._lock = asyncio.Lock()
        self._refresh_at = float("inf")
        self._expires_text = ""
        self._expires_at: float | None = None
        self._worked = True  # a success since the last renewal
        self._read_expiry()

    def _read_expiry(self) -> None:
        info = parse_sas(self.sas)
        self._expires_at = info.expires_at.timestamp() if info.expires_at else None
        self._expires_text = info.expires_at.isoformat() if info.expires_at else ""
        self._refresh_at = float("inf")
        if info.expires_at is not None and self._renew is not None:
            refresh_at = info.expires_at.timestamp() - self._margin
            # A link that is already inside the margin cannot be bettered ahead of time: use it
            # until the container refuses it.
            if refresh_at > time.time():
                self._refresh_at = refresh_at

    def signed(self, url: URL) -> URL:
        """``url`` with the SAS, which goes only to the container's own origin."""
        sas = self.sas
        if self._query_of is not sas:
            self._query_of, self._query = sas, merge_query("", sas.lstrip("?"))
        fast = self.resolver.signed(url, self._query)
        if fast is not None:
            return fast
        if not same_origin(url, self.root):
            raise TileError("refusing to send the SAS to another host", url=str(url))
        return with_sas(url, self.sas)

    def expired(self) -> bool:
        """True when the SAS `se` time has passed (by the local clock)."""
        return self._expires_at is not None and time.time() >= self._expires_at

    def due(self) -> bool:
        """True when the SAS is about to expire and can be renewed ahead of time."""
        return time.time() >= self._refresh_at

    def worked(self) -> None:
        """Record a success under the current SAS."""
        self._worked = True

    def _expired_message(self, why: str) -> str:
        if self.expired():
            return f"the link to the container expired at {self._expires_text} ({why})"
        until = f"; its SAS runs until {self._expires_text}" if self._expires_text else ""
        return f"the link to the container expired or was revoked ({why}{until})"

    async def renew(self, generation: int, why: str) -> None:
        """Get a fresh SAS (once per generation); raise ``LinkExpiredError`` when impossible."""
        async with self._lock:
            if generation != self.generation:
                return  # another worker renewed already
            if self._renew is None:
                raise LinkExpiredError(
                    self._expired_message(why) + " and there is no export to renew it from",
                    status=403,
                )
            if not self._worked:
                raise LinkExpiredError(
                    self._expired_message(why) + ": the renewed link is refused too", status=403
                )
            try:
                fresh = await self._renew()
            except ITwinError as exc:
                raise LinkExpiredError(
                    self._expired_message(why) + f"; renewing it failed: {exc}", status=403
                ) from None
            # A container href or a tileset URL, as the caller has it.
            fresh_url = tileset_url_from_href(str(fresh))
            if container_root(fresh_url) != self.root:
                raise DownloadError(
                    "the renewed link points at another container; start the download again"
                )
            self.sas = split_query(fresh_url)[1]
            log.info("renewed the link to the container (%s)", why)
            self.generation += 1
            self.renewals += 1
            self._worked = False
            self._read_expiry()


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
        session: aiohttp.ClientSession,
        link: Link,
        policy: RetryPolicy,
        *,
        on_retry: Callable[[], None] | None = None,
        timeout: aiohttp.ClientTimeout | None = None,
        inline_limit: int = DEFAULT_TUNING.inline_limit,
    ) -> None:
        self.session = session
        self._inline_limit = inline_limit
        self.link = link
        self.policy = policy
        self._on_retry = on_retry
        self._timeout = timeout or aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=60)
        # Files in a row (across workers) that used up their retries on resets, timeouts, 5xx
        # or 429, with no answer in between: the walk's circuit breaker reads it.
        self.unanswered = 0
        # Decided once: the per-file hot path pays nothing for request logs when they are off.
        self._log_requests = log.isEnabledFor(logging.DEBUG)

    async def fetch(
        self,
        url: URL,
        path: str,
        accept: Callable[[Body], Awaitable[T]],
        *,
        mirror: Mirror | None = None,
    ) -> T:
        """Fetch ``url`` (SAS added) and return ``accept(body)``, retrying what may be retried.

        Raises :class:`TileFetchError` (404, other statuses, retries exhausted),
        :class:`TileFormatError` (verification failed twice) or :class:`LinkExpiredError`.
        """
        state = self.policy.start()
        format_failures = 0
        link = self.link
        while True:
            generation = link.generation
            if link.due():
                await link.renew(generation, "it was about to expire")
                continue
            try:
                body = await self._get(link.signed(url), path, mirror, generation)
                try:
                    result = await accept(body)
                finally:
                    if body.temp is not None and mirror is not None:
                        mirror.discard(body.temp)  # no-op once committed
                link.worked()
                self.unanswered = 0
                return result
            except _Retry as exc:
                reason, retry_after = exc.reason, exc.retry_after
            except TileFormatError as exc:
                format_failures += 1
                if format_failures >= FORMAT_ATTEMPTS:
                    self.unanswered = 0  # the host answered: these bytes are bad, not missing
                    raise
                reason, retry_after = exc.reason, None
            except _Renew as exc:
                await link.renew(exc.generation, exc.why)
                continue
            if not await state.wait(retry_after):
                self.unanswered += 1
                raise TileFetchError(f"{reason}; {state.gave_up_reason}", path=path)
            if log.isEnabledFor(logging.DEBUG):
                log.debug("retrying %s (attempt %d): %s", path, state.attempts, reason)
            if self._on_retry is not None:
                self._on_retry()

    async def get_listing(self, url: URL) -> bytes:
        """A List Blobs page, with the same retries and renewal as a file."""

        async def keep(body: Body) -> bytes:
            assert body.data is not None
            return body.data

        return await self.fetch(url, "(container listing)", keep)

    async def _get(self, signed: URL, path: str, mirror: Mirror | None, generation: int) -> Body:
        started = time.perf_counter() if self._log_requests else 0.0
        try:
            async with self.session.get(
                signed,
                headers=HEADERS,
                allow_redirects=False,
                auto_decompress=False,
                # A borrowed session may raise for statuses: ours are read below (a 404 is final).
                raise_for_status=False,
                timeout=self._timeout,
            ) as resp:
                status = resp.status
                if self._log_requests:
                    log.debug(
                        "GET %s -> %d in %.0f ms",
                        redact_url(signed), status, (time.perf_counter() - started) * 1000,
                    )  # fmt: skip
                if status != 200:
                    body = await resp.read() if status in (403, 404) or status >= 500 else b""
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
                if mirror is None or (length is not None and length <= self._inline_limit):
                    data = await resp.read()
                    if length is not None and len(data) != length:
                        raise _Retry(f"body cut short ({len(data)} of {length} bytes)")
                    if md5 is not None and not _md5_ok(
                        md5, hashlib.md5(data, usedforsecurity=False).digest()
                    ):
                        raise _Retry("body does not match its Content-MD5")
                    return Body(len(data), data, None, encoding)
                return await self._stream(
                    resp, mirror, path, length=length, md5=md5, encoding=encoding
                )
        except aiohttp.ClientConnectorCertificateError as exc:
            # Trying again cannot make a certificate trusted: say so at once.
            raise TileFetchError(
                f"TLS certificate not trusted ({redact_text(str(exc.certificate_error))}); "
                "verification is on unless turned off explicitly (ssl=False)",
                path=path,
            ) from None
        except (aiohttp.ClientError, TimeoutError, ConnectionError) as exc:
            raise _Retry(_describe_failure(exc)) from None

    async def _stream(
        self,
        resp: aiohttp.ClientResponse,
        mirror: Mirror,
        path: str,
        *,
        length: int | None,
        md5: str | None,
        encoding: str | None,
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


def _azure_code(body: bytes) -> str:
    start = body.find(b"<Code>")
    end = body.find(b"</Code>", start)
    if start < 0 or end < 0 or end - start > 80:
        return ""
    return body[start + 6 : end].decode("ascii", "replace")


def _describe_failure(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "body cut short (connection closed mid-body)"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "server closed the connection"
    text = redact_text(str(exc)).strip()
    name = type(exc).__name__
    return f"connection error ({name}: {text})" if text else f"connection error ({name})"
