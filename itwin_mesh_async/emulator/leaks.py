"""The emulator's leak check: requests that carried a secret to the wrong origin."""

from __future__ import annotations

from collections.abc import Iterable

from ..redact import redact_text
from .middleware import RequestRecord

__all__ = ["secret_leaks"]


def secret_leaks(requests: Iterable[RequestRecord], tokens: list[str]) -> list[str]:
    """Redacted descriptions of requests that carried a secret where it must not go:
    an Authorization header (or the token) to the blob origin, a ``sig=`` to the API."""
    leaks = []
    for record in requests:
        if record.origin == "blob":
            blob_text = record.path_qs + " " + " ".join(v for _k, v in record.headers)
            if record.header("Authorization") is not None or any(t in blob_text for t in tokens):
                leaks.append(f"token sent to blob origin: {record!r}")
        elif "sig=" in record.path_qs.lower() or any(
            "sig=" in v.lower() for _k, v in record.headers
        ):
            leaks.append(f"SAS signature sent to API origin: {record!r}")
    return [redact_text(text, tokens) for text in leaks]
