"""The client side of HTTP: the one module of the library that uses aiohttp (the emulator aside).

Session setup (TLS, proxies from the environment, one User-Agent, no cookie jar), timeouts,
sending a request and reading its (small) answer, opening a response to stream its body, and
the one mapping of aiohttp's failures to a :class:`Failure`. The API transport, the token
requests of :mod:`~itwin_mesh_async.auth` and the tile fetcher all sit on it.

Proxies: ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY`` (any case) are read once, when a
:class:`Proxies` is made, and each request is given its proxy explicitly. aiohttp's own
``trust_env`` is left off on purpose: it reads the environment and ``~/.netrc`` in a thread on
every request (five times the cost of a small tile request on loopback), and would send
``.netrc`` credentials as ``Authorization: Basic`` to the blob host, where only the SAS may go.
"""

from __future__ import annotations

import base64
import json as jsonlib
import logging
import platform
import urllib.request
from collections.abc import Mapping
from ssl import SSLContext
from typing import TYPE_CHECKING, Any

import aiohttp
import attrs
from yarl import URL

from ._version import __version__
from .errors import InvalidArgumentError, InvalidResponseBodyError
from .redact import redact_text, redact_url

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager

__all__ = [
    "TRANSPORT_ERRORS",
    "USER_AGENT",
    "Failure",
    "Proxies",
    "Proxy",
    "Response",
    "Timeout",
    "attempt_timeout",
    "failure",
    "has_credentials",
    "open_session",
    "open_stream",
    "send",
    "stream_timeout",
]

USER_AGENT = (
    f"itwin-mesh-async/{__version__} aiohttp/{aiohttp.__version__} "
    f"python/{platform.python_version()}"
)

Session = aiohttp.ClientSession
Timeout = aiohttp.ClientTimeout
StreamResponse = aiohttp.ClientResponse
# What a request can raise when it gets no (complete) answer; :func:`failure` describes it.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    TimeoutError,
    ConnectionError,
)

log = logging.getLogger("itwin_mesh_async.http")


def attempt_timeout(total: float) -> Timeout:
    """One bound on a whole attempt, from connecting to the end of the body (API calls)."""
    return aiohttp.ClientTimeout(total=total)


def stream_timeout(*, connect: float = 30.0, read: float = 60.0) -> Timeout:
    """Bounds on connecting and on the wait for each byte, none on the whole body (tiles)."""
    return aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read)


@attrs.frozen
class Proxy:
    """A proxy to send requests through, its credentials (from its URL) kept apart as the
    ``Proxy-Authorization`` value."""

    url: URL = attrs.field(repr=redact_url)
    authorization: str | None = attrs.field(default=None, repr=False)

    def options(
        self, url: URL, headers: Mapping[str, str]
    ) -> tuple[dict[str, Any], Mapping[str, str]]:
        """aiohttp's proxy arguments for a request to ``url``, and its headers: credentials go
        in the request itself to a plain-http target, in the ``CONNECT`` to an https one."""
        if self.authorization is None:
            return {"proxy": self.url}, headers
        value = {"Proxy-Authorization": self.authorization}
        if url.scheme == "http":
            return {"proxy": self.url}, {**headers, **value}
        return {"proxy": self.url, "proxy_headers": value}, headers


class Proxies:
    """The proxies the environment names, read once; :meth:`for_url` picks one per request.

    ``environ`` (default ``os.environ``) is read for ``<scheme>_proxy`` and ``no_proxy`` as
    :func:`urllib.request.getproxies_environment` reads them. Only ``http://`` proxies are used
    (what aiohttp supports); another is ignored with a warning.
    """

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        if environ is None:
            found = urllib.request.getproxies_environment()
        else:
            found = {
                k[:-6].lower(): v for k, v in environ.items() if k.lower().endswith("_proxy") and v
            }
        self._no_proxy = found.pop("no", "")
        self._by_scheme: dict[str, Proxy] = {}
        for scheme in ("http", "https"):
            text = found.get(scheme)
            if not text:
                continue
            url = URL(text if "://" in text else f"http://{text}")
            if url.scheme != "http" or not url.host:
                where = url.with_user(None)  # never its credentials
                log.warning("ignoring the %s proxy %s: only http:// proxies work", scheme, where)
                continue
            auth = None
            if url.user is not None:
                pair = f"{url.user}:{url.password or ''}".encode()
                auth = "Basic " + base64.b64encode(pair).decode("ascii")
            self._by_scheme[scheme] = Proxy(url.with_user(None), auth)

    def __bool__(self) -> bool:
        return bool(self._by_scheme)

    def for_url(self, url: URL) -> Proxy | None:
        """The proxy for ``url``, or None to connect directly (no proxy, or ``NO_PROXY``)."""
        proxy = self._by_scheme.get((url.scheme or "").lower())
        if proxy is None:
            return None
        if self._no_proxy and urllib.request.proxy_bypass_environment(  # type: ignore[attr-defined]
            url.host_port_subcomponent or "", {"no": self._no_proxy}
        ):
            return None
        return proxy


