"""Memory stays bounded on hostile JSON and on resuming a mirror of large files.

Each run happens in a fresh interpreter under a generous RLIMIT_AS, serving its own loopback
server, and reports its peak RSS (``VmHWM``, a high-water mark) on stdout.
"""

from __future__ import annotations

import json
import resource
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from itwin_mesh_async.errors import TileFormatError
from itwin_mesh_async.tiles.parse.formats import parse_json

GiB = 1024**3
MiB = 1024**2

SERVE = """
import asyncio, sys
from aiohttp import web
from itwin_mesh_async.errors import DownloadError
from itwin_mesh_async.tiles import TileWalker

async def serve(app):
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"

def peak_mb():
    # VmHWM, not ru_maxrss: the latter keeps the forked parent's size across exec.
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    return int(line.split()[1]) // 1024
"""


def _run(code: str, *args: str) -> list[str]:
    if not Path("/proc/self/status").exists():
        pytest.skip("peak RSS is read from Linux's /proc")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (4 * GiB, 4 * GiB))

    done = subprocess.run(
        [sys.executable, "-c", SERVE + textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


# -- a JSON document's element count ------------------------------------------------------------


def test_a_document_over_the_element_limit_is_refused_before_it_is_built() -> None:
    doc = b'{"a": [' + b"{}," * 99 + b"{}]}"
    assert parse_json(doc, max_elements=102)["a"] == [{}] * 100
    with pytest.raises(TileFormatError, match=r"about 102 values, over the limit of 101 \(Limits"):
        parse_json(doc, max_elements=101, what="JSON")


def test_brackets_and_commas_inside_strings_are_not_counted() -> None:
    doc = json.dumps({"uri": "{level},[x],{y}" * 50, "n": [1, 2]}).encode()
    assert parse_json(doc, max_elements=6)["n"] == [1, 2]
    escaped = json.dumps({"s": 'a\\"{,[' * 20}).encode()
    assert parse_json(escaped, max_elements=3) == {"s": 'a\\"{,[' * 20}


def test_a_gzip_tileset_inflating_to_millions_of_objects_fails_clearly_and_small(
    tmp_path: Path,
) -> None:
    # 64 MiB of {} inflated (under the 256 MiB limit): ~1.6 GB once parsed, before the limit.
    lines = _run(
        """
        import zlib
        def bomb():
            packer = zlib.compressobj(9, zlib.DEFLATED, 31)
            parts = [packer.compress(b'{"asset":{"version":"1.1"},"geometricError":1,'
                b'"root":{"geometricError":0,"boundingVolume":{"sphere":[0,0,0,1]}},"extras":[')]
            chunk = b"{}," * (1 << 20)
            for _ in range(21):
                parts.append(packer.compress(chunk))
            parts.append(packer.compress(b"{}]}") + packer.flush())
            return b"".join(parts)

        async def main():
            body = bomb()
            app = web.Application()
            app.router.add_get("/c/tileset.json", lambda r: web.Response(body=body))
            runner, origin = await serve(app)
            try:
                await TileWalker().download(f"{origin}/c/tileset.json?sv=1", sys.argv[1])
            except DownloadError as exc:
                print(exc)
            finally:
                await runner.cleanup()
            print(peak_mb())

        asyncio.run(main())
        """,
        str(tmp_path / "out"),
    )
    message, peak = lines
    assert "cannot read the tileset tileset.json" in message
    assert "over the limit of 8000000 (Limits.max_json_elements)" in message
    assert int(peak) < 350  # the inflated text and one copy, never the parsed objects
    assert not (tmp_path / "out" / "tileset.json").exists()


# -- resuming a mirror of large files ----------------------------------------------------------


def _sparse_glb(path: Path, bin_length: int) -> None:
    """A valid GLB whose BIN chunk is ``bin_length`` zero bytes, written as a sparse file. It
    also names an external buffer, ``extra.bin``: a file that references another is read again
    on a resume (a leaf the manifest vouches for is not read at all)."""
    buffers = [{"byteLength": bin_length}, {"uri": "extra.bin", "byteLength": 4}]
    doc = json.dumps({"asset": {"version": "2.0"}, "buffers": buffers})
    chunk = doc.encode() + b" " * (-len(doc) % 8)
    total = 12 + 8 + len(chunk) + 8 + bin_length
    with path.open("wb") as f:
        f.write(struct.pack("<4sII", b"glTF", 2, total))
        f.write(struct.pack("<I4s", len(chunk), b"JSON") + chunk)
        f.write(struct.pack("<I4s", bin_length, b"BIN\0"))
        f.truncate(total)


def test_resuming_a_mirror_maps_large_files_rather_than_reading_them(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    tileset = {
        "asset": {"version": "1.1"},
        "geometricError": 1,
        "root": {
            "geometricError": 0,
            "boundingVolume": {"sphere": [0, 0, 0, 1]},
            "content": {"uri": "big.glb"},
        },
    }
    (source / "tileset.json").write_text(json.dumps(tileset))
    _sparse_glb(source / "big.glb", 192 * MiB)
    (source / "extra.bin").write_bytes(b"\0" * 4)
    run = """
        async def main():
            app = web.Application()
            app.router.add_static("/c/", sys.argv[1])
            runner, origin = await serve(app)
            try:
                report = await TileWalker().download(f"{origin}/c/tileset.json?sv=1", sys.argv[2])
            finally:
                await runner.cleanup()
            print(report.tiles, report.skipped, report.failed, peak_mb())

        asyncio.run(main())
        """
    dest = str(tmp_path / "out")
    first = _run(run, str(source), dest)[0].split()
    assert first[:3] == ["3", "0", "[]"]  # streamed to disk: small as well
    assert int(first[3]) < 150
    again = _run(run, str(source), dest)[0].split()
    assert again[:3] == ["0", "3", "[]"]  # every file complete: nothing fetched
    assert int(again[3]) < 150  # the 192 MiB GLB was mapped, only its JSON chunk read
    assert (tmp_path / "out" / "big.glb").stat().st_size == (source / "big.glb").stat().st_size
