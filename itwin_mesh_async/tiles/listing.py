"""List mode: enumerate a blob container with Azure's List Blobs operation.

The XML parser and the URL building are pure; :func:`list_blobs` pages through the listing with
a fetch function supplied by the walk (the fetcher's, with its retries and the SAS), following
``NextMarker``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import NoReturn
from urllib.parse import quote, unquote
from xml.parsers import expat

import attrs
import defusedxml.ElementTree as defused
from defusedxml import DefusedXmlException
from yarl import URL

from ..errors import TileFormatError

__all__ = [
    "ListedBlob",
    "ListingPage",
    "ListingScope",
    "azure_error_code",
    "list_blobs",
    "list_entries",
    "listing_scopes",
    "listing_url",
    "parse_listing",
]

MAX_RESULTS = 5000
PARSE_IN_THREAD = 256 * 1024  # bytes of a page parsed off the event loop (~250 blobs)


class _RefusedXml(Exception):
    """The document carries a DTD, entities or external references: refused, not parsed."""


def _parse_xml(xml: bytes) -> ET.Element:
    """Parse with defusedxml, which refuses DTDs at the parser level (where XML bombs and
    external entities live) whatever the document's encoding; a listing never has one."""
    try:
        root: ET.Element = defused.fromstring(xml, forbid_dtd=True)
    except DefusedXmlException:
        raise _RefusedXml from None
    except ValueError as exc:  # expat: "multi-byte encodings are not supported" and the like
        raise ET.ParseError(str(exc)) from None
    return root


def azure_error_code(body: bytes) -> str:
    """The ``<Code>`` of an Azure Storage error document (``AuthenticationFailed``...), or ""
    for anything else (not XML, a DTD, no such element, an implausibly long code)."""
    try:
        root = _parse_xml(body)
    except _RefusedXml:
        return ""
    except ET.ParseError:
        # Only the head of an error answer is read: a cut document still names its code.
        start, end = body.find(b"<Code>"), body.find(b"</Code>")
        return body[start + 6 : end].decode("ascii", "replace") if 0 <= start < end else ""
    code = (_child_text(root, "Code") or "").strip() if _local(root.tag) == "Error" else ""
    return code if len(code) <= 80 and code.isprintable() else ""


@attrs.frozen
class ListedBlob:
    """One blob of a listing: its full name in the container and its size when given."""

    name: str
    size: int | None = None
    content_md5: str | None = None


@attrs.frozen
class ListingPage:
    """One page of a List Blobs answer."""

    blobs: list[ListedBlob]
    next_marker: str | None


@attrs.frozen
class ListingScope:
    """Where to list: the container URL and the blob-name prefix of the tileset's folder."""

    container: URL
    prefix: str


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child_text(elem: ET.Element, name: str) -> str | None:
    for child in elem:
        if _local(child.tag) == name:
            return child.text or ""
    return None


def parse_listing(xml: bytes) -> ListingPage:
    """Parse an ``EnumerationResults`` document (blobs and ``NextMarker``).

    Raises :class:`~itwin_mesh_async.errors.TileFormatError` for a DTD (refused: XML bombs) or
    a document that is not a listing.
    """
    try:
        root, blobs, next_marker = _read_listing(xml)
    except _RefusedXml:
        raise TileFormatError("listing XML carries a DTD (refused)") from None
    except (expat.ExpatError, ValueError) as exc:
        # ValueError: a multi-byte encoding expat cannot read is refused, never parsed.
        raise TileFormatError(f"listing is not well-formed XML: {exc}") from None
    if root != "EnumerationResults":
        raise TileFormatError(f"listing root is {root!r}, not EnumerationResults")
    return ListingPage(blobs, next_marker)


def _refuse(*_: object) -> NoReturn:
    raise _RefusedXml


def _read_listing(xml: bytes) -> tuple[str, list[ListedBlob], str | None]:
    """The root's name, the blobs and the marker of a listing page, read as expat streams it.

    No tree is built: a page of 5,000 blobs holds ~100,000 elements, and a tree of them
    (defusedxml's pure-Python builder) costs twice the time. A DTD is refused as defusedxml
    does it: expat calls the handler at ``<!DOCTYPE`` and stops, before any entity is declared
    or expanded. Names are compared without a namespace prefix (Azure sends none).
    """
    stack: list[str] = []  # the open elements' local names
    text: list[str] = []  # the text of the element being read
    blobs: list[ListedBlob] = []
    blob: list[str | None] = [None, None, None]  # Name, Content-Length, Content-MD5
    found: list[str | None] = [None, None]  # the root's name, NextMarker

    def start(tag: str, _attrs: object) -> None:
        if not stack:
            found[0] = tag.rpartition(":")[2]
        stack.append(tag.rpartition(":")[2])
        text.clear()

    def end(_tag: str) -> None:
        local = stack.pop()
        depth = len(stack)  # the parent's depth: 1 under the root
        if depth == 4:  # EnumerationResults/Blobs/Blob/Properties/<property>
            if stack[3] == "Properties" and stack[1] == "Blobs":
                if local == "Content-Length":
                    blob[1] = "".join(text).strip()
                elif local == "Content-MD5":
                    blob[2] = "".join(text) or None
        elif depth == 3:  # EnumerationResults/Blobs/Blob/Name
            if local == "Name" and stack[2] == "Blob" and blob[0] is None:
                blob[0] = "".join(text)
        elif depth == 2:
            # BlobPrefix entries only appear with a delimiter, which we never send.
            if local == "Blob" and stack[1] == "Blobs":
                name, length, md5 = blob
                if not name:
                    raise TileFormatError("listing has a Blob without a Name")
                size = int(length) if length and length.isdigit() else None
                blobs.append(ListedBlob(name, size, md5))
                blob[:] = [None, None, None]
        elif depth == 1 and local == "NextMarker":
            found[1] = "".join(text).strip() or None

    parser = expat.ParserCreate()
    parser.buffer_text = True  # one call per run of text, entities included
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.append
    parser.Parse(xml, True)
    return found[0] or "", blobs, found[1]


