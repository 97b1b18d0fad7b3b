"""Get Exports' query, as the emulator reads it: validation with the documented 422, the
``tileVersion`` / ``iTwinJS`` compatibility filters and the documented order.

Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from .responses import ApiError, detail, paging
from .state import ExportRecord

__all__ = ["ID", "check_list_query", "compatible", "newest_changeset_first"]

ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
"""What an iModel or changeset id may hold (a UUID, 40 hex digits, or the ids of users' tests)."""


def check_list_query(query: Mapping[str, str]) -> tuple[int, int]:
    """``$top`` and ``$skip``, or the documented 422 ``InvalidMeshExportRequest`` "Cannot
    retrieve export." with one ``InvalidParameter`` detail per refused parameter."""
    top, skip, problems = paging(
        query, top_message="$top must be lower or equal to 1000.", detail_code="InvalidParameter"
    )
    for name in ("iModelId", "changesetId"):
        value = query.get(name)
        if value is not None and not ID.match(value):
            problems.append(detail("InvalidParameter", f"{name} is invalid.", name))
    order = query.get("$orderBy")
    if order is not None and order.replace(" ", "").lower() not in ("date:asc", "date:desc"):
        message = "Only date:asc and date:desc are supported."
        problems.append(detail("InvalidParameter", message, "$orderBy"))
    if problems:
        raise ApiError(422, "InvalidMeshExportRequest", "Cannot retrieve export.", details=problems)
    return top, skip


def newest_changeset_first(record: ExportRecord) -> tuple[bool, int, datetime]:
    """Sort key of the documented order (use ``reverse=True``): numeric ``changesetIndex``
    first and highest first, then the newest export."""
    index = record.changeset_index
    return (index.isdigit(), int(index) if index.isdigit() else 0, record.created)


def _major(version: str) -> int | None:
    head = version.strip().split(".", 1)[0]
    return int(head) if head.isascii() and head.isdigit() else None


def compatible(record: ExportRecord, tile_version: str | None, itwinjs: str | None) -> bool:
    """Whether the ``tileVersion`` / ``iTwinJS`` filters of Get Exports let ``record`` through."""
    if tile_version and record.tile_version and record.tile_version != tile_version:
        return False
    if itwinjs and record.itwinjs:
        asked, needed = _major(itwinjs), _major(record.itwinjs)
        if asked is None or (needed is not None and asked < needed):
            return False
    return True
