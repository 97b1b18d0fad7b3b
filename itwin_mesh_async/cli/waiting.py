"""What ``download --imodel`` says while the service has no Complete export to give yet.

The service generates exports by itself after an iModel changes; the documentation recommends
asking again after 10-30 s and telling the user that a first generation is slower. A wrong
iModel id (or one the caller cannot see) gives the same empty list, so the notice says both.
On a terminal a spinner (``rich``, when installed) shows the wait; otherwise one line on stderr
per change of state. Nothing with ``-q``.
"""

from __future__ import annotations

import contextlib
from typing import Any, TextIO

__all__ = ["WaitNotice", "wait_text"]


def wait_text(imodel_id: str, export_type: str, state: str, timeout: float) -> str:
    """The sentence telling what is waited for, why, and for how long."""
    return (
        f"waiting for a Complete {export_type} export of iModel {imodel_id} ({state}): the "
        "service generates exports by itself after a change, and an iModel's first one can "
        f"take minutes; asking again until --timeout {timeout:g}s. A wrong iModel id, or one "
        "this account cannot see, looks the same."
    )


class WaitNotice:
    """Tells the user about the wait; close it when the wait ends (:meth:`close` is idempotent).

    ``console`` is the CLI's rich console on a terminal (a spinner runs below the notice), or
    None for plain lines.
    """

    def __init__(
        self,
        err: TextIO,
        *,
        imodel_id: str,
        export_type: str,
        timeout: float,
        console: Any = None,
        quiet: bool = False,
    ) -> None:
        self._err, self._quiet, self._console = err, quiet, console
        self._imodel_id, self._export_type, self._timeout = imodel_id, export_type, timeout
        self._status: Any = None
        self._last = ""
        self.waited = False

    def __call__(self, state: str) -> None:
        """One more pause of :meth:`MeshExports.latest` (``state`` says what it found)."""
        self.waited = True
        if self._quiet or state == self._last:
            return
        self._last = state
        text = wait_text(self._imodel_id, self._export_type, state, self._timeout)
        if self._console is None:
            self._err.write(text + "\n")
            self._err.flush()
            return
        self._console.print(text, markup=False, highlight=False, soft_wrap=True)
        if self._status is None:
            self._status = self._console.status("waiting for the export…")
            self._status.start()

    def close(self) -> None:
        """Stop the spinner, if one runs."""
        status, self._status = self._status, None
        if status is not None:
            with contextlib.suppress(Exception):
                status.stop()
