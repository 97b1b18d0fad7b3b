"""Unit tests of the walker's parts: the link and its renewal, the mirror, report and progress."""

from __future__ import annotations

import asyncio
import itertools
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from yarl import URL

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import (
    DownloadError,
    LinkExpiredError,
    NotFoundError,
    TileError,
    UnsafeReferenceError,
)
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import (
    DownloadReport,
    FailedFile,
    Progress,
    Tile,
    TileWalker,
    Tuning,
)
from itwin_mesh_async.tiles.mirror import STATE_DIR, Mirror
from itwin_mesh_async.tiles.renewal import RENEW_MARGIN, RenewingLink
from itwin_mesh_async.tiles.report import Tally
from tests.helpers import assert_no_tool_leftovers, holding_container

ROOT = "http://127.0.0.1:9/acct/c/"


def sas(expiry: datetime, sig: str = "ab%2Bcd%2F%3D") -> str:
    return f"sv=2022-11-02&se={quote(expiry.strftime('%Y-%m-%dT%H:%M:%SZ'), safe='')}&sig={sig}"


def future(seconds: float = 3600) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


# -- Link -------------------------------------------------------------------------------------


def test_link_signs_only_its_own_origin_byte_exact() -> None:
    query = sas(future())
    link = RenewingLink(URL(f"{ROOT}tileset.json?{query}", encoded=True))
    assert link.root == URL(ROOT)
    signed = link.sign(URL(f"{ROOT}sub/a%20b.glb?v=1", encoded=True))
    assert str(signed) == f"{ROOT}sub/a%20b.glb?v=1&{query}"
    with pytest.raises(TileError, match="another host") as info:
        link.sign(URL("http://127.0.0.1:10/acct/c/x.glb"))
    assert "sig=" not in str(info.value)


async def test_link_without_renew_raises_link_expired() -> None:
    link = RenewingLink(URL(f"{ROOT}tileset.json?{sas(future())}", encoded=True))
    with pytest.raises(LinkExpiredError, match="no export to renew it from") as info:
        await link.renew(0, "HTTP 403 AuthenticationFailed")
    assert "runs until 20" in str(info.value) and "ab%2B" not in str(info.value)


async def test_concurrent_workers_share_one_renewal() -> None:
    calls = 0
    fresh = sas(future(), sig="new%3D")

    async def renew() -> URL:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        return URL(f"{ROOT}tileset.json?{fresh}", encoded=True)

    link = RenewingLink(URL(f"{ROOT}tileset.json?{sas(future())}", encoded=True), renew)
    await asyncio.gather(*(link.renew(0, "403") for _ in range(20)))
    assert calls == 1 and link.generation == 1 and link.sas == fresh
    # Refused again before any success: the renewed link is dead too.
    with pytest.raises(LinkExpiredError, match="renewed link is refused too"):
        await link.renew(1, "403")
    link.worked()
    await link.renew(1, "403")
    assert calls == 2


async def test_renewal_failures_are_clear() -> None:
    async def failing() -> URL:
        raise NotFoundError(404, "ExportNotFound", "gone")

    link = RenewingLink(URL(f"{ROOT}tileset.json?{sas(future())}", encoded=True), failing)
    with pytest.raises(LinkExpiredError, match=r"revoked .*renewing it failed: HTTP 404: Export"):
        await link.renew(0, "403")

    async def elsewhere() -> str:
        return f"http://127.0.0.1:9/acct/other?{sas(future())}"

    moved = RenewingLink(URL(f"{ROOT}tileset.json?{sas(future())}", encoded=True), elsewhere)
    with pytest.raises(DownloadError, match="another container"):
        await moved.renew(0, "403")


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def test_link_is_renewed_ahead_of_expiry() -> None:
    renewed = f"{ROOT}tileset.json?{sas(future(7200))}"
    calls = 0

    async def renew() -> str:
        nonlocal calls
        calls += 1
        return renewed

    expiry = future()
    se = expiry.replace(microsecond=0).timestamp()  # the SAS says seconds
    url = URL(f"{ROOT}tileset.json?{sas(expiry)}", encoded=True)
    clock = Clock(se - RENEW_MARGIN - 1)
    link = RenewingLink(url, renew, clock=clock)
    assert not link.due() and not link.expired()
    clock.now = se - RENEW_MARGIN
    assert link.due() and not link.expired()  # renewed ahead of time, once due
    clock.now = se
    assert link.expired()
    await link.renew(link.generation, "it was about to expire")
    assert calls == 1 and link.sas == renewed.partition("?")[2]
    assert not link.due() and not link.expired()  # the fresh link's own expiry counts now
    # Without a way to renew, an expiring link is simply used until the server refuses it.
    bare = RenewingLink(url, clock=Clock(se - RENEW_MARGIN + 1))
    assert not bare.due()
    # A link already inside the margin when the run starts cannot be bettered: used as is.
    late = RenewingLink(url, renew, clock=Clock(se - RENEW_MARGIN + 1))
    assert not late.due() and not late.expired()
    past = RenewingLink(url, renew, clock=Clock(se + 60))
    assert past.expired() and not past.due()