def open_session(*, ssl: SSLContext | bool, limit: int, dns_ttl: int = 10) -> Session:
    """A session of the library's: ``limit`` connections (to one host or many), TLS as ``ssl``.

    ``ssl``: certificates are verified unless it is ``False``, an explicit opt-out; an
    ``SSLContext`` trusts what it is set up to. No default headers (credentials are set per
    request, per origin), no cookie jar, and statuses are read by the caller (never raised).
    """
    connector = aiohttp.TCPConnector(
        limit=limit, limit_per_host=limit, ttl_dns_cache=dns_ttl, ssl=ssl
    )
    return aiohttp.ClientSession(
        connector=connector,
        cookie_jar=aiohttp.DummyCookieJar(),
        trust_env=False,  # proxies: see the module docstring
        raise_for_status=False,
    )


def has_credentials(session: Session) -> bool:
    """True when a session would add credentials of its own to every request."""
    return "Authorization" in session.headers or session.auth is not None


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


@attrs.frozen
class Failure:
    """A request that got no (complete) answer: why, whether it can have reached the server
    (``before_send`` False: it may have), and whether trying again can help."""

    reason: str
    before_send: bool
    retryable: bool = True


def failure(exc: BaseException, timeout: Timeout | None = None) -> Failure:
    """The one description of a transport failure (one of :data:`TRANSPORT_ERRORS`).

    Raises :class:`~itwin_mesh_async.errors.InvalidArgumentError` for a URL aiohttp refuses.
    Messages never hold a secret (URLs and credentials in them are redacted).
    """
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        # Trying again cannot make a certificate trusted: say so at once.
        return Failure(
            f"TLS certificate not trusted ({redact_text(str(exc.certificate_error))}); "
            "verification is on unless turned off explicitly (ssl=False)",
            before_send=True,
            retryable=False,
        )
    if isinstance(exc, aiohttp.ClientSSLError):
        return Failure(f"TLS failure: {_text(exc)}", before_send=True, retryable=False)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return Failure(f"cannot connect: {_text(exc)}", before_send=True)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        connect = timeout and (timeout.sock_connect or timeout.connect or timeout.total)
        after = f" after {connect:g}s" if connect else ""
        return Failure(f"connecting timed out{after}", before_send=True)
    if isinstance(exc, aiohttp.InvalidURL):
        raise InvalidArgumentError(f"invalid URL {redact_url(exc.url)}") from None
    if isinstance(exc, aiohttp.ClientPayloadError):
        return Failure("response body cut short (connection closed mid-body)", before_send=False)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return Failure("the server closed the connection", before_send=False)
    if isinstance(exc, aiohttp.SocketTimeoutError):
        read = timeout.sock_read if timeout is not None else None
        return Failure(f"no byte for {read:g}s" if read else "timed out", before_send=False)
    if isinstance(exc, TimeoutError):
        total = timeout.total if timeout is not None else None
        text = f"no complete answer within {total:g}s" if total else "timed out"
        return Failure(text, before_send=False)
    return Failure(f"connection error ({type(exc).__name__}: {_text(exc)})", before_send=False)


def _text(exc: BaseException) -> str:
    return redact_text(str(exc)).strip() or type(exc).__name__


async def send(
    session: Session,
    method: str,
    url: URL,
    *,
    headers: Mapping[str, str],
    timeout: Timeout,  # noqa: ASYNC109 - aiohttp's limits for this request
    proxy: Proxy | None = None,
    json: Any = None,
    data: Mapping[str, str] | None = None,
) -> Response | Failure:
    """Send one request and read its whole answer; redirects are answers, not hops."""
    kwargs: dict[str, Any] = {}
    if json is not None:
        kwargs["json"] = json
    if data is not None:
        kwargs["data"] = dict(data)
    if proxy is not None:
        options, headers = proxy.options(url, headers)
        kwargs.update(options)
    try:
        async with session.request(
            method,
            url,
            headers=headers,
            allow_redirects=False,  # 303 from the runs API is an answer, not a hop
            raise_for_status=False,
            timeout=timeout,
            **kwargs,
        ) as resp:
            body = await resp.read()
            return Response(resp.status, resp.headers, body, url)
    except TRANSPORT_ERRORS as exc:
        return failure(exc, timeout)


def open_stream(
    session: Session,
    url: URL,
    *,
    headers: Mapping[str, str],
    timeout: Timeout,
    proxy: Proxy | None = None,
) -> AbstractAsyncContextManager[StreamResponse]:
    """GET ``url`` for its body as it comes: ``async with open_stream(...) as resp``.

    The caller reads ``resp.status``, ``resp.headers``, ``resp.content_length``, ``await
    resp.read()`` or ``resp.content.iter_chunked(n)``, and maps what it raises (one of
    :data:`TRANSPORT_ERRORS`) with :func:`failure`. The bytes are the stored ones: no transfer
    decoding, no redirects. This is the per-file hot path: no wrapper objects.
    """
    if proxy is None:
        return session.get(
            url,
            headers=headers,
            allow_redirects=False,
            auto_decompress=False,
            raise_for_status=False,  # a borrowed session may raise for statuses: ours are read
            timeout=timeout,
        )
    options, headers = proxy.options(url, headers)
    return session.get(
        url,
        headers=headers,
        allow_redirects=False,
        auto_decompress=False,
        raise_for_status=False,
        timeout=timeout,
        **options,
    )
