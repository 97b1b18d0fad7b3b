"""Exception hierarchy and the one factory that maps an HTTP error response to an exception.

Pure: no I/O. Messages and reprs never carry a token or a SAS signature: URLs are stored
already redacted (see :mod:`itwin_mesh_async.redact`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from http import HTTPStatus
from typing import Any

import attrs

from .redact import redact_text, redact_url

__all__ = [
    "APIError",
    "AuthenticationError",
    "ClientCredentialsError",
    "ConflictError",
    "DownloadError",
    "ErrorDetail",
    "ExportFailedError",
    "ITwinError",
    "InvalidArgumentError",
    "InvalidResponseBodyError",
    "LinkExpiredError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RefusedLinkError",
    "ServerError",
    "TileError",
    "TileFetchError",
    "TileFormatError",
    "TransportError",
    "UnexpectedResponseError",
    "UnprocessableError",
    "UnsafeReferenceError",
    "WaitTimeoutError",
    "api_error_from_response",
]


class ITwinError(Exception):
    """Base of every error this library raises.

    Its text is scrubbed when shown (``str``, ``repr``, tracebacks): whatever a server echoed
    into a message, no token or SAS signature this process knows is ever printed.
    """

    def __str__(self) -> str:
        return redact_text(super().__str__())

    def __repr__(self) -> str:
        return redact_text(super().__repr__())


class InvalidArgumentError(ITwinError, ValueError):
    """A caller's argument is refused before any request is sent."""


class TransportError(ITwinError):
    """The request did not get an HTTP answer: connection refused or reset, timeout, TLS."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = redact_url(url) if url else ""
        where = f" ({method} {self.url})" if method else ""
        super().__init__(f"{message}{where}")


@attrs.frozen
class ErrorDetail:
    """One entry of an error body's ``details`` list."""

    code: str | None = None
    message: str | None = None
    target: str | None = None


