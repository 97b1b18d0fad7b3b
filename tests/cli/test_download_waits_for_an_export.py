"""``download --imodel``: the newest changeset's export, and what the user is told while the
service has none to give yet. Real entry point, emulator."""

from __future__ import annotations

import asyncio
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from itwin_mesh_async.cli.waiting import WaitNotice, wait_text
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from tests.cli_runner import emu_env, run_cli


async def test_download_imodel_takes_the_newest_changeset_not_the_newest_export(
    emulator: Emulator, tmp_path: Path
) -> None:
    base = datetime(2024, 8, 20, tzinfo=UTC)
    samples = {index: build_tileset("flat", seed=index, n=index + 1) for index in (3, 1, 2)}
    ids = {
        index: emulator.add_export(
            "m-cs",
            sample.files,
            changeset_index=str(index),
            last_modified=base + timedelta(days=[3, 1, 2].index(index)),
        )
        for index, sample in samples.items()
    }
    dest = tmp_path / "newest"
    result = await run_cli("download", str(dest), "--imodel", "m-cs", env=emu_env(emulator))
    assert result.code == 0, result.err
    assert ids[3] in result.err
    files = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
    assert {p for p in samples[3].files if p in samples[3].reachable} <= files
    assert "waiting for" not in result.err  # there was nothing to wait for


async def test_waiting_for_an_export_is_explained_and_bounded_by_timeout(
    emulator: Emulator, tmp_path: Path
) -> None:
    imodel = emulator.add_imodel()
    dest = tmp_path / "none"
    result = await run_cli(
        "download", str(dest), "--imodel", imodel, "--timeout", "0.3", env=emu_env(emulator)
    )
    assert result.code == 1
    notice = [line for line in result.err.splitlines() if line.startswith("waiting for")]
    assert len(notice) == 1, result.err  # said once, not once per poll
    assert f"iModel {imodel} (no export listed yet)" in notice[0]
    assert "--timeout 0.3s" in notice[0]
    assert "A wrong iModel id" in notice[0]
    assert result.err.splitlines()[-1].startswith("error: no Complete 3DTiles export")
    assert not dest.exists()
    quiet = await run_cli(
        "-q", "download", str(dest), "--imodel", imodel, "--timeout", "0.3", env=emu_env(emulator)
    )
    assert quiet.code == 1 and "waiting for" not in quiet.err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
async def test_ctrl_c_while_waiting_does_not_claim_files_were_kept(
    emulator: Emulator, tmp_path: Path
) -> None:
    imodel = emulator.add_imodel()
    dest = tmp_path / "waiting"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "itwin_mesh_async", "download", str(dest), "--imodel", imodel,
        "--timeout", "60",
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, env=emu_env(emulator),
    )  # fmt: skip
    assert proc.stderr is not None
    first = await asyncio.wait_for(proc.stderr.readline(), 30)
    assert first.decode().startswith("waiting for a Complete 3DTiles export"), first
    proc.send_signal(signal.SIGINT)
    _, rest = await asyncio.wait_for(proc.communicate(), 30)
    err = rest.decode()
    assert proc.returncode == 130, err
    assert "interrupted while waiting for an export: nothing downloaded" in err
    assert "kept" not in err and "Traceback" not in err
    assert not dest.exists()


def test_notice_on_a_terminal_uses_a_spinner_and_repeats_nothing(tmp_path: Path) -> None:
    console_module = pytest.importorskip("rich.console")
    with (tmp_path / "err").open("w+", encoding="utf-8") as err:
        console = console_module.Console(file=err, force_terminal=True, width=60)
        notice = WaitNotice(err, imodel_id="m1", export_type="3DTiles", timeout=60, console=console)
        notice("no export listed yet")
        spinner = notice._status
        assert spinner is not None  # a spinner runs on a terminal
        notice("no export listed yet")
        notice("1 export(s) still in progress")
        assert notice._status is spinner  # one spinner for the whole wait
        notice.close()
        notice.close()
        err.seek(0)
        text = err.read()
    assert notice.waited and notice._status is None
    assert text.count("(no export listed yet)") == 1
    assert text.count("(1 export(s) still in progress)") == 1
    assert wait_text("m1", "3DTiles", "x", 60).endswith("looks the same.")
