"""Say so when the container host falls silent, long before the circuit breaker gives up.

A host that accepts connections and never answers fails each attempt only after the stall
timeout, and the run only after several rounds of them: minutes of nothing on the terminal.
One task per run watches the fetcher's counters (no cost per file) and logs a warning once
nothing has been heard for ``warn_after`` seconds while requests wait, and an info line when
the host answers again.
"""

from __future__ import annotations

import asyncio
import logging

from .pipeline import Walk

__all__ = ["watch_silence"]

log = logging.getLogger("itwin_mesh_async.tiles")


async def watch_silence(walk: Walk, warn_after: float) -> None:
    """Run until cancelled, warning about silences of ``warn_after`` seconds or more."""
    fetcher = walk.fetcher
    host = walk.root.host_port_subcomponent or "?"  # never the query, where the SAS lives
    loop = asyncio.get_running_loop()
    heard = fetcher.heard
    quiet_since = loop.time()
    warned = False
    while True:
        await asyncio.sleep(warn_after / 4)
        now = loop.time()
        waiting = fetcher.waiting()
        if fetcher.heard != heard or waiting == 0:
            if warned:
                log.info("the container host %s answers again", host)
            heard, quiet_since, warned = fetcher.heard, now, False
        elif not warned and now - quiet_since >= warn_after:
            log.warning(
                "no answer from the container host %s for %.0f s (%d requests waiting);"
                " still trying",
                host,
                now - quiet_since,
                waiting,
            )
            warned = True
