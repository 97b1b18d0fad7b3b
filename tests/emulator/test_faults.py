"""The emulator's faults: each kind forced, seeded choices independent of order, limits, SAS
expiry after N requests, concurrent requests."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

import aiohttp
import pytest

from itwin_mesh_async.emulator import Emulator, FaultConfig, running
from itwin_mesh_async.emulator.faults import FAULT_KINDS
from tests.emulator.support import (
    FILES,
    IMODEL,
    blob,
    call,
    mesh_href,
    xml_error,
)

# ---- faults -----------------------------------------------------------------------------


async def test_forced_faults_of_each_kind(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)
    # aiohttp repeats an idempotent request once after a reset, so it takes two to see one.
    emulator.faults.force("reset", scope="blob", count=2)
    with pytest.raises(aiohttp.ClientOSError):
        async with http.get(blob(href, "tiles/a.glb")) as response:
            await response.read()
    emulator.faults.force("truncate", scope="blob")
    with pytest.raises(aiohttp.ClientPayloadError):
        async with http.get(blob(href, "tiles/a.glb")) as response:
            assert response.headers["Content-Length"] == str(len(FILES["tiles/a.glb"]))
            await response.read()
    emulator.faults.force("server_error", scope="blob", count=2)
    statuses = []
    for _ in range(2):
        async with http.get(blob(href, "tiles/a.glb")) as response:
            statuses.append(response.status)
            assert xml_error(await response.read())[0] in ("InternalError", "ServerBusy")
    assert sorted(statuses) == [500, 503]
    emulator.faults.force("rate_limit", scope="blob")
    async with http.get(blob(href, "tiles/a.glb")) as response:
        assert (response.status, response.headers["Retry-After"]) == (503, "1")
        assert xml_error(await response.read())[0] == "ServerBusy"
    emulator.faults.force("rate_limit", scope="api")
    status, body, hdrs = await call(http, emulator, "GET", "/mesh-export/")
    assert (status, body["error"]["code"], hdrs["Retry-After"]) == (429, "RateLimitExceeded", "1")
    assert body["error"]["message"].startswith("The client sent more requests than allowed")
    emulator.faults.force("server_error", scope="api")
    status, body, _ = await call(http, emulator, "GET", "/mesh-export/")
    assert status in (500, 503) and body["error"]["code"]
    # A slow answer outlasts a client's shorter timeout, then the service answers normally.
    emulator.faults.force("slow", scope="api")
    emulator.faults.slow_seconds = 0.5
    with pytest.raises(TimeoutError):
        await call(
            http, emulator, "GET", "/mesh-export/", timeout=aiohttp.ClientTimeout(total=0.05)
        )
    assert (await call(http, emulator, "GET", "/mesh-export/"))[0] == 200
    emulator.faults.force("reset", scope="api", count=2)
    with pytest.raises(aiohttp.ClientOSError):
        await call(http, emulator, "GET", "/mesh-export/")
    # All done: normal service again, and nothing was changed by the faults.
    async with http.get(blob(href, "tiles/a.glb")) as response:
        assert await response.read() == FILES["tiles/a.glb"]
    assert [f.kind for f in emulator.faults.injected] == [
        "reset",
        "reset",
        "truncate",
        "server_error",
        "server_error",
        "rate_limit",
        "rate_limit",
        "server_error",
        "slow",
        "reset",
        "reset",
    ]


async def test_truncate_without_body_resets(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    emulator.faults.force("truncate", scope="blob", count=2)
    with pytest.raises(aiohttp.ClientError):
        async with http.head(blob(emulator.sas_href(export), "tiles/a.glb")) as response:
            await response.read()


def test_force_refuses_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown fault kind 'boom'"):
        FaultConfig().force("boom")  # type: ignore[arg-type]


def _decisions(config: FaultConfig, requests: list[tuple[str, str]]) -> list[str | None]:
    return [config.decide("blob", "GET", path) for _, path in requests]


def test_fault_choice_is_seeded_and_independent_of_order() -> None:
    requests = [("GET", f"/acct/c/{i}.glb") for i in range(200)]
    first = _decisions(
        FaultConfig(seed=7, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1),
        requests,
    )
    again = _decisions(
        FaultConfig(seed=7, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1),
        requests,
    )
    assert first == again
    assert set(first) == {None, *FAULT_KINDS}
    shuffled = FaultConfig(
        seed=7, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1
    )
    backwards = _decisions(shuffled, requests[::-1])[::-1]
    assert backwards == first
    other = _decisions(
        FaultConfig(seed=8, reset=0.1, truncate=0.1, server_error=0.1, rate_limit=0.1, slow=0.1),
        requests,
    )
    assert other != first


def test_retries_get_fresh_draws_and_limits_apply() -> None:
    config = FaultConfig(seed=1, reset=0.5)
    draws = [config.decide("blob", "GET", "/a/c/x.glb") for _ in range(40)]
    assert None in draws and "reset" in draws
    scoped = FaultConfig(seed=1, reset=1.0, scope="blob")
    assert scoped.decide("api", "GET", "/mesh-export/") is None
    assert scoped.decide("blob", "GET", "/a/c/x.glb") == "reset"
    globbed = FaultConfig(seed=1, reset=1.0, paths="*.glb")
    assert globbed.decide("blob", "GET", "/a/c/tileset.json") is None
    assert globbed.decide("blob", "GET", "/a/c/x.glb") == "reset"
    capped = FaultConfig(seed=1, reset=1.0, max_faults=2)
    assert [capped.decide("blob", "GET", f"/{i}") for i in range(4)] == [
        "reset",
        "reset",
        None,
        None,
    ]
    capped.force("slow", scope="api")
    assert capped.decide("blob", "GET", "/x") is None
    assert capped.decide("api", "GET", "/x") == "slow"
    capped.force("slow")
    capped.clear()
    assert capped.decide("api", "GET", "/y") is None
    assert len(capped.injected) == 3


async def test_same_seed_same_faults_over_http(http: aiohttp.ClientSession) -> None:
    async def run(seed: int) -> list[tuple[str, str]]:
        faults = FaultConfig(seed=seed, server_error=0.3, rate_limit=0.2, scope="blob")
        async with running(seed=seed, faults=faults) as emu:
            href = emu.sas_href(emu.add_export(IMODEL, FILES))
            for name in sorted(FILES) * 3:
                async with http.get(blob(href, quote(name))) as response:
                    await response.read()
            return [(f.path.rsplit("/", 1)[-1], f.kind) for f in emu.faults.injected]

    first = await run(5)
    assert first and first == await run(5)


async def test_expire_sas_after_n_blob_requests(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = await mesh_href(http, emulator, export)
    emulator.faults.expire_sas_after = 2
    statuses = []
    for name in ("tileset.json", "tiles/a.glb", "zeta.bin"):
        async with http.get(blob(href, quote(name))) as response:
            statuses.append(response.status)
    assert statuses == [200, 200, 403]
    fresh = await mesh_href(http, emulator, export)
    async with http.get(blob(fresh, "zeta.bin")) as response:
        assert response.status == 200


async def test_concurrent_requests_are_served(
    emulator: Emulator, http: aiohttp.ClientSession, export: str
) -> None:
    href = emulator.sas_href(export)

    async def fetch(name: str) -> bytes:
        async with http.get(blob(href, quote(name))) as response:
            return await response.read()

    got = await asyncio.gather(*(fetch(n) for n in sorted(FILES) * 10))
    assert got == [FILES[n] for n in sorted(FILES) * 10]
