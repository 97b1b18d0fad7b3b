"""The service's whole answer bodies as typed models: the object wrappers (``{"export": ...}``),
the list envelopes with their ``_links`` and the error body.

The client reads the inner objects directly (:func:`~.converter.structure_member`); these exist
so that a whole documented body can be checked in strict mode (every key mapped) and so that a
caller holding a raw body gets typed access to ``_links.self`` / ``prev`` / ``next``.
"""

from __future__ import annotations

import attrs

from .errors import ErrorDetail
from .models import AuthorizationInformation, Connection, Export, PageLinks, Run

__all__ = [
    "AuthorizationInformationResponse",
    "ConnectionList",
    "ConnectionResponse",
    "ErrorObject",
    "ErrorResponse",
    "ExportList",
    "ExportResponse",
    "RunList",
    "RunResponse",
]


@attrs.frozen
class ErrorObject:
    """``error`` of an error body: code, message, optional target and details."""

    code: str
    message: str | None = None
    target: str | None = None
    details: tuple[ErrorDetail, ...] = ()


@attrs.frozen
class ErrorResponse:
    """``{"error": {...}}``, the documented error body."""

    error: ErrorObject


@attrs.frozen
class ExportResponse:
    """Get Export / Start Export: ``{"export": {...}}``."""

    export: Export


@attrs.frozen
class ExportList:
    """Get Exports: ``{"exports": [...], "_links": {...}}``."""

    exports: tuple[Export, ...]
    links: PageLinks | None = None


@attrs.frozen
class ConnectionResponse:
    """Get / Create Export Connection: ``{"connection": {...}}``."""

    connection: Connection


@attrs.frozen
class ConnectionList:
    """Get Export Connections: ``{"connections": [...], "_links": {...}}``."""

    connections: tuple[Connection, ...]
    links: PageLinks | None = None


@attrs.frozen
class RunResponse:
    """Get Run: ``{"run": {...}}``."""

    run: Run


@attrs.frozen
class RunList:
    """Get Runs: ``{"runs": [...], "_links": {...}}`` (``next`` in the documented
    ``.../runs&$skip=50&$top=50`` shape)."""

    runs: tuple[Run, ...]
    links: PageLinks | None = None


@attrs.frozen
class AuthorizationInformationResponse:
    """Get Authorization Information: ``{"authorizationInformation": {...}}``."""

    authorization_information: AuthorizationInformation
