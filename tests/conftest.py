"""Shared fixtures: the emulator (per test, fast life cycle), Azurite (once per session) and a
self-signed TLS certificate (once per module)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from itwin_mesh_async.emulator import Emulator, running
from tests.azurite import Azurite, AzuriteUnavailable, start_azurite

pytest_plugins = ["pytester"]  # runs the pytest plugin's example in a pytest of its own


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    """A running emulator on loopback: seed 1, exports complete after two reads."""
    async with running(host="127.0.0.1", seed=1) as emu:
        yield emu


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    """A plain aiohttp session (no default headers), closed after the test."""
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture(scope="session")
def azurite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Azurite]:
    """Azurite's blob service on a free port, started once per session.

    Missing Azurite skips the tests that use it, except under CI (env ``CI`` set): there it
    fails, so a broken set-up cannot pass as green.
    """
    workdir: Path = tmp_path_factory.mktemp("azurite")
    try:
        server = start_azurite(workdir)
    except AzuriteUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"Azurite is required under CI: {exc}")
        pytest.skip(f"Azurite not available: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (trusted by nobody unless told)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key
