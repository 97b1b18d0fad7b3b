"""Fixtures of the emulator tests."""

from __future__ import annotations

import pytest

from itwin_mesh_async.emulator import Emulator
from tests.emulator.support import FILES, IMODEL


@pytest.fixture
async def export(emulator: Emulator) -> str:
    return emulator.add_export(IMODEL, FILES)
