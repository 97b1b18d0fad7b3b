"""DEST's manifest remembers which container each file came from: another export's files never
pass for complete ones.

A second download into the same DEST trusts files only when they came from the same container
path (through any host); from another export a file is kept only when its MD5 equals the new
container's (here: none do, so every file is fetched again and overwritten). Mirrors made by the
previous version (a ``source`` marker, no manifest) are verified, not trusted.
"""

from __future__ import annotations

import os
from pathlib import Path

from yarl import URL

from itwin_mesh_async import ITwinClient, TileWalker
from itwin_mesh_async.emulator import Emulator, FaultConfig
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import SampleTileset, build_tileset
from itwin_mesh_async.tiles.mirror import SOURCE_FILE, STATE_DIR
from tests.helpers import mirror_files


def _blob_gets(emu: Emulator) -> list[str]:
    """Files fetched (List Blobs requests left out)."""
    return [
        r.path_qs.partition("?")[0]
        for r in emu.requests
        if r.origin == "blob" and "comp=list" not in r.path_qs
    ]


def _expected(sample: SampleTileset) -> dict[str, bytes]:
    return {p: sample.files[p] for p in sample.reachable}


async def _download(emu: Emulator, export_id: str, dest: Path) -> object:
    async with ITwinClient(token=emu.token, base_url=str(emu.base_url)) as client:
        export = await client.mesh_exports.get(export_id)
        return await client.download(export, dest, concurrency=4)


async def test_a_newer_export_into_the_same_dest_replaces_every_file(
    emulator: Emulator, tmp_path: Path
) -> None:
    old, new = build_tileset("external", seed=1), build_tileset("external", seed=2)
    assert set(old.reachable) == set(new.reachable)  # same names, other bytes
    old_id = emulator.add_export(imodel_id="imodel-1", files=old.files)
    new_id = emulator.add_export(imodel_id="imodel-1", files=new.files)
    dest = tmp_path / "mirror"
    await _download(emulator, old_id, dest)
    assert mirror_files(dest) == _expected(old)

    emulator.requests.clear()
    report = await _download(emulator, new_id, dest)
    same = {p for p in new.reachable if old.files[p] == new.files[p]}
    assert report.skipped == 0 and report.reused == len(same)  # type: ignore[attr-defined]
    # Every file whose bytes changed is fetched; the identical ones are kept by MD5.
    assert len(_blob_gets(emulator)) == len(new.reachable) - len(same)
    assert mirror_files(dest) == _expected(new)
    # The manifest now says the new export's container, so a rerun resumes it.
    emulator.requests.clear()
    again = await _download(emulator, new_id, dest)
    assert again.skipped == len(new.reachable) and _blob_gets(emulator) == []  # type: ignore[attr-defined]


async def test_an_unfinished_switch_does_not_bless_the_old_files(
    emulator: Emulator, tmp_path: Path
) -> None:
    old, new = build_tileset("flat", n=12, seed=1), build_tileset("flat", n=12, seed=2)
    old_id = emulator.add_export(imodel_id="imodel-1", files=old.files)
    new_id = emulator.add_export(imodel_id="imodel-1", files=new.files)
    dest = tmp_path / "mirror"
    await _download(emulator, old_id, dest)

    # The new export's tiles all fail this time: the run ends with failures, deleting nothing.
    emulator.faults = FaultConfig(seed=3, server_error=1.0, scope="blob", paths="*.glb")
    url = URL(emulator.sas_href(new_id))
    walker = TileWalker(concurrency=4, retry=RetryPolicy.no_wait(max_attempts=2))
    failed = await walker.download(url, dest)
    assert failed.failed and failed.deleted == 0

    # Healthy again: nothing left over from the old export is taken as complete.
    emulator.faults = FaultConfig()
    emulator.requests.clear()
    report = await _download(emulator, new_id, dest)
    # Only the one file both exports share (tileset.json, kept by MD5 in the failed run) is
    # not fetched again: every old tile is.
    assert report.ok and report.skipped == 1 and report.tiles == 12  # type: ignore[attr-defined]
    assert mirror_files(dest) == _expected(new)


async def test_the_same_container_through_another_host_resumes(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", n=10, seed=4)
    export_id = emulator.add_export(imodel_id="imodel-1", files=sample.files)
    dest = tmp_path / "mirror"
    await _download(emulator, export_id, dest)
    # 127.0.0.1 and localhost are two hosts for one container (as a CDN host would be).
    href = URL(emulator.sas_href(export_id), encoded=True)
    other_host = URL(str(href).replace("127.0.0.1", "localhost", 1), encoded=True)
    emulator.requests.clear()
    report = await TileWalker(concurrency=4).download(other_host, dest)
    assert report.ok and report.skipped == len(sample.reachable) and report.tiles == 0
    assert _blob_gets(emulator) == []


async def test_a_mirror_of_the_previous_version_is_verified_and_its_marker_dropped(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", n=10, seed=5)
    export_id = emulator.add_export(imodel_id="imodel-1", files=sample.files)
    dest = tmp_path / "mirror"
    await _download(emulator, export_id, dest)
    # What the previous version left: a marker, no manifest.
    for name in os.listdir(dest / STATE_DIR):
        (dest / STATE_DIR / name).unlink()
    (dest / STATE_DIR / SOURCE_FILE).write_text("/some/container/\n")
    victim = sorted(p for p in sample.reachable if p.endswith(".glb"))[0]
    (dest / victim).unlink()
    emulator.requests.clear()
    report = await _download(emulator, export_id, dest)
    # Every file is verified by MD5 against the listing (reused), the missing one fetched.
    assert report.tiles == 1 and report.reused == len(sample.reachable) - 1  # type: ignore[attr-defined]
    assert _blob_gets(emulator) == [_blob_gets_path(emulator, victim)]
    assert not (dest / STATE_DIR / SOURCE_FILE).exists()
    assert mirror_files(dest) == _expected(sample)


def _blob_gets_path(emu: Emulator, rel: str) -> str:
    return next(p for p in _blob_gets(emu) if p.endswith("/" + rel))
