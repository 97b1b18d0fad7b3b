"""A real ``itwin-mesh download`` killed (SIGKILL) at several moments, then run again; and
downloads that hit a file size limit or a full disk while a large body streams to disk.

The container is a small loopback server that answers the first ``allow`` requests in full and
every later one with its headers and half its body, then holds the connection open: the moment
of the kill is exact (a file mid-body, as a process dies mid-transfer), with no timing in play.
With one worker the order is fixed, so the files on disk after the kill are known. The
container lists its blobs with their Content-MD5 (as Azure does), so a file a killed run stored
before its manifest row was committed is verified by MD5 on the rerun, not fetched again.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import signal
import sys
import textwrap
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest
from aiohttp import web

from itwin_mesh_async.emulator.listing import BlobEntry, list_page, render_listing
from itwin_mesh_async.errors import DownloadError
from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.mirror import STATE_DIR, Mirror, TempFile
from tests.helpers import assert_no_tool_leftovers, serve_app

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SAS = "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=kill%2Btest%3D"
BIG = 1536 * 1024  # over the inline limit: streamed into a temporary file in the state folder


def _tileset(uris: list[str]) -> bytes:
    box = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
    children = [{"boundingVolume": box, "geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"boundingVolume": box, "geometricError": 1, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": root}).encode()


def _files() -> dict[str, bytes]:
    # Big tiles, so that a kill lands in a body being streamed to its temporary file.
    tiles = {f"t/{i}.glb": glb(seed=i, size=BIG) for i in range(8)}
    return {"tileset.json": _tileset(sorted(tiles)), **tiles}


@attrs.define
class StallingContainer:
    """Serves ``files`` under ``/c/``; after ``allow`` requests, sends half a body and stalls."""

    files: dict[str, bytes]
    allow: int | None = None
    requests: list[str] = attrs.Factory(list)
    release: asyncio.Event = attrs.Factory(asyncio.Event)
    url: str = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/c" and request.query.get("comp") == "list":
            return web.Response(body=self._listing(), content_type="application/xml")
        path = request.path.removeprefix("/c/")
        self.requests.append(path)
        if path not in self.files or request.raw_path.partition("?")[2] != SAS:
            return web.Response(status=404)
        data = self.files[path]
        if self.allow is None or len(self.requests) <= self.allow:
            return web.Response(body=data)
        resp = web.StreamResponse(headers={"Content-Length": str(len(data))})
        await resp.prepare(request)
        await resp.write(data[: len(data) // 2])
        await self.release.wait()  # until the test ends: the client dies meanwhile
        return resp

    def _listing(self) -> bytes:
        moment = datetime(2026, 1, 1, tzinfo=UTC)
        entries = [
            BlobEntry(name, len(data), "application/octet-stream", "0x1", moment,
                      base64.b64encode(hashlib.md5(data).digest()).decode())
            for name, data in self.files.items()
        ]  # fmt: skip
        page = list_page(entries)
        return render_listing(page, service_endpoint="http://127.0.0.1/", container="c")


@pytest.fixture
async def container() -> AsyncIterator[StallingContainer]:
    server = StallingContainer(_files())
    app = web.Application()
    app.router.add_get("/{tail:.*}", server.handle)
    async with serve_app(app, shutdown_timeout=1) as origin:
        server.url = f"{origin}/c/tileset.json?{SAS}"
        try:
            yield server
        finally:
            server.release.set()


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("itwin-mesh")
    return [str(script)] if script.exists() else [sys.executable, "-m", "itwin_mesh_async"]


def _final_files(dest: Path) -> dict[str, bytes]:
    return {
        p.relative_to(dest).as_posix(): p.read_bytes()
        for p in dest.rglob("*")
        if p.is_file() and p.relative_to(dest).parts[0] != STATE_DIR
    }


def _temp_files(dest: Path) -> list[Path]:
    tmp = dest / STATE_DIR / "tmp"
    return [p for p in tmp.rglob("*") if p.is_file()] if tmp.exists() else []


async def _download(url: str, dest: Path, *extra: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *_cli(),
        "--json",
        "download",
        str(dest),
        "--url",
        url,
        "--concurrency",
        "1",
        *extra,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _kill_after(container: StallingContainer, dest: Path, served: int) -> None:
    """Run a download, let ``served`` requests through, kill it while the next is mid-body."""
    container.allow = len(container.requests) + served
    proc = await _download(container.url, dest)
    try:
        for _ in range(2000):  # until the stalled request is in, and every file before it stored
            if proc.returncode is not None or len(container.requests) > container.allow:
                break
            await asyncio.sleep(0.01)
        assert proc.returncode is None, "the download ended before it could be killed"
        if container.requests[-1] != "tileset.json":  # a big tile: its temporary file exists
            for _ in range(2000):
                if _temp_files(dest):
                    break
                await asyncio.sleep(0.01)
            assert _temp_files(dest)
        proc.send_signal(signal.SIGKILL)
    finally:
        await proc.communicate()
    assert proc.returncode == -signal.SIGKILL


async def test_sigkill_at_several_moments_then_resume_fetches_only_the_rest(
    container: StallingContainer, tmp_path: Path
) -> None:
    expected = container.files
    dest = tmp_path / "out"
    landed: dict[str, bytes] = {}
    # Killed with the root mid-body (held in memory), with the root stored and a tile
    # mid-body, then, resumed, with three more tiles stored and the next mid-body.
    for served, now_landed in ((0, 0), (2, 2), (3, 5)):
        before = len(container.requests)
        await _kill_after(container, dest, served)
        asked = container.requests[before:-1]  # the last one was cut by the kill
        assert not set(asked) & set(landed)  # nothing complete was fetched again
        landed = _final_files(dest)
        # One worker: each file is stored before the next is asked for.
        assert len(landed) == now_landed
        for path, data in landed.items():
            assert data == expected[path], path  # complete under its final name, never partial

    container.allow = None
    before = len(container.requests)
    proc = await _download(container.url, dest)
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    fetched = container.requests[before:]
    assert sorted(fetched) == sorted(set(expected) - set(landed))  # nothing complete fetched again
    summary = json.loads(out)
    # Landed files are trusted (their row was committed) or verified by MD5 (reused).
    kept = summary["skipped"] + summary["reused"]
    assert (kept, summary["tiles"]) == (len(landed), len(expected) - len(landed))
    assert _final_files(dest) == expected
    assert_no_tool_leftovers(dest)  # the killed runs' temporary files were cleaned up


# Runs the CLI under a file size limit: writing past it fails with EFBIG (Python ignores
# SIGXFSZ), as a quota or a FAT32 disk does.
_LIMITED = textwrap.dedent(
    """
    import os, resource, sys
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, 1024 * 1024))
    os.execv(sys.argv[1], sys.argv[1:])
    """
)


async def test_a_file_too_large_for_the_limit_fails_alone(
    container: StallingContainer, tmp_path: Path
) -> None:
    dest = tmp_path / "out"
    command = _cli()
    if len(command) == 1:
        command = [sys.executable, *command]  # the console script, run by this interpreter
    container.files["small.glb"] = glb(seed=20)
    container.files["tileset.json"] = _tileset(["small.glb", "t/0.glb"])
    expected = {p: container.files[p] for p in ("tileset.json", "small.glb", "t/0.glb")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _LIMITED, *command,
        "--json", "download", str(dest), "--url", container.url,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await proc.communicate()
    assert proc.returncode == 1, err.decode()
    assert "Traceback" not in err.decode()
    summary = json.loads(out)
    assert summary["failures"] == [
        {"path": "t/0.glb", "reason": "cannot store the file: File too large (EFBIG)"}
    ]
    assert _final_files(dest) == {p: expected[p] for p in ("tileset.json", "small.glb")}
    assert_no_tool_leftovers(dest)  # the cut temporary file is gone

    before = len(container.requests)
    proc = await _download(container.url, dest)
    _, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert container.requests[before:] == ["t/0.glb"]
    assert _final_files(dest) == expected


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
async def test_disk_full_while_streaming_stops_with_a_clear_error(
    container: StallingContainer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open_temp = Mirror.open_temp

    def full_disk(self: Mirror) -> TempFile:
        # A real temporary file (removed as usual), whose writes go to /dev/full: the kernel
        # answers ENOSPC, as a full disk does.
        temp = real_open_temp(self)
        temp.file.close()
        return TempFile(temp.path, open("/dev/full", "w+b"))  # closed by Mirror.discard

    monkeypatch.setattr(Mirror, "open_temp", full_disk)
    dest = tmp_path / "out"
    walker = TileWalker(concurrency=1, write_threads=0)
    with pytest.raises(DownloadError, match=r"No space left on device \(ENOSPC\)") as info:
        await walker.download(container.url, dest)
    message = str(info.value)
    assert message.startswith(f"cannot write to {dest}") and "while storing t/" in message
    report = info.value.report
    assert report is not None and report.tiles == 1 and report.failed == []
    assert _final_files(dest) == {"tileset.json": container.files["tileset.json"]}
    assert_no_tool_leftovers(dest)
