"""Sync and check against Azurite (the real Azure blob emulator), whose blobs carry the
``Content-MD5`` their uploader set and whose List Blobs returns it: export B into a mirror of
export A reuses what DEST holds by MD5 (moved files too), fetches only what changed, prunes what
B lacks, keeps and reports the user's files; ``check`` finds missing, corrupt (same size) and
extra files; through the library and the command line."""

from __future__ import annotations

import itertools
from pathlib import Path

import aiohttp

from itwin_mesh_async import ITwinClient
from itwin_mesh_async.tiles import DownloadReport
from itwin_mesh_async.tiles.check import CheckReport
from tests.azurite import Azurite
from tests.cli_runner import assert_no_secrets, cli_env, run_cli
from tests.sync.support import export_files, mirror_files, tile

CHECK_KEYS = {"dest", "files", "ok", "missing", "corrupt", "extra", "seconds"}  # DESIGN.md
_names = itertools.count()

A_TILES = {f"t/{i}.glb": tile(i) for i in range(10)}
# B: five tiles kept, one changed in place with its size kept, two moved (same bytes, new
# paths), two removed (t/7, t/8), one added.
B_TILES = {
    **{p: A_TILES[p] for p in ("t/0.glb", "t/1.glb", "t/2.glb", "t/3.glb", "t/9.glb")},
    "t/4.glb": tile(104),
    "m/5.glb": A_TILES["t/5.glb"],
    "m/6.glb": A_TILES["t/6.glb"],
    "n/1.glb": tile(200),
}
A, B = export_files(A_TILES), export_files(B_TILES)
FETCHED = ("tileset.json", "t/4.glb", "n/1.glb")  # what B has that DEST does not hold


async def publish(
    azurite: Azurite, files: dict[str, bytes], *, permissions: str = "rl", md5: bool = True
) -> str:
    """Upload an export to a new container (under a folder, as the service does); its
    ``tileset.json`` URL with a read SAS (``permissions="r"``: a link that cannot list)."""
    container = f"sync-{next(_names)}-{id(files) % 10_000}"
    async with aiohttp.ClientSession() as session:
        await azurite.upload(
            session, container, {f"exports/x/{k}": v for k, v in files.items()}, content_md5=md5
        )
    sas = azurite.read_sas(container, permissions=permissions)
    return f"{azurite.container_url(container)}/exports/x/tileset.json?{sas}"


async def download(url: str, dest: Path, **options: object) -> DownloadReport:
    async with ITwinClient(token="not-used") as client:  # a URL: the API is never called
        return await client.download(url, dest, concurrency=4, **options)  # type: ignore[arg-type]


async def check(dest: Path, url: str | None = None) -> CheckReport:
    async with ITwinClient(token="not-used") as client:
        return await client.check(dest, url)


async def test_export_b_into_a_mirror_of_a_on_azurite(azurite: Azurite, tmp_path: Path) -> None:
    url_a, url_b = await publish(azurite, A), await publish(azurite, B)
    dest = tmp_path / "mirror"
    first = await download(url_a, dest)
    assert (first.tiles, first.reused, first.deleted) == (11, 0, 0)
    (dest / "notes.txt").write_bytes(b"mine")  # the user's: kept and reported

    report = await download(url_b, dest)
    # Only what changed or is new comes over the wire: moved and kept tiles are reused by MD5.
    assert report.ok, report.failed
    assert (report.tiles, report.bytes) == (3, sum(len(B[p]) for p in FETCHED))
    assert report.reused == 7 and report.skipped == 0
    assert report.deleted == 4  # t/5, t/6 (moved away), t/7, t/8 (removed)
    assert report.extra == ["notes.txt"]
    assert mirror_files(dest) == {**B, "notes.txt": b"mine"}
    assert not (dest / "t" / "7.glb").exists()

    checked = await check(dest, url_b)
    assert (checked.files, checked.ok, checked.extra) == (len(B), len(B), ["notes.txt"])
    assert not checked.exact and not checked.missing and not checked.corrupt

    again = await download(url_b, dest, delete_extra=True)
    assert (again.tiles, again.deleted, again.skipped, again.extra) == (0, 1, len(B), [])
    assert mirror_files(dest) == B
    for source in (url_b, None):
        assert (await check(dest, source)).exact


