"""The set of relative paths a walk has seen: the one structure that grows with the tileset."""

from __future__ import annotations

import hashlib
import os
from array import array

__all__ = ["SeenPaths"]


class SeenPaths:
    """The relative paths a walk has seen: the one structure that grows with the tileset.

    Each path is kept as a 64-bit keyed BLAKE2b digest in an open-addressing table (an array
    of unsigned 64-bit integers, at most half full): ~16 bytes per path where a set of strings
    costs ~110. Two paths share a digest with probability ~n^2/2^65 (3e-10 for 100,000 paths);
    the key is random per walk, so no tileset can be made to collide on purpose. The second of
    two colliding paths would be taken as seen and not fetched. ``names`` keeps the strings too,
    for the list mode, which compares them with the container listing.
    """

    __slots__ = ("_count", "_key", "_mask", "_table", "names")

    def __init__(self, *, names: bool = False) -> None:
        self._key = os.urandom(16)
        self._table = array("Q", bytes(8 * 1024))
        self._mask = 1023
        self._count = 0
        self.names: set[str] | None = set() if names else None

    def __len__(self) -> int:
        return self._count

    def __contains__(self, path: object) -> bool:
        """True when ``path`` was added (with the same digest risk as :meth:`add`)."""
        if not isinstance(path, str):
            return False
        digest = hashlib.blake2b(
            path.encode("utf-8", "surrogatepass"), digest_size=8, key=self._key
        ).digest()
        value = int.from_bytes(digest, "little") or 1
        table, mask = self._table, self._mask
        i = value & mask
        while (slot := table[i]) != 0:
            if slot == value:
                return True
            i = (i + 1) & mask
        return False

    def add(self, path: str) -> bool:
        """Record ``path``; True the first time, False when it was seen already."""
        digest = hashlib.blake2b(
            path.encode("utf-8", "surrogatepass"), digest_size=8, key=self._key
        ).digest()
        value = int.from_bytes(digest, "little") or 1  # 0 marks a free slot
        table, mask = self._table, self._mask
        i = value & mask
        while (slot := table[i]) != 0:
            if slot == value:
                return False
            i = (i + 1) & mask
        table[i] = value
        self._count += 1
        if self.names is not None:
            self.names.add(path)
        if self._count * 2 > mask:
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._table
        table = array("Q", bytes(16 * len(old)))
        mask = len(table) - 1
        for value in old:
            if value:
                i = value & mask
                while table[i] != 0:
                    i = (i + 1) & mask
                table[i] = value
        self._table, self._mask = table, mask
