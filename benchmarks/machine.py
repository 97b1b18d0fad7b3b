"""Facts about the machine and the tools, recorded with every benchmark result."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

from .peers import OursAt, Peer

__all__ = ["azurite_version", "is_tmpfs", "machine", "tool_version"]


def is_tmpfs(path: Path) -> bool:
    """True when ``path`` lies on a tmpfs mount (per /proc/mounts)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3 or len(parts[1]) <= len(best):
            continue
        if target == parts[1] or target.startswith(parts[1].rstrip("/") + "/"):
            best, fstype = parts[1], parts[2]
    return fstype == "tmpfs"


def machine() -> dict[str, Any]:
    """Cores, CPU model, kernel, Python and memory of this machine."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
    }


def tool_version(peer: Peer) -> str:
    """The first line of a tool's version output (ours: package and aiohttp versions)."""
    if peer.name == "azure-blob-aio":
        try:
            return f"azure-storage-blob {metadata.version('azure-storage-blob')}"
        except metadata.PackageNotFoundError:
            return "?"
    if isinstance(peer, OursAt):  # another checkout: its commit
        head = subprocess.run(
            ["git", "-C", str(peer.tree), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return f"{peer.tree}: {head.stdout.strip()[:70] or '?'}"
    if peer.binary is None:
        import aiohttp

        from itwin_mesh_async import _version as ours

        return f"{ours.__version__} (aiohttp {aiohttp.__version__})"
    argv = [peer.binary, "version"] if peer.name == "rclone" else [peer.binary, "--version"]
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0][:80] if first else "?"


def azurite_version() -> str:
    """Azurite's version, or "?"."""
    binary = shutil.which("azurite-blob")
    try:
        out = subprocess.run(
            [binary or "azurite-blob", "--version"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return out.stdout.strip()[:20] or "?"
