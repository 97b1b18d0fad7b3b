"""The circuit breaker: when the container host is down rather than flaky.

Two rules, either of which trips it (any answer from the host, a success or a final refusal
such as a 404, resets both):

- ``files`` files in a row used up all their retries on transient failures (resets,
  timeouts, 5xx), with no answer in between;
- ``attempts`` failed attempts in a row (across workers) with no answer for ``silence``
  seconds: a host answering 500 to everything ends a large run in about that time, instead of
  every file using up its retries first, while a short storm of errors is still ridden out.

Throttling (429) is not counted: the host is up and asks to slow down.
"""

from __future__ import annotations

import time

from ..errors import TileFetchError

__all__ = ["Breaker", "HostDown"]


class HostDown(TileFetchError):
    """A fetch that tripped the breaker: the walk stops with the breaker's error."""


class Breaker:
    """Counts failures in a row and says when the host is to be taken as down."""

    __slots__ = ("attempts", "failed_attempts", "files", "files_failed", "silence", "silent_since")

    def __init__(self, *, files: int, silence: float) -> None:
        self.files = files
        self.attempts = files  # one threshold: more attempts than workers can fail in one round
        self.silence = silence
        self.files_failed = 0  # files in a row that used up their retries
        self.failed_attempts = 0
        self.silent_since: float | None = None  # the first failed attempt since an answer

    def answered(self) -> None:
        """The host answered (a success, or a final refusal): it is up."""
        self.files_failed = 0
        self.failed_attempts = 0
        self.silent_since = None

    def attempt_failed(self) -> bool:
        """Record a failed attempt; True when the host is to be taken as down."""
        self.failed_attempts += 1
        now = time.monotonic()
        if self.silent_since is None:
            self.silent_since = now
            return False
        return self.failed_attempts >= self.attempts and now - self.silent_since >= self.silence

    def file_failed(self) -> bool:
        """Record a file that used up its retries; True when the host is to be taken as down."""
        self.files_failed += 1
        return self.files_failed >= self.files

    def describe(self) -> str:
        """Why the host is taken as down, for the error message."""
        if self.files_failed >= self.files:
            return f"{self.files_failed} files in a row failed after all their retries"
        waited = time.monotonic() - (self.silent_since or time.monotonic())
        return f"{self.failed_attempts} attempts in a row failed, with no answer for {waited:.0f} s"
