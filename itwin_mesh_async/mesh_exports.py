"""The Mesh Export API (``/mesh-export``): list, get, start, delete, and the wait/latest helpers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import aclosing
from typing import TYPE_CHECKING, TypeVar

from .converter import structure_member
from .errors import ExportFailedError, InvalidArgumentError, WaitTimeoutError
from .models import Export, ExportType
from .paging import AsyncPaginator, page_params, path_segment

if TYPE_CHECKING:
    from .transport import Transport

__all__ = ["LINK_PREFIX_HEADER", "ORDER_BY_VALUES", "MeshExports", "newest_changeset"]

_PATH = "mesh-export/"
ORDER_BY_VALUES = frozenset({"date:asc", "date:desc"})
"""The only ``$orderBy`` values the service supports."""

REPRESENTATION = "return=representation"
LINK_PREFIX_HEADER = "x-api-host-and-root"
"""Get Exports' request header "Prefix to add to list links"."""

LAST_CHECK_SECONDS = 1.0
"""How long the check made at the deadline (or the one check of ``timeout=0``) may take."""

T = TypeVar("T")


def _export_type_text(export_type: ExportType | str) -> str:
    text = export_type.value if isinstance(export_type, ExportType) else str(export_type)
    if not text.strip():
        raise InvalidArgumentError("export_type must not be empty")
    return text


