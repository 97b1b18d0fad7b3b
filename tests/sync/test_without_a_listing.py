"""A host that refuses to list the container (a SAS without the list permission on Azurite, a
plain static file server): ``download`` falls back to fetching what it cannot vouch for and
``check`` to walking the tileset, and both say so; the results are still exact."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.tiles.check import CheckProgress
from tests.azurite import Azurite
from tests.cli_runner import cli_env, run_cli
from tests.helpers import serve_app
from tests.sync.support import mirror_files
from tests.sync.test_sync_on_azurite import A, B, check, download, publish

NO_LISTING = "no listing of the container"


async def test_download_without_a_listing_fetches_and_says_so(
    azurite: Azurite, tmp_path: Path
) -> None:
    url_a, url_b = await publish(azurite, A), await publish(azurite, B, permissions="r")
    dest = tmp_path / "mirror"
    await download(url_a, dest)
    (dest / "notes.txt").write_bytes(b"mine")

    report = await download(url_b, dest)
    # Nothing DEST holds can be compared with B without its MD5s: every file is fetched.
    assert report.ok and (report.tiles, report.reused, report.skipped) == (len(B), 0, 0)
    assert any(NO_LISTING in note for note in report.notes), report.notes
    assert "sig=" not in " ".join(report.notes)
    # The walk still says what B holds: A's other files go, the user's stay.
    assert report.deleted == 4 and report.extra == ["notes.txt"]
    assert mirror_files(dest) == {**B, "notes.txt": b"mine"}

    again = await download(url_b, dest)  # the manifest now vouches for B's files
    assert (again.tiles, again.skipped, again.deleted) == (0, len(B), 0)


async def test_check_without_a_listing_walks_and_says_so(azurite: Azurite, tmp_path: Path) -> None:
    url = await publish(azurite, B, permissions="r")
    dest = tmp_path / "mirror"
    await download(url, dest)
    clean = await check(dest, url)
    assert clean.exact and clean.files == clean.ok == len(B)
    assert any(NO_LISTING in note and "walk" in note for note in clean.notes), clean.notes

    (dest / "m" / "5.glb").unlink()
    same_size = bytearray((dest / "t" / "4.glb").read_bytes())
    same_size[-1] ^= 0x01
    (dest / "t" / "4.glb").write_bytes(bytes(same_size))
    (dest / "extra.bin").write_bytes(b"?")
    # The manifest is no help: without it the walk alone must find every problem.
    for name in ("manifest.sqlite", "lock"):
        (dest / ".itwin-mesh" / name).unlink(missing_ok=True)
    found = await check(dest, url)
    assert (found.missing, found.corrupt, found.extra) == (["m/5.glb"], ["t/4.glb"], ["extra.bin"])
    assert found.ok == len(B) - 2

    result = await run_cli("--json", "check", str(dest), "--url", url, env=cli_env())
    assert result.code == 1, result.err
    document = result.json()
    assert (document["missing"], document["corrupt"]) == (["m/5.glb"], ["t/4.glb"])
    assert any(NO_LISTING in note for note in document["notes"])
    human = await run_cli("check", str(dest), "--url", url, env=cli_env())
    assert human.code == 1 and f"note: {NO_LISTING}" in human.out


async def test_download_says_so_on_the_command_line(azurite: Azurite, tmp_path: Path) -> None:
    url_a, url_b = await publish(azurite, A), await publish(azurite, B, permissions="r")
    dest = tmp_path / "mirror"
    await download(url_a, dest)
    result = await run_cli("--json", "download", str(dest), "--url", url_b, env=cli_env())
    assert result.code == 0, result.err
    assert NO_LISTING in result.err  # a warning on stderr...
    assert any(NO_LISTING in note for note in result.json()["notes"])  # ...and in the summary
    assert mirror_files(dest) == B


async def test_check_against_a_static_file_server(tmp_path: Path) -> None:
    # A plain web server (a CDN, a static host): no List Blobs at all.
    site = tmp_path / "site"
    for rel, data in B.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(data)
    app = web.Application()
    app.router.add_static("/files", site)
    async with serve_app(app) as origin:
        url = f"{origin}/files/tileset.json?v=1"
        dest = tmp_path / "mirror"
        report = await download(url, dest)
        assert report.ok and mirror_files(dest) == B
        (dest / "n" / "1.glb").write_bytes(b"x" * len(B["n/1.glb"]))
        seen: list[CheckProgress] = []
        async with ITwinClient(token="not-used") as client:
            found = await client.check(dest, url, progress=seen.append)
    assert found.corrupt == ["n/1.glb"] and not found.missing and not found.extra
    assert any(NO_LISTING in note for note in found.notes)
    # Progress while the tileset is walked (files fetched of those found), then while hashing.
    walking = [p for p in seen if p.phase == "walk"]
    assert walking and all(0 < p.done <= p.total and p.bytes_done > 0 for p in walking)
    assert seen[-1].phase == "hash" and seen[-1].done == seen[-1].total == len(B)
