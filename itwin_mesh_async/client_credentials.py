"""OAuth 2 client credentials: the caching, per-scope :class:`ClientCredentials` provider.

Nothing here imports the transport: the client hands the provider its session on each call.
"""

from __future__ import annotations

import asyncio
import json
import time
import warnings
from collections.abc import Callable
from ssl import SSLContext
from typing import TYPE_CHECKING, Any

import attrs
from yarl import URL

from .errors import ClientCredentialsError, InvalidArgumentError
from .redact import redact_text
from .retry import RetryPolicy
from .sending import post_form

if TYPE_CHECKING:
    import aiohttp

__all__ = ["DEFAULT_SCOPE", "DEFAULT_TOKEN_URL", "ClientCredentials"]

DEFAULT_TOKEN_URL = "https://ims.bentley.com/connect/token"  # noqa: S105 (a URL, not a secret)
DEFAULT_SCOPE = "itwin-platform"


@attrs.define(repr=False)
class _Cached:
    token: str
    expires_at: float


@attrs.define(repr=False)
class _Slot:
    """The cached token of one scope and the state that lets callers share one refresh."""

    cached: _Cached | None = None
    # Bumped when a token request ends, good or bad: a caller that waited for the lock while
    # one ran takes its outcome instead of asking again (one request per burst of callers).
    generation: int = 0
    last_error: BaseException | None = None
    lock: asyncio.Lock = attrs.Factory(asyncio.Lock)


