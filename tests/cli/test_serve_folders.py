"""Serving folders whose root tileset has another name: found, downloadable by URL, and
``serve`` prints a working command for each."""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from itwin_mesh_async.cli.demo import verify_mirror
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.emulator.server import root_tileset_name, tileset_directories
from itwin_mesh_async.tilegen import build_tileset, write_tileset
from itwin_mesh_async.tiles import TileWalker
from tests.cli_runner import cli_env, run_cli

GUARD = 20.0  # seconds: only a hang reaches it


def tileset_json(**extra: Any) -> bytes:
    body = {
        "asset": {"version": "1.1"},
        "geometricError": 1,
        "root": {"boundingVolume": {"sphere": [0, 0, 0, 1]}, "geometricError": 0},
    }
    return json.dumps({**body, **extra}).encode()


# --- serving folders ----------------------------------------------------------------------


def test_root_tileset_name_finds_a_root_under_another_name(tmp_path: Path) -> None:
    def folder(name: str, files: dict[str, bytes]) -> Path:
        path = tmp_path / name
        path.mkdir()
        for file_name, data in files.items():
            (path / file_name).write_bytes(data)
        return path

    plain = folder("plain", {"tileset.json": b"{}", "other.json": tileset_json()})
    versioned = folder(
        "versioned",
        {
            "tileset_1.1.json": tileset_json(),
            "meta.json": b"[1]",
            "broken.json": b"{",
            "deep.json": b"[" * 100_000,
        },
    )
    linked = folder(
        "linked",
        {
            "external.json": tileset_json(),
            "root.json": tileset_json(
                root={
                    "children": [{"content": {"uri": "./external.json?v=1"}}],
                    "geometricError": 1,
                }
            ),
        },
    )
    two = folder("two", {"a.json": tileset_json(), "b.json": tileset_json()})
    none = folder("none", {"notes.json": b'{"asset": {}}', "x.glb": b"glTF"})
    assert root_tileset_name(plain) == "tileset.json"
    assert root_tileset_name(versioned) == "tileset_1.1.json"
    assert root_tileset_name(linked) == "root.json"
    assert root_tileset_name(two) is None and root_tileset_name(none) is None
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "tileset.json").write_bytes(b"{}")
    assert tileset_directories(tmp_path) == [linked, plain, versioned]
    assert tileset_directories(versioned) == [versioned]
    with pytest.raises(FileNotFoundError, match=r"no tileset\.json"):
        tileset_directories(two)
    with pytest.raises(FileNotFoundError, match="no such folder"):
        tileset_directories(tmp_path / "nope")
    with pytest.raises(NotADirectoryError):
        tileset_directories(plain / "tileset.json")


async def test_a_served_folder_with_another_root_name_downloads_by_its_url(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", seed=2, n=5)
    files = {("root.json" if p == "tileset.json" else p): b for p, b in sample.files.items()}
    write_tileset(files.items(), tmp_path / "src")
    export_id = emulator.load_directory(tmp_path / "src", "m1")
    report = await TileWalker().download(
        emulator.sas_href(export_id, "root.json"), tmp_path / "out"
    )
    assert report.ok and report.tiles == len(files)
    assert verify_mirror(tmp_path / "out", files).ok


async def _serve_banner(*args: str) -> tuple[asyncio.subprocess.Process, str]:
    """Start ``itwin-mesh serve ARGS``; returns the process and its banner."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "itwin_mesh_async", "serve", "--port", "0", *args,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=cli_env(),
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    banner = ""
    while "Ctrl-C stops the emulator." not in banner:
        line = await asyncio.wait_for(proc.stdout.readline(), GUARD)
        assert line, banner
        banner += line.decode()
    return proc, banner


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
async def test_serve_a_folder_of_samples_prints_a_working_command_for_each(tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    plain, other = build_tileset("flat", seed=5, n=4), build_tileset("flat", seed=6, n=3)
    write_tileset(plain, samples / "plain")
    renamed = {
        ("tileset_1.1.json" if p == "tileset.json" else p): b for p, b in other.files.items()
    }
    write_tileset(renamed.items(), samples / "renamed")
    (samples / "junk").mkdir()
    (samples / "junk" / "notes.json").write_text("{}")

    proc, banner = await _serve_banner("--data", str(samples))
    try:
        commands = re.findall(r"^  (itwin-mesh download .*\./tiles-(\S+))$", banner, re.MULTILINE)
        assert [name for _, name in commands] == ["plain", "renamed"], banner
        assert "--url" in commands[1][0] and "tileset_1.1.json?" in commands[1][0]
        api = re.search(r"emulator API:\s+(\S+)", banner)
        token = re.search(r"access token:\s+(\S+)", banner)
        assert api is not None and token is not None, banner
        env = cli_env(api.group(1), token.group(1))
        for (command, name), expected in zip(commands, (plain.files, renamed), strict=True):
            result = await run_cli("-q", *shlex.split(command)[1:], env=env, cwd=tmp_path)
            assert result.code == 0, result.err
            assert verify_mirror(tmp_path / f"tiles-{name}", dict(expected)).ok
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), GUARD)
    assert proc.returncode == 130  # stopped by SIGINT
    assert re.search(r"not serving \S*junk: no tileset\.json", err.decode()), err
