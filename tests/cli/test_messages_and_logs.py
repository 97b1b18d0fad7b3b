"""What the CLI says: the interrupted line, failure lines that say what to do, request logs
above the live progress, verbose logs of API and tile requests, redacted, and each retry at
``-v``."""

from __future__ import annotations

import json
import re
from pathlib import Path

from aiohttp import web

from itwin_mesh_async.cli.failures import describe, interrupted_line
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.errors import (
    AuthenticationError,
    ClientCredentialsError,
    NotFoundError,
    ServerError,
    TransportError,
    WaitTimeoutError,
)
from itwin_mesh_async.tilegen import build_tileset
from tests.cli_runner import Result, assert_no_secrets, emu_env, run_cli, secrets_of
from tests.helpers import serve_app


def test_interrupted_line_says_how_to_resume_a_download() -> None:
    assert interrupted_line("exports") == "interrupted"
    assert interrupted_line(None) == "interrupted"
    for command in ("download", "demo"):
        line = interrupted_line(command)
        assert line.startswith("interrupted") and "run the same command again" in line


async def test_verbose_download_logs_api_and_tile_requests_redacted(
    emulator: Emulator, tmp_path: Path
) -> None:
    sample = build_tileset("flat", seed=3, n=4)
    export_id = emulator.add_export("m1", sample.files)
    result = await run_cli(
        "-vv", "--json", "download", export_id, str(tmp_path / "out"), env=emu_env(emulator)
    )
    assert result.code == 0, result.err
    summary = json.loads(result.out)  # stdout is the one JSON document, logs stay on stderr
    assert summary["tiles"] == len(sample.files) and summary["failed"] == 0
    api = re.findall(rf"GET {re.escape(str(emulator.base_url))}/\S+ -> 200 in \d+ ms", result.err)
    tiles = re.findall(
        rf"GET {re.escape(str(emulator.blob_url))}/\S+sig=REDACTED\S* -> 200 in \d+ ms",
        result.err,
    )
    assert api, result.err
    # One line per file fetched from the container, with the signature redacted.
    assert len(tiles) == len(sample.files), result.err
    assert_no_secrets(result, secrets_of(emulator, export_id))


def test_failure_lines_say_what_to_do() -> None:
    line = describe(
        AuthenticationError(
            401, "InvalidToken", "Access token is invalid or expired.",
            method="GET", url="https://api.example/mesh-export/x",
        ),
        ["tok-secret-1"],
    )  # fmt: skip
    assert line.startswith("error: HTTP 401: InvalidToken: Access token is invalid or expired")
    assert line.endswith("check the token (--token or ITWIN_ACCESS_TOKEN); it may have expired")
    refused = ClientCredentialsError(400, "invalid_client", "bad secret", method="POST")
    assert describe(refused).endswith(
        "check ITWIN_CLIENT_ID, ITWIN_CLIENT_SECRET and ITWIN_SCOPE (or ITWIN_AUTHORITY)"
    )
    assert "--base-url" in describe(TransportError("cannot connect"))
    assert "longer --timeout" in describe(WaitTimeoutError("no Complete export after 2s"))
    assert "try again later" in describe(ServerError(503, "ServiceUnavailable", "busy"))
    # No advice where there is nothing sensible to suggest.
    assert ";" not in describe(NotFoundError(404, "ExportNotFound", "gone"))


async def test_each_retry_is_one_line_at_v_and_none_by_default(tmp_path: Path) -> None:
    sample = build_tileset("flat", seed=5, n=3)
    files = dict(sample.files)
    flaky = next(p for p in files if p.endswith(".glb"))
    failures = {"left": 0}

    async def handle(request: web.Request) -> web.Response:
        path = request.match_info["tail"]
        if path == flaky and failures["left"]:
            failures["left"] -= 1
            return web.Response(status=503, reason="Server Busy")
        return web.Response(body=files[path])

    app = web.Application()
    app.router.add_get("/c/{tail:.*}", handle)
    sig = "cmV0cnktc2lnbmF0dXJl"
    async with serve_app(app) as origin:
        url = f"{origin}/c/tileset.json?sv=1&sig={sig}"

        async def run(*flags: str, dest: str) -> Result:
            failures["left"] = 2
            result = await run_cli(*flags, "download", str(tmp_path / dest), "--url", url)
            assert result.code == 0, result.err
            assert sig not in result.out + result.err
            return result

        plain = await run(dest="a")
        verbose = await run("-v", dest="b")
        debug = await run("-vv", dest="c")
    assert "retrying" not in plain.err
    for result in (verbose, debug):
        lines = [line for line in result.err.splitlines() if "retrying" in line]
        # What, why, the wait and the attempt, one line per retry; never the URL's query.
        assert len(lines) == 2, result.err
        for n, line in enumerate(lines, start=2):
            assert re.search(
                rf"GET {re.escape(flaky)}: HTTP 503 Server Busy, retrying in \d+\.\d\ds"
                rf" \(attempt {n} of 10\)$",
                line,
            ), line
