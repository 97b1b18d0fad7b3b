"""Azure "List Blobs" paging and its EnumerationResults XML, and Azure's error XML.

Pure: no I/O. Markers are opaque to clients, as Azure's are: they encode the name of the next
blob to return, so paging stays correct while blobs are added or removed between calls.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

import attrs

__all__ = [
    "DEFAULT_MAX_RESULTS",
    "BlobEntry",
    "ListingError",
    "ListingPage",
    "decode_marker",
    "encode_marker",
    "error_xml",
    "http_date",
    "list_page",
    "parse_max_results",
    "render_listing",
]

DEFAULT_MAX_RESULTS = 5000


def http_date(moment: datetime) -> str:
    """RFC 1123 date as Azure writes it (``Sun, 22 Nov 2026 16:10:12 GMT``)."""
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


@attrs.frozen
class BlobEntry:
    """What a listing shows of one blob."""

    name: str
    size: int
    content_type: str
    etag: str  # unquoted, e.g. 0x8DC1234ABCD
    last_modified: datetime
    content_md5: str | None = None
    content_encoding: str | None = None


@attrs.frozen
class ListingPage:
    """One page: the blobs, the virtual directories (with a delimiter) and the next marker."""

    blobs: tuple[BlobEntry, ...]
    prefixes: tuple[str, ...]
    next_marker: str


class ListingError(ValueError):
    """A query parameter Azure would refuse; ``code`` is Azure's error code (HTTP 400)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def encode_marker(name: str) -> str:
    """Opaque marker for "continue at blob ``name``"."""
    return "2!" + base64.urlsafe_b64encode(name.encode("utf-8")).decode("ascii")


def decode_marker(marker: str) -> str:
    """The blob name a marker continues at; :class:`ListingError` if it is not one of ours."""
    if not marker.startswith("2!"):
        raise ListingError("OutOfRangeInput", "One of the request inputs is out of range.")
    try:
        raw = base64.b64decode(marker[2:].encode("ascii"), altchars=b"-_", validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise ListingError("OutOfRangeInput", "One of the request inputs is out of range.") from exc


def parse_max_results(value: str | None) -> int:
    """``maxresults`` as Azure reads it: default and ceiling 5000, 400 below 1 or not a number."""
    if value is None or value == "":
        return DEFAULT_MAX_RESULTS
    try:
        number = int(value)
    except ValueError as exc:
        raise ListingError(
            "InvalidQueryParameterValue",
            f"Value for one of the query parameters specified in the request URI is invalid: "
            f"maxresults={value}",
        ) from exc
    if number < 1:
        raise ListingError(
            "OutOfRangeQueryParameterValue",
            "One of the query parameters specified in the request URI is outside the "
            f"permissible range: maxresults={number}",
        )
    return min(number, DEFAULT_MAX_RESULTS)


def list_page(
    entries: Iterable[BlobEntry],
    *,
    prefix: str = "",
    marker: str = "",
    max_results: int = DEFAULT_MAX_RESULTS,
    delimiter: str = "",
) -> ListingPage:
    """Select one page of ``entries`` (any order) as List Blobs does: sorted by name."""
    start = decode_marker(marker) if marker else ""
    ordered = sorted((e for e in entries if e.name.startswith(prefix)), key=lambda e: e.name)
    blobs: list[BlobEntry] = []
    prefixes: list[str] = []
    count = 0
    for entry in ordered:
        if start and entry.name < start:
            continue
        if delimiter:
            cut = entry.name.find(delimiter, len(prefix))
            if cut >= 0:
                virtual = entry.name[: cut + len(delimiter)]
                if prefixes and prefixes[-1] == virtual:
                    continue
                # A virtual directory already listed on an earlier page is skipped.
                if start and virtual < start and start.startswith(virtual):
                    continue
                if count == max_results:
                    return ListingPage(tuple(blobs), tuple(prefixes), encode_marker(virtual))
                prefixes.append(virtual)
                count += 1
                continue
        if count == max_results:
            return ListingPage(tuple(blobs), tuple(prefixes), encode_marker(entry.name))
        blobs.append(entry)
        count += 1
    return ListingPage(tuple(blobs), tuple(prefixes), "")


def _element(tag: str, value: str | None) -> str:
    return f"<{tag}>{escape(value)}</{tag}>" if value else f"<{tag} />"


def render_listing(
    page: ListingPage,
    *,
    service_endpoint: str,
    container: str,
    prefix: str = "",
    marker: str = "",
    max_results: int | None = None,
    delimiter: str = "",
) -> bytes:
    """Azure's ``EnumerationResults`` document for ``page``."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<EnumerationResults ServiceEndpoint="{escape(service_endpoint, {chr(34): "&quot;"})}"'
        f' ContainerName="{escape(container, {chr(34): "&quot;"})}">',
        _element("Prefix", prefix),
        _element("Marker", marker),
    ]
    if max_results is not None:
        parts.append(f"<MaxResults>{max_results}</MaxResults>")
    if delimiter:
        parts.append(_element("Delimiter", delimiter))
    parts.append("<Blobs>")
    for blob in page.blobs:
        parts.append(
            "<Blob>"
            + _element("Name", blob.name)
            + "<Properties>"
            + _element("Creation-Time", http_date(blob.last_modified))
            + _element("Last-Modified", http_date(blob.last_modified))
            + _element("Etag", blob.etag)
            + f"<Content-Length>{blob.size}</Content-Length>"
            + _element("Content-Type", blob.content_type)
            + _element("Content-Encoding", blob.content_encoding)
            + _element("Content-Language", None)
            + _element("Content-MD5", blob.content_md5)
            + _element("Cache-Control", None)
            + _element("Content-Disposition", None)
            + "<BlobType>BlockBlob</BlobType><AccessTier>Hot</AccessTier>"
            "<AccessTierInferred>true</AccessTierInferred><LeaseStatus>unlocked</LeaseStatus>"
            "<LeaseState>available</LeaseState><ServerEncrypted>true</ServerEncrypted>"
            "</Properties><OrMetadata /></Blob>"
        )
    parts.extend(f"<BlobPrefix>{_element('Name', p)}</BlobPrefix>" for p in page.prefixes)
    parts.append("</Blobs>")
    parts.append(_element("NextMarker", page.next_marker))
    parts.append("</EnumerationResults>")
    return "".join(parts).encode("utf-8")


def error_xml(
    code: str, message: str, *, request_id: str, time: str, extra: Sequence[tuple[str, str]] = ()
) -> bytes:
    """Azure Storage's error body: ``<Error><Code/><Message/>...</Error>``."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?><Error>'
        + _element("Code", code)
        + _element("Message", f"{message}\nRequestId:{request_id}\nTime:{time}")
        + "".join(_element(tag, value) for tag, value in extra)
        + "</Error>"
    )
    return body.encode("utf-8")
