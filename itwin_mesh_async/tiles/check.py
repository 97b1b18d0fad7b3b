"""``check``: verify a mirror against its manifest and, given one, the container's listing.

Every file is hashed again (in threads: ``hashlib`` releases the GIL on large buffers) and
compared with the listing's ``Content-MD5`` when there is one, else with the manifest's MD5.
Nothing in DEST is changed, not even the state folder.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs

from ..errors import InvalidArgumentError
from .manifest import Manifest
from .mirror import STATE_DIR
from .sync import hash_file
from .syncplan import Listed

__all__ = ["CheckProgress", "CheckReport", "check_mirror"]

HASH_THREADS = 4


@attrs.define
class CheckReport:
    """What ``check`` found: ``files`` expected, ``ok`` of them intact, and the paths that are
    ``missing``, ``corrupt`` (other bytes than expected) or ``extra`` (not part of the mirror).
    ``notes`` say what could not be compared (no listing, no manifest)."""

    dest: str
    files: int = 0
    ok: int = 0
    missing: list[str] = attrs.Factory(list)
    corrupt: list[str] = attrs.Factory(list)
    extra: list[str] = attrs.Factory(list)
    seconds: float = 0.0
    notes: list[str] = attrs.Factory(list)

    @property
    def exact(self) -> bool:
        """True when nothing is missing, corrupt or extra."""
        return not (self.missing or self.corrupt or self.extra)

    def to_dict(self) -> dict[str, Any]:
        """The CLI's ``--json`` document."""
        return {
            "dest": self.dest,
            "files": self.files,
            "ok": self.ok,
            "missing": list(self.missing),
            "corrupt": list(self.corrupt),
            "extra": list(self.extra),
            "seconds": round(self.seconds, 3),
            "notes": list(self.notes),
        }


@attrs.frozen
class CheckProgress:
    """A snapshot for the progress display: files hashed of ``total``, bytes hashed."""

    done: int
    total: int
    bytes_done: int
    elapsed: float


def _walk(dest: Path) -> Iterator[tuple[str, os.stat_result]]:
    """Every file of DEST (relative path, lstat), without the state folder, never following
    a symlinked folder (a symlink is reported as a file: it is not part of a mirror)."""
    root = str(dest)
    for folder, dirs, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        rel = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        if not rel:
            dirs[:] = [d for d in dirs if d != STATE_DIR]
        for name in files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            yield rel + name, os.lstat(os.path.join(folder, name))


def check_mirror(
    dest: str | os.PathLike[str],
    *,
    listing: dict[str, Listed] | None = None,
    progress: Callable[[CheckProgress], None] | None = None,
) -> CheckReport:
    """Verify DEST (see the module's doc). ``listing``: the container's blobs, when a source
    was given; without one, the manifest says what the mirror holds."""
    started = time.monotonic()
    root = Path(dest).absolute()
    if not root.is_dir():
        raise InvalidArgumentError(f"{root} is not a folder")
    report = CheckReport(dest=str(root))
    manifest = Manifest.read_only(root / STATE_DIR)
    expected: dict[str, bytes | None] = {}
    sizes: dict[str, int | None] = {}
    try:
        if manifest is None:
            report.notes.append("DEST has no manifest (not written by this tool, or damaged)")
        if listing is not None:
            for path, listed in listing.items():
                expected[path] = listed.md5
                sizes[path] = listed.size
            if manifest is not None and any(v is None for v in expected.values()):
                for entry in manifest.entries():
                    if entry.path in expected and expected[entry.path] is None:
                        expected[entry.path] = entry.md5
        elif manifest is not None:
            for entry in manifest.entries():
                expected[entry.path] = entry.md5
                sizes[entry.path] = entry.size
    finally:
        if manifest is not None:
            manifest.close()
    local = dict(_walk(root))
    report.files = len(expected)
    report.extra = sorted(p for p in local if p not in expected)
    present = [p for p in sorted(expected) if p in local and stat.S_ISREG(local[p].st_mode)]
    report.missing = sorted(p for p in expected if p not in local)
    # A symlink where a file should be: not the file.
    report.corrupt = sorted(p for p in expected if p in local and p not in set(present))
    total = len(present)
    done = 0
    hashed = 0
    last = 0.0

    def one(path: str) -> tuple[str, bool]:
        size = sizes.get(path)
        if size is not None and local[path].st_size != size:
            return path, False
        want = expected[path]
        if want is None:
            return path, True  # nothing to compare with but the size
        try:
            return path, hash_file(lambda: open(root / path, "rb")) == want
        except OSError:
            return path, False

    with ThreadPoolExecutor(HASH_THREADS, thread_name_prefix="itwin-mesh-check") as pool:
        for path, good in pool.map(one, present):
            done += 1
            hashed += local[path].st_size
            if good:
                report.ok += 1
            else:
                report.corrupt.append(path)
            now = time.monotonic()
            if progress is not None and (now - last > 0.1 or done == total):
                last = now
                progress(CheckProgress(done, total, hashed, now - started))
    report.corrupt.sort()
    report.seconds = time.monotonic() - started
    return report
