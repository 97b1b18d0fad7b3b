"""What the walker asks the container for, checked from outside.

Entry points and query strings, SAS bytes on every request, references that differ only by
query, traversal overlapping the fetching, the worker and connection pools, Content-MD5,
resume over local tilesets and subtrees, borrowed sessions, a 20,000-tile mirror, and the same
results from the emulator and from Azurite. Served by a small aiohttp app on loopback whose
per-file hooks hold, fail or alter answers, and which records every request.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from urllib.parse import unquote

import aiohttp
import attrs
import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import DownloadError, InvalidArgumentError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset, glb
from itwin_mesh_async.tiles import DownloadReport, Progress, TileWalker
from tests.azurite import Azurite
from tests.helpers import assert_no_tool_leftovers, mirror_files, serve_app

# Every character a signature must keep escaped, byte for byte.
SAS = "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=ab%2Bcd%2Fef%3D%3D"
PREFIX = "/acct/c1/"
# How long a hook waits for the walker before giving up: a guard against a hang, not a timing.
GUARD = 20.0

Hook = Callable[[int, web.Request], Awaitable[web.StreamResponse | None]]


@attrs.define
class Container:
    """Serves ``files`` under ``PREFIX``; ``hooks[path](attempt, request)`` may answer first."""

    files: dict[str, bytes]
    hooks: dict[str, Hook] = attrs.Factory(dict)
    requests: list[tuple[str, str]] = attrs.Factory(list)  # (path under PREFIX, raw query)
    peers: set[object] = attrs.Factory(set)
    base: URL = attrs.field(factory=lambda: URL("http://127.0.0.1"))

    async def handle(self, request: web.Request) -> web.StreamResponse:
        raw_path, _, query = request.raw_path.partition("?")
        rel = unquote(raw_path).removeprefix(PREFIX)
        self.requests.append((rel, query))
        if request.transport is not None:
            self.peers.add(request.transport.get_extra_info("peername"))
        hook = self.hooks.get(rel)
        if hook is not None:
            answer = await hook(self.count(rel), request)
            if answer is not None:
                return answer
        if rel not in self.files:
            return web.Response(status=404, text="BlobNotFound")
        return web.Response(body=self.files[rel])

    def url(self, name: str = "tileset.json", query: str | None = SAS) -> str:
        return f"{self.base}{PREFIX}{name}" + (f"?{query}" if query is not None else "")

    def count(self, rel: str) -> int:
        return sum(1 for path, _ in self.requests if path == rel)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Container], Awaitable[Container]]]:
    async with AsyncExitStack() as servers:

        async def start(container: Container) -> Container:
            app = web.Application()
            app.router.add_get("/{tail:.*}", container.handle)
            container.base = URL(await servers.enter_async_context(serve_app(app)))
            return container

        yield start


def walker(**kwargs: object) -> TileWalker:
    kwargs.setdefault("retry", RetryPolicy.no_wait())
    kwargs.setdefault("concurrency", 4)
    return TileWalker(**kwargs)  # type: ignore[arg-type]


def tileset(uris: list[str]) -> bytes:
    box = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
    children = [{"boundingVolume": box, "geometricError": 0, "content": {"uri": u}} for u in uris]
    root = {"boundingVolume": box, "geometricError": 1, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": root}).encode()


def expected_of(shape: str, **params: object) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """(every file in the container, the files a walk must land)."""
    sample = build_tileset(shape, **params)
    return dict(sample.files), {p: sample.files[p] for p in sample.reachable - sample.missing}


# -- entry points, URLs and queries ----------------------------------------------------------


@pytest.mark.parametrize("query", [SAS, "key=a%2Bb%2F%3D&flag&key2=", None])
async def test_tileset_url_with_any_query_sends_it_on_every_request(
    serve: Callable[[Container], Awaitable[Container]], query: str | None, tmp_path: Path
) -> None:
    files, expected = expected_of("implicit-json-subtree", seed=4)
    server = await serve(Container(files))
    report = await walker().download(server.url(query=query), tmp_path / "out")
    assert report.ok, report.failed
    assert mirror_files(tmp_path / "out") == expected
    # Every request carries the entry URL's query as received, and nothing else.
    assert {q for _, q in server.requests} == {query or ""}
    assert sorted(server.paths()) == sorted(expected)


@pytest.mark.parametrize(
    "target",
    [
        "ftp://h/c?sig=secret1",
        "h/c?sig=secret1",
        "http:///c",
        "http://[bad/c?sig=secret1",
        "http://h:99999/c?sig=secret1",
    ],
)
async def test_an_entry_url_that_is_not_http_is_refused(target: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^not an absolute http\(s\) URL") as info:
        await walker().download(target, tmp_path / "out")
    assert "secret1" not in str(info.value)
    assert not (tmp_path / "out").exists()
    with pytest.raises(InvalidArgumentError, match="not an absolute"):
        walker().stream(target)


async def test_references_differing_only_by_query_are_one_file_fetched_once(
    serve: Callable[[Container], Awaitable[Container]], tmp_path: Path
) -> None:
    a, b, c = glb(seed=1), glb(seed=2), glb(seed=3)
    uris = [
        "a.glb?v=1",  # the first one written wins
        "a.glb?v=2",
        "./a.glb",
        "sub/../a.glb#part",
        "b.glb?sv=child&x=%2B",  # own parameters kept; the child wins on a conflict
        "c%20d.glb",
        "c d.glb",
        "",  # no request
        "data:application/octet-stream;base64,AAAA",  # never fetched
    ]
    server = await serve(
        Container({"tileset.json": tileset(uris), "a.glb": a, "b.glb": b, "c d.glb": c})
    )
    dest = tmp_path / "out"
    stream_paths = sorted([t.path async for t in walker().stream(server.url())])
    report = await walker().download(server.url(), dest)
    assert report.ok and report.tiles == 4
    assert mirror_files(dest) == {
        "tileset.json": server.files["tileset.json"],
        "a.glb": a,
        "b.glb": b,
        "c d.glb": c,
    }
    assert stream_paths == sorted(mirror_files(dest))
    queries = dict(server.requests[len(server.requests) // 2 :])  # the download's requests
    assert sorted(queries) == ["a.glb", "b.glb", "c d.glb", "tileset.json"]
    assert queries["a.glb"] == "v=1&" + SAS
    assert queries["b.glb"] == "sv=child&x=%2B&" + SAS.partition("&")[2]
    assert queries["c d.glb"] == SAS


async def test_a_tileset_under_a_folder_is_the_root_of_the_mirror(
    serve: Callable[[Container], Awaitable[Container]], tmp_path: Path
) -> None:
    files = {
        "deep/er/tileset.json": tileset(["a.glb", "../outside.glb", "x/../b.glb"]),
        "deep/er/a.glb": glb(seed=1),
        "deep/er/b.glb": glb(seed=2),
        "deep/outside.glb": glb(seed=3),
    }
    server = await serve(Container(files))
    report = await walker().download(server.url("deep/er/tileset.json"), tmp_path / "out")
    assert mirror_files(tmp_path / "out") == {
        "tileset.json": files["deep/er/tileset.json"],
        "a.glb": files["deep/er/a.glb"],
        "b.glb": files["deep/er/b.glb"],
    }
    assert [(f.path, f.reason) for f in report.failed] == [
        ("../outside.glb", "refused: path is outside the container root")
    ]
    assert "deep/outside.glb" not in server.paths()


# -- the engine ------------------------------------------------------------------------------


async def _until(condition: Callable[[], bool]) -> bool:
    """Wait, a few ms at a time, until ``condition()`` holds (False after GUARD seconds)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + GUARD
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.005)
    return True


