"""Failures become exit codes and one redacted line."""

from __future__ import annotations

import asyncio

from itwin_mesh_async.cli.failures import describe, exit_code_for
from itwin_mesh_async.cli.parser import UsageError
from itwin_mesh_async.errors import (
    DownloadError,
    InvalidArgumentError,
    NotFoundError,
    TransportError,
    UnsafeReferenceError,
)

SIG = "Zm9vYmFy%2Bc2lnbmF0dXJl%3D"


# --- failures -> exit codes and messages ---------------------------------------------------


def test_exit_codes_by_error_type() -> None:
    assert exit_code_for(UsageError("x")) == 2
    assert exit_code_for(InvalidArgumentError("x")) == 2
    # A reference that leaves the container comes from the server's data, not the user's input.
    assert exit_code_for(UnsafeReferenceError("leaves the container", path="../x")) == 1
    root_unsafe = DownloadError("cannot start")
    root_unsafe.__cause__ = UnsafeReferenceError("other host")
    assert exit_code_for(root_unsafe) == 1
    assert exit_code_for(NotFoundError(404, "ExportNotFound", "gone")) == 1
    assert exit_code_for(TransportError("refused")) == 1
    assert exit_code_for(DownloadError("disk full")) == 1
    assert exit_code_for(OSError("x")) == 1
    assert exit_code_for(RuntimeError("bug")) == 1
    assert exit_code_for(KeyboardInterrupt()) == 130
    assert exit_code_for(asyncio.CancelledError()) == 130


def test_describe_is_one_redacted_line() -> None:
    exc = NotFoundError(
        404,
        "ExportNotFound",
        "Requested export is not available.",
        target="id",
        method="GET",
        url=f"https://api.example/mesh-export/x?sig={SIG}",
    )
    line = describe(exc, ["tok-secret-123"])
    # No stray full stop before what follows the service's message.
    assert line.startswith("error: HTTP 404: ExportNotFound: Requested export is not available (")
    assert "(target: id)" in line and SIG not in line and "\n" not in line
    assert describe(RuntimeError("oops\nline two tok-secret-123"), ["tok-secret-123"]) == (
        "error: RuntimeError: oops line two REDACTED"
    )
    assert describe(KeyboardInterrupt()) == "interrupted"
