"""The sync benchmark against Azurite: exports A and B uploaded with ``Content-MD5`` (as Azure
keeps it when the uploader sets it), then this project's tool and ``rclone sync`` side by side.

Azurite speaks the real Blob REST API and checks the SAS, so rclone's ``azureblob`` backend
(which the emulator's blob host does not satisfy) runs here. It tops out near 2,000 requests/s,
so its wall times are indicative; the emulator run is the primary figure.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp

from itwin_mesh_async.emulator.sas import (
    DEVSTORE_ACCOUNT,
    DEVSTORE_KEY,
    generate_account_sas,
    generate_container_sas,
)

from .azurite import running_azurite
from .sync_tools import Exports, Run, checked, copy_mirror, median_runs, run_ours, run_rclone

__all__ = ["azurite_leg", "azurite_leg_missing"]

CONTAINERS = {"A": "sync-export-a", "B": "sync-export-b"}


def azurite_leg_missing() -> str | None:
    """Why the Azurite leg cannot run here, or None (rclone alone may be missing: then only our
    tool runs)."""
    if shutil.which("azurite-blob") is None:
        return "azurite-blob not installed (npm install -g azurite)"
    return None


async def _upload(endpoint: str, exports: Exports) -> None:
    """Both exports into their containers, every blob with its ``Content-MD5``."""
    sas = generate_account_sas(DEVSTORE_ACCOUNT, DEVSTORE_KEY)
    sem = asyncio.Semaphore(32)
    async with aiohttp.ClientSession() as session:

        async def put(container: str, path: str, source: Path) -> None:
            data = await asyncio.to_thread(source.read_bytes)
            headers = {
                "x-ms-blob-type": "BlockBlob",
                "x-ms-blob-content-md5": base64.b64encode(
                    hashlib.md5(data, usedforsecurity=False).digest()
                ).decode("ascii"),
            }
            url = f"{endpoint}/{container}/{quote(path)}?{sas}"
            async with sem, session.put(url, data=data, headers=headers) as response:
                if response.status != 201:
                    raise RuntimeError(f"Azurite refused {path}: HTTP {response.status}")

        for name, files in (("A", exports.a), ("B", exports.b)):
            container = CONTAINERS[name]
            url = f"{endpoint}/{container}?restype=container&{sas}"
            async with session.put(url) as response:
                if response.status != 201:
                    raise RuntimeError(f"Azurite refused the container: HTTP {response.status}")
            await asyncio.gather(*(put(container, p, f) for p, f in files.items()))


def _read_sas(container: str) -> str:
    expiry = datetime.now(UTC) + timedelta(hours=6)
    return generate_container_sas(DEVSTORE_ACCOUNT, DEVSTORE_KEY, container, expiry=expiry)


def azurite_leg(
    exports: Exports, work: Path, rounds: int, env: dict[str, str], log: Any
) -> dict[str, Any]:
    """Per round: our sync of a mirror of A to B and our fresh download of B, then rclone's
    (from a plain copy of the same mirror of A, without our state folder). Medians."""
    runs: dict[str, list[Run]] = {"sync": [], "fresh": [], "rclone_sync": [], "rclone_fresh": []}
    has_rclone = shutil.which("rclone") is not None
    with running_azurite(work / "azurite") as (endpoint, pid):
        asyncio.run(_upload(endpoint, exports))
        sas = {name: _read_sas(c) for name, c in CONTAINERS.items()}
        url = {n: f"{endpoint}/{c}/tileset.json?{sas[n]}" for n, c in CONTAINERS.items()}
        base = work / "azurite-mirror-a"
        run_ours(url["A"], base, env)  # the mirror of A (not timed)
        plain = work / "azurite-mirror-a-plain"
        copy_mirror(base, plain, state=False)
        for rnd in range(rounds):
            log(f"azurite round {rnd + 1}/{rounds}")
            dest = work / "azurite-dest"
            copy_mirror(base, dest)
            runs["sync"].append(checked(run_ours(url["B"], dest, env, server=pid), dest, exports))
            shutil.rmtree(dest)
            run = run_ours(url["B"], dest, env, server=pid)
            runs["fresh"].append(checked(run, dest, exports))
            shutil.rmtree(dest)
            if not has_rclone:
                continue
            b_url = f"{endpoint}/{CONTAINERS['B']}?{sas['B']}"
            copy_mirror(plain, dest)
            run = run_rclone(b_url, CONTAINERS["B"], dest, exports, server=pid)
            runs["rclone_sync"].append(checked(run, dest, exports))
            shutil.rmtree(dest)
            dest.mkdir()
            run = run_rclone(b_url, CONTAINERS["B"], dest, exports, server=pid)
            runs["rclone_fresh"].append(checked(run, dest, exports))
            shutil.rmtree(dest)
    result: dict[str, Any] = {k: median_runs(v) for k, v in runs.items() if v}
    if not has_rclone:
        result["rclone"] = "not installed (apt-get install rclone): not run"
    result["azcopy"] = (
        "installed but not run (azcopy sync is not part of this benchmark yet)"
        if shutil.which("azcopy")
        else "not installed: not run"
    )
    return result
