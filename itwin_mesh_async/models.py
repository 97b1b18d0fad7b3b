"""Typed models of the Mesh Export and Export (connections) APIs.

Frozen attrs classes with snake_case fields; :mod:`itwin_mesh_async.converter` maps them to and
from the service's camelCase JSON. Enum-typed fields are declared ``Enum | str``: a value the
library does not know yet survives as the plain string instead of failing the whole response.

The top-level resources (:class:`Export`, :class:`Connection`, :class:`Run`) keep the service's
own JSON object in ``raw`` (excluded from equality and repr), so that a caller can print exactly
what the API returned (the CLI's ``--json``); ``converter.unstructure(model)`` gives camelCase back
from the typed fields instead.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs
from yarl import URL

from .container import ContainerLink
from .redact import redact_url

__all__ = [
    "AuthenticationType",
    "AuthorizationInformation",
    "AuthorizationInformationLinks",
    "Connection",
    "ConnectionLinks",
    "ExecutionResult",
    "ExecutionState",
    "Export",
    "ExportLinks",
    "ExportRequest",
    "ExportStats",
    "ExportStatus",
    "ExportType",
    "Job",
    "Link",
    "PageLinks",
    "Run",
    "Task",
    "TaskError",
    "TilerConfigItem",
    "changeset_number",
]

_EMPTY: Mapping[str, Any] = {}


class _CaseInsensitiveEnum(enum.StrEnum):
    """A string enum whose lookup ignores case (the service spells some values both ways)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            folded = value.casefold()
            for member in cls:
                if member.value.casefold() == folded:
                    return member
        return None


class ExportStatus(_CaseInsensitiveEnum):
    """Life cycle of a mesh export."""

    NOT_STARTED = "NotStarted"
    IN_PROGRESS = "InProgress"
    COMPLETE = "Complete"
    INVALID = "Invalid"


class ExportType(_CaseInsensitiveEnum):
    """Kind of mesh an export produces (``3DTiles`` and ``3DTILES`` are the same value)."""

    THREE_D_TILES = "3DTiles"
    CESIUM = "CESIUM"
    IMODEL = "IMODEL"
    THREE_DFT = "3DFT"
    GLTF = "GLTF"


class AuthenticationType(_CaseInsensitiveEnum):
    """How an export connection authenticates its runs."""

    USER = "User"
    SERVICE = "Service"


class ExecutionState(_CaseInsensitiveEnum):
    """State of a run, job or task of the Export API."""

    NOT_STARTED = "NotStarted"
    IDLE = "Idle"
    WAITING_TO_EXECUTE = "WaitingToExecute"
    WAITING_TO_RETRY = "WaitingToRetry"
    EXECUTING = "Executing"
    FINALIZING = "Finalizing"
    COMPLETED = "Completed"
    QUEUED = "Queued"


class ExecutionResult(_CaseInsensitiveEnum):
    """Result of a run, job or task. ``Cancelled`` (the docs' spelling) maps to ``CANCELED``."""

    UNDETERMINED = "Undetermined"
    SUCCESS = "Success"
    ERROR = "Error"
    PARTIAL_SUCCESS = "PartialSuccess"
    SKIPPED = "Skipped"
    CANCELED = "Canceled"
    TIMED_OUT = "TimedOut"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str) and value.casefold() == "cancelled":
            return cls.CANCELED
        return super()._missing_(value)


@attrs.frozen
class Link:
    """An ``{"href": ...}`` object of a ``_links`` map (its repr hides a SAS signature)."""

    href: str = attrs.field(repr=lambda href: repr(redact_url(href)))


@attrs.frozen
class PageLinks:
    """``_links`` of a list answer: this page, the previous and the next one (each optional).

    ``self_link`` is the JSON key ``self``. The hrefs are kept verbatim, including the
    documented runs shape ``.../runs&$skip=50&$top=50``.
    """

    self_link: Link | None = None
    prev: Link | None = None
    next: Link | None = None


# --- Mesh Export API ---------------------------------------------------------------------------


@attrs.frozen
class TilerConfigItem:
    """One key/value item forwarded to the tiler."""

    key: str
    value: Any = None


@attrs.frozen
class ExportRequest:
    """What an export was asked for (present with ``Prefer: return=representation``)."""

    imodel_id: str | None = None
    changeset_id: str | None = None
    export_type: ExportType | str | None = None
    context_id: str | None = None
    itwin_id: str | None = None
    changeset_index: str | None = None
    """Index of the changeset, a string as documented (see :attr:`changeset_number`)."""
    tiler_config: tuple[TilerConfigItem, ...] | None = None
    exporter_version: str | None = None
    export_type_version: str | None = None
    current_exporter_version: str | None = None
    last_modified: datetime | None = None

    @property
    def changeset_number(self) -> int | None:
        """``changeset_index`` as an integer when it is one (``"42"``), else None."""
        return changeset_number(self.changeset_index)


def changeset_number(index: object) -> int | None:
    """A changeset index as an integer: ``"42"``, ``" 42 "`` and ``42`` give 42; ``""``,
    ``"abc"``, ``"1.5"``, a bool or None give None (such an index cannot be compared)."""
    if isinstance(index, bool):
        return None
    if isinstance(index, int):
        return index
    if isinstance(index, str) and index.strip().isascii() and index.strip().isdigit():
        return int(index.strip())
    return None


