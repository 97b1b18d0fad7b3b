"""The emulator's records: blobs, iModels, exports, runs, connections, tokens (plain data)."""

from __future__ import annotations

from datetime import datetime

import attrs

from .listing import BlobEntry

__all__ = [
    "EXPORT_STAGES",
    "EXPORT_TYPES",
    "RUN_STAGES",
    "Blob",
    "ConnectionRecord",
    "ExportRecord",
    "IModelRecord",
    "RunRecord",
    "TokenInfo",
]

EXPORT_STAGES = ("NotStarted", "InProgress")
RUN_STAGES = ("NotStarted", "Executing")
# Accepted by Start Export (compared case-insensitively).
EXPORT_TYPES = ("3DTiles", "3DFT", "CESIUM", "IMODEL", "GLTF")


@attrs.define
class Blob:
    """One stored blob: the bytes exactly as served, and their properties."""

    data: bytes
    content_type: str
    last_modified: datetime
    etag: str  # unquoted, Azure style "0x8D..."
    content_md5: str
    content_encoding: str | None = None

    def entry(self, name: str) -> BlobEntry:
        """What List Blobs shows of this blob."""
        return BlobEntry(
            name,
            len(self.data),
            self.content_type,
            self.etag,
            self.last_modified,
            self.content_md5,
            self.content_encoding,
        )


@attrs.define
class IModelRecord:
    """An iModel; ``forbidden`` makes every call about it answer 403; exports started for it
    end ``Invalid`` with ``export_error`` when that is set."""

    id: str
    itwin_id: str
    display_name: str
    forbidden: bool = False
    export_error: str | None = None


@attrs.define
class ExportRecord:
    """One mesh export and where its files are."""

    id: str
    imodel_id: str
    itwin_id: str
    display_name: str
    changeset_id: str
    changeset_index: str  # a string, as the service documents it
    export_type: str
    container: str
    created: datetime
    stage: int
    stage_since: datetime
    final_status: str = "Complete"
    error: str | None = None
    # Hidden from lists while the service "generates the first export" of an iModel.
    hidden_lists: int = 0
    hidden_until: datetime | None = None
    # Compatibility filters of Get Exports (None: listed whatever the query asks).
    tile_version: str | None = None
    itwinjs: str | None = None

    def status(self) -> str:
        """The status as the API shows it now."""
        return EXPORT_STAGES[self.stage] if self.stage < 2 else self.final_status


@attrs.define
class RunRecord:
    """One run of an export connection."""

    id: str
    connection_id: str
    created: datetime
    stage: int
    stage_since: datetime
    final_result: str = "Success"
    ended: datetime | None = None

    @property
    def active(self) -> bool:
        """Whether the run is not finished (a new run is then refused with 303)."""
        return self.stage < 2


@attrs.define
class ConnectionRecord:
    """An export connection of an iModel and its runs (oldest first)."""

    id: str
    display_name: str
    imodel_id: str
    itwin_id: str
    authentication_type: str
    runs: list[str] = attrs.Factory(list)


@attrs.define
class TokenInfo:
    """A bearer token the API accepts: what it may do and until when."""

    can_write: bool = True
    expires_at: datetime | None = None
    scopes: frozenset[str] | None = None  # a token of the token endpoint: what it was asked
