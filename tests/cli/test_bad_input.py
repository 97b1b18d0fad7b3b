"""Bad input ends with exit 2, one line and nothing written; a port in use is one clear line.

Usage errors run ``main()`` in this process (they end before any request, so no server is
needed and they stay fast)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from itwin_mesh_async.cli import main
from itwin_mesh_async.cli.credentials import parse_http_url, resolve_credentials
from itwin_mesh_async.cli.parser import UsageError

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
