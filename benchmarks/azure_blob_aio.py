"""The azure-storage-blob aio peer: Microsoft's async SDK downloading a flat list of blobs.

``python -m benchmarks.azure_blob_aio CONTAINER_URL LIST DEST [--concurrency 32]`` opens a
``ContainerClient`` on the container URL with the SAS from the BENCH_SAS environment variable
(kept off the command line), downloads every blob named in LIST
(``download_blob().readall()``, 32 at a time) and writes each under DEST.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
from pathlib import Path
from typing import Any


async def fetch_all(
    container_url: str, sas: str, names: list[str], dest: Path, concurrency: int
) -> int:
    """Download every blob; returns the number of failures."""
    # Optional packages, imported by name so type checking does not need them installed.
    azure_error: type[Exception] = importlib.import_module("azure.core.exceptions").AzureError
    container_client: Any = importlib.import_module("azure.storage.blob.aio").ContainerClient

    sem = asyncio.Semaphore(concurrency)
    failures = 0
    async with container_client.from_container_url(f"{container_url}?{sas}") as client:

        async def one(name: str) -> None:
            nonlocal failures
            async with sem:
                try:
                    downloader = await client.download_blob(name)
                    data = await downloader.readall()
                except azure_error as exc:
                    failures += 1
                    print(f"{name}: {type(exc).__name__}", file=sys.stderr)
                    return
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

        await asyncio.gather(*(one(n) for n in names))
    return failures


def main(argv: list[str] | None = None) -> int:
    """Download the list; exit 1 when any blob failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("container_url")
    parser.add_argument("list", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args(argv)
    names = [line for line in args.list.read_text().splitlines() if line]
    args.dest.mkdir(parents=True, exist_ok=True)
    sas = os.environ.get("BENCH_SAS", "")
    failures = asyncio.run(
        fetch_all(args.container_url.rstrip("/"), sas, names, args.dest, args.concurrency)
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