async def test_check_against_azurite_finds_missing_corrupt_and_extra(
    azurite: Azurite, tmp_path: Path
) -> None:
    url = await publish(azurite, B)
    dest = tmp_path / "mirror"
    await download(url, dest)
    (dest / "m" / "5.glb").unlink()
    same_size = bytearray(B["t/4.glb"])
    same_size[100] ^= 0x01
    (dest / "t" / "4.glb").write_bytes(bytes(same_size))
    (dest / "n" / "stray.bin").write_bytes(b"?")

    found = await check(dest, url)
    assert (found.missing, found.corrupt, found.extra) == (
        ["m/5.glb"],
        ["t/4.glb"],
        ["n/stray.bin"],
    )
    assert (found.files, found.ok) == (len(B), len(B) - 2)
    assert set(found.to_dict()) == CHECK_KEYS

    env = cli_env()
    result = await run_cli("--json", "check", str(dest), "--url", url, env=env)
    assert result.code == 1, result.err
    document = result.json()
    assert set(document) == CHECK_KEYS
    assert document == {**found.to_dict(), "seconds": document["seconds"]}
    assert isinstance(document["seconds"], float)
    assert_no_secrets(result, [url.partition("sig=")[2].partition("&")[0]])

    # Mended by a download (only the two damaged files fetched), check is clean: exit 0.
    mended = await download(url, dest, delete_extra=True)
    assert (mended.tiles, mended.deleted) == (2, 1)
    clean = await run_cli("--json", "check", str(dest), "--url", url, env=env)
    assert clean.code == 0, clean.err
    assert clean.json()["missing"] == clean.json()["corrupt"] == clean.json()["extra"] == []


async def test_sync_on_the_command_line_with_azurite(azurite: Azurite, tmp_path: Path) -> None:
    url_a, url_b = await publish(azurite, A), await publish(azurite, B)
    dest = tmp_path / "mirror"
    await download(url_a, dest)
    (dest / "notes.txt").write_bytes(b"mine")
    env = cli_env()

    preview = await run_cli("--json", "download", str(dest), "--url", url_b, "--dry-run", env=env)
    assert preview.code == 0, preview.err
    summary = preview.json()
    assert summary["dry_run"] is True
    assert (summary["tiles"], summary["reused"], summary["deleted"]) == (3, 7, 4)
    assert summary["bytes"] == sum(len(B[p]) for p in FETCHED)
    assert mirror_files(dest) == {**A, "notes.txt": b"mine"}

    done = await run_cli("--json", "download", str(dest), "--url", url_b, env=env)
    assert done.code == 0, done.err
    summary = done.json()
    assert (summary["tiles"], summary["reused"], summary["deleted"]) == (3, 7, 4)
    assert summary["bytes"] == sum(len(B[p]) for p in FETCHED)
    assert summary["extra"] == ["notes.txt"] and "dry_run" not in summary
    assert mirror_files(dest) == {**B, "notes.txt": b"mine"}
    assert_no_secrets(done, [url_b.partition("sig=")[2].partition("&")[0]])


async def test_blobs_without_content_md5_are_fetched_not_guessed(
    azurite: Azurite, tmp_path: Path
) -> None:
    # Uploaded as block lists, B's blobs have no Content-MD5: nothing in DEST can be compared
    # with the container without downloading, so nothing is reused, and the result is exact.
    url_a, url_b = await publish(azurite, A), await publish(azurite, B, md5=False)
    dest = tmp_path / "mirror"
    await download(url_a, dest)
    report = await download(url_b, dest)
    assert report.ok and report.reused == 0 and report.tiles == len(B)
    assert report.deleted == 4
    assert mirror_files(dest) == B
    assert (await check(dest, url_b)).exact  # compared with the manifest's MD5 then


async def test_a_copy_without_its_state_folder_is_verified_on_azurite(
    azurite: Azurite, tmp_path: Path
) -> None:
    # A mirror of A copied by hand (no .itwin-mesh/), plus a tileset.json of the user's own in
    # another folder: nothing is trusted, every file is compared with B's listing by MD5.
    url_a, url_b = await publish(azurite, A), await publish(azurite, B)
    first = tmp_path / "first"
    await download(url_a, first)
    copy = tmp_path / "copy"
    for rel, data in mirror_files(first).items():
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_bytes(data)
    report = await download(url_b, copy)
    # tileset.json is A's and t/4.glb changed: fetched. The kept tiles are verified and kept,
    # the moved ones found by MD5 among the files no row describes (hashed, not trusted).
    assert report.tiles == 3 and report.reused == 7
    # The tool wrote none of A's files here: those B lacks are the user's, kept and reported.
    assert report.extra == ["t/5.glb", "t/6.glb", "t/7.glb", "t/8.glb"] and report.deleted == 0
    assert mirror_files(copy) == {**B, **{p: A[p] for p in report.extra}}

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "tileset.json").write_bytes(b'{"mine":1}')
    report = await download(url_b, mine)
    assert report.tiles == len(B) and mirror_files(mine) == B
