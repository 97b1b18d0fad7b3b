"""Keep secrets out of text: SAS signatures and tokens, in whatever encoding they appear.

Pure but for one process-wide set: the secrets this process has handled (each SAS signature
a :class:`~itwin_mesh_async.container.ContainerLink` holds, each credential a request sent),
so that every message the library builds (exceptions, their ``str``/``repr``, report reasons,
logs) is scrubbed of them even where a server echoed one back in another encoding: raw,
percent-encoded with upper or lower case hex (or twice), form-encoded (``+`` for a space, or
a space for ``+``), or the base64url variant (``-``/``_``, no padding).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from urllib.parse import unquote

__all__ = [
    "REDACTED",
    "forget_secrets",
    "redact_text",
    "redact_url",
    "remember_query_secrets",
    "remember_secret",
]

REDACTED = "REDACTED"
MIN_SECRET = 8
"""Shorter strings are not remembered: redacting them would mangle ordinary text."""

# Query keys whose values are secrets: the SAS signature, and anything that looks like a key or
# token someone may have put in a URL.
_SECRET_KEYS = r"(?:sig|signature|token|access_token|code|client_secret|key|password|sv_sig)"  # noqa: S105 - key names, not a secret
_SECRET_QUERY = re.compile(rf"(?i)([?&;]{_SECRET_KEYS}=)[^&#\s\"'<>]*")
_BEARER = re.compile(r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/=]+")
# Other spellings of one character: form encoding and base64url.
_ALSO = {"+": (" ", "-"), "/": ("_",), " ": ("+",)}
_PADDING = r"(?:=|%(?:25)?3[dD])*"


class _Known:
    """The secrets this process has handled, and one compiled pattern for all of them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.secrets: dict[str, None] = {}  # an insertion-ordered set
        self.pattern: re.Pattern[str] | None = None

    def add(self, forms: set[str]) -> None:
        with self.lock:
            self.secrets.update(dict.fromkeys(forms))
            self.pattern = None

    def clear(self) -> None:
        with self.lock:
            self.secrets.clear()
            self.pattern = None

    def compiled(self) -> re.Pattern[str] | None:
        with self.lock:
            if self.pattern is None and self.secrets:
                self.pattern = _pattern_for(self.secrets)
            return self.pattern


def _char(c: str) -> str:
    alternatives = [re.escape(c)]
    alternatives += [f"%(?:25)?{b:02x}" for b in c.encode()]  # compiled case-insensitively
    alternatives += [re.escape(a) for a in _ALSO.get(c, ())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def _secret_pattern(secret: str) -> str:
    """A regex for ``secret`` in any of the encodings above (its padding included)."""
    core = secret.rstrip("=")
    return "".join(_char(c) for c in core) + (_PADDING if core != secret else "")


def _pattern_for(secrets: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so that a secret containing another is removed whole.
    ordered = sorted(secrets, key=len, reverse=True)
    return re.compile("|".join(_secret_pattern(s) for s in ordered), re.IGNORECASE)


def _forms(secret: str) -> set[str]:
    # The value as received may be encoded already: match its decoded form too, whose own
    # spellings cover the rest.
    return {s for s in (secret.strip(), unquote(secret).strip()) if len(s) >= MIN_SECRET}


_KNOWN = _Known()


def remember_secret(secret: str | None) -> None:
    """Redact ``secret`` (in every encoding) from all text this process redacts from now on."""
    if secret and (forms := _forms(secret) - _KNOWN.secrets.keys()):
        _KNOWN.add(forms)


def remember_query_secrets(query: str) -> None:
    """Remember the secret values of a URL query (the SAS ``sig``, a ``token``...)."""
    for part in query.lstrip("?").split("&"):
        key, _, value = part.partition("=")
        if re.fullmatch(_SECRET_KEYS, key, re.IGNORECASE):
            remember_secret(value)


def forget_secrets() -> None:
    """Forget every remembered secret (for tests)."""
    _KNOWN.clear()


def redact_url(url: object) -> str:
    """The URL as text with every secret query value replaced by ``REDACTED``."""
    return _SECRET_QUERY.sub(rf"\g<1>{REDACTED}", str(url))


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with URL secrets, ``Bearer``/``Basic`` credentials, the remembered secrets and
    the given ``secrets`` removed, each in any of its encodings."""
    text = _BEARER.sub(rf"\g<1> {REDACTED}", redact_url(text))
    given = {f for s in secrets if s and len(s.strip()) >= 4 for f in _forms(s) | {s.strip()}}
    if given:
        text = _pattern_for(given).sub(REDACTED, text)
    pattern = _KNOWN.compiled()
    return pattern.sub(REDACTED, text) if pattern is not None else text
