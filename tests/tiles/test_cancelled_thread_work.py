"""Work a run hands to a thread is finished, told to stop and undone before a cancellation goes
on: a download cancelled while its manifest opens, or while its pre-pass runs, never cleans up
under a thread still using what it closes."""

from __future__ import annotations

import asyncio
import gc
import threading

import pytest

from itwin_mesh_async.tiles.threads import settle


async def test_a_cancelled_caller_waits_for_the_thread_and_undoes_what_it_opened() -> None:
    started = threading.Event()
    stop = threading.Event()
    finished: list[str] = []
    undone: list[str] = []

    def opening() -> str:
        started.set()
        stop.wait(60)  # a long loop that checks the stop flag (60: a bound for a failing test)
        finished.append("thread")
        return "opened"

    work = asyncio.create_task(settle(opening, stop=stop, undo=undone.append))
    await asyncio.to_thread(started.wait, 60)
    work.cancel()
    with pytest.raises(asyncio.CancelledError):
        await work
    # By the time the cancellation reached the caller, the thread had ended and what it
    # opened had been handed back to be closed.
    assert stop.is_set() and finished == ["thread"] and undone == ["opened"]


async def test_a_thread_that_failed_is_not_undone_and_its_error_is_retrieved(
    caplog: pytest.LogCaptureFixture,
) -> None:
    started = threading.Event()
    release = threading.Event()
    undone: list[object] = []

    def failing() -> str:
        started.set()
        release.wait(60)
        raise OSError("disk gone")

    work = asyncio.create_task(settle(failing, undo=undone.append))
    await asyncio.to_thread(started.wait, 60)
    work.cancel()
    await asyncio.sleep(0)  # the cancellation is delivered while the thread still runs
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await work
    assert undone == []
    gc.collect()  # an unretrieved exception would be logged now, by asyncio
    assert "never retrieved" not in caplog.text


async def test_without_cancellation_it_is_the_call() -> None:
    assert await settle(lambda: 42) == 42
    with pytest.raises(ValueError, match="bad"):
        await settle(lambda: int("bad"))
