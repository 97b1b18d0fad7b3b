"""The list mode: walk the tileset, then fetch the blobs of the container it did not reach.

The walk runs in ``mode="list"`` (see :class:`~.pipeline.Walk`): it keeps the names it reached
to compare with the container's listing (List Blobs), and a root that fails does not end it.
"""

from __future__ import annotations

from urllib.parse import quote

from ..errors import DownloadError, LinkExpiredError, TileError
from .listing import list_entries, listing_scopes
from .parse.discover import Ref, RefKind
from .pipeline import Walk
from .syncplan import Listed, md5_from_header

__all__ = ["list_container", "run_listed"]


async def run_listed(walk: Walk) -> None:
    """List the container, walk from the root, then fetch what the walk did not reach."""
    assert walk.mode == "list"
    listing = walk.sync.listing if walk.sync is not None else None
    listed = set(listing if listing is not None else await list_container(walk))
    root = walk.link.tileset
    walk.push([Ref(uri=str(root), base=root, kind=RefKind.TILESET_OR_CONTENT)], 0)
    await walk.run()
    reached = walk.seen.names
    assert reached is not None
    walk.tally.unlisted = sorted(reached - listed)
    unreached = sorted(listed - reached)
    walk.tally.unreached = unreached
    walk.push(
        [
            Ref(uri=quote(name, safe="/"), base=walk.root, kind=RefKind.RESOURCE)
            for name in unreached
        ],
        0,
    )
    await walk.run()


async def list_container(walk: Walk) -> dict[str, Listed]:
    """Every blob under the container root with its size and MD5, by List Blobs (trying each
    plausible container); :class:`DownloadError` when the host refuses to list, and
    :class:`LinkExpiredError` when it refuses the link itself."""
    failures: list[TileError] = []
    for scope in listing_scopes(walk.root):
        blobs: dict[str, Listed] = {}
        try:
            async for blob in list_entries(walk.fetcher.get_listing, scope):
                blobs[blob.name] = Listed(blob.size, md5_from_header(blob.content_md5))
        except TileError as exc:  # an error answer, or a page that is not a listing
            failures.append(exc)
            continue
        return blobs
    # A wrong guess of the container is refused as a bad signature, like an expired link. A 403
    # for another reason (a SAS without the list permission) proves the link good: the host
    # only refuses to list. Without such an answer, a refused link is the link's fault.
    expired = [f for f in failures if isinstance(f, LinkExpiredError)]
    others = [f for f in failures if not isinstance(f, LinkExpiredError)]
    if expired and not any(getattr(f, "status", None) == 403 for f in others):
        raise expired[0]
    reason = others[0].reason if others else "no container in the URL"
    raise DownloadError(f"cannot list the container: {reason}")
