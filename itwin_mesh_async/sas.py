"""Pure parsing of an Azure SAS query: when it starts and when it expires.

No I/O. The raw query holds the signature, so :class:`SasInfo`'s repr redacts it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl

import attrs

from .redact import redact_url

__all__ = ["SasInfo", "expires_within", "is_expiring", "parse_sas", "parse_sas_time"]


def _redacted_query(raw: str) -> str:
    return repr(redact_url("?" + raw)[1:])


@attrs.frozen
class SasInfo:
    """What a SAS query says about its validity window; ``raw`` is the query as received."""

    expires_at: datetime | None
    starts_at: datetime | None
    raw: str = attrs.field(repr=_redacted_query)

    @property
    def has_signature(self) -> bool:
        """True when the query carries a ``sig`` parameter."""
        return any(k == "sig" for k, _ in parse_qsl(self.raw, keep_blank_values=True))


def parse_sas_time(text: str) -> datetime | None:
    """An ISO 8601 SAS time (``2024-05-01T10:00:00Z``, ``...T10:00Z``, ``2024-05-01``) in UTC.

    A time without an offset is UTC, as Azure reads it. Unparseable text gives ``None``.
    """
    text = text.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_sas(query: str) -> SasInfo:
    """Read ``se`` (expiry) and ``st`` (start) from a raw SAS query; a leading ``?`` is allowed."""
    raw = query[1:] if query.startswith("?") else query
    fields: dict[str, str] = {}
    for key, value in parse_qsl(raw, keep_blank_values=True):
        fields.setdefault(key, value)
    expires = parse_sas_time(fields["se"]) if "se" in fields else None
    starts = parse_sas_time(fields["st"]) if "st" in fields else None
    return SasInfo(expires_at=expires, starts_at=starts, raw=raw)


def expires_within(info: SasInfo, seconds: float, now: datetime | None = None) -> bool:
    """True when the SAS expires ``seconds`` from ``now`` or sooner (already expired included).

    A SAS without a readable ``se`` never counts as expiring: only the server can tell.
    """
    if info.expires_at is None:
        return False
    current = now if now is not None else datetime.now(UTC)
    if current.tzinfo is None:
        current = current.replace(tzinfo=UTC)
    return (info.expires_at - current).total_seconds() <= seconds


def is_expiring(info: SasInfo, margin: float = 300.0, now: datetime | None = None) -> bool:
    """:func:`expires_within` with a default margin of five minutes before expiry."""
    return expires_within(info, margin, now)
