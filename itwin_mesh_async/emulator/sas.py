"""Azure service SAS: signing and checking, as Azure Storage (and Azurite) do it.

Pure: no I/O. The same code signs the emulator's links and the SAS the tests hand to Azurite,
so a test that Azurite accepts a SAS from :func:`generate_container_sas` proves the signing
(:func:`generate_account_sas` signs what uploads to Azurite, in the tests and benchmarks).

The string-to-sign follows "Create a service SAS" for each signed version ``sv``:

* ``>= 2020-12-06``: sp, st, se, canonicalizedResource, si, sip, spr, sv, sr, snapshot time,
  ses, rscc, rscd, rsce, rscl, rsct
* ``>= 2018-11-09``: the same without ``ses``
* older (``2015-04-05`` ...): sp, st, se, canonicalizedResource, si, sip, spr, sv, rscc, rscd,
  rsce, rscl, rsct

``canonicalizedResource`` is ``/blob/<account>/<container>[/<blob>]``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import attrs

__all__ = [
    "DEFAULT_VERSION",
    "DEVSTORE_ACCOUNT",
    "DEVSTORE_KEY",
    "SasFailure",
    "check_service_sas",
    "encode_sas",
    "format_sas_time",
    "generate_account_sas",
    "generate_container_sas",
    "parse_sas_time",
    "service_sas_fields",
    "sign",
    "string_to_sign",
]

DEFAULT_VERSION = "2022-11-02"

# Azurite's (and the old storage emulator's) well-known development account.
DEVSTORE_ACCOUNT = "devstoreaccount1"
DEVSTORE_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)

# Field order of the query string we produce; Azure accepts any order.
_QUERY_ORDER = (
    "sv",
    "st",
    "se",
    "sr",
    "sp",
    "sip",
    "spr",
    "si",
    "ses",
    "rscc",
    "rscd",
    "rsce",
    "rscl",
    "rsct",
    "sig",
)


def format_sas_time(moment: datetime) -> str:
    """``moment`` as Azure's SAS time, ``YYYY-MM-DDThh:mm:ssZ`` (UTC, whole seconds)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_sas_time(text: str) -> datetime | None:
    """Parse a SAS ``st``/``se`` value (the ISO 8601 forms Azure accepts); ``None`` if invalid."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    # Azure allows up to 7 fractional digits; Python takes 6.
    if "." in value:
        head, _, rest = value.partition(".")
        digits = ""
        while rest and rest[0].isdigit():
            digits, rest = digits + rest[0], rest[1:]
        value = f"{head}.{digits[:6].ljust(6, '0')}{rest}" if digits else head + rest
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _canonical_resource(account: str, container: str, blob: str = "") -> str:
    resource = f"/blob/{account}/{container}"
    return f"{resource}/{blob}" if blob else resource


def string_to_sign(fields: Mapping[str, str], account: str, container: str, blob: str = "") -> str:
    """Azure's string-to-sign of a service SAS for the signed version ``fields["sv"]``.

    ``fields`` holds the decoded query values; ``blob`` is used only when ``sr`` is ``b``.
    """
    version = fields.get("sv", "")
    resource = _canonical_resource(account, container, blob if fields.get("sr") == "b" else "")
    head = [
        fields.get("sp", ""),
        fields.get("st", ""),
        fields.get("se", ""),
        resource,
        fields.get("si", ""),
        fields.get("sip", ""),
        fields.get("spr", ""),
        version,
    ]
    tail = [fields.get(k, "") for k in ("rscc", "rscd", "rsce", "rscl", "rsct")]
    # ISO dates compare correctly as strings.
    if version >= "2020-12-06":
        middle = [fields.get("sr", ""), fields.get("sst", ""), fields.get("ses", "")]
    elif version >= "2018-11-09":
        middle = [fields.get("sr", ""), fields.get("sst", "")]
    else:
        middle = []
    return "\n".join([*head, *middle, *tail])


def sign(key_b64: str, text: str) -> str:
    """Base64 HMAC-SHA256 of ``text`` (UTF-8) with the base64 account key."""
    key = base64.b64decode(key_b64)
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def service_sas_fields(
    account: str,
    key_b64: str,
    container: str,
    *,
    permissions: str = "rl",
    expiry: datetime | None = None,
    start: datetime | None = None,
    version: str = DEFAULT_VERSION,
    protocol: str | None = "https,http",
    blob: str = "",
) -> dict[str, str]:
    """The decoded fields of a container (or, with ``blob``, a blob) SAS, ``sig`` included."""
    expiry = expiry or datetime.now(UTC) + timedelta(hours=1)
    fields = {"sv": version}
    if start is not None:
        fields["st"] = format_sas_time(start)
    fields["se"] = format_sas_time(expiry)
    fields["sr"] = "b" if blob else "c"
    fields["sp"] = permissions
    if protocol:
        fields["spr"] = protocol
    fields["sig"] = sign(key_b64, string_to_sign(fields, account, container, blob))
    return fields


def encode_sas(fields: Mapping[str, str]) -> str:
    """Fields as a query string, each value percent-encoded (``+`` -> ``%2B`` and so on)."""
    keys = [k for k in _QUERY_ORDER if k in fields] + [k for k in fields if k not in _QUERY_ORDER]
    return "&".join(f"{k}={quote(fields[k], safe='')}" for k in keys)


def generate_container_sas(
    account: str,
    key_b64: str,
    container: str,
    *,
    permissions: str = "rl",
    expiry: datetime | None = None,
    start: datetime | None = None,
    version: str = DEFAULT_VERSION,
    protocol: str | None = "https,http",
) -> str:
    """A container service SAS query string (no leading ``?``), signed like Azure Storage.

    ``expiry`` defaults to one hour from now; ``protocol`` ``"https,http"`` lets it work over
    plain HTTP on loopback (emulator, Azurite).
    """
    return encode_sas(
        service_sas_fields(
            account,
            key_b64,
            container,
            permissions=permissions,
            expiry=expiry,
            start=start,
            version=version,
            protocol=protocol,
        )
    )


def generate_account_sas(
    account: str,
    key_b64: str,
    *,
    permissions: str = "rwdlac",
    expiry: datetime | None = None,
    version: str = DEFAULT_VERSION,
) -> str:
    """An account SAS query string for the blob service (services ``b``, resource types
    ``sco``): what may create containers and upload blobs to Azurite. ``expiry`` defaults to
    one hour from now."""
    fields = {
        "sv": version,
        "ss": "b",
        "srt": "sco",
        "sp": permissions,
        "se": format_sas_time(expiry or datetime.now(UTC) + timedelta(hours=1)),
        "spr": "https,http",
    }
    # Account SAS string-to-sign (2020-12-06 and later): ..., sv, ses, then a final newline.
    signed = ("sp", "ss", "srt", "", "se", "", "spr", "sv", "", "")
    text = "\n".join([account, *(fields[k] if k else "" for k in signed)])
    fields["sig"] = sign(key_b64, text)
    return "&".join(f"{k}={quote(v, safe='')}" for k, v in fields.items())


@attrs.frozen
class SasFailure:
    """Why a SAS was refused: Azure's error code, HTTP status and ``AuthenticationErrorDetail``."""

    code: str
    detail: str
    status: int = 403


