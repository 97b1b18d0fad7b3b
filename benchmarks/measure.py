"""Run one command as a child process and measure its wall time, CPU time and peak RSS.

``os.wait4`` reports the rusage of exactly that child (and of the processes it waited for), so
CPU seconds are per tool, not the runner's accumulated children. Its ``ru_maxrss`` is not
usable as is: Linux carries the high-water mark of the forking parent (this Python, ~40 MB)
across ``exec``. So the tool is started by GNU ``time`` (a small process) when installed, and
its ``%M`` gives the tool's own peak RSS; without it the inflated figure is reported, flagged.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

__all__ = ["Measured", "run_measured"]


@attrs.frozen
class Measured:
    """What one child process cost."""

    seconds: float
    user: float
    system: float
    max_rss_mb: float
    returncode: int
    timed_out: bool
    stderr_tail: str
    rss_exact: bool = True  # False: max_rss_mb includes the runner's own pages (see above)

    @property
    def cpu(self) -> float:
        """User plus system CPU seconds."""
        return self.user + self.system


def run_measured(
    argv: Sequence[str],
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    log: Path | None = None,
) -> Measured:
    """Run ``argv`` to completion (killed after ``timeout`` seconds) and measure it.

    stdout is discarded; stderr goes to ``log`` (or is discarded) and its last lines are kept
    for the report.
    """
    gnu_time = shutil.which("time")
    rss_file: Path | None = None
    text: list[str] = []
    if gnu_time is not None:
        fd, name = tempfile.mkstemp(prefix="bench-rss-", suffix=".txt")
        os.close(fd)
        rss_file = Path(name)
        argv = [gnu_time, "-f", "%M", "-o", str(rss_file), *argv]
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    err_target = log.open("wb") if log is not None else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err_target,
            env=full_env,
            cwd=cwd,
            start_new_session=True,  # its own process group: a timeout kills the whole tree
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        watchdog = threading.Timer(timeout, kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # Ctrl-C: the tool is in its own group, take it down too
            kill()
            os.wait4(proc.pid, 0)
            raise
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if log is not None and not isinstance(err_target, int):
            err_target.close()
        if rss_file is not None:
            text = rss_file.read_text().strip().splitlines()
            rss_file.unlink()
    max_rss_mb = usage.ru_maxrss / 1024.0  # Linux reports KiB
    exact = False
    # GNU time writes "Command exited with non-zero status N" lines before the figure.
    if rss_file is not None and text and text[-1].isdigit():
        max_rss_mb, exact = int(text[-1]) / 1024.0, True
    tail = ""
    if log is not None and log.exists():
        tail = "\n".join(log.read_text(errors="replace").strip().splitlines()[-5:])
    return Measured(
        seconds=seconds,
        user=usage.ru_utime,
        system=usage.ru_stime,
        max_rss_mb=max_rss_mb,
        returncode=proc.returncode,
        timed_out=timed_out.is_set(),
        stderr_tail=tail,
        rss_exact=exact,
    )
