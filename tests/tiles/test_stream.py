"""stream(): the same set of files as the mirror, back-pressure, early stop, failures."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import DownloadError, InvalidArgumentError, LinkExpiredError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import SHAPES, build_tileset
from itwin_mesh_async.tiles import Tile, TileWalker


def walker(**kwargs: object) -> TileWalker:
    kwargs.setdefault("retry", RetryPolicy.no_wait())
    kwargs.setdefault("concurrency", 8)
    return TileWalker(**kwargs)  # type: ignore[arg-type]


def add(emulator: Emulator, shape: str, **params: object) -> tuple[str, dict[str, bytes], str]:
    sample = build_tileset(shape, **params)
    export_id = emulator.add_export(files=sample.files, content_encodings=sample.encodings)
    expected = {p: sample.files[p] for p in sample.reachable - sample.missing}
    return export_id, expected, emulator.sas_href(export_id)


@pytest.mark.parametrize("shape", sorted(set(SHAPES) - {"big", "demo"}))
async def test_stream_yields_exactly_the_files(emulator: Emulator, shape: str) -> None:
    _, expected, href = add(emulator, shape, seed=4)
    stream = walker().stream(href)
    tiles: dict[str, Tile] = {}
    async for tile in stream:
        assert tile.path not in tiles
        tiles[tile.path] = tile
    assert {p: t.data for p, t in tiles.items()} == expected
    assert all(t.size == len(t.data) for t in tiles.values())
    report = stream.report
    assert report.tiles == len(expected)
    assert len(report.failed) == len(build_tileset(shape, seed=4).missing)
    assert emulator.secret_leaks() == []


async def test_stream_formats_are_detected(emulator: Emulator) -> None:
    _, expected, href = add(emulator, "mixed", seed=1)
    formats = {t.path: t.format async for t in walker().stream(href)}
    assert formats["tileset.json"] == "tileset"
    assert {f for p, f in formats.items() if p.endswith(".glb")} == {"glb"}
    assert set(formats) == set(expected)


async def test_back_pressure_bounds_the_window(emulator: Emulator) -> None:
    _, expected, href = add(emulator, "flat", seed=1, n=200)
    stream = walker(concurrency=4).stream(href)
    async with stream:
        first = await anext(stream)
        assert first.path == "tileset.json"
        await asyncio.sleep(0.3)  # the consumer stalls; the workers must stop soon
        blob_requests = sum(1 for r in emulator.requests if r.origin == "blob")
        # At most the window (max(2, concurrency)) + one file per worker beyond the first.
        assert blob_requests <= 1 + 4 + 4 + 1
        rest = [t.path async for t in stream]
    assert len(rest) + 1 == len(expected)


async def test_stopping_early_cancels_the_workers(emulator: Emulator) -> None:
    _, _, href = add(emulator, "flat", seed=1, n=100)
    stream = walker(concurrency=4).stream(href)
    got = []
    async for tile in stream:
        got.append(tile)
        if len(got) == 3:
            break
    await stream.aclose()
    served = sum(1 for r in emulator.requests if r.origin == "blob")
    await asyncio.sleep(0.1)
    assert sum(1 for r in emulator.requests if r.origin == "blob") == served
    assert served < 100
    # Closing twice and iterating after close are harmless.
    await stream.aclose()
    assert [t async for t in stream] == []


async def test_stream_with_a_borrowed_session(emulator: Emulator) -> None:
    _, expected, href = add(emulator, "external", seed=2)
    async with aiohttp.ClientSession() as session:
        paths = {t.path async for t in walker(session=session).stream(href)}
        assert not session.closed
    assert paths == set(expected)


async def test_a_session_with_credentials_is_refused() -> None:
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer x"}) as session:
        with pytest.raises(InvalidArgumentError, match="credentials"):
            TileWalker(session)


async def test_stream_root_missing_raises(emulator: Emulator) -> None:
    export_id = emulator.add_export(files={"other.glb": b"x"})
    with pytest.raises(DownloadError, match=r"cannot read the tileset tileset\.json"):
        async for _ in walker().stream(emulator.sas_href(export_id)):
            pass


async def test_stream_expired_link_raises(emulator: Emulator) -> None:
    _, _, href = add(emulator, "flat", seed=1, n=10)
    emulator.expire_sas_now()
    stream = walker().stream(href)
    with pytest.raises(LinkExpiredError, match="no export to renew it from") as info:
        async for _ in stream:
            pass
    assert "sig=" not in str(info.value)
