"""Pure URL logic for tilesets in a blob container: resolution, SAS merging, safe local paths.

No I/O. Every URL built here is made with ``URL(..., encoded=True)`` so that the bytes of a SAS
query (``%2B``, ``%2F``, ``%3D`` in the signature) reach the server exactly as received: a
signature re-encoded differently no longer matches.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from urllib.parse import unquote

from yarl import URL

from .errors import InvalidArgumentError, UnsafeReferenceError
from .redact import redact_url
from .url_query import merge_query, split_query, with_sas

__all__ = [
    "ReferenceResolver",
    "container_root",
    "is_data_uri",
    "merge_query",
    "relative_path",
    "request_url",
    "resolve_reference",
    "same_origin",
    "split_query",
    "tileset_url_from_href",
    "tileset_url_from_target",
    "with_sas",
]

# RFC 3986 appendix B: scheme, authority, path, query, fragment of any reference.
_REF = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.S)
# Characters that may stand unescaped in a URI (reserved + unreserved + "%"); anything else
# (space, non-ASCII, backslash, quotes, controls) is percent-encoded as UTF-8.
_URI_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
)
_HEX = frozenset("0123456789abcdefABCDEF")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_FETCHABLE_SCHEMES = frozenset(_DEFAULT_PORTS)
_DRIVE = re.compile(r"^[A-Za-z]:")
# Longest file name most file systems accept, in bytes.
_MAX_NAME_BYTES = 255


def _quote_unsafe(text: str) -> str:
    """Percent-encode what may not stand in a URI; keep valid ``%XX`` escapes untouched."""
    if all(c in _URI_CHARS for c in text) and "%" not in text:
        return text
    out: list[str] = []
    n = len(text)
    for i, c in enumerate(text):
        if c == "%":
            # A stray "%" (not a valid escape) is itself escaped, as browsers do.
            valid = i + 2 < n and text[i + 1] in _HEX and text[i + 2] in _HEX
            out.append("%" if valid else "%25")
        elif c in _URI_CHARS:
            out.append(c)
        else:
            out.append("".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass")))
    return "".join(out)


def is_data_uri(ref: str) -> bool:
    """True for an inline ``data:`` URI (never fetched, never a file)."""
    return ref.lstrip()[:5].lower() == "data:"


def tileset_url_from_href(href: str) -> URL:
    """The tileset URL for a container href: ``<path>/tileset.json?<query>``.

    The query (the SAS) is kept byte-exact. An href whose path already ends in ``.json`` names the
    tileset itself and is used as is (minus any fragment).
    """
    text = href.strip().split("#", 1)[0]
    base, sep, query = text.partition("?")
    if not base.lower().endswith(".json"):
        # A bare origin ("https://host") has no path: keep the authority's own slash.
        m = _REF.match(base)
        path = m.group(3) if m else ""
        base = base + "tileset.json" if path.endswith("/") else base + "/tileset.json"
    return URL(base + (sep + query if sep else ""), encoded=True)


def tileset_url_from_target(target: str | URL) -> URL:
    """The tileset URL of a URL a caller passes (a container or tileset URL, any query).

    As :func:`tileset_url_from_href`; raises
    :class:`~itwin_mesh_async.errors.InvalidArgumentError` unless it is an absolute http(s) URL.
    """
    text = str(target)
    try:
        url = tileset_url_from_href(text)
        # yarl checks the authority lazily: reading host and port checks it now.
        valid = url.scheme in ("http", "https") and bool(url.host) and url.port is not None
    except ValueError:  # a port out of range, a broken IPv6 literal...
        valid = False
    if not valid:
        raise InvalidArgumentError(f"not an absolute http(s) URL: {redact_url(text.strip())!r}")
    return url


def container_root(tileset_url: URL) -> URL:
    """The directory holding the tileset: no query, no fragment, ending in ``/``."""
    base, _ = split_query(tileset_url)
    text = str(base)
    m = _REF.match(text)
    assert m is not None  # the pattern matches every string
    path = m.group(3) or "/"
    head = text[: len(text) - len(m.group(3))]
    return URL(head + path[: path.rfind("/") + 1], encoded=True)


def _browser_slashes(ref: str, base: URL) -> str:
    """Backslashes before the query are path separators in http(s) URLs, as browsers (and so
    3D Tiles viewers) read them; tiles written on Windows use them. Escapes stay escapes."""
    if "\\" not in ref or (base.scheme or "").lower() not in _FETCHABLE_SCHEMES:
        return ref
    head, sep, tail = ref.partition("?")
    if "#" in head:
        head, hsep, frag = head.partition("#")
        return head.replace("\\", "/") + hsep + frag + sep + tail
    return head.replace("\\", "/") + sep + tail


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, on the raw (still percent-encoded) path."""
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == ".":
            if last:
                out.append("")
        elif seg == "..":
            if len(out) > 1 or (out and out[0] != ""):
                out.pop()
            if last:
                out.append("")
        else:
            out.append(seg)
    result = "/".join(out)
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result


