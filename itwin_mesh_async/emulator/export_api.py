"""The Export API routes (``/export``): connections, their runs, authorization information."""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from .mesh_query import ID
from .responses import (
    ApiError,
    api_link,
    detail,
    imodel_allowed,
    invalid,
    iso_time,
    json_object,
    json_response,
    page_links,
    paging,
)
from .state import ConnectionRecord, RunRecord, State

__all__ = ["ConnectionRoutes"]


def _not_found() -> ApiError:
    # The documented 404 of the Export API (its message names the iModel in every case).
    return ApiError(404, "ConnectionNotFound", "Requested iModelId is not available.")


class ConnectionRoutes:
    """Handlers of the Export API over a :class:`State`."""

    def __init__(self, state: State) -> None:
        self.state = state

    def add_to(self, router: web.UrlDispatcher) -> None:
        """Register the routes."""
        add = router.add_route
        add("GET", "/export/connections", self.list_connections)
        add("POST", "/export/connections", self.create_connection)
        add("GET", "/export/connections/{id}", self.get_connection)
        add("DELETE", "/export/connections/{id}", self.delete_connection)
        add("GET", "/export/connections/{id}/runs", self.list_runs)
        # The documented next link of runs: ``.../runs&$skip=50&$top=50`` (no ``?``).
        add("GET", "/export/connections/{id}/runs{tail:&[^/]*}", self.list_runs)
        add("POST", "/export/connections/{id}/runs", self.create_run)
        add("GET", "/export/connections/{id}/runs/{run}", self.get_run)
        add("GET", "/export/authorizationinformation", self.authorization_information)

    def connection_json(self, request: web.Request, record: ConnectionRecord) -> dict[str, Any]:
        """The API's connection object."""
        links: dict[str, Any] = {
            "iModel": api_link(request, f"/imodels/{record.imodel_id}"),
            "iTwin": api_link(request, f"/itwins/{record.itwin_id}"),
        }
        if record.runs:
            links["lastRun"] = api_link(
                request, f"/export/connections/{record.id}/runs/{record.runs[-1]}"
            )
        return {
            "id": record.id,
            "displayName": record.display_name,
            "iModelId": record.imodel_id,
            "iTwinId": record.itwin_id,
            "authenticationType": record.authentication_type,
            "_links": links,
        }

    def run_json(self, run: RunRecord) -> dict[str, Any]:
        """The API's run object, with one job of one task (and its error if it failed)."""
        state = ("NotStarted", "Executing", "Completed")[run.stage]
        result = run.final_result if run.stage == 2 else "Undetermined"
        start = iso_time(run.created, fraction=True)
        end = iso_time(run.ended, fraction=True) if run.ended else None
        task: dict[str, Any] = {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, run.id + "/task")),
            "startDateTime": start,
            "endDateTime": end,
            "retryAttempts": 0,
            "state": state,
            "result": result,
            "exportOutputFileId": str(uuid.uuid5(uuid.NAMESPACE_URL, run.id + "/file")),
        }
        if result in ("Error", "PartialSuccess"):
            task["error"] = {
                "errorCode": "TAE_BRG_1000",
                "message": "Failed to process.",
                "details": "Error exit code received from bridge wrapper.",
                "bridgeExitCode": 4294967295,
                "system": "cloud_orchestrator",
                "phase": "export_file",
                "category": "other",
                "descriptionKey": "FailedToExport",
                "description": "Failed to export your file.",
                "kbArticleLink": "",
                "canUserFix": False,
            }
        job = {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, run.id + "/job")),
            "startDateTime": start,
            "endDateTime": end,
            "state": state,
            "result": result,
            "connectorType": "IFC",
            "tasks": [task],
        }
        return {
            "id": run.id,
            "connectionId": run.connection_id,
            "startDateTime": start,
            "endDateTime": end,
            "state": state,
            "result": result,
            "jobs": [job],
        }

    def _connection(self, connection_id: str) -> ConnectionRecord:
        record = self.state.connections.get(connection_id)
        if record is None:
            raise _not_found()
        imodel_allowed(self.state, record.imodel_id)
        return record

    async def list_connections(self, request: web.Request) -> web.Response:
        """Get Export Connections of an iModel (``imodelId`` required), paged; the documented
        422 ``InvalidConnectionsRequest`` lists every refused parameter; an iModel the
        emulator does not know is 404 ``ConnectionNotFound``."""
        imodel_id = request.query.get("imodelId")
        top, skip, problems = paging(
            request.query, top_message="Page size is out of limits.", detail_code="InvalidValue"
        )
        if not imodel_id or not ID.match(imodel_id):
            problems.append(
                detail("InvalidValue", "Provided imodelId value is not valid.", "imodelId")
            )
        if problems:
            raise ApiError(
                422, "InvalidConnectionsRequest", "Cannot perform operation.", details=problems
            )
        assert imodel_id is not None
        if imodel_id not in self.state.imodels:
            raise _not_found()
        imodel_allowed(self.state, imodel_id)
        matched = [c for c in self.state.connections.values() if c.imodel_id == imodel_id]
        body = {
            "connections": [self.connection_json(request, c) for c in matched[skip : skip + top]],
            "_links": page_links(request, "/export/connections", top, skip, len(matched)),
        }
        return json_response(body)

    async def get_connection(self, request: web.Request) -> web.Response:
        """Get Export Connection."""
        record = self._connection(request.match_info["id"])
        return json_response({"connection": self.connection_json(request, record)})

    async def create_connection(self, request: web.Request) -> web.Response:
        """Create Export Connection: 201 with the connection."""
        code = "InvalidExportRequest"
        body = await json_object(request)
        if body is None:
            raise ApiError(
                422,
                code,
                "Cannot create connection.",
                details=[
                    {
                        "code": "InvalidRequestBody",
                        "message": "The body must be a JSON object.",
                        "target": "body",
                    }
                ],
            )
        imodel_id = body.get("iModelId")
        if not isinstance(imodel_id, str) or not imodel_id:
            raise invalid(
                code,
                "iModelId",
                "Required property iModelId is missing.",
                "MissingRequiredProperty",
            )
        auth = body.get("authenticationType", "User")
        if auth not in ("User", "Service"):
            raise invalid(code, "authenticationType", "authenticationType must be User or Service.")
        display_name = body.get("displayName")
        imodel_allowed(self.state, imodel_id)
        record = self.state.add_connection(
            imodel_id,
            display_name=display_name if isinstance(display_name, str) else None,
            authentication_type=auth,
        )
        location = str(request.url.origin().with_path(f"/export/connections/{record.id}"))
        return json_response(
            {"connection": self.connection_json(request, record)},
            status=201,
            headers={"Location": location},
        )

    async def delete_connection(self, request: web.Request) -> web.Response:
        """Delete Export Connection: 204; 409 while a run is active."""
        record = self._connection(request.match_info["id"])
        if self.state.active_run(record.id) is not None:
            raise ApiError(
                409,
                "ConnectionAlreadyInUse",
                "The connection has an active run and cannot be deleted.",
            )
        for run_id in record.runs:
            self.state.runs.pop(run_id, None)
        del self.state.connections[record.id]
        return web.Response(status=204)

    def _run_location(self, request: web.Request, run: RunRecord) -> str:
        return str(
            request.url.origin().with_path(f"/export/connections/{run.connection_id}/runs/{run.id}")
        )

    async def create_run(self, request: web.Request) -> web.Response:
        """Create Run: 202 + Location, or 303 + Location of the run already active."""
        record = self._connection(request.match_info["id"])
        active = self.state.active_run(record.id)
        if active is not None:
            return web.Response(
                status=303,
                headers={
                    "Location": self._run_location(request, active),
                    "x-correlation-id": str(uuid.uuid4()),
                },
            )
        run = self.state.add_run(record.id)
        return web.Response(
            status=202,
            headers={
                "Location": self._run_location(request, run),
                "x-correlation-id": str(uuid.uuid4()),
            },
        )

    async def list_runs(self, request: web.Request) -> web.Response:
        """Get Runs of a connection, paged; links in the documented shape
        ``.../runs&$skip=50&$top=50``, which this route also accepts."""
        record = self._connection(request.match_info["id"])
        tail = request.match_info.get("tail", "")
        query = {**request.query, **dict(parse_qsl(tail[1:], keep_blank_values=True))}
        top, skip, problems = paging(
            query, top_message="Page size is out of limits.", detail_code="InvalidValue"
        )
        if problems:
            raise ApiError(
                422, "InvalidConnectionRunsRequest", "Cannot perform operation.", details=problems
            )
        runs = [self.state.read(self.state.runs[r]) for r in record.runs]
        path = f"/export/connections/{record.id}/runs"
        body = {
            "runs": [self.run_json(r) for r in runs[skip : skip + top]],
            "_links": page_links(request, path, top, skip, len(runs), query=query, ampersand=True),
        }
        return json_response(body)

    async def get_run(self, request: web.Request) -> web.Response:
        """Get Run."""
        record = self._connection(request.match_info["id"])
        run = self.state.runs.get(request.match_info["run"])
        if run is None or run.connection_id != record.id:
            raise ApiError(404, "RunNotFound", "Requested run is not available.")
        return json_response({"run": self.run_json(self.state.read(run))})

    async def authorization_information(self, request: web.Request) -> web.Response:
        """Get Authorization Information: the caller is authorized; a link to authorize."""
        redirect = request.query.get("redirectUrl", "")
        url = (
            request.url.origin()
            .with_path("/connect/authorize")
            .with_query({"redirect_uri": redirect} if redirect else {})
        )
        return json_response(
            {
                "authorizationInformation": {
                    "isUserAuthorized": True,
                    "_links": {"authorizationUrl": {"href": str(url)}},
                }
            }
        )

    # ---- OAuth client credentials ------------------------------------------------------
