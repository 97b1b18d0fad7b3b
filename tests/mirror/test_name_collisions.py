"""Names that differ only in case or Unicode normalisation (``A.glb``/``a.glb``, ``é`` as NFC
and as NFD): on a file system that takes them for one file (APFS, NTFS), the second is reported
instead of overwriting the first; where they are two files, both are kept.

Linux file systems here do not fold names, so the folding case is had by making the mirror's
probe of DEST's file system say that it does; the names, the server and the walk are real.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.tilegen import glb
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.mirror import Mirror
from tests.helpers import mirror_files, serve_app

NFC = unicodedata.normalize("NFC", "caf\u00e9.glb")
NFD = unicodedata.normalize("NFD", NFC)
PAIRS = [("A.glb", "a.glb"), (NFC, NFD), ("Sub/x.glb", "sub/X.glb")]


def _container() -> dict[str, bytes]:
    uris = [name for pair in PAIRS for name in pair] + ["other.glb"]
    children = [{"geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"geometricError": 1, "boundingVolume": {"sphere": [0, 0, 0, 1]}, "children": children}
    doc = {"asset": {"version": "1.1"}, "geometricError": 1, "root": root}
    return {"tileset.json": json.dumps(doc).encode()} | {u: glb(seed=i) for i, u in enumerate(uris)}


async def _download(files: dict[str, bytes], dest: Path) -> dict[str, str]:
    async def handle(request: web.Request) -> web.Response:
        data = files.get(request.match_info["tail"])
        return web.Response(body=data) if data is not None else web.Response(status=404)

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    async with serve_app(app) as origin:
        report = await TileWalker(concurrency=1).download(f"{origin}/c/tileset.json?sv=1", dest)
    return {f.path: f.reason for f in report.failed}


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that keeps both names")
async def test_on_a_folding_file_system_the_second_name_is_reported_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules[Mirror.__module__], "folds_names", lambda fd: True)
    files = _container()
    failed = await _download(files, tmp_path)
    stored = mirror_files(tmp_path)
    for first, second in PAIRS:
        # The first one met is kept, with its own bytes; the second is refused and named.
        assert stored[first] == files[first]
        assert second not in stored
        assert "differs only in case or Unicode normalisation" in failed.pop(second)
    assert failed == {}
    assert stored["other.glb"] == files["other.glb"]


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that keeps both names")
async def test_where_names_do_not_fold_both_files_are_kept(tmp_path: Path) -> None:
    files = _container()
    assert await _download(files, tmp_path) == {}
    assert mirror_files(tmp_path) == files
