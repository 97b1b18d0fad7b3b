"""Where the CLI gets its service URL and credentials from, and which strings are secrets.

Order: ``--token``; ``ITWIN_ACCESS_TOKEN``; ``ITWIN_CLIENT_ID`` + ``ITWIN_CLIENT_SECRET`` (with
optional ``ITWIN_SCOPE`` and ``ITWIN_AUTHORITY``) for the client-credentials flow. The base URL
is ``--base-url``, then ``ITWIN_API_URL``, then the public service.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, unquote

import attrs
from yarl import URL

from ..auth import TokenProvider, resolve_token
from ..errors import InvalidArgumentError
from .parser import UsageError

__all__ = [
    "DEFAULT_BASE_URL",
    "Credentials",
    "parse_http_url",
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


# A DNS name (letters, digits, '-', '_', dots); IP literals are checked by ipaddress.
_HOST_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")


def parse_http_url(text: str) -> URL | None:
    """``text`` as an absolute http(s) URL with a well-formed host and port, else None.

    Checked up front so that a typo (``http://[::1``, ``:99999``, a space in the host) is bad
    input (exit 2) rather than a crash or a confusing failure deep in a request.
    """
    try:
        url = URL(text.strip())
        url.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        return None
    host = url.raw_host or ""
    if url.scheme not in ("http", "https") or not host:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOST_NAME.fullmatch(host):
            return None
    return url


def resolve_base_url(option: str | None, environ: Mapping[str, str]) -> str:
    """``--base-url``, else ``ITWIN_API_URL``, else the public service; must be http(s)."""
    url = (option or "").strip() or _env(environ, "ITWIN_API_URL") or DEFAULT_BASE_URL
    if parse_http_url(url) is None:
        raise UsageError(f"the base URL must be an http(s) URL with a host, got {url!r}")
    return url


def resolve_credentials(option: str | None, environ: Mapping[str, str]) -> Credentials:
    """Credentials from ``--token`` or the environment; :class:`UsageError` when there are none.

    The environment is read by the library's own :func:`resolve_token`, so the CLI and
    ``ITwinClient()`` agree on every variable; only the wording of "nothing at all" differs.
    """
    if option is not None and not option.strip():
        raise UsageError("--token is empty")
    creds = Credentials(token=option.strip() if option else None, environ=environ)
    try:
        creds.provider()
    except (InvalidArgumentError, ValueError) as exc:  # yarl: ValueError for a broken URL
        authority = _env(environ, "ITWIN_AUTHORITY")
        if authority and _env(environ, "ITWIN_CLIENT_ID") and _env(environ, "ITWIN_CLIENT_SECRET"):
            raise UsageError(
                "ITWIN_AUTHORITY must be an http(s) URL such as https://ims.bentley.com, "
                f"got {authority!r}"
            ) from None
        if _env(environ, "ITWIN_CLIENT_ID") or _env(environ, "ITWIN_CLIENT_SECRET"):
            raise UsageError(str(exc)) from None
        raise UsageError(
            "no credentials: pass --token, or set ITWIN_ACCESS_TOKEN, "
            "or ITWIN_CLIENT_ID and ITWIN_CLIENT_SECRET"
        ) from None
    return creds


def sas_secrets(url: str) -> tuple[str, ...]:
    """The SAS signature of ``url`` as it may appear in text (raw and percent-decoded)."""
    # Not urlsplit: it raises on a broken host ("http://[::1"), and this runs before any check.
    query = url.partition("?")[2].partition("#")[0]
    found: list[str] = []
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key.lower() == "sig" and value:
            found += [value, unquote(value)]
    found += [v for k, v in parse_qsl(query) if k.lower() == "sig" and v]
    return tuple(dict.fromkeys(found))