def _overlap_files() -> dict[str, bytes]:
    return {
        "tileset.json": tileset(["first.glb", "slow/tileset.json"]),
        "first.glb": glb(seed=1),
        "slow/tileset.json": tileset(["x.glb"]),
        "slow/x.glb": glb(seed=2),
    }


async def test_first_tile_is_written_before_a_slow_external_tileset_arrives(
    serve: Callable[[Container], Awaitable[Container]], tmp_path: Path
) -> None:
    dest = tmp_path / "out"
    seen_on_disk: list[bool] = []

    async def slow(_attempt: int, _request: web.Request) -> web.StreamResponse | None:
        # Answer only once the first tile is complete under its final name.
        seen_on_disk.append(await _until((dest / "first.glb").is_file))
        return None if seen_on_disk[-1] else web.Response(status=404)

    files = _overlap_files()
    server = await serve(Container(files, hooks={"slow/tileset.json": slow}))
    report = await walker(concurrency=2).download(server.url(), dest)
    assert seen_on_disk == [True]
    assert report.ok, report.failed
    assert mirror_files(dest) == files


async def test_first_tile_is_streamed_before_a_slow_external_tileset_arrives(
    serve: Callable[[Container], Awaitable[Container]],
) -> None:
    got_first = asyncio.Event()

    async def slow(_attempt: int, _request: web.Request) -> web.StreamResponse | None:
        try:
            await asyncio.wait_for(got_first.wait(), GUARD)
        except TimeoutError:
            return web.Response(status=404)
        return None

    files = _overlap_files()
    server = await serve(Container(files, hooks={"slow/tileset.json": slow}))
    order: list[str] = []
    async with walker(concurrency=2).stream(server.url()) as stream:
        async for tile in stream:
            order.append(tile.path)
            if tile.path == "first.glb":
                got_first.set()
    assert stream.report.ok, stream.report.failed
    assert order.index("first.glb") < order.index("slow/tileset.json") < order.index("slow/x.glb")
    assert sorted(order) == sorted(files)


