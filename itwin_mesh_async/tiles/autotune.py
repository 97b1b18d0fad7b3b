"""``concurrency="auto"``: how many transfers to keep in flight, decided from what they achieve.

Pure: :class:`ConcurrencyTuner` sees one :class:`Sample` per measuring window (files and bytes
completed, throttling answers seen, whether the limit was what held the work back) and answers
the next limit with a reason. No clock, no I/O: the pool (:mod:`.frontier`) applies the limit
and :mod:`.autopool` gathers the samples.

The policy, in the spirit of azcopy's tuner and of TCP's AIMD:

- Seek: start at ``initial``; multiply the limit (x2, then x1.25 after a probe that did not
  pay) while the rate rises by enough to be worth it (at least 25% for x2, 10% for x1.25; a
  bare gain below that is noise or a CPU bound); the first probe that does not pay goes back
  to the last level that did, which is where it settles.
- Throttling (429, 503 Server Busy, 500 Operation Timeout, timeouts) in a window: multiply the
  limit by ``decrease`` at once (right after a rise: back to the level before it, which was not
  refused) and cap it below the level that was throttled (halfway back after a rise); then add
  ~10% per calm window back up toward that cap, never above it. The window right after a back-off
  does not back off again: its refusals answer requests sent at the old level.
- A window where the limit was not binding (too little work queued: the start of a walk, its
  end) changes nothing and measures nothing.
- Settled, it probes once more (x1.25, past an old cap too) every ``reprobe_after`` windows,
  since what a network allows changes over a long download.
"""

from __future__ import annotations

import math

import attrs

__all__ = ["AUTO_CEILING", "AUTO_INITIAL", "ConcurrencyTuner", "Decision", "Sample"]

AUTO_INITIAL = 32
# The most transfers auto ever keeps in flight (before the open-files limit lowers it): curl's
# best on a 40 ms link here was near 512; past that, more sockets only cost memory.
AUTO_CEILING = 512


@attrs.frozen
class Sample:
    """What one measuring window saw.

    ``throttled``: answers that say the server is at its limit (429, 503, 500 Operation
    Timeout) and timeouts; ``saturated``: the limit was binding (every slot busy with work
    still queued for most of the window), so the rate says something about the limit.
    """

    seconds: float
    files: int
    bytes: int
    throttled: int = 0
    saturated: bool = True


@attrs.frozen
class Decision:
    """The limit for the next window and why (for the logs)."""

    limit: int
    reason: str
    changed: bool


_SEEK, _STEADY = "seek", "steady"
_STEPS = (2.0, 1.25)  # the multipliers of the seek, the second after a probe that did not pay


def _needed(step: float) -> float:
    """The rate a probe of ``step`` must reach, relative to the level before it."""
    return 1.0 + max(0.10, (step - 1.0) * 0.25)


