"""Token providers: where the ``Authorization`` header's credential comes from.

The transport asks its provider on every attempt (``force_refresh=True`` after a 401), so a
provider may cache and refresh as it likes. No provider's repr shows its token or secret.
A provider that requests its tokens over HTTP (:class:`SessionTokenProvider`, such as
:class:`ClientCredentials`) is handed the client's session on each call, explicitly; nothing
here imports the transport.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from .client_credentials import DEFAULT_SCOPE, DEFAULT_TOKEN_URL, ClientCredentials
from .errors import InvalidArgumentError
from .sending import post_form

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_SCOPE",
    "DEFAULT_TOKEN_URL",
    "CallableToken",
    "ClientCredentials",
    "SessionTokenProvider",
    "StaticToken",
    "TokenProvider",
    "TokenSource",
    "post_form",
    "resolve_token",
    "split_scheme",
]


TokenFunction = Callable[[], str | Awaitable[str]]


@runtime_checkable
class TokenProvider(Protocol):
    """Anything that hands out a token and names its ``Authorization`` scheme.

    ``scheme`` is ``"Bearer"`` for OAuth access tokens and ``"Basic"`` for share keys.
    """

    @property
    def scheme(self) -> str:
        """The ``Authorization`` scheme."""
        ...

    async def get_token(self, *, force_refresh: bool = False) -> str:
        """The credential; ``force_refresh`` after the service refused the previous one."""
        ...


@runtime_checkable
class SessionTokenProvider(TokenProvider, Protocol):
    """A provider that asks a token endpoint over HTTP.

    The client calls :meth:`get_token_using` with its own session, so that the token requests
    go with the client's TLS setting, proxies and pool; the provider keeps nothing of it.
    """

    async def get_token_using(
        self, session: aiohttp.ClientSession, *, force_refresh: bool = False
    ) -> str:
        """:meth:`get_token`, with ``session`` for the token requests (unless set otherwise)."""
        ...


TokenSource = str | TokenFunction | TokenProvider
"""What ``token=`` accepts: a string, a zero-argument callable, or a provider."""

_SCHEMES = {"bearer": "Bearer", "basic": "Basic"}


def split_scheme(token: str, default: str) -> tuple[str, str]:
    """``"Bearer abc"`` -> ``("Bearer", "abc")``; without a known scheme, ``(default, token)``.

    The one place that reads a scheme people paste in front of a token (case-insensitive).
    """
    head, _, rest = token.strip().partition(" ")
    if rest and head.lower() in _SCHEMES:
        return _SCHEMES[head.lower()], rest.strip()
    return default, token.strip()


@attrs.frozen(init=False)
class StaticToken:
    """A fixed token (``"Bearer ..."``/``"Basic ..."`` prefixes are understood).

    Use ``StaticToken(key, scheme="Basic")`` for a share key.
    """

    scheme: str
    _token: str = attrs.field(repr=False)

    def __init__(self, token: str, *, scheme: str = "Bearer") -> None:
        if not isinstance(token, str) or not token.strip():
            raise InvalidArgumentError("the token is empty")
        scheme, token = split_scheme(token, scheme)
        self.__attrs_init__(scheme, token)

    async def get_token(self, *, force_refresh: bool = False) -> str:
        """The token; refreshing cannot change it."""
        return self._token


@attrs.define(repr=False)
class CallableToken:
    """Calls ``fn`` on every attempt; it returns the token or an awaitable of it.

    Lets an application plug in its own refresh logic (an MSAL cache, a file written by another
    process). ``force_refresh`` is not passed on: the function is called again either way.
    """

    fn: TokenFunction
    scheme: str = "Bearer"

    def __repr__(self) -> str:
        return f"CallableToken(fn={getattr(self.fn, '__qualname__', type(self.fn).__name__)})"

    async def get_token(self, *, force_refresh: bool = False) -> str:
        """The function's current answer."""
        value: Any = self.fn()
        if inspect.isawaitable(value):
            value = await value
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(
                f"the token function returned {type(value).__name__}, expected a non-empty str"
            )
        return value


def _token_url_from_authority(authority: str) -> str:
    """``https://ims.bentley.com`` -> ``.../connect/token``; a full token URL is kept."""
    authority = authority.rstrip("/")
    return authority if authority.endswith("/token") else f"{authority}/connect/token"


def resolve_token(
    token: TokenSource | None, *, env: Mapping[str, str] | None = None
) -> TokenProvider:
    """The provider for a ``token=`` argument.

    A provider is used as is, a string becomes :class:`StaticToken`, a callable
    :class:`CallableToken`. With ``None`` the environment is read: ``ITWIN_ACCESS_TOKEN``, else
    ``ITWIN_CLIENT_ID`` + ``ITWIN_CLIENT_SECRET`` (with optional ``ITWIN_SCOPE`` and
    ``ITWIN_AUTHORITY``) for :class:`ClientCredentials`. Nothing usable raises
    :class:`~itwin_mesh_async.errors.InvalidArgumentError`.
    """
    if isinstance(token, TokenProvider):
        return token
    if isinstance(token, str):
        return StaticToken(token)
    if callable(token):
        return CallableToken(token)
    if token is not None:
        raise InvalidArgumentError(
            f"token must be a str, a callable or a TokenProvider, not {type(token).__name__}"
        )
    environ = os.environ if env is None else env
    if access := environ.get("ITWIN_ACCESS_TOKEN", "").strip():
        return StaticToken(access)
    client_id = environ.get("ITWIN_CLIENT_ID", "").strip()
    secret = environ.get("ITWIN_CLIENT_SECRET", "").strip()
    if client_id and secret:
        authority = environ.get("ITWIN_AUTHORITY", "").strip()
        return ClientCredentials(
            client_id,
            secret,
            scope=environ.get("ITWIN_SCOPE", "").strip() or None,  # None: what each API needs
            token_url=_token_url_from_authority(authority) if authority else DEFAULT_TOKEN_URL,
        )
    if client_id or secret:
        missing = "ITWIN_CLIENT_SECRET" if client_id else "ITWIN_CLIENT_ID"
        raise InvalidArgumentError(
            f"no token: ITWIN_CLIENT_ID and ITWIN_CLIENT_SECRET go together; {missing} is not set"
        )
    raise InvalidArgumentError(
        "no token: pass token= or set ITWIN_ACCESS_TOKEN "
        "(or ITWIN_CLIENT_ID and ITWIN_CLIENT_SECRET for a service application)"
    )
