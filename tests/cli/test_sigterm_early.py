"""SIGTERM early in a download (``docker stop`` right after ``docker run``): at spawn, once the
state folder exists, while the manifest is being opened, while the root tileset is asked for.
Each ends promptly with exit 143 and its message (or, before the tool has started at all, by
the signal itself), leaving no partial file, no temporary folder and the manifest closed.

The container never answers the root tileset, so no run can finish before its signal. The
moments are exact where the run waits on the test: the root's request (held by the server) and
the manifest's opening (the test holds the database's lock until it has sent the signal).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from itwin_mesh_async.tiles.manifest import LOCK_FILE, MANIFEST_FILE, Manifest
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.cli_runner import cli_env
from tests.helpers import HoldingContainer, holding_container

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals are POSIX")

FILES = {"tileset.json": b'{"asset": {"version": "1.1"}}'}  # never answered
SETTLED = 60.0  # only a run that hangs gets near this: the failure signal, not a timing


async def _until(ready: Callable[[], bool], proc: asyncio.subprocess.Process) -> None:
    """Poll the file system (the child's progress shows nowhere else) until ``ready``."""
    for _ in range(int(SETTLED * 1000)):  # a bound for a test that fails, not a timing
        if ready() or proc.returncode is not None:
            return
        await asyncio.sleep(0.001)


def _holds_flock(pid: int, path: Path) -> bool:
    """True once process ``pid`` holds a ``flock`` on ``path`` (Linux's /proc/locks)."""
    inode = path.stat().st_ino
    with open("/proc/locks") as locks:
        return any(
            "FLOCK" in line and f" {pid} " in line and f":{inode} " in line for line in locks
        )


async def _at_spawn(proc: asyncio.subprocess.Process, dest: Path, box: HoldingContainer) -> None:
    return


async def _state_folder_made(
    proc: asyncio.subprocess.Process, dest: Path, box: HoldingContainer
) -> None:
    await _until((dest / STATE_DIR).exists, proc)


async def _root_requested(
    proc: asyncio.subprocess.Process, dest: Path, box: HoldingContainer
) -> None:
    async with asyncio.timeout(SETTLED):
        await box.held.wait()


Moment = Callable[[asyncio.subprocess.Process, Path, HoldingContainer], Awaitable[None]]
MOMENTS: dict[str, Moment] = {
    "at spawn": _at_spawn,
    "state folder made": _state_folder_made,
    "root tileset requested": _root_requested,
}


async def _sigterm(
    dest: Path,
    moment: Moment,
    *options: str,
    after_signal: Callable[[], None] = lambda: None,
) -> tuple[int, str]:
    """Start a download into ``dest``, send SIGTERM at ``moment``; its exit code and stderr."""
    async with holding_container(FILES, hold=lambda path: path == "tileset.json") as box:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "itwin_mesh_async",
            *options,
            "download",
            str(dest),
            "--url",
            box.url,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=cli_env(),
        )
        try:
            await moment(proc, dest, box)
            assert proc.returncode is None, "the run ended before its signal"
            proc.send_signal(signal.SIGTERM)
            after_signal()
            _, err = await asyncio.wait_for(proc.communicate(), SETTLED)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    assert proc.returncode is not None
    return proc.returncode, err.decode()


def _assert_clean_stop(code: int, err: str, dest: Path, *, may_die_unstarted: bool) -> None:
    if may_die_unstarted and code == -signal.SIGTERM:
        # Killed by the signal before the tool set its handler: it had not started anything.
        assert not dest.exists()
        return
    assert code == 143, err
    assert "stopped by SIGTERM; run the same command again to resume" in err
    assert "Traceback" not in err
    left = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*")) if dest.exists() else []
    # No file of the mirror, no temporary folder, no open database's journal: at most the
    # closed manifest and its lock.
    allowed = {STATE_DIR, f"{STATE_DIR}/{MANIFEST_FILE}", f"{STATE_DIR}/{LOCK_FILE}"}
    assert set(left) <= allowed, left


@pytest.mark.parametrize("name", list(MOMENTS))
async def test_sigterm_early_stops_cleanly(name: str, tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    code, err = await _sigterm(dest, MOMENTS[name])
    _assert_clean_stop(code, err, dest, may_die_unstarted=name == "at spawn")


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks")
async def test_sigterm_while_the_manifest_is_opened_closes_it(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    state = dest / STATE_DIR
    state.mkdir(parents=True)
    Manifest.open(state).close()  # a DEST a previous run left: the manifest and its lock
    blocker = sqlite3.connect(state / MANIFEST_FILE, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # the child's opening waits on this

    async def opening(proc: asyncio.subprocess.Process, dest: Path, _: HoldingContainer) -> None:
        # Past the lock, the child opens the database: it waits there until the test lets go.
        await _until(lambda: _holds_flock(proc.pid, state / LOCK_FILE), proc)

    def let_go() -> None:
        if blocker.in_transaction:
            blocker.rollback()

    try:
        code, err = await _sigterm(dest, opening, after_signal=let_go)
    finally:
        let_go()
        blocker.close()
    _assert_clean_stop(code, err, dest, may_die_unstarted=False)


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="reads Linux's /proc")
async def test_sigterm_while_starting_up_stops_with_the_message(tmp_path: Path) -> None:
    # Opening the log file, a FIFO nobody reads, holds the child in its start-up, before any
    # event loop: the moment a slow start (imports) gives `docker stop` in real life.
    fifo = tmp_path / "log"
    os.mkfifo(fifo)

    def opening_the_log(pid: int) -> bool:
        return Path(f"/proc/{pid}/wchan").read_text() == "wait_for_partner"

    async def starting(proc: asyncio.subprocess.Process, dest: Path, _: HoldingContainer) -> None:
        await _until(lambda: opening_the_log(proc.pid), proc)

    dest = tmp_path / "dest"
    code, err = await _sigterm(dest, starting, "--log-file", str(fifo))
    _assert_clean_stop(code, err, dest, may_die_unstarted=False)
    assert not dest.exists()  # nothing was started
