"""The manifest's writer thread: rows queued on the per-file hot path, committed in batches.

:meth:`RowWriter.record` appends to a list; the thread commits every ``BATCH`` rows or every
``FLUSH_SECONDS``. A SIGKILL loses at most the last batch: those files are under their final
names without a row, so the next run verifies them by MD5 instead of trusting them.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable

from ..errors import DownloadError

__all__ = ["BATCH", "FLUSH_SECONDS", "RowWriter"]

BATCH = 2000
FLUSH_SECONDS = 0.5
_INSERT = "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?)"
_DELETE = "DELETE FROM files WHERE path = ?"


class RowWriter:
    """Queues rows of the ``files`` table and commits them on its own thread, on ``conn``
    (shared with readers, who take ``conn_lock``). A commit that fails is kept as ``error``
    and nothing more is written."""

    def __init__(self, conn: sqlite3.Connection, conn_lock: threading.Lock) -> None:
        self._conn = conn
        self._conn_lock = conn_lock
        self._pending: list[tuple[str, int, int, bytes, int, bool] | tuple[str]] = []
        self._cond = threading.Condition()
        self._closing = False
        self.error: BaseException | None = None
        # A daemon, though every manifest is closed (Manifest warns when one is not): a hang at
        # exit is worse than rows left uncommitted, whose files the next run verifies again.
        self._thread = threading.Thread(
            target=self._write_loop, name="itwin-mesh-manifest", daemon=True
        )
        self._thread.start()

    def record(
        self, path: str, size: int, mtime_ns: int, md5: bytes, source: int, *, leaf: bool = False
    ) -> None:
        """Queue a row for a file just stored."""
        pending = self._pending
        pending.append((path, size, mtime_ns, md5, source, leaf))
        if len(pending) >= BATCH:
            with self._cond:
                self._cond.notify()

    def forget(self, paths: Iterable[str]) -> None:
        """Queue the removal of rows."""
        self._pending.extend((p,) for p in paths)

    def flush(self) -> None:
        """Commit everything queued so far (waits for the writer)."""
        with self._cond:
            self._commit()
        if self.error is not None:
            raise DownloadError(f"cannot update the manifest: {self.error}") from None

    def stop(self) -> None:
        """Commit what is queued and end the thread."""
        with self._cond:
            self._closing = True
            self._cond.notify()
        self._thread.join()

    def _write_loop(self) -> None:
        while True:
            with self._cond:
                if not self._closing:
                    self._cond.wait(FLUSH_SECONDS)
                self._commit()
                if self._closing:
                    return

    def _commit(self) -> None:
        # Called with _cond held: one commit at a time. list.append is atomic under the GIL, so
        # swapping the list out loses nothing appended meanwhile.
        if not self._pending or self.error is not None:
            return
        batch, self._pending = self._pending, []
        conn = self._conn
        with self._conn_lock:
            try:
                conn.execute("BEGIN")
                # Runs of inserts and of deletions, in order (a path may be both).
                start = 0
                while start < len(batch):
                    kind = len(batch[start])
                    end = start
                    while end < len(batch) and len(batch[end]) == kind:
                        end += 1
                    conn.executemany(_DELETE if kind == 1 else _INSERT, batch[start:end])
                    start = end
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                self.error = exc  # files stay on disk unrecorded: verified on the next run
