"""Concurrency against the open-files limit: the soft limit is raised where allowed, else a
clear refusal up front (library: InvalidArgumentError; CLI: exit 2, nothing created)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    resource.getrlimit(resource.RLIMIT_NOFILE)[1] < 4096, reason="needs a hard limit >= 4096"
)


def _limited(soft: int, hard: int) -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def _python(code: str, soft: int, hard: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: _limited(soft, hard),
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )


def test_the_soft_limit_is_raised_when_the_hard_limit_allows() -> None:
    done = _python(
        """
        import resource
        from itwin_mesh_async.tiles import TileWalker
        TileWalker(concurrency=500)
        print(resource.getrlimit(resource.RLIMIT_NOFILE)[0])
        """,
        soft=256,
        hard=4096,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 500 * 2 + 64


def test_a_concurrency_past_the_hard_limit_is_refused_clearly() -> None:
    done = _python(
        """
        from itwin_mesh_async.errors import InvalidArgumentError
        from itwin_mesh_async.tiles import TileWalker
        from itwin_mesh_async.tiles.fdlimit import max_transfers
        try:
            TileWalker(concurrency=1000)
        except InvalidArgumentError as exc:
            print(exc)
        print(max_transfers(1000), max_transfers(10))
        """,
        soft=256,
        hard=256,
    )
    assert done.returncode == 0, done.stderr
    message, fits = done.stdout.splitlines()
    assert "concurrency 1000 needs about 2064 open files but the limit is 256" in message
    assert "at most 96" in message and "ulimit -n" in message
    assert fits == "96 10"


def test_the_cli_refuses_before_creating_dest(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "itwin_mesh_async",
            "download",
            "--url",
            "http://127.0.0.1:9/c/tileset.json?sv=1&sig=c2VjcmV0",
            str(dest),
            "--concurrency",
            "100000",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: _limited(1024, 1024),
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "concurrency 100000 needs about" in done.stderr and "ulimit -n" in done.stderr
    assert "c2VjcmV0" not in done.stderr + done.stdout
    assert not dest.exists()
