"""API calls under the emulator's seeded fault mix: resets, cut bodies, 500/503, 429 with
``Retry-After``, slow answers. Every call succeeds within the retry policy, gives the same
result as without faults, and a POST is repeated only when the service cannot have acted on it.
"""

from __future__ import annotations

from collections import Counter

import pytest

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import RateLimitError, ServerError
from itwin_mesh_async.retry import RetryPolicy, VirtualTime
from itwin_mesh_async.tilegen import build_tileset


def client(emulator: Emulator, policy: RetryPolicy) -> imx.ITwinClient:
    return imx.ITwinClient(emulator.token, base_url=str(emulator.base_url), retry=policy)


async def snapshot(c: imx.ITwinClient, export_id: str, connection_id: str) -> object:
    """What a user reads through every GET-based call."""
    listed = [e.id async for e in c.mesh_exports.list(imodel_id="m1", page_size=2)]
    got = await c.mesh_exports.get(export_id)
    waited = await c.mesh_exports.wait(export_id, timeout=60, poll_interval=0.001)
    latest = await c.mesh_exports.latest(imodel_id="m1", timeout=60, poll_interval=0.001)
    connections = [x.id async for x in c.export_connections.list(imodel_id="m1")]
    runs = [r.id async for r in c.export_connections.runs(connection_id)]
    return listed, got.status, waited.tileset_url is not None, latest.id, connections, runs


async def test_api_calls_succeed_through_the_fault_mix(emulator: Emulator) -> None:
    sample = build_tileset("flat", n=2)
    ids = [emulator.add_export("m1", sample.files) for _ in range(7)]
    connection_id = emulator.add_connection("m1")
    runs = [emulator.add_run(connection_id) for _ in range(3)]
    assert runs
    policy = RetryPolicy.no_wait(max_attempts=12)
    async with client(emulator, policy) as c:
        clean = await snapshot(c, ids[0], connection_id)
        faults = emulator.faults
        faults.scope = "api"
        faults.retry_after = 0
        faults.slow_seconds = 0.001
        faults.reset = faults.truncate = faults.server_error = 0.1
        faults.rate_limit = faults.slow = 0.1
        for seed in range(3):
            faults.seed = seed
            assert await snapshot(c, ids[0], connection_id) == clean
        await c.mesh_exports.delete(ids[-1])  # DELETE is idempotent: retried too
    kinds = Counter(f.kind for f in faults.injected)
    assert set(kinds) == {"reset", "truncate", "server_error", "rate_limit", "slow"}, kinds
    assert ids[-1] not in emulator.state.exports
    assert emulator.secret_leaks() == []


async def test_a_start_is_repeated_after_429_only(emulator: Emulator) -> None:
    imodel = emulator.add_imodel()
    clock = VirtualTime()
    policy = RetryPolicy(sleep=clock.sleep, clock=clock.clock, max_attempts=5)
    async with client(emulator, policy) as c:
        emulator.faults.retry_after = 7
        emulator.faults.force("rate_limit", scope="api", count=2)
        export = await c.mesh_exports.start(imodel)
        assert clock.sleeps == [7.0, 7.0]  # the service's Retry-After, not a guess
        assert [e.id for e in emulator.state.exports.values()] == [export.id]

        # A 5xx may come after the export was started: the POST is not sent again.
        emulator.faults.force("server_error", scope="api")
        with pytest.raises(ServerError):
            await c.mesh_exports.start(imodel, changeset_id="cs2")
        posts = [r for r in emulator.requests if r.origin == "api" and r.method == "POST"]
        assert len(posts) == 4


async def test_retries_stop_at_the_policy_budget(emulator: Emulator) -> None:
    export_id = emulator.add_export("m1", build_tileset("flat", n=2).files)
    emulator.faults.scope = "api"
    emulator.faults.rate_limit = 1.0
    emulator.faults.retry_after = 20
    clock = VirtualTime()
    policy = RetryPolicy(sleep=clock.sleep, clock=clock.clock, max_attempts=10, total_budget=50)
    async with client(emulator, policy) as c:
        with pytest.raises(RateLimitError) as info:
            await c.mesh_exports.get(export_id)
    assert info.value.retry_after == 20
    assert clock.sleeps == [20.0, 20.0]  # a third wait would end past the 50 s budget
    gets = [r for r in emulator.requests if r.origin == "api" and export_id in r.path_qs]
    assert len(gets) == 3