class ClientCredentials:
    """OAuth 2 client credentials for service applications (no user sign-in).

    POSTs ``grant_type=client_credentials`` with the client id, secret and a scope to
    ``token_url`` (Bentley IMS by default). ``scope`` (space-separated, as OAuth writes it)
    is sent for every token; without it, each call asks for what its API documents
    (:mod:`~itwin_mesh_async.scopes`: ``itwin-platform`` for Mesh Export, ``export:read`` /
    ``export:modify`` for Export connections; ``itwin-platform`` when asked directly with
    :meth:`get_token`), one cached token per scope. Each token is cached until
    ``refresh_margin`` seconds before its ``expires_in`` ends; concurrent callers share one
    refresh. A
    refusal by the token endpoint raises :class:`~itwin_mesh_async.errors.AuthenticationError`
    with the endpoint's ``error`` and ``error_description``; the secret is never shown.
    ``session`` is borrowed for the token requests. ``ssl``: the token endpoint's certificate
    is verified unless it is ``False``; an ``ssl.SSLContext`` trusts what it is set up to.
    With neither set, an :class:`~itwin_mesh_async.ITwinClient` hands the provider its own
    session on each call (:meth:`get_token_using`), so that the client's ``ssl=`` (or borrowed
    session) and proxies cover the token requests too; called on its own (:meth:`get_token`)
    it opens a short-lived session per refresh, verifying certificates.
    """

    scheme = "Bearer"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        token_url: str | URL = DEFAULT_TOKEN_URL,
        session: aiohttp.ClientSession | None = None,
        refresh_margin: float = 300.0,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        ssl: SSLContext | bool | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise InvalidArgumentError("client credentials need a client id and a client secret")
        self.client_id = client_id
        self._secret = client_secret
        self.scope = scope
        self.token_url = URL(str(token_url))
        if self.token_url.scheme not in ("http", "https") or not self.token_url.host:
            raise InvalidArgumentError("token_url must be an absolute http(s) URL")
        self.session = session
        self.ssl = ssl
        self.refresh_margin = refresh_margin
        self.retry = retry if retry is not None else RetryPolicy(max_attempts=3)
        self._clock = clock
        self._slots: dict[str, _Slot] = {}
        self.refreshes = 0

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(client_id={self.client_id!r}, scope={self.scope!r}, "
            f"token_url={str(self.token_url)!r})"
        )

    def inherit_tls(self, *, ssl: SSLContext | bool, session: aiohttp.ClientSession | None) -> None:
        """Deprecated: the client now hands its session to :meth:`get_token_using` instead.

        Takes a TLS setting (or a session) where none was given here.
        """
        warnings.warn(
            "ClientCredentials.inherit_tls is deprecated: ITwinClient hands the provider its "
            "session (get_token_using); pass ssl= or session= to the provider to choose",
            DeprecationWarning,
            stacklevel=2,
        )
        if self.session is None and self.ssl is None:
            if session is not None:
                self.session = session
            else:
                self.ssl = ssl

    def _fresh(self, slot: _Slot) -> str | None:
        cached = slot.cached
        if cached is not None and self._clock() < cached.expires_at:
            return cached.token
        return None

    async def get_token(self, *, force_refresh: bool = False) -> str:
        """A valid access token (of the configured scope, else ``itwin-platform``), from the
        cache or from one shared refresh."""
        return await self._get(force_refresh, None, None)

    async def get_token_using(
        self, session: aiohttp.ClientSession, *, force_refresh: bool = False
    ) -> str:
        """:meth:`get_token`, asking the token endpoint through ``session`` (the caller's)
        unless this provider was given a ``session`` or an ``ssl`` setting of its own."""
        return await self._get(force_refresh, session, None)

    async def get_token_for(
        self, scope: str, session: aiohttp.ClientSession, *, force_refresh: bool = False
    ) -> str:
        """:meth:`get_token_using` for a call that needs ``scope`` (the configured scope, when
        there is one, is sent instead)."""
        return await self._get(force_refresh, session, scope)

    async def _get(
        self, force_refresh: bool, via: aiohttp.ClientSession | None, needed: str | None
    ) -> str:
        scope = self.scope or needed or DEFAULT_SCOPE
        slot = self._slots.setdefault(scope, _Slot())
        seen = slot.generation
        if not force_refresh and (token := self._fresh(slot)) is not None:
            return token
        async with slot.lock:
            if slot.generation != seen:  # a token request ran while we waited: share it
                if slot.last_error is not None:
                    raise slot.last_error
                if (token := self._fresh(slot)) is not None:
                    return token
            if not force_refresh and (token := self._fresh(slot)) is not None:
                return token
            self.refreshes += 1
            slot.last_error = None
            try:
                slot.cached = await self._request_token(via, scope)
            except Exception as exc:  # cancellation is not shared: waiters then try themselves
                slot.last_error = exc
                raise
            finally:
                slot.generation += 1  # only once done: callers arriving meanwhile see it
            return slot.cached.token

    async def _request_token(self, via: aiohttp.ClientSession | None, scope: str) -> _Cached:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._secret,
            "scope": scope,
        }
        requested_at = self._clock()
        # Refusals (400/401/403) carry OAuth's error fields and are mapped here; other statuses
        # (429 and 5xx after retries) come out of the transport as their own typed errors.
        # Set here, the provider's own session or TLS setting wins over the caller's session.
        own = self.session is not None or self.ssl is not None
        response = await post_form(
            self.token_url,
            form,
            session=self.session if own else via,
            policy=self.retry,
            expected=(200, 400, 401, 403),
            ssl=True if self.ssl is None else self.ssl,
        )
        data = _json_object(response.body)
        if response.status != 200:
            raise ClientCredentialsError(
                response.status,
                _str(data.get("error")) or "TokenRequestFailed",
                self._clean(
                    _str(data.get("error_description"))
                    or "the token endpoint refused the client credentials"
                ),
                method="POST",
                url=str(self.token_url),
            )
        token = _str(data.get("access_token"))
        if token is None:
            raise ClientCredentialsError(
                response.status,
                "InvalidTokenResponse",
                "the token endpoint answered without an access_token",
                method="POST",
                url=str(self.token_url),
            )
        expires_in = data.get("expires_in", 3600)
        lifetime = float(expires_in) if isinstance(expires_in, int | float | str) else 3600.0
        # Short-lived tokens still get cached for a while: never keep less than half the life.
        margin = min(self.refresh_margin, lifetime / 2)
        return _Cached(token, requested_at + max(0.0, lifetime - margin))

    def _clean(self, text: str) -> str:
        return redact_text(text, [self._secret])


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body) if body else {}
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
