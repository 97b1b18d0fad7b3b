"""itwin-mesh-async: asyncio client for the iTwin Platform Mesh Export and Export APIs.

The names below are the public API (see the README); submodules hold the details.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    DownloadError,
    ErrorDetail,
    ExportFailedError,
    InvalidArgumentError,
    ITwinError,
    LinkExpiredError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TileError,
    TileFetchError,
    TileFormatError,
    TransportError,
    UnexpectedResponseError,
    UnprocessableError,
    UnsafeReferenceError,
    WaitTimeoutError,
)

# The rest is imported on first use (PEP 562): a program that only downloads tiles does not pay
# for the API client, its auth and its cattrs models at start-up (~40 ms).
_LAZY = {
    **dict.fromkeys(["CallableToken", "ClientCredentials", "StaticToken", "TokenProvider"], "auth"),
    "ITwinClient": "client",
    **dict.fromkeys(
        [
            "AuthenticationType",
            "AuthorizationInformation",
            "Connection",
            "ExecutionResult",
            "ExecutionState",
            "Export",
            "ExportRequest",
            "ExportStats",
            "ExportStatus",
            "ExportType",
            "Job",
            "Run",
            "Task",
            "TaskError",
        ],
        "models",
    ),
    **dict.fromkeys(["AsyncPaginator", "Page"], "paging"),
    "RetryPolicy": "retry",
    **dict.fromkeys(
        ["DownloadReport", "FailedFile", "Progress", "Tile", "TileStream", "TileWalker"], "tiles"
    ),
    "Limits": "tiles.limits",
}

if TYPE_CHECKING:
    from .auth import CallableToken, ClientCredentials, StaticToken, TokenProvider
    from .client import ITwinClient
    from .models import (
        AuthenticationType,
        AuthorizationInformation,
        Connection,
        ExecutionResult,
        ExecutionState,
        Export,
        ExportRequest,
        ExportStats,
        ExportStatus,
        ExportType,
        Job,
        Run,
        Task,
        TaskError,
    )
    from .paging import AsyncPaginator, Page
    from .retry import RetryPolicy
    from .tiles import DownloadReport, FailedFile, Progress, Tile, TileStream, TileWalker
    from .tiles.limits import Limits


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIError",
    "AsyncPaginator",
    "AuthenticationError",
    "AuthenticationType",
    "AuthorizationInformation",
    "CallableToken",
    "ClientCredentials",
    "ConflictError",
    "Connection",
    "DownloadError",
    "DownloadReport",
    "ErrorDetail",
    "ExecutionResult",
    "ExecutionState",
    "Export",
    "ExportFailedError",
    "ExportRequest",
    "ExportStats",
    "ExportStatus",
    "ExportType",
    "FailedFile",
    "ITwinClient",
    "ITwinError",
    "InvalidArgumentError",
    "Job",
    "Limits",
    "LinkExpiredError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "Progress",
    "RateLimitError",
    "RetryPolicy",
    "Run",
    "ServerError",
    "StaticToken",
    "Task",
    "TaskError",
    "Tile",
    "TileError",
    "TileFetchError",
    "TileFormatError",
    "TileStream",
    "TileWalker",
    "TokenProvider",
    "TransportError",
    "UnexpectedResponseError",
    "UnprocessableError",
    "UnsafeReferenceError",
    "WaitTimeoutError",
    "__version__",
]
