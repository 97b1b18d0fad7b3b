"""The emulator's client-credentials token endpoint and the tokens it issues."""

from __future__ import annotations

import base64

import aiohttp

from itwin_mesh_async.emulator import Emulator, running
from tests.emulator.support import (
    FakeClock,
    call,
    headers,
)

# ---- token endpoint ---------------------------------------------------------------------


async def test_client_credentials_token_endpoint(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    form = {
        "grant_type": "client_credentials",
        "client_id": emulator.client_id,
        "client_secret": emulator.client_secret,
        "scope": "itwin-platform",
    }
    async with http.post(emulator.token_url, data=form) as response:
        assert response.status == 200
        grant = await response.json()
    assert grant["token_type"] == "Bearer" and grant["expires_in"] == 3600
    assert grant["scope"] == "itwin-platform"
    assert emulator.state.tokens_issued == 1
    status, _, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token=grant["access_token"])
    )
    assert status == 200
    for bad, error in (
        ({**form, "client_secret": "wrong"}, "invalid_client"),
        ({**form, "client_id": "other"}, "invalid_client"),
        ({**form, "grant_type": "password"}, "unsupported_grant_type"),
    ):
        async with http.post(emulator.token_url, data=bad) as response:
            assert response.status == 400
            assert (await response.json()) == {"error": error}
    assert emulator.state.tokens_issued == 1
    assert emulator.client_secret not in repr(emulator.requests)

    def basic(user: str, password: str) -> dict[str, str]:
        return {
            "Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        }

    async with http.post(
        emulator.token_url,
        data={"grant_type": "client_credentials"},
        headers=basic(emulator.client_id, emulator.client_secret),
    ) as response:
        assert response.status == 200
        assert (await response.json())["access_token"] in emulator.state.tokens
    async with http.post(
        emulator.token_url,
        data={"grant_type": "client_credentials"},
        headers=basic(emulator.client_id, "wrong"),
    ) as response:
        assert (response.status, await response.json()) == (400, {"error": "invalid_client"})
    assert emulator.state.tokens_issued == 2


async def test_issued_tokens_expire(http: aiohttp.ClientSession) -> None:
    clock = FakeClock()
    async with running(clock=clock, token_lifetime=60) as emu:
        form = {
            "grant_type": "client_credentials",
            "client_id": emu.client_id,
            "client_secret": emu.client_secret,
        }
        async with http.post(emu.token_url, data=form) as response:
            token = (await response.json())["access_token"]
        assert (await call(http, emu, "GET", "/mesh-export/", hdrs=headers(emu, token=token)))[
            0
        ] == 200
        clock.tick(60)
        status, body, _ = await call(
            http, emu, "GET", "/mesh-export/", hdrs=headers(emu, token=token)
        )
        assert (status, body["error"]["code"]) == (401, "InvalidToken")
