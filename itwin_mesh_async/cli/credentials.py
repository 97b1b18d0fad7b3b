"""Where the CLI gets its service URL and credentials from, and which strings are secrets.

Order: ``--token``; ``ITWIN_ACCESS_TOKEN``; ``ITWIN_CLIENT_ID`` + ``ITWIN_CLIENT_SECRET`` (with
optional ``ITWIN_SCOPE`` and ``ITWIN_AUTHORITY``) for the client-credentials flow. The base URL
is ``--base-url``, then ``ITWIN_API_URL``, then the public service.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs

from ..auth import TokenProvider, resolve_token
from .parser import UsageError

__all__ = [
    "DEFAULT_BASE_URL",
    "Credentials",
    "resolve_base_url",
    "resolve_credentials",
    "sas_secrets",
]

DEFAULT_BASE_URL = "https://api.bentley.com"


@attrs.frozen
class Credentials:
    """A token given on the command line, or the environment to read one from (never printed)."""

    token: str | None = attrs.field(default=None, repr=False)
    environ: Mapping[str, str] = attrs.field(factory=dict, repr=False)

    @property
    def secrets(self) -> tuple[str, ...]:
        """The strings that must never be shown."""
        candidates = (
            self.token,
            self.environ.get("ITWIN_ACCESS_TOKEN"),
            self.environ.get("ITWIN_CLIENT_SECRET"),
        )
        return tuple(s.strip() for s in candidates if s and s.strip())

    def provider(self) -> TokenProvider:
        """What :class:`ITwinClient` takes as ``token=``: a static or a client-credentials one."""
        return resolve_token(self.token, env=self.environ)


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def resolve_base_url(option: str | None, environ: Mapping[str, str]) -> str:
    """``--base-url``, else ``ITWIN_API_URL``, else the public service; must be http(s)."""
    url = (option or "").strip() or _env(environ, "ITWIN_API_URL") or DEFAULT_BASE_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"the base URL must be an http(s) URL with a host, got {url!r}")
    return url


def resolve_credentials(option: str | None, environ: Mapping[str, str]) -> Credentials:
    """Credentials from ``--token`` or the environment; :class:`UsageError` when there are none."""
    if option is not None:
        if not option.strip():
            raise UsageError("--token is empty")
        return Credentials(token=option.strip(), environ=environ)
    if _env(environ, "ITWIN_ACCESS_TOKEN"):
        return Credentials(environ=environ)
    client_id = _env(environ, "ITWIN_CLIENT_ID")
    client_secret = _env(environ, "ITWIN_CLIENT_SECRET")
    if client_id and client_secret:
        return Credentials(environ=environ)
    if client_id or client_secret:
        missing = "ITWIN_CLIENT_SECRET" if client_id else "ITWIN_CLIENT_ID"
        raise UsageError(f"{missing} is not set (client credentials need both id and secret)")
    raise UsageError(
        "no credentials: pass --token, or set ITWIN_ACCESS_TOKEN, "
        "or ITWIN_CLIENT_ID and ITWIN_CLIENT_SECRET"
    )


def sas_secrets(url: str) -> tuple[str, ...]:
    """The SAS signature of ``url`` as it may appear in text (raw and percent-decoded)."""
    query = urlsplit(url).query
    found: list[str] = []
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key.lower() == "sig" and value:
            found += [value, unquote(value)]
    found += [v for k, v in parse_qsl(query) if k.lower() == "sig" and v]
    return tuple(dict.fromkeys(found))
