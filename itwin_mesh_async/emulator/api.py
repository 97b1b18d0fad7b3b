"""The API origin: authentication, the Mesh Export routes (``/mesh-export``) and a
client-credentials token endpoint (``/connect/token``), answering as the iTwin Platform does.
The Export API routes (``/export``) are in :mod:`.export_api`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from aiohttp import web

from ..scopes import scope_for
from .blobs import CDN_PREFIX
from .export_api import ConnectionRoutes
from .faults import FaultConfig, FaultKind
from .mesh_query import check_list_query, compatible, newest_changeset_first
from .middleware import RequestRecord, fault_middleware
from .responses import (
    ApiError,
    forbidden,
    imodel_allowed,
    invalid,
    iso_time,
    json_object,
    json_response,
    page_links,
    too_many_requests,
)
from .sas import encode_sas, service_sas_fields
from .state import EXPORT_TYPES, ExportRecord, State
from .token_endpoint import token_answer

__all__ = ["ApiServer"]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
Handler = Callable[[web.Request], Any]


def _body_error(target: str, message: str) -> ApiError:
    return ApiError(
        422,
        "InvalidMeshExportRequest",
        "Cannot create export job.",
        details=[{"code": "InvalidRequestBody", "message": message, "target": target}],
    )


class ApiServer:
    """Builds the API origin's aiohttp application over a :class:`State`."""

    def __init__(
        self,
        state: State,
        faults: Callable[[], FaultConfig],
        log: list[RequestRecord],
        *,
        blob_port: Callable[[], int],
        public_blob_url: str | None = None,
    ) -> None:
        self.state = state
        self.faults = faults
        self.log = log
        self.blob_port = blob_port
        self.public_blob_url = public_blob_url

    def app(self) -> web.Application:
        """The application with every route of both APIs and the token endpoint."""
        app = web.Application(
            middlewares=[
                fault_middleware(
                    "api",
                    self.faults,
                    self.log,
                    self._fault_response,
                    exempt=lambda r: r.path.startswith("/connect/"),
                ),
                self._errors_and_auth,
            ]
        )
        add = app.router.add_route
        add("GET", "/mesh-export", self.list_exports)
        add("GET", "/mesh-export/", self.list_exports)
        add("POST", "/mesh-export", self.start_export)
        add("POST", "/mesh-export/", self.start_export)
        add("GET", "/mesh-export/{id}", self.get_export)
        add("DELETE", "/mesh-export/{id}", self.delete_export)
        ConnectionRoutes(self.state).add_to(app.router)
        add("POST", "/connect/token", self.token)
        return app

    # ---- cross-cutting -----------------------------------------------------------------

    def _fault_response(self, kind: FaultKind, request: web.Request) -> web.StreamResponse:
        if kind == "rate_limit":
            if request.path.startswith("/export/"):
                return too_many_requests(self.faults().retry_after).response()
            return self._rate_limited().response()
        if sum(f.kind == "server_error" for f in self.faults().injected) % 2:
            return ApiError(
                500, "InternalServerError", "The server encountered an internal error."
            ).response()
        return ApiError(
            503,
            "ServiceUnavailable",
            "The service is temporarily unavailable.",
            headers={"Retry-After": str(self.faults().retry_after)},
        ).response()

    def _rate_limited(self) -> ApiError:
        return ApiError(
            429,
            "RateLimitExceeded",
            "The client sent more requests than allowed by this API for the current "
            "tier of the client.",
            headers={"Retry-After": str(self.faults().retry_after)},
        )

    @web.middleware
    async def _errors_and_auth(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            if not request.path.startswith("/connect/"):
                self._authenticate(request)
                self._check_accept(request)
            response: web.StreamResponse = await handler(request)
            return response
        except ApiError as exc:
            return exc.response()
        except web.HTTPNotFound:
            return ApiError(
                404, "ResourceNotFound", "The requested resource was not found."
            ).response()
        except web.HTTPMethodNotAllowed:
            return ApiError(
                405, "MethodNotAllowed", "The method is not allowed for this resource."
            ).response()

    def _authenticate(self, request: web.Request) -> None:
        header = request.headers.get("Authorization")
        if not header:
            raise ApiError(
                401,
                "HeaderNotFound",
                "Header Authorization was not found in the request. Access denied.",
            )
        scheme, _, credential = header.partition(" ")
        credential = credential.strip()
        info = self.state.tokens.get(credential) if scheme.lower() == "bearer" else None
        share = scheme.lower() == "basic" and credential in self.state.share_keys
        if not share and (
            info is None or (info.expires_at is not None and self.state.clock() >= info.expires_at)
        ):
            raise ApiError(401, "InvalidToken", "Access token is invalid or expired.")
        needed = scope_for(request.method, request.rel_url)
        if info is not None and info.scopes is not None and needed not in info.scopes:
            raise ApiError(
                401, "InvalidToken", f"Access token does not have the required scope {needed}."
            )
        writing = request.method in ("POST", "DELETE", "PUT", "PATCH")
        if writing and (share or (info is not None and not info.can_write)):
            raise forbidden()

    @staticmethod
    def _check_accept(request: web.Request) -> None:
        # Lenient like the service: anything that admits JSON passes; only an Accept that
        # names other media types exclusively is refused.
        accept = request.headers.get("Accept", "").lower()
        if accept and not any(t in accept for t in ("json", "*/*", "application/*")):
            raise ApiError(
                406,
                "NotAcceptable",
                "The Accept header must allow application/vnd.bentley.itwin-platform.v1+json.",
            )

    def _blob_origin(self, request: web.Request) -> str:
        if self.public_blob_url:
            return self.public_blob_url.rstrip("/")
        return str(request.url.origin().with_port(self.blob_port()))

    # ---- Mesh Export -------------------------------------------------------------------

    def mesh_href(self, request: web.Request, record: ExportRecord, *, cdn: bool = False) -> str:
        """A fresh container URL with a read+list SAS, valid ``state.sas_lifetime`` seconds;
        ``cdn``: the CDN-style link (``<blob origin>/cdn/<account>/<container>?<SAS>``)."""
        now = self.state.clock()
        fields = service_sas_fields(
            self.state.account,
            self.state.keys["key1"],
            record.container,
            permissions="rl",
            start=now - timedelta(minutes=5),
            expiry=now + timedelta(seconds=self.state.sas_lifetime),
        )
        root = f"{self._blob_origin(request)}/{CDN_PREFIX}" if cdn else self._blob_origin(request)
        return f"{root}/{self.state.account}/{record.container}?{encode_sas(fields)}"

    def export_json(
        self, request: web.Request, record: ExportRecord, *, full: bool
    ) -> dict[str, Any]:
        """The API's export object; ``full`` for ``return=representation``."""
        status = record.status()
        body: dict[str, Any] = {
            "id": record.id,
            "displayName": record.display_name,
            "status": status,
            "lastModified": iso_time(self.state.last_modified(record)),
        }
        if not full:  # the minimal representation has these four fields only
            return body
        body["error"] = record.error if status == "Invalid" else ""
        body["request"] = {
            "iModelId": record.imodel_id,
            "changesetId": record.changeset_id,
            "exportType": record.export_type,
            "iTwinId": record.itwin_id,
            "contextId": record.itwin_id,
            "changesetIndex": record.changeset_index,
            "tilerConfig": [{"key": "maxTileSize", "value": "2048"}],
            "lastModified": iso_time(record.created),
        }
        if status == "Complete":
            files = self.state.containers.get(record.container, {})
            size = sum(len(b.data) for b in files.values())
            body["stats"] = {
                "iModelSize": size * 3,
                "compressedSize": size,
                "rawSize": size,
                "startTime": iso_time(record.created, fraction=True),
                "duration": max(
                    0.0, (self.state.last_modified(record) - record.created).total_seconds()
                ),
                "diskSize": size,
                "freeDiskSpace": 1 << 40,
                "exportDirSize": size,
                "exportDirStructure": {name: len(b.data) for name, b in sorted(files.items())[:20]},
                "metrics": {"files": len(files)},
            }
        cdn = request.query.get("cdn") == "1"
        body["_links"] = (
            {"mesh": {"href": self.mesh_href(request, record, cdn=cdn)}}
            if status == "Complete"
            else {}
        )
        return body

    @staticmethod
    def _prefer(request: web.Request, default: str) -> str:
        value = request.headers.get("Prefer", "").lower()
        for part in value.replace(";", ",").split(","):
            name, _, choice = part.strip().partition("=")
            if name == "return" and choice in ("minimal", "representation"):
                return choice
        return default

    async def list_exports(self, request: web.Request) -> web.Response:
        """Get Exports: filters, the documented order, ``$top``/``$skip`` paging, absolute
        links (prefixed by the ``x-api-host-and-root`` header when given).

        Without ``$orderBy`` the list is ordered by ``changesetIndex``, newest first (then the
        newest export first), as documented; ``$orderBy=date:asc|desc`` orders by date.
        """
        query = request.query
        order, imodel_id = query.get("$orderBy"), query.get("iModelId")
        top, skip = check_list_query(query)
        if imodel_id:
            imodel_allowed(self.state, imodel_id)
        now = self.state.clock()
        matched = []
        for record in list(self.state.exports.values()):
            if imodel_id and record.imodel_id != imodel_id:
                continue
            if query.get("changesetId") and record.changeset_id != query["changesetId"]:
                continue
            if (
                query.get("exportType")
                and record.export_type.lower() != query["exportType"].lower()
            ):
                continue
            if not compatible(record, query.get("tileVersion"), query.get("iTwinJS")):
                continue
            if record.hidden_lists > 0:
                record.hidden_lists -= 1
                continue
            if record.hidden_until is not None and now < record.hidden_until:
                continue
            matched.append(self.state.read(record))
        if order is not None:
            matched.sort(key=self.state.last_modified, reverse="desc" in order.lower())
        else:
            matched.sort(key=newest_changeset_first, reverse=True)
        page = matched[skip : skip + top]
        full = self._prefer(request, "minimal") == "representation"
        prefix = request.headers.get("x-api-host-and-root")
        body: dict[str, Any] = {
            "exports": [self.export_json(request, r, full=full) for r in page],
            "_links": page_links(request, "/mesh-export/", top, skip, len(matched), prefix=prefix),
        }
        applied = "return=representation" if full else "return=minimal"
        return json_response(body, headers={"Preference-Applied": applied})

    def _export(self, export_id: str) -> ExportRecord:
        record = self.state.exports.get(export_id)
        if record is None:
            raise ApiError(404, "ExportNotFound", "Requested export is not available.")
        imodel_allowed(self.state, record.imodel_id)
        return record

    async def get_export(self, request: web.Request) -> web.Response:
        """Get Export (always the full representation unless ``return=minimal`` is asked)."""
        record = self.state.read(self._export(request.match_info["id"]))
        full = self._prefer(request, "representation") == "representation"
        return json_response({"export": self.export_json(request, record, full=full)})

    async def start_export(self, request: web.Request) -> web.Response:
        """Start Export: 202 with the new export, status ``NotStarted``."""
        body = await json_object(request)
        if body is None:
            raise _body_error("body", "The request body must be a JSON object.")
        imodel_id = body.get("iModelId")
        if not isinstance(imodel_id, str) or not imodel_id:
            raise _body_error("iModelId", "iModelId cannot be empty.")
        if not _UUID.match(imodel_id):
            raise _body_error("iModelId", "iModelId is not a valid id.")
        export_type = body.get("exportType", "3DTiles")
        if not isinstance(export_type, str) or export_type.lower() not in {
            t.lower() for t in EXPORT_TYPES
        }:
            raise _body_error("exportType", f"exportType must be one of {', '.join(EXPORT_TYPES)}.")
        changeset_id = body.get("changesetId") or ""
        if not isinstance(changeset_id, str):
            raise _body_error("changesetId", "changesetId must be a string.")
        imodel_allowed(self.state, imodel_id)
        imodel = self.state.imodels.get(imodel_id)
        latest = str(max(1, self.state.highest_changeset_index(imodel_id)))
        record = self.state.add_export(
            imodel_id,
            files={},
            status="NotStarted",
            changeset_id=changeset_id,
            changeset_index=None if changeset_id else latest,  # no changesetId: the latest
            export_type=export_type,
            error=imodel.export_error if imodel else None,
        )
        self.state.put_files(record.container, self.state.files_for_start(record))
        return json_response({"export": self.export_json(request, record, full=True)}, status=202)

    async def delete_export(self, request: web.Request) -> web.Response:
        """Delete Export: 204; 422 while it runs or for an invalid id."""
        export_id = request.match_info["id"]
        if not _UUID.match(export_id):
            raise invalid("InvalidMeshExportRequest", "id", "The export id is not valid.")
        record = self.state.tick(self._export(export_id))
        if record.stage < 2:
            raise invalid(
                "InvalidMeshExportRequest",
                "id",
                "Only a Complete or Invalid export can be deleted.",
            )
        self.state.delete_export(export_id)
        return web.Response(status=204)

    # ---- Export connections and runs ---------------------------------------------------

    async def token(self, request: web.Request) -> web.Response:
        """``POST /connect/token``: see :mod:`.token_endpoint`."""
        return await token_answer(self.state, request)
