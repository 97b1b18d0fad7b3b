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
from yarl import URL

from .state import State

__all__ = [
    "ApiError",
    "api_link",
    "detail",
    "forbidden",
    "imodel_allowed",
    "invalid",
    "iso_time",
    "json_object",
    "json_response",
    "page_links",
    "paging",
    "too_many_requests",
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


def detail(code: str, message: str, target: str) -> dict[str, str]:
    """One item of an error's ``details``."""
    return {"code": code, "message": message, "target": target}


def paging(
    query: Mapping[str, str], *, top_message: str, detail_code: str
) -> tuple[int, int, list[dict[str, str]]]:
    """``$top`` and ``$skip`` (``$top`` at most 1000) and the details of what was refused."""
    problems: list[dict[str, str]] = []
    top, skip = _DEFAULT_TOP, 0
    raw_top, raw_skip = query.get("$top"), query.get("$skip")
    if raw_top is not None:
        top = int(raw_top) if raw_top.isascii() and raw_top.isdigit() else 0
        if not 1 <= top <= _MAX_TOP:
            problems.append(detail(detail_code, top_message, "$top"))
    if raw_skip is not None:
        skip = int(raw_skip) if raw_skip.isascii() and raw_skip.isdigit() else -1
        if skip < 0:
            problems.append(detail(detail_code, "$skip must be a non-negative integer.", "$skip"))
    return top, skip, problems


def page_links(
    request: web.Request,
    path: str,
    top: int,
    skip: int,
    total: int,
    *,
    query: Mapping[str, str] | None = None,
    prefix: str | None = None,
    ampersand: bool = False,
) -> dict[str, Any]:
    """Absolute ``self``/``prev``/``next`` links; other query parameters are kept, ``$top`` /
    ``$skip`` set for each page.

    ``prefix`` (the ``x-api-host-and-root`` header) replaces the origin and the API's root
    segment (``/mesh-export``). ``ampersand`` writes the documented runs shape
    ``.../runs&$skip=50&$top=50`` (an ``&`` where a ``?`` would be expected).
    """
    given = request.query if query is None else query
    kept = [(k, v) for k, v in given.items() if k not in ("$top", "$skip")]
    origin = str(request.url.origin())
    if prefix:
        _root, _, rest = path.lstrip("/").partition("/")
        origin = prefix.rstrip("/")
        path = "/" + rest if rest or path.endswith("/") else ""
        if "://" not in origin:
            origin = f"{request.url.scheme}://{origin}"

    def href(at: int) -> str:
        if ampersand:
            pairs = [*kept, ("$skip", str(at)), ("$top", str(top))]
            return origin + path + "&" + str(URL.build(query=pairs)).lstrip("?")
        url = URL(origin + path).with_query([*kept, ("$top", str(top)), ("$skip", str(at))])
        return str(url)

    links: dict[str, Any] = {"self": {"href": href(skip)}}
    if skip > 0:
        links["prev"] = {"href": href(max(0, skip - top))}
    if skip + top < total:
        links["next"] = {"href": href(skip + top)}
    return links


def api_link(request: web.Request, path: str) -> dict[str, str]:
    """``{"href": <absolute URL of path on the API origin>}``."""
    return {"href": str(request.url.origin().with_path(path))}


def too_many_requests(retry_after: int | str) -> ApiError:
    """429 of the Export API as documented, with its ``retry-after`` header."""
    return ApiError(
        429,
        "TooManyRequests",
        "More requests were received than the subscription rate-limit allows.",
        headers={"retry-after": str(retry_after)},
    )


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