class ConcurrencyTuner:
    """Chooses the limit of transfers in flight, window after window (see the module doc)."""

    def __init__(
        self,
        *,
        initial: int = AUTO_INITIAL,
        ceiling: int = AUTO_CEILING,
        floor: int = 4,
        decrease: float = 0.7,
        reprobe_after: int = 20,
    ) -> None:
        if not 1 <= floor <= ceiling:
            raise ValueError(f"need 1 <= floor <= ceiling, got {floor} and {ceiling}")
        self.floor = floor
        self.ceiling = ceiling
        self.cap = ceiling  # lowered below a level that was throttled
        self.limit = min(max(initial, floor), ceiling)
        self.peak = self.limit
        self.decrease = decrease
        self.reprobe_after = reprobe_after
        self.throttles = 0
        self._phase = _SEEK
        self._step = 0  # index into _STEPS
        self._base: tuple[int, float, float] | None = None  # limit, files/s, bytes/s there
        self._steady_windows = 0
        self._recover_to: int | None = None  # the cap to climb back to after a back-off
        self._cooling = False  # the window after a back-off: answers to the old level arrive

    def observe(self, sample: Sample) -> Decision:
        """Take one window's sample; the limit for the next window."""
        cooling, self._cooling = self._cooling, False
        if sample.throttled:
            if cooling:
                # Refusals of requests sent at the level before the back-off (and their
                # retries): one back-off per round, as TCP halves once per round trip.
                return Decision(self.limit, "holding: backed off already", False)
            return self._back_off()
        if not sample.saturated or sample.seconds <= 0:
            return Decision(self.limit, "holding: not enough work queued to judge", False)
        files_rate = sample.files / sample.seconds
        bytes_rate = sample.bytes / sample.seconds
        if self._phase == _STEADY:
            return self._steady(files_rate, bytes_rate)
        return self._seek(files_rate, bytes_rate)

    # -- the phases -----------------------------------------------------------------------

    def _seek(self, files_rate: float, bytes_rate: float) -> Decision:
        base = self._base
        if base is not None:
            limit, base_files, base_bytes = base
            gain = max(_ratio(files_rate, base_files), _ratio(bytes_rate, base_bytes))
            step = self.limit / limit
            if gain < _needed(step):
                if self._step + 1 < len(_STEPS):
                    # Too far or too coarse: try a smaller step from the last level that paid.
                    self._step += 1
                    return self._set(self._grown(limit), f"probing x{_STEPS[self._step]}")
                self._phase, self._steady_windows = _STEADY, 0
                return self._set(limit, f"settled: x{step:.2f} gave x{gain:.2f}")
        self._base = (self.limit, files_rate, bytes_rate)
        grown = self._grown(self.limit)
        if grown == self.limit:
            self._phase, self._steady_windows = _STEADY, 0
            return Decision(self.limit, "at the ceiling", False)
        return self._set(grown, "rising: the rate rose")

    def _steady(self, files_rate: float, bytes_rate: float) -> Decision:
        self._steady_windows += 1
        if self._recover_to is not None and self.limit < self._recover_to:
            # Recovering after throttling: additive steps back toward the cap.
            step = max(1, self.limit // 10)
            return self._set(
                min(self._recover_to, self.limit + step), "recovering after throttling"
            )
        if self._steady_windows >= self.reprobe_after:
            # Conditions change over a long download: look above again (past an old cap too).
            self.cap, self._recover_to = self.ceiling, None
            self._phase, self._step = _SEEK, len(_STEPS) - 1
            self._base = (self.limit, files_rate, bytes_rate)
            grown = self._grown(self.limit)
            if grown != self.limit:
                return self._set(grown, "probing again")
            self._phase = _STEADY
        return Decision(self.limit, "steady", False)

    def _back_off(self) -> Decision:
        self.throttles += 1
        throttled_at = self.limit
        lowered = max(self.floor, math.floor(throttled_at * self.decrease))
        self.cap = max(self.floor, throttled_at - max(1, throttled_at // 10))
        if self._phase == _SEEK and self._base is not None and self._base[0] < throttled_at:
            # Refused right after a rise: back to the last level that was not, and climb back
            # no further than halfway to the one that was.
            good = self._base[0]
            lowered, self.cap = good, max(good, (good + throttled_at) // 2)
        self._recover_to = self.cap
        self._phase, self._steady_windows = _STEADY, 0
        self._base = None
        self._cooling = True
        return self._set(lowered, "backing off: the server is throttling")

    # -- helpers --------------------------------------------------------------------------

    def _grown(self, limit: int) -> int:
        return min(self.cap, max(limit + 1, math.ceil(limit * _STEPS[self._step])))

    def _set(self, limit: int, reason: str) -> Decision:
        limit = min(max(limit, self.floor), self.ceiling)
        changed = limit != self.limit
        self.limit = limit
        self.peak = max(self.peak, limit)
        return Decision(limit, reason, changed)


def _ratio(now: float, before: float) -> float:
    return now / before if before > 0 else (1.0 if now <= 0 else math.inf)
