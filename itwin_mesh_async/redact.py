"""Keep secrets out of text: SAS signatures in URLs, bearer tokens in headers.

Pure: no I/O. Every URL that reaches a log line, an exception or a repr goes through
:func:`redact_url` first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["REDACTED", "redact_text", "redact_url"]

REDACTED = "REDACTED"

# Query keys whose values are secrets: the SAS signature, and anything that looks like a key or
# token someone may have put in a URL.
_SECRET_KEYS = r"(?:sig|signature|token|access_token|code|client_secret|key|password|sv_sig)"  # noqa: S105 - key names, not a secret
_SECRET_QUERY = re.compile(rf"(?i)([?&;]{_SECRET_KEYS}=)[^&#\s\"'<>]*")
_BEARER = re.compile(r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/=]+")


def redact_url(url: object) -> str:
    """The URL as text with every secret query value replaced by ``REDACTED``."""
    return _SECRET_QUERY.sub(rf"\g<1>{REDACTED}", str(url))


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with URL secrets, ``Bearer``/``Basic`` credentials and the given secrets removed."""
    text = _BEARER.sub(rf"\g<1> {REDACTED}", redact_url(text))
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text
