"""JSON answers of the emulated API: the error object, paging parameters and links.

Shared by the Mesh Export and the Export (connections) routes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from aiohttp import web

from .state import State

__all__ = [
    "ApiError",
    "api_link",
    "forbidden",
    "imodel_allowed",
    "invalid",
    "iso_time",
    "json_object",
    "json_response",
    "page_links",
    "paging",
]

_MAX_TOP = 1000
_DEFAULT_TOP = 100


def iso_time(moment: datetime, *, fraction: bool = False) -> str:
    """``2024-08-22T03:18:43Z``, or with seven fractional digits as .NET services write."""
    if fraction:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class ApiError(Exception):
    """An error answer: status and the body's ``error`` object (raised inside handlers)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        target: str | None = None,
        details: Sequence[Mapping[str, str]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.target, self.details, self.headers = target, list(details), dict(headers or {})

    def response(self) -> web.Response:
        """The JSON answer ``{"error": {"code", "message", "target"?, "details"?}}``."""
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.target:
            error["target"] = self.target
        if self.details:
            error["details"] = self.details
        return json_response({"error": error}, status=self.status, headers=self.headers)


def json_response(
    body: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """A JSON answer with a fresh ``x-correlation-id``, as the service sends."""
    return web.Response(
        status=status,
        text=json.dumps(body),
        content_type="application/json",
        headers={"x-correlation-id": str(uuid.uuid4()), **(headers or {})},
    )


async def json_object(request: web.Request) -> dict[str, Any] | None:
    """The request body as a JSON object; None for anything else (unparsable JSON included)."""
    try:
        body = await request.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def invalid(code: str, target: str, message: str, detail_code: str = "InvalidValue") -> ApiError:
    """422 ``code`` with one detail naming the refused ``target``."""
    return ApiError(
        422,
        code,
        "Cannot perform operation.",
        details=[{"code": detail_code, "message": message, "target": target}],
    )


def paging(request: web.Request, code: str) -> tuple[int, int]:
    """``$top`` and ``$skip``, validated (``$top`` at most 1000)."""
    values = []
    for name, default, low, high in (("$top", _DEFAULT_TOP, 1, _MAX_TOP), ("$skip", 0, 0, None)):
        raw = request.query.get(name)
        try:
            number = default if raw is None else int(raw)
        except ValueError:
            raise invalid(code, name, f"{name} must be an integer.") from None
        if number < low or (high is not None and number > high):
            limit = f"between {low} and {high}" if high else f"at least {low}"
            raise invalid(code, name, f"{name} must be {limit}.")
        values.append(number)
    return values[0], values[1]


def page_links(request: web.Request, path: str, top: int, skip: int, total: int) -> dict[str, Any]:
    """Absolute ``self``/``prev``/``next`` links on the request's origin; other query
    parameters are kept, ``$top``/``$skip`` set for each page."""
    kept = [(k, v) for k, v in request.query.items() if k not in ("$top", "$skip")]

    def href(at: int) -> str:
        url = request.url.origin().with_path(path)
        return str(url.with_query([*kept, ("$top", str(top)), ("$skip", str(at))]))

    links: dict[str, Any] = {"self": {"href": href(skip)}}
    if skip > 0:
        links["prev"] = {"href": href(max(0, skip - top))}
    if skip + top < total:
        links["next"] = {"href": href(skip + top)}
    return links


def api_link(request: web.Request, path: str) -> dict[str, str]:
    """``{"href": <absolute URL of path on the API origin>}``."""
    return {"href": str(request.url.origin().with_path(path))}


def forbidden() -> ApiError:
    """403 ``InsufficientPermissions``."""
    return ApiError(
        403,
        "InsufficientPermissions",
        "The user has insufficient permissions for the requested operation.",
    )


def imodel_allowed(state: State, imodel_id: str) -> None:
    """Raise 403 for an iModel marked forbidden."""
    imodel = state.imodels.get(imodel_id)
    if imodel is not None and imodel.forbidden:
        raise forbidden()
