"""The blob origin: Azure-like containers at ``/<account>/<container>/<blob>``, SAS-checked.

Serves Get Blob (GET/HEAD, Range, If-None-Match), Get Container Properties and List Blobs, and
answers failures with Azure's XML error bodies. It never needs nor accepts a bearer token.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from urllib.parse import parse_qsl, unquote

from aiohttp import web

from .faults import FaultConfig, FaultKind
from .listing import (
    ListingError,
    error_xml,
    http_date,
    list_page,
    parse_max_results,
    render_listing,
)
from .middleware import RequestRecord, cors_middleware, fault_middleware
from .sas import check_service_sas
from .state import Blob, State

__all__ = ["CDN_PREFIX", "STORAGE_VERSION", "BlobServer"]

STORAGE_VERSION = "2022-11-02"
CDN_PREFIX = "cdn"
"""First path segment of the CDN-style container links that ``cdn=1`` asks for."""
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class BlobServer:
    """Builds the blob origin's aiohttp application over a :class:`State`."""

    def __init__(
        self,
        state: State,
        faults: Callable[[], FaultConfig],
        log: list[RequestRecord],
        *,
        content_md5: bool = True,
    ) -> None:
        self.state = state
        self.faults = faults
        self.log = log
        self.content_md5 = content_md5
        self.served = 0

    def app(self) -> web.Application:
        """The application (one catch-all route: Azure's URL space is not a fixed tree)."""
        app = web.Application(
            middlewares=[
                cors_middleware,
                fault_middleware("blob", self.faults, self.log, self._fault_response),
            ]
        )
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    # ---- responses ---------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {
            "Server": "Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0",
            "x-ms-request-id": str(uuid.uuid4()),
            "x-ms-version": STORAGE_VERSION,
        }

    def error(
        self,
        request: web.Request,
        status: int,
        code: str,
        message: str,
        *,
        extra: Sequence[tuple[str, str]] = (),
        headers: dict[str, str] | None = None,
    ) -> web.Response:
        """Azure's XML error answer (no body for HEAD, as Azure does)."""
        all_headers = self._headers() | {"x-ms-error-code": code} | (headers or {})
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f0Z")
        body = error_xml(
            code, message, request_id=all_headers["x-ms-request-id"], time=now, extra=extra
        )
        return web.Response(
            status=status,
            body=None if request.method == "HEAD" else body,
            headers=all_headers,
            content_type="application/xml",
        )

    def _fault_response(self, kind: FaultKind, request: web.Request) -> web.StreamResponse:
        retry = {"Retry-After": str(self.faults().retry_after)}
        if kind == "rate_limit":
            return self.error(
                request,
                503,
                "ServerBusy",
                "Operations per second is over the account limit.",
                headers=retry,
            )
        if sum(f.kind == "server_error" for f in self.faults().injected) % 2:
            return self.error(
                request,
                500,
                "InternalError",
                "The server encountered an internal error. Please retry the request.",
            )
        return self.error(
            request,
            503,
            "ServerBusy",
            "The server is currently unable to receive requests. Please retry your request.",
            headers=retry,
        )

    # ---- dispatch ----------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Route by path depth and query, check the SAS, then serve."""
        segments = request.rel_url.raw_path.split("/")[1:]
        if segments[:1] == [CDN_PREFIX]:  # the CDN-style links of ``cdn=1``: same blobs
            segments = segments[1:]
        query = dict(parse_qsl(request.query_string, keep_blank_values=True))
        if request.method not in ("GET", "HEAD"):
            return self.error(
                request,
                405,
                "UnsupportedHttpVerb",
                "The resource doesn't support specified Http Verb.",
            )
        if len(segments) < 2 or segments[0] != self.state.account or not segments[1]:
            return self.error(
                request,
                400,
                "InvalidUri",
                "The requested URI does not represent any resource on the server.",
            )
        container = unquote(segments[1])
        blob = unquote("/".join(segments[2:]))
        if blob:
            need, op = "r", self._get_blob
        elif query.get("restype") == "container" and query.get("comp") == "list":
            need, op = "l", self._list
        elif query.get("restype") == "container" and "comp" not in query:
            need, op = "r", self._container_properties
        else:
            return self.error(
                request,
                400,
                "InvalidQueryParameterValue",
                "Value for one of the query parameters specified in the request URI is invalid.",
            )
        failure = check_service_sas(
            query,
            account=self.state.account,
            keys=self.state.keys,
            container=container,
            blob=blob,
            permission=need,
            scheme=request.url.scheme,
            now=self.state.clock(),
            expired_keys=self.state.expired_keys,
        )
        if failure is not None:
            message = (
                "Server failed to authenticate the request. Make sure the value of "
                "Authorization header is formed correctly including the signature."
            )
            if failure.code != "AuthenticationFailed":
                message = failure.detail
            extra = (
                [("AuthenticationErrorDetail", failure.detail)]
                if failure.code == "AuthenticationFailed"
                else []
            )
            return self.error(request, failure.status, failure.code, message, extra=extra)
        blobs = self.state.containers.get(container)
        if blobs is None:
            return self.error(
                request, 404, "ContainerNotFound", "The specified container does not exist."
            )
        response = op(request, container, blobs, blob, query)
        self._count_served()
        return response

    def _count_served(self) -> None:
        self.served += 1
        faults = self.faults()
        if faults.expire_sas_after is not None and self.served >= faults.expire_sas_after:
            faults.expire_sas_after = None
            self.state.rotate_account_key()

    # ---- operations --------------------------------------------------------------------

    def _get_blob(
        self,
        request: web.Request,
        container: str,
        blobs: dict[str, Blob],
        name: str,
        query: dict[str, str],
    ) -> web.StreamResponse:
        blob = blobs.get(name)
        if blob is None:
            return self.error(request, 404, "BlobNotFound", "The specified blob does not exist.")
        headers = self._headers() | {
            "ETag": f'"{blob.etag}"',
            "Last-Modified": http_date(blob.last_modified),
            "x-ms-creation-time": http_date(blob.last_modified),
            "x-ms-blob-type": "BlockBlob",
            "x-ms-server-encrypted": "true",
            "x-ms-lease-state": "available",
            "x-ms-lease-status": "unlocked",
            "Accept-Ranges": "bytes",
            "Content-Type": blob.content_type,
        }
        if blob.content_encoding:
            headers["Content-Encoding"] = blob.content_encoding
        if self.content_md5:
            headers["Content-MD5"] = blob.content_md5
        if request.headers.get("If-None-Match") in (f'"{blob.etag}"', "*"):
            return web.Response(status=304, headers=headers)
        data = blob.data
        status = 200
        spec = request.headers.get("x-ms-range") or request.headers.get("Range")
        if spec:
            picked = _pick_range(spec, len(data))
            if picked is None:
                return self.error(
                    request,
                    416,
                    "InvalidRange",
                    "The range specified is invalid for the current size of the resource.",
                    headers={"Content-Range": f"bytes */{len(data)}"},
                )
            if picked != (0, len(data)):
                start, end = picked
                headers["Content-Range"] = f"bytes {start}-{end - 1}/{len(data)}"
                # Azure sends the whole blob's MD5 only as x-ms-blob-content-md5 on a range.
                headers.pop("Content-MD5", None)
                headers["x-ms-blob-content-md5"] = blob.content_md5
                data, status = data[start:end], 206
        return web.Response(status=status, body=data, headers=headers)

    def _container_properties(
        self,
        request: web.Request,
        container: str,
        blobs: dict[str, Blob],
        name: str,
        query: dict[str, str],
    ) -> web.StreamResponse:
        newest = max((b.last_modified for b in blobs.values()), default=datetime.now(UTC))
        return web.Response(
            status=200,
            headers=self._headers()
            | {
                "Last-Modified": http_date(newest),
                "ETag": '"0x8D000000000000"',
                "x-ms-lease-state": "available",
                "x-ms-lease-status": "unlocked",
            },
        )

    def _list(
        self,
        request: web.Request,
        container: str,
        blobs: dict[str, Blob],
        name: str,
        query: dict[str, str],
    ) -> web.StreamResponse:
        prefix = query.get("prefix", "")
        marker = query.get("marker", "")
        delimiter = query.get("delimiter", "")
        try:
            max_results = parse_max_results(query.get("maxresults"))
            page = list_page(
                (b.entry(n) for n, b in blobs.items()),
                prefix=prefix,
                marker=marker,
                max_results=max_results,
                delimiter=delimiter,
            )
        except ListingError as exc:
            return self.error(request, 400, exc.code, str(exc))
        endpoint = f"{request.url.origin()}/{self.state.account}/"
        body = render_listing(
            page,
            service_endpoint=endpoint,
            container=container,
            prefix=prefix,
            marker=marker,
            max_results=max_results if "maxresults" in query else None,
            delimiter=delimiter,
        )
        return web.Response(
            status=200,
            body=body,
            content_type="application/xml",
            charset="utf-8",
            headers=self._headers(),
        )


def _pick_range(spec: str, size: int) -> tuple[int, int] | None:
    """``(start, end)`` (end exclusive) of a single ``bytes=`` range; ``None`` if unsatisfiable."""
    match = _RANGE.match(spec.strip())
    if not match or (not match.group(1) and not match.group(2)):
        return (0, size)  # a malformed Range header is ignored, as HTTP says
    first, last = match.group(1), match.group(2)
    if not first:
        length = int(last)
        return (max(0, size - length), size) if length > 0 and size else None
    start = int(first)
    end = min(int(last) + 1, size) if last else size
    if start >= size or end <= start:
        return None
    return (start, end)
