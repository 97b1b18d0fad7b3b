"""Reading one response body: whole or streamed to a temporary file, checked, on a deadline.

A body must come at ``min_rate`` bytes a second at least (after a stall allowance), so a
server dripping a byte now and then cannot hold a file forever; a body that can never be
accepted (a JSON document past its limit) is refused as soon as that is known.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
from typing import TYPE_CHECKING

from ..errors import TileFetchError
from .breaker import Breaker
from .mirror import Mirror, TempFile
from .storage_errors import storage_error

if TYPE_CHECKING:
    from aiohttp import ClientResponse

__all__ = ["CHUNK", "Body", "BodyReader", "Cap", "Retry", "too_large"]

CHUNK = 256 * 1024
# A size past which a body can never be accepted, and the name of that limit.
Cap = tuple[int, str]


class Body:
    """A fetched body: whole in ``data``, or streamed to ``temp`` (large files, download mode).
    ``md5``: its digest, computed once while it arrived (download mode; for the manifest)."""

    __slots__ = ("data", "encoding", "md5", "size", "temp")

    def __init__(
        self,
        size: int,
        data: bytes | None,
        temp: TempFile | None,
        encoding: str | None,
        md5: bytes | None = None,
    ) -> None:
        self.size = size
        self.data = data
        self.temp = temp
        self.encoding = encoding
        self.md5 = md5


class Retry(Exception):
    """One failed attempt that may be repeated: ``reason`` for the report; ``counts`` for the
    circuit breaker (throttling does not: the host is up)."""

    def __init__(self, reason: str, retry_after: float | None = None, counts: bool = True) -> None:
        self.reason = reason
        self.retry_after = retry_after
        self.counts = counts
        super().__init__(reason)


def _md5_ok(expected: str | None, digest: bytes) -> bool:
    return expected is None or base64.b64encode(digest).decode("ascii") == expected.strip()


def too_large(path: str, what: str, cap: Cap) -> TileFetchError:
    limit, name = cap
    return TileFetchError(f"refused: {what} is over the limit of {limit} bytes ({name})", path=path)


class BodyReader:
    """Reads bodies for a :class:`~.fetch.Fetcher`: ``inline_limit`` decides what is read
    whole; ``stall`` (seconds) plus the size at ``min_rate`` is a body's time budget."""

    def __init__(
        self, *, inline_limit: int, min_rate: float, stall: float, breaker: Breaker
    ) -> None:
        self._inline_limit = inline_limit
        self._min_rate = min_rate
        self._per_byte = 1.0 / min_rate
        self._stall = stall
        self.breaker = breaker
        self.chunks = 0  # chunks of streamed bodies: signs of life for the silence watch

    async def read(
        self,
        resp: ClientResponse,
        path: str,
        *,
        mirror: Mirror | None,
        cap: Cap | None,
    ) -> Body:
        """The body of a 200 response, within its cap and its deadline."""
        length = resp.content_length
        if cap is not None and length is not None and length > cap[0]:
            self.breaker.answered()  # the host answered: this file is refused, not missing
            raise too_large(path, f"its Content-Length ({length})", cap)
        # The deadline: the stall allowance plus the size at the slowest rate accepted (for a
        # body of unknown length, pushed back as its bytes arrive).
        started = asyncio.get_running_loop().time()
        budget = asyncio.timeout_at(started + self._stall + (length or 0) * self._per_byte)
        headers = resp.headers
        md5 = headers.get("Content-MD5")
        encoding = headers.get("Content-Encoding")
        try:
            async with budget:
                if mirror is not None and (length is None or length > self._inline_limit):
                    return await self._stream(
                        resp,
                        mirror,
                        path,
                        length=length,
                        md5=md5,
                        encoding=encoding,
                        cap=cap,
                        started=started,
                        budget=budget,
                    )
                if length is None:
                    data = await self._read_unsized(
                        resp, path, cap=cap, started=started, budget=budget
                    )
                else:
                    data = await resp.read()
        except TimeoutError:
            if budget.expired():
                rate = f"{self._min_rate:.0f}"
                raise Retry(f"too slow (the body came at under {rate} bytes/s)") from None
            raise
        if length is not None and len(data) != length:
            raise Retry(f"body cut short ({len(data)} of {length} bytes)")
        # Hashed once: checked against Content-MD5, and kept for the manifest.
        digest = (
            hashlib.md5(data, usedforsecurity=False).digest()
            if md5 is not None or mirror is not None
            else None
        )
        if md5 is not None and not _md5_ok(md5, digest or b""):
            raise Retry("body does not match its Content-MD5")
        return Body(len(data), data, None, encoding, digest)

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
        started: float,
        budget: asyncio.Timeout,
    ) -> Body:
        # File errors (disk full, file too large) are storage errors, not network failures to
        # retry; the network's own OSErrors (resets) come from the reads, never from a write.
        try:
            temp = mirror.open_temp()
        except OSError as exc:
            raise storage_error(exc, mirror.dest, path) from None
        try:
            digest = hashlib.md5(usedforsecurity=False)  # for the manifest, and Content-MD5
            size = 0
            write = temp.file.write
            async for chunk in resp.content.iter_chunked(CHUNK):
                try:
                    write(chunk)
                except OSError as exc:
                    raise storage_error(exc, mirror.dest, path) from None
                size += len(chunk)
                self.chunks += 1
                if length is None:
                    if cap is not None and size > cap[0]:
                        self.breaker.answered()
                        raise too_large(path, "its body (no Content-Length)", cap)
                    budget.reschedule(started + self._stall + size * self._per_byte)
                digest.update(chunk)
            if length is not None and size != length:
                raise Retry(f"body cut short ({size} of {length} bytes)")
            if not _md5_ok(md5, digest.digest()):
                raise Retry("body does not match its Content-MD5")
            try:
                temp.file.flush()
            except OSError as exc:
                raise storage_error(exc, mirror.dest, path) from None
        except BaseException:
            mirror.discard(temp)
            raise
        return Body(size, None, temp, encoding, digest.digest())

    async def _read_unsized(
        self,
        resp: ClientResponse,
        path: str,
        *,
        cap: Cap | None,
        started: float,
        budget: asyncio.Timeout,
    ) -> bytes:
        """A body of unknown length (it may never end): refused past the cap, and given time
        as its bytes arrive."""
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(CHUNK):
            size += len(chunk)
            self.chunks += 1
            if cap is not None and size > cap[0]:
                self.breaker.answered()
                raise too_large(path, "its body (no Content-Length)", cap)
            chunks.append(chunk)
            budget.reschedule(started + self._stall + size * self._per_byte)
        return b"".join(chunks)