@pytest.mark.parametrize("concurrency", [1, 5])
async def test_exactly_concurrency_requests_run_at_once_over_as_many_connections(
    serve: Callable[[Container], Awaitable[Container]], concurrency: int, tmp_path: Path
) -> None:
    files, expected = expected_of("flat", seed=2, n=40)
    in_flight = 0
    peak = 0
    full = asyncio.Event()

    async def hold(_attempt: int, _request: web.Request) -> web.StreamResponse | None:
        # Hold every tile until `concurrency` requests are in flight together, once.
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == concurrency:
            full.set()
        try:
            await asyncio.wait_for(full.wait(), GUARD)
        except TimeoutError:
            full.set()  # the pool never filled: let the rest through (the peak check fails)
        finally:
            in_flight -= 1
        return None

    server = await serve(Container(files, hooks={p: hold for p in expected if p.endswith(".glb")}))
    report = await walker(concurrency=concurrency).download(server.url(), tmp_path / "out")
    assert report.ok, report.failed
    assert mirror_files(tmp_path / "out") == expected
    assert peak == concurrency  # the whole pool works at once, and never more
    assert 1 <= len(server.peers) <= concurrency  # one connection pool sized to match


async def test_a_20000_tile_tileset_is_mirrored(
    serve: Callable[[Container], Awaitable[Container]], tmp_path: Path
) -> None:
    files, expected = expected_of("big", n=20_000, per_tileset=2_500)
    assert sum(1 for p in files if p.endswith(".glb")) == 20_000
    server = await serve(Container(files))
    seen: list[Progress] = []
    report = await walker(concurrency=32).download(
        server.url(), tmp_path / "out", progress=seen.append
    )
    assert report.ok, report.failed[:3]
    assert report.tiles == len(expected) and report.bytes == sum(map(len, expected.values()))
    assert mirror_files(tmp_path / "out") == expected
    assert len(server.requests) == len(expected)
    last = seen[-1]
    assert (last.files_done, last.bytes_done) == (report.tiles, report.bytes)
    assert last.files_known == len(expected) and last.rate_bytes > 0


