"""Progress and logs on stderr: a live display on a terminal (checked through a real
pseudo-terminal at 80 columns), status lines elsewhere, nothing with ``-q``; ``-v``/``-vv``
levels, ``--log-file``, and log lines above the bar."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from itwin_mesh_async.cli.logs import setup_logging, teardown_logging
from itwin_mesh_async.cli.progress import RateWindow, open_progress, status_line
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles.report import Progress
from tests.cli_runner import assert_no_secrets, emu_env, run_cli, secrets_of

pty_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def _progress(**kw: Any) -> Progress:
    base: dict[str, Any] = {
        "files_done": 40,
        "files_known": 100,
        "bytes_done": 4_000_000,
        "skipped": 0,
        "failed": 1,
        "retries": 2,
        "elapsed": 65.0,
        "rate_bytes": 1.0,
    }
    base.update(kw)
    return Progress(**base)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_is_over_the_last_window_not_since_the_start() -> None:
    window = RateWindow(10.0)
    for t in range(0, 31):  # 1 MB/s for 20 s, then 3 MB/s
        window.add(float(t), t * 1e6 if t <= 20 else 20e6 + (t - 20) * 3e6)
    assert window.rate() == pytest.approx(3e6)
    assert RateWindow().rate() == 0.0


def test_status_line_units_eta_and_counts() -> None:
    line = status_line("download", _progress(), rate=2e6, total_bytes=10_000_000)
    assert line.startswith("download: 41/100 files, 4.0 MB of 10.0 MB, 2.0 MB/s, ETA 0:03")
    assert "2 retries, 1 failed" in line and line.endswith("elapsed 1:05")
    # Without the export's total (or with files already in DEST) there is no ETA to tell.
    assert "ETA" not in status_line("download", _progress(), rate=2e6)
    resumed = status_line("download", _progress(skipped=5), rate=2e6, total_bytes=10**7)
    assert "ETA" not in resumed and "5 already complete" in resumed


def test_status_lines_every_few_seconds_when_not_a_terminal() -> None:
    stream, clock = io.StringIO(), Clock()
    display = open_progress("auto", stream, "download", every=5.0)
    display._clock = clock  # type: ignore[attr-defined]
    for step in range(12):  # one update a second
        clock.now += 1.0
        display(_progress(files_done=step, bytes_done=step * 1000))
    display.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3, lines  # at 5 s, at 10 s, and the last state on close
    assert lines[-1].startswith("download: 12/100 files") and "\r" not in stream.getvalue()
    silent = io.StringIO()
    off = open_progress("never", silent)
    off(_progress())
    off.close()
    assert silent.getvalue() == ""


def test_the_last_status_line_of_a_short_run_has_its_rate() -> None:
    # Updates too close together for the window to measure: the last line gives the run's
    # average rather than "0 B/s".
    stream, clock = io.StringIO(), Clock()
    display = open_progress("auto", stream, "download", every=5.0)
    display._clock = clock  # type: ignore[attr-defined]
    display(_progress(files_done=100, bytes_done=8_000_000, elapsed=0.4))
    display.close()
    assert " 20.0 MB/s," in stream.getvalue()


def test_live_display_uses_richs_columns_and_fits_80_columns() -> None:
    from rich.console import Console

    stream = io.StringIO()
    console = Console(file=stream, width=80, force_terminal=True)
    display = open_progress("always", stream, "download", console=console, total_bytes=9_000_000)
    display(_progress(files_done=1234, files_known=56789, bytes_done=4_500_000, retries=12345))
    display.close()
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stream.getvalue())
    last = [line for line in text.splitlines() if line.strip()][-2:]
    assert "…" not in text
    assert "1235/56789" in last[0] and "files" in last[0] and "12345 retries" in last[0]
    assert "4.5/9.0 MB" in last[1]  # DownloadColumn, decimal units
    assert re.search(r"\d+\.\d+ [kM]?B/s|\?", last[1])  # TransferSpeedColumn
    assert all(len(line) <= 80 for line in text.splitlines())


def test_log_lines_go_above_the_live_display_redacted(tmp_path: Path) -> None:
    from rich.console import Console

    stream = io.StringIO()
    console = Console(file=stream, width=80, force_terminal=True)
    log_file = tmp_path / "run.log"
    logs = setup_logging(
        stream, verbose=1, secrets=["tok-secret-1"], console=console, log_file=str(log_file)
    )
    try:
        display = open_progress("always", stream, console=console)
        display(_progress())
        library = logging.getLogger("itwin_mesh_async.tiles")
        library.info("renewed the link with tok-secret-1")
        library.debug("GET http://h/x?sig=abc%2bdef -> 200")  # -v: not on stderr, in the file
        display.close()
    finally:
        teardown_logging(logs)
    shown = stream.getvalue()
    assert "renewed the link with REDACTED" in shown and "GET http" not in shown
    written = log_file.read_text()
    assert "GET http://h/x?sig=REDACTED -> 200" in written and "renewed the link" in written
    assert "tok-secret-1" not in written + shown and "abc%2bdef" not in written
    assert logging.getLogger("itwin_mesh_async").level == logging.NOTSET  # put back


async def _run_with_pty_stderr(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal (80 columns) and stdout on a pipe."""
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=slave,
        env={**env, "COLUMNS": "80", "TERM": "xterm-256color"},
    )
    os.close(slave)

    def drain() -> bytes:
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed its end
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    try:
        (out, _), err = await asyncio.wait_for(
            asyncio.gather(proc.communicate(), asyncio.to_thread(drain)), 120
        )
    finally:
        os.close(master)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode(errors="replace")


