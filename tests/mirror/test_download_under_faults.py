"""Downloads under faults: resets, cut bodies, 5xx, throttling, expiring links, full disks,
interruptions (cancellation and SIGKILL). Served by the emulator's blob origin."""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import signal
import sys
import textwrap
from pathlib import Path

import pytest
from yarl import URL

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import DownloadError, LinkExpiredError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.mirror import STATE_DIR, Mirror
from itwin_mesh_async.urls import tileset_url_from_href
from tests.helpers import assert_no_tool_leftovers, mirror_files

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def walker(**kwargs: object) -> TileWalker:
    kwargs.setdefault("retry", RetryPolicy.no_wait(max_attempts=12, total_budget=None))
    kwargs.setdefault("concurrency", 8)
    return TileWalker(**kwargs)  # type: ignore[arg-type]


def add(emulator: Emulator, shape: str, **params: object) -> tuple[str, dict[str, bytes]]:
    sample = build_tileset(shape, **params)
    export_id = emulator.add_export(files=sample.files, content_encodings=sample.encodings)
    return export_id, {p: sample.files[p] for p in sample.reachable - sample.missing}


def final_files_are_complete(dest: Path, expected: dict[str, bytes]) -> None:
    """Every file under a final name is complete; temp files only in the state folder."""
    for rel, data in mirror_files(dest).items():
        if rel.startswith(STATE_DIR + "/"):
            continue
        assert data == expected[rel], rel


@pytest.mark.parametrize("shape", ["demo", "implicit-quadtree", "gzip", "gltf-external"])
async def test_faults_mix_completes_byte_identical(
    emulator: Emulator, shape: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="itwin_mesh_async")
    params: dict[str, object] = {"seed": 7}
    if shape == "demo":
        params["tiles"] = 300
    export_id, expected = add(emulator, shape, **params)
    faults = emulator.faults
    faults.scope = "blob"
    faults.reset = faults.truncate = faults.server_error = faults.rate_limit = 0.08
    href = emulator.sas_href(export_id)
    report = await walker().download(href, tmp_path / "out")
    assert report.ok, report.failed
    assert mirror_files(tmp_path / "out") == expected
    kinds = {f.kind for f in faults.injected}
    # aiohttp itself repeats a request once on a dropped keep-alive connection, so the
    # walker counts fewer retries than faults were injected.
    assert report.retries > 0 and len(faults.injected) > 0
    if shape == "demo":
        assert kinds >= {"reset", "truncate", "server_error"}
        assert "retrying" in caplog.text
    signature = href.partition("sig=")[2]
    assert len(signature) > 10
    # Request logs show the URL with its signature redacted, never the signature itself.
    assert caplog.text.count("sig=") == caplog.text.count("sig=REDACTED")
    assert signature not in caplog.text
    assert emulator.secret_leaks() == []


async def test_retries_exhausted_report_the_file(emulator: Emulator, tmp_path: Path) -> None:
    export_id, expected = add(emulator, "flat", seed=1, n=6)
    emulator.faults.scope = "blob"
    emulator.faults.paths = "*.glb"
    emulator.faults.server_error = 1.0
    w = walker(retry=RetryPolicy.no_wait(max_attempts=3))
    report = await w.download(emulator.sas_href(export_id), tmp_path / "out")
    glbs = sorted(p for p in expected if p.endswith(".glb"))
    assert sorted(f.path for f in report.failed) == glbs
    assert all("gave up after 3 attempts" in f.reason for f in report.failed)
    assert all(f.reason.startswith("HTTP 50") for f in report.failed)
    assert mirror_files(tmp_path / "out") == {"tileset.json": expected["tileset.json"]}


async def test_renewal_mid_run_completes_with_one_renewal(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id, expected = add(emulator, "demo", seed=2, tiles=300)
    href = emulator.sas_href(export_id)
    calls = 0

    async def renew() -> URL:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)  # workers pile up behind the one renewal
        return tileset_url_from_href(emulator.sas_href(export_id))

    emulator.faults.expire_sas_after = 40
    report = await walker(concurrency=16).download(href, tmp_path / "out", renew=renew)
    assert report.ok, report.failed
    assert calls == 1
    assert mirror_files(tmp_path / "out") == expected
    assert emulator.secret_leaks() == []


async def test_expire_sas_now_before_start_is_renewed(emulator: Emulator, tmp_path: Path) -> None:
    export_id, expected = add(emulator, "external", seed=1)
    href = emulator.sas_href(export_id)
    emulator.expire_sas_now()

    async def renew() -> str:
        return emulator.sas_href(export_id)

    report = await walker().download(href, tmp_path / "out", renew=renew)
    assert report.ok and mirror_files(tmp_path / "out") == expected