def _path_style(host: str) -> bool:
    """Azurite and other emulators put the account in the path for IP and localhost hosts."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def listing_scopes(root: URL) -> list[ListingScope]:
    """Candidate (container, prefix) pairs for the container root, most likely first.

    Azure puts the container in the first path segment; Azurite and IP-addressed endpoints put
    the account first and the container second. Both are tried (the wrong one answers an error).
    """
    segments = root.raw_path.strip("/").split("/") if root.raw_path.strip("/") else []
    origin = root.origin()
    candidates: list[int] = [2, 1] if _path_style(root.raw_host or "") else [1, 2]
    scopes: list[ListingScope] = []
    for n in candidates:
        if len(segments) < n:
            continue
        container = URL(str(origin) + "/" + "/".join(segments[:n]), encoded=True)
        rest = segments[n:]
        prefix = "/".join(unquote(s) for s in rest)
        scopes.append(ListingScope(container, prefix + "/" if prefix else ""))
    return scopes


def listing_url(scope: ListingScope, marker: str | None, max_results: int = MAX_RESULTS) -> URL:
    """The List Blobs URL of one page (without the SAS, which the fetcher adds)."""
    query = f"restype=container&comp=list&maxresults={max_results}"
    if scope.prefix:
        query += "&prefix=" + quote(scope.prefix, safe="")
    if marker:
        query += "&marker=" + quote(marker, safe="")
    return URL(f"{scope.container}?{query}", encoded=True)


async def list_blobs(
    get: Callable[[URL], Awaitable[bytes]],
    scope: ListingScope,
    *,
    max_pages: int = 100_000,
    max_empty_pages: int = 100,
) -> AsyncIterator[str]:
    """Yield the names of the blobs under ``scope``, relative to its prefix (see
    :func:`list_entries`)."""
    async for blob in list_entries(
        get, scope, max_pages=max_pages, max_empty_pages=max_empty_pages
    ):
        yield blob.name


async def list_entries(
    get: Callable[[URL], Awaitable[bytes]],
    scope: ListingScope,
    *,
    max_pages: int = 100_000,
    max_empty_pages: int = 100,
) -> AsyncIterator[ListedBlob]:
    """Yield the blobs under ``scope`` (name relative to its prefix, size, Content-MD5), page
    after page.

    ``get`` fetches a URL (adding the SAS) and returns the body, raising on an error status.
    A ``NextMarker`` that repeats is an error (the walk would never end), and so are
    ``max_empty_pages`` empty pages in a row that still carry a marker (Azure may send a few).

    The next page is asked for while this one is parsed (in a thread when it is large), with the
    marker read from the end of this page's bytes; the parsed marker decides, and a page asked
    for with a wrong guess is dropped.
    """
    marker: str | None = None
    seen_markers: set[str] = set()
    empty_in_a_row = 0
    ahead: tuple[str, asyncio.Task[bytes]] | None = None  # the next page, asked for early
    try:
        for _ in range(max_pages):
            if ahead is not None and ahead[0] == marker:
                body = await ahead[1]
            else:
                if ahead is not None:
                    _drop(ahead[1])
                body = await get(listing_url(scope, marker))
            ahead = None
            guess = _next_marker_guess(body)
            if guess is not None and guess not in seen_markers and guess != marker:
                ahead = (guess, asyncio.ensure_future(get(listing_url(scope, guess))))
            if len(body) > PARSE_IN_THREAD:
                page = await asyncio.to_thread(parse_listing, body)
            else:
                page = parse_listing(body)
            empty_in_a_row = 0 if page.blobs else empty_in_a_row + 1
            prefix = scope.prefix
            for blob in page.blobs:
                if not prefix:
                    yield blob
                elif blob.name.startswith(prefix) and len(blob.name) > len(prefix):
                    yield ListedBlob(blob.name[len(prefix) :], blob.size, blob.content_md5)
            marker = page.next_marker
            if marker is None:
                return
            if marker in seen_markers:
                raise TileFormatError("listing NextMarker repeats")
            if empty_in_a_row >= max_empty_pages:
                raise TileFormatError(f"listing sent {empty_in_a_row} empty pages in a row")
            seen_markers.add(marker)
        raise TileFormatError(f"listing has more than {max_pages} pages")
    finally:
        if ahead is not None:
            _drop(ahead[1])


def _next_marker_guess(body: bytes) -> str | None:
    """The ``NextMarker`` at the end of a UTF-8 listing page, read from its bytes (Azure writes
    it last): only a guess, to ask for the next page early; None when there is none to see."""
    start = body.rfind(b"<NextMarker>", max(0, len(body) - 4096))
    end = body.find(b"</NextMarker>", start)
    if start < 0 or end < 0:
        return None
    guess = body[start + len(b"<NextMarker>") : end]
    if not guess or b"&" in guess or b"<" in guess:
        return None  # escaped or odd: wait for the parser
    return guess.decode("utf-8", "replace").strip() or None


def _drop(task: asyncio.Task[bytes]) -> None:
    """Cancel a page asked for early and no longer wanted (its error, if any, unreported)."""
    task.cancel()
    task.add_done_callback(lambda t: t.cancelled() or t.exception())
