"""The emulator's data: iModels, exports and their blob containers, connections, runs, tokens.

Pure: no I/O. Time comes from ``State.clock`` and ids from a seeded generator, so a test can
drive the life cycles step by step (:meth:`State.advance`) and get the same ids on every run.

Life cycle of an export (and, alike, of a run): stage 0 ``NotStarted``, 1 ``InProgress``,
2 the final status (``Complete`` or ``Invalid``). A stage moves on by :meth:`State.advance`,
every ``step_seconds`` of the clock when that is set, and on each read of the resource when
``advance_on_read`` is set (the default: a start, then two polls, and it is complete).
"""

from __future__ import annotations

import base64
import hashlib
import random
import secrets
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import attrs

from .contents import content_type_for, minimal_tileset
from .records import (
    EXPORT_STAGES,
    EXPORT_TYPES,
    RUN_STAGES,
    Blob,
    ConnectionRecord,
    ExportRecord,
    IModelRecord,
    RunRecord,
    TokenInfo,
)

__all__ = [
    "EXPORT_TYPES",
    "Blob",
    "ConnectionRecord",
    "ExportRecord",
    "IModelRecord",
    "RunRecord",
    "State",
    "TokenInfo",
    "content_type_for",
    "minimal_tileset",
]

_R = TypeVar("_R", ExportRecord, RunRecord)


def _now() -> datetime:
    return datetime.now(UTC)


