"""How the servers (``serve``, ``view``) stop: SIGINT or SIGTERM sets an event, and the
command then exits 130 after SIGINT, 0 after SIGTERM (a service manager's normal stop)."""

from __future__ import annotations

import asyncio
import contextlib
import signal

from .failures import EXIT_INTERRUPTED, EXIT_OK

__all__ = ["StopSignals"]


class StopSignals:
    """``async with StopSignals() as stop: await stop.wait()``, then ``stop.exit_code()``.

    Where handlers cannot be set (Windows), Ctrl-C ends with KeyboardInterrupt (130) instead.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()
        self.received: list[int] = []

    async def __aenter__(self) -> StopSignals:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, self._on_signal, sig)
        return self

    async def __aexit__(self, *exc: object) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)

    def _on_signal(self, sig: int) -> None:
        self.received.append(sig)
        self._event.set()

    async def wait(self) -> None:
        """Until SIGINT or SIGTERM."""
        await self._event.wait()

    def exit_code(self) -> int:
        """130 when SIGINT came first, else 0."""
        return EXIT_INTERRUPTED if self.received[:1] == [signal.SIGINT] else EXIT_OK
