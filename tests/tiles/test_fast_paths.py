"""Every fast path of the per-file download path against the general path it short-cuts.

The fast paths (plain relative references resolved by string operations, request URLs signed by
concatenation, ...) must give exactly what the general path gives, on any input: these tests
generate references, folders and roots mixing plain characters with every character that sends
a reference to the general path, and compare results and errors.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from hypothesis import example, given, settings
from hypothesis import strategies as st
from yarl import URL

from itwin_mesh_async import urls
from itwin_mesh_async.container import ContainerLink
from itwin_mesh_async.errors import UnsafeReferenceError
from itwin_mesh_async.tilegen import build_tileset, glb
from itwin_mesh_async.tiles import TileWalker, Tuning, pipeline
from itwin_mesh_async.tiles.frontier import Frontier
from itwin_mesh_async.tiles.mirror import Mirror
from itwin_mesh_async.tiles.parse.discover import Ref, RefKind, discover
from itwin_mesh_async.tiles.seen import SeenPaths
from itwin_mesh_async.urls import (
    ReferenceResolver,
    merge_query,
    relative_path,
    resolve_reference,
    same_origin,
    with_sas,
)
from tests.helpers import mirror_files, serve_app

ROOTS = [
    "http://127.0.0.1:8080/c/export/",
    "https://Blob.Example:443/c/",
    "HTTP://h:80/c/x/",
    "http://h/",
    "http://h/c/./x/",  # a dot segment in the root: general path only
    "http://h/c%20d/",  # an escape in the root: general path only
    "http://h/c%FF/",  # not UTF-8 once decoded: every file refused
    "http://u@h:8080/c/",
    "ftp://h/c/",
]
# Mostly plain segments, some with a character (or a whole segment) that makes a reference not
# plain, so that both paths and the border between them are exercised.
PLAIN = st.text(alphabet="abxyz019._~!$&'()*+,;=@-", min_size=1, max_size=6)
ODD = st.sampled_from(
    [
        *["", ".", "..", "%", "%2e", "%2E%2e", "%2F", "%20", ":", "C:", "data:", "a?b", "#", "\\"],
        *[" ", "\x00", "\x7f", "\n", "é", "[", "]", "x" * 255, "x" * 256, "//", "http://h"],
    ]
)
SEGMENT = st.integers(0, 9).flatmap(
    lambda i: PLAIN if i < 8 else ODD if i == 8 else st.tuples(PLAIN, ODD).map("".join)
)
REF = st.one_of(
    st.lists(SEGMENT, min_size=1, max_size=5).map("/".join),
    st.tuples(  # "./" and "../" first: within the root or above it
        st.lists(st.sampled_from(["../", "./", ".."]), min_size=1, max_size=4).map("".join),
        st.lists(SEGMENT, min_size=1, max_size=3).map("/".join),
    ).map("".join),
)
FOLDER = st.lists(SEGMENT, max_size=4).map(lambda names: "".join(f"{n}/" for n in names))


def general(root: URL, base: URL, ref: str) -> tuple[str, object, object]:
    try:
        url = resolve_reference(base, ref)
        return "ok", (url, str(url)), relative_path(root, url)
    except UnsafeReferenceError as exc:
        return "refused", str(exc), exc.reason
    except ValueError as exc:
        return "invalid", type(exc), None


def fast(root: URL, base: URL, ref: str) -> tuple[str, object, object]:
    try:
        url, path = ReferenceResolver(root).resolve(base, ref)
        return "ok", (url, str(url)), path
    except UnsafeReferenceError as exc:
        return "refused", str(exc), exc.reason
    except ValueError as exc:
        return "invalid", type(exc), None


@settings(max_examples=700, deadline=None)
@given(root=st.sampled_from(ROOTS), folder=FOLDER, name=SEGMENT, ref=REF, query=st.booleans())
@example(root=ROOTS[0], folder="sets/", name="1.json", ref="t/0/1.glb", query=False)
@example(root=ROOTS[0], folder="", name="tileset.json", ref="x" * 255, query=False)
@example(root=ROOTS[0], folder="", name="tileset.json", ref="x" * 256, query=False)
@example(root=ROOTS[4], folder="", name="tileset.json", ref="a.glb", query=False)
@example(root=ROOTS[2], folder="t/", name="a.json", ref="b/c.glb", query=True)
@example(root=ROOTS[0], folder="sets/", name="0.json", ref="../t/0/0.glb", query=False)
@example(root=ROOTS[0], folder="sets/", name="0.json", ref="../../t/0/0.glb", query=False)
@example(root=ROOTS[0], folder="a/b/", name="0.json", ref=".././../c.glb", query=False)
def test_reference_resolver_matches_the_general_path(
    root: str, folder: str, name: str, ref: str, query: bool
) -> None:
    root_url = URL(root, encoded=True)
    try:
        base = URL(f"{root}{folder}{name}" + ("?v=1" if query else ""), encoded=True)
    except ValueError:
        return
    assert fast(root_url, base, ref) == general(root_url, base, ref)


@settings(max_examples=300, deadline=None)
@given(ref=REF, other=st.sampled_from(["http://h:81/c/", "http://g/c/", "https://h/c/"]))
def test_reference_resolver_on_another_origin(ref: str, other: str) -> None:
    root = URL("http://h/c/", encoded=True)
    base = URL(f"{other}sets/a.json", encoded=True)
    assert fast(root, base, ref) == general(root, base, ref)


def test_plain_references_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object) -> None:
        raise AssertionError("general path taken")

    monkeypatch.setattr(urls, "resolve_reference", forbidden)
    monkeypatch.setattr(urls, "relative_path", forbidden)
    resolver = ReferenceResolver(URL("http://h:8080/c/export/", encoded=True))
    base = URL("http://h:8080/c/export/sets/3.json", encoded=True)
    url, path = resolver.resolve(base, "t/3/17.glb")
    assert (str(url), path) == ("http://h:8080/c/export/sets/t/3/17.glb", "sets/t/3/17.glb")
    url, path = resolver.resolve(base, "../t/3/17.glb")
    assert (str(url), path) == ("http://h:8080/c/export/t/3/17.glb", "t/3/17.glb")
    # Leaving the root, escapes and other origins are the general path's business.
    for ref in ("../../t.glb", "a/../t.glb", "a%20b.glb", "http://h:8080/c/export/t.glb"):
        with pytest.raises(AssertionError, match="general path"):
            resolver.resolve(base, ref)


SAS = st.lists(
    st.sampled_from(["sv=2022", "sig=a%2Bb%3D", "se=2030-01-01T00%3A00Z", "", "?", "v=2", "&"]),
    max_size=5,
).map("&".join)


@settings(max_examples=300, deadline=None)
@given(root=st.sampled_from(ROOTS), path=REF, own=st.sampled_from(["", "?v=1", "?", "#f"]), sas=SAS)
def test_signed_matches_with_sas(root: str, path: str, own: str, sas: str) -> None:
    root_url = URL(root, encoded=True)
    try:
        url = URL(f"{root}{path}{own}", encoded=True)
        _ = url.explicit_port, url.raw_host
    except ValueError:
        return
    got = ReferenceResolver(root_url).signed(url, merge_query("", sas.lstrip("?")))
    if got is not None:
        assert same_origin(url, root_url)
        want = with_sas(url, sas)
        assert (got, str(got)) == (want, str(want))


@settings(max_examples=300, deadline=None)
@given(path=REF, sas=SAS)
def test_container_link_sign_matches_with_sas_across_renewals(path: str, sas: str) -> None:
    link = ContainerLink(URL("http://h/c/tileset.json?sv=1&sig=x", encoded=True))
    try:
        url = URL(f"http://h/c/{path}", encoded=True)
    except ValueError:
        return
    first = link.sign(url)
    assert str(first) == str(with_sas(url, "sv=1&sig=x"))
    try:
        renewed = link.renewed(f"http://h/c/tileset.json?{sas}")
    except ValueError:
        return
    assert str(renewed.sign(url)) == str(with_sas(url, sas))


# -- the walk's own state and its write path ----------------------------------------------------


def test_seen_paths_records_each_path_once() -> None:
    seen = SeenPaths()
    paths = [f"t/{i % 7}/{i}.glb" for i in range(5000)] + ["é/ü.glb", "a", "A"]
    assert all(seen.add(p) for p in paths)  # through several growths of the table
    assert not any(seen.add(p) for p in paths)
    assert len(seen) == len(paths) and seen.names is None
    listed = SeenPaths(names=True)
    listed.add("a.glb")
    listed.add("a.glb")
    assert listed.names == {"a.glb"} and len(listed) == 1


def big_tileset_app(files: dict[str, bytes]) -> web.Application:
    async def handle(request: web.Request) -> web.Response:
        body = files.get(request.match_info["tail"])
        return web.Response(body=body) if body is not None else web.Response(status=404)

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    return app


@pytest.mark.parametrize("budget", [1, 64, 10**9])
async def test_the_frontier_stays_within_its_budget(budget: int) -> None:
    # 20 external tilesets of 30 tiles: opened all at once, they would queue 600 references.
    base = URL("http://h/c/tileset.json")
    handled: list[str] = []
    frontier = Frontier(budget)

    async def handle(ref: Ref, depth: int, container: bool) -> None:
        handled.append(ref.uri)
        await asyncio.sleep(0)  # let the other workers take references meanwhile
        if ref.uri == "tileset.json":
            uris = [f"t{i}.json" for i in range(20)]
        elif ref.uri.endswith(".json"):
            uris = [f"{ref.uri}/{j}.glb" for j in range(30)]
        else:
            return
        if ref.uri != "tileset.json":
            frontier.opened(len(uris))
        frontier.push([Ref(u, base, RefKind.TILESET_OR_CONTENT) for u in uris], depth + 1)

    frontier.push([Ref("tileset.json", base, RefKind.TILESET_OR_CONTENT)], 0)
    await frontier.run(8, handle)
    assert len(handled) == 1 + 20 + 600 and len(set(handled)) == len(handled)
    assert len(frontier) == 0 and frontier.busy == 0
    if budget == 10**9:
        assert frontier.peak > 200  # the control: tilesets opened at once queue all their refs
    else:
        # At most one tileset's references beyond the budget (its size is learnt as it goes).
        assert frontier.peak <= max(budget, 30) + 30


@pytest.mark.parametrize("budget", [1, 64])
async def test_a_download_under_a_small_frontier_budget_is_complete(
    budget: int, tmp_path: Path
) -> None:
    sample = build_tileset("big", n=600, per_tileset=30)
    walker = TileWalker(concurrency=8, tuning=Tuning(frontier_budget=budget))
    async with serve_app(big_tileset_app(dict(sample.files))) as origin:
        report = await walker.download(f"{origin}/c/tileset.json", tmp_path)
    assert report.ok and report.tiles == len(sample.files)
    assert mirror_files(tmp_path) == dict(sample.files)


@pytest.mark.parametrize(("slow", "in_threads"), [(1e9, False), (-1.0, True)])
async def test_whole_bodies_go_to_threads_only_when_writes_are_slow(
    slow: float, in_threads: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = build_tileset("big", n=60, per_tileset=30)
    tuning = Tuning(slow_write=slow)  # every write "fast", or every one "slow"
    threads: list[str] = []
    write = Mirror.write

    def recording(mirror: Mirror, rel: str, data: bytes) -> os.stat_result:
        threads.append(threading.current_thread().name)
        return write(mirror, rel, data)

    monkeypatch.setattr(Mirror, "write", recording)
    async with serve_app(big_tileset_app(dict(sample.files))) as origin:
        report = await TileWalker(tuning=tuning).download(f"{origin}/c/tileset.json", tmp_path)
    assert report.ok and mirror_files(tmp_path) == dict(sample.files)
    pooled = [name.startswith("itwin-mesh-write") for name in threads]
    # The first writes run inline until the average says they are slow.
    assert any(pooled) is in_threads and not all(pooled[:1])


# -- a stalled attempt ----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["headers", "body", "streamed", "unsized"])
async def test_a_stalled_attempt_is_retried(where: str, tmp_path: Path) -> None:
    sample = build_tileset("big", n=4, per_tileset=4, size=3000)
    files = dict(sample.files)
    stalled = "t/0/0/1.glb" if "t/0/0/1.glb" in files else sorted(files)[-1]
    stall = aiohttp.ClientTimeout(sock_read=0.3)  # the default is 60 s between two reads
    # "streamed": past the inline limit, the body goes to a temporary file.
    tuning = Tuning(inline_limit=1000) if where == "streamed" else Tuning()
    release = asyncio.Event()
    attempts: list[str] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        path = request.match_info["tail"]
        data = files[path]
        attempts.append(path)
        if path != stalled or attempts.count(path) > 1:
            return web.Response(body=data)
        if where == "headers":
            await release.wait()
        sized = {} if where == "unsized" else {"Content-Length": str(len(data))}
        resp = web.StreamResponse(headers=sized)
        await resp.prepare(request)
        await resp.write(data[: len(data) // 2])
        await release.wait()  # stalls until the test ends
        return resp

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    async with serve_app(app, shutdown_timeout=1) as origin:
        try:
            if where == "unsized":  # only the stream reads a body of unknown length whole
                stream = TileWalker(timeout=stall, tuning=tuning).stream(f"{origin}/c/tileset.json")
                got = {tile.path: tile.data async for tile in stream}
                report = stream.report
            else:
                walker = TileWalker(timeout=stall, tuning=tuning)
                report = await walker.download(f"{origin}/c/tileset.json", tmp_path)
                got = mirror_files(tmp_path)
        finally:
            release.set()
    assert attempts.count(stalled) == 2 and report.retries == 1
    assert report.ok and got == files


async def test_a_large_glb_is_parsed_inline_and_a_large_json_in_a_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parsing a GLB reads its JSON chunk only: a thread hop would cost more than the parse.
    padding = "x" * (Tuning().parse_in_thread + 10)
    doc = {"asset": {"version": "1.1", "extras": padding}, "geometricError": 1,
           "root": {"geometricError": 0, "boundingVolume": {"sphere": [0, 0, 0, 1]},
                    "content": {"uri": "big.glb"}}}  # fmt: skip
    files = {"tileset.json": json.dumps(doc).encode(), "big.glb": glb(size=600_000)}
    threads: dict[str, str] = {}

    def recording(url: URL, *args: Any, **kwargs: Any) -> Any:
        threads[url.path.rsplit("/", 1)[-1]] = threading.current_thread().name
        return discover(url, *args, **kwargs)

    monkeypatch.setattr(pipeline, "discover", recording)
    async with serve_app(big_tileset_app(files)) as origin:
        report = await TileWalker().download(f"{origin}/c/tileset.json", tmp_path)
    assert report.ok and mirror_files(tmp_path) == files
    main = threading.main_thread().name
    assert threads["big.glb"] == main and threads["tileset.json"] != main


async def test_of_two_references_to_one_file_the_first_written_is_fetched(tmp_path: Path) -> None:
    # Containers and other files wait in different queues; one file's references stay in one.
    def tileset(*uris: str) -> bytes:
        children = [{"geometricError": 0, "content": {"uri": u}} for u in uris]
        root = {"geometricError": 1, "boundingVolume": {"sphere": [0, 0, 0, 1]}}
        return json.dumps(
            {
                "asset": {"version": "1.1"},
                "geometricError": 1,
                "root": {**root, "children": children},
            }
        ).encode()

    files = {
        "tileset.json": tileset(
            "a.glb?v=1", "sub%2Ejson?v=1", "sub.json?v=2", "A.glb", "a.glb?v=2"
        ),
        "sub.json": tileset("b.glb"),
        "a.glb": glb(seed=1),
        "A.glb": glb(seed=2),
        "b.glb": glb(seed=3),
    }
    queries: list[tuple[str, str]] = []

    async def handle(request: web.Request) -> web.Response:
        queries.append((request.match_info["tail"], request.query_string))
        return web.Response(body=files[request.match_info["tail"]])

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    async with serve_app(app) as origin:
        report = await TileWalker().download(f"{origin}/c/tileset.json", tmp_path)
    assert report.ok and mirror_files(tmp_path) == files
    assert sorted(queries) == sorted(
        [("tileset.json", ""), ("a.glb", "v=1"), ("sub.json", "v=1"), ("A.glb", ""), ("b.glb", "")]
    )
