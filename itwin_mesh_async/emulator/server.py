"""Run the emulator: the API origin and the blob origin on two ports, one :class:`State`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
from collections.abc import AsyncIterator, Callable, Mapping
from datetime import UTC, datetime, timedelta
from ssl import SSLContext
from typing import Unpack

import yarl
from aiohttp import web

from .api import ApiServer
from .blobs import BlobServer
from .faults import FaultConfig
from .folders import (
    ROOT_TILESET,
    gzip_encodings,
    load_directory,
    root_tileset_name,
    tileset_directories,
)
from .leaks import secret_leaks
from .middleware import RequestRecord
from .options import EmulatorOptions, EmulatorSettings, ExportOptions
from .state import ConnectionRecord, ExportRecord, RunRecord, State

__all__ = [
    "ROOT_TILESET",
    "Emulator",
    "EmulatorOptions",
    "EmulatorSettings",
    "ExportOptions",
    "load_directory",
    "root_tileset_name",
    "running",
    "serve_forever",
    "tileset_directories",
]


class Emulator:
    """The iTwin Mesh Export + Export APIs and a SAS-checked blob container, on loopback.

    ``base_url`` is the API origin (pass it as a client's ``base_url``), ``blob_url`` the blob
    origin (another port, so a token sent there is a leak the tests can see), ``token`` a valid
    bearer token. The life cycle is fast by default: a started export is ``InProgress`` on the
    first read and ``Complete`` on the second (``advance_on_read``); set ``step_seconds`` to
    drive it by time instead, or call :meth:`advance`. ``account``/``account_key`` name the
    storage account whose key signs the links (random unless given; Azurite's well-known
    ``DEVSTORE_ACCOUNT``/``DEVSTORE_KEY`` make one SAS valid on both). With ``ssl_context`` (a
    server context holding a certificate) both origins speak https.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        api_port: int = 0,
        blob_port: int = 0,
        seed: int = 0,
        token: str | None = None,
        account: str = "itwinemu",
        account_key: str | None = None,
        sas_lifetime: float = 3600.0,
        token_lifetime: float = 3600.0,
        step_seconds: float | None = None,
        advance_on_read: bool = True,
        content_md5: bool = True,
        faults: FaultConfig | None = None,
        client_id: str = "emulator-client",
        client_secret: str | None = None,
        public_blob_url: str | None = None,
        clock: Callable[[], datetime] | None = None,
        files_for_start: Callable[[ExportRecord], Mapping[str, bytes]] | None = None,
        ssl_context: SSLContext | None = None,
    ) -> None:
        self.host = host
        self._ssl_context = ssl_context
        self._ports = (api_port, blob_port)
        self.state = State(
            seed=seed,
            account=account,
            sas_lifetime=sas_lifetime,
            token_lifetime=token_lifetime,
            step_seconds=step_seconds,
            advance_on_read=advance_on_read,
        )
        if account_key is not None:
            self.state.keys["key1"] = account_key
        if clock is not None:
            self.state.clock = clock
        if files_for_start is not None:
            self.state.files_for_start = files_for_start
        self.token = self.state.add_token(token or f"emu-{secrets.token_urlsafe(24)}")
        self.client_id = client_id
        self.client_secret = client_secret or secrets.token_urlsafe(24)
        self.state.client_credentials[client_id] = self.client_secret
        self.faults = faults or FaultConfig(seed=seed)
        self.requests: list[RequestRecord] = []
        self._blob = BlobServer(
            self.state, lambda: self.faults, self.requests, content_md5=content_md5
        )
        self._api = ApiServer(
            self.state,
            lambda: self.faults,
            self.requests,
            blob_port=lambda: self.blob_port,
            public_blob_url=public_blob_url,
        )
        self._runners: list[web.AppRunner] = []
        self.api_port = 0
        self.blob_port = 0

    # ---- running -----------------------------------------------------------------------

    async def start(self) -> None:
        """Start both servers (ports 0 pick free ports; see ``api_port``/``blob_port``)."""
        if self._runners:
            raise RuntimeError("the emulator is already running")
        try:
            self.blob_port = await self._serve(self._blob.app(), self._ports[1])
            self.api_port = await self._serve(self._api.app(), self._ports[0])
        except BaseException:
            await self.stop()
            raise

    async def _serve(self, app: web.Application, port: int) -> int:
        # No access log: request lines carry SAS signatures.
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.1)
        await runner.setup()
        self._runners.append(runner)
        site = web.TCPSite(runner, self.host, port, ssl_context=self._ssl_context)
        await site.start()
        address = runner.addresses[0]
        return int(address[1])

    async def stop(self) -> None:
        """Stop both servers and close their connections."""
        runners, self._runners = self._runners, []
        for runner in reversed(runners):
            await runner.cleanup()

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def _url(self, port: int) -> yarl.URL:
        host = self.host if self.host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        scheme = "https" if self._ssl_context is not None else "http"
        return yarl.URL.build(scheme=scheme, host=host, port=port)

    @property
    def base_url(self) -> yarl.URL:
        """The API origin, e.g. ``http://127.0.0.1:PORT``."""
        return self._url(self.api_port)

    @property
    def blob_url(self) -> yarl.URL:
        """The blob origin, e.g. ``http://127.0.0.1:PORT`` (containers at ``/<account>/...``)."""
        return self._url(self.blob_port)

    @property
    def token_url(self) -> yarl.URL:
        """The client-credentials token endpoint."""
        return self.base_url / "connect" / "token"

    # ---- data --------------------------------------------------------------------------

    def add_imodel(
        self,
        imodel_id: str | None = None,
        *,
        display_name: str | None = None,
        forbidden: bool = False,
        export_error: str | None = None,
        first_export_after_lists: int = 0,
        first_export_after_seconds: float = 0.0,
        files: Mapping[str, bytes] | None = None,
    ) -> str:
        """Add an iModel; returns its id.

        With ``first_export_after_lists``/``..._seconds``, the iModel's first export is "still
        being generated": lists answer empty for that many calls / seconds, then show it
        ``Complete`` (with ``files``, or a minimal tileset). ``forbidden`` gives 403 on it;
        ``export_error`` makes exports started for it end ``Invalid`` with that text.
        """
        record = self.state.add_imodel(imodel_id, display_name=display_name, forbidden=forbidden)
        record.export_error = export_error
        if first_export_after_lists or first_export_after_seconds:
            self.state.add_export(
                record.id,
                files,
                hidden_lists=first_export_after_lists,
                hidden_seconds=first_export_after_seconds,
            )
        return record.id

    def add_export(
        self,
        imodel_id: str | None = None,
        files: Mapping[str, bytes] | None = None,
        status: str = "Complete",
        content_encodings: Mapping[str, str] | None = None,
        *,
        content_types: Mapping[str, str] | None = None,
        display_name: str | None = None,
        changeset_id: str = "",
        changeset_index: int | str | None = None,
        export_type: str = "3DTiles",
        error: str | None = None,
        last_modified: datetime | None = None,
        export_id: str | None = None,
        tile_version: str | None = None,
        itwinjs: str | None = None,
    ) -> str:
        """Add an export with a container holding ``files`` (path -> bytes); returns its id.

        ``files`` defaults to a minimal tileset (build richer ones with
        :func:`itwin_mesh_async.tilegen.build_tileset`). ``status`` ``NotStarted`` or
        ``InProgress`` starts the life cycle there; ``error`` makes it end ``Invalid`` with that
        text. ``content_encodings`` maps paths whose bytes are already compressed to the
        Content-Encoding to serve them with (``gzip``); ``content_types`` overrides the
        Content-Type of paths. ``display_name`` defaults to the iModel's; ``changeset_id``,
        ``changeset_index`` and ``export_type`` are what the export was made from (``latest()``
        orders by ``changeset_index``, shown as a string; by default the index of
        ``changeset_id`` if another export has it, else one above the iModel's highest);
        ``last_modified`` defaults to now; ``export_id`` to a fresh id. ``tile_version`` /
        ``itwinjs`` make it listed only for a matching ``tileVersion`` / an ``iTwinJS`` major
        version at least this one.
        """
        record = self.state.add_export(
            imodel_id,
            files,
            status=status,
            content_encodings=content_encodings,
            content_types=content_types,
            display_name=display_name,
            changeset_id=changeset_id,
            changeset_index=changeset_index,
            export_type=export_type,
            error=error,
            last_modified=last_modified,
            export_id=export_id,
            tile_version=tile_version,
            itwinjs=itwinjs,
        )
        return record.id

    def add_connection(
        self,
        imodel_id: str | None = None,
        *,
        display_name: str | None = None,
        authentication_type: str = "User",
        connection_id: str | None = None,
    ) -> str:
        """Add an export connection of an iModel; returns its id."""
        record: ConnectionRecord = self.state.add_connection(
            imodel_id,
            display_name=display_name,
            authentication_type=authentication_type,
            connection_id=connection_id,
        )
        return record.id

    def add_run(
        self, connection_id: str, *, state: str = "Completed", result: str = "Success"
    ) -> str:
        """Add a run to a connection; returns its id."""
        run: RunRecord = self.state.add_run(connection_id, state=state, result=result)
        return run.id

    def add_token(
        self, token: str | None = None, *, can_write: bool = True, lifetime: float | None = None
    ) -> str:
        """Another accepted bearer token (read-only with ``can_write=False``)."""
        return self.state.add_token(token, can_write=can_write, lifetime=lifetime)

    def add_share_key(self, key: str | None = None) -> str:
        """An accepted share key (``Authorization: Basic <key>``): reads pass, writes get 403."""
        key = key or f"share-{secrets.token_urlsafe(24)}"
        self.state.share_keys.add(key)
        return key

    def load_directory(
        self,
        path: str | os.PathLike[str],
        imodel_id: str | None = None,
        **options: Unpack[ExportOptions],
    ) -> str:
        """Add an export whose container holds the files under ``path``; returns its id.

        ``options`` are :meth:`add_export`'s keyword arguments."""
        files = load_directory(path)
        given = options.get("content_encodings") or {}
        options["content_encodings"] = {**gzip_encodings(files), **given}
        return self.add_export(imodel_id, files, **options)

    def advance(self, record_id: str | None = None, steps: int = 1) -> None:
        """Move an export or run (all unfinished ones without an id) along its life cycle."""
        self.state.advance(record_id, steps)

    def expire_sas_now(self) -> None:
        """Every link handed out so far fails from now on (403 ``AuthenticationFailed``) until
        the export is fetched again, which signs a fresh one."""
        self.state.rotate_account_key()

    def container_url(self, export_id: str) -> yarl.URL:
        """The container's URL without any SAS."""
        record = self.state.exports[export_id]
        return self.blob_url / self.state.account / record.container

    def sas_href(self, export_id: str, path: str = "", *, lifetime: float | None = None) -> str:
        """A container URL with a fresh SAS, as ``_links.mesh.href`` gives it; with ``path``,
        the URL of that file in the container (``root.json?sv=...``). ``lifetime`` in seconds
        (default: Azure's one hour from now)."""
        from .sas import generate_container_sas  # noqa: PLC0415 - keeps the import light

        record = self.state.exports[export_id]
        expiry = None if lifetime is None else datetime.now(UTC) + timedelta(seconds=lifetime)
        sas = generate_container_sas(
            self.state.account, self.state.keys["key1"], record.container, expiry=expiry
        )
        url = self.container_url(export_id)
        for part in filter(None, path.split("/")):
            url = url / part
        return f"{url}?{sas}"

    # ---- leak checks -------------------------------------------------------------------

    def secret_leaks(self) -> list[str]:
        """Redacted descriptions of requests that carried a secret where it must not go:
        an Authorization header (or the token) to the blob origin, a ``sig=`` to the API."""
        return secret_leaks(self.requests, list(self.state.tokens))


