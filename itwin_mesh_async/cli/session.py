"""Open an :class:`ITwinClient` from the CLI's options and environment."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from ..client import ITwinClient
from .context import Context

__all__ = ["open_client"]


@asynccontextmanager
async def open_client(ctx: Context) -> AsyncIterator[ITwinClient]:
    """A client for the service at ``ctx.base_url()`` with ``ctx.credentials()``; closed after."""
    credentials = ctx.credentials()
    async with ITwinClient(
        token=credentials.provider(), base_url=ctx.base_url(), ssl=ctx.ssl
    ) as client:
        yield client
