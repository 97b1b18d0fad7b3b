"""DEST's manifest (SQLite): rows survive a reopen, batches commit off the hot path, a second
writer is refused, a newer schema is refused clearly, a corrupt file is rebuilt empty (so every
file is verified again), and nothing in the state folder is followed through a symlink."""

from __future__ import annotations

import gc
import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from itwin_mesh_async.errors import DownloadError, InvalidArgumentError
from itwin_mesh_async.tiles import manifest_file
from itwin_mesh_async.tiles.manifest import (
    MANIFEST_FILE,
    SCHEMA_VERSION,
    Entry,
    Manifest,
    ManifestVersionError,
    MirrorBusyError,
)


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data, usedforsecurity=False).digest()


def test_rows_are_kept_and_found_by_path_and_by_content(tmp_path: Path) -> None:
    manifest = Manifest.open(tmp_path)
    assert not manifest.rebuilt
    a, b = manifest.source_id("/acct/a/"), manifest.source_id("/acct/b/")
    manifest.record("x/1.glb", 3, 111, _md5(b"one"), a)
    manifest.record("x/2.glb", 3, 222, _md5(b"two"), b)
    manifest.record("y/3.glb", 3, 333, _md5(b"one"), b)
    manifest.flush()
    assert manifest.get("x/1.glb") == Entry("x/1.glb", 3, 111, _md5(b"one"), "/acct/a/")
    assert sorted(e.path for e in manifest.with_md5(_md5(b"one"))) == ["x/1.glb", "y/3.glb"]
    manifest.forget(["x/2.glb"])
    manifest.close()

    again = Manifest.open(tmp_path)
    assert [e.path for e in again.entries(batch=1)] == ["x/1.glb", "y/3.glb"]
    assert again.get("x/2.glb") is None and len(again) == 2
    assert again.get("y/3.glb") == Entry("y/3.glb", 3, 333, _md5(b"one"), "/acct/b/")
    again.close()


def test_a_second_download_into_the_same_dest_is_refused(tmp_path: Path) -> None:
    first = Manifest.open(tmp_path)
    # Another process, as a second `itwin-mesh download` would be.
    code = (
        "import sys; from pathlib import Path\n"
        "from itwin_mesh_async.tiles.manifest import Manifest, MirrorBusyError\n"
        "try:\n    Manifest.open(Path(sys.argv[1]))\n"
        "except MirrorBusyError as e:\n    print(e); sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 3, done.stderr
    assert "another download into" in done.stdout and "is running" in done.stdout
    with pytest.raises(MirrorBusyError):
        Manifest.open(tmp_path)  # in-process too (a second walker)
    first.close()
    Manifest.open(tmp_path).close()  # released


def test_a_newer_schema_is_refused_as_bad_input_and_left_untouched(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / MANIFEST_FILE)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = (tmp_path / MANIFEST_FILE).read_bytes()
    with pytest.raises(ManifestVersionError, match="newer version of itwin-mesh") as caught:
        Manifest.open(tmp_path)
    assert isinstance(caught.value, InvalidArgumentError)  # exit 2: the user's DEST
    assert "\n" not in str(caught.value)
    assert (tmp_path / MANIFEST_FILE).read_bytes() == before
    with pytest.raises(ManifestVersionError):
        Manifest.read_only(tmp_path)  # check refuses it too, rather than trusting nothing


def test_a_corrupt_manifest_is_rebuilt_empty(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_FILE).write_bytes(b"this is not a database" * 100)
    manifest = Manifest.open(tmp_path)
    assert manifest.rebuilt and len(manifest) == 0  # nothing trusted: all verified again
    manifest.record("a.glb", 1, 1, _md5(b"a"), manifest.source_id("/s/"))
    manifest.close()
    again = Manifest.open(tmp_path)
    assert not again.rebuilt and again.get("a.glb") is not None
    again.close()


@pytest.mark.parametrize("name", [MANIFEST_FILE, MANIFEST_FILE + "-wal", "lock"])
def test_a_planted_symlink_in_the_state_folder_is_refused(tmp_path: Path, name: str) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"precious")
    state = tmp_path / "state"
    state.mkdir()
    (state / name).symlink_to(outside)
    with pytest.raises(DownloadError, match="not a regular file"):
        Manifest.open(state)
    assert outside.read_bytes() == b"precious"


def test_batches_commit_without_an_explicit_flush(tmp_path: Path) -> None:
    manifest = Manifest.open(tmp_path)
    sid = manifest.source_id("/s/")
    for i in range(5000):  # over one batch: the writer thread commits by itself
        manifest.record(f"t/{i}.glb", i, i, _md5(str(i).encode()), sid)
    reader = sqlite3.connect(tmp_path / MANIFEST_FILE)
    for _ in range(200):
        if reader.execute("SELECT count(*) FROM files").fetchone()[0] >= 2000:
            break
        time.sleep(0.01)
    assert reader.execute("SELECT count(*) FROM files").fetchone()[0] >= 2000
    reader.close()
    manifest.close()
    stored = Manifest.read_only(tmp_path)
    assert stored is not None and len(stored) == 5000
    stored.close()


def test_read_only_opening_changes_nothing(tmp_path: Path) -> None:
    assert Manifest.read_only(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    manifest = Manifest.open(tmp_path)
    manifest.record("a.glb", 1, 1, _md5(b"a"), manifest.source_id("/s/"))
    manifest.close()
    reader = Manifest.read_only(tmp_path)
    assert reader is not None and [e.path for e in reader.entries()] == ["a.glb"]
    reader.close()


def test_a_database_held_by_another_process_is_busy_not_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = Manifest.open(tmp_path)
    manifest.record("a.glb", 1, 1, _md5(b"a"), manifest.source_id("/s/"))
    manifest.close()
    monkeypatch.setattr(manifest_file, "BUSY_SECONDS", 0.05)
    reader = sqlite3.connect(tmp_path / MANIFEST_FILE, isolation_level=None)
    reader.execute("BEGIN EXCLUSIVE")  # a reader that holds it past the busy timeout
    try:
        with pytest.raises(MirrorBusyError, match="in use by another process"):
            Manifest.open(tmp_path)
    finally:
        reader.rollback()
        reader.close()
    again = Manifest.open(tmp_path)  # its rows are all there: nothing was replaced
    assert not again.rebuilt and [e.path for e in again.entries()] == ["a.glb"]
    again.close()


def test_a_manifest_never_closed_says_so(tmp_path: Path) -> None:
    manifest = Manifest.open(tmp_path)
    rows = manifest._rows  # stopped by hand below: the test must not leave a thread behind
    with pytest.warns(ResourceWarning, match="unclosed manifest"):
        del manifest
        gc.collect()
    rows.stop()
