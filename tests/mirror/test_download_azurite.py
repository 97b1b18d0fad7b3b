"""Downloads from Azurite, the real Azure blob emulator: SAS checked for real, List Blobs,
and an expired SAS refused (then renewed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from itwin_mesh_async.errors import LinkExpiredError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.tilegen import build_tileset
from itwin_mesh_async.tiles import TileWalker
from tests.azurite import Azurite
from tests.helpers import mirror_files


def walker() -> TileWalker:
    return TileWalker(concurrency=8, retry=RetryPolicy.no_wait())


def escaped_sas(azurite: Azurite, container: str, **kwargs: object) -> str:
    """A read SAS whose signature holds at least one of %2B, %2F, %3D (re-signed until so)."""
    expiry = kwargs.pop("expiry", None) or datetime.now(UTC) + timedelta(hours=1)
    assert isinstance(expiry, datetime)
    for seconds in range(200):
        sas = azurite.read_sas(container, expiry=expiry + timedelta(seconds=seconds))
        sig = sas.partition("sig=")[2]
        if any(code in sig for code in ("%2B", "%2F")):
            return sas
    raise AssertionError("no signature with escapes found")


async def upload(
    azurite: Azurite,
    container: str,
    files: dict[str, bytes],
    prefix: str = "",
    encodings: dict[str, str] | None = None,
) -> None:
    async with aiohttp.ClientSession() as session:
        await azurite.upload(
            session,
            container,
            {prefix + k: v for k, v in files.items()},
            content_encodings={prefix + k: v for k, v in (encodings or {}).items()},
        )


@pytest.mark.parametrize("shape", ["mixed", "implicit-json-subtree", "gzip"])
async def test_walk_download_from_azurite(azurite: Azurite, shape: str, tmp_path: Path) -> None:
    sample = build_tileset(shape, seed=5)
    container = f"walk-{shape.replace('.', '')}"
    await upload(azurite, container, dict(sample.files), "exports/e1/", dict(sample.encodings))
    sas = escaped_sas(azurite, container)
    href = f"{azurite.container_url(container)}/exports/e1?{sas}"
    report = await walker().download(href, tmp_path / "out")
    expected = {p: sample.files[p] for p in sample.reachable - sample.missing}
    assert mirror_files(tmp_path / "out") == expected
    assert sorted(f.path for f in report.failed) == sorted(sample.missing)


async def test_list_mode_from_azurite(azurite: Azurite, tmp_path: Path) -> None:
    sample = build_tileset("with-extra", seed=6)
    await upload(azurite, "listing", dict(sample.files), "deep/er/")
    await upload_other(azurite)
    href = f"{azurite.container_url('listing')}/deep/er?{escaped_sas(azurite, 'listing')}"
    report = await walker().download(href, tmp_path / "out", mode="list")
    assert report.ok, report.failed
    assert report.unreached == sorted(sample.unreachable)
    assert mirror_files(tmp_path / "out") == dict(sample.files)


async def upload_other(azurite: Azurite) -> None:
    # Blobs outside the prefix must not be listed as part of the tileset.
    async with aiohttp.ClientSession() as session:
        await azurite.put_blob(session, "listing", "elsewhere/x.bin", b"nope")


async def test_expired_sas_from_azurite(azurite: Azurite, tmp_path: Path) -> None:
    sample = build_tileset("external", seed=7)
    await upload(azurite, "expiry", dict(sample.files))
    past = datetime.now(UTC) - timedelta(minutes=5)
    expired = azurite.read_sas("expiry", expiry=past)
    href = f"{azurite.container_url('expiry')}?{expired}"
    with pytest.raises(LinkExpiredError, match=r"HTTP 403 Authori[sz]ationFailure") as info:
        await walker().download(href, tmp_path / "bare")
    assert "the link to the container expired at" in str(info.value)
    assert "sig=" not in str(info.value)
    assert mirror_files(tmp_path / "bare") == {}

    calls = 0

    async def renew() -> str:
        nonlocal calls
        calls += 1
        return f"{azurite.container_url('expiry')}?{escaped_sas(azurite, 'expiry')}"

    report = await walker().download(href, tmp_path / "renewed", renew=renew)
    assert report.ok and calls == 1
    assert mirror_files(tmp_path / "renewed") == dict(sample.files)
