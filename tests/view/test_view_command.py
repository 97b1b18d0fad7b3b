"""``itwin-mesh view`` through the real entry point: URL on stdout (JSON as soon as it listens),
the browser opened unless ``--no-browser``, exit 130 on SIGINT and 0 on SIGTERM, usage errors."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import ssl
import sys
from pathlib import Path

import aiohttp
import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset, write_tileset

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITWIN_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        env.pop(name, None)
    env.update(extra)
    return env


async def _start(*args: str, **env: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=_env(**env),
    )


async def _finish(proc: asyncio.subprocess.Process) -> tuple[int, str, str]:
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    dest = tmp_path / "my mirror"
    write_tileset(build_tileset("flat", seed=2), dest)
    return dest


@posix_only
async def test_json_url_as_soon_as_it_listens_then_sigint_exits_130(mirror: Path) -> None:
    proc = await _start("--json", "view", str(mirror), "--no-browser")
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), 30)
        doc = json.loads(line)
        assert set(doc) == {"url", "tileset"}
        assert doc["url"].startswith("http://127.0.0.1:")
        assert doc["tileset"] == doc["url"] + "tileset.json"
        async with aiohttp.ClientSession() as http, http.get(doc["tileset"]) as r:
            assert r.status == 200
            assert await r.read() == (mirror / "tileset.json").read_bytes()
    finally:
        proc.send_signal(signal.SIGINT)
        code, _out, err = await _finish(proc)
    assert code == 130, err
    assert "Traceback" not in err


@posix_only
async def test_sigterm_exits_0_and_the_browser_is_opened(mirror: Path, tmp_path: Path) -> None:
    seen = tmp_path / "opened.txt"
    opener = tmp_path / "opener.py"
    opener.write_text(f"import sys; open({str(seen)!r}, 'w').write(sys.argv[1])\n")
    proc = await _start("view", str(mirror), BROWSER=f"{sys.executable} {opener} %s")
    try:
        assert proc.stdout is not None
        url = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode().strip()
        assert url.startswith("http://127.0.0.1:")
        for _ in range(200):
            if seen.exists() and seen.read_text():
                break
            await asyncio.sleep(0.05)
        assert seen.read_text() == url
    finally:
        proc.send_signal(signal.SIGTERM)
        code, _out, err = await _finish(proc)
    assert code == 0, err
    assert "Traceback" not in err


async def test_a_folder_without_a_tileset_is_bad_usage(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for target in (str(tmp_path / "empty"), str(tmp_path / "missing")):
        code, out, err = await _finish(await _start("view", target, "--no-browser"))
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1
        assert "error:" in err
        assert target in err


async def test_a_port_in_use_is_bad_usage(mirror: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = await _start("view", str(mirror), "--no-browser", "--port", str(port))
        code, out, err = await _finish(proc)
    assert code == 2
    assert out == ""
    assert "choose another --port" in err
    assert "Traceback" not in err


@posix_only
async def test_live_export_by_id_is_served_and_sigterm_exits_0(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = build_tileset("flat", seed=2).files
    export_id = emulator.add_export(files=files)
    proc = await _start(
        "view",
        export_id,
        "--json",
        "--no-browser",
        "--cache",
        str(tmp_path / "cache"),
        ITWIN_API_URL=str(emulator.base_url),
        ITWIN_ACCESS_TOKEN=emulator.token,
    )
    try:
        assert proc.stdout is not None
        doc = json.loads(await asyncio.wait_for(proc.stdout.readline(), 30))
        async with aiohttp.ClientSession() as http, http.get(doc["tileset"]) as r:
            assert r.status == 200
            assert await r.read() == files["tileset.json"]
    finally:
        proc.send_signal(signal.SIGTERM)
        code, _out, err = await _finish(proc)
    assert code == 0, err
    assert "sig=" not in err
    assert emulator.token not in err
    assert (tmp_path / "cache" / "tileset.json").read_bytes() == files["tileset.json"]


@posix_only
async def test_bare_url_warns_that_it_cannot_be_renewed(emulator: Emulator, tmp_path: Path) -> None:
    export_id = emulator.add_export(files=build_tileset("flat", seed=2).files)
    url = emulator.sas_href(export_id, "tileset.json")
    proc = await _start("view", "--url", url, "--no-browser", "--cache", str(tmp_path / "c"))
    try:
        assert proc.stdout is not None
        page = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode().strip()
        async with aiohttp.ClientSession() as http, http.get(page + "tileset.json") as r:
            assert r.status == 200
    finally:
        proc.send_signal(signal.SIGINT)
        code, out, err = await _finish(proc)
    assert code == 130, err
    assert "cannot be renewed" in err
    assert "sig=" not in err + out


async def test_cache_is_refused_for_a_mirror_folder(mirror: Path, tmp_path: Path) -> None:
    code, _out, err = await _finish(
        await _start("view", str(mirror), "--cache", str(tmp_path / "c"), "--no-browser")
    )
    assert code == 2
    assert "--cache" in err
    assert not (tmp_path / "c").exists()


@posix_only
async def test_a_live_tileset_that_cannot_be_fetched_is_explained_on_stderr(
    certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    # The page can only show "502 Bad Gateway": the reason, and what to do, go to the terminal.
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    async with Emulator(ssl_context=context) as emu:
        export_id = emu.add_export(files=build_tileset("flat", seed=2).files)
        url = emu.sas_href(export_id, "tileset.json")
        proc = await _start("view", "--url", url, "--no-browser", "--cache", str(tmp_path / "c"))
        try:
            assert proc.stdout is not None
            page = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode().strip()
            async with aiohttp.ClientSession() as http, http.get(page + "tileset.json") as r:
                assert r.status == 502
        finally:
            proc.send_signal(signal.SIGINT)
            code, out, err = await _finish(proc)
    assert code == 130, err
    assert "warning: tileset.json: TLS certificate not trusted" in err
    assert "SSL_CERT_FILE" in err and "--insecure" in err
    assert "sig=" not in err + out
