"""The container link of one run and its renewal: :class:`RenewingLink`.

The link itself (root, SAS, expiry, signing) is a :class:`~itwin_mesh_async.container.
ContainerLink`; this holder keeps the current one and replaces it when the SAS is about to
expire or the container refuses it, once for all concurrent workers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from yarl import URL

from ..container import ContainerLink
from ..errors import ITwinError, LinkExpiredError
from ..urls import ReferenceResolver

__all__ = ["RENEW_MARGIN", "RenewCallback", "RenewingLink"]

log = logging.getLogger("itwin_mesh_async.tiles")

RenewCallback = Callable[[], Awaitable[ContainerLink | URL | str]]
"""Gives a fresh link to the same container: a :class:`ContainerLink`, a container href or a
tileset URL (an export fetched again, for an export's link)."""

# Renew this long before the SAS `se` time when there is a way to renew.
RENEW_MARGIN = 120.0


class RenewingLink:
    """The current :class:`ContainerLink` of a run, renewed once for all concurrent workers.

    Renewal is guarded by a lock and a generation counter: a worker that saw a refusal under
    generation ``g`` renews only if nobody has renewed since, so 32 workers hitting an expired
    link cause one call to ``renew``. A renewed link that is refused before anything worked
    with it ends the run (no renewal loop). ``clock`` (seconds since the epoch, the SAS `se`
    time's clock) is a hook for tests.
    """

    def __init__(
        self,
        link: ContainerLink | URL,
        renew: RenewCallback | None = None,
        *,
        renew_margin: float = RENEW_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.current = link if isinstance(link, ContainerLink) else ContainerLink(link)
        self._clock = clock  # the wall clock the SAS `se` time is on (a hook for tests)
        self.generation = 0
        self.renewals = 0
        self._renew = renew
        self._margin = renew_margin
        self._lock = asyncio.Lock()
        self._worked = True  # a success since the last renewal
        self._refresh_at = float("inf")
        self._expires_at: float | None = None
        self._read_expiry()

    def __repr__(self) -> str:
        return f"RenewingLink({self.current!r}, generation={self.generation})"

    @property
    def root(self) -> URL:
        """The container root (the same for every renewal)."""
        return self.current.root

    @property
    def tileset(self) -> URL:
        """The tileset URL without the SAS."""
        return self.current.tileset

    @property
    def resolver(self) -> ReferenceResolver:
        """Resolves references under the container root."""
        return self.current.resolver

    @property
    def sas(self) -> str:
        """The current SAS query, byte-exact."""
        return self.current.query

    def sign(self, url: URL) -> URL:
        """``url`` signed with the current SAS (see :meth:`ContainerLink.sign`)."""
        return self.current.sign(url)

    def _read_expiry(self) -> None:
        expires_at = self.current.expires_at
        self._expires_at = expires_at.timestamp() if expires_at else None
        self._refresh_at = float("inf")
        if self._expires_at is not None and self._renew is not None:
            refresh_at = self._expires_at - self._margin
            # A link that is already inside the margin cannot be bettered ahead of time: use it
            # until the container refuses it.
            if refresh_at > self._clock():
                self._refresh_at = refresh_at

    def expired(self) -> bool:
        """True when the SAS `se` time has passed (by the local clock)."""
        return self._expires_at is not None and self._clock() >= self._expires_at

    def due(self) -> bool:
        """True when the SAS is about to expire and can be renewed ahead of time."""
        return self._clock() >= self._refresh_at

    def worked(self) -> None:
        """Record a success under the current SAS."""
        self._worked = True

    def _expired_message(self, why: str) -> str:
        expires = self.current.expires_at
        text = expires.isoformat() if expires else ""
        if self.expired():
            return f"the link to the container expired at {text} ({why})"
        until = f"; its SAS runs until {text}" if text else ""
        return f"the link to the container expired or was revoked ({why}{until})"

    async def renew(self, generation: int, why: str) -> None:
        """Get a fresh SAS (once per generation); raise ``LinkExpiredError`` when impossible,
        :class:`~itwin_mesh_async.errors.DownloadError` when it names another container."""
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
            self.current = self.current.renewed(fresh)
            log.info("renewed the link to the container (%s)", why)
            self.generation += 1
            self.renewals += 1
            self._worked = False
            self._read_expiry()
