"""A throwaway certificate authority for the HTTPS benchmark, made with the ``openssl`` CLI.

The CA signs one server certificate for ``127.0.0.1`` and ``localhost``; the runner trusts the
CA through ``SSL_CERT_FILE`` (Python tools: OpenSSL's default verify paths read it) and each
peer's own CA option. Nothing is installed system-wide; the files live in the run's scratch
folder and go with it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import attrs

__all__ = ["Tls", "make_ca", "openssl_missing"]


@attrs.frozen
class Tls:
    """Paths of the CA certificate (what clients trust) and the server's certificate and key."""

    ca: Path
    cert: Path
    key: Path


def openssl_missing() -> str | None:
    """Why the HTTPS suite cannot run here, or None."""
    return None if shutil.which("openssl") else "openssl not installed"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_ca(folder: Path) -> Tls:
    """A fresh CA and a server certificate it signed (EC P-256, valid two days), in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes")
    _openssl(
        "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=itwin-mesh benchmark CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )  # fmt: skip
    _openssl(
        "req", *ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1",
        cwd=folder,
    )  # fmt: skip
    (folder / "server.ext").write_text(
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\n"
    )
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext",
        cwd=folder,
    )  # fmt: skip
    return Tls(ca=folder / "ca.pem", cert=folder / "server.pem", key=folder / "server.key")
