"""``itwin-mesh demo`` and ``itwin-mesh serve`` through the real entry point."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
from pathlib import Path

import pytest

from itwin_mesh_async.cli.demo import DEMO_IMODEL, verify_mirror
from itwin_mesh_async.tilegen import build_tileset, write_tileset
from tests.cli_runner import assert_no_secrets, assert_one_error_line, cli_env, run_cli

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="signals to a child are POSIX")


def _demo_files() -> dict[str, bytes]:
    sample = build_tileset("demo")
    return {p: b for p, b in sample.files.items() if p in sample.reachable}


async def test_demo_downloads_and_verifies(tmp_path: Path) -> None:
    dest = tmp_path / "demo"
    # No token, no API URL: the demo needs nothing from the outside.
    result = await run_cli("demo", str(dest), env=cli_env(), limit=120)
    assert result.code == 0, result.err
    expected = _demo_files()
    assert len(expected) > 1000
    assert f"verified: {len(expected)} of {len(expected)} files byte-identical" in result.out
    assert "exports list --imodel" in result.out and "Complete" in result.out
    assert f"itwin-mesh view {dest}" in result.out  # the tool's own viewer comes first
    check = verify_mirror(dest, expected)
    assert check.ok and check.identical == len(expected)
    assert "Traceback" not in result.err


async def test_demo_default_dest_and_json(tmp_path: Path) -> None:
    result = await run_cli("--json", "demo", env=cli_env(), cwd=tmp_path, limit=120)
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == {"exports", "download", "verification"}
    assert data["verification"]["ok"] is True
    assert data["download"]["failed"] == 0
    assert data["exports"][0]["status"] == "Complete"
    assert "sig=REDACTED" in data["exports"][0]["_links"]["mesh"]["href"]
    assert (tmp_path / "itwin-mesh-demo" / "tileset.json").is_file()
    # A second run resumes: nothing fetched again, still verified.
    again = await run_cli("--json", "demo", env=cli_env(), cwd=tmp_path, limit=120)
    assert again.code == 0, again.err
    assert again.json()["download"]["tiles"] == 0
    assert again.json()["download"]["skipped"] == data["download"]["tiles"]


async def test_demo_into_a_file_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("mine")
    result = await run_cli("demo", str(target), env=cli_env())
    assert result.code == 2
    assert_one_error_line(result, "is not a folder")
    assert target.read_text() == "mine"


def test_verify_mirror_reports_every_difference(tmp_path: Path) -> None:
    expected = {"tileset.json": b"{}", "a/b.glb": b"glb", "c.glb": b"c"}
    (tmp_path / "a").mkdir()
    (tmp_path / "tileset.json").write_bytes(b"{}")
    (tmp_path / "a" / "b.glb").write_bytes(b"GLB")
    (tmp_path / "extra.bin").write_bytes(b"x")
    (tmp_path / ".itwin-mesh").mkdir()
    (tmp_path / ".itwin-mesh" / "state").write_bytes(b"ignored")
    check = verify_mirror(tmp_path, expected)
    assert (check.identical, check.differing, check.missing, check.extra) == (
        1,
        ["a/b.glb"],
        ["c.glb"],
        ["extra.bin"],
    )
    assert not check.ok


async def _read_until(stream: asyncio.StreamReader, marker: str, limit: float = 60) -> str:
    text = ""
    async with asyncio.timeout(limit):
        while marker not in text:
            line = await stream.readline()
            if not line:
                break
            text += line.decode()
    return text


@posix_only
async def test_serve_prints_how_to_use_it_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    data_dir = tmp_path / "mine"
    mine = build_tileset("flat", seed=9, n=8)
    write_tileset(mine, data_dir)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        "serve",
        "--port",
        "0",
        "--data",
        str(data_dir),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=cli_env(),
    )
    try:
        assert proc.stdout is not None
        banner = await _read_until(proc.stdout, "Ctrl-C stops the emulator.")
        assert "Ctrl-C stops the emulator." in banner, banner
        base_url = re.search(r"emulator API:\s+(\S+)", banner)
        token = re.search(r"access token:\s+(\S+)", banner)
        ids = re.findall(r"^  (\S+)  iModel (\S+)", banner, re.MULTILINE)
        assert base_url and token and len(ids) == 2, banner
        assert f"ITWIN_API_URL={base_url.group(1)}" in banner
        assert f"itwin-mesh exports list --imodel {DEMO_IMODEL}" in banner
        env = cli_env(base_url.group(1), token.group(1))

        listed = await run_cli("--json", "exports", "list", "--imodel", ids[1][1], env=env)
        assert listed.code == 0, listed.err
        assert [e["id"] for e in listed.json()] == [ids[1][0]]

        dest = tmp_path / "copy"
        got = await run_cli("download", ids[1][0], str(dest), env=env)
        assert got.code == 0, got.err
        assert verify_mirror(dest, dict(mine.files)).ok
        assert_no_secrets(got, [token.group(1)])
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 130, err.decode()  # interrupted by SIGINT, as view
    assert "Traceback" not in err.decode()


@posix_only
async def test_serve_stops_on_sigterm_too() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        "-q",
        "serve",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=cli_env(),
    )
    assert proc.stdout is not None
    await _read_until(proc.stdout, "Ctrl-C")
    proc.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0
    assert err == b""


async def test_serve_with_a_folder_without_tileset_exits_2(tmp_path: Path) -> None:
    result = await run_cli("serve", "--data", str(tmp_path / "nope"), env=cli_env())
    assert result.code == 2
    assert_one_error_line(result, "--data")
