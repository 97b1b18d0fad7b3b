"""``itwin-mesh download`` through the real entry point, against the emulator's container."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.tilegen import SampleTileset, build_tileset
from tests.cli_runner import (
    Result,
    assert_no_secrets,
    assert_one_error_line,
    cli_env,
    emu_env,
    run_cli,
    secrets_of,
)

STATE = ".itwin-mesh"
SUMMARY_KEYS = {"tiles", "bytes", "skipped", "failed", "seconds", "dest", "failures"}


def add(emu: Emulator, sample: SampleTileset, imodel: str = "m1") -> str:
    return emu.add_export(imodel, sample.files, content_encodings=dict(sample.encodings))


def mirror_files(dest: Path) -> dict[str, bytes]:
    """Every file in DEST outside the tool's own state folder."""
    return {
        p.relative_to(dest).as_posix(): p.read_bytes()
        for p in dest.rglob("*")
        if p.is_file() and p.relative_to(dest).parts[0] != STATE
    }


def expected_files(sample: SampleTileset) -> dict[str, bytes]:
    return {p: b for p, b in sample.files.items() if p in sample.reachable}


def assert_summary(
    result: Result, *, tiles: int, skipped: int = 0, failed: int = 0
) -> dict[str, Any]:
    data: dict[str, Any] = result.json()
    assert set(data) >= SUMMARY_KEYS
    assert (data["tiles"], data["skipped"], data["failed"]) == (tiles, skipped, failed)
    assert isinstance(data["seconds"], float) and isinstance(data["bytes"], int)
    assert len(data["failures"]) == failed
    return data


