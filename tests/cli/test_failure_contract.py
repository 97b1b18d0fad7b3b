"""DESIGN section 3 when things fail: one JSON document with --json on every failing path,
exit codes by whose fault it is, output that survives odd file names, SIGTERM like Ctrl-C."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.cli import main
from itwin_mesh_async.cli.download import check_dest
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import glb
from tests.cli_runner import assert_one_error_line, cli_env, emu_env, run_cli
from tests.helpers import serve_app

SAS = "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=c29tZSUyQnNpZw%3D%3D"
BOX = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="signals and /proc are POSIX")


def _tileset(uris: list[str]) -> bytes:
    children = [{"boundingVolume": BOX, "geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"boundingVolume": BOX, "geometricError": 1, "children": children}
    doc = {"asset": {"version": "1.1"}, "geometricError": 1, "root": root}
    # ensure_ascii keeps a lone surrogate as its \\ud800 escape: valid JSON, as a server sends it
    return json.dumps(doc).encode()


@asynccontextmanager
async def _container(files: dict[str, bytes], stall: bool = False) -> AsyncIterator[str]:
    release = asyncio.Event()

    async def handle(request: web.Request) -> web.StreamResponse:
        path = request.path.removeprefix("/c/")
        if path not in files:
            return web.Response(status=404)
        data = files[path]
        if not stall or path == "tileset.json":
            return web.Response(body=data)
        resp = web.StreamResponse(headers={"Content-Length": str(len(data))})
        await resp.prepare(request)
        await resp.write(data[: len(data) // 2])
        await release.wait()
        return resp

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    async with serve_app(app, shutdown_timeout=1) as origin:
        try:
            yield f"{origin}/c/tileset.json?{SAS}"
        finally:
            release.set()


@pytest.fixture
async def odd_names() -> AsyncIterator[str]:
    files = {"tileset.json": _tileset(["ok.glb", "bad\ud800.glb"]), "ok.glb": glb(seed=1)}
    async with _container(files) as url:
        yield url


async def test_lone_surrogate_in_a_reference_does_not_lose_the_report(
    odd_names: str, tmp_path: Path
) -> None:
    as_json = await run_cli("--json", "download", str(tmp_path / "a"), "--url", odd_names)
    assert "Traceback" not in as_json.err and "UnicodeEncodeError" not in as_json.err
    assert as_json.code == 1
    summary = as_json.json()  # one valid document, the odd name escaped inside it
    assert [f["path"] for f in summary["failures"]] == ["bad\ud800.glb"]
    assert summary["tiles"] == 2
    human = await run_cli("download", str(tmp_path / "b"), "--url", odd_names)
    assert "Traceback" not in human.err and "UnicodeEncodeError" not in human.err
    assert human.code == 1 and "failed: bad\\ud800.glb: refused" in human.out
    assert (tmp_path / "b" / "ok.glb").read_bytes() == glb(seed=1)


async def test_json_error_document_on_every_failing_path(
    emulator: Emulator, tmp_path: Path
) -> None:
    env = emu_env(emulator)
    (tmp_path / "file").write_text("x")
    cases: list[tuple[list[str], dict[str, str], int, str]] = [
        (["exports", "get", "no-such-export"], env, 1, "HTTP 404"),  # the service says no
        (["download", "e1", str(tmp_path / "file")], env, 2, "not a folder"),  # DEST
        (["exports", "list"], cli_env(), 2, "no credentials"),  # nothing to sign in with
        (["-v", "exports", "list", "-q"], env, 2, "-v and -q"),
        (["exports", "list", "--limit", "0"], env, 2, "must be at least 1"),  # argparse's
        (["exports", "lst"], env, 2, "invalid choice"),
    ]
    for argv, environ, code, fragment in cases:
        result = await run_cli("--json", *argv, env=environ)
        assert result.code == code, (argv, result.err)
        doc = result.json()  # exactly one document
        assert fragment in doc["error"], (argv, doc)
        assert doc["exit_code"] == code
        assert isinstance(doc["type"], str) and doc["type"], (argv, doc)  # as docs/cli.md says
        assert "Traceback" not in result.err


async def test_url_without_sas_is_bad_input_and_creates_nothing(tmp_path: Path) -> None:
    dest = tmp_path / "never" / "made"
    result = await run_cli("--json", "download", str(dest), "--url", "https://h.example/c/t.json")
    assert result.code == 2
    assert "no SAS" in result.json()["error"]
    # The example of a SAS in the message is no secret: shown as written, not cut short.
    assert_one_error_line(result, "--url has no SAS query (sv=..., sig=...):", "exports url")
    assert not (tmp_path / "never").exists()


@posix_only
@pytest.mark.skipif(not Path("/proc/1").is_dir(), reason="needs /proc")
async def test_dest_that_cannot_be_created_exits_2_and_leaves_nothing(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:9/c/tileset.json?{SAS}"
    for dest in ("/proc/1/itwin-mesh-test/x", str(tmp_path / "f" / "x")):
        if dest.startswith(str(tmp_path)):
            (tmp_path / "f").write_text("a file where a folder should be")
        result = await run_cli("--json", "download", dest, "--url", url)
        assert result.code == 2, result.err
        assert "cannot be created" in result.json()["error"]
    # A probe that worked leaves nothing behind.
    fresh = tmp_path / "new" / "dest"
    assert check_dest(str(fresh), probe=True) == fresh
    assert not (tmp_path / "new").exists()
    fresh.mkdir(parents=True)
    check_dest(str(fresh), probe=True)
    assert list(fresh.iterdir()) == []


async def test_hostile_paging_link_from_the_server_exits_1() -> None:
    async def page(request: web.Request) -> web.Response:
        body = {
            "exports": [],
            "_links": {"next": {"href": "http://evil.example/mesh-export/?$skip=1"}},
        }
        return web.json_response(body)

    app = web.Application()
    app.router.add_get("/mesh-export/", page)
    async with serve_app(app) as origin:
        result = await run_cli(
            "--json", "exports", "list", "--imodel", "m1", env=cli_env(origin, "tok-123456789")
        )
    assert result.code == 1, result.err
    assert "next link" in result.json()["error"]


async def test_refused_references_get_no_advice_to_rerun(tmp_path: Path) -> None:
    files = {"tileset.json": _tileset(["../../outside.glb", "ok.glb"]), "ok.glb": glb(seed=2)}
    async with _container(files) as url:
        result = await run_cli("download", str(tmp_path / "d"), "--url", url)
    assert result.code == 1
    lines = [line for line in result.err.splitlines() if line.startswith("error: ")]
    assert lines and "a rerun cannot fetch them" in lines[-1]
    assert "run the same command again" not in result.err
    assert not (tmp_path / "outside.glb").exists()


@posix_only
async def test_sigterm_stops_cleanly_exit_143_and_the_rerun_resumes(tmp_path: Path) -> None:
    big = {f"t/{i}.glb": glb(seed=i, size=1536 * 1024) for i in range(3)}
    files = {"tileset.json": _tileset(sorted(big)), **big}
    dest = tmp_path / "out"
    async with _container(files, stall=True) as url:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "itwin_mesh_async",
            "download",
            str(dest),
            "--url",
            url,
            "--concurrency",
            "2",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=cli_env(),
        )
        state = dest / ".itwin-mesh"
        for _ in range(3000):  # until a tile body is being written to its temporary file
            tmp = state / "tmp"  # the manifest and lock files are not bodies
            temps = [p for p in tmp.rglob("*") if p.is_file()] if tmp.exists() else []
            if proc.returncode is not None or any(p.stat().st_size for p in temps):
                break
            await asyncio.sleep(0.01)
        assert proc.returncode is None
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    text = err.decode()
    assert proc.returncode == 143, text
    assert "stopped by SIGTERM; run the same command again to resume" in text
    assert "Traceback" not in text
    left = [p for p in dest.rglob("*") if p.is_file()]
    # No partial file anywhere: the root tileset (complete) and the tool's own state only.
    assert all(p.name in ("tileset.json", "lock") or "manifest" in p.name for p in left), left
    assert (dest / "tileset.json").read_bytes() == files["tileset.json"]
    assert not any((dest / rel).exists() for rel in big)


def test_parse_errors_with_json_print_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "exports", "wait", "x", "--timeout", "-1"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["error"].startswith("argument --timeout")
    assert "usage:" in captured.err
    assert main(["--json"]) == 2  # no command: the help on stderr, a document on stdout
    assert "choose a command" in json.loads(capsys.readouterr().out)["error"]
