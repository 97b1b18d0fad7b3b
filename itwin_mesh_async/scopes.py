"""Which OAuth scope each API asks for, as documented. Pure: no I/O.

The Mesh Export API needs ``itwin-platform``; the Export (connections) API ``export:read`` to
read and ``export:modify`` to create or delete. A :class:`~itwin_mesh_async.ClientCredentials`
without a configured scope requests, for each call, the scope that call's API needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from yarl import URL

if TYPE_CHECKING:
    import aiohttp

__all__ = ["EXPORT_MODIFY", "EXPORT_READ", "MESH_EXPORT", "ScopedTokenProvider", "scope_for"]

MESH_EXPORT = "itwin-platform"
EXPORT_READ = "export:read"
EXPORT_MODIFY = "export:modify"

_READS = frozenset({"GET", "HEAD", "OPTIONS"})


def scope_for(method: str, url: URL | str) -> str:
    """The scope a request needs: by the API its path belongs to (``/mesh-export``,
    ``/export``; a gateway prefix before them is allowed) and, for the Export API, whether it
    reads. Anything else: ``itwin-platform``."""
    path = url.path if isinstance(url, URL) else URL(url).path
    segments = [s for s in path.split("/") if s]
    if "mesh-export" in segments:
        return MESH_EXPORT
    if "export" in segments:
        return EXPORT_READ if method.upper() in _READS else EXPORT_MODIFY
    return MESH_EXPORT


@runtime_checkable
class ScopedTokenProvider(Protocol):
    """A token provider that can ask for the scope each call needs (as
    :class:`~itwin_mesh_async.ClientCredentials` does); the transport tells it which."""

    async def get_token_for(
        self, scope: str, session: aiohttp.ClientSession, *, force_refresh: bool = False
    ) -> str:
        """A token for ``scope`` (or for the provider's configured scope, which wins)."""
        ...
