"""The link to an export's blob container: the one owner of the SAS. Pure: no I/O.

A :class:`ContainerLink` is built once from ``_links.mesh.href`` (or a tileset URL a caller
passes) and holds the container root, the raw SAS query exactly as received, its expiry and the
tileset URL. :meth:`ContainerLink.sign` is the only code that adds the SAS to a request and the
only code that refuses to send it to another origin; :meth:`ContainerLink.renewed` takes a
fresh href of the same container.
"""

from __future__ import annotations

from datetime import datetime

import attrs
from yarl import URL

from .errors import DownloadError, TileError
from .redact import redact_url, remember_query_secrets
from .sas import parse_sas
from .urls import (
    ReferenceResolver,
    container_root,
    same_origin,
    split_query,
    tileset_url_from_href,
    tileset_url_from_target,
    with_sas,
)

__all__ = ["ContainerLink"]


def _as_url(url: str | URL) -> URL:
    return url if isinstance(url, URL) else URL(url, encoded=True)


@attrs.frozen(repr=False)
class ContainerLink:
    """A container's root URL and its SAS query, kept byte-exact (empty pairs included).

    Made from the tileset URL (``<root>tileset.json?<SAS>``, or the tileset an href names; see
    :meth:`from_href`): ``root`` is its folder, ``query`` the SAS exactly as received,
    ``expires_at`` the SAS ``se`` time (None when it has none). Frozen: a renewal gives a new
    link (:meth:`renewed`). Its repr hides the signature.
    """

    tileset_url: URL = attrs.field(converter=_as_url)
    root: URL = attrs.field(init=False)
    query: str = attrs.field(init=False)
    expires_at: datetime | None = attrs.field(init=False)
    resolver: ReferenceResolver = attrs.field(init=False, eq=False)
    _signing: str = attrs.field(init=False, eq=False)  # the query as appended to a bare URL

    def __attrs_post_init__(self) -> None:
        tileset, query = split_query(self.tileset_url)
        root = container_root(tileset)
        expires_at = parse_sas(query).expires_at if query else None
        remember_query_secrets(query)  # redacted from every message, in any encoding
        for name, value in (
            ("root", root),
            ("query", query),
            ("expires_at", expires_at),
            ("resolver", ReferenceResolver(root)),
            ("_signing", query.lstrip("?")),
        ):
            object.__setattr__(self, name, value)

    @classmethod
    def from_href(cls, href: str) -> ContainerLink:
        """The link of a container href (``_links.mesh.href``): its query is the SAS."""
        return cls(tileset_url_from_href(href))

    @classmethod
    def from_target(cls, target: str | URL | ContainerLink) -> ContainerLink:
        """The link of a URL a caller passes (a container or tileset URL, query byte-exact).

        Raises :class:`~itwin_mesh_async.errors.InvalidArgumentError` unless it is an absolute
        http(s) URL.
        """
        if isinstance(target, ContainerLink):
            return target
        return cls(tileset_url_from_target(target))

    def __repr__(self) -> str:
        expires = self.expires_at.isoformat() if self.expires_at else None
        return f"ContainerLink({redact_url(self.tileset_url)!r}, expires_at={expires!r})"

    @property
    def tileset(self) -> URL:
        """The tileset URL without the SAS (what references in it resolve against)."""
        return split_query(self.tileset_url)[0]

    def sign(self, url: URL) -> URL:
        """``url`` with the SAS added; the SAS goes only to the container's own origin.

        A URL without a query of its own gets the SAS exactly as received; a URL with one keeps
        its parameters, which win over the SAS's. Raises
        :class:`~itwin_mesh_async.errors.TileError` for a URL on another scheme, host or port.
        """
        # Hot path: a URL under a plain root, without a query (as resolved references are).
        fast = self.resolver.signed(url, self._signing)
        if fast is not None:
            return fast
        if not same_origin(url, self.root):
            raise TileError("refusing to send the SAS to another host", url=str(url))
        return with_sas(url, self.query)

    def renewed(self, fresh: str | URL | ContainerLink) -> ContainerLink:
        """The link a fresh href (or tileset URL) gives; refuses another container.

        Raises :class:`~itwin_mesh_async.errors.DownloadError` when ``fresh`` points at
        another container (the files of one export must not be mixed with another's).
        """
        link = fresh if isinstance(fresh, ContainerLink) else self.from_href(str(fresh))
        if link.root != self.root:
            raise DownloadError(
                "the renewed link points at another container; start the download again"
            )
        return link
