"""An offline emulator of the iTwin Mesh Export and Export APIs and of the Azure blob container
that serves an export's tiles (SAS-checked), for the demo, for tests and for users' own tests::

    from itwin_mesh_async import emulator

    async with emulator.running(seed=1) as emu:
        export_id = emu.add_export(files={"tileset.json": b"..."})
        # point a client at emu.base_url with token emu.token
"""

from .faults import FaultConfig, InjectedFault
from .middleware import RequestRecord
from .sas import DEVSTORE_ACCOUNT, DEVSTORE_KEY, generate_container_sas
from .server import Emulator, load_directory, running, serve_forever
from .state import State, minimal_tileset
from .threaded import ThreadedEmulator

__all__ = [
    "DEVSTORE_ACCOUNT",
    "DEVSTORE_KEY",
    "Emulator",
    "FaultConfig",
    "InjectedFault",
    "RequestRecord",
    "State",
    "ThreadedEmulator",
    "generate_container_sas",
    "load_directory",
    "minimal_tileset",
    "running",
    "serve_forever",
]
