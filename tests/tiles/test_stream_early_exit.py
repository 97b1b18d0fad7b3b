"""Leaving a tile stream early: no task left behind, no session left open, no warning.

Each case runs in a subprocess with warnings as errors, so that what asyncio and aiohttp print
when the interpreter collects a pending task or an unclosed session is seen on its stderr.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PRELUDE = """
import asyncio, gc
import itwin_mesh_async as imx
from itwin_mesh_async.emulator import running
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker

def others():
    # The walk's tasks still pending (the emulator's own server tasks aside).
    return [
        t for t in asyncio.all_tasks()
        if not t.done() and "/itwin_mesh_async/tiles/" in t.get_coro().cr_code.co_filename
    ]

async def scenario(emu, client, export, url):
{body}

async def main():
    async with running(seed=1) as emu:
        sample = build_tileset("big", n=300, per_tileset=30)
        export_id = emu.add_export(files=dict(sample.files))
        async with imx.ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
            export = await client.mesh_exports.get(export_id)
            await scenario(emu, client, export, emu.sas_href(export_id))
        # Made by the client: stopped on its exit. A bare walker's: stopped by asyncio.run.
        assert others() == [] or {bare}, others()
    print("ok")

asyncio.run(main())
gc.collect()
"""

CASES = {
    "async with": """
    async with client.stream_tiles(export, concurrency=8) as stream:
        async for tile in stream:
            break
    await asyncio.sleep(0.05)
    assert others() == [], others()  # stopped on leaving the block
""",
    "plain loop, client exit": """
    async for tile in client.stream_tiles(export, concurrency=8):
        break
    await asyncio.sleep(0.05)  # transfers may continue until the client closes
""",
    "plain loop on a walker, loop exit": """
    async for tile in TileWalker(concurrency=8).stream(url):
        break
    await asyncio.sleep(0.5)  # the window fills up: every worker waits for the consumer
    gc.collect()  # the stream is unreachable: its walk must not be destroyed pending
""",
    "error inside the block": """
    try:
        async with client.stream_tiles(export, concurrency=8) as stream:
            async for tile in stream:
                raise LookupError("consumer failed")
    except LookupError:
        pass
    assert others() == [], others()
""",
}


@pytest.mark.parametrize("case", list(CASES))
def test_leaving_a_stream_early_leaves_nothing_behind(case: str) -> None:
    body = textwrap.indent(textwrap.dedent(CASES[case]), "    ")
    code = PRELUDE.replace("{body}", body).replace("{bare}", str("walker" in case))
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"
    assert done.stderr == ""  # no "Task was destroyed", "Unclosed client session", aclose()
