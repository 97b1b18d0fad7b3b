"""download(): mirrors of every generated shape, resume, temp files, hostile URIs, DEST errors.

Served by a small aiohttp static server on loopback that checks the SAS query byte for byte
(as a signature check would) and records every request.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack
from pathlib import Path
from urllib.parse import unquote

import attrs
import pytest
from aiohttp import web
from yarl import URL

from itwin_mesh_async.errors import DownloadError, InvalidArgumentError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import SHAPES, build_tileset, glb
from itwin_mesh_async.tiles import DownloadReport, Progress, TileWalker
from itwin_mesh_async.tiles.limits import Limits
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.helpers import mirror_files, serve_app

# A signature with every character a SAS must keep escaped.
SAS = "sv=2022-11-02&sr=c&sp=rl&se=2099-01-01T00%3A00%3A00Z&sig=ab%2Bcd%2Fef%3D%3D"


@attrs.define
class StaticServer:
    """Serves ``files`` under ``/acct/exports/e1/``; 403 unless the query holds the SAS."""

    files: dict[str, bytes]
    encodings: Mapping[str, str] = attrs.Factory(dict)
    sas: str = SAS
    requests: list[tuple[str, str, dict[str, str]]] = attrs.Factory(list)
    base: URL = attrs.field(factory=lambda: URL("http://127.0.0.1"))
    prefix: str = "/acct/exports/e1/"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.StreamResponse:
        raw = request.raw_path
        path, _, query = raw.partition("?")
        self.requests.append((path, query, dict(request.headers)))
        if self.sas and not _has_sas(query, self.sas):
            return web.Response(
                status=403,
                body=b"<?xml version='1.0'?><Error><Code>AuthenticationFailed</Code></Error>",
            )
        decoded = unquote(path)
        rel = decoded[len(self.prefix) :] if decoded.startswith(self.prefix) else None
        if rel is None or rel not in self.files:
            return web.Response(status=404, text="BlobNotFound")
        headers = {}
        if rel in self.encodings:
            headers["Content-Encoding"] = self.encodings[rel]
        return web.Response(body=self.files[rel], headers=headers)

    def url(self, name: str = "tileset.json") -> str:
        return f"{self.base}{self.prefix}{name}?{self.sas}"

    def count(self, rel: str) -> int:
        return sum(1 for p, _, _ in self.requests if unquote(p) == self.prefix + rel)


def _has_sas(query: str, sas: str) -> bool:
    # Every SAS parameter present byte-exact (a re-encoded signature would fail here).
    params = set(query.split("&"))
    return all(p in params for p in sas.split("&"))


@pytest.fixture
async def serve() -> AsyncIterator[object]:
    async with AsyncExitStack() as servers:

        async def start(server: StaticServer) -> StaticServer:
            server.base = URL(await servers.enter_async_context(serve_app(server.app())))
            return server

        yield start


def walker(**kwargs: object) -> TileWalker:
    kwargs.setdefault("retry", RetryPolicy.no_wait())
    kwargs.setdefault("concurrency", 8)
    return TileWalker(**kwargs)  # type: ignore[arg-type]


SHAPE_NAMES = sorted(set(SHAPES) - {"big", "demo"})


@pytest.mark.parametrize("shape", SHAPE_NAMES)
async def test_every_shape_mirrors_byte_identical(shape: str, serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_tileset(shape, seed=3)
    server = await serve(StaticServer(dict(sample.files), sample.encodings))
    report = await walker().download(server.url(), tmp_path / "out")
    expected = {p: sample.files[p] for p in sample.reachable - sample.missing}
    assert mirror_files(tmp_path / "out") == expected
    assert report.tiles == len(expected)
    assert report.bytes == sum(len(b) for b in expected.values())
    assert sorted(f.path for f in report.failed) == sorted(sample.missing)
    for failed in report.failed:
        assert "404" in failed.reason
    # Each file fetched once, and nothing else (no unavailable implicit content or subtree);
    # no Authorization ever sent to the blob host; identity encoding.
    for rel in expected:
        assert server.count(rel) == 1, rel
    assert len(server.requests) == len(sample.reachable)
    for _, _, headers in server.requests:
        assert "Authorization" not in headers
        assert headers.get("Accept-Encoding") == "identity"


async def test_demo_shape_and_report_json(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_tileset("demo", seed=1, tiles=300)
    server = await serve(StaticServer(dict(sample.files), sample.encodings))
    seen: list[Progress] = []
    report = await walker(concurrency=16).download(
        server.url(), tmp_path / "out", progress=seen.append
    )
    expected = {p: sample.files[p] for p in sample.reachable - sample.missing}
    assert mirror_files(tmp_path / "out") == expected
    doc = report.to_dict()
    assert json.loads(json.dumps(doc)) == doc
    assert doc["tiles"] == len(expected) and doc["failed"] == len(sample.missing)
    assert doc["dest"] == str((tmp_path / "out").absolute())
    assert {"tiles", "bytes", "skipped", "failed", "seconds", "dest", "failures"} <= set(doc)
    assert seen and seen[-1].files_done == len(expected)
    assert seen[-1].bytes_done == report.bytes


async def test_container_url_gets_tileset_json_appended(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_tileset("flat", seed=1, n=5)
    server = await serve(StaticServer(dict(sample.files)))
    container = f"{server.base}{server.prefix.rstrip('/')}?{server.sas}"
    report = await walker().download(container, tmp_path / "out")
    assert report.ok and report.tiles == len(sample.reachable)


async def test_resume_skips_complete_files_and_cleans_temp(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_tileset("external", seed=2)
    server = await serve(StaticServer(dict(sample.files)))
    dest = tmp_path / "out"
    first = await walker().download(server.url(), dest)
    assert first.ok
    # A killed run's leftovers: a temp file, and one tile missing.
    tmp = dest / STATE_DIR / "tmp"
    tmp.mkdir(parents=True)
    (tmp / "123-4.part").write_bytes(b"half a tile")
    victim = sorted(p for p in sample.reachable if p.endswith(".glb"))[0]
    (dest / victim).unlink()
    server.requests.clear()
    second = await walker().download(server.url(), dest)
    assert second.ok
    assert second.tiles == 1 and second.skipped == len(sample.reachable) - 1
    assert [unquote(p) for p, _, _ in server.requests] == [server.prefix + victim]
    assert mirror_files(dest) == dict(sample.files)  # temp file removed, state folder gone
    # resume=False fetches everything again.
    server.requests.clear()
    third = await walker().download(server.url(), dest, resume=False)
    assert third.tiles == len(sample.reachable) and third.skipped == 0
    assert len(server.requests) == len(sample.reachable)


async def test_resume_refetches_a_damaged_tileset(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_tileset("external", seed=2)
    server = await serve(StaticServer(dict(sample.files)))
    dest = tmp_path / "out"
    await walker().download(server.url(), dest)
    (dest / "tileset.json").write_bytes(b"{not json")
    report = await walker().download(server.url(), dest)
    assert report.ok and report.tiles == 1
    assert mirror_files(dest) == dict(sample.files)


def _hostile_tileset(port: int) -> dict[str, bytes]:
    uris = [
        "../../etc/passwd",
        "%2e%2e/%2e%2e/secret.glb",
        "..%2fescape.glb",
        "http://evil.example/x.glb",
        f"http://127.0.0.1:{port + 1}/acct/exports/e1/a.glb",
        "/abs/x.glb",
        "ok.glb",
    ]
    doc = {
        "asset": {"version": "1.1"},
        "geometricError": 1,
        "root": {
            "boundingVolume": {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]},
            "geometricError": 1,
            "children": [
                {
                    "boundingVolume": {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]},
                    "geometricError": 0,
                    "content": {"uri": u},
                }
                for u in uris
            ],
        },
    }
    return {"tileset.json": json.dumps(doc).encode(), "ok.glb": glb(seed=1)}


async def test_hostile_uris_are_refused_and_nothing_leaves_dest(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = await serve(StaticServer({}))
    port = server.base.port
    assert port is not None
    server.files.update(_hostile_tileset(port))
    dest = tmp_path / "a" / "b" / "out"
    report = await walker().download(server.url(), dest)
    assert mirror_files(dest) == server.files
    # Nothing written anywhere else under tmp_path.
    outside = [p for p in mirror_files(tmp_path) if not p.startswith("a/b/out/")]
    assert outside == []
    reasons = {f.path: f.reason for f in report.failed}
    assert len(reasons) == 6, reasons
    assert all(r.startswith("refused:") for r in reasons.values())
    assert "host" in reasons["http://evil.example/x.glb"]
    # No request went anywhere but the container, and never with a path outside it.
    assert all(p.startswith(server.prefix) for p, _, _ in server.requests)


async def test_unwritable_dest_is_a_download_error(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if os.geteuid() == 0 and sys.platform != "win32":
        # root ignores permissions: use a path under a regular file instead.
        blocker = tmp_path / "file"
        blocker.write_bytes(b"x")
        dest = blocker / "out"
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
        dest = ro / "out"
    sample = build_tileset("flat", seed=1, n=3)
    server = await serve(StaticServer(dict(sample.files)))
    with pytest.raises(DownloadError, match="cannot write to") as info:
        await walker().download(server.url(), dest)
    assert isinstance(info.value.report, DownloadReport) or info.value.report is None
    assert server.requests == []


async def test_root_not_found_is_a_download_error(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = await serve(StaticServer({}))
    with pytest.raises(DownloadError, match=r"cannot read the tileset tileset.json: not found"):
        await walker().download(server.url(), tmp_path / "out")
    assert not any((tmp_path / "out").rglob("*.json"))


async def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="concurrency"):
        TileWalker(concurrency=0)
    with pytest.raises(InvalidArgumentError, match="http"):
        await walker().download("file:///etc/tileset.json", tmp_path)
    with pytest.raises(InvalidArgumentError, match="mode"):
        await walker().download("http://h/t.json", tmp_path, mode="copy")  # type: ignore[arg-type]


async def test_write_to_a_directory_path_fails_that_file_only(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = build_tileset("flat", seed=1, n=4)
    server = await serve(StaticServer(dict(sample.files)))
    dest = tmp_path / "out"
    victim = sorted(p for p in sample.reachable if p.endswith(".glb"))[0]
    (dest / victim).mkdir(parents=True)  # a folder where a tile must go
    report = await walker().download(server.url(), dest, resume=False)
    assert [f.path for f in report.failed] == [victim]
    assert "cannot store" in report.failed[0].reason
    assert report.tiles == len(sample.reachable) - 1


def _tileset(uris: list[str]) -> bytes:
    box = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}
    children = [{"boundingVolume": box, "geometricError": 0, "content": {"uri": u}} for u in uris]
    doc = {
        "asset": {"version": "1.1"},
        "geometricError": 1,
        "root": {"boundingVolume": box, "geometricError": 1, "children": children},
    }
    return json.dumps(doc).encode()


async def test_broken_files_fail_alone(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = glb(seed=2)
    truncated = bytearray(glb(seed=3))
    truncated[8:12] = (len(truncated) + 100).to_bytes(4, "little")  # header lies about length
    files = {
        "tileset.json": _tileset(
            ["bad.json", "trunc.glb", "bomb.json", "good.glb", "http://127.0.0.1:99999/x.glb"]
        ),
        "bad.json": b'{"asset": {"version": "1.1"}, "root": ',
        "trunc.glb": bytes(truncated),
        "bomb.json": gzip.compress(b" " * (2 * 1024 * 1024)),
        "good.glb": good,
    }
    server = await serve(StaticServer(files))
    w = walker(limits=Limits(max_decompressed_bytes=1024 * 1024))
    report = await w.download(server.url(), tmp_path / "out")
    reasons = {f.path: f.reason for f in report.failed}
    assert set(reasons) == {"bad.json", "trunc.glb", "bomb.json", "http://127.0.0.1:99999/x.glb"}
    assert "does not parse" in reasons["bad.json"]
    assert "byteLength" in reasons["trunc.glb"]
    assert "limit" in reasons["bomb.json"]
    assert reasons["http://127.0.0.1:99999/x.glb"].startswith("refused:")
    # A body that fails verification is fetched twice, then reported; never stored.
    assert server.count("trunc.glb") == 2
    stored = mirror_files(tmp_path / "out")
    assert stored == {"tileset.json": files["tileset.json"], "good.glb": good}
