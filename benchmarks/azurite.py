"""The Azurite suite's server: Microsoft's Azure Storage emulator holding a workload.

Azurite (npm ``azurite``) checks SAS signatures and speaks the real Blob REST API, so it is
where the Azure-specific peers (azure-storage-blob's aio client, azcopy) can run; it tops out
near 2,000 requests/s, so it measures correctness and overheads, not top speed. The workload is
uploaded with azure-storage-blob (needed for this suite) and read with a read/list SAS.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs

from .peers import has_module
from .servers import free_port, listening, wait_ready
from .workloads import Manifest

__all__ = ["AzuriteServer", "azurite_missing", "running_azurite", "serving_azurite"]

ACCOUNT = "devstoreaccount1"
# Azurite's documented, public development key (not a secret).
DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


@attrs.frozen
class AzuriteServer:
    """A running Azurite with the workload in ``container``; ``sas`` may read and list it."""

    endpoint: str  # http://127.0.0.1:PORT/devstoreaccount1
    container: str
    sas: str = attrs.field(repr=False)
    pid: int

    @property
    def base_url(self) -> str:
        """The container URL with a trailing slash, without the SAS."""
        return f"{self.endpoint}/{self.container}/"


def azurite_missing() -> str | None:
    """Why the Azurite suite cannot run here, or None."""
    if shutil.which("azurite-blob") is None:
        return "azurite-blob not installed (npm install -g azurite)"
    if not has_module("azure.storage.blob.aio"):
        return "azure-storage-blob not installed (pip install 'azure-storage-blob[aio]')"
    return None


def _container_name(manifest: Manifest) -> str:
    name = "".join(c if c.isalnum() else "-" for c in manifest.workload.key.lower())
    return name.strip("-")[:63]


async def _upload(endpoint: str, container: str, manifest: Manifest) -> None:
    service_client: Any = importlib.import_module("azure.storage.blob.aio").BlobServiceClient
    conn = (
        f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={DEV_KEY};"
        f"BlobEndpoint={endpoint};"
    )
    sem = asyncio.Semaphore(16)
    async with service_client.from_connection_string(conn) as service:
        client = service.get_container_client(container)
        await client.create_container()

        async def put(rel: str) -> None:
            async with sem:
                await client.upload_blob(rel, (manifest.root / rel).read_bytes(), overwrite=True)

        await asyncio.gather(*(put(rel) for rel, _ in manifest.files))


def _read_sas(container: str) -> str:
    blob: Any = importlib.import_module("azure.storage.blob")
    return str(
        blob.generate_container_sas(
            ACCOUNT,
            container,
            account_key=DEV_KEY,
            permission=blob.ContainerSasPermissions(read=True, list=True),
            expiry=datetime.now(UTC) + timedelta(hours=6),
        )
    )


@contextlib.contextmanager
def running_azurite(scratch: Path) -> Iterator[tuple[str, int]]:
    """Azurite on a free loopback port, in memory, empty: its blob endpoint
    (``http://127.0.0.1:PORT/devstoreaccount1``) and its process id."""
    binary = shutil.which("azurite-blob")
    if binary is None:
        raise RuntimeError("azurite-blob not installed")
    scratch.mkdir(parents=True, exist_ok=True)
    port = free_port()
    proc = subprocess.Popen(
        [
            binary,
            "--blobHost",
            "127.0.0.1",
            "--blobPort",
            str(port),
            "--disableTelemetry",
            "--inMemoryPersistence",
            "--skipApiVersionCheck",
            "--loose",
        ],
        cwd=scratch,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "AZURITE_ACCEPT_EULA": "true"},
    )
    try:
        wait_ready(proc, lambda: listening(port), "azurite-blob", timeout=30.0)
        yield f"http://127.0.0.1:{port}/{ACCOUNT}", proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def serving_azurite(manifest: Manifest, scratch: Path) -> Iterator[AzuriteServer]:
    """Azurite on a free loopback port, in memory, holding the workload's files."""
    with running_azurite(scratch) as (endpoint, pid):
        container = _container_name(manifest)
        asyncio.run(_upload(endpoint, container, manifest))
        yield AzuriteServer(
            endpoint=endpoint, container=container, sas=_read_sas(container), pid=pid
        )
