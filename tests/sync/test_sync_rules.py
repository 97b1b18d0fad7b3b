"""The pure rules of a sync: globs for --include/--exclude, and the decision per file (trust,
adopt, verify, look elsewhere, fetch) from the listing, the manifest row and ``lstat``."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from itwin_mesh_async.errors import InvalidArgumentError
from itwin_mesh_async.tiles.globs import PathFilter, compile_glob
from itwin_mesh_async.tiles.manifest import Entry
from itwin_mesh_async.tiles.syncplan import (
    Decision,
    Listed,
    decide,
    md5_from_header,
    stale_entries,
)


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.glb", "a/b/c.glb", True),  # no "/": the name in any folder
        ("*.glb", "c.glb", True),
        ("*.glb", "c.b3dm", False),
        ("a/*.glb", "a/b/c.glb", False),  # "*" stays in one folder
        ("a/**/*.glb", "a/c.glb", True),  # "**/" may match no folder
        ("a/**/*.glb", "a/b/d/c.glb", True),
        ("a/**", "a/b/c", True),
        ("/x.glb", "x.glb", True),  # a leading "/" anchors at the top
        ("/x.glb", "y/x.glb", False),
        ("[ab].glb", "a.glb", True),
        ("[!ab].glb", "a.glb", False),
        ("t?.b3dm", "t1.b3dm", True),
        ("t?.b3dm", "t/.b3dm", False),
        ("tiles/", "tiles/x/y.glb", True),  # a folder: all it holds
        ("a+b(c).glb", "a+b(c).glb", True),  # regex characters are literal
    ],
)
def test_globs(pattern: str, path: str, matches: bool) -> None:
    assert bool(compile_glob(pattern).match(path)) is matches


def test_a_filter_keeps_included_paths_minus_excluded_ones() -> None:
    keep = PathFilter(include=["tiles/**", "*.json"], exclude=["*.png"])
    assert keep("tiles/a.glb") and keep("root.json") and keep("tiles/x/y.json")
    assert not keep("tiles/a.png") and not keep("other/a.glb")
    everything = PathFilter()
    assert not everything.active and everything("anything/at/all")
    assert PathFilter(exclude=["*.glb"]).active


@pytest.mark.parametrize("bad", ["", "/", "//"])
def test_an_empty_glob_is_refused(bad: str) -> None:
    with pytest.raises(InvalidArgumentError, match="empty glob"):
        compile_glob(bad)


def test_a_string_instead_of_a_list_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="not a string"):
        PathFilter(include="*.glb")


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data, usedforsecurity=False).digest()


def _stat(size: int, mtime_ns: int, mode: int = stat.S_IFREG | 0o644) -> os.stat_result:
    fields = [0] * os.stat_result.n_fields
    fields[0], fields[6], fields[14] = mode, size, mtime_ns  # st_mode, st_size, st_mtime_ns
    return os.stat_result(fields)


SRC = "/acct/export-b/"
ROW = Entry("a.glb", 5, 1000, _md5(b"hello"), SRC)


def test_the_same_container_same_size_and_time_is_trusted() -> None:
    assert decide(_stat(5, 1000), ROW, SRC, None) is Decision.TRUST
    assert decide(_stat(5, 1000), ROW, SRC, Listed(5, _md5(b"hello"))) is Decision.TRUST


def test_a_changed_time_or_size_is_not_trusted() -> None:
    listed = Listed(5, _md5(b"hello"))
    assert decide(_stat(5, 1001), ROW, SRC, listed) is Decision.VERIFY  # same size: hash it
    assert decide(_stat(6, 1000), ROW, SRC, listed) is Decision.ELSEWHERE
    assert decide(_stat(5, 1001), ROW, SRC, None) is Decision.FETCH  # nothing to compare with


def test_another_containers_row_is_adopted_only_when_the_listing_agrees() -> None:
    other = Entry("a.glb", 5, 1000, _md5(b"hello"), "/acct/export-a/")
    assert decide(_stat(5, 1000), other, SRC, Listed(5, _md5(b"hello"))) is Decision.ADOPT
    assert decide(_stat(5, 1000), other, SRC, Listed(5, _md5(b"HELLO"))) is Decision.ELSEWHERE
    assert decide(_stat(5, 1000), other, SRC, None) is Decision.FETCH


def test_a_file_nobody_vouches_for_is_verified_never_trusted() -> None:
    mine = _stat(9, 5)  # {"mine":1}: the user's own tileset.json
    assert decide(mine, None, SRC, Listed(9, _md5(b"x" * 9))) is Decision.VERIFY
    assert decide(mine, None, SRC, Listed(12, _md5(b"x" * 12))) is Decision.ELSEWHERE
    assert decide(mine, None, SRC, None) is Decision.FETCH
    assert decide(mine, None, SRC, Listed(None, None)) is Decision.FETCH


def test_the_containers_change_in_place_is_fetched_again() -> None:
    # Same size and time locally, but the container now holds other bytes.
    assert decide(_stat(5, 1000), ROW, SRC, Listed(5, _md5(b"HELLO"))) is Decision.ELSEWHERE


def test_a_symlink_or_a_folder_is_never_the_file() -> None:
    link = _stat(5, 1000, stat.S_IFLNK | 0o777)
    folder = _stat(5, 1000, stat.S_IFDIR | 0o755)
    for local in (link, folder):
        assert decide(local, ROW, SRC, Listed(5, _md5(b"hello"))) is Decision.ELSEWHERE
        assert decide(local, ROW, SRC, None) is Decision.FETCH


def test_stale_entries_are_the_covered_rows_the_export_lacks() -> None:
    rows = [Entry(p, 1, 1, b"0" * 16, SRC) for p in ("a.glb", "b.glb", "keep/c.glb")]
    stale = stale_entries(rows, {"a.glb"}.__contains__, PathFilter(exclude=["keep/**"]))
    assert [e.path for e in stale] == ["b.glb"]


@pytest.mark.parametrize(
    ("header", "digest"),
    [
        ("XUFAKrxLKna5cZ2REBfFkg==", _md5(b"hello")),
        (" XUFAKrxLKna5cZ2REBfFkg== ", _md5(b"hello")),
        ("", None),
        (None, None),
        ("not base64!", None),
        ("aGVsbG8=", None),  # valid base64, not 16 bytes
    ],
)
def test_content_md5_headers(header: str | None, digest: bytes | None) -> None:
    assert md5_from_header(header) == digest