async def test_a_download_with_an_hour_left_renews_nothing(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", seed=1, n=5)
    export_id = emulator.add_export(files=sample.files)
    calls = 0

    async def renew() -> str:
        nonlocal calls
        calls += 1
        return emulator.sas_href(export_id)

    walker = TileWalker(concurrency=2, retry=RetryPolicy.no_wait())
    href = emulator.sas_href(export_id)
    report = await walker.download(href, tmp_path / "a", renew=renew)
    assert report.ok and calls == 0  # an hour left: no renewal


# -- Mirror -----------------------------------------------------------------------------------


def test_mirror_prepare_cleans_leftovers_and_finish_tidies(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    (dest / STATE_DIR / "tmp").mkdir(parents=True)
    (dest / STATE_DIR / "tmp" / "9-1.part").write_bytes(b"partial")
    mirror = Mirror(dest)
    mirror.prepare()
    assert mirror.fresh
    assert list((dest / STATE_DIR / "tmp").iterdir()) == []
    mirror.write("a/b/c.glb", b"data")
    assert (dest / "a" / "b" / "c.glb").read_bytes() == b"data"
    mirror.finish()
    assert_no_tool_leftovers(dest)
    again = Mirror(dest)
    again.prepare()
    assert not again.fresh and again.is_complete("a/b/c.glb")
    assert not again.is_complete("a/b")


@pytest.mark.parametrize("rel", [f"{STATE_DIR}/tmp/x.part", "", "/etc/passwd"])
def test_mirror_refuses_reserved_and_absolute_names(tmp_path: Path, rel: str) -> None:
    mirror = Mirror(tmp_path)
    mirror.prepare()
    with pytest.raises(UnsafeReferenceError, match="not a storable name"):
        mirror.write(rel, b"x")


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_mirror_refuses_a_symlinked_folder_out_of_dest(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "sub").symlink_to(outside, target_is_directory=True)
    mirror = Mirror(dest)
    mirror.prepare()
    with pytest.raises(UnsafeReferenceError, match="leads outside DEST"):
        mirror.write("sub/x.glb", b"x")
    assert list(outside.iterdir()) == []
    assert list((dest / STATE_DIR / "tmp").iterdir()) == []


def test_mirror_streams_through_a_temp_file(tmp_path: Path) -> None:
    mirror = Mirror(tmp_path)
    mirror.prepare()
    temp = mirror.open_temp()
    temp.file.write(b"big body")
    assert mirror.read_temp(temp) == b"big body"
    assert not mirror.is_complete("big.glb") or True
    mirror.commit(temp, "big.glb")
    assert (tmp_path / "big.glb").read_bytes() == b"big body"
    dropped = mirror.open_temp()
    dropped.file.write(b"half")
    mirror.discard(dropped)
    assert list((tmp_path / STATE_DIR / "tmp").iterdir()) == []


# -- report and progress ----------------------------------------------------------------------


def test_report_to_dict_and_ok() -> None:
    report = DownloadReport(
        tiles=2,
        bytes=10,
        skipped=1,
        failed=[FailedFile("a.glb", "not found (HTTP 404)")],
        seconds=1.23456,
        dest="/d",
    )
    assert not report.ok
    assert report.to_dict() == {
        "tiles": 2,
        "bytes": 10,
        "skipped": 1,
        "reused": 0,
        "deleted": 0,
        "failed": 1,
        "seconds": 1.235,
        "dest": "/d",
        "retries": 0,
        "concurrency": None,
        "failures": [{"path": "a.glb", "reason": "not found (HTTP 404)"}],
        "unreached": [],
        "unlisted": [],
        "extra": [],
    }
    assert DownloadReport().ok


def test_tally_progress_rates() -> None:
    tally = Tally(started=100.0)
    tally.finished = 102.0  # two seconds, frozen
    tally.files_done, tally.bytes_done, tally.known = 10, 2000, 4
    tally.fail("x", "bad")
    progress = tally.progress()
    assert isinstance(progress, Progress)
    assert progress.files_known == 11  # never below what is already accounted for
    assert (progress.elapsed, progress.rate_bytes, progress.rate_files) == (2.0, 1000.0, 5.0)
    assert progress.failed == 1


def test_tile_repr_hides_the_bytes() -> None:
    assert "<3 bytes>" in repr(Tile("a.glb", b"abc", "glb", 3))


async def test_progress_comes_from_a_ticker_never_once_per_file(tmp_path: Path) -> None:
    files = dict(build_tileset("flat", seed=1, n=120).files)
    held = max(p for p in files if p.endswith(".glb"))
    seen: list[Progress] = []
    ticked = asyncio.Event()

    def record(progress: Progress) -> None:
        seen.append(progress)
        if len(seen) == 3:
            ticked.set()

    walker = TileWalker(
        concurrency=4, retry=RetryPolicy.no_wait(), tuning=Tuning(progress_interval=0.01)
    )
    async with holding_container(files, hold=lambda path: path == held) as box:
        async with asyncio.timeout(60):  # only a failing test ever takes this long
            run = asyncio.create_task(walker.download(box.url, tmp_path / "a", progress=record))
            await box.held.wait()
            await ticked.wait()  # snapshots go on while no file completes
            box.release.set()
            report = await run
    assert report.ok and seen[-1].files_done == report.tiles  # and the final one
    # A snapshot per interval on the walk's clock (a busy machine only spreads them further).
    ticks = [p.elapsed for p in seen[:-1]]
    assert all(b - a >= 0.0099 for a, b in itertools.pairwise(ticks))
    assert [p.files_done for p in seen] == sorted(p.files_done for p in seen)
    # With an interval longer than the run, 121 files give the final snapshot alone.
    once: list[Progress] = []
    async with holding_container(files, hold=lambda path: False) as box:
        slow = TileWalker(retry=RetryPolicy.no_wait(), tuning=Tuning(progress_interval=3600))
        report = await slow.download(box.url, tmp_path / "b", progress=once.append)
    assert report.ok and len(once) == 1 and once[0].files_done == report.tiles == len(files)