def _non_empty(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{what} must be a non-empty string (or None)")
    return value


def _same_type(export: Export, wanted: str) -> bool:
    """Whether an export is of the wanted type (case-insensitive; unknown request: assume yes)."""
    request = export.request
    if request is None or request.export_type is None:
        return True
    return str(request.export_type).casefold() == wanted.casefold()


class MeshExports:
    """Operations of the Mesh Export API, reached as ``client.mesh_exports``.

    ``sleep`` and ``clock`` drive the polling of :meth:`wait` and :meth:`latest`; tests pass
    virtual ones (for example :class:`~itwin_mesh_async.retry.VirtualTime`).
    """

    def __init__(
        self,
        transport: Transport,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._transport = transport
        self._sleep = sleep
        self._clock = clock

    def list(
        self,
        imodel_id: str | None = None,
        *,
        changeset_id: str | None = None,
        export_type: ExportType | str | None = None,
        order_by: str | None = None,
        page_size: int | None = None,
        skip: int | None = None,
        cdn: bool | None = None,
        tile_version: str | None = None,
        itwinjs: str | None = None,
        prefer: str | None = REPRESENTATION,
        link_prefix: str | None = None,
    ) -> AsyncPaginator[Export]:
        """Exports, newest pages fetched lazily: ``async for export in ...`` (no ``await``).

        Arguments map to the documented query (``iModelId``, ``changesetId``, ``exportType``,
        ``$orderBy`` = ``date:asc``/``date:desc``, ``$top`` <= 1000, ``$skip``, ``cdn=1``,
        ``tileVersion``, ``iTwinJS``). ``prefer`` is sent as the ``Prefer`` header: the default
        ``return=representation`` is needed for ``request`` and ``_links.mesh`` (the tile URL);
        ``return=minimal`` or None sends less. ``link_prefix`` is sent as the documented
        ``x-api-host-and-root`` header ("Prefix to add to list links"), for callers behind a
        gateway; next links must still lead to the client's API origin. Bad arguments raise
        :class:`~itwin_mesh_async.errors.InvalidArgumentError` before any request.
        """
        params = page_params(page_size, skip)
        if imodel_id is not None:
            params["iModelId"] = _non_empty(imodel_id, "imodel_id")
        if changeset_id is not None:
            params["changesetId"] = _non_empty(changeset_id, "changeset_id")
        if export_type is not None:
            params["exportType"] = _export_type_text(export_type)
        if order_by is not None:
            if order_by not in ORDER_BY_VALUES:
                raise InvalidArgumentError(
                    f"order_by must be one of {sorted(ORDER_BY_VALUES)}, got {order_by!r}"
                )
            params["$orderBy"] = order_by
        if cdn:
            params["cdn"] = "1"
        if tile_version is not None:
            params["tileVersion"] = tile_version
        if itwinjs is not None:
            params["iTwinJS"] = itwinjs
        headers = {"Prefer": prefer} if prefer else {}
        if link_prefix is not None:
            headers[LINK_PREFIX_HEADER] = _non_empty(link_prefix, "link_prefix")
        return AsyncPaginator(
            self._transport, _PATH, items_key="exports", item_type=Export,
            params=params, headers=headers,
        )  # fmt: skip

    async def get(self, export_id: str, *, cdn: bool | None = None) -> Export:
        """One export; 404 ``ExportNotFound`` raises :class:`~itwin_mesh_async.NotFoundError`."""
        path = _PATH + path_segment(export_id, "export_id")
        params = {"cdn": "1"} if cdn else None
        response = await self._transport.request("GET", path, params=params)
        return structure_member(response.json(), "export", Export)

    async def start(
        self,
        imodel_id: str,
        *,
        changeset_id: str | None = None,
        export_type: ExportType | str = ExportType.THREE_D_TILES,
    ) -> Export:
        """Ask for a new export (``changeset_id=None`` means the latest changeset).

        The service answers 202 with the export ``NotStarted``; poll it with :meth:`wait`.
        The POST is not repeated after an ambiguous failure (it could start a second export).
        """
        body = {"iModelId": _non_empty(imodel_id, "imodel_id")}
        body["exportType"] = _export_type_text(export_type)
        if changeset_id:
            body["changesetId"] = changeset_id
        response = await self._transport.request("POST", _PATH, json=body, expected=(200, 201, 202))
        return structure_member(response.json(), "export", Export)

    async def delete(self, export_id: str) -> None:
        """Delete an export (204). In progress or invalid id: 422 ``InvalidMeshExportRequest``."""
        path = _PATH + path_segment(export_id, "export_id")
        await self._transport.request("DELETE", path, expected=(200, 202, 204))

    async def wait(
        self,
        export_id: str,
        *,
        timeout: float = 600.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
        poll_interval: float = 5.0,
        cdn: bool | None = None,
    ) -> Export:
        """Poll an export until it is ``Complete`` and return it.

        ``Invalid`` raises :class:`~itwin_mesh_async.ExportFailedError` with the export's error
        text; still unfinished after ``timeout`` seconds raises
        :class:`~itwin_mesh_async.WaitTimeoutError`. ``timeout`` bounds the whole call, slow
        requests included (one still running at the deadline is abandoned).
        """
        _check_timing(timeout, poll_interval)
        deadline = self._clock() + timeout
        hard_deadline = asyncio.get_running_loop().time() + timeout
        while True:
            export = await _before(
                hard_deadline, self.get(export_id, cdn=cdn),
                f"export {export_id}: no answer from the service within {timeout:g}s",
            )  # fmt: skip
            if export.is_complete:
                return export
            if export.is_invalid:
                raise ExportFailedError(export.id, export.error, export)
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise WaitTimeoutError(
                    f"export {export.id} is still {export.status or 'without a status'} "
                    f"after {timeout:g}s"
                )
            await self._sleep(min(poll_interval, remaining))

    async def latest(
        self,
        imodel_id: str,
        *,
        changeset_id: str | None = None,
        export_type: ExportType | str = ExportType.THREE_D_TILES,
        timeout: float = 60.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
        poll_interval: float = 10.0,
        cdn: bool | None = None,
        on_wait: Callable[[str], object] | None = None,
    ) -> Export:
        """The ``Complete`` export of the newest changeset of an iModel (or of one changeset).

        As the documentation's "Selecting the latest version" says: no ``changesetId`` and no
        ``$orderBy`` are sent, so the service lists the exports by ``changesetIndex``, newest
        first, filtered by ``exportType``. The client does not rely on that order: among every
        listed export of the wanted type it takes the ``Complete`` one with the highest
        ``changesetIndex`` (compared as numbers; an index that is not a number ranks below
        every numeric one; a tie goes to the one listed first).

        The service generates exports by itself and may not list one yet: an empty answer, or
        only exports still in progress, is asked again every ``poll_interval`` seconds until
        ``timeout`` (then :class:`~itwin_mesh_async.WaitTimeoutError`). An iModel id that does
        not exist (or that the caller cannot see) looks the same: an empty list. When every
        export is ``Invalid``, :class:`~itwin_mesh_async.ExportFailedError` carries the error
        of the newest one. ``timeout`` bounds the whole call, slow requests included.
        ``on_wait`` is called before each pause with what is awaited (``"no export listed
        yet"`` or ``"2 export(s) still in progress"``), for example to tell a user.
        """
        _non_empty(imodel_id, "imodel_id")
        _check_timing(timeout, poll_interval)
        wanted = _export_type_text(export_type)
        deadline = self._clock() + timeout
        hard_deadline = asyncio.get_running_loop().time() + timeout

        async def scan() -> tuple[Export | None, Export | None, int]:
            """(the newest Complete export, the newest Invalid one, how many are pending)."""
            complete: list[Export] = []
            invalid: list[Export] = []
            pending = 0
            exports = self.list(imodel_id, changeset_id=changeset_id, export_type=wanted, cdn=cdn)
            async with aclosing(aiter(exports)) as items:
                async for export in items:
                    if not _same_type(export, wanted):
                        continue
                    if export.is_complete:
                        complete.append(export)
                    elif export.is_invalid:
                        invalid.append(export)
                    else:
                        pending += 1
            return newest_changeset(complete), newest_changeset(invalid), pending

        while True:
            complete, newest_invalid, pending = await _before(
                hard_deadline, scan(),
                f"no answer from the service within {timeout:g}s listing the exports of "
                f"iModel {imodel_id}",
            )  # fmt: skip
            if complete is not None:
                return complete
            if newest_invalid is not None and not pending:
                raise ExportFailedError(newest_invalid.id, newest_invalid.error, newest_invalid)
            remaining = deadline - self._clock()
            state = f"{pending} export(s) still in progress" if pending else "no export listed yet"
            if remaining <= 0:
                what = f"iModel {imodel_id}"
                if changeset_id:
                    what += f" changeset {changeset_id}"
                raise WaitTimeoutError(
                    f"no Complete {wanted} export of {what} after {timeout:g}s ({state})"
                )
            if on_wait is not None:
                on_wait(state)
            await self._sleep(min(poll_interval, remaining))


async def _before(deadline: float, call: Awaitable[T], message: str) -> T:
    """``call``, abandoned with :class:`WaitTimeoutError` at ``deadline`` (event-loop time).

    Even at or past the deadline a check gets :data:`LAST_CHECK_SECONDS`: the last look at the
    deadline, and the single one of ``timeout=0``.
    """
    loop = asyncio.get_running_loop()
    limit = asyncio.timeout_at(max(deadline, loop.time() + LAST_CHECK_SECONDS))
    try:
        async with limit:
            return await call
    except TimeoutError:
        if limit.expired():
            raise WaitTimeoutError(message) from None
        raise


def _changeset_rank(position: int, export: Export) -> tuple[int, int, int]:
    number = export.changeset_number
    # Numeric indexes first, by value; then the service's own order (earlier listed wins).
    return (number is not None, number if number is not None else 0, -position)


def newest_changeset(exports: Sequence[Export]) -> Export | None:
    """The export of the highest numeric ``changesetIndex`` (ties and non-numeric indexes: the
    one listed first), or None for no exports."""
    if not exports:
        return None
    return max(enumerate(exports), key=lambda item: _changeset_rank(*item))[1]


def _check_timing(timeout: float, poll_interval: float) -> None:
    if not timeout >= 0:
        raise InvalidArgumentError(f"timeout must be >= 0 seconds, got {timeout!r}")
    if not poll_interval > 0:
        raise InvalidArgumentError(f"poll_interval must be > 0 seconds, got {poll_interval!r}")
