"""Keep a folder a mirror of an iModel's latest export.

    python examples/latest_to_mirror.py IMODEL_ID DEST

The token and the service come from ``ITWIN_ACCESS_TOKEN`` and ``ITWIN_API_URL`` (see the
documentation's "Getting a token"). Run it again later: files already complete are not fetched
again, and a newer export replaces the older one's files.
"""

from __future__ import annotations

import asyncio
import sys

import itwin_mesh_async as imx


async def mirror_latest(imodel_id: str, dest: str) -> int:
    async with imx.ITwinClient() as client:
        export = await client.mesh_exports.latest(imodel_id)
        changeset = export.request.changeset_id if export.request else None
        print(f"export {export.id} ({export.display_name}), changeset {changeset!r}")
        report = await client.download(export, dest)
    print(f"{report.tiles} files fetched, {report.skipped} already there, into {report.dest}")
    for failure in report.failed:
        print(f"failed: {failure.path}: {failure.reason}", file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(asyncio.run(mirror_latest(sys.argv[1], sys.argv[2])))