@contextlib.asynccontextmanager
async def running(**options: Unpack[EmulatorOptions]) -> AsyncIterator[Emulator]:
    """``async with running(seed=1) as emu:``: a started :class:`Emulator`, stopped after."""
    emulator = Emulator(**options)
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.stop()


async def serve_forever(
    host: str = "127.0.0.1",
    port: int = 8080,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    blob_port: int | None = None,
    files: Mapping[str, bytes] | None = None,
    imodel_id: str | None = None,
    on_ready: Callable[[Emulator, list[str]], None] | None = None,
    **options: Unpack[EmulatorSettings],
) -> None:
    """Run the emulator until cancelled (the CLI's ``serve``).

    ``data_dir``: each sub-directory holding a ``tileset.json`` becomes one export (the
    directory itself, if it holds one). ``files`` adds one more export. ``blob_port`` defaults
    to ``port + 1``. ``on_ready(emulator, export_ids)`` is called once both servers listen.
    """
    emulator = Emulator(
        host=host,
        api_port=port,
        blob_port=port + 1 if blob_port is None and port else blob_port or 0,
        **options,
    )
    export_ids: list[str] = []
    if data_dir is not None:
        for directory in tileset_directories(data_dir):
            export_ids.append(
                emulator.load_directory(directory, imodel_id, display_name=directory.name)
            )
    if files is not None:
        export_ids.append(
            emulator.add_export(imodel_id, files, content_encodings=gzip_encodings(files))
        )
    await emulator.start()
    try:
        if on_ready is not None:
            on_ready(emulator, export_ids)
        await asyncio.Event().wait()
    finally:
        await emulator.stop()
