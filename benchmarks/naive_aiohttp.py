"""The naive aiohttp downloader the issue compares against: what most people would write.

``python -m benchmarks.naive_aiohttp BASE_URL LIST DEST [--concurrency 32] [--thread-writes]``
fetches every relative path in LIST (one per line) from BASE_URL with one ClientSession
(``TCPConnector(limit=N)``) and a Semaphore (without ``--concurrency``: aiohttp's defaults, a
connector of 100 connections and no Semaphore), reads each whole body into memory and writes it
with a plain ``open().write()`` (or in a thread with ``--thread-writes``). A SAS query string,
if any, comes in the BENCH_SAS environment variable and is added to every URL.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from pathlib import Path
from urllib.parse import quote

import aiohttp


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as fh:
        fh.write(data)


async def fetch_all(
    base: str, paths: list[str], dest: Path, concurrency: int | None, thread_writes: bool
) -> int:
    """Download every path; returns the number of failures."""
    sem = asyncio.Semaphore(concurrency) if concurrency else contextlib.nullcontext()
    failures = 0
    sas = os.environ.get("BENCH_SAS", "")  # the container's SAS, if any
    query = f"?{sas}" if sas else ""

    async def one(session: aiohttp.ClientSession, rel: str) -> None:
        nonlocal failures
        async with sem:
            try:
                async with session.get(base + quote(rel) + query) as resp:
                    resp.raise_for_status()
                    data = await resp.read()
            except aiohttp.ClientError as exc:
                failures += 1
                print(f"{rel}: {type(exc).__name__}", file=sys.stderr)
                return
            if thread_writes:
                await asyncio.to_thread(_write, dest / rel, data)
            else:
                _write(dest / rel, data)

    connector = aiohttp.TCPConnector(limit=concurrency) if concurrency else aiohttp.TCPConnector()
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:
        await asyncio.gather(*(one(session, p) for p in paths))
    return failures


def main(argv: list[str] | None = None) -> int:
    """Download the list; exit 1 when any file failed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base_url")
    parser.add_argument("list", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--thread-writes", action="store_true")
    args = parser.parse_args(argv)
    paths = [line for line in args.list.read_text().splitlines() if line]
    os.makedirs(args.dest, exist_ok=True)
    failures = asyncio.run(
        fetch_all(args.base_url, paths, args.dest, args.concurrency, args.thread_writes)
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
