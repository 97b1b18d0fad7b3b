"""Hostile or broken tilesets through whole downloads: each bad file is a clear error for that
file, the rest of the download goes on, and nothing is written outside DEST or into the tool's
own state folder. Served by the emulator's container; a second loopback server stands for
"another host" and must never be asked for anything."""

from __future__ import annotations

import gzip
import json
import os
import struct
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import DownloadError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import b3dm, glb
from itwin_mesh_async.tiles import DownloadReport, TileWalker
from itwin_mesh_async.tiles.limits import Limits
from itwin_mesh_async.tiles.mirror import STATE_DIR
from tests.helpers import assert_no_tool_leftovers, mirror_files, serve_app

BOX = {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]}


def tileset(uris: list[str], root: dict[str, Any] | None = None) -> bytes:
    children = [{"boundingVolume": BOX, "geometricError": 0, "content": {"uri": u}} for u in uris]
    node = root or {"boundingVolume": BOX, "geometricError": 1, "children": children}
    return json.dumps({"asset": {"version": "1.1"}, "geometricError": 1, "root": node}).encode()


def walker(**kwargs: Any) -> TileWalker:
    kwargs.setdefault("retry", RetryPolicy.no_wait(max_attempts=2))
    kwargs.setdefault("concurrency", 4)
    return TileWalker(**kwargs)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, symlinks not followed."""
    out = {}
    for base, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(base) / name
            if not path.is_symlink():
                out[path.relative_to(folder).as_posix()] = path.read_bytes()
    return out


def reasons(report: DownloadReport) -> dict[str, str]:
    return {f.path: f.reason for f in report.failed}


@pytest.fixture
async def elsewhere() -> AsyncIterator[tuple[int, list[str]]]:
    """Another origin on loopback that records every request it gets."""
    seen: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(request.raw_path)
        return web.Response(body=glb(seed=9))

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    async with serve_app(app) as origin:
        yield int(origin.rsplit(":", 1)[1]), seen


async def test_uris_leaving_the_container_are_refused(
    emulator: Emulator, tmp_path: Path, elsewhere: tuple[int, list[str]]
) -> None:
    port, other_requests = elsewhere
    blob_port = emulator.blob_port
    leaving = {
        "../escape.glb": "outside the container root",
        "../../../../escape.glb": "outside the container root",
        "%2e%2e/escape.glb": "dot segment '..'",
        "%2E%2E%2Fescape.glb": "encoded slash",
        "..%2fescape.glb": "encoded slash",
        "sub\\..\\..\\escape.glb": "outside the container root",
        "/abs/escape.glb": "outside the container root",
        f"http://127.0.0.1:{port}/c/x.glb": "host",
        f"http://localhost:{blob_port}/x.glb": "host",
        f"https://127.0.0.1:{blob_port}/x.glb": "host",
        f"//127.0.0.1:{port}/x.glb": "host",
        "file:///etc/passwd": "scheme 'file'",
        "ftp://127.0.0.1/x.glb": "scheme 'ftp'",
        "x" * 300 + ".glb": "longer than 255 bytes",
        "/".join(["d" * 200] * 30) + "/x.glb": "path longer than the file system allows",
        "sub/%00.glb": "control character",
        # The tool's own state folder, in every spelling that lands there.
        f"{STATE_DIR}/tmp/evil.part": "reserved",
        f"%2e{STATE_DIR[1:]}/x.glb": "reserved",
        f"sub/../{STATE_DIR}/x.glb": "reserved",
        STATE_DIR.upper() + "/x.glb": "reserved",
        STATE_DIR: "reserved",
    }
    good = {"ok.glb": glb(seed=1), "a/b.glb": glb(seed=2)}
    files = {"tileset.json": tileset([*leaving, "ok.glb", "a\\b.glb"]), **good}
    export_id = emulator.add_export(files=files)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = outside / "dest"
    report = await walker().download(emulator.sas_href(export_id), dest)
    got = reasons(report)
    assert len(got) == len(leaving), got
    for uri, why in leaving.items():
        reason = next(r for p, r in got.items() if p.startswith(uri[:150]))
        assert reason.startswith("refused:") and why in reason, (uri, reason)
    assert report.tiles == 3
    written = {p: b for p, b in tree(outside).items() if not p.startswith(f"dest/{STATE_DIR}/")}
    assert written == {f"dest/{p}": b for p, b in files.items()}
    assert_no_tool_leftovers(dest)
    assert other_requests == []
    container = f"/{emulator.state.account}/"
    assert all(r.path_qs.startswith(container) for r in emulator.requests if r.origin == "blob")
    assert emulator.secret_leaks() == []


async def test_a_redirect_to_another_host_is_not_followed(
    tmp_path: Path, elsewhere: tuple[int, list[str]]
) -> None:
    port, other_requests = elsewhere
    sas = "se=2099-01-01T00%3A00%3A00Z&sig=redirect%2Bsecret"

    async def handle(request: web.Request) -> web.Response:
        if request.path.endswith("tileset.json"):
            return web.Response(body=tileset(["moved.glb", "ok.glb"]))
        if request.path.endswith("moved.glb"):
            raise web.HTTPFound(f"http://127.0.0.1:{port}/stolen.glb?{request.query_string}")
        return web.Response(body=glb(seed=3))

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    async with serve_app(app) as origin:
        report = await walker().download(f"{origin}/c/tileset.json?{sas}", tmp_path / "out")
    assert reasons(report) == {"moved.glb": "HTTP 302 Found"}
    assert other_requests == []
    assert sorted(mirror_files(tmp_path / "out")) == ["ok.glb", "tileset.json"]


async def test_symlinks_in_dest_never_lead_writes_outside(
    emulator: Emulator, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim.json"
    victim_bytes = tileset([])  # valid: it must not be taken for the complete file either
    victim.write_bytes(victim_bytes)
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "link").symlink_to(outside, target_is_directory=True)
    (dest / "victim.json").symlink_to(victim)
    (dest / "dangling").symlink_to(tmp_path / "nowhere", target_is_directory=True)
    files = {
        "tileset.json": tileset(
            ["link/a/b/x.glb", "link/y.glb", "victim.json", "dangling/z.glb", "ok.glb"]
        ),
        "link/a/b/x.glb": glb(seed=1),
        "link/y.glb": glb(seed=2),
        "victim.json": tileset(["ok.glb"]),
        "dangling/z.glb": glb(seed=3),
        "ok.glb": glb(seed=4),
    }
    (outside / "y.glb").write_bytes(files["link/y.glb"])  # "complete" through the link
    export_id = emulator.add_export(files=files)
    report = await walker().download(emulator.sas_href(export_id), dest)
    got = reasons(report)
    assert set(got) == {"link/a/b/x.glb", "link/y.glb", "dangling/z.glb"}
    assert all("leads outside DEST (a symlink)" in r for r in got.values())
    assert report.skipped == 0  # nothing outside DEST was trusted as already downloaded
    # Outside is untouched: no folder made through the link, the victim file unchanged.
    assert tree(outside) == {"victim.json": victim_bytes, "y.glb": files["link/y.glb"]}
    assert sorted(p.name for p in outside.iterdir()) == ["victim.json", "y.glb"]
    assert not (tmp_path / "nowhere").exists()
    # The symlinked file was replaced by the real one, not written through.
    assert not (dest / "victim.json").is_symlink()
    assert (dest / "victim.json").read_bytes() == files["victim.json"]


async def test_a_symlinked_state_folder_is_refused_before_anything_is_deleted(
    emulator: Emulator, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    (outside / "tmp").mkdir(parents=True)
    (outside / "tmp" / "precious").write_bytes(b"keep me")
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / STATE_DIR).symlink_to(outside, target_is_directory=True)
    export_id = emulator.add_export(files={"tileset.json": tileset([])})
    with pytest.raises(DownloadError, match=f"its {STATE_DIR} is a symlink"):
        await walker().download(emulator.sas_href(export_id), dest)
    assert tree(outside) == {"tmp/precious": b"keep me"}
    assert not any(r.origin == "blob" for r in emulator.requests)


@pytest.mark.parametrize("name", ["source", "tmp"])
async def test_planted_symlinks_in_the_state_folder_are_never_followed(
    emulator: Emulator, tmp_path: Path, name: str
) -> None:
    outside = tmp_path / "outside"
    (outside / "tmp").mkdir(parents=True)
    (outside / "tmp" / "precious").write_bytes(b"keep me")
    (outside / "victim").write_bytes(b"keep me too")
    dest = tmp_path / "dest"
    (dest / STATE_DIR).mkdir(parents=True)
    # The previous version's marker, and the temporary folder a run empties first.
    target = outside / ("victim" if name == "source" else "tmp")
    (dest / STATE_DIR / name).symlink_to(target, target_is_directory=name == "tmp")
    files = {"tileset.json": tileset(["ok.glb"]), "ok.glb": glb(seed=1)}
    export_id = emulator.add_export(files=files)
    report = await walker().download(emulator.sas_href(export_id), dest)
    assert report.ok and mirror_files(dest) == files
    assert not (dest / STATE_DIR / name).is_symlink()  # the link itself was removed
    assert tree(outside) == {"tmp/precious": b"keep me", "victim": b"keep me too"}


def _lying_b3dm() -> bytes:
    data = bytearray(b3dm(glb(seed=5)))
    struct.pack_into("<I", data, 12, 1 << 30)  # featureTableJSONByteLength far past the end
    return bytes(data)


def _implicit(subtree: bytes) -> dict[str, bytes]:
    root = {
        "boundingVolume": BOX,
        "geometricError": 1,
        "content": {"uri": "c/{level}/{x}/{y}.glb"},
        "implicitTiling": {
            "subdivisionScheme": "QUADTREE",
            "subtreeLevels": 2,
            "availableLevels": 2,
            "subtrees": {"uri": "s/{level}.{x}.{y}.json"},
        },
    }
    return {"tileset.json": tileset([], root), "s/0.0.0.json": subtree, "c/0/0/0.glb": glb()}


def _external_chain(n: int) -> dict[str, bytes]:
    files = {f"chain/{i}.json": tileset([f"{i + 1}.json"]) for i in range(n)}
    files[f"chain/{n}.json"] = tileset(["../ok.glb"])
    return files


def _nested(levels: int) -> bytes:
    node: dict[str, Any] = {"boundingVolume": BOX, "geometricError": 0}
    for _ in range(levels):
        node = {"boundingVolume": BOX, "geometricError": 1, "children": [node]}
    return tileset([], node)


async def test_broken_files_each_fail_alone_and_the_rest_goes_on(
    emulator: Emulator, tmp_path: Path
) -> None:
    limits = Limits(
        max_json_bytes=64 * 1024,
        max_decompressed_bytes=256 * 1024,
        max_depth=40,
        max_external_depth=6,
        max_subtree_bytes=32 * 1024,
    )
    bad_availability = [
        {
            "tileAvailability": {"bitstream": 7},
            "childSubtreeAvailability": {"constant": 0},
            "contentAvailability": [{"constant": 1}],
            "bufferViews": [],
        },
        {"tileAvailability": {"constant": 5}, "childSubtreeAvailability": {"constant": 0}},
        {"tileAvailability": {"constant": 1}},
    ]
    broken: dict[str, bytes] = {
        "malformed.json": b'{"asset": {"version": "1.1"}, "root": {',
        "brackets.json": b"[" * 30_000 + b"]" * 30_000,  # under the size limit, too deep
        "too-deep.json": _nested(60),
        "huge.json": tileset(["ok.glb"] * 4000),  # over max_json_bytes
        "bomb.json": gzip.compress(b" " * (4 * 1024 * 1024)),
        "lying.b3dm": _lying_b3dm(),
        "cut.glb": glb(seed=6)[:-40],
        "empty.glb": b"",
    }
    files = {
        "tileset.json": tileset(
            [
                *broken,
                "ok.glb",
                "other.json",
                "ext/tileset.json",
                "chain/0.json",
                *(f"imp{i}/tileset.json" for i in range(len(bad_availability))),
            ]
        ),
        "ok.glb": glb(seed=1),
        # A cycle of external tilesets: each is fetched once, the walk ends.
        "ext/tileset.json": tileset(["../tileset.json", "../ext2/tileset.json", "e.glb"]),
        "ext/e.glb": glb(seed=2),
        "ext2/tileset.json": tileset(["../ext/tileset.json"]),
        **_external_chain(10),
        "other.json": b"[1, 2, 3]",  # JSON content that is no tileset: stored as it is
        **broken,
    }
    for i, subtree in enumerate(bad_availability):
        for path, data in _implicit(json.dumps(subtree).encode()).items():
            files[f"imp{i}/{path}"] = data
    export_id = emulator.add_export(files=files)
    report = await walker(limits=limits).download(emulator.sas_href(export_id), tmp_path / "o")
    got = reasons(report)
    # The root is depth 0: chain/0..chain/5 are the 6 external levels allowed.
    expected_failed = {*broken, "chain/6.json", *(f"imp{i}/s/0.0.0.json" for i in range(3))}
    assert set(got) == expected_failed, got
    assert "does not parse" in got["malformed.json"]
    assert "nested deeper than 6" in got["chain/6.json"]
    for path in ("huge.json", "bomb.json"):
        assert "limit" in got[path], got[path]
    for path, reason in got.items():
        assert reason and "Traceback" not in reason and len(reason) < 300, (path, reason)
    stored = tree(tmp_path / "o")
    assert not set(stored) & expected_failed  # a bad file is never stored
    # Everything good was stored, the cycle once; the implicit roots and their content too.
    for path in (
        "ok.glb",
        "other.json",
        "ext/tileset.json",
        "ext/e.glb",
        "ext2/tileset.json",
        "chain/5.json",
    ):
        assert stored[path] == files[path]
    assert "chain/7.json" not in stored
    blob_gets = [r.path_qs.partition("?")[0] for r in emulator.requests if r.origin == "blob"]
    assert sum(1 for p in blob_gets if p.endswith("/ext/tileset.json")) == 1
