"""The HTTP transport for the iTwin APIs: base URL and origin rules, headers, token, errors.

It adds the headers every call needs, asks the token provider for a token on every attempt,
retries by the rules of :mod:`itwin_mesh_async.retry` (through
:func:`~itwin_mesh_async.sending.send_with_retry`, over :mod:`itwin_mesh_async._http`),
refreshes the token once on a 401, and turns error answers into typed exceptions with
:func:`~itwin_mesh_async.errors.api_error_from_response`.
The bearer token is sent only to the API origin: absolute URLs (paging links) on any other
origin are refused before anything is sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Container, Mapping
from ssl import SSLContext
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from multidict import CIMultiDict
from yarl import URL

from . import _http
from ._http import USER_AGENT, Response
from .auth import SessionTokenProvider, TokenProvider, post_form, split_scheme
from .errors import InvalidArgumentError, TransportError
from .redact import redact_url, remember_secret
from .retry import RetryPolicy
from .scopes import ScopedTokenProvider, scope_for
from .sending import send_with_retry
from .urls import same_origin

if TYPE_CHECKING:
    from aiohttp import ClientSession

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


def authorization_value(scheme: str, token: str) -> str:
    """The ``Authorization`` header value; a token that already names its scheme is kept as is."""
    if not token.strip():
        raise InvalidArgumentError("the token is empty")
    if "\r" in token or "\n" in token:
        raise InvalidArgumentError("the token contains a line break")
    scheme, credential = split_scheme(token, scheme)
    return f"{scheme} {credential}"


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
        session: ClientSession | None = None,
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
        self._proxies = _http.Proxies()  # read once, from the environment

    def __repr__(self) -> str:
        owned = "owned" if self._owns_session else "borrowed"
        return f"Transport(base_url={str(self.base_url)!r}, session={owned})"

    @property
    def session(self) -> ClientSession:
        """The aiohttp session in use; an owned one is created here on first use."""
        if self._session is None:
            if self._closed:
                raise TransportError("the transport is closed")
            # No default headers: the Authorization header is set per request, per origin.
            self._session = _http.open_session(ssl=self.ssl, limit=self.connection_limit)
        return self._session

    async def get_token(self, *, force_refresh: bool = False, scope: str | None = None) -> str:
        """The provider's token; a provider that requests it over HTTP is handed this
        transport's session for that (its TLS setting, proxies and pool), and one that can
        ask per scope is told the ``scope`` the call needs."""
        provider = self.token
        if scope is not None and isinstance(provider, ScopedTokenProvider):
            return await provider.get_token_for(scope, self.session, force_refresh=force_refresh)
        if isinstance(provider, SessionTokenProvider):
            return await provider.get_token_using(self.session, force_refresh=force_refresh)
        return await provider.get_token(force_refresh=force_refresh)

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
        scope = scope_for(method, url)

        async def attempt_headers(force_refresh: bool) -> Mapping[str, str]:
            token = await self.get_token(force_refresh=force_refresh, scope=scope)
            remember_secret(token)  # redacted from every message, in any encoding
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
            proxy=self._proxies.for_url(url),
        )
