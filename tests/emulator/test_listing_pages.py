"""List Blobs pages (pure): markers and delimiters; seeded state ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from itwin_mesh_async.emulator.listing import (
    BlobEntry,
    ListingError,
    decode_marker,
    encode_marker,
    list_page,
    parse_max_results,
)
from itwin_mesh_async.emulator.state import State


def _entries(*names: str) -> list[BlobEntry]:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    return [BlobEntry(n, 1, "application/octet-stream", "0x1", moment) for n in names]


def test_list_page_markers_and_delimiters() -> None:
    entries = _entries("b", "a/1", "a/2", "c/x/1", "c/y", "d")
    page = list_page(entries, max_results=2)
    assert [b.name for b in page.blobs] == ["a/1", "a/2"]
    assert decode_marker(page.next_marker) == "b"
    page = list_page(entries, max_results=2, marker=page.next_marker)
    assert [b.name for b in page.blobs] == ["b", "c/x/1"]
    top = list_page(entries, delimiter="/", max_results=2)
    assert top.prefixes == ("a/",) and [b.name for b in top.blobs] == ["b"]
    rest = list_page(entries, delimiter="/", max_results=2, marker=top.next_marker)
    assert rest.prefixes == ("c/",) and [b.name for b in rest.blobs] == ["d"]
    assert rest.next_marker == ""
    inner = list_page(entries, prefix="c/", delimiter="/")
    assert inner.prefixes == ("c/x/",) and [b.name for b in inner.blobs] == ["c/y"]
    assert decode_marker(encode_marker("név/ü")) == "név/ü"
    with pytest.raises(ListingError):
        decode_marker("2!!!!")
    assert parse_max_results(None) == 5000
    assert parse_max_results("7") == 7


def test_state_ids_are_seeded() -> None:
    assert State(seed=3).new_id() == State(seed=3).new_id() != State(seed=4).new_id()
    with pytest.raises(ValueError, match="non-empty name"):
        State().add_export(files={"/": b""})
