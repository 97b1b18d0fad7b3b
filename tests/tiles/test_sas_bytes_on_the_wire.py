"""The SAS of ``_links.mesh.href`` reaches the container byte for byte, empty pairs included
(``?sv=1&&sig=a%2B&``), on every request of a walk and of a container listing."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker


def with_empty_pairs(href: str) -> tuple[str, str]:
    """The href with an empty pair after each SAS field and a trailing ``&``; and that query."""
    base, _, query = href.partition("?")
    odd = "&&".join(query.split("&")) + "&"
    return f"{base}?{odd}", odd


@pytest.mark.parametrize("mode", ["walk", "list"])
async def test_sas_with_empty_pairs_goes_byte_exact(
    emulator: Emulator, tmp_path: Path, mode: Literal["walk", "list"]
) -> None:
    sample = build_tileset("external", seed=5)
    export_id = emulator.add_export("m1", sample.files, content_encodings=dict(sample.encodings))
    href, query = with_empty_pairs(emulator.sas_href(export_id))
    assert "&&" in query and query.endswith("&")
    before = len(emulator.requests)
    report = await TileWalker(concurrency=4).download(href, tmp_path / "out", mode=mode)
    assert report.ok, report.failed
    sent = [r.path_qs for r in emulator.requests[before:] if r.origin == "blob"]
    assert len(sent) >= len(sample.reachable)
    own_queries = 0
    for path_qs in sent:
        _, _, on_wire = path_qs.partition("?")
        # Alone, or behind the request's own parameters (a child's ``?v=1``, a listing's).
        assert on_wire == query or on_wire.endswith("&" + query), path_qs
        own_queries += on_wire != query
    assert own_queries  # the case with parameters of its own was exercised
