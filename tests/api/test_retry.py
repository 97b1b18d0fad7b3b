"""Retry timing and retry rules: pure, so tested directly and with virtual time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from itwin_mesh_async.retry import (
    IDEMPOTENT_METHODS,
    RetryEvent,
    RetryPolicy,
    VirtualTime,
    is_retryable_failure,
    is_retryable_status,
    parse_retry_after,
)

NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)


# --- parse_retry_after ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("120", 120.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        ("-5", 0.0),
        (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
        ("Sat, 01 Mar 2025 12:01:00 GMT", 60.0),
        ("Sat, 01 Mar 2025 11:00:00 GMT", 0.0),  # in the past
        ("Sat, 01 Mar 2025 12:00:10 -0000", 10.0),  # naive date means UTC
        ("Sat, 01 Mar 2025 13:00:20 +0100", 20.0),
    ],
)
def test_parse_retry_after_reads_seconds_and_dates(value: str, expected: float) -> None:
    assert parse_retry_after(value, now=NOW) == pytest.approx(expected)


@pytest.mark.parametrize("value", [None, "", "   ", "soon", "nan", "inf", "Mon, 99 Foo 2025", "1e"])
def test_parse_retry_after_gives_none_for_unreadable_values(value: str | None) -> None:
    assert parse_retry_after(value, now=NOW) is None


def test_parse_retry_after_defaults_to_the_current_time() -> None:
    before = datetime.now(UTC)
    future = format_datetime(before + timedelta(seconds=100), usegmt=True)  # whole seconds
    seconds = parse_retry_after(future)
    since = (datetime.now(UTC) - before).total_seconds()
    assert seconds is not None and 100 - since - 1 <= seconds <= 100


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_parse_retry_after_integer_seconds_are_never_negative(seconds: int) -> None:
    assert parse_retry_after(str(seconds)) == max(0, seconds)


# --- what is retried -----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "DELETE", "PUT", "OPTIONS", "POST"])
def test_429_is_retried_for_every_method(method: str) -> None:
    assert is_retryable_status(method, 429)


@pytest.mark.parametrize("code", [408, 500, 502, 503, 504])
def test_transient_statuses_are_retried_only_for_idempotent_methods(code: int) -> None:
    for method in IDEMPOTENT_METHODS:
        assert is_retryable_status(method, code)
    assert not is_retryable_status("POST", code)
    assert not is_retryable_status("PATCH", code)
    assert is_retryable_status("POST", code, retry_ambiguous=True)
    assert not is_retryable_status("GET", code, retry_ambiguous=False)


@pytest.mark.parametrize("code", [200, 202, 303, 400, 401, 403, 404, 409, 422, 501, 505])
def test_final_statuses_are_never_retried(code: int) -> None:
    assert not is_retryable_status("GET", code)
    assert not is_retryable_status("POST", code, retry_ambiguous=True)


def test_failures_without_an_answer() -> None:
    assert is_retryable_failure("GET", before_send=False)
    assert is_retryable_failure("DELETE", before_send=False)
    assert not is_retryable_failure("POST", before_send=False)  # may have reached the service
    assert is_retryable_failure("POST", before_send=True)  # cannot have reached it
    assert is_retryable_failure("POST", before_send=False, retry_ambiguous=True)
    assert not is_retryable_failure("GET", before_send=False, retry_ambiguous=False)


# --- backoff -------------------------------------------------------------------------------------


def test_backoff_without_jitter_doubles_up_to_the_cap() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=3, jitter=False)
    assert [policy.backoff(n) for n in range(1, 7)] == [0.5, 1, 2, 3, 3, 3]


def test_full_jitter_scales_the_ceiling_by_the_random_draw() -> None:
    policy = RetryPolicy(base_delay=1, max_delay=100, rand=lambda: 0.25)
    assert [policy.backoff(n) for n in (1, 2, 3)] == [0.25, 0.5, 1.0]


@given(
    attempt=st.integers(min_value=1, max_value=200),
    base=st.floats(min_value=0, max_value=10),
    cap=st.floats(min_value=0, max_value=120),
)
def test_jittered_backoff_stays_within_zero_and_the_cap(
    attempt: int, base: float, cap: float
) -> None:
    delay = RetryPolicy(base_delay=base, max_delay=cap).backoff(attempt)
    assert 0 <= delay <= cap


def test_delay_for_prefers_the_servers_retry_after() -> None:
    policy = RetryPolicy(jitter=False, base_delay=1)
    assert policy.delay_for(3, 12.0) == 12.0
    assert policy.delay_for(3, None) == 4.0
    assert policy.delay_for(1, -3.0) == 0.0


def test_policy_validates_its_fields() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="base_delay"):
        RetryPolicy(base_delay=-1)


def test_policy_is_frozen_and_its_repr_hides_hooks() -> None:
    policy = RetryPolicy()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        policy.max_attempts = 9  # type: ignore[misc]
    assert "sleep" not in repr(policy) and "max_attempts=5" in repr(policy)
    assert RetryPolicy.never().max_attempts == 1


# --- RetryState ----------------------------------------------------------------------------------


def test_state_counts_attempts_and_gives_up() -> None:
    state = RetryPolicy(max_attempts=3, jitter=False, base_delay=1).start()
    assert state.attempts == 1
    assert state.next_delay() == 1
    assert state.next_delay() == 2
    assert state.attempts == 3
    assert state.next_delay() is None
    assert state.gave_up_reason == "gave up after 3 attempts"


def test_state_refuses_a_retry_after_above_the_cap() -> None:
    state = RetryPolicy(retry_after_cap=60).start()
    assert state.next_delay(60) == 60
    assert state.next_delay(61) is None
    assert state.gave_up_reason == "Retry-After 61s is above the cap of 60s"


def test_state_respects_the_total_budget() -> None:
    vt = VirtualTime()
    policy = RetryPolicy(
        max_attempts=100, total_budget=10, jitter=False, base_delay=4, max_delay=4,
        sleep=vt.sleep, clock=vt.clock,
    )  # fmt: skip
    state = policy.start()
    assert state.next_delay() == 4
    vt.now += 4
    assert state.next_delay() == 4
    vt.now += 5  # the request itself took time too
    assert state.next_delay() is None
    assert state.gave_up_reason is not None and "budget of 10s" in state.gave_up_reason


def test_no_budget_means_only_attempts_count() -> None:
    vt = VirtualTime(now=0)
    state = RetryPolicy(total_budget=None, max_attempts=3, clock=vt.clock).start()
    vt.now = 10**9
    assert state.next_delay() is not None


async def test_wait_sleeps_through_the_hook_and_reports_giving_up() -> None:
    vt = VirtualTime()
    policy = RetryPolicy(max_attempts=3, jitter=False, sleep=vt.sleep, clock=vt.clock)
    state = policy.start()
    assert await state.wait(2.5)
    assert await state.wait()
    assert not await state.wait()
    assert vt.sleeps == [2.5, 1.0]
    assert state.waited == 3.5
    assert vt.now == 3.5


async def test_no_wait_never_really_sleeps_but_still_counts_the_budget() -> None:
    # Waits of an hour each: really sleeping would run into the test timeout.
    policy = RetryPolicy.no_wait(
        max_attempts=50, total_budget=12_000, base_delay=3600, max_delay=3600, jitter=False
    )
    state = policy.start()
    results = [await state.wait() for _ in range(5)]
    # 3 x 3600 s fit in 12,000 s of virtual time, a fourth wait does not
    assert results == [True, True, True, False, False]
    assert state.waited == 3 * 3600
    assert policy.clock() == 3 * 3600  # the policy's own clock is virtual and moved by the waits


async def test_no_wait_accepts_a_clock_of_its_own() -> None:
    vt = VirtualTime()
    policy = RetryPolicy.no_wait(clock=vt.clock, max_attempts=2)
    assert await policy.start().wait(5)
    assert vt.now == 0  # the default no-wait sleep does not move someone else's clock


async def test_shared_policy_gives_each_request_its_own_state() -> None:
    policy = RetryPolicy.no_wait(max_attempts=2)
    first, second = policy.start(), policy.start()
    assert await first.wait()
    assert not await first.wait()
    assert await second.wait()


# --- the one loop: RetryPolicy.attempts ---------------------------------------------------------


async def test_attempts_wait_between_failures_and_tell_the_hook() -> None:
    vt = VirtualTime()
    policy = RetryPolicy(
        max_attempts=3, base_delay=1.0, jitter=False, sleep=vt.sleep, clock=vt.clock
    )
    events: list[RetryEvent] = []
    tried = []
    attempts = policy.attempts(on_retry=events.append)
    async for attempt in attempts:
        tried.append(attempt.number)
        attempt.failed(f"reset {attempt.number}", retry_after=5.0 if attempt.number == 2 else None)
    assert tried == [1, 2, 3] and vt.sleeps == [1.0, 5.0]
    assert events == [RetryEvent(2, 3, 1.0, "reset 1"), RetryEvent(3, 3, 5.0, "reset 2")]
    assert attempts.reason == "reset 3" and attempts.gave_up_reason == "gave up after 3 attempts"


async def test_attempts_again_repeats_without_counting_or_waiting() -> None:
    vt = VirtualTime()
    policy = RetryPolicy(max_attempts=2, sleep=vt.sleep, clock=vt.clock)
    tried = []
    async for attempt in policy.attempts():
        tried.append(attempt.number)
        if len(tried) < 4:
            attempt.again()  # a token refreshed, a link renewed: not an attempt
            continue
        break
    assert tried == [1, 1, 1, 1] and vt.sleeps == []


async def test_attempts_stop_on_a_retry_after_above_the_cap_or_the_budget() -> None:
    policy = RetryPolicy.no_wait(retry_after_cap=10.0)
    attempts = policy.attempts()
    async for attempt in attempts:
        attempt.failed("HTTP 429", retry_after=11.0)
    assert attempts.number == 1 and "above the cap" in attempts.gave_up_reason
    budget = RetryPolicy.no_wait(total_budget=1.0, base_delay=2.0, jitter=False)
    spent = budget.attempts()
    async for attempt in spent:
        attempt.failed("timed out")
    assert "budget of 1s used up" in spent.gave_up_reason


async def test_an_attempt_left_open_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError, match="without failed"):
        async for _attempt in RetryPolicy.no_wait().attempts():
            pass