@pytest.mark.parametrize(
    ("shape", "params"),
    [
        ("implicit-quadtree", {"external_buffers": True, "available_levels": 5}),
        ("implicit-octree", {"external_buffers": True, "subtree_levels": 1, "available_levels": 3}),
        ("implicit-quadtree", {"density": 1.0, "subtree_levels": 2, "available_levels": 4}),
        ("implicit-quadtree", {"density": 0.2, "subtree_levels": 3, "available_levels": 4}),
        ("implicit-1.0", {"subtree_levels": 1, "available_levels": 4}),
    ],
)
async def test_implicit_tilesets_request_exactly_what_is_available(
    serve: Callable[[Container], Awaitable[Container]],
    shape: str,
    params: dict[str, object],
    tmp_path: Path,
) -> None:
    sample = build_tileset(shape, seed=9, **params)
    server = await serve(Container(dict(sample.files)))
    report = await walker().download(server.url(), tmp_path / "out")
    assert report.ok, report.failed
    assert mirror_files(tmp_path / "out") == dict(sample.files)
    # Each available content and subtree (and subtree buffer) once; nothing unavailable.
    assert sorted(server.paths()) == sorted(sample.reachable)


# -- verification and resume -----------------------------------------------------------------


def _md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()


async def test_content_md5_mismatch_is_retried_then_reported(
    serve: Callable[[Container], Awaitable[Container]], tmp_path: Path
) -> None:
    files = {
        "tileset.json": tileset(["bad.glb", "flaky.glb", "good.glb"]),
        "bad.glb": glb(seed=1),
        "flaky.glb": glb(seed=2),
        "good.glb": glb(seed=3),
    }

    async def bad(_attempt: int, _request: web.Request) -> web.StreamResponse:
        return web.Response(body=files["bad.glb"], headers={"Content-MD5": _md5(b"other")})

    async def flaky(attempt: int, _request: web.Request) -> web.StreamResponse:
        body = files["flaky.glb"]
        digest = _md5(b"x" if attempt == 1 else body)
        return web.Response(body=body, headers={"Content-MD5": digest})

    async def good(_attempt: int, _request: web.Request) -> web.StreamResponse:
        body = files["good.glb"]
        return web.Response(body=body, headers={"Content-MD5": _md5(body)})

    server = await serve(
        Container(files, hooks={"bad.glb": bad, "flaky.glb": flaky, "good.glb": good})
    )
    w = walker(retry=RetryPolicy.no_wait(max_attempts=3))
    report = await w.download(server.url(), tmp_path / "out")
    assert [(f.path, f.reason) for f in report.failed] == [
        ("bad.glb", "body does not match its Content-MD5; gave up after 3 attempts")
    ]
    assert (server.count("bad.glb"), server.count("flaky.glb"), server.count("good.glb")) == (
        3,
        2,
        1,
    )
    assert mirror_files(tmp_path / "out") == {p: files[p] for p in files if p != "bad.glb"}


@pytest.mark.parametrize(
    "shape",
    [
        "implicit-json-subtree",
        "implicit-quadtree",
        "implicit-1.0",
        "gzip",
        "gltf-external",
        "multiple-contents",
        "legacy",
    ],
)
async def test_resume_reads_local_tilesets_and_subtrees_and_fetches_only_what_is_missing(
    serve: Callable[[Container], Awaitable[Container]], shape: str, tmp_path: Path
) -> None:
    files, expected = expected_of(shape, seed=6)
    server = await serve(Container(files))
    dest = tmp_path / "out"
    assert (await walker().download(server.url(), dest)).ok
    # The deepest leaf: found only by reading the tilesets/subtrees above it from disk.
    leaf = max(
        (p for p in expected if p.endswith((".glb", ".b3dm", ".bin", ".png"))),
        key=lambda p: (p.count("/"), p),
    )
    (dest / leaf).unlink()
    server.requests.clear()
    report = await walker().download(server.url(), dest)
    assert report.ok, report.failed
    assert server.paths() == [leaf]
    assert (report.tiles, report.skipped) == (1, len(expected) - 1)
    assert mirror_files(dest) == expected
    assert_no_tool_leftovers(dest)


