""":class:`~.walker.TileWalker`'s options as a typed dictionary, for the code that passes them on.

:class:`~itwin_mesh_async.client.ITwinClient` builds its walkers from these (adding its own
TLS choice); typing ``**options`` with it keeps a misspelt option a type error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from aiohttp import ClientTimeout

    from ..retry import RetryPolicy
    from .limits import Limits
    from .tuning import Tuning

__all__ = ["WalkerOptions"]


class WalkerOptions(TypedDict, total=False):
    """:class:`~.walker.TileWalker`'s keyword options other than ``session`` and ``ssl``."""

    concurrency: int | Literal["auto"]
    limits: Limits | None
    retry: RetryPolicy | None
    write_threads: int
    fsync: bool
    timeout: ClientTimeout | None
    give_up_after: int | Literal["auto"] | None
    connections: int | None
    stream_window: int | None
    tuning: Tuning | None
    give_up_silence: float
