"""The emulator on a thread of its own, for tests whatever their event loop (or none).

A test's event loop belongs to its test runner (pytest-asyncio in auto or strict mode, anyio,
or no loop at all for a test that runs the CLI in a subprocess). Served from its own thread and
loop, the emulator works with all of them, and starting it never depends on a loop's scope::

    with ThreadedEmulator(seed=1) as emu:
        export_id = emu.add_export("imodel-1", build_tileset("flat", n=10).files)
        # point a client, or the CLI (``emu.env``), at emu.base_url with emu.token

Methods that change the emulator's state run on its loop (:meth:`call`), so they never race a
request being served.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, Literal, ParamSpec, TypeVar, Unpack

from .faults import FaultConfig, FaultKind
from .middleware import RequestRecord
from .options import EmulatorOptions, ExportOptions
from .server import Emulator

__all__ = ["ThreadedEmulator"]

P = ParamSpec("P")
T = TypeVar("T")


class ThreadedEmulator:
    """A running :class:`Emulator` served from a thread of its own (a context manager)."""

    def __init__(self, **options: Unpack[EmulatorOptions]) -> None:
        self._options = options
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._emulator: Emulator | None = None

    # ---- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the emulator's thread and both servers; returns once they listen."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="itwin-emulator", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread
        try:
            self._emulator = self._run(self._started())
        except BaseException:
            self._shutdown()
            raise

    async def _started(self) -> Emulator:
        emulator = Emulator(**self._options)
        await emulator.start()
        return emulator

    def stop(self) -> None:
        """Stop both servers and the thread (idempotent)."""
        if self._emulator is not None:
            emulator, self._emulator = self._emulator, None
            self._run(emulator.stop())
        self._shutdown()

    def _shutdown(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()

    def __enter__(self) -> ThreadedEmulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            coroutine.close()
            raise RuntimeError("the emulator is not running")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    # ---- access -------------------------------------------------------------------------

    @property
    def emulator(self) -> Emulator:
        """The emulator itself (change its state through :meth:`call`)."""
        if self._emulator is None:
            raise RuntimeError("the emulator is not running")
        return self._emulator

    def call(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``function(*args, **kwargs)`` on the emulator's loop and return its result."""

        async def run() -> T:
            return function(*args, **kwargs)

        return self._run(run())

    @property
    def base_url(self) -> str:
        """The API origin: a client's ``base_url`` (``ITWIN_API_URL``)."""
        return str(self.emulator.base_url)

    @property
    def token(self) -> str:
        """A valid bearer token (``ITWIN_ACCESS_TOKEN``)."""
        return self.emulator.token

    @property
    def env(self) -> dict[str, str]:
        """``ITWIN_API_URL`` and ``ITWIN_ACCESS_TOKEN`` for a CLI run against the emulator."""
        return {"ITWIN_API_URL": self.base_url, "ITWIN_ACCESS_TOKEN": self.token}

    @property
    def faults(self) -> FaultConfig:
        """The fault configuration; its fields (probabilities, ``expire_sas_after``) may be set
        directly, :meth:`fault` queues one fault."""
        return self.emulator.faults

    @property
    def requests(self) -> list[RequestRecord]:
        """A copy of every request both servers have seen so far (SAS and headers verbatim)."""
        return self.call(list, self.emulator.requests)

    # ---- data and faults ----------------------------------------------------------------

    def add_export(
        self,
        imodel_id: str | None = None,
        files: Mapping[str, bytes] | None = None,
        **options: Unpack[ExportOptions],
    ) -> str:
        """:meth:`Emulator.add_export`, on the emulator's loop; returns the export's id."""

        def add() -> str:
            return self.emulator.add_export(imodel_id, files, **options)

        return self.call(add)

    def fault(
        self, kind: FaultKind, *, scope: Literal["api", "blob", "both"] = "both", count: int = 1
    ) -> None:
        """Inject ``kind`` (``reset``, ``truncate``, ``server_error``, ``rate_limit``,
        ``slow``) into the next ``count`` requests of ``scope``."""
        self.call(self.emulator.faults.force, kind, scope=scope, count=count)

    def expire_links(self) -> None:
        """Every link handed out so far fails from now on, until the export is read again."""
        self.call(self.emulator.expire_sas_now)

    def sas_href(self, export_id: str, path: str = "") -> str:
        """The export's container URL with a fresh SAS, as ``_links.mesh.href`` gives it (with
        ``path``, that file's URL): what ``download``/``stream_tiles`` take as a plain URL."""
        return self.call(self.emulator.sas_href, export_id, path)

    def secret_leaks(self) -> list[str]:
        """Requests that carried a secret where it does not belong (redacted); ``[]`` is good."""
        return self.call(self.emulator.secret_leaks)