def _merge_paths(base_path: str, ref_path: str, base_has_authority: bool) -> str:
    if base_has_authority and base_path == "":
        return "/" + ref_path
    return base_path[: base_path.rfind("/") + 1] + ref_path


def resolve_reference(base: URL, ref: str) -> URL:
    """Resolve ``ref`` against the URL of the file that holds it (RFC 3986 section 5.2).

    The base's query is not inherited (it is the SAS, applied separately by :func:`with_sas`);
    the reference's own query is kept; fragments are dropped. Existing percent-escapes are kept
    byte-exact; characters that may not stand in a URI (spaces, non-ASCII) are escaped; a
    backslash in the path is a slash, as browsers read it.
    Raises :class:`~itwin_mesh_async.errors.UnsafeReferenceError` when the result is not a
    valid URL (a port that is not a number, say).
    """
    m = _REF.match(_quote_unsafe(_browser_slashes(ref.strip(), base)))
    assert m is not None
    r_scheme, r_auth, r_path, r_query = m.group(1), m.group(2), m.group(3), m.group(4)
    bm = _REF.match(str(split_query(base)[0]))
    assert bm is not None
    b_scheme, b_auth, b_path = bm.group(1), bm.group(2), bm.group(3)
    if r_scheme is not None:
        scheme, auth, path = r_scheme, r_auth, _remove_dot_segments(r_path)
    elif r_auth is not None:
        scheme, auth, path = b_scheme, r_auth, _remove_dot_segments(r_path)
    else:
        scheme, auth = b_scheme, b_auth
        if r_path == "":
            path = b_path
        elif r_path.startswith("/"):
            path = _remove_dot_segments(r_path)
        else:
            path = _remove_dot_segments(_merge_paths(b_path, r_path, b_auth is not None))
    text = f"{scheme}:" if scheme is not None else ""
    if auth is not None:
        text += f"//{auth}"
    text += path
    if r_query is not None:
        text += f"?{r_query}"
    try:
        url = URL(text, encoded=True)
        _ = url.explicit_port, url.raw_host  # yarl checks the authority lazily: check it now
    except ValueError:
        # Only the authority can be invalid here (a port that is not a number, say).
        where = text.partition("?")[0]
        raise UnsafeReferenceError("reference is not a valid URL", url=where) from None
    return url


def request_url(url: URL, container: URL, sas_query: str) -> URL:
    """Deprecated: :meth:`~itwin_mesh_async.container.ContainerLink.sign` decides."""
    warnings.warn("urls.request_url is deprecated; use ContainerLink.sign", DeprecationWarning, 2)
    return with_sas(url, sas_query) if same_origin(url, container) else url


def _origin(url: URL) -> tuple[str, str, int | None]:
    scheme = (url.scheme or "").lower()
    port = url.explicit_port or _DEFAULT_PORTS.get(scheme)
    return scheme, (url.raw_host or "").lower(), port


def same_origin(a: URL, b: URL) -> bool:
    """Same scheme, host (case-insensitive) and port (default ports made explicit)."""
    return a.is_absolute() and b.is_absolute() and _origin(a) == _origin(b)


