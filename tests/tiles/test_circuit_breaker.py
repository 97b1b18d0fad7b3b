"""The walker's circuit breaker: a container host that stops answering ends the download at
once (DownloadError, resumable) instead of failing every remaining file one by one; flaky
links, 404s and a disabled breaker never trip it. Served by a small loopback blob host."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.errors import DownloadError, InvalidArgumentError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker
from tests.cli_runner import cli_env, run_cli
from tests.helpers import assert_no_tool_leftovers, mirror_files, serve_app

SIG = "sig=breakerSECRETsig%2B"
FILES = build_tileset("flat", seed=3, n=80).files
TILES = len(FILES) - 1  # all but tileset.json


class Host:
    """A blob host of ``FILES`` under /c/ that the test switches: after ``ok_first`` answers
    everything is a 503 (a host gone down); ``status_of`` gives the status of the k-th distinct
    file asked for (tileset.json excluded), None for the file itself."""

    def __init__(self) -> None:
        self.ok_first: int | None = None
        self.status_of: Callable[[int], int | None] = lambda index: None
        self.retry_after: str | None = None
        self.answered = 0
        self.failures = 0
        self.order: dict[str, int] = {}

    def _status(self, path: str) -> int | None:
        if self.ok_first is not None and self.answered >= self.ok_first:
            return 503
        if path == "tileset.json":
            return None
        return self.status_of(self.order.setdefault(path, len(self.order)))

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        status = self._status(path)
        if status is not None:
            self.failures += 1
            headers = {"Retry-After": self.retry_after} if self.retry_after else None
            return web.Response(status=status, headers=headers)
        self.answered += 1
        return web.Response(body=FILES[path])


@asynccontextmanager
async def host() -> AsyncIterator[tuple[Host, str]]:
    state = Host()
    app = web.Application()
    app.router.add_get("/c/{path:.+}", state.handle)
    async with serve_app(app) as origin:
        yield state, f"{origin}/c/tileset.json?sv=2022&{SIG}"


def walker(**kwargs: object) -> TileWalker:
    kwargs.setdefault("retry", RetryPolicy.no_wait(max_attempts=3))
    kwargs.setdefault("concurrency", 4)
    return TileWalker(**kwargs)  # type: ignore[arg-type]


def assert_breaker_message(text: str, url: str) -> None:
    origin = url.split("/c/", maxsplit=1)[0].removeprefix("http://")
    assert f"the container host {origin} stopped answering" in text
    assert "breakerSECRET" not in text and "sig=" not in text and "/c/" not in text


async def test_dead_host_stops_the_download_and_a_rerun_resumes(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    async with host() as (state, url):
        state.ok_first = 11  # tileset.json and 10 tiles, then the host goes down for good
        with pytest.raises(DownloadError) as caught:
            await walker().download(url, dest)
        exc = caught.value
        assert_breaker_message(str(exc), url)
        assert "16 files in a row" in str(exc)  # max(16, 2 x 4)
        assert "stopped with 11 files done and 16 failed" in str(exc)
        assert "running the same command again resumes" in str(exc)
        report = exc.report
        assert report.tiles == 11 and report.skipped == 0
        assert 16 <= len(report.failed) < TILES - 10  # stopped well before the end
        assert all("HTTP 503" in f.reason for f in report.failed)
        # Quick: a few rounds of workers, not every remaining file's attempts.
        assert state.failures <= (16 + 4) * 3
        # What landed is complete and byte-identical; nothing partial under a final name.
        on_disk = mirror_files(dest)
        assert len(on_disk) == 11
        assert all(FILES[path] == data for path, data in on_disk.items())
        assert_no_tool_leftovers(dest)

        state.ok_first = None  # the host is back
        report = await walker().download(url, dest)
    assert report.ok, report.failed
    assert report.skipped == 11 and report.tiles == TILES + 1 - 11
    assert mirror_files(dest) == FILES
    assert_no_tool_leftovers(dest)


async def test_stream_ends_with_the_same_error(tmp_path: Path) -> None:
    async with host() as (state, url):
        state.ok_first = 5
        got = []
        with pytest.raises(DownloadError) as caught:
            async with walker().stream(url) as tiles:
                async for tile in tiles:
                    got.append(tile.path)
    assert_breaker_message(str(caught.value), url)
    assert "resumes" not in str(caught.value)  # nothing to resume from a stream
    assert len(got) == 5 and caught.value.report.tiles == 5


async def test_intermittent_failures_never_trip_it(tmp_path: Path) -> None:
    async with host() as (state, url):
        state.status_of = lambda index: 503 if index % 2 else None  # half fail for good
        report = await walker().download(url, tmp_path / "out")
    doomed = {p for p, i in state.order.items() if i % 2}
    assert len(doomed) == TILES // 2 > 16
    assert {f.path for f in report.failed} == doomed
    assert all(
        "HTTP 503" in f.reason and "gave up after 3 attempts" in f.reason for f in report.failed
    )
    assert set(mirror_files(tmp_path / "out")) == set(FILES) - doomed


async def test_404s_never_trip_it(tmp_path: Path) -> None:
    async with host() as (state, url):
        state.status_of = lambda index: 404  # every tile is missing
        report = await walker(give_up_after=1).download(url, tmp_path / "out")
    assert len(report.failed) == TILES
    assert all(f.reason == "not found (HTTP 404)" for f in report.failed)


async def test_an_answer_between_failures_resets_the_count(tmp_path: Path) -> None:
    async with host() as (state, url):
        # One worker: 503 (retries used up), 404, 503, 404...: never two in a row.
        state.status_of = lambda index: 503 if index % 2 else 404
        report = await walker(give_up_after=2, concurrency=1).download(url, tmp_path / "out")
    assert len(report.failed) == TILES
    assert sum("HTTP 503" in f.reason for f in report.failed) == TILES // 2


async def test_disabled_breaker_fails_every_file_one_by_one(tmp_path: Path) -> None:
    async with host() as (state, url):
        state.ok_first = 1
        report = await walker(give_up_after=None).download(url, tmp_path / "out")
    assert report.tiles == 1 and len(report.failed) == TILES
    assert state.failures == TILES * 3


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "16"])
def test_give_up_after_is_checked(bad: object) -> None:
    with pytest.raises(InvalidArgumentError, match="give_up_after"):
        TileWalker(give_up_after=bad)  # type: ignore[arg-type]


def test_default_scales_with_concurrency() -> None:
    assert TileWalker(concurrency=4).give_up_after == 16
    assert TileWalker(concurrency=32).give_up_after == 64
    assert TileWalker(give_up_after=None).give_up_after is None


async def test_cli_prints_the_json_summary_and_exits_1(tmp_path: Path) -> None:
    async with host() as (state, url):
        state.ok_first, state.retry_after = 3, "0"  # Retry-After 0: the real policy, no waits
        result = await run_cli(
            "--json",
            "download",
            str(tmp_path / "out"),
            "--url",
            url,
            "--concurrency",
            "4",
            env=cli_env(),
        )
    assert result.code == 1
    summary = result.json()
    assert summary["tiles"] == 3 and summary["failed"] >= 16
    assert_breaker_message(summary["error"], url)
    assert "breakerSECRET" not in result.out + result.err
    assert len(mirror_files(tmp_path / "out")) == 3
