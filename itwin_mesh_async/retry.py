"""Retry timing and the rules for what may be retried. Pure: no I/O besides the ``sleep`` hook.

One :class:`RetryPolicy` and one loop, :meth:`RetryPolicy.attempts`, serve the API transport
and the tile fetcher alike::

    attempts = policy.attempts(on_retry=log_it)
    async for attempt in attempts:
        outcome = await try_once()
        if outcome.ok:
            return outcome
        attempt.failed(outcome.reason, retry_after=outcome.retry_after)  # waits, or ends the loop
    raise Error(f"{attempts.reason} ({attempts.gave_up_reason})")

``attempt.again()`` repeats at once without counting an attempt (a token refreshed after a 401,
a renewed SAS link).

What is retried (see :func:`is_retryable_status` and :func:`is_retryable_failure`):

- 429 always: the service refused the request without acting on it. ``Retry-After`` is honoured
  (seconds or an HTTP date); above ``retry_after_cap`` the caller gets the error with
  ``retry_after`` instead of a long silent wait.
- 408, 500, 502, 503, 504, dropped connections, resets and timeouts: only for idempotent methods
  (GET, HEAD, DELETE, PUT, OPTIONS), with exponential backoff and full jitter.
- A POST is *not* repeated after an ambiguous failure (a 5xx, a timeout or a reset once the
  request may have reached the service), because repeating it could start a second export or run.
  It is repeated on 429 and when the connection failed before anything was sent
  (``before_send``), since then the service cannot have seen it. Callers that know a POST is
  safe to repeat (a token request) pass ``retry_ambiguous=True``.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import attrs

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "Attempts",
    "RetryEvent",
    "RetryHook",
    "RetryPolicy",
    "RetryState",
    "VirtualTime",
    "is_retryable_failure",
    "is_retryable_status",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "DELETE", "PUT", "OPTIONS"})
# Statuses worth another try of an idempotent request (429 is retried for every method).
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date.

    A negative delay or a date in the past gives 0; a missing or unreadable value gives ``None``.
    ``now`` (aware, default the current UTC time) is the reference for dates.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with no claim about local time
        when = when.replace(tzinfo=UTC)
    reference = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


def is_retryable_status(method: str, status: int, *, retry_ambiguous: bool | None = None) -> bool:
    """Whether an answer with ``status`` may be retried for ``method`` (see module docstring)."""
    if status == 429:
        return True
    if status not in RETRYABLE_STATUSES:
        return False
    return _may_repeat(method, retry_ambiguous)


def is_retryable_failure(
    method: str, *, before_send: bool, retry_ambiguous: bool | None = None
) -> bool:
    """Whether a request that got no answer (connection error, timeout) may be retried."""
    return before_send or _may_repeat(method, retry_ambiguous)


def _may_repeat(method: str, retry_ambiguous: bool | None) -> bool:
    if retry_ambiguous is not None:
        return retry_ambiguous
    return method.upper() in IDEMPOTENT_METHODS


async def _no_sleep(delay: float) -> None:
    await asyncio.sleep(0)


@attrs.frozen
class RetryPolicy:
    """How often and how long to retry. Frozen, so one policy is shared by every request.

    ``max_attempts`` counts the first try. ``total_budget`` (seconds, ``None`` for no limit) bounds
    the time from the first try to the start of the last one: a wait that would end past it is not
    taken. ``retry_after_cap``: a ``Retry-After`` longer than this is not waited for; the error is
    raised with ``retry_after`` so the caller can decide. ``sleep``, ``clock`` and ``rand`` are
    hooks for tests (see :meth:`no_wait` and :class:`VirtualTime`).
    """

    max_attempts: int = attrs.field(default=5, validator=attrs.validators.ge(1))
    base_delay: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=30.0, validator=attrs.validators.ge(0))
    jitter: bool = True
    total_budget: float | None = 300.0
    retry_after_cap: float = 60.0
    sleep: Callable[[float], Awaitable[None]] = attrs.field(default=asyncio.sleep, repr=False)
    clock: Callable[[], float] = attrs.field(default=time.monotonic, repr=False)
    rand: Callable[[], float] = attrs.field(default=random.random, repr=False)

    @classmethod
    def no_wait(cls, **overrides: Any) -> RetryPolicy:
        """A policy that never really sleeps: each wait passes at once on a private
        :class:`VirtualTime` (so the time budget still counts the waits). Any field may be
        overridden; to read the waits, pass ``sleep=vt.sleep, clock=vt.clock`` of your own."""
        if "sleep" not in overrides and "clock" not in overrides:
            virtual = VirtualTime()
            overrides = {"sleep": virtual.sleep, "clock": virtual.clock, **overrides}
        overrides.setdefault("sleep", _no_sleep)
        return attrs.evolve(cls(), **overrides)

    @classmethod
    def never(cls) -> RetryPolicy:
        """A policy that tries once and never retries."""
        return cls(max_attempts=1)

    def backoff(self, attempt: int) -> float:
        """Backoff before retry number ``attempt`` (1 = first retry): capped exponential with
        full jitter (uniform in ``[0, cap]``), which spreads out clients that failed together."""
        ceiling: float = min(self.max_delay, self.base_delay * 2.0 ** max(0, attempt - 1))
        return ceiling * self.rand() if self.jitter else ceiling

    def delay_for(self, attempt: int, retry_after: float | None = None) -> float:
        """The wait before retry ``attempt``: the server's ``Retry-After`` if any, else backoff."""
        if retry_after is not None:
            return max(0.0, retry_after)
        return self.backoff(attempt)

    def exceeds_cap(self, retry_after: float | None) -> bool:
        """Whether a ``Retry-After`` is too long to wait for silently."""
        return retry_after is not None and retry_after > self.retry_after_cap

    def start(self) -> RetryState:
        """A fresh attempt counter for one logical request, its budget starting now."""
        return RetryState(self, self.clock())

    def attempts(self, *, on_retry: RetryHook | None = None, label: str = "") -> Attempts:
        """The retry loop of one logical request: ``async for attempt in policy.attempts():``.

        ``on_retry`` is called before each wait (for counters and logs), with ``label`` (what
        is being tried, for the log) in its :class:`RetryEvent`.
        """
        return Attempts(self.start(), on_retry, label)


