"""What a download hands back: the tiles it yields, its report, its progress snapshots.

Pure: no I/O. :class:`Tally` is the engine's mutable counter set; the public types are built
from it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import attrs

from ..redact import redact_text

__all__ = ["DownloadReport", "FailedFile", "Progress", "ProgressCallback", "Tally", "Tile"]


@attrs.frozen
class Tile:
    """One file of a tileset, as :meth:`TileWalker.stream` yields it.

    ``path`` is relative to the container root (``sub/0-0.glb``), ``data`` the bytes exactly as
    the container holds them (still gzip-compressed when stored so), ``format`` the detected
    format (``glb``, ``b3dm``, ``tileset``, ``subtree``...), ``size`` the length of ``data``.
    """

    path: str
    data: bytes = attrs.field(repr=lambda d: f"<{len(d)} bytes>")
    format: str
    size: int


@attrs.frozen
class FailedFile:
    """A file that could not be fetched, verified, stored, or was refused (``reason`` says why)."""

    path: str
    reason: str = attrs.field(converter=redact_text)  # a server's text may echo a secret


@attrs.frozen
class Progress:
    """A snapshot of a running download, handed to the ``progress`` callback (at most ~10/s).

    ``files_known`` grows while the walk discovers files; ``rate_bytes`` and ``rate_files`` are
    per second since the start.
    """

    files_done: int
    files_known: int
    bytes_done: int
    skipped: int
    failed: int
    retries: int
    elapsed: float
    rate_bytes: float
    rate_files: float = 0.0


@attrs.define
class DownloadReport:
    """The outcome of a download (or of a stream, as far as it went).

    ``tiles``/``bytes`` count files fetched in this run, ``skipped`` the files already complete
    in DEST, ``failed`` each file that failed with its reason. In list mode ``unreached`` names
    the listed blobs the walk does not reach and ``unlisted`` the referenced files the listing
    lacks. ``reused``: files taken from what DEST already held, by content hash (at their path
    or another), without downloading; ``deleted``: files removed because the export no longer
    has them; ``extra``: files DEST holds that the tool did not write and the export lacks
    (kept). With ``dry_run`` nothing was changed: ``tiles``/``bytes`` are what would be fetched
    (``bytes`` as far as the listing gives sizes), ``reused``/``deleted`` what would be; it
    reads the files that may reference others (tilesets of any name, subtrees, ``.gltf``,
    ``i3dm``, ``cmpt``), not GLB, b3dm and pnts tiles, images and buffers.
    ``notes`` say what the run could not do as asked (no listing, say).
    """

    tiles: int = 0
    bytes: int = 0
    skipped: int = 0
    failed: list[FailedFile] = attrs.Factory(list)
    seconds: float = 0.0
    dest: str = ""
    unreached: list[str] = attrs.Factory(list)
    unlisted: list[str] = attrs.Factory(list)
    retries: int = 0
    concurrency: int | None = None  # transfers in flight at the end (where auto settled)
    reused: int = 0
    deleted: int = 0
    extra: list[str] = attrs.Factory(list)
    dry_run: bool = False
    notes: list[str] = attrs.Factory(list)

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        """The CLI's ``--json`` summary (``failed`` is a count; ``failures`` lists them)."""
        summary: dict[str, Any] = {
            "tiles": self.tiles,
            "bytes": self.bytes,
            "skipped": self.skipped,
            "reused": self.reused,
            "deleted": self.deleted,
            "failed": len(self.failed),
            "seconds": round(self.seconds, 3),
            "dest": self.dest,
            "retries": self.retries,
            "concurrency": self.concurrency,
            "failures": [{"path": f.path, "reason": f.reason} for f in self.failed],
            "unreached": list(self.unreached),
            "unlisted": list(self.unlisted),
            "extra": list(self.extra),
        }
        if self.dry_run:
            summary["dry_run"] = True
        if self.notes:
            summary["notes"] = list(self.notes)
        return summary


@attrs.define
class Tally:
    """Mutable counters of a running walk; the engine updates them, readers take snapshots."""

    dest: str = ""
    started: float = attrs.Factory(time.monotonic)
    files_done: int = 0
    bytes_done: int = 0
    skipped: int = 0
    retries: int = 0
    known: int = 0
    failed: list[FailedFile] = attrs.Factory(list)
    unreached: list[str] = attrs.Factory(list)
    unlisted: list[str] = attrs.Factory(list)
    finished: float | None = None
    concurrency: int | None = None
    reused: int = 0
    deleted: int = 0
    extra: list[str] = attrs.Factory(list)
    dry_run: bool = False
    notes: list[str] = attrs.Factory(list)

    def fail(self, path: str, reason: str) -> None:
        """Record one failed file."""
        self.failed.append(FailedFile(path, reason))

    def elapsed(self) -> float:
        """Seconds since the start (frozen once finished)."""
        end = self.finished if self.finished is not None else time.monotonic()
        return end - self.started

    def progress(self) -> Progress:
        """A snapshot for the progress callback."""
        elapsed = self.elapsed()
        per = 1.0 / elapsed if elapsed > 0 else 0.0
        return Progress(
            files_done=self.files_done,
            files_known=max(
                self.known, self.files_done + self.skipped + self.reused + len(self.failed)
            ),
            bytes_done=self.bytes_done,
            skipped=self.skipped + self.reused,  # not downloaded, either way
            failed=len(self.failed),
            retries=self.retries,
            elapsed=elapsed,
            rate_bytes=self.bytes_done * per,
            rate_files=self.files_done * per,
        )

    def report(self) -> DownloadReport:
        """The report so far (final once the walk is finished)."""
        return DownloadReport(
            tiles=self.files_done,
            bytes=self.bytes_done,
            skipped=self.skipped,
            failed=list(self.failed),
            seconds=self.elapsed(),
            dest=self.dest,
            unreached=list(self.unreached),
            unlisted=list(self.unlisted),
            retries=self.retries,
            concurrency=self.concurrency,
            reused=self.reused,
            deleted=self.deleted,
            extra=list(self.extra),
            dry_run=self.dry_run,
            notes=list(self.notes),
        )


ProgressCallback = Callable[[Progress], None]
