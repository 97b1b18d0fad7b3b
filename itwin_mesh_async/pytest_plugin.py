"""pytest plugin: the ``itwin_emulator`` fixture, a running emulator of the iTwin service.

Installed with the package (entry point ``pytest11``), so the fixture is there in any test::

    import itwin_mesh_async as imx
    from itwin_mesh_async.tilegen import build_tileset

    async def test_download(itwin_emulator, tmp_path):
        export_id = itwin_emulator.add_export("imodel-1", build_tileset("flat", n=5).files)
        async with imx.ITwinClient(itwin_emulator.token, base_url=itwin_emulator.base_url) as c:
            export = await c.mesh_exports.get(export_id)
            report = await c.download(export, tmp_path)
        assert report.ok

The emulator serves from a thread and event loop of its own, so the fixture is a plain one: it
works with pytest-asyncio in auto and in strict mode (there, mark the test
``@pytest.mark.asyncio`` as usual), with anyio, and in tests without any event loop (a CLI run
in a subprocess with ``itwin_emulator.env``). Override ``itwin_emulator_options`` to pass
:class:`~itwin_mesh_async.emulator.Emulator` options (``seed``, ``sas_lifetime``, ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the emulator (and aiohttp) load only when a test asks for the fixture
    from .emulator.options import EmulatorOptions
    from .emulator.threaded import ThreadedEmulator

__all__ = ["itwin_emulator", "itwin_emulator_options"]


@pytest.fixture
def itwin_emulator_options() -> EmulatorOptions:
    """Options of the ``itwin_emulator`` fixture's emulator; override it to change them."""
    return {"seed": 0}


@pytest.fixture
def itwin_emulator(itwin_emulator_options: EmulatorOptions) -> Iterator[ThreadedEmulator]:
    """A running emulator (API and SAS-checked blob container on loopback), stopped after the
    test: ``base_url``, ``token``, ``env``, ``add_export``, ``fault``, ``expire_links``,
    ``sas_href``, ``requests``, ``secret_leaks``; see
    :class:`~itwin_mesh_async.emulator.ThreadedEmulator`."""
    from .emulator.threaded import ThreadedEmulator  # noqa: PLC0415 - see the imports above

    with ThreadedEmulator(**itwin_emulator_options) as emulator:
        yield emulator