async def test_bare_url_expiry_is_a_clear_error(emulator: Emulator, tmp_path: Path) -> None:
    export_id, expected = add(emulator, "demo", seed=3, tiles=200)
    emulator.faults.expire_sas_after = 30
    with pytest.raises(LinkExpiredError) as info:
        await walker().download(emulator.sas_href(export_id), tmp_path / "out")
    message = str(info.value)
    assert "expired or was revoked (HTTP 403 AuthenticationFailed" in message
    assert "its SAS runs until" in message and "no export to renew it from" in message
    assert "sig=" not in message
    final_files_are_complete(tmp_path / "out", expected)
    # Started again with a fresh link, it completes and skips what is there.
    emulator.faults.expire_sas_after = None
    report = await walker().download(emulator.sas_href(export_id), tmp_path / "out")
    assert report.ok and report.skipped > 0
    assert mirror_files(tmp_path / "out") == expected


async def test_renewal_that_fails_too_stops_the_download(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id, _ = add(emulator, "flat", seed=1, n=5)
    href = emulator.sas_href(export_id)
    emulator.expire_sas_now()

    async def stale() -> str:
        return href  # the same dead link

    with pytest.raises(LinkExpiredError, match="renewed link is refused too"):
        await walker().download(href, tmp_path / "out", renew=stale)


async def test_disk_full_is_fatal_and_leaves_no_partial_file(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_id, expected = add(emulator, "flat", seed=1, n=50)
    real_write = Mirror.write
    written = 0

    def write(self: Mirror, rel: str, data: bytes) -> os.stat_result:
        nonlocal written
        if written >= 5:
            # What a full disk does half way through a file.
            tmp = self.tmp / "x.part"
            tmp.write_bytes(data[:3])
            tmp.unlink()
            raise OSError(errno.ENOSPC, "No space left on device")
        written += 1
        return real_write(self, rel, data)

    monkeypatch.setattr(Mirror, "write", write)
    with pytest.raises(DownloadError, match=r"No space left on device \(ENOSPC\)") as info:
        await walker(write_threads=0).download(emulator.sas_href(export_id), tmp_path / "out")
    report = info.value.report
    assert report is not None and report.tiles == 5
    final_files_are_complete(tmp_path / "out", expected)
    assert_no_tool_leftovers(tmp_path / "out")  # no temp file left behind


async def test_cancelled_download_resumes(emulator: Emulator, tmp_path: Path) -> None:
    export_id, expected = add(emulator, "flat", seed=1, n=300)
    emulator.faults.scope = "blob"
    emulator.faults.slow = 1.0
    emulator.faults.slow_seconds = 0.01
    dest = tmp_path / "out"
    task = asyncio.create_task(walker().download(emulator.sas_href(export_id), dest))
    for _ in range(3000):  # poll the disk: the download runs in this same loop
        if len(mirror_files(dest)) >= 20:
            break
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    final_files_are_complete(dest, expected)
    emulator.faults.clear()

    def gets() -> int:
        return sum(1 for r in emulator.requests if r.origin == "blob" and "comp=" not in r.path_qs)

    before = gets()
    report = await walker().download(emulator.sas_href(export_id), dest)
    fetched = gets() - before
    # Kept: trusted by the manifest, or (stored as the run was cancelled, before their row was
    # recorded) verified by MD5 against the listing.
    kept = report.skipped + report.reused
    assert report.ok and kept >= 19
    assert fetched == report.tiles == len(expected) - kept
    assert mirror_files(dest) == expected


_CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from itwin_mesh_async.tiles import TileWalker
    asyncio.run(TileWalker(concurrency=8).download(sys.argv[1], sys.argv[2]))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
async def test_sigkill_mid_run_leaves_only_complete_files(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id, expected = add(emulator, "flat", seed=1, n=400)
    emulator.faults.scope = "blob"
    emulator.faults.slow = 1.0
    emulator.faults.slow_seconds = 0.01
    dest = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=REPO)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _CHILD, emulator.sas_href(export_id), str(dest), env=env
    )
    try:
        for _ in range(3000):
            if proc.returncode is not None or len(mirror_files(dest)) >= 40:
                break
            await asyncio.sleep(0.01)
        assert proc.returncode is None, "the download ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        await proc.wait()
    final_files_are_complete(dest, expected)
    emulator.faults.clear()
    report = await walker().download(emulator.sas_href(export_id), dest)
    # Kept: trusted (their manifest row was committed) or verified by MD5 (stored just before
    # the kill, not recorded yet): never fetched again.
    assert report.ok and report.skipped + report.reused >= 39
    assert mirror_files(dest) == expected