@attrs.define
class RetryState:
    """Attempts made so far for one logical request, and the time budget left.

    The first try is attempt 1 and needs no call; each :meth:`next_delay` (or :meth:`wait`)
    that allows another try counts one more attempt.
    """

    policy: RetryPolicy
    started: float
    attempts: int = 1
    waited: float = 0.0
    gave_up_reason: str | None = None

    def next_delay(self, retry_after: float | None = None) -> float | None:
        """The wait before the next attempt, or ``None`` to give up (the reason is kept in
        ``gave_up_reason``): attempts used up, ``retry_after`` above the cap, or over budget."""
        policy = self.policy
        if self.attempts >= policy.max_attempts:
            self.gave_up_reason = f"gave up after {self.attempts} attempts"
            return None
        if policy.exceeds_cap(retry_after):
            self.gave_up_reason = (
                f"Retry-After {retry_after:g}s is above the cap of {policy.retry_after_cap:g}s"
            )
            return None
        delay = policy.delay_for(self.attempts, retry_after)
        if policy.total_budget is not None:
            elapsed = policy.clock() - self.started
            if elapsed + delay > policy.total_budget:
                self.gave_up_reason = (
                    f"retry budget of {policy.total_budget:g}s used up "
                    f"after {self.attempts} attempts"
                )
                return None
        self.attempts += 1
        return delay

    async def wait(self, retry_after: float | None = None) -> bool:
        """Sleep before the next attempt and return ``True``, or return ``False`` to give up."""
        delay = self.next_delay(retry_after)
        if delay is None:
            return False
        await self.sleep(delay)
        return True

    async def sleep(self, delay: float) -> None:
        """Wait ``delay`` seconds through the policy's hook (for callers of :meth:`next_delay`)."""
        self.waited += delay
        await self.policy.sleep(delay)


@attrs.frozen
class RetryEvent:
    """What :meth:`RetryPolicy.attempts` tells ``on_retry``: attempt ``attempt`` (2 is the first
    retry) of ``label`` starts in ``delay`` seconds because the previous one failed for
    ``reason``."""

    attempt: int
    max_attempts: int
    delay: float
    reason: str
    label: str = ""


RetryHook = Callable[[RetryEvent], None]

_FREE, _FAILED, _OPEN = 0, 1, 2


class Attempts:
    """The loop :meth:`RetryPolicy.attempts` returns; it yields itself once per try.

    In the body, call :meth:`failed` (a counted attempt that failed: the loop waits by the
    policy, or ends) or :meth:`again` (repeat at once, not counted); or leave the loop (return,
    raise). When the loop ends by itself, ``reason`` is the last failure and
    ``gave_up_reason`` says why no further try was made.
    """

    __slots__ = ("_on_retry", "_verdict", "label", "reason", "retry_after", "state")

    def __init__(self, state: RetryState, on_retry: RetryHook | None, label: str = "") -> None:
        self.state = state
        self._on_retry = on_retry
        self.label = label
        self._verdict = _FREE
        self.reason = ""
        self.retry_after: float | None = None

    @property
    def number(self) -> int:
        """The attempt under way (1 for the first try); repeats by :meth:`again` do not count."""
        return self.state.attempts

    @property
    def gave_up_reason(self) -> str:
        """Why the loop ended (attempts used up, ``Retry-After`` above the cap, budget)."""
        return self.state.gave_up_reason or ""

    def failed(self, reason: str, *, retry_after: float | None = None) -> None:
        """This attempt failed in a way worth another try (after ``retry_after`` if given)."""
        self._verdict = _FAILED
        self.reason = reason
        self.retry_after = retry_after

    def again(self) -> None:
        """Try once more at once, without counting an attempt or waiting."""
        self._verdict = _FREE

    def __aiter__(self) -> Attempts:
        return self

    async def __anext__(self) -> Attempts:
        verdict, self._verdict = self._verdict, _OPEN
        if verdict == _FREE:
            return self
        if verdict != _FAILED:
            raise RuntimeError("an attempt ended without failed(), again(), return or raise")
        state = self.state
        delay = state.next_delay(self.retry_after)
        if delay is None:
            raise StopAsyncIteration
        if self._on_retry is not None:
            event = RetryEvent(
                state.attempts, state.policy.max_attempts, delay, self.reason, self.label
            )
            self._on_retry(event)
        await state.sleep(delay)
        return self


@attrs.define
class VirtualTime:
    """A clock and a sleep for tests: sleeping returns at once, advances the clock and is recorded.

    ``RetryPolicy(sleep=vt.sleep, clock=vt.clock)`` makes every wait observable in ``vt.sleeps``.
    """

    now: float = 0.0
    sleeps: list[float] = attrs.Factory(list)

    async def sleep(self, delay: float) -> None:
        """Record ``delay``, move the clock on, and yield to the loop once."""
        self.sleeps.append(delay)
        self.now += delay
        await asyncio.sleep(0)

    def clock(self) -> float:
        """The virtual time, in seconds."""
        return self.now
