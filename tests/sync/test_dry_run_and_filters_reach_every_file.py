"""A dry run and ``--include``/``--exclude`` reach every file a real download reaches.

Neither reads every file: a dry run fetches only what it needs to find the others, a filter
skips what it leaves out. What "needed to find the others" means is decided by what a file may
hold, not only by its name ending in ``.json``: an external tileset may have another name (or
none), and a ``.gltf`` or an ``i3dm`` references its buffers, images and model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import glb, gltf_json, i3dm, png
from tests.sync.support import mirror_files

BOX = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
IMODEL = "6fa3de70-0000-4000-8000-0000000000aa"


def tileset(*uris: str) -> bytes:
    children = [{"boundingVolume": BOX, "geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"boundingVolume": BOX, "geometricError": 5, "refine": "ADD", "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 10, "root": root}).encode()


def export_files() -> dict[str, bytes]:
    """External tilesets named without ``.json``, a ``.gltf`` with an external buffer and
    image, an ``i3dm`` whose model is a separate GLB, a GLB without extension: every file is
    reachable."""
    model, buffer = gltf_json("box.bin", ["box.png"], seed=3)
    return {
        "tileset.json": tileset(
            "parts/east", "parts/west.3dtiles", "models/box.gltf", "i/a.i3dm", "misc/model"
        ),
        "parts/east": tileset("../tiles/e1.glb", "../tiles/e2.glb"),
        "parts/west.3dtiles": tileset("../tiles/w1.glb", "../tiles/w2.glb"),
        "tiles/e1.glb": glb(seed=1, size=700),
        "tiles/e2.glb": glb(seed=2, size=800),
        "tiles/w1.glb": glb(seed=4, size=900),
        "tiles/w2.glb": glb(seed=5, size=1000),
        "models/box.gltf": model,
        "models/box.bin": buffer,
        "models/box.png": png(seed=6),
        "i/a.i3dm": i3dm("../tiles/tree.glb"),
        "tiles/tree.glb": glb(seed=7, size=600),
        "misc/model": glb(seed=8, size=500),  # no extension: read to know it is no tileset
    }


async def download(
    emulator: Emulator, dest: Path, export_id: str, **options: object
) -> imx.DownloadReport:
    async with imx.ITwinClient(emulator.token, base_url=emulator.base_url) as client:
        export = await client.mesh_exports.get(export_id)
        return await client.download(export, dest, **options)  # type: ignore[arg-type]


async def test_a_dry_run_counts_every_file_the_download_then_fetches(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = export_files()
    export_id = emulator.add_export(IMODEL, files)
    dry = await download(emulator, tmp_path / "m", export_id, dry_run=True)
    assert not (tmp_path / "m").exists()
    real = await download(emulator, tmp_path / "m", export_id)
    assert mirror_files(tmp_path / "m") == files
    assert (
        (dry.tiles, dry.bytes)
        == (real.tiles, real.bytes)
        == (len(files), sum(map(len, files.values())))
    )


async def test_a_dry_run_over_a_complete_mirror_would_fetch_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    files = export_files()
    export_id = emulator.add_export(IMODEL, files)
    await download(emulator, tmp_path / "m", export_id)
    again = await download(emulator, tmp_path / "m", export_id, dry_run=True)
    assert (again.tiles, again.skipped, again.reused) == (0, len(files), 0)


@pytest.mark.parametrize(
    ("include", "exclude", "wanted"),
    [
        # tiles/tree.glb is reached only through i/a.i3dm, which the filter leaves out.
        (("tiles/**",), (), {"tiles/e1.glb", "tiles/e2.glb", "tiles/w1.glb", "tiles/w2.glb"}),
        ((), ("tiles/w*",), {"tiles/e1.glb", "tiles/e2.glb", "tiles/tree.glb"}),
    ],
    ids=["include", "exclude"],
)
async def test_a_filter_reaches_the_files_under_a_tileset_of_any_name(
    emulator: Emulator,
    tmp_path: Path,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    wanted: set[str],
) -> None:
    files = export_files()
    export_id = emulator.add_export(IMODEL, files)
    report = await download(emulator, tmp_path / "m", export_id, include=include, exclude=exclude)
    assert report.ok
    got = mirror_files(tmp_path / "m")
    assert {p for p in got if p.startswith("tiles/")} == wanted
    # Besides, only the tilesets the walk needs (and, when nothing is included by name, the
    # files no glob leaves out): never a left-out model, buffer or image.
    others = {"models/box.gltf", "models/box.bin", "models/box.png", "i/a.i3dm", "misc/model"}
    expected = {"tileset.json", "parts/east", "parts/west.3dtiles"} | (set() if include else others)
    assert set(got) - wanted == expected
    assert all(got[p] == files[p] for p in got)
