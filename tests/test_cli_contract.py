"""DESIGN.md section 3 checked from outside: hostile input, request logs, progress with logs.

Usage errors run ``main()`` in this process (they end before any request, so no server is
needed and they stay fast); the request-log check runs the real entry point against the
emulator, as a user would.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import socket
from pathlib import Path

import pytest
from test_cli import assert_no_secrets, emu_env, run_cli, secrets_of

from itwin_mesh_async.cli import main
from itwin_mesh_async.cli.credentials import parse_http_url, resolve_credentials
from itwin_mesh_async.cli.failures import describe, interrupted_line
from itwin_mesh_async.cli.logs import setup_logging, teardown_logging
from itwin_mesh_async.cli.parser import UsageError
from itwin_mesh_async.cli.progress import open_progress
from itwin_mesh_async.emulator import Emulator
from itwin_mesh_async.emulator.tilesets import build_tileset
from itwin_mesh_async.errors import (
    AuthenticationError,
    ClientCredentialsError,
    NotFoundError,
    ServerError,
    TransportError,
    WaitTimeoutError,
)
from itwin_mesh_async.tiles.report import Progress

SIG = "c2VjcmV0LXNpZ25hdHVyZQ%3D%3D"
# Nothing listens there; every case below must fail before it would connect.
NOWHERE = "http://127.0.0.1:9"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("https://api.bentley.com", True),
        ("http://127.0.0.1:8080/base/", True),
        ("http://[::1]:5/x?sig=1", True),
        ("https://acct.blob.core.windows.net/c?sv=1&sig=2", True),
        ("http://[::1", False),  # unclosed IPv6 literal
        ("https://h:99999/c", False),  # port out of range
        ("https://h:abc/c", False),  # port not a number
        ("https://exa mple.com/c?sig=1", False),  # a space in the host
        ("ftp://h/c", False),
        ("/just/a/path", False),
        ("", False),
    ],
)
def test_parse_http_url(text: str, ok: bool) -> None:
    assert (parse_http_url(text) is not None) is ok


def _run_main(
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    **env: str,
) -> tuple[int, str, str]:
    for name in [n for n in os.environ if n.startswith("ITWIN_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--base-url", "http://[::1", "exports", "list"], "base URL must be an http(s) URL"),
        (["--base-url", "http://h:99999", "exports", "get", "x"], "base URL must be"),
        (["download", "{dest}", "--url", f"https://h:99999/c?sig={SIG}"], "--url must be"),
        (["download", "{dest}", "--url", f"https://exa mple.com/c?sig={SIG}"], "--url must be"),
        (["download", "{dest}", "--url", f"http://[::1/c?sig={SIG}"], "--url must be"),
        (["download", "exp-1", ""], "DEST is empty"),
        (["download", "exp-1", "{file}/sub/dir"], "is not a folder"),
        (["demo", "{file}/sub"], "is not a folder"),
    ],
)
def test_hostile_input_exits_2_with_one_line_and_writes_nothing(
    argv: list[str],
    fragment: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    afile = tmp_path / "afile"
    afile.write_bytes(b"keep")
    dest = tmp_path / "dest"
    argv = [a.format(dest=dest, file=afile) for a in argv]
    monkeypatch.chdir(tmp_path)
    code, out, err = _run_main(
        argv, monkeypatch, capsys, ITWIN_ACCESS_TOKEN="tok-secret-1", ITWIN_API_URL=NOWHERE
    )
    assert code == 2, err
    assert out == ""
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and fragment in errors[0], err
    assert SIG not in err and "tok-secret-1" not in err
    # Nothing was created: not DEST, not a mirror in the current directory.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]
    assert afile.read_bytes() == b"keep"


def test_broken_authority_is_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {"ITWIN_CLIENT_ID": "app", "ITWIN_CLIENT_SECRET": "client-s3cret"}
    for authority in ("http://[::1", "not a url"):
        with pytest.raises(UsageError, match="ITWIN_AUTHORITY must be an http"):
            resolve_credentials(None, {**env, "ITWIN_AUTHORITY": authority})
    code, out, err = _run_main(
        ["exports", "list"], monkeypatch, capsys,
        ITWIN_API_URL=NOWHERE, ITWIN_AUTHORITY="http://[::1", **env,
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith("error: ITWIN_AUTHORITY") and "client-s3cret" not in err


def test_interrupted_line_says_how_to_resume_a_download() -> None:
    assert interrupted_line("exports") == "interrupted"
    assert interrupted_line(None) == "interrupted"
    for command in ("download", "demo"):
        line = interrupted_line(command)
        assert line.startswith("interrupted") and "run the same command again" in line


def test_request_logs_print_above_the_live_progress_and_are_restored() -> None:
    pytest.importorskip("rich")
    stream = io.StringIO()
    handler = setup_logging(stream, verbose=2)
    assert isinstance(handler, logging.StreamHandler)
    try:
        display = open_progress(True, stream)
        # While the display is live, log lines go through rich (above the bar), not across it.
        assert handler.stream is not stream
        display(Progress(1, 2, 10, 0, 0, 0, 0.1, 100.0))
        logging.getLogger("itwin_mesh_async.tiles").debug("GET http://h/x?sig=REDACTED -> 200")
        display.close()
        assert handler.stream is stream
        assert "GET http://h/x?sig=REDACTED -> 200" in stream.getvalue()
    finally:
        teardown_logging(handler)
    assert logging.getLogger("itwin_mesh_async").level == logging.NOTSET  # levels put back


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


def test_serve_on_a_port_in_use_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = _run_main(["serve", "--port", str(port)], monkeypatch, capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: cannot listen on 127.0.0.1 (ports {port} and {port + 1})")
    assert err.rstrip().endswith("choose another --port or --host")
    assert "Traceback" not in err
