"""Where whole-body writes go: inline while they are cheap, to the write threads when most
cost the event loop more than a hop to a thread would.
"""

from __future__ import annotations

from pathlib import Path

from itwin_mesh_async.tiles.mirror import Mirror
from itwin_mesh_async.tiles.writer import AdaptiveWriter

BODY = b"x" * 20_000


def _mirror(tmp_path: Path, *, fsync: bool = False) -> Mirror:
    mirror = Mirror(tmp_path / "dest", fsync=fsync)
    mirror.prepare()
    return mirror


def test_cheap_writes_stay_inline_and_costly_ones_move_to_threads(tmp_path: Path) -> None:
    mirror = _mirror(tmp_path)
    cheap = AdaptiveWriter(mirror, threads=2, slow_write=10.0)  # nothing costs 10 s of CPU
    costly = AdaptiveWriter(mirror, threads=2, slow_write=0.0)  # everything costs more than 0
    try:
        for i in range(40):
            cheap.write(f"a/{i}.glb", BODY)
            costly.write(f"b/{i}.glb", BODY)
        assert not cheap.threaded
        assert costly.threaded
        assert (tmp_path / "dest" / "b" / "39.glb").read_bytes() == BODY
    finally:
        cheap.close()
        costly.close()
    # Without threads, always inline.
    none = AdaptiveWriter(mirror, threads=0, slow_write=0.0)
    none.write("c.glb", BODY)
    assert not none.threaded
