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
import ssl
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

from .tls import Tls

__all__ = [
    "Server",
    "Shape",
    "echo_module",
    "free_port",
    "listening",
    "nginx_config",
    "serving",
    "wait_ready",
]

NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx", "/usr/local/nginx/sbin/nginx")
# Debian's libnginx-mod-http-echo, and where a self-built nginx keeps its modules.
ECHO_CANDIDATES = (
    "/usr/lib/nginx/modules/ngx_http_echo_module.so",
    "/usr/share/nginx/modules/ngx_http_echo_module.so",
    "/usr/local/nginx/modules/ngx_http_echo_module.so",
)


@attrs.frozen
class Shape:
    """How nginx serves: over TLS (``tls``: a :class:`benchmarks.tls.Tls`), with ``delay``
    seconds before every answer (the echo module), and 503 above ``limit`` requests in flight
    (a real server's throttling)."""

    tls: Tls | None = None
    delay: float | None = None
    limit: int | None = None

    @property
    def scheme(self) -> str:
        """http or https."""
        return "https" if self.tls is not None else "http"


def echo_module() -> str | None:
    """The nginx echo module's file (needed for ``Shape.delay``), or None."""
    return next((p for p in ECHO_CANDIDATES if Path(p).is_file()), None)


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


def nginx_config(
    *, root: Path, port: int, prefix: Path, as_root: bool, shape: Shape | None = None
) -> str:
    """A minimal, fast nginx config: static files from ``root``, no access log, long keep-alive;
    ``shape`` adds TLS, a delay per request and a limit of requests in flight."""
    shape = shape or Shape()
    user = "user nobody nogroup;\n" if as_root else ""
    temp = "\n".join(
        f"    {name}_temp_path {prefix / (name + '_temp')};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    load = ""
    listen = f"127.0.0.1:{port} reuseport backlog=4096"
    extra: list[str] = []
    if shape.tls is not None:
        listen += " ssl"
        extra += [
            f"ssl_certificate {shape.tls.cert};",
            f"ssl_certificate_key {shape.tls.key};",
            "ssl_protocols TLSv1.2 TLSv1.3;",
            "ssl_session_cache shared:bench:10m;",
        ]
    zone = ""
    if shape.limit is not None:
        # Keyed by the server name (a key must not be empty, hence server_name below): at most
        # `limit` requests of this server are processed at once, the others get 503 at once.
        zone = "    limit_conn_zone $server_name zone=inflight:1m;\n"
        extra += [f"limit_conn inflight {shape.limit};", "limit_conn_status 503;"]
    if shape.delay is not None:
        module = echo_module()
        if module is None:
            raise RuntimeError("the nginx echo module is missing (libnginx-mod-http-echo)")
        load = f"load_module {module};\n"
        # Wait, then serve the file through an internal location: every answer is `delay` late,
        # as from a blob host that far away.
        locations = (
            f"        location / {{ echo_sleep {shape.delay}; echo_exec /real$uri; }}\n"
            f"        location /real/ {{ internal; alias {root}/; }}"
        )
    else:
        locations = "        location / { try_files $uri =404; }"
    body = "".join(f"        {line}\n" for line in extra)
    return f"""{load}{user}daemon off;
master_process on;
worker_processes auto;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} warn;
events {{ worker_connections 8192; }}
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
{zone}    server {{
        listen {listen};
        server_name bench;
        root {root};
{body}{locations}
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


def _answers(url: str, ca: Path | None = None) -> Callable[[], bool]:
    context = ssl.create_default_context(cafile=str(ca)) if ca is not None else None

    def ok() -> bool:
        with urllib.request.urlopen(url, timeout=1, context=context) as resp:
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
    root: Path,
    scratch: Path,
    *,
    probe: str,
    prefer: str = "nginx",
    warn: bool = True,
    shape: Shape | None = None,
) -> Iterator[Server]:
    """Serve ``root`` on loopback for the duration of the block.

    ``probe`` is a path under ``root`` fetched to know the server is up. ``prefer="nginx"``
    falls back (with a warning on stderr) to the aiohttp static server when nginx is missing
    or fails to start; ``prefer="aiohttp"`` uses the fallback directly. A ``shape`` (TLS, a
    delay, a limit) needs nginx: RuntimeError without it.
    """
    scratch.mkdir(parents=True, exist_ok=True)
    binary = find_nginx() if prefer == "nginx" else None
    if shape is not None and shape != Shape():
        if binary is None:
            raise RuntimeError("this server needs nginx (benchmarks/setup.sh)")
        if shape.delay is not None and echo_module() is None:
            raise RuntimeError("this server needs the nginx echo module (libnginx-mod-http-echo)")
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
                root=root.resolve(),
                port=port,
                prefix=prefix.resolve(),
                as_root=os.geteuid() == 0,
                shape=shape,
            )
        )
        proc = subprocess.Popen(
            [binary, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        scheme = shape.scheme if shape is not None else "http"
        base = f"{scheme}://127.0.0.1:{port}/"
        ca = shape.tls.ca if shape is not None and shape.tls is not None else None
        try:
            wait_ready(proc, _answers(base + probe, ca), "server")
        except RuntimeError as exc:
            _stop(proc)
            log = prefix / "error.log"
            detail = log.read_text(errors="replace").strip()[-300:] if log.exists() else ""
            if shape is not None and shape != Shape():
                raise RuntimeError(f"nginx failed to start ({exc}) {detail}") from None
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
