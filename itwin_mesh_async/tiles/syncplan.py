"""What to do with each file of a sync: trust, verify, reuse, fetch, delete. Pure: no I/O.

The inputs are what the caller looked up: the container's listing (size and MD5 per path, when
the host lists), the manifest's row for the path, and ``lstat`` of the local file. The rules
(``docs/mirror.md``):

- a file is trusted only when the manifest knows it from the same container with the same size
  and modification time (and the listing, when it gives an MD5, agrees with the row);
- a row from another container with the same size and time and the listing's MD5 is the same
  content: it is adopted (counted as reused);
- any other local file is verified: hashed, and kept only when its MD5 equals the listing's;
- a file to get is first looked for elsewhere in DEST by MD5 (a moved tile), then fetched.
"""

from __future__ import annotations

import base64
import binascii
import enum
import os
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator

import attrs

from .manifest import Entry

__all__ = ["Decision", "Listed", "decide", "fold_name", "md5_from_header", "stale_entries"]


@attrs.frozen(slots=True)
class Listed:
    """What the container's listing says of one blob."""

    size: int | None
    md5: bytes | None


class Decision(enum.Enum):
    """What to do with one path of the export."""

    TRUST = "trust"  # the manifest vouches for the file: keep it, fetch nothing
    ADOPT = "adopt"  # written from another export, same content as this one: keep it (reused)
    VERIFY = "verify"  # a file nobody vouches for: hash it and compare with the listing
    ELSEWHERE = "elsewhere"  # not here: look for the same content at another path, else fetch
    FETCH = "fetch"


def md5_from_header(value: str | None) -> bytes | None:
    """The 16-byte digest of a ``Content-MD5`` value (base64), or None when absent or invalid."""
    if not value:
        return None
    try:
        digest = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return digest if len(digest) == 16 else None


def decide(
    local: os.stat_result | None, row: Entry | None, source: str, listed: Listed | None
) -> Decision:
    """The decision for one path (see the module's doc). ``local`` is ``lstat`` of the file
    (None when absent); a symlink or a folder is never taken for the file."""
    md5 = listed.md5 if listed is not None else None
    regular = local is not None and stat.S_ISREG(local.st_mode)
    if regular and row is not None and local is not None and row.matches(local):
        if md5 is None:
            # No listing to compare with: only the same container's own row is enough.
            return Decision.TRUST if row.source == source else Decision.FETCH
        if md5 == row.md5:
            return Decision.TRUST if row.source == source else Decision.ADOPT
        return Decision.ELSEWHERE  # the container's content changed: the local one is stale
    if regular and md5 is not None and local is not None:
        size = listed.size if listed is not None else None
        if size is None or size == local.st_size:
            return Decision.VERIFY
    return Decision.ELSEWHERE if md5 is not None else Decision.FETCH


def fold_name(path: str) -> str:
    """``path`` as a case-insensitive, normalising file system (APFS, NTFS) compares names:
    two paths with the same fold would be one file there (``A.glb``/``a.glb``, NFC/NFD)."""
    if path.isascii():
        return path.lower()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", path).casefold())


def stale_entries(
    entries: Iterable[Entry], in_export: Callable[[str], bool], covered: Callable[[str], bool]
) -> Iterator[Entry]:
    """The rows of files the tool wrote that the export lacks, among the paths the run covers
    (``covered``: the include/exclude filter and the tileset files the walk needs whatever it
    says): the files a successful sync deletes."""
    for entry in entries:
        if covered(entry.path) and not in_export(entry.path):
            yield entry
