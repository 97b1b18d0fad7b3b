"""The emulator's API checks every request as the service does: authorization, tokens,
read-only keys, forbidden iModels, the Accept header, unknown routes."""

from __future__ import annotations

import aiohttp

import itwin_mesh_async.emulator as emulator_package
from itwin_mesh_async.emulator import Emulator
from tests.emulator.support import (
    IMODEL,
    V1,
    call,
    headers,
)


def test_public_names_are_exported() -> None:
    for name in emulator_package.__all__:
        assert getattr(emulator_package, name) is not None


# ---- authentication and request checks --------------------------------------------------


async def test_missing_authorization_is_401_header_not_found(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, hdrs = await call(http, emulator, "GET", "/mesh-export/", hdrs={"Accept": V1})
    assert status == 401
    assert body == {
        "error": {
            "code": "HeaderNotFound",
            "message": "Header Authorization was not found in the request. Access denied.",
        }
    }
    assert hdrs["Content-Type"].startswith("application/json")
    assert hdrs["x-correlation-id"]


async def test_wrong_and_expired_tokens_are_401_invalid_token(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    status, body, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token="not-a-token")
    )
    assert (status, body["error"]["code"]) == (401, "InvalidToken")
    expired = emulator.add_token(lifetime=0)
    status, body, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token=expired)
    )
    assert (status, body["error"]["code"]) == (401, "InvalidToken")
    assert "invalid or expired" in body["error"]["message"]


async def test_read_only_token_and_share_key_get_403_on_writes(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    reader = emulator.add_token(can_write=False)
    status, _, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs=headers(emulator, token=reader)
    )
    assert status == 200
    status, body, _ = await call(
        http,
        emulator,
        "POST",
        "/mesh-export/",
        hdrs=headers(emulator, token=reader),
        json={"iModelId": IMODEL},
    )
    assert (status, body["error"]["code"]) == (403, "InsufficientPermissions")
    assert emulator.state.exports == {}
    emulator.state.share_keys.add("share-key-1")
    basic = {"Authorization": "Basic share-key-1"}
    assert (await call(http, emulator, "GET", "/mesh-export/", hdrs=basic))[0] == 200
    status, body, _ = await call(
        http, emulator, "POST", "/export/connections", hdrs=basic, json={"iModelId": IMODEL}
    )
    assert (status, body["error"]["code"]) == (403, "InsufficientPermissions")
    assert emulator.state.connections == {}


async def test_forbidden_imodel_is_403(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    imodel = emulator.add_imodel(forbidden=True)
    export_id = emulator.add_export(imodel)
    for path in (
        f"/mesh-export/?iModelId={imodel}",
        f"/mesh-export/{export_id}",
        f"/export/connections?imodelId={imodel}",
    ):
        status, body, _ = await call(http, emulator, "GET", path)
        assert (status, body["error"]["code"]) == (403, "InsufficientPermissions"), path
        assert (
            body["error"]["message"]
            == "The user has insufficient permissions for the requested operation."
        )


async def test_accept_header_is_checked_leniently(
    emulator: Emulator, http: aiohttp.ClientSession
) -> None:
    auth = {"Authorization": f"Bearer {emulator.token}"}
    for accept in (None, V1, "application/json", "*/*", "application/*;q=0.5"):
        hdrs = dict(auth) if accept is None else {**auth, "Accept": accept}
        assert (await call(http, emulator, "GET", "/mesh-export/", hdrs=hdrs))[0] == 200, accept
    status, body, _ = await call(
        http, emulator, "GET", "/mesh-export/", hdrs={**auth, "Accept": "text/html"}
    )
    assert (status, body["error"]["code"]) == (406, "NotAcceptable")


async def test_unknown_route_and_method(emulator: Emulator, http: aiohttp.ClientSession) -> None:
    status, body, _ = await call(http, emulator, "GET", "/nothing/here")
    assert (status, body["error"]["code"]) == (404, "ResourceNotFound")
    status, body, _ = await call(http, emulator, "PATCH", "/mesh-export/")
    assert (status, body["error"]["code"]) == (405, "MethodNotAllowed")
