"""Bounded decoding of fetched data: gzip inflation and JSON parsing, each with a limit.

Pure and on the hot path (once per fetched file).
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

from ...errors import TileFormatError
from ..limits import DEFAULT_LIMITS

__all__ = ["Buffer", "gunzip_bounded", "is_gzip", "parse_json"]

Buffer = bytes | bytearray | memoryview


def is_gzip(data: Buffer) -> bool:
    """True when ``data`` starts with the gzip magic ``1f 8b``."""
    return len(data) >= 2 and data[0] == 0x1F and data[1] == 0x8B


_INFLATE_STEP = 4 * 1024 * 1024


def gunzip_bounded(data: Buffer, max_bytes: int, *, path: str = "") -> bytearray:
    """Inflate gzip ``data`` (all members), refusing output over ``max_bytes`` (a gzip bomb).

    Inflated in bounded steps into one buffer: a single ``decompress`` call would hold its
    output twice while joining it, so a bomb would cost twice the limit.
    """
    out = bytearray()
    rest = bytes(data) if not isinstance(data, bytes) else data
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        while True:
            step = min(_INFLATE_STEP, max_bytes - len(out) + 1)
            try:
                piece = inflater.decompress(pending, step)
            except zlib.error as exc:
                raise TileFormatError(f"gzip data is corrupt ({exc})", path=path) from None
            out += piece
            if len(out) > max_bytes:
                raise TileFormatError(
                    f"gzip data inflates past the limit of {max_bytes} bytes", path=path
                )
            pending = inflater.unconsumed_tail
            if inflater.eof or not (piece or pending):
                break
        if not inflater.eof:
            raise TileFormatError("gzip data is truncated", path=path)
        rest = inflater.unused_data
        # Another member may follow; zero padding after the last member is tolerated.
        if not rest.strip(b"\x00"):
            return out
        if not is_gzip(rest):
            raise TileFormatError("trailing garbage after gzip data", path=path)


def parse_json(
    data: Buffer,
    *,
    path: str = "",
    what: str = "JSON",
    max_elements: int = DEFAULT_LIMITS.max_json_elements,
) -> Any:
    """Parse UTF-8 JSON (a BOM allowed); :class:`TileFormatError` with the reason otherwise.

    A document of more than ``max_elements`` values (objects, arrays, numbers, strings) is
    refused before it is built: parsed JSON takes up to ~70 bytes a value (``[{},{},...]``:
    ~24 times its text), so its bytes alone do not bound its memory.
    """
    raw = data if isinstance(data, bytes | bytearray) else bytes(data)
    _check_elements(raw, max_elements, path, what)
    try:
        text = str(raw, "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TileFormatError(f"{what} is not valid UTF-8 (byte {exc.start})", path=path) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TileFormatError(
            f"{what} does not parse: {exc.msg} at line {exc.lineno} column {exc.colno}", path=path
        ) from None
    except RecursionError:
        raise TileFormatError(f"{what} is nested too deeply to parse", path=path) from None


# A JSON string, escapes included (the unrolled form: no backtracking per character).
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def _elements_at_most(raw: bytes | bytearray) -> int:
    """An upper bound of the values in a JSON text: one, plus one after each comma, plus one
    opening each non-empty object or array (its first value)."""
    containers = raw.count(b"{") + raw.count(b"[") - raw.count(b"{}") - raw.count(b"[]")
    return raw.count(b",") + containers + 1


def _check_elements(raw: bytes | bytearray, limit: int, path: str, what: str) -> None:
    if _elements_at_most(raw) <= limit:
        return  # the common case: three scans at memory speed
    # Commas and brackets inside strings were counted too: count again without the strings.
    count = _elements_at_most(_JSON_STRING.sub(b'""', raw))
    if count > limit:
        raise TileFormatError(
            f"{what} holds about {count} values, over the limit of {limit}"
            " (Limits.max_json_elements): parsed, it would take too much memory",
            path=path,
        )
