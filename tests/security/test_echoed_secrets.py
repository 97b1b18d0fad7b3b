"""A hostile container echoes the SAS signature back in every encoding it can think of (reason
phrase, Azure's ``<Code>``, lower-case percent escapes): no message the library builds, no
report reason, no ``str``/``repr`` and no CLI output shows any form of it."""

from __future__ import annotations

import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.errors import DownloadError, TileFetchError
from itwin_mesh_async.redact import REDACTED, redact_text, remember_secret
from itwin_mesh_async.tiles import TileWalker
from tests.cli_runner import cli_env, run_cli
from tests.helpers import serve_app

SIG = "EchoMe+Sig/Value0123=="  # base64, with the characters that get escaped
SIG_Q = urllib.parse.quote(SIG, safe="")
FORMS = [
    SIG,
    SIG_Q,
    SIG_Q.lower().replace("echome", "EchoMe"),  # lower-case escapes, as the hostile server sends
    SIG_Q.replace("%2B", "%2b"),
    SIG.replace("+", " "),
    urllib.parse.quote_plus(SIG),
    SIG.replace("+", "-").replace("/", "_").rstrip("="),
]
ECHO = SIG_Q.replace("%2B", "%2b").replace("%2F", "%2f").replace("%3D", "%3d")


@pytest.fixture
async def hostile() -> AsyncIterator[str]:
    tileset = (
        b'{"asset":{"version":"1.1"},"geometricError":1,"root":{"boundingVolume":{"box":'
        b'[0,0,0,1,0,0,0,1,0,0,0,1]},"geometricError":1,"children":[{"boundingVolume":{"box":'
        b'[0,0,0,1,0,0,0,1,0,0,0,1]},"geometricError":0,"content":{"uri":"a.glb"}}]}}'
    )

    async def handle(request: web.Request) -> web.Response:
        if request.path.endswith("/root/tileset.json"):
            return web.Response(status=400, reason=f"Bad sig {ECHO} and {SIG}")
        if request.path.endswith("tileset.json"):
            return web.Response(body=tileset)
        body = f"<Error><Code>{SIG}</Code><Message>sig={ECHO} {SIG.replace('+', ' ')}</Message>"
        return web.Response(status=400, reason=f"Refused {ECHO}", body=body.encode())

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    async with serve_app(app) as origin:
        yield origin


def _assert_clean(*texts: str) -> None:
    for text in texts:
        for form in FORMS:
            assert form not in text, (form, text)
        assert "Sig/Value" not in text and "Sig%2" not in text.replace("%2F", "%2f"), text


def test_every_encoding_of_a_remembered_secret_is_redacted() -> None:
    remember_secret(SIG_Q)  # as it appears in the query
    for form in FORMS:
        assert redact_text(f"x {form} y") == f"x {REDACTED} y", form
    assert redact_text("ordinary words stay") == "ordinary words stay"


async def test_library_messages_and_reports_hold_no_form_of_the_signature(
    hostile: str, tmp_path: Path
) -> None:
    walker = TileWalker(concurrency=2)
    report = await walker.download(f"{hostile}/c/tileset.json?sv=1&sig={SIG_Q}", tmp_path / "a")
    assert [f.path for f in report.failed] == ["a.glb"]
    _assert_clean(*(f.reason for f in report.failed), repr(report))
    assert "HTTP 400" in report.failed[0].reason
    with pytest.raises(DownloadError) as info:
        await walker.download(f"{hostile}/root/tileset.json?sv=1&sig={SIG_Q}", tmp_path / "b")
    _assert_clean(str(info.value), repr(info.value), str(info.value.__cause__ or ""))
    one = TileFetchError(f"echo {ECHO}", path="x")
    _assert_clean(str(one), repr(one))


async def test_cli_output_holds_no_form_of_the_signature(hostile: str, tmp_path: Path) -> None:
    for args in (
        ["-vv", "--json", "download", str(tmp_path / "a"), "--url"],
        ["-vv", "download", str(tmp_path / "b"), "--url"],
    ):
        result = await run_cli(*args, f"{hostile}/c/tileset.json?sv=1&sig={SIG_Q}", env=cli_env())
        assert result.code == 1, result.err
        _assert_clean(result.out, result.err)
    root = await run_cli(
        "--json",
        "download",
        str(tmp_path / "c"),
        "--url",
        f"{hostile}/root/tileset.json?sig={SIG_Q}",
    )
    assert root.code == 1 and "HTTP 400" in root.json()["error"]
    _assert_clean(root.out, root.err)
