"""Seeded fault injection: which request gets which fault.

Pure: no I/O (the servers carry the faults out). The choice for a request depends only on the
seed, the origin, the method, the path and how many times that same request was seen before,
never on the order concurrent requests arrive in, so a run with faults is reproducible and a
retried request gets a fresh draw (with probabilities below 1 it eventually goes through).
"""

from __future__ import annotations

import fnmatch
import random
from collections import Counter
from typing import Literal

import attrs

__all__ = ["FAULT_KINDS", "FaultConfig", "FaultKind", "InjectedFault", "Origin"]

FaultKind = Literal["reset", "truncate", "server_error", "rate_limit", "slow"]
Origin = Literal["api", "blob"]
FAULT_KINDS: tuple[FaultKind, ...] = ("reset", "truncate", "server_error", "rate_limit", "slow")


@attrs.frozen
class InjectedFault:
    """One fault that was carried out (for assertions and for reproducibility checks)."""

    origin: str
    method: str
    path: str
    kind: FaultKind


@attrs.define
class FaultConfig:
    """What to inject, mutable while the emulator runs.

    Probabilities are per request: ``reset`` (connection reset before any response),
    ``truncate`` (full headers with the real Content-Length, then half the body and a close),
    ``server_error`` (500 or 503), ``rate_limit`` (API: 429 ``RateLimitExceeded``; blob: 503
    ``ServerBusy``, as Azure throttles; both with ``Retry-After``), ``slow`` (a delay of
    ``slow_seconds`` before a normal answer). ``scope`` limits them to one origin, ``paths``
    to request paths matching a glob (``*.glb``), ``max_faults`` caps the total.
    :meth:`force` queues faults for the next matching requests, whatever the probabilities.
    ``expire_sas_after`` expires every link handed out so far once that many blob requests
    have been answered, which puts a link expiry in the middle of a download.
    """

    seed: int = 0
    scope: Literal["api", "blob", "both"] = "both"
    reset: float = 0.0
    truncate: float = 0.0
    server_error: float = 0.0
    rate_limit: float = 0.0
    slow: float = 0.0
    slow_seconds: float = 0.05
    retry_after: int | str = 1  # seconds, or an HTTP date sent verbatim
    paths: str | None = None
    max_faults: int | None = None
    expire_sas_after: int | None = None
    injected: list[InjectedFault] = attrs.Factory(list)
    _forced: list[tuple[str, FaultKind]] = attrs.Factory(list)
    _seen: Counter[tuple[str, str, str]] = attrs.Factory(Counter)

    def force(
        self, kind: FaultKind, *, scope: Literal["api", "blob", "both"] = "both", count: int = 1
    ) -> None:
        """Inject ``kind`` into the next ``count`` requests of ``scope``."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        self._forced.extend([(scope, kind)] * count)

    def clear(self) -> None:
        """No more faults: probabilities to zero, queue emptied (the log is kept)."""
        self.reset = self.truncate = self.server_error = self.rate_limit = self.slow = 0.0
        self._forced.clear()
        self.expire_sas_after = None

    def decide(self, origin: Origin, method: str, path: str) -> FaultKind | None:
        """The fault for this request, or ``None``; records it in ``injected``."""
        key = (origin, method, path)
        attempt = self._seen[key]
        self._seen[key] += 1
        for index, (scope, kind) in enumerate(self._forced):
            if scope in (origin, "both"):
                del self._forced[index]
                return self._record(origin, method, path, kind)
        if self.scope not in (origin, "both"):
            return None
        if self.paths is not None and not fnmatch.fnmatchcase(path, self.paths):
            return None
        if self.max_faults is not None and len(self.injected) >= self.max_faults:
            return None
        draw = random.Random(f"{self.seed}|{origin}|{method}|{path}|{attempt}").random()
        edge = 0.0
        for kind in FAULT_KINDS:
            edge += max(0.0, getattr(self, kind))
            if draw < edge:
                return self._record(origin, method, path, kind)
        return None

    def _record(self, origin: str, method: str, path: str, kind: FaultKind) -> FaultKind:
        self.injected.append(InjectedFault(origin, method, path, kind))
        return kind
