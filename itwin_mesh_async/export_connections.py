"""The Export API (``/export``): connections, their runs, and the user's authorization status."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from yarl import URL

from .converter import structure_member
from .errors import InvalidArgumentError, UnexpectedResponseError
from .models import AuthenticationType, AuthorizationInformation, Connection, Run
from .paging import AsyncPaginator, page_params, path_segment

if TYPE_CHECKING:
    from .transport import Transport

__all__ = ["ExportConnections"]

_CONNECTIONS = "export/connections"
_AUTH_INFO = "export/authorizationinformation"


def _required(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{what} must be a non-empty string")
    return value


class ExportConnections:
    """Operations of the Export API, reached as ``client.export_connections``."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def _connection_path(self, connection_id: str) -> str:
        return f"{_CONNECTIONS}/{path_segment(connection_id, 'connection_id')}"

    def list(
        self, imodel_id: str, *, page_size: int | None = None, skip: int | None = None
    ) -> AsyncPaginator[Connection]:
        """Connections of an iModel (``imodelId`` is required), paged: ``async for`` (no await)."""
        params = page_params(page_size, skip)
        params["imodelId"] = _required(imodel_id, "imodel_id")  # lowercase "m": the API's spelling
        return AsyncPaginator(
            self._transport, _CONNECTIONS, items_key="connections", item_type=Connection,
            params=params,
        )  # fmt: skip

    async def get(self, connection_id: str) -> Connection:
        """One connection; 404 ``ConnectionNotFound`` raises :class:`~.errors.NotFoundError`."""
        response = await self._transport.request("GET", self._connection_path(connection_id))
        return structure_member(response.json(), "connection", Connection)

    async def create(
        self,
        *,
        imodel_id: str,
        display_name: str | None = None,
        authentication_type: AuthenticationType | str | None = None,
    ) -> Connection:
        """Create a connection for an iModel (201)."""
        body: dict[str, Any] = {"iModelId": _required(imodel_id, "imodel_id")}
        if display_name is not None:
            body["displayName"] = display_name
        if authentication_type is not None:
            body["authenticationType"] = str(authentication_type)
        response = await self._transport.request(
            "POST", _CONNECTIONS, json=body, expected=(200, 201)
        )
        return structure_member(response.json(), "connection", Connection)

    async def delete(self, connection_id: str) -> None:
        """Delete a connection (204); one in use raises :class:`~.errors.ConflictError` (409)."""
        await self._transport.request(
            "DELETE", self._connection_path(connection_id), expected=(200, 202, 204)
        )

    def runs(
        self, connection_id: str, *, page_size: int | None = None, skip: int | None = None
    ) -> AsyncPaginator[Run]:
        """Runs of a connection, paged: ``async for run in ...`` (no await)."""
        return AsyncPaginator(
            self._transport, f"{self._connection_path(connection_id)}/runs",
            items_key="runs", item_type=Run, params=page_params(page_size, skip),
        )  # fmt: skip

    async def get_run(self, connection_id: str, run_id: str) -> Run:
        """One run of a connection."""
        path = f"{self._connection_path(connection_id)}/runs/{path_segment(run_id, 'run_id')}"
        response = await self._transport.request("GET", path)
        return structure_member(response.json(), "run", Run)

    async def create_run(
        self, connection_id: str, *, options: Mapping[str, Any] | None = None
    ) -> Run:
        """Start a run and return it, fetched from the answer's ``Location``.

        202: a new run was created. 303: a run is already active for the iModel and that run is
        returned instead. ``options`` is sent as the JSON body when given (for example
        ``{"exportType": "IFC", "ifcVersion": "IFC4.3"}``). The POST is not repeated after an
        ambiguous failure.
        """
        path = f"{self._connection_path(connection_id)}/runs"
        body = dict(options) if options is not None else None
        response = await self._transport.request(
            "POST", path, json=body, expected=(200, 201, 202, 303)
        )
        if response.status in (200, 201):
            payload = response.json()
            if isinstance(payload, Mapping) and "run" in payload:
                return structure_member(payload, "run", Run)
        location = response.headers.get("Location")
        if not location:
            raise UnexpectedResponseError(
                f"run of connection {connection_id} accepted ({response.status}) "
                "without a Location header"
            )
        # Location may be relative; the transport refuses one off the API origin.
        target = response.url.join(URL(location, encoded=True))
        run = await self._transport.request("GET", target)
        return structure_member(run.json(), "run", Run)

    async def authorization_information(self, redirect_url: str) -> AuthorizationInformation:
        """Whether the user has authorized the Export API, and the URL to do so if not."""
        params = {"redirectUrl": _required(redirect_url, "redirect_url")}
        response = await self._transport.request("GET", _AUTH_INFO, params=params)
        body = response.json()
        return structure_member(body, "authorizationInformation", AuthorizationInformation)
