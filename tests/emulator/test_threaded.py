"""The emulator on a thread of its own: its life cycle, its state changed on its own loop, and
a start that fails leaves no thread behind."""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.request

import pytest

from itwin_mesh_async.emulator import ThreadedEmulator

V1 = "application/vnd.bentley.itwin-platform.v1+json"


def _get(emu: ThreadedEmulator, path: str) -> tuple[int, bytes]:
    request = urllib.request.Request(
        emu.base_url + path, headers={"Authorization": f"Bearer {emu.token}", "Accept": V1}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read()


def _emulator_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "itwin-emulator"]


def test_serves_from_its_thread_and_stops_cleanly() -> None:
    with ThreadedEmulator(seed=2) as emu:
        export_id = emu.add_export("m1", {"tileset.json": b"{}"}, display_name="Bridge")
        status, body = _get(emu, f"/mesh-export/{export_id}")
        assert status == 200 and json.loads(body)["export"]["displayName"] == "Bridge"
        emu.fault("rate_limit", scope="api")
        assert _get(emu, f"/mesh-export/{export_id}")[0] == 429
        assert [r.method for r in emu.requests] == ["GET", "GET"]
        assert emu.env == {"ITWIN_API_URL": emu.base_url, "ITWIN_ACCESS_TOKEN": emu.token}
        assert emu.secret_leaks() == []
        assert len(_emulator_threads()) == 1
    assert _emulator_threads() == []
    emu.stop()  # idempotent


def test_expired_links_fail_until_the_export_is_read_again() -> None:
    with ThreadedEmulator() as emu:
        export_id = emu.add_export("m1", {"tileset.json": b"{}"})
        href = emu.sas_href(export_id, "tileset.json")
        with urllib.request.urlopen(href, timeout=10) as response:
            assert response.read() == b"{}"
        emu.expire_links()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(href, timeout=10)
        with refused.value:
            assert refused.value.code == 403
        with urllib.request.urlopen(emu.sas_href(export_id, "tileset.json"), timeout=10) as fresh:
            assert fresh.read() == b"{}"


def test_misuse_is_a_clear_error() -> None:
    emu = ThreadedEmulator()
    with pytest.raises(RuntimeError, match="the emulator is not running"):
        _ = emu.token
    with pytest.raises(RuntimeError, match="the emulator is not running"):
        emu.call(len, [])
    with emu, pytest.raises(RuntimeError, match="the emulator is already running"):
        emu.start()
    assert _emulator_threads() == []


def test_a_start_that_fails_leaves_no_thread() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        emu = ThreadedEmulator(api_port=port)
        with pytest.raises(OSError):
            emu.start()
    assert _emulator_threads() == []
    with pytest.raises(RuntimeError, match="not running"):
        _ = emu.emulator
