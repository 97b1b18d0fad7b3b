"""Paged collections: ``await paginator`` gives the first page, ``async for`` gives every item.

A list call sends its query once; every further page is the service's ``_links.next.href`` used
verbatim (the transport refuses a next link on another origin). A next link that repeats a page
already fetched stops the iteration with :class:`~itwin_mesh_async.errors.UnexpectedResponseError`
instead of looping forever, and so do :data:`MAX_EMPTY_PAGES` empty pages in a row that still
announce a next page (a server minting new links forever).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

import attrs
from yarl import URL

from .converter import structure
from .errors import InvalidArgumentError, RefusedLinkError, UnexpectedResponseError
from .models import PageLinks
from .redact import redact_url

if TYPE_CHECKING:
    from .transport import Transport

__all__ = [
    "MAX_EMPTY_PAGES",
    "MAX_PAGE_SIZE",
    "AsyncPaginator",
    "Page",
    "next_link",
    "page_params",
    "path_segment",
]

T = TypeVar("T")

MAX_PAGE_SIZE = 1000
"""The largest ``$top`` the service accepts."""

MAX_EMPTY_PAGES = 5
"""Empty pages in a row, each with a next link, after which paging stops as broken."""


def path_segment(value: str, what: str) -> str:
    """An id made safe as one URL path segment (an id can never add ``/`` or ``..`` to a path)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{what} must be a non-empty string")
    if value in {".", ".."}:
        raise InvalidArgumentError(f"{what} {value!r} is not a valid id")
    return quote(value, safe="")


def page_params(page_size: int | None, skip: int | None) -> dict[str, str]:
    """``$top``/``$skip`` query values, checked before any request is sent."""
    params: dict[str, str] = {}
    if page_size is not None:
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            kind = type(page_size).__name__
            raise InvalidArgumentError(f"page_size must be an integer, got {kind}")
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise InvalidArgumentError(
                f"page_size must be between 1 and {MAX_PAGE_SIZE} (the service's limit), "
                f"got {page_size}"
            )
        params["$top"] = str(page_size)
    if skip is not None:
        if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
            raise InvalidArgumentError(f"skip must be a non-negative integer, got {skip!r}")
        params["$skip"] = str(skip)
    return params


@attrs.frozen
class Page(Generic[T]):
    """One page of a collection: its items, the link to the next page (None on the last) and the
    page's JSON body as the service sent it."""

    items: tuple[T, ...]
    next_url: URL | None
    raw: Mapping[str, Any] = attrs.field(eq=False, repr=False)

    @property
    def has_next(self) -> bool:
        """True when the service announced another page."""
        return self.next_url is not None

    @property
    def links(self) -> PageLinks:
        """The page's ``_links`` typed: ``self_link``, ``prev``, ``next`` (each may be None)."""
        links = self.raw.get("_links")
        return structure(links, PageLinks) if isinstance(links, Mapping) else PageLinks()


def next_link(body: Any) -> str | None:
    """``_links.next.href`` of a collection body, or None when absent or empty."""
    if not isinstance(body, Mapping):
        return None
    links = body.get("_links")
    nxt = links.get("next") if isinstance(links, Mapping) else None
    href = nxt.get("href") if isinstance(nxt, Mapping) else None
    return href if isinstance(href, str) and href else None


class AsyncPaginator(Generic[T]):
    """A lazily fetched collection; nothing is requested until it is awaited or iterated.

    Each ``async for`` starts again from the first page.
    """

    def __init__(
        self,
        transport: Transport,
        path: str,
        *,
        items_key: str,
        item_type: type[T],
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        parse: Callable[[Any], T] | None = None,
    ) -> None:
        self._transport = transport
        self._path = path
        self._items_key = items_key
        self._item_type = item_type
        self._params = dict(params or {})
        self._headers = dict(headers or {})
        self._parse = parse

    def __repr__(self) -> str:
        name = self._item_type.__name__
        return f"AsyncPaginator({name}, {self._path!r}, params={self._params!r})"

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._fetch(self._path, first=True).__await__()

    def __aiter__(self) -> AsyncGenerator[T, None]:
        return self._iterate_items()

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order, following next links until there is none."""
        seen: set[str] = set()
        empty_in_a_row = 0
        page = await self._fetch(self._path, first=True, seen=seen)
        yield page
        while page.next_url is not None:
            empty_in_a_row = 0 if page.items else empty_in_a_row + 1
            if empty_in_a_row >= MAX_EMPTY_PAGES:
                raise UnexpectedResponseError(
                    f"paging stopped: {empty_in_a_row} empty pages in a row still link to a next "
                    f"one ({redact_url(page.next_url)})"
                )
            page = await self._fetch(page.next_url, first=False, seen=seen)
            yield page

    async def collect(self, limit: int | None = None) -> list[T]:
        """All items, or the first ``limit``, as a list (no page past ``limit`` is fetched)."""
        out: list[T] = []
        if limit is not None and limit <= 0:
            return out
        pages = self.pages()
        try:
            async for page in pages:
                for item in page.items:
                    out.append(item)
                    if limit is not None and len(out) >= limit:
                        return out
        finally:
            await pages.aclose()
        return out

    async def _iterate_items(self) -> AsyncGenerator[T, None]:
        pages = self.pages()
        try:
            async for page in pages:
                for item in page.items:
                    yield item
        finally:
            await pages.aclose()

    async def _fetch(
        self, where: str | URL, *, first: bool, seen: set[str] | None = None
    ) -> Page[T]:
        if seen is not None and not first:
            key = str(where)
            if key in seen:
                raise UnexpectedResponseError(
                    "paging stopped: the next link repeats a page already fetched "
                    f"({redact_url(key)})"
                )
        try:
            response = await self._transport.request(
                "GET",
                where,
                params=self._params if first else None,
                headers=self._headers,
            )
        except InvalidArgumentError as exc:
            if first:
                raise
            # The bad value came from the server (its next link), not from the caller.
            raise RefusedLinkError(f"paging stopped: the next link is refused: {exc}") from None
        if seen is not None:
            seen.add(str(where))
            seen.add(str(response.url))
        body = response.json()  # a body that is not JSON raises APIError there
        if not isinstance(body, Mapping) or not isinstance(body.get(self._items_key), list):
            raise UnexpectedResponseError(
                f"a page of {self._items_key} has no {self._items_key!r} list "
                f"({redact_url(response.url)})"
            )
        parse = self._parse or (lambda item: structure(item, self._item_type))
        items = tuple(parse(item) for item in body[self._items_key])
        href = next_link(body)
        return Page(items=items, next_url=URL(href, encoded=True) if href else None, raw=body)