@attrs.frozen
class ExportStats:
    """Figures the service reports about an export's generation (all optional).

    Informational only: a figure of an unexpected shape is left out (None) rather than making
    the whole export unreadable.
    """

    _lenient: ClassVar[bool] = True

    imodel_size: float | None = None
    compressed_size: float | None = None
    raw_size: float | None = None
    start_time: datetime | None = None
    duration: float | None = None
    disk_size: float | None = None
    free_disk_space: float | None = None
    export_dir_size: float | None = None
    export_dir_structure: Any = None
    metrics: Any = None


@attrs.frozen
class ExportLinks:
    """``_links`` of an export: ``mesh`` is the blob container URL carrying a SAS query."""

    mesh: Link | None = None


@attrs.frozen
class Export:
    """A mesh export: its status and, once ``Complete``, the link to its tiles."""

    id: str
    display_name: str | None = None
    status: ExportStatus | str | None = None
    last_modified: datetime | None = None
    error: str | None = None
    request: ExportRequest | None = None
    stats: ExportStats | None = None
    links: ExportLinks | None = None
    raw: Mapping[str, Any] = attrs.field(default=_EMPTY, eq=False, repr=False)

    @property
    def mesh_href(self) -> str | None:
        """The container URL (with its SAS query), or None when the export has none yet."""
        if self.links is None or self.links.mesh is None:
            return None
        return self.links.mesh.href or None

    @property
    def container_link(self) -> ContainerLink | None:
        """The link to the export's container (root, SAS, expiry), or None without a mesh link."""
        href = self.mesh_href
        return ContainerLink.from_href(href) if href else None

    @property
    def tileset_url(self) -> URL | None:
        """``<container>/tileset.json?<SAS>`` with the SAS kept byte-exact, or None."""
        link = self.container_link
        return link.tileset_url if link is not None else None

    @property
    def sas_expires_at(self) -> datetime | None:
        """When the SAS of the mesh link expires (its ``se`` field), or None if unknown."""
        link = self.container_link
        return link.expires_at if link is not None else None

    @property
    def changeset_index(self) -> str | None:
        """``request.changesetIndex`` as the service sent it (a string), or None."""
        return self.request.changeset_index if self.request is not None else None

    @property
    def changeset_number(self) -> int | None:
        """``request.changesetIndex`` as an integer when it is one, else None."""
        return changeset_number(self.changeset_index)

    @property
    def is_complete(self) -> bool:
        """True once the export's tiles are ready."""
        return self.status == ExportStatus.COMPLETE

    @property
    def is_invalid(self) -> bool:
        """True when the export failed."""
        return self.status == ExportStatus.INVALID


# --- Export (connections) API -------------------------------------------------------------------


@attrs.frozen
class ConnectionLinks:
    """``_links`` of a connection (the documentation's "Connection Links" table)."""

    imodel: Link | None = None
    itwin: Link | None = None
    last_run: Link | None = None
    project: Link | None = None


@attrs.frozen
class Connection:
    """An export connection: which iModel the Export API exports (``id`` is not always a UUID)."""

    id: str
    display_name: str | None = None
    imodel_id: str | None = None
    itwin_id: str | None = None
    authentication_type: AuthenticationType | str | None = None
    links: ConnectionLinks | None = None
    raw: Mapping[str, Any] = attrs.field(default=_EMPTY, eq=False, repr=False)


@attrs.frozen
class TaskError:
    """Why a task failed."""

    error_code: str | None = None
    message: str | None = None
    details: str | None = None
    bridge_exit_code: int | None = None
    system: str | None = None
    phase: str | None = None
    category: str | None = None
    description_key: str | None = None
    description: str | None = None
    kb_article_link: str | None = None
    can_user_fix: bool | None = None


@attrs.frozen
class Task:
    """One task of a job."""

    id: str
    start_date_time: datetime | None = None
    end_date_time: datetime | None = None
    retry_attempts: int | None = None
    state: ExecutionState | str | None = None
    result: ExecutionResult | str | None = None
    export_output_file_id: str | None = None
    error: TaskError | None = None


@attrs.frozen
class Job:
    """One job of a run."""

    id: str
    start_date_time: datetime | None = None
    end_date_time: datetime | None = None
    state: ExecutionState | str | None = None
    result: ExecutionResult | str | None = None
    connector_type: str | None = None
    tasks: tuple[Task, ...] = ()


@attrs.frozen
class Run:
    """One run of an export connection."""

    id: str
    connection_id: str | None = None
    start_date_time: datetime | None = None
    end_date_time: datetime | None = None
    state: ExecutionState | str | None = None
    result: ExecutionResult | str | None = None
    jobs: tuple[Job, ...] = ()
    raw: Mapping[str, Any] = attrs.field(default=_EMPTY, eq=False, repr=False)


@attrs.frozen
class AuthorizationInformationLinks:
    """``_links`` of the authorization information."""

    authorization_url: Link | None = None


@attrs.frozen
class AuthorizationInformation:
    """Whether the user has authorized the Export API, and where to do it otherwise."""

    is_user_authorized: bool = False
    links: AuthorizationInformationLinks | None = None

    @property
    def authorization_url(self) -> str | None:
        """The URL to send the user to, when given."""
        if self.links is None or self.links.authorization_url is None:
            return None
        return self.links.authorization_url.href
