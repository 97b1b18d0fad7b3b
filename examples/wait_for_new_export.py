"""Ask for a new export of an iModel and wait until it is ready.

    python examples/wait_for_new_export.py IMODEL_ID [CHANGESET_ID]

Starting an export answers at once with the export ``NotStarted``; ``wait`` polls it until it
is ``Complete`` (or raises ``ExportFailedError`` when it ends ``Invalid``, ``WaitTimeoutError``
after ``timeout`` seconds). ``POLL_SECONDS`` sets the polling interval (default 5).
"""

from __future__ import annotations

import asyncio
import os
import sys

import itwin_mesh_async as imx


async def new_export(imodel_id: str, changeset_id: str | None) -> int:
    poll = float(os.environ.get("POLL_SECONDS", "5"))
    async with imx.ITwinClient() as client:
        started = await client.mesh_exports.start(imodel_id, changeset_id=changeset_id)
        print(f"started export {started.id}: {started.status}")
        try:
            export = await client.mesh_exports.wait(started.id, timeout=1800, poll_interval=poll)
        except imx.ExportFailedError as exc:
            print(f"export {started.id} failed: {exc}", file=sys.stderr)
            return 1
    url = export.tileset_url  # carries the SAS: a secret for an hour, not for logs
    print(f"export {export.id} is {export.status}; tiles at {url.host if url else None}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    changeset = sys.argv[2] if len(sys.argv) == 3 else None
    sys.exit(asyncio.run(new_export(sys.argv[1], changeset)))
