"""List Blobs XML (read by expat as it streams) and error XML (defusedxml): a DTD (entity bombs,
external entities) is refused at the parser level, in whatever encoding the document comes
(UTF-16 included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import web

from itwin_mesh_async.errors import DownloadError, TileFormatError
from itwin_mesh_async.tiles import TileWalker
from itwin_mesh_async.tiles.listing import azure_error_code, parse_listing
from tests.helpers import serve_app

SAS = "sv=1&sr=c&sp=rl&sig=bG9uZ2VyLXNpZw%3D%3D"


def _bomb(encoding: str) -> bytes:
    # Ten levels of ten: a billion "lol"s once expanded; a few bytes on the wire.
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        f"<!DOCTYPE EnumerationResults [{''.join(entities)}]>\n"
        "<EnumerationResults><Blobs><Blob><Name>&lol9;</Name></Blob></Blobs>"
        "<NextMarker/></EnumerationResults>"
    )
    return text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_bombs_are_refused_in_any_encoding(encoding: str) -> None:
    with pytest.raises(TileFormatError, match="DTD"):
        parse_listing(_bomb(encoding))
    # A multi-byte encoding expat cannot read is refused as not XML, never parsed.
    with pytest.raises(TileFormatError, match="not well-formed"):
        parse_listing(_bomb("utf-16-le"))


def test_listing_in_utf16_without_a_dtd_still_parses() -> None:
    doc = (
        '<?xml version="1.0" encoding="utf-16"?><EnumerationResults><Blobs><Blob>'
        "<Name>a/b.glb</Name><Properties><Content-Length>12</Content-Length></Properties>"
        "</Blob></Blobs><NextMarker>m2</NextMarker></EnumerationResults>"
    ).encode("utf-16")
    page = parse_listing(doc)
    assert [(b.name, b.size) for b in page.blobs] == [("a/b.glb", 12)]
    assert page.next_marker == "m2"


def test_error_code_is_read_safely() -> None:
    ok = b'<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code></Error>'
    assert azure_error_code(ok) == "AuthenticationFailed"
    assert azure_error_code(ok.decode().encode("utf-16")) == "AuthenticationFailed"
    bomb = _bomb("utf-16").replace(b"E\x00n\x00u\x00m\x00", b"E\x00r\x00r\x00o\x00")
    assert azure_error_code(bomb) == ""
    assert azure_error_code(b"not xml") == ""
    assert azure_error_code(ok[:-5]) == "AuthenticationFailed"  # only the head was read
    assert azure_error_code(b"<Error><Code>" + b"x" * 200 + b"</Code></Error>") == ""


async def test_list_mode_refuses_a_bomb_from_the_server(tmp_path: Path) -> None:
    async def handle(request: web.Request) -> web.Response:
        if request.query.get("comp") == "list":
            return web.Response(body=_bomb("utf-16"), content_type="application/xml")
        return web.Response(status=404)

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    async with serve_app(app) as origin:
        with pytest.raises((DownloadError, TileFormatError), match="DTD"):
            await TileWalker(concurrency=2).download(
                f"{origin}/acct/c/tileset.json?{SAS}", tmp_path / "out", mode="list"
            )