async def test_download_export_json_and_byte_identical(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("external", seed=3)
    export_id = add(emulator, sample)
    dest = tmp_path / "out"
    result = await run_cli("--json", "download", export_id, str(dest), env=emu_env(emulator))
    assert result.code == 0, result.err
    expected = expected_files(sample)
    data = assert_summary(result, tiles=len(expected))
    assert data["bytes"] == sum(len(b) for b in expected.values())
    assert data["dest"] == str(dest.resolve()) or Path(data["dest"]) == dest
    assert mirror_files(dest) == expected
    assert_no_secrets(result, secrets_of(emulator, export_id))
    assert emulator.secret_leaks() == []

    # The second run fetches nothing again.
    again = await run_cli("--json", "download", export_id, str(dest), env=emu_env(emulator))
    assert again.code == 0, again.err
    assert_summary(again, tiles=0, skipped=len(expected))

    fresh = await run_cli(
        "--json", "download", export_id, str(dest), "--no-resume", env=emu_env(emulator)
    )
    assert fresh.code == 0
    assert_summary(fresh, tiles=len(expected))


async def test_download_human_summary_on_stdout(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=1, n=12)
    export_id = add(emulator, sample)
    result = await run_cli("download", export_id, str(tmp_path / "d"), env=emu_env(emulator))
    assert result.code == 0, result.err
    assert result.out.startswith(f"{len(sample.files)} files, ")
    assert "0 failed" in result.out
    # Not a terminal: no progress display, only short messages on stderr.
    assert "\r" not in result.err
    quiet = await run_cli("-q", "download", export_id, str(tmp_path / "q"), env=emu_env(emulator))
    assert quiet.code == 0 and quiet.err == ""


async def test_download_latest_of_imodel(emulator: Emulator, tmp_path: Path) -> None:
    old = build_tileset("flat", seed=1, n=5)
    new = build_tileset("flat", seed=2, n=7)
    add(emulator, old, "m-latest")
    await asyncio.sleep(0.01)
    latest = add(emulator, new, "m-latest")
    dest = tmp_path / "latest"
    result = await run_cli(
        "--json", "download", str(dest), "--imodel", "m-latest", env=emu_env(emulator)
    )
    assert result.code == 0, result.err
    assert latest in result.err
    assert mirror_files(dest) == expected_files(new)


async def test_download_from_url_needs_no_token(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("gzip", seed=1)
    export_id = add(emulator, sample)
    href = emulator.sas_href(export_id)
    dest = tmp_path / "by-url"
    result = await run_cli("-vv", "--json", "download", str(dest), "--url", href, env=cli_env())
    assert result.code == 0, result.err
    assert mirror_files(dest) == expected_files(sample)
    assert_no_secrets(result, secrets_of(emulator, export_id))
    # Nothing went to the API: the URL is all it needed.
    assert all(r.origin == "blob" for r in emulator.requests)
    assert emulator.secret_leaks() == []


async def test_download_list_mode(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("with-extra", seed=1)
    export_id = add(emulator, sample)
    dest = tmp_path / "listed"
    result = await run_cli(
        "--json", "download", export_id, str(dest), "--mode", "list", env=emu_env(emulator)
    )
    assert result.code == 0, result.err
    assert mirror_files(dest) == dict(sample.files)
    assert set(result.json()["unreached"]) == set(sample.unreachable)


async def test_partial_failure_prints_summary_and_exits_1(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("with-missing", seed=1)
    assert sample.missing
    export_id = add(emulator, sample)
    dest = tmp_path / "partial"
    result = await run_cli("--json", "download", export_id, str(dest), env=emu_env(emulator))
    assert result.code == 1
    present = {p: b for p, b in expected_files(sample).items() if p not in sample.missing}
    data = assert_summary(result, tiles=len(present), failed=len(sample.missing))
    assert {f["path"] for f in data["failures"]} == set(sample.missing)
    assert all("404" in f["reason"] for f in data["failures"])
    assert mirror_files(dest) == present
    assert_one_error_line(
        result, f"{len(sample.missing)} of", "files failed", "run the same command again"
    )

    human = await run_cli("download", export_id, str(tmp_path / "h"), env=emu_env(emulator))
    assert human.code == 1
    for path in sample.missing:
        assert f"  failed: {path}: " in human.out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ([], "give exactly one of EXPORT_ID, --imodel or --url (got none)"),
        (["exp-1", "--imodel", "m1"], "(got EXPORT_ID and --imodel)"),
        (["--url", "https://a.example/c?sv=1", "--imodel", "m1"], "(got --imodel and --url)"),
        (["exp-1", "--changeset", "cs"], "--changeset goes with --imodel"),
        (["--url", "ftp://a.example/c?sig=x"], "--url must be an http(s) URL"),
        (["--url", "http://example.com/c/tileset.json?sv=1&sig=abc"], "plain http"),
        (["--url", "https://user:pw@example.com/c?sig=x"], "user name or password"),
    ],
)
async def test_bad_sources_exit_2_and_write_nothing(
    emulator: Emulator, tmp_path: Path, args: list[str], fragment: str
) -> None:
    dest = tmp_path / "never"
    result = await run_cli("download", *args, str(dest), env=emu_env(emulator))
    assert result.code == 2, result.err
    assert_one_error_line(result, fragment)
    assert not dest.exists()
    assert emulator.requests == []
    assert "abc" not in result.err


async def test_dest_that_is_a_file_exits_2(emulator: Emulator, tmp_path: Path) -> None:
    export_id = add(emulator, build_tileset("flat", n=3))
    dest = tmp_path / "file"
    dest.write_bytes(b"keep me")
    result = await run_cli("download", export_id, str(dest), env=emu_env(emulator))
    assert result.code == 2
    assert_one_error_line(result, "is not a folder")
    assert dest.read_bytes() == b"keep me"


async def test_unsafe_reference_is_reported_and_nothing_escapes(
    emulator: Emulator, tmp_path: Path
) -> None:
    tileset = (
        b'{"asset":{"version":"1.1"},"geometricError":1,"root":{"geometricError":0,'
        b'"boundingVolume":{"sphere":[0,0,0,1]},"children":['
        b'{"geometricError":0,"boundingVolume":{"sphere":[0,0,0,1]},"content":{"uri":"../../escape.glb"}},'
        b'{"geometricError":0,"boundingVolume":{"sphere":[0,0,0,1]},"content":{"uri":"ok.glb"}}]}}'
    )
    ok = build_tileset("flat", n=1).files
    glb = next(b for p, b in ok.items() if p.endswith(".glb"))
    export_id = emulator.add_export("m1", {"tileset.json": tileset, "ok.glb": glb})
    dest = tmp_path / "inside" / "dest"
    result = await run_cli("--json", "download", export_id, str(dest), env=emu_env(emulator))
    assert result.code == 1
    data = result.json()
    assert data["failed"] == 1 and data["tiles"] == 2
    assert set(mirror_files(dest)) == {"tileset.json", "ok.glb"}
    assert not (tmp_path / "escape.glb").exists()
    assert not (tmp_path / "inside" / "escape.glb").exists()


async def test_export_not_complete_exits_1(tmp_path: Path) -> None:
    from itwin_mesh_async.emulator import running

    async with running(seed=5, advance_on_read=False) as emu:
        export_id = emu.add_export("m1", status="InProgress")
        dest = tmp_path / "nc"
        result = await run_cli("download", export_id, str(dest), env=emu_env(emu))
        assert result.code == 1
        assert_one_error_line(result, export_id, "InProgress", "exports wait")
        assert not dest.exists()


async def test_expired_link_from_url_is_a_clear_error(emulator: Emulator, tmp_path: Path) -> None:
    export_id = add(emulator, build_tileset("flat", n=4))
    href = emulator.sas_href(export_id)
    emulator.expire_sas_now()
    result = await run_cli("download", str(tmp_path / "x"), "--url", href, env=cli_env())
    assert result.code == 1
    assert_one_error_line(result)
    assert "expire" in result.err.lower() or "403" in result.err
    assert_no_secrets(result, secrets_of(emulator, export_id))


async def test_sas_renewed_during_download_from_export(emulator: Emulator, tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=4, n=30)
    export_id = add(emulator, sample)
    emulator.faults.expire_sas_after = 10
    dest = tmp_path / "renew"
    result = await run_cli(
        "--json", "download", export_id, str(dest), "--concurrency", "2", env=emu_env(emulator)
    )
    assert result.code == 0, result.err
    assert mirror_files(dest) == expected_files(sample)


async def _wait_for_files(dest: Path, proc: asyncio.subprocess.Process, count: int) -> None:
    for _ in range(600):
        if proc.returncode is not None:
            return
        if len(await asyncio.to_thread(mirror_files, dest)) >= count:
            return
        await asyncio.sleep(0.05)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
async def test_sigint_stops_cleanly_with_130_and_resume_completes(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", seed=7, n=60)
    export_id = add(emulator, sample)
    emulator.faults.scope = "blob"
    emulator.faults.slow = 1.0
    emulator.faults.slow_seconds = 0.1
    dest = tmp_path / "interrupted"
    env = emu_env(emulator)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        "--json",
        "download",
        export_id,
        str(dest),
        "--concurrency",
        "2",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    await _wait_for_files(dest, proc, 3)
    assert proc.returncode is None, "the download ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 130, err.decode()
    assert "Traceback" not in err.decode()
    assert "interrupted; run the same command again to resume" in err.decode()
    expected = expected_files(sample)
    landed = mirror_files(dest)
    assert 0 < len(landed) < len(expected)
    # Every file under a final name is complete and byte-identical.
    for path, data in landed.items():
        assert expected[path] == data, path

    emulator.faults.clear()
    resumed = await run_cli("--json", "download", export_id, str(dest), env=env)
    assert resumed.code == 0, resumed.err
    data = resumed.json()
    assert data["skipped"] == len(landed)
    assert data["tiles"] + data["skipped"] == len(expected)
    assert mirror_files(dest) == expected


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
async def test_progress_is_shown_on_a_terminal_without_secrets(
    emulator: Emulator, tmp_path: Path
) -> None:
    import os
    import pty

    sample = build_tileset("flat", seed=5, n=40)
    export_id = add(emulator, sample)
    emulator.faults.scope = "blob"
    emulator.faults.slow = 1.0
    emulator.faults.slow_seconds = 0.05
    leader, follower = pty.openpty()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "itwin_mesh_async",
        "download",
        export_id,
        str(tmp_path / "tty"),
        "--concurrency",
        "4",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=emu_env(emulator, COLUMNS="160", TERM="xterm"),
    )
    os.close(follower)
    chunks: list[bytes] = []

    def read_all() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO once the child closed its end
                return
            if not chunk:
                return
            chunks.append(chunk)

    try:
        await asyncio.wait_for(asyncio.gather(asyncio.to_thread(read_all), proc.wait()), 60)
    finally:
        os.close(leader)
    text = b"".join(chunks).decode("utf-8", "replace")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)  # rich's colours and cursor moves
    assert proc.returncode == 0, text
    assert f"{len(sample.files)}/{len(sample.files)} files" in text
    assert "B/s" in text and "failed" in text  # rich's rate column, and the failures so far
    assert_no_secrets(Result(0, text, ""), secrets_of(emulator, export_id))


async def test_missing_root_tileset_is_exit_1_with_json_summary(
    emulator: Emulator, tmp_path: Path
) -> None:
    export_id = add(emulator, build_tileset("flat", n=3))
    container, _, sas = emulator.sas_href(export_id).partition("?")
    url = f"{container}/nowhere/tileset.json?{sas}"
    as_json = await run_cli("--json", "download", str(tmp_path / "j"), "--url", url, env=cli_env())
    assert as_json.code == 1
    assert_summary(as_json, tiles=0)
    assert_one_error_line(as_json, "tileset.json")
    human = await run_cli("download", str(tmp_path / "h"), "--url", url, env=cli_env())
    assert human.code == 1
    assert human.out == ""  # nothing was handled: no summary, just the error
    assert_one_error_line(human, "tileset.json")
    assert_no_secrets(human, secrets_of(emulator, export_id))
    assert mirror_files(tmp_path / "h") == {}


async def test_imodel_without_complete_export_times_out_exit_1(
    emulator: Emulator, tmp_path: Path
) -> None:
    imodel = emulator.add_imodel()
    dest = tmp_path / "none"
    result = await run_cli(
        "download", str(dest), "--imodel", imodel, "--timeout", "0.3", env=emu_env(emulator)
    )
    assert result.code == 1
    assert_one_error_line(result, "no Complete 3DTiles export", imodel)
    assert not dest.exists()


async def test_imodel_and_changeset_pick_that_changesets_export(
    emulator: Emulator, tmp_path: Path
) -> None:
    wanted = build_tileset("flat", seed=11, n=4)
    other = build_tileset("flat", seed=12, n=6)
    emulator.add_export("m-cs", wanted.files, changeset_id="cs-1")
    await asyncio.sleep(0.01)
    emulator.add_export("m-cs", other.files, changeset_id="cs-2")
    dest = tmp_path / "cs"
    result = await run_cli(
        "download", str(dest), "--imodel", "m-cs", "--changeset", "cs-1", env=emu_env(emulator)
    )
    assert result.code == 0, result.err
    assert mirror_files(dest) == expected_files(wanted)
