"""Token sources: a callable asked again on each retry, share keys as Basic, both refused."""

from __future__ import annotations

import pytest
from aiohttp import web

import itwin_mesh_async as imx
from itwin_mesh_async.emulator import Emulator
from tests.api.support import TOKEN, client, serve

# --- token sources --------------------------------------------------------------------------------


async def test_a_token_callable_is_asked_again_for_each_retry() -> None:
    answers = iter([503, 200])
    issued = iter(["t-one", "t-two"])

    async def flaky(request: web.Request) -> web.Response:
        status = next(answers)
        if status == 503:
            return web.json_response({"error": {"code": "Busy", "message": "m"}}, status=503)
        return web.json_response({"export": {"id": "e1", "status": "Complete"}})

    async with serve(flaky) as (base, seen), client(base, token=lambda: next(issued)) as c:
        export = await c.mesh_exports.get("e1")
    assert export.is_complete
    assert [r.headers["Authorization"] for r in seen] == ["Bearer t-one", "Bearer t-two"]


async def test_a_share_key_is_sent_as_basic_and_only_reads(emulator: Emulator) -> None:
    key = emulator.add_share_key()
    imodel = emulator.add_imodel()
    export_id = emulator.add_export(imodel)
    async with imx.ITwinClient(share_key=key, base_url=emulator.base_url) as c:
        assert (await c.mesh_exports.get(export_id)).is_complete
        with pytest.raises(imx.PermissionDeniedError, match="InsufficientPermissions"):
            await c.mesh_exports.start(imodel)
    sent = [r.header("Authorization") for r in emulator.requests if r.origin == "api"]
    assert sent == [f"Basic {key}"] * 2
    assert emulator.secret_leaks() == []


async def test_token_and_share_key_together_are_refused() -> None:
    with pytest.raises(imx.InvalidArgumentError, match="either token= or share_key="):
        imx.ITwinClient(token=TOKEN, share_key="key", base_url="http://127.0.0.1:9")
