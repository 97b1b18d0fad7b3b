"""Run Azurite (Microsoft's Azure Storage emulator, npm ``azurite``) for the blob tests.

``start_azurite()`` launches ``azurite-blob`` on a free loopback port with telemetry off and
in-memory storage; :class:`Azurite` has the helpers the tests need: create a container, upload
blobs (with an account SAS that may write) and make read SAS links (signed by the library's
``emulator.sas``, which is the point: Azurite checks them for real).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import aiohttp
import attrs
import yarl

from itwin_mesh_async.emulator.sas import (
    DEFAULT_VERSION,
    DEVSTORE_ACCOUNT,
    DEVSTORE_KEY,
    generate_account_sas,
    generate_container_sas,
)

__all__ = ["Azurite", "AzuriteUnavailable", "find_azurite", "start_azurite"]


class AzuriteUnavailable(RuntimeError):
    """``azurite-blob`` is not installed or did not start."""


def find_azurite() -> str | None:
    """Path of ``azurite-blob``: on PATH, or in ``node_modules/.bin`` of the repo or cwd."""
    found = shutil.which("azurite-blob")
    if found:
        return found
    for base in (Path(__file__).resolve().parent.parent, Path.cwd()):
        candidate = base / "node_modules" / ".bin" / "azurite-blob"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@attrs.define
class Azurite:
    """A running Azurite blob service and what a test needs to use it."""

    process: subprocess.Popen[bytes]
    port: int
    account: str = DEVSTORE_ACCOUNT
    key: str = DEVSTORE_KEY

    @property
    def blob_endpoint(self) -> yarl.URL:
        """``http://127.0.0.1:PORT/devstoreaccount1`` (path-style, as Azurite serves)."""
        return yarl.URL.build(
            scheme="http", host="127.0.0.1", port=self.port, path=f"/{self.account}"
        )

    def container_url(self, container: str) -> yarl.URL:
        """The container URL without a SAS."""
        return self.blob_endpoint / container

    def read_sas(
        self,
        container: str,
        *,
        permissions: str = "rl",
        expiry: datetime | None = None,
        start: datetime | None = None,
        version: str = DEFAULT_VERSION,
    ) -> str:
        """A container service SAS (query string) signed with the account key."""
        return generate_container_sas(
            self.account,
            self.key,
            container,
            permissions=permissions,
            expiry=expiry,
            start=start,
            version=version,
        )

    def account_sas(self, permissions: str = "rwdlac") -> str:
        """An account SAS for the blob service (it may create containers and write blobs)."""
        return generate_account_sas(self.account, self.key, permissions=permissions)

    async def create_container(self, session: aiohttp.ClientSession, container: str) -> None:
        """Create ``container`` (201)."""
        url = yarl.URL(
            f"{self.container_url(container)}?restype=container&{self.account_sas()}", encoded=True
        )
        async with session.put(url) as response:
            if response.status != 201:
                raise AssertionError(f"create container: HTTP {response.status}")

    async def put_blob(
        self,
        session: aiohttp.ClientSession,
        container: str,
        name: str,
        data: bytes,
        *,
        content_type: str = "application/octet-stream",
        content_encoding: str | None = None,
        content_md5: bool = True,
    ) -> None:
        """Upload one block blob, stored as given (``content_encoding`` only labels it).

        ``content_md5``: the uploader sets the blob's ``Content-MD5`` (Azure then lists it);
        False uploads it as a block list, which leaves the blob without one (as large uploads
        are on Azure).
        """
        headers = {"x-ms-blob-type": "BlockBlob", "x-ms-blob-content-type": content_type}
        if content_encoding:
            headers["x-ms-blob-content-encoding"] = content_encoding
        path = "/".join(quote(part, safe="") for part in name.split("/"))
        base = f"{self.container_url(container)}/{path}?{self.account_sas()}"
        if content_md5:
            digest = hashlib.md5(data, usedforsecurity=False).digest()
            headers["x-ms-blob-content-md5"] = base64.b64encode(digest).decode()
            await self._put(session, base, data, headers, name)
            return
        block = base64.b64encode(b"block-0").decode()
        await self._put(
            session, f"{base}&comp=block&blockid={quote(block, safe='')}", data, {}, name
        )
        blocks = (
            f"<?xml version='1.0' encoding='utf-8'?><BlockList><Latest>{block}</Latest></BlockList>"
        )
        headers.pop("x-ms-blob-type")
        await self._put(session, f"{base}&comp=blocklist", blocks.encode(), headers, name)

    @staticmethod
    async def _put(
        session: aiohttp.ClientSession, url: str, data: bytes, headers: dict[str, str], name: str
    ) -> None:
        async with session.put(yarl.URL(url, encoded=True), data=data, headers=headers) as response:
            if response.status != 201:
                raise AssertionError(f"put blob {name}: HTTP {response.status}")

    async def upload(
        self,
        session: aiohttp.ClientSession,
        container: str,
        files: Mapping[str, bytes],
        *,
        content_types: Mapping[str, str] | None = None,
        content_encodings: Mapping[str, str] | None = None,
        content_md5: bool = True,
    ) -> None:
        """Create ``container`` and upload ``files`` (path -> bytes) into it."""
        await self.create_container(session, container)
        for name, data in files.items():
            await self.put_blob(
                session,
                container,
                name,
                data,
                content_type=(content_types or {}).get(name, "application/octet-stream"),
                content_encoding=(content_encodings or {}).get(name),
                content_md5=content_md5,
            )

    def stop(self) -> None:
        """Terminate Azurite and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_azurite(workdir: Path, *, timeout: float = 30.0) -> Azurite:
    """Start ``azurite-blob`` on a free port in ``workdir``; wait until it accepts connections.

    Raises :class:`AzuriteUnavailable` if it is not installed or does not come up.
    """
    executable = find_azurite()
    if executable is None:
        raise AzuriteUnavailable("azurite-blob not found (npm install -g azurite)")
    port = _free_port()
    log = (workdir / "azurite.log").open("wb")
    process = subprocess.Popen(
        [
            executable,
            "--blobHost",
            "127.0.0.1",
            "--blobPort",
            str(port),
            "--disableTelemetry",
            "--inMemoryPersistence",
            "--skipApiVersionCheck",
            "--loose",
        ],
        cwd=workdir,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    log.close()
    azurite = Azurite(process=process, port=port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = (workdir / "azurite.log").read_text(errors="replace")[-2000:]
            raise AzuriteUnavailable(f"azurite-blob exited with {process.returncode}: {output}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return azurite
        except OSError:
            time.sleep(0.1)
    azurite.stop()
    raise AzuriteUnavailable(f"azurite-blob did not listen on port {port} within {timeout}s")
