"""Raw query strings of URLs, kept byte-exact: split one off, merge two, add a SAS.

No I/O. A SAS signature re-encoded differently no longer matches, so every URL built here is
made with ``URL(..., encoded=True)`` and queries are joined parameter by parameter as given.
"""

from __future__ import annotations

from urllib.parse import unquote

from yarl import URL

__all__ = ["merge_query", "split_query", "with_sas"]


def split_query(url: URL) -> tuple[URL, str]:
    """``(url without query and fragment, raw query string)``; the query exactly as in ``url``."""
    text = str(url)
    text = text.split("#", 1)[0]
    base, _, query = text.partition("?")
    return URL(base, encoded=True), query


def _query_key(pair: str) -> str:
    return unquote(pair.partition("=")[0].replace("+", " "))


def merge_query(own: str, extra: str) -> str:
    """Raw query ``own`` plus the parameters of raw query ``extra`` whose keys ``own`` lacks.

    Both are kept byte-exact, parameter by parameter; ``own`` wins on a conflict. Unless a key
    conflicts, ``extra`` is appended exactly as given, empty pairs too: a SAS goes on the wire as
    received, behind a URL's own parameters as well as alone.
    """
    own_pairs = [p for p in own.split("&") if p]
    if not own_pairs:
        return extra
    extra_pairs = [p for p in extra.split("&") if p]
    keys = {_query_key(p) for p in own_pairs}
    if not any(_query_key(p) in keys for p in extra_pairs):
        return "&".join(own_pairs) + ("&" + extra if extra_pairs else "")
    return "&".join(own_pairs + [p for p in extra_pairs if _query_key(p) not in keys])


def with_sas(url: URL, sas_query: str) -> URL:
    """``url`` with the raw SAS query added; the url's own parameters are kept and win.

    The SAS is appended exactly as received, so its signature is sent byte for byte.
    """
    base, own = split_query(url)
    query = merge_query(own, sas_query.lstrip("?"))
    return URL(f"{base}?{query}", encoded=True) if query else base
