"""The static file server the benchmark downloads from: nginx on loopback, or a fallback.

nginx runs in the foreground (``daemon off``) with a generated config on a free port, so the
runner owns its process and stops it by pid. Without nginx the runner warns and serves the
files with ``benchmarks.static_server`` (aiohttp) instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

__all__ = ["Server", "free_port", "listening", "nginx_config", "serving", "wait_ready"]

NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx", "/usr/local/nginx/sbin/nginx")


@attrs.frozen
class Server:
    """A running static server: what it is and where it listens."""

    kind: str  # e.g. "nginx 1.22.1" or "aiohttp static (fallback)"
    base_url: str  # "http://127.0.0.1:PORT/" serving the data directory
    pid: int


def free_port() -> int:
    """A loopback TCP port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def find_nginx() -> str | None:
    """The nginx binary, or None."""
    for name in NGINX_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def nginx_config(*, root: Path, port: int, prefix: Path, as_root: bool) -> str:
    """A minimal, fast nginx config: static files from ``root``, no access log, long keep-alive."""
    user = "user nobody nogroup;\n" if as_root else ""
    temp = "\n".join(
        f"    {name}_temp_path {prefix / (name + '_temp')};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}daemon off;
master_process on;
worker_processes auto;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 120s;
    keepalive_requests 10000000;
    # A small cache: one that keeps a descriptor per file runs out of them (EMFILE, then 404s).
    open_file_cache max=1000 inactive=20s;
    types {{ application/json json; model/gltf-binary glb; }}
    default_type application/octet-stream;
{temp}
    server {{
        listen 127.0.0.1:{port} reuseport backlog=4096;
        root {root};
        location / {{ try_files $uri =404; }}
    }}
}}
"""


def _nginx_version(binary: str) -> str:
    out = subprocess.run([binary, "-v"], capture_output=True, text=True, check=False)
    text = (out.stderr or out.stdout).strip()
    return text.split("/", 1)[1].split()[0] if "/" in text else "?"


def wait_ready(
    proc: subprocess.Popen[bytes], ready: Callable[[], bool], what: str, timeout: float = 15.0
) -> None:
    """Poll ``ready`` (raising OSError counts as not yet) until it is true; RuntimeError when
    ``proc`` exits first or after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited at start with code {proc.returncode}")
        try:
            if ready():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{what} was not ready within {timeout:.0f}s")


def listening(port: int) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:``port``."""
    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True


def _answers(url: str) -> Callable[[], bool]:
    def ok() -> bool:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return bool(resp.status == 200)

    return ok


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def serving(
    root: Path, scratch: Path, *, probe: str, prefer: str = "nginx", warn: bool = True
) -> Iterator[Server]:
    """Serve ``root`` on loopback for the duration of the block.

    ``probe`` is a path under ``root`` fetched to know the server is up. ``prefer="nginx"``
    falls back (with a warning on stderr) to the aiohttp static server when nginx is missing
    or fails to start; ``prefer="aiohttp"`` uses the fallback directly.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    binary = find_nginx() if prefer == "nginx" else None
    if prefer == "nginx" and binary is None and warn:
        print(
            "warning: nginx not found; serving with the aiohttp static server, which is "
            "several times slower (install nginx: benchmarks/setup.sh)",
            file=sys.stderr,
        )
    if binary is not None:
        port = free_port()
        prefix = scratch / "nginx"
        prefix.mkdir(parents=True, exist_ok=True)
        conf = prefix / "nginx.conf"
        conf.write_text(
            nginx_config(
                root=root.resolve(), port=port, prefix=prefix.resolve(), as_root=os.geteuid() == 0
            )
        )
        proc = subprocess.Popen(
            [binary, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}/"
        try:
            wait_ready(proc, _answers(base + probe), "server")
        except RuntimeError as exc:
            _stop(proc)
            log = prefix / "error.log"
            detail = log.read_text(errors="replace").strip()[-300:] if log.exists() else ""
            if warn:
                print(
                    f"warning: nginx failed to start ({exc}) {detail}; using the aiohttp "
                    "static server",
                    file=sys.stderr,
                )
        else:
            try:
                yield Server(f"nginx {_nginx_version(binary)}", base, proc.pid)
            finally:
                _stop(proc)
            return
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.static_server", str(root), str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parent.parent,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_ready(proc, _answers(base + probe), "server")
        yield Server("aiohttp static (fallback)", base, proc.pid)
    finally:
        _stop(proc)