def _decode_segment(raw: str, where: str) -> str:
    try:
        return unquote(raw, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        reason = "path is not valid UTF-8 once percent-decoded"
        raise UnsafeReferenceError(reason, url=where) from None


def _check_name(name: str, where: str) -> None:
    """Refuse a path segment that is not a plain, portable file or folder name."""
    if name == "":
        raise UnsafeReferenceError("empty path segment ('//' or trailing '/')", url=where)
    if name in (".", ".."):
        reason = f"dot segment {name!r} in path (also when percent-encoded)"
        raise UnsafeReferenceError(reason, url=where)
    if "/" in name or "\\" in name:
        raise UnsafeReferenceError("encoded slash or backslash inside a path segment", url=where)
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise UnsafeReferenceError("NUL or control character in path", url=where)
    if _DRIVE.match(name):
        raise UnsafeReferenceError("Windows drive letter in path", url=where)
    if ":" in name:
        raise UnsafeReferenceError("':' in a file name is not portable", url=where)
    if len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        raise UnsafeReferenceError(f"file name longer than {_MAX_NAME_BYTES} bytes", url=where)


def relative_path(root: URL, url: URL) -> str:
    """The path of ``url`` under the container root directory ``root`` (a URL ending in ``/``).

    The result is a clean POSIX relative path, percent-decoded, without query: usable as a file
    path under DEST. Raises :class:`~itwin_mesh_async.errors.UnsafeReferenceError` with the
    reason when ``url`` leaves the container: another scheme, host or port, a path outside the
    root (``..`` plain or percent-encoded, absolute paths), encoded slashes or backslashes, NUL or
    control characters, drive letters, or a name unsafe on disk.
    """
    where = str(split_query(url)[0])
    scheme = (url.scheme or "").lower()
    if scheme not in _FETCHABLE_SCHEMES:
        raise UnsafeReferenceError(f"scheme {scheme or '(none)'!r} is not fetched", url=where)
    if not same_origin(root, url):
        raise UnsafeReferenceError("reference leaves the container's host", url=where)
    root_raw = root.raw_path
    if not root_raw.endswith("/"):
        root_raw = root_raw[: root_raw.rfind("/") + 1]
    root_segments = [_decode_segment(s, where) for s in root_raw.split("/")[:-1]]
    raw_segments = url.raw_path.split("/")
    segments = [_decode_segment(s, where) for s in raw_segments]
    n = len(root_segments)
    if len(segments) <= n or segments[:n] != root_segments:
        raise UnsafeReferenceError("path is outside the container root", url=where)
    rest = segments[n:]
    if rest == [""]:
        raise UnsafeReferenceError("reference names the container root, not a file", url=where)
    for name in rest:
        _check_name(name, where)
    return "/".join(rest)


# A plain relative reference: segments of unreserved and sub-delimiter characters only (no "%",
# ":", "?", "#", backslash, space, control or non-ASCII character), none of them "." or "..",
# none empty or over the name limit. Resolving one is string concatenation and its path needs no
# decoding: the common case of a tileset's references, and the per-file hot path of a download.
_PLAIN_SEGMENT = rf"(?!\.\.?(?:/|\Z))[A-Za-z0-9._~!$&'()*+,;=@-]{{1,{_MAX_NAME_BYTES}}}"
_PLAIN_REF = re.compile(rf"{_PLAIN_SEGMENT}(?:/{_PLAIN_SEGMENT})*")
_PLAIN_DIR = re.compile(rf"(?:{_PLAIN_SEGMENT}/)*")
_LEADING_DOTS = re.compile(r"(?:\.\.?/)*")  # "./" and "../" before a plain reference


def _plain_prefix(root: URL) -> str | None:
    """``str(root)`` when references under ``root`` may take the fast path: an http(s) root
    with a valid authority, no query or fragment, and a plain path ending in ``/``."""
    text = str(root)
    m = _REF.match(text)
    assert m is not None
    scheme, auth, path, query, fragment = m.groups()
    try:
        _ = root.explicit_port, root.raw_host  # yarl checks the authority lazily
    except ValueError:
        return None
    if (
        not root.is_absolute()
        or (scheme or "").lower() not in _FETCHABLE_SCHEMES
        or not auth
        or query is not None
        or fragment is not None
        or not path.startswith("/")
        or not _PLAIN_DIR.fullmatch(path, 1)
    ):
        return None
    return text


class ReferenceResolver:
    """:func:`resolve_reference` then :func:`relative_path` under one container ``root``.

    A plain relative reference (see ``_PLAIN_REF``), after any ``./`` and ``../`` that stay
    under the root, in a file whose folder is a plain folder under the root is resolved with
    string operations; anything else takes the general path.
    Both give the same URL and path (tests/test_fast_paths.py checks it against the general
    path on generated references).
    """

    __slots__ = ("_prefix", "root")

    def __init__(self, root: URL) -> None:
        self.root = root
        self._prefix = _plain_prefix(root)

    def resolve(self, base: URL, ref: str) -> tuple[URL, str]:
        """``(url, path)`` of ``ref`` found in the file at ``base``; raises
        :class:`~itwin_mesh_async.errors.UnsafeReferenceError` as the general path does."""
        prefix = self._prefix
        if prefix is not None:
            leading = _LEADING_DOTS.match(ref)
            dots = leading.end() if leading else 0
            rest = ref[dots:] if dots else ref
            if _PLAIN_REF.fullmatch(rest):
                text = str(base)
                if text.startswith(prefix) and "?" not in text and "#" not in text:
                    cut = text.rfind("/") + 1
                    folder = text[len(prefix) : cut]
                    if _PLAIN_DIR.fullmatch(folder):
                        up = ref.count("../", 0, dots)
                        if up:  # each "../" leaves one folder; above the root: general path
                            names = folder.split("/")[:-1]
                            folder = "".join(f"{n}/" for n in names[: len(names) - up])
                            up = up > len(names)
                        if not up:
                            return URL(prefix + folder + rest, encoded=True), folder + rest
        url = resolve_reference(base, ref)
        return url, relative_path(self.root, url)

    def signed(self, url: URL, query: str) -> URL | None:
        """``with_sas(url, query)`` for a URL under the root without query of its own (as the
        fast path makes them); None when the general path must decide. ``query`` must be
        normalised already (as :func:`merge_query` returns it)."""
        prefix = self._prefix
        if prefix is None:
            return None
        text = str(url)
        if not text.startswith(prefix) or "?" in text or "#" in text:
            return None
        return URL(f"{text}?{query}" if query else text, encoded=True)
