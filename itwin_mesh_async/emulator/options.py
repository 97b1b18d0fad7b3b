"""The emulator's keyword options as typed dictionaries, for the functions that pass them on.

``running(**options)``, ``serve_forever(**options)`` and ``Emulator.load_directory(**options)``
forward their options to :class:`~itwin_mesh_async.emulator.Emulator` or
:meth:`~itwin_mesh_async.emulator.Emulator.add_export`; typing ``**options`` with these makes a
misspelt option a type error (and, at run time, a ``TypeError`` naming the method).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from ssl import SSLContext
from typing import TypedDict

from .faults import FaultConfig
from .state import ExportRecord

__all__ = ["EmulatorOptions", "EmulatorSettings", "ExportOptions"]


class EmulatorSettings(TypedDict, total=False):
    """:class:`~itwin_mesh_async.emulator.Emulator`'s options other than where it listens."""

    seed: int
    token: str | None
    account: str
    account_key: str | None
    sas_lifetime: float
    token_lifetime: float
    step_seconds: float | None
    advance_on_read: bool
    content_md5: bool
    faults: FaultConfig | None
    client_id: str
    client_secret: str | None
    public_blob_url: str | None
    clock: Callable[[], datetime] | None
    files_for_start: Callable[[ExportRecord], Mapping[str, bytes]] | None
    ssl_context: SSLContext | None


class EmulatorOptions(EmulatorSettings, total=False):
    """Every option of :class:`~itwin_mesh_async.emulator.Emulator`."""

    host: str
    api_port: int
    blob_port: int


class ExportOptions(TypedDict, total=False):
    """:meth:`~itwin_mesh_async.emulator.Emulator.add_export`'s keyword options."""

    status: str
    content_encodings: Mapping[str, str] | None
    content_types: Mapping[str, str] | None
    display_name: str | None
    changeset_id: str
    changeset_index: int | str | None
    export_type: str
    error: str | None
    last_modified: datetime | None
    export_id: str | None
    tile_version: str | None
    itwinjs: str | None
