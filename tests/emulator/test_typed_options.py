"""The emulator's options are typed keywords: a misspelt one is a clear TypeError naming the
method, and nothing is added or started."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest

from itwin_mesh_async.emulator import Emulator, running
from itwin_mesh_async.emulator.options import EmulatorOptions, ExportOptions
from itwin_mesh_async.emulator.server import serve_forever


def test_add_export_names_itself_on_a_misspelt_option() -> None:
    emu = Emulator()
    options: dict[str, Any] = {"display_nam": "Bridge"}
    with pytest.raises(
        TypeError, match=r"Emulator\.add_export\(\) got an unexpected .*display_nam"
    ):
        emu.add_export("m1", **options)
    assert emu.state.exports == {}


def test_add_connection_names_itself_on_a_misspelt_option() -> None:
    emu = Emulator()
    options: dict[str, Any] = {"conection_id": "c1"}
    with pytest.raises(TypeError, match=r"Emulator\.add_connection\(\) got an unexpected"):
        emu.add_connection("m1", **options)
    assert emu.state.connections == {}


def test_add_export_takes_every_documented_option() -> None:
    emu = Emulator()
    export_id = emu.add_export(
        "m1",
        {"tileset.json": b"{}"},
        "InProgress",
        content_types={"tileset.json": "application/json"},
        display_name="Bridge",
        changeset_id="cs7",
        changeset_index=7,
        export_type="CESIUM",
        error="boom",
        export_id="e-fixed",
    )
    record = emu.state.exports[export_id]
    assert export_id == "e-fixed" and record.display_name == "Bridge"
    assert (record.changeset_id, record.changeset_index, record.export_type) == (
        "cs7",
        "7",
        "CESIUM",
    )
    assert record.error == "boom" and record.final_status == "Invalid"


def test_load_directory_passes_its_options_on(tmp_path: Path) -> None:
    (tmp_path / "tileset.json").write_bytes(b"{}")
    emu = Emulator()
    export_id = emu.load_directory(tmp_path, "m1", display_name="Folder", changeset_index=3)
    record = emu.state.exports[export_id]
    assert (record.display_name, record.changeset_index) == ("Folder", "3")
    options: dict[str, Any] = {"changeset": "x"}
    with pytest.raises(TypeError, match=r"Emulator\.add_export\(\) got an unexpected"):
        emu.load_directory(tmp_path, "m1", **options)
    assert list(emu.state.exports) == [export_id]


async def test_running_refuses_a_misspelt_option_before_listening() -> None:
    options: dict[str, Any] = {"sead": 1}
    with pytest.raises(TypeError, match=r"Emulator\.__init__\(\) got an unexpected .*sead"):
        async with running(**options):
            pass
    with pytest.raises(TypeError, match=r"Emulator\.__init__\(\) got an unexpected .*sead"):
        await serve_forever(port=0, **options)


def test_the_typed_options_match_the_signatures() -> None:
    init = typing.get_type_hints(Emulator.__init__)
    assert set(EmulatorOptions.__annotations__) == set(init) - {"return"}
    add = typing.get_type_hints(Emulator.add_export)
    assert set(ExportOptions.__annotations__) == set(add) - {"return", "imodel_id", "files"}
