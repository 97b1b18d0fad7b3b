"""Every script of ``examples/`` runs as written against the emulator, in a child process (the
emulator runs in this test's event loop and serves while the test awaits the child)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import attrs

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from tests.cli_runner import cli_env, secrets_of
from tests.helpers import mirror_files

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
IMODEL = "5a0c5e8e-4b1e-4a43-9df4-2f7e0b2f8c11"  # the service wants iModel ids as GUIDs
BAD_IMODEL = "9b6f1f7a-0d3c-4c52-8a38-6c1f3e2d7b90"


@attrs.frozen
class Run:
    code: int
    out: str
    err: str


async def run_example(name: str, *args: str, emu: Emulator, **extra: str) -> Run:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLES / name),
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=cli_env(str(emu.base_url), emu.token, **extra),
    )
    out, err = await asyncio.wait_for(proc.communicate(), 90)
    assert proc.returncode is not None
    return Run(proc.returncode, out.decode(), err.decode())


def assert_no_secret(run: Run, emu: Emulator, *export_ids: str) -> None:
    for secret in secrets_of(emu, *export_ids):
        assert secret not in run.out and secret not in run.err


async def test_latest_to_mirror_mirrors_the_newest_changeset_then_resumes(
    emulator: Emulator, tmp_path: Path
) -> None:
    old = build_tileset("flat", n=4, seed=1)
    new = build_tileset("external", n=9, seed=2)
    emulator.add_export("m1", old.files, changeset_id="c2", changeset_index=2)
    export_id = emulator.add_export("m1", new.files, changeset_id="c3", changeset_index=3)
    dest = tmp_path / "mirror"
    first = await run_example("latest_to_mirror.py", "m1", str(dest), emu=emulator)
    assert first.code == 0, first.err
    assert f"export {export_id}" in first.out and "changeset 'c3'" in first.out
    assert mirror_files(dest) == {p: new.files[p] for p in new.reachable}
    again = await run_example("latest_to_mirror.py", "m1", str(dest), emu=emulator)
    assert again.code == 0, again.err
    assert f"0 files fetched, {len(new.reachable)} already there" in again.out
    assert_no_secret(again, emulator, export_id)


async def test_stream_tiles_processes_every_tile_without_writing(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", n=7, seed=3)
    export_id = emulator.add_export("m1", sample.files)
    run = await run_example("stream_tiles.py", export_id, emu=emulator)
    assert run.code == 0, run.err
    glb = sum(len(sample.files[p]) for p in sample.reachable if p.endswith(".glb"))
    assert f"glb: {glb} bytes" in run.out
    assert not any(tmp_path.iterdir())  # nothing written  # noqa: ASYNC240


async def test_wait_for_new_export_waits_until_complete(emulator: Emulator) -> None:
    run = await run_example("wait_for_new_export.py", IMODEL, emu=emulator, POLL_SECONDS="0.01")
    assert run.code == 0, run.err
    assert "started export" in run.out and "NotStarted" in run.out
    assert "is Complete" in run.out
    assert len(emulator.state.exports) == 1


async def test_wait_for_new_export_reports_a_failed_export(emulator: Emulator) -> None:
    emulator.add_imodel(BAD_IMODEL, export_error="The iModel could not be processed.")
    run = await run_example("wait_for_new_export.py", BAD_IMODEL, emu=emulator, POLL_SECONDS="0.01")
    assert run.code == 1
    assert "failed" in run.err and "could not be processed" in run.err
    assert "Traceback" not in run.err


async def test_examples_print_their_usage_without_arguments(emulator: Emulator) -> None:
    for name in ("latest_to_mirror.py", "stream_tiles.py", "wait_for_new_export.py"):
        run = await run_example(name, emu=emulator)
        assert run.code == 1 and f"python examples/{name}" in run.err, name
    assert emulator.requests == []