_HTTP_DATE = "%a, %d %b %Y %H:%M:%S GMT"


def check_service_sas(
    fields: Mapping[str, str],
    *,
    account: str,
    keys: Mapping[str, str],
    container: str,
    blob: str,
    permission: str,
    scheme: str,
    now: datetime,
    expired_keys: Mapping[str, str] | None = None,
) -> SasFailure | None:
    """Check a request's decoded SAS ``fields`` the way Azure does; ``None`` when it is good.

    ``keys`` are the account's current keys by name; a signature made with one of
    ``expired_keys`` (a rotated key) is answered as an expired link, which is how the emulator
    expires every link handed out so far at a chosen moment. ``permission`` is the one letter the
    operation needs (``r`` read, ``l`` list).
    """
    sig = fields.get("sig")
    if not sig:
        return SasFailure(
            "AuthenticationFailed",
            "Server failed to authenticate the request. No signature was found in the request.",
        )
    if (
        not fields.get("sv")
        or fields.get("sr") not in ("c", "b")
        or not fields.get("se")
        or not fields.get("sp")
    ):
        return SasFailure("AuthenticationFailed", "Signature fields not well formed.")
    try:
        binascii.a2b_base64(sig.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError):
        return SasFailure("AuthenticationFailed", "Signature fields not well formed.")
    text = string_to_sign(fields, account, container, blob)

    def matches(candidates: Mapping[str, str]) -> bool:
        return any(hmac.compare_digest(sign(k, text), sig) for k in candidates.values())

    if not matches(keys):
        if expired_keys and matches(expired_keys):
            return _time_frame_failure(fields, now)
        # Azure echoes the string-to-sign (it holds no secret) so callers can debug.
        return SasFailure(
            "AuthenticationFailed",
            "Signature did not match. String to sign used was " + text.replace("\n", "\\n"),
        )
    start = parse_sas_time(fields["st"]) if fields.get("st") else None
    expiry = parse_sas_time(fields["se"])
    if expiry is None or (fields.get("st") and start is None):
        return SasFailure("AuthenticationFailed", "Signature fields not well formed.")
    if now >= expiry or (start is not None and now < start):
        return _time_frame_failure(fields, now)
    protocols = fields.get("spr", "https,http").split(",")
    if scheme not in protocols:
        return SasFailure(
            "AuthorizationProtocolMismatch",
            "This request is not authorized to perform this operation using this protocol.",
        )
    if fields["sr"] == "b" and permission == "l":
        return SasFailure(
            "AuthorizationResourceTypeMismatch",
            "This request is not authorized to perform this operation using this resource type.",
        )
    if permission not in fields["sp"]:
        return SasFailure(
            "AuthorizationPermissionMismatch",
            "This request is not authorized to perform this operation using this permission.",
        )
    return None


def _time_frame_failure(fields: Mapping[str, str], now: datetime) -> SasFailure:
    def http_date(value: str | None) -> str:
        parsed = parse_sas_time(value) if value else None
        return parsed.strftime(_HTTP_DATE) if parsed else ""

    return SasFailure(
        "AuthenticationFailed",
        f"Signature not valid in the specified time frame: Start [{http_date(fields.get('st'))}]"
        f" - Expiry [{http_date(fields.get('se'))}] - Current [{now.strftime(_HTTP_DATE)}]",
    )