@attrs.define
class State:
    """Everything the emulator knows. Mutate it through the methods; read it freely in tests."""

    seed: int = 0
    account: str = "itwinemu"
    step_seconds: float | None = None
    advance_on_read: bool = True
    sas_lifetime: float = 3600.0
    token_lifetime: float = 3600.0
    clock: Callable[[], datetime] = _now
    files_for_start: Callable[[ExportRecord], Mapping[str, bytes]] = lambda _e: minimal_tileset()
    rng: random.Random = attrs.field(init=False)
    keys: dict[str, str] = attrs.field(init=False)
    expired_keys: dict[str, str] = attrs.Factory(dict)
    tokens: dict[str, TokenInfo] = attrs.Factory(dict)
    share_keys: set[str] = attrs.Factory(set)
    client_credentials: dict[str, str] = attrs.Factory(dict)
    imodels: dict[str, IModelRecord] = attrs.Factory(dict)
    exports: dict[str, ExportRecord] = attrs.Factory(dict)
    containers: dict[str, dict[str, Blob]] = attrs.Factory(dict)
    connections: dict[str, ConnectionRecord] = attrs.Factory(dict)
    runs: dict[str, RunRecord] = attrs.Factory(dict)
    tokens_issued: int = 0
    _etag_counter: int = 0

    def __attrs_post_init__(self) -> None:
        self.rng = random.Random(f"itwin-mesh-emulator:{self.seed}")
        self.keys = {"key1": self._new_key()}

    # ---- ids, keys, tokens -------------------------------------------------------------

    def new_id(self) -> str:
        """A UUID4 from the seeded generator."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _new_key(self) -> str:
        return base64.b64encode(self.rng.getrandbits(512).to_bytes(64, "big")).decode("ascii")

    def rotate_account_key(self) -> None:
        """Replace the account key: every SAS signed so far now fails as expired."""
        self.expired_keys.update({f"old{len(self.expired_keys)}": self.keys["key1"]})
        self.keys["key1"] = self._new_key()

    def add_token(
        self, token: str | None = None, *, can_write: bool = True, lifetime: float | None = None
    ) -> str:
        """Register a bearer token (a random one when not given) and return it."""
        token = token or secrets.token_urlsafe(32)
        expires = self.clock() + timedelta(seconds=lifetime) if lifetime is not None else None
        self.tokens[token] = TokenInfo(can_write=can_write, expires_at=expires)
        return token

    def issue_token(self, scope: str = "") -> str:
        """A fresh token for a client-credentials grant, valid ``token_lifetime`` seconds,
        for the (space-separated) ``scope`` asked."""
        self.tokens_issued += 1
        token = self.add_token(lifetime=self.token_lifetime)
        self.tokens[token].scopes = frozenset(scope.split()) or None  # none asked: no limit
        return token

    # ---- iModels, exports, blobs -------------------------------------------------------

    def add_imodel(
        self,
        imodel_id: str | None = None,
        *,
        display_name: str | None = None,
        itwin_id: str | None = None,
        forbidden: bool = False,
    ) -> IModelRecord:
        """Register an iModel (again: updates nothing but returns the existing one)."""
        imodel_id = imodel_id or self.new_id()
        if imodel_id in self.imodels:
            return self.imodels[imodel_id]
        record = IModelRecord(
            imodel_id,
            itwin_id or self.new_id(),
            display_name or f"iModel {imodel_id[:8]}",
            forbidden,
        )
        self.imodels[imodel_id] = record
        return record

    def _blob(
        self,
        data: bytes,
        path: str,
        content_type: str | None,
        encoding: str | None,
        moment: datetime,
    ) -> Blob:
        self._etag_counter += 1
        stamp = int(moment.timestamp() * 10_000_000) + self._etag_counter
        return Blob(
            data=bytes(data),
            content_type=content_type or content_type_for(path),
            last_modified=moment.replace(microsecond=0),
            etag=f"0x{0x8D000000000000 + stamp % 0xFFFFFFFFFFFF:X}",
            content_md5=base64.b64encode(hashlib.md5(data).digest()).decode("ascii"),  # noqa: S324
            content_encoding=encoding,
        )

    def put_files(
        self,
        container: str,
        files: Mapping[str, bytes],
        *,
        content_encodings: Mapping[str, str] | None = None,
        content_types: Mapping[str, str] | None = None,
    ) -> None:
        """Store ``files`` (path -> bytes, stored and served as given) in ``container``."""
        blobs = self.containers.setdefault(container, {})
        moment = self.clock()
        for path, data in files.items():
            name = path.lstrip("/")
            if not name:
                raise ValueError("a blob needs a non-empty name")
            blobs[name] = self._blob(
                data,
                name,
                (content_types or {}).get(path),
                (content_encodings or {}).get(path),
                moment,
            )

    def add_export(
        self,
        imodel_id: str | None = None,
        files: Mapping[str, bytes] | None = None,
        *,
        status: str = "Complete",
        content_encodings: Mapping[str, str] | None = None,
        content_types: Mapping[str, str] | None = None,
        display_name: str | None = None,
        changeset_id: str = "",
        changeset_index: int | str | None = None,
        export_type: str = "3DTiles",
        error: str | None = None,
        last_modified: datetime | None = None,
        export_id: str | None = None,
        hidden_lists: int = 0,
        hidden_seconds: float = 0.0,
        tile_version: str | None = None,
        itwinjs: str | None = None,
    ) -> ExportRecord:
        """Add an export with its container of ``files``.

        ``status`` ``NotStarted``/``InProgress`` start the life cycle there (it then ends
        ``Complete``, or ``Invalid`` when ``error`` is given); ``Invalid`` needs no files.
        ``changeset_index`` is shown as a string; by default the changeset of ``changeset_id``
        if another export of the iModel has it, else one above the iModel's highest index.
        ``tile_version`` / ``itwinjs`` make the export listed only for a matching
        ``tileVersion`` / an ``iTwinJS`` major version at least this one.
        """
        imodel = self.add_imodel(imodel_id)
        moment = last_modified or self.clock()
        export_id = export_id or self.new_id()
        if status in EXPORT_STAGES:
            stage, final = EXPORT_STAGES.index(status), ("Invalid" if error else "Complete")
        else:
            stage, final = 2, status
        if final == "Invalid" and error is None:
            error = "The export failed: the iModel could not be processed."
        record = ExportRecord(
            id=export_id,
            imodel_id=imodel.id,
            itwin_id=imodel.itwin_id,
            display_name=display_name or imodel.display_name,
            changeset_id=changeset_id,
            changeset_index=(
                self.changeset_index_for(imodel.id, changeset_id)
                if changeset_index is None
                else str(changeset_index)
            ),
            export_type=export_type,
            container=export_id,
            created=moment,
            stage=stage,
            stage_since=moment,
            final_status=final,
            error=error,
            hidden_lists=hidden_lists,
            hidden_until=None,
            tile_version=tile_version,
            itwinjs=itwinjs,
        )
        if hidden_seconds:
            record.hidden_until = self.clock() + timedelta(seconds=hidden_seconds)
        self.exports[export_id] = record
        self.containers[record.container] = {}
        self.put_files(
            record.container,
            files if files is not None else minimal_tileset(),
            content_encodings=content_encodings,
            content_types=content_types,
        )
        return record

    def changeset_index_for(self, imodel_id: str, changeset_id: str) -> str:
        """The index of ``changeset_id`` in the iModel: the one an export of that changeset
        already shows, else one above the highest so far (the newest changeset)."""
        for record in self.exports.values():
            if changeset_id and (record.imodel_id, record.changeset_id) == (
                imodel_id,
                changeset_id,
            ):
                return record.changeset_index
        return str(self.highest_changeset_index(imodel_id) + 1)

    def highest_changeset_index(self, imodel_id: str) -> int:
        """The highest numeric changeset index among the iModel's exports (0 for none)."""
        indexes = [
            int(r.changeset_index)
            for r in self.exports.values()
            if r.imodel_id == imodel_id and r.changeset_index.isdigit()
        ]
        return max(indexes, default=0)

    def last_modified(self, record: ExportRecord | RunRecord) -> datetime:
        """When the record last changed stage."""
        return record.stage_since if record.stage else record.created

    def delete_export(self, export_id: str) -> None:
        """Remove an export and its container."""
        record = self.exports.pop(export_id)
        self.containers.pop(record.container, None)

    # ---- connections and runs ----------------------------------------------------------

    def add_connection(
        self,
        imodel_id: str | None = None,
        *,
        display_name: str | None = None,
        authentication_type: str = "User",
        connection_id: str | None = None,
    ) -> ConnectionRecord:
        """Add an export connection of an iModel."""
        imodel = self.add_imodel(imodel_id)
        record = ConnectionRecord(
            id=connection_id or self.new_id(),
            display_name=display_name or "Export connection",
            imodel_id=imodel.id,
            itwin_id=imodel.itwin_id,
            authentication_type=authentication_type,
        )
        self.connections[record.id] = record
        return record

    def add_run(
        self, connection_id: str, *, state: str = "NotStarted", result: str = "Success"
    ) -> RunRecord:
        """Add a run to a connection; ``state`` ``Completed`` makes a finished one."""
        stage = RUN_STAGES.index(state) if state in RUN_STAGES else 2
        moment = self.clock()
        run = RunRecord(
            id=self.new_id(),
            connection_id=connection_id,
            created=moment,
            stage=stage,
            stage_since=moment,
            final_result=result,
            ended=moment if stage == 2 else None,
        )
        self.runs[run.id] = run
        self.connections[connection_id].runs.append(run.id)
        return run

    def active_run(self, connection_id: str) -> RunRecord | None:
        """The connection's unfinished run, if any."""
        for run_id in self.connections[connection_id].runs:
            run = self.tick(self.runs[run_id])
            if run.active:
                return run
        return None

    # ---- life cycle --------------------------------------------------------------------

    def _move(self, record: ExportRecord | RunRecord, steps: int, moment: datetime) -> None:
        if steps <= 0 or record.stage >= 2:
            return
        record.stage = min(2, record.stage + steps)
        record.stage_since = moment
        if isinstance(record, RunRecord) and record.stage == 2:
            record.ended = moment

    def tick(self, record: _R) -> _R:
        """Apply the time-driven life cycle to ``record`` and return it."""
        if self.step_seconds and record.stage < 2:
            moment = self.clock()
            elapsed = (moment - record.stage_since).total_seconds()
            self._move(record, int(elapsed // self.step_seconds), moment)
        return record

    def read(self, record: _R) -> _R:
        """``record`` as a read sees it: time applied, then one step if reads advance it."""
        self.tick(record)
        if self.advance_on_read:
            self._move(record, 1, self.clock())
        return record

    def advance(self, record_id: str | None = None, steps: int = 1) -> None:
        """Move one export or run (or, without an id, all unfinished ones) ``steps`` stages on."""
        moment = self.clock()
        records: list[ExportRecord | RunRecord] = [*self.exports.values(), *self.runs.values()]
        for record in records:
            if record_id is None or record.id == record_id:
                self._move(record, steps, moment)