# -- borrowed sessions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [{"raise_for_status": True}, {"auto_decompress": True, "headers": {"Accept-Encoding": "gzip"}}],
)
async def test_a_borrowed_session_keeps_statuses_and_stored_bytes(
    serve: Callable[[Container], Awaitable[Container]], options: dict[str, object], tmp_path: Path
) -> None:
    sample = build_tileset("with-missing", seed=2)
    gz = build_tileset("gzip", seed=2)
    files = {**sample.files, **{f"gz/{p}": b for p, b in gz.files.items()}}
    files["tileset.json"] = tileset(["flat.json", "gz/tileset.json"])
    files["flat.json"] = sample.files["tileset.json"]
    server = await serve(Container(files))
    async with aiohttp.ClientSession(**options) as session:  # type: ignore[arg-type]
        report = await walker(session=session).download(server.url(), tmp_path / "out")
        assert not session.closed
    missing = next(iter(sample.missing))
    # A 404 is final (one request, its own reason) even when the session raises for statuses.
    assert [(f.path, f.reason) for f in report.failed] == [(missing, "not found (HTTP 404)")]
    assert server.count(missing) == 1
    # Gzip-compressed files are stored exactly as the container holds them.
    assert mirror_files(tmp_path / "out") == {p: b for p, b in files.items() if p != missing}


# -- the emulator and Azurite agree ----------------------------------------------------------


def _summary(report: DownloadReport) -> tuple[object, ...]:
    return (
        report.tiles,
        report.bytes,
        report.skipped,
        sorted(f.path for f in report.failed),
        report.unreached,
        report.unlisted,
    )


@pytest.mark.parametrize(
    ("shape", "mode"),
    [
        ("with-missing", "walk"),
        ("implicit-octree", "walk"),
        ("gzip", "walk"),
        ("with-extra", "list"),
    ],
)
async def test_the_emulator_and_azurite_give_the_same_results(
    emulator: Emulator, azurite: Azurite, shape: str, mode: str, tmp_path: Path
) -> None:
    sample = build_tileset(shape, seed=8)
    export_id = emulator.add_export(files=sample.files, content_encodings=sample.encodings)
    container = f"same-{shape.replace('.', '')}-{mode}"
    async with aiohttp.ClientSession() as session:
        await azurite.upload(
            session, container, dict(sample.files), content_encodings=dict(sample.encodings)
        )
    sources = {
        "emulator": emulator.sas_href(export_id),
        "azurite": f"{azurite.container_url(container)}?{azurite.read_sas(container)}",
    }
    results = {}
    for name, href in sources.items():
        dest = tmp_path / name
        report = await walker().download(href, dest, mode=mode)  # type: ignore[arg-type]
        streamed = {t.path: t.data async for t in walker().stream(href)}
        results[name] = (_summary(report), mirror_files(dest), streamed)
    assert results["emulator"] == results["azurite"]
    summary, mirrored, streamed = results["emulator"]
    assert summary[3] == sorted(sample.missing)
    reached = {p: sample.files[p] for p in sample.reachable - sample.missing}
    assert streamed == reached
    assert mirrored == (dict(sample.files) if mode == "list" else reached)


# -- the root must be a tileset --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (b'{"error": "not here"}', "json"),
        (glb(seed=1), "glb"),
        (b'{"asset": {"version": "1.1"}, "geometricError": 1}', "gltf"),
    ],
)
async def test_a_root_that_is_not_a_tileset_is_a_download_error(
    serve: Callable[[Container], Awaitable[Container]], body: bytes, found: str, tmp_path: Path
) -> None:
    server = await serve(Container({"tileset.json": body}))
    message = (
        f"^cannot read the tileset tileset.json: not a 3D Tiles tileset .*; the file is {found}$"
    )
    with pytest.raises(DownloadError, match=message):
        await walker().download(server.url(), tmp_path / "out")
    assert mirror_files(tmp_path / "out") == {}
    with pytest.raises(DownloadError, match=message):
        async for _ in walker().stream(server.url()):
            pass
    assert server.count("tileset.json") == 2  # not retried: the bytes arrived intact