@pty_only
async def test_progress_is_decided_from_stderr_alone(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=4, n=30)
    export_id = emulator.add_export("m1", sample.files)
    # stdout is a pipe (as in `| jq`), stderr a terminal: the live display shows.
    code, out, err = await _run_with_pty_stderr(
        "--json", "download", export_id, str(tmp_path / "a"), env=emu_env(emulator)
    )
    assert code == 0, err
    assert '"tiles"' in out  # the one JSON document, untouched by the display
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", err)
    assert "files" in plain and "━" in plain and "…" not in plain
    assert f"/{len(sample.files)}" in plain
    bars = [line for line in plain.replace("\r", "\n").splitlines() if "━" in line]
    assert bars and all(len(line) <= 80 for line in bars), bars
    assert_no_secrets_text(out + err, secrets_of(emulator, export_id))


def assert_no_secrets_text(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text


async def test_not_a_terminal_gets_status_lines_and_q_gets_none(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", seed=4, n=5)
    export_id = emulator.add_export("m1", sample.files)
    env = emu_env(emulator)
    piped = await run_cli("download", export_id, str(tmp_path / "a"), env=env)
    assert piped.code == 0, piped.err
    status = [line for line in piped.err.splitlines() if line.startswith("download: ")]
    assert status and status[-1].startswith(f"download: {len(sample.files)}/{len(sample.files)}")
    quiet = await run_cli("-q", "download", export_id, str(tmp_path / "b"), env=env)
    assert quiet.code == 0 and quiet.err == ""
    never = await run_cli(
        "download", export_id, str(tmp_path / "c"), "--progress", "never", env=env
    )
    assert never.code == 0 and "download: " not in never.err


async def test_verbosity_levels_and_log_file(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=4, n=3)
    export_id = emulator.add_export("m1", sample.files)
    env = emu_env(emulator)
    log = tmp_path / "log.txt"
    quiet = await run_cli(
        "-q", "download", export_id, str(tmp_path / "a"), "--log-file", str(log), env=env
    )
    assert quiet.code == 0 and quiet.err == ""
    written = log.read_text()
    # The file has every request, whatever -v says, with the signature redacted.
    assert re.search(r"GET http://\S+/tileset\.json\?\S*sig=REDACTED\S* -> 200", written), written
    assert_no_secrets_text(written, secrets_of(emulator, export_id))
    one = await run_cli("-v", "download", export_id, str(tmp_path / "b"), env=env)
    two = await run_cli("-vv", "download", export_id, str(tmp_path / "c"), env=env)
    assert one.code == two.code == 0
    assert "tileset.json" not in one.err.replace(" -> ", "")  # no per-request lines at -v
    assert re.search(r"GET \S+tileset\.json\S* -> 200", two.err)
    assert_no_secrets(two, secrets_of(emulator, export_id))


async def test_unwritable_log_file_exits_2(tmp_path: Path) -> None:
    result = await run_cli(
        "--json", "exports", "list", "--log-file", str(tmp_path / "no" / "such" / "log")
    )
    assert result.code == 2
    assert "--log-file" in result.err and result.json()["error"].startswith("--log-file")
