"""Shared fixtures: the emulator (per test, fast life cycle) and Azurite (once per session)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest
from azurite import Azurite, AzuriteUnavailable, start_azurite

from itwin_mesh_async.emulator import Emulator, running


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    """A running emulator on loopback: seed 1, exports complete after two reads."""
    async with running(host="127.0.0.1", seed=1) as emu:
        yield emu


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    """A plain aiohttp session (no default headers), closed after the test."""
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture(scope="session")
def azurite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Azurite]:
    """Azurite's blob service on a free port, started once per session.

    Missing Azurite skips the tests that use it, except under CI (env ``CI`` set): there it
    fails, so a broken set-up cannot pass as green.
    """
    workdir: Path = tmp_path_factory.mktemp("azurite")
    try:
        server = start_azurite(workdir)
    except AzuriteUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"Azurite is required under CI: {exc}")
        pytest.skip(f"Azurite not available: {exc}")
    try:
        yield server
    finally:
        server.stop()
