"""Regressions found by probing the contract from outside (CLI, library, real servers)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
from test_cli import assert_no_secrets, cli_env, run_cli, secrets_of

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.emulator.tilesets import build_tileset
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.limits import DEFAULT_LIMITS

# Run in a fresh interpreter so that ru_maxrss (a high-water mark) measures the inflation only.
_BOMB_PEAK = textwrap.dedent(
    """
    import resource, zlib
    from itwin_mesh_async.errors import TileFormatError
    from itwin_mesh_async.tiles.parse.formats import gunzip_bounded
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    bomb = b"".join([packer.compress(zeros) for _ in range(64)] + [packer.flush()])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        gunzip_bounded(bomb, 32 << 20)
    except TileFormatError:
        pass
    else:
        raise SystemExit("the bomb was not refused")
    print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
    """
)


def test_gzip_bomb_costs_about_its_limit_not_twice() -> None:
    # zlib's one-shot decompress held its output twice while joining it: a bomb refused at a
    # 512 MiB limit cost 1 GiB per worker. Inflating in steps keeps the peak near the limit.
    done = subprocess.run(
        [sys.executable, "-c", _BOMB_PEAK], capture_output=True, text=True, check=True
    )
    growth_mib = int(done.stdout)
    assert growth_mib < 48, f"refusing a 32 MiB-limited gzip bomb grew RSS by {growth_mib} MiB"


def test_decompression_limit_is_no_larger_than_what_is_parsed() -> None:
    # Several workers may inflate at once: the default bound per file stays at the JSON limit.
    assert DEFAULT_LIMITS.max_decompressed_bytes <= DEFAULT_LIMITS.max_json_bytes


async def _no_sleep(_seconds: float) -> None:
    return None


async def test_a_tile_survives_seven_faults_in_a_row_with_default_retries(
    emulator: Emulator, tmp_path: Path
) -> None:
    # Under a 40% fault mix, five attempts lost about 1% of the files of a large tileset;
    # the default per-file policy must ride out a longer run of bad luck.
    sample = build_tileset("flat", seed=2, n=3)
    export_id = emulator.add_export(files=sample.files)
    policy = attrs.evolve(TileWalker().retry, sleep=_no_sleep)  # the default, without waits
    async with imx.ITwinClient(token=emulator.token, base_url=str(emulator.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        # HTTP-level faults: aiohttp itself retries a reset on a reused connection.
        emulator.faults.force("server_error", scope="blob", count=4)
        emulator.faults.force("truncate", scope="blob", count=3)
        report = await client.download(export, tmp_path, concurrency=1, retry=policy)
    assert report.ok, report.failed
    assert report.retries == 7
    for path in sample.reachable:
        assert (tmp_path / path).read_bytes() == sample.files[path]


async def test_json_summary_says_why_the_download_stopped(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = emulator.add_export(files=build_tileset("flat", n=4).files)
    href = emulator.sas_href(export_id)
    emulator.expire_sas_now()
    dest = tmp_path / "x"
    result = await run_cli("--json", "download", str(dest), "--url", href, env=cli_env())
    assert result.code == 1
    summary = result.json()
    assert summary["failed"] == 0 and summary["tiles"] == 0
    assert "expired" in summary["error"] and "no export to renew it from" in summary["error"]
    assert_no_secrets(result, secrets_of(emulator, export_id))
    assert not dest.exists() or not any(p.is_file() for p in dest.rglob("*"))
