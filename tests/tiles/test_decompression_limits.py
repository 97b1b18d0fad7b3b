"""Decompression limits: a gzip bomb costs about its limit, and the limit is no larger than
what the parsers accept."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