class APIError(ITwinError):
    """The service answered with an error status."""

    def __init__(
        self,
        status: int,
        code: str | None = None,
        message: str | None = None,
        *,
        target: str | None = None,
        details: Sequence[ErrorDetail] = (),
        correlation_id: str | None = None,
        method: str = "",
        url: str = "",
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.target = target
        self.details = tuple(details)
        self.correlation_id = correlation_id
        self.method = method
        self.url = redact_url(url) if url else ""
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = [f"HTTP {self.status}"]
        if self.code:
            parts.append(self.code)
        text = ": ".join(parts)
        if self.message:
            # No stray full stop before what follows ("... not available. on GET").
            text += f": {self.message.rstrip('. ')}"
        elif not self.code:  # an HTML or empty body: the reason phrase still says something
            text += _reason_phrase(self.status)
        if self.target:
            text += f" (target: {self.target})"
        detail_texts = [
            ": ".join(p for p in (d.target, d.code, d.message) if p) for d in self.details
        ]
        detail_texts = [t for t in detail_texts if t]
        if detail_texts:
            text += " [" + "; ".join(detail_texts) + "]"
        if self.method:
            text += f" on {self.method} {self.url}"
        if self.correlation_id:
            text += f" (correlation id {self.correlation_id})"
        return text

    def __repr__(self) -> str:
        name = type(self).__name__
        return redact_text(
            f"{name}(status={self.status!r}, code={self.code!r}, message={self.message!r})"
        )


def _reason_phrase(status: int) -> str:
    try:
        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""


class AuthenticationError(APIError):
    """401: the token is missing, invalid or expired."""


class ClientCredentialsError(AuthenticationError):
    """The token endpoint refused the client credentials (``invalid_client``, bad scope...)."""


class PermissionDeniedError(APIError):
    """403: the caller may not do this."""


class NotFoundError(APIError):
    """404: no such export, connection or run."""


class ConflictError(APIError):
    """409: for example a connection that is still in use."""


class UnprocessableError(APIError):
    """422: the request is well formed but refused (invalid id, export in progress...)."""


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` is the wait the service asked for, in seconds."""

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(*args, **kwargs)

    def _describe(self) -> str:
        text = super()._describe()
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g}s)"
        return text


class ServerError(APIError):
    """5xx: the service failed."""


class UnexpectedResponseError(ITwinError):
    """The service answered with success but a body this library cannot use.

    For example JSON of the wrong shape, or a list whose ``next`` link repeats a page already
    fetched. The message names paths and types, never values.
    """


class RefusedLinkError(UnexpectedResponseError, InvalidArgumentError):
    """A link the service sent (a list's next page) is refused: it leads off the API origin.

    The bad value is the server's (an :class:`UnexpectedResponseError`); it is also an
    :class:`InvalidArgumentError`, the error the same URL given by a caller raises.
    """


class InvalidResponseBodyError(APIError, UnexpectedResponseError):
    """A success status whose body is not JSON (a proxy's page, a truncated answer).

    An :class:`APIError` (status, correlation id) and an :class:`UnexpectedResponseError`.
    """


class ExportFailedError(ITwinError):
    """An export ended ``Invalid``; ``export`` is the model, ``error`` the service's text."""

    def __init__(self, export_id: str, error: str | None, export: Any = None) -> None:
        self.export_id = export_id
        self.error = error
        self.export = export
        super().__init__(f"export {export_id} is Invalid: {error or 'no error text given'}")


class WaitTimeoutError(ITwinError, TimeoutError):
    """A wait for an export (or for the first export of an iModel) ran out of time."""


class TileError(ITwinError):
    """One file of a tileset could not be fetched, verified or stored."""

    def __init__(self, reason: str, *, path: str = "", url: str = "") -> None:
        self.reason = reason
        self.path = path
        self.url = redact_url(url) if url else ""
        where = path or self.url
        super().__init__(f"{where}: {reason}" if where else reason)


class UnsafeReferenceError(TileError):
    """A URI leaves the container (other host or scheme, ``..`` above the root, absolute path)."""


class TileFormatError(TileError):
    """A file's bytes fail verification (length, magic, header lengths, JSON)."""


class TileFetchError(TileError):
    """The container answered an error status for a file, after retries."""

    def __init__(
        self, reason: str, *, status: int | None = None, path: str = "", url: str = ""
    ) -> None:
        self.status = status
        super().__init__(reason, path=path, url=url)


class DownloadError(ITwinError):
    """A download could not run at all (root tileset unreachable, DEST unwritable, ...).

    ``report`` is the :class:`~itwin_mesh_async.tiles.DownloadReport` so far, when there is one.
    """

    def __init__(self, message: str, *, report: Any = None) -> None:
        self.report = report
        super().__init__(message)


class LinkExpiredError(TileFetchError, DownloadError):
    """The SAS link expired (403 AuthenticationFailed) and there was no export to renew it from.

    Also a :class:`DownloadError`: it ends the whole download, whose ``report`` it carries.
    """


_BY_STATUS: Mapping[int, type[APIError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableError,
    429: RateLimitError,
}


def _error_class(status: int) -> type[APIError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIError)


def _text(value: Any, secrets: Iterable[str] = ()) -> str | None:
    # The body is the server's text: it may echo the request's credential back.
    return redact_text(value, secrets) if isinstance(value, str) and value else None


def _without_status(status: int, text: str) -> str:
    """A plain-text body without the status it repeats (aiohttp's default body is
    ``302: Found``): empty when only the status and its reason phrase are left, so that the
    message does not read ``HTTP 302: 302: Found``."""
    rest = re.sub(rf"^(?:HTTP\s*)?{status}\b[:\s-]*", "", text).strip()
    return "" if rest.lower() == _reason_phrase(status).strip().lower() else rest


def api_error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    method: str = "",
    url: str = "",
    retry_after: float | None = None,
    secrets: Iterable[str] = (),
) -> APIError:
    """Build the typed exception for an error response.

    The body normally is ``{"error": {"code", "message", "target", "details": [...]}}`` but the
    service may send HTML, plain text or nothing; every case still gives a typed error.
    Text taken from the body is redacted: URL secrets, ``Bearer``/``Basic`` credentials and
    ``secrets`` (the request's own token) never reach the message.
    """
    secrets = tuple(secrets)
    code = message = target = None
    details: list[ErrorDetail] = []
    parsed: Any = None
    try:
        parsed = json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        parsed = None
    err = parsed.get("error") if isinstance(parsed, dict) else None
    if isinstance(err, dict):
        code, message, target = (
            _text(err.get("code"), secrets),
            _text(err.get("message"), secrets),
            _text(err.get("target"), secrets),
        )
        for item in err.get("details") or ():
            if isinstance(item, dict):
                details.append(
                    ErrorDetail(
                        _text(item.get("code"), secrets),
                        _text(item.get("message"), secrets),
                        _text(item.get("target"), secrets),
                    )
                )
    elif body and not isinstance(parsed, dict | list):
        snippet = body[:4096].decode("utf-8", "replace").strip()
        # An HTML page says nothing useful past its title; keep the reason phrase instead.
        if snippet and not snippet.lstrip().startswith("<"):
            # Redacted before shortening, so that no cut-off part of a secret survives.
            message = _without_status(status, (_text(" ".join(snippet.split()), secrets) or ""))
            message = message[:200] or None
    correlation_id = headers.get("x-correlation-id") or headers.get("X-Correlation-ID")
    cls = _error_class(status)
    kwargs: dict[str, Any] = {
        "target": target,
        "details": details,
        "correlation_id": correlation_id,
        "method": method,
        "url": url,
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = retry_after
    return cls(status, code, message, **kwargs)
