"""MD5 of files in DEST (the digest Azure reports as ``Content-MD5``), read in chunks."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable

__all__ = ["HASH_CHUNK", "hash_file"]

HASH_CHUNK = 1024 * 1024


def hash_file(read: Callable[[], io.BufferedReader]) -> bytes:
    """MD5 of an open binary file (``read`` returns it), in chunks."""
    with read() as f:
        return hashlib.file_digest(f, lambda: hashlib.md5(usedforsecurity=False)).digest()
