"""Scopes as documented: Mesh Export needs ``itwin-platform``, Export connections
``export:read`` / ``export:modify``; client credentials ask for what each call needs, or for
the configured set. Against the emulator, which checks the scopes."""

from __future__ import annotations

import pytest

from itwin_mesh_async.auth import ClientCredentials, resolve_token
from itwin_mesh_async.client import ITwinClient
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import AuthenticationError
from itwin_mesh_async.retry import RetryPolicy
from itwin_mesh_async.scopes import EXPORT_MODIFY, EXPORT_READ, MESH_EXPORT, scope_for


def provider(emu: Emulator, scope: str | None = None) -> ClientCredentials:
    return ClientCredentials(
        emu.client_id, emu.client_secret, scope=scope, token_url=f"{emu.base_url}/connect/token"
    )


def client(emu: Emulator, token: ClientCredentials) -> ITwinClient:
    return ITwinClient(token=token, base_url=str(emu.base_url), retry=RetryPolicy.no_wait())


def issued_scopes(emu: Emulator) -> list[frozenset[str] | None]:
    return [info.scopes for info in emu.state.tokens.values() if info.scopes is not None]


async def test_each_call_asks_for_the_scope_its_api_needs(emulator: Emulator) -> None:
    imodel = emulator.add_imodel()
    emulator.add_export(imodel)
    creds = provider(emulator)
    async with client(emulator, creds) as c:
        assert len(await c.mesh_exports.list(imodel).collect()) == 1
        await c.mesh_exports.list(imodel).collect()  # the cached token: no new request
        assert await c.export_connections.list(imodel).collect() == []
        made = await c.export_connections.create(imodel_id=imodel, display_name="ifc")
        assert (await c.export_connections.get(made.id)).display_name == "ifc"
    assert issued_scopes(emulator) == [
        frozenset({MESH_EXPORT}),
        frozenset({EXPORT_READ}),
        frozenset({EXPORT_MODIFY}),
    ]
    assert creds.refreshes == 3
    assert emulator.client_secret not in repr(creds)


async def test_a_configured_scope_is_sent_for_every_call(emulator: Emulator) -> None:
    imodel = emulator.add_imodel()
    creds = provider(emulator, scope="itwin-platform")
    async with client(emulator, creds) as c:
        assert await c.mesh_exports.list(imodel).collect() == []
        with pytest.raises(AuthenticationError, match="required scope export:modify") as info:
            await c.export_connections.create(imodel_id=imodel)
    assert info.value.status == 401
    assert emulator.state.connections == {}  # nothing was created
    assert issued_scopes(emulator) == [frozenset({MESH_EXPORT})] * len(issued_scopes(emulator))
    both = provider(emulator, scope=f"{MESH_EXPORT} {EXPORT_READ} {EXPORT_MODIFY}")
    async with client(emulator, both) as c:
        await c.export_connections.create(imodel_id=imodel)
        assert len(await c.export_connections.list(imodel).collect()) == 1
    assert both.refreshes == 1


def test_the_environment_configures_the_scope_or_leaves_it_per_api() -> None:
    env = {"ITWIN_CLIENT_ID": "svc", "ITWIN_CLIENT_SECRET": "s3cr3t-value"}
    per_api = resolve_token(None, env=env)
    assert isinstance(per_api, ClientCredentials) and per_api.scope is None
    fixed = resolve_token(None, env={**env, "ITWIN_SCOPE": " itwin-platform export:read "})
    assert isinstance(fixed, ClientCredentials) and fixed.scope == "itwin-platform export:read"


@pytest.mark.parametrize(
    ("method", "url", "scope"),
    [
        ("GET", "https://api.bentley.com/mesh-export/", MESH_EXPORT),
        ("DELETE", "https://api.bentley.com/mesh-export/e1", MESH_EXPORT),
        ("GET", "https://api.bentley.com/export/connections?imodelId=m", EXPORT_READ),
        ("GET", "https://api.bentley.com/export/connections/c/runs&$skip=50&$top=50", EXPORT_READ),
        ("POST", "https://api.bentley.com/export/connections/c/runs", EXPORT_MODIFY),
        ("DELETE", "https://gw.example/api/export/connections/c", EXPORT_MODIFY),
        ("GET", "https://api.bentley.com/other", MESH_EXPORT),
    ],
)
def test_scope_for_each_documented_operation(method: str, url: str, scope: str) -> None:
    assert scope_for(method, url) == scope
