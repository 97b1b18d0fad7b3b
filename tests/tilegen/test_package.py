"""The generators are a package of their own: pure (no server, no aiohttp), and the old module
``itwin_mesh_async.emulator.tilesets`` is a deprecated alias of it."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import itwin_mesh_async.tilegen as tg


def test_importing_the_generators_starts_no_server_code() -> None:
    code = (
        "import sys, itwin_mesh_async.tilegen as tg; tg.build_tileset('flat', n=3);"
        " print(sorted(m for m in ('aiohttp', 'itwin_mesh_async.emulator') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_old_module_is_a_deprecated_alias() -> None:
    sys.modules.pop("itwin_mesh_async.emulator.tilesets", None)
    with pytest.warns(DeprecationWarning, match=r"import the tileset generators from"):
        old = importlib.import_module("itwin_mesh_async.emulator.tilesets")
    assert old.build_tileset is tg.build_tileset and old.write_tileset is tg.write_tileset
    assert old.SHAPES is tg.SHAPES and set(old.__all__) == set(tg.__all__)
    assert all(getattr(old, name) is getattr(tg, name) for name in tg.__all__)
