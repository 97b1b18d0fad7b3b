"""Unit tests of the pure URL logic: resolution, SAS merging, safe relative paths."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yarl import URL

from itwin_mesh_async.errors import UnsafeReferenceError
from itwin_mesh_async.urls import (
    container_root,
    is_data_uri,
    merge_query,
    relative_path,
    request_url,
    resolve_reference,
    same_origin,
    split_query,
    tileset_url_from_href,
    with_sas,
)

SAS = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00%3A00%3A00Z&sig=aB%2Bc%2F9%3D%3D"
HREF = f"https://acct.blob.core.windows.net/container-1/export-7?{SAS}"
ROOT = URL("https://acct.blob.core.windows.net/container-1/export-7/", encoded=True)
TILESET = URL(f"{ROOT}tileset.json?{SAS}", encoded=True)


# -- tileset_url_from_href / split_query / container_root ---------------------------------------


def test_tileset_url_from_href_appends_tileset_json_and_keeps_sas_bytes() -> None:
    url = tileset_url_from_href(HREF)
    assert str(url) == str(TILESET)
    assert url.raw_query_string == SAS
    assert "%2B" in str(url) and "%2F" in str(url) and "%3D" in str(url)


def test_tileset_url_from_href_trailing_slash_and_bare_host() -> None:
    assert str(tileset_url_from_href("http://h/c/?a=1")) == "http://h/c/tileset.json?a=1"
    assert str(tileset_url_from_href("http://h?a=1")) == "http://h/tileset.json?a=1"
    assert str(tileset_url_from_href("http://h/c")) == "http://h/c/tileset.json"


def test_tileset_url_from_href_json_path_used_as_is_and_fragment_dropped() -> None:
    assert (
        str(tileset_url_from_href("http://h/c/root.json?x=%2B#frag"))
        == "http://h/c/root.json?x=%2B"
    )
    assert str(tileset_url_from_href("http://h/c/ROOT.JSON")) == "http://h/c/ROOT.JSON"


def test_split_query() -> None:
    base, query = split_query(TILESET)
    assert query == SAS
    assert str(base) == "https://acct.blob.core.windows.net/container-1/export-7/tileset.json"
    base, query = split_query(URL("http://h/a#f", encoded=True))
    assert (str(base), query) == ("http://h/a", "")


def test_container_root() -> None:
    assert container_root(TILESET) == ROOT
    assert str(container_root(URL("http://h/tileset.json?x=1"))) == "http://h/"
    assert str(container_root(URL("http://h/a/b/"))) == "http://h/a/b/"


# -- resolve_reference ------------------------------------------------------------------------

BASE = URL("http://h/c/sub/dir/tiles.json?sig=a%2Bb", encoded=True)


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("a.glb", "http://h/c/sub/dir/a.glb"),
        ("./a.glb", "http://h/c/sub/dir/a.glb"),
        ("../a.glb", "http://h/c/sub/a.glb"),
        ("../../x/./y/../z.b3dm", "http://h/c/x/z.b3dm"),
        ("n1/n2/n3.glb", "http://h/c/sub/dir/n1/n2/n3.glb"),
        ("a.glb?v=2", "http://h/c/sub/dir/a.glb?v=2"),
        ("a.glb#frag", "http://h/c/sub/dir/a.glb"),
        ("a.glb?v=2#frag", "http://h/c/sub/dir/a.glb?v=2"),
        ("/root.glb", "http://h/root.glb"),
        ("//other/x.glb", "http://other/x.glb"),
        ("https://e/x.glb?q", "https://e/x.glb?q"),
        ("../../../../../../up.glb", "http://h/up.glb"),
        ("a%20b.glb", "http://h/c/sub/dir/a%20b.glb"),
        ("a b.glb", "http://h/c/sub/dir/a%20b.glb"),
        ("\u00fc.glb", "http://h/c/sub/dir/%C3%BC.glb"),
        ("100%.glb", "http://h/c/sub/dir/100%25.glb"),
        ("%2e%2e/x.glb", "http://h/c/sub/dir/%2e%2e/x.glb"),
        ("?q=1", "http://h/c/sub/dir/tiles.json?q=1"),
        ("", "http://h/c/sub/dir/tiles.json"),
        (".", "http://h/c/sub/dir/"),
        ("..", "http://h/c/sub/"),
    ],
)
def test_resolve_reference_rfc3986(ref: str, expected: str) -> None:
    assert str(resolve_reference(BASE, ref)) == expected


def test_resolve_reference_rfc3986_normal_examples() -> None:
    # RFC 3986 section 5.4.1, minus query inheritance (the base query is the SAS, never inherited).
    base = URL("http://a/b/c/d;p?q", encoded=True)
    cases = {
        "g": "http://a/b/c/g",
        "./g": "http://a/b/c/g",
        "g/": "http://a/b/c/g/",
        "/g": "http://a/g",
        "?y": "http://a/b/c/d;p?y",
        "g?y": "http://a/b/c/g?y",
        ";x": "http://a/b/c/;x",
        "g;x": "http://a/b/c/g;x",
        "g;x?y#s": "http://a/b/c/g;x?y",
        "./": "http://a/b/c/",
        "../": "http://a/b/",
        "../g": "http://a/b/g",
        "../..": "http://a/",
        "../../g": "http://a/g",
        "../../../g": "http://a/g",
        "/./g": "http://a/g",
        "/../g": "http://a/g",
        "g.": "http://a/b/c/g.",
        ".g": "http://a/b/c/.g",
        "g..": "http://a/b/c/g..",
        "..g": "http://a/b/c/..g",
        "./../g": "http://a/b/g",
        "./g/.": "http://a/b/c/g/",
        "g/./h": "http://a/b/c/g/h",
        "g/../h": "http://a/b/c/h",
    }
    for ref, expected in cases.items():
        assert str(resolve_reference(base, ref)) == expected, ref


def test_resolve_reference_backslashes_are_slashes_like_browsers() -> None:
    assert str(resolve_reference(BASE, "tex\\a.png")) == "http://h/c/sub/dir/tex/a.png"
    assert str(resolve_reference(BASE, "..\\a.png?q=\\")) == "http://h/c/sub/a.png?q=%5C"
    assert str(resolve_reference(BASE, "a.png#x\\y")) == "http://h/c/sub/dir/a.png"
    assert str(resolve_reference(BASE, "\\\\other\\x")) == "http://other/x"


def test_resolve_reference_keeps_percent_encoding_exact() -> None:
    url = resolve_reference(BASE, "t/x%2By%3D.glb?k=%2F%2b")
    assert str(url) == "http://h/c/sub/dir/t/x%2By%3D.glb?k=%2F%2b"
    assert url.raw_query_string == "k=%2F%2b"


# -- with_sas / merge_query / request_url ------------------------------------------------------


def test_with_sas_adds_sas_byte_exact() -> None:
    url = with_sas(resolve_reference(TILESET, "tiles/0/0.glb"), SAS)
    assert (
        str(url) == f"https://acct.blob.core.windows.net/container-1/export-7/tiles/0/0.glb?{SAS}"
    )
    assert url.raw_query_string == SAS


def test_with_sas_on_url_already_carrying_it_is_idempotent() -> None:
    assert str(with_sas(TILESET, SAS)) == str(TILESET)
    assert str(with_sas(with_sas(TILESET, SAS), SAS)) == str(TILESET)


def test_with_sas_child_params_kept_and_win() -> None:
    child = resolve_reference(TILESET, "a.glb?v=3&sp=r")
    url = with_sas(child, SAS)
    params = url.raw_query_string.split("&")
    assert params[:2] == ["v=3", "sp=r"]
    assert "sp=rl" not in params
    assert "sig=aB%2Bc%2F9%3D%3D" in params
    assert len([p for p in params if p.startswith("sp=")]) == 1


def test_with_sas_empty_and_leading_question_mark() -> None:
    url = URL("http://h/a.glb", encoded=True)
    assert str(with_sas(url, "")) == "http://h/a.glb"
    assert str(with_sas(url, "?a=%2B")) == "http://h/a.glb?a=%2B"


def test_merge_query_keys_compared_decoded() -> None:
    assert merge_query("s%69g=1", "sig=2&x=3") == "s%69g=1&x=3"
    # Without parameters of its own, the SAS goes as received (empty pairs too).
    assert merge_query("", "a=1&&b=2&") == "a=1&&b=2&"
    assert merge_query("x=1", "a=1&&b=2&") == "x=1&a=1&&b=2&"  # the SAS always byte-exact
    assert merge_query("x=1&", "&") == "x=1"
    assert merge_query("flag", "flag=1&y") == "flag&y"


def test_request_url_is_deprecated_and_signs_only_the_container_origin() -> None:
    on = URL("https://acct.blob.core.windows.net/container-1/export-7/x.glb", encoded=True)
    with pytest.deprecated_call(match="ContainerLink.sign"):
        assert request_url(on, ROOT, SAS).raw_query_string == SAS
    for other in (
        "https://evil.example/x.glb",
        "http://acct.blob.core.windows.net/container-1/export-7/x.glb",
        "https://acct.blob.core.windows.net:8443/container-1/export-7/x.glb",
    ):
        url = URL(other, encoded=True)
        with pytest.deprecated_call():
            assert "sig" not in str(request_url(url, ROOT, SAS))


def test_same_origin() -> None:
    assert same_origin(URL("http://H:80/a"), URL("http://h/b"))
    assert same_origin(URL("https://h/a"), URL("https://h:443/b"))
    assert not same_origin(URL("http://h/a"), URL("https://h/a"))
    assert not same_origin(URL("http://h:81/a"), URL("http://h/a"))
    assert not same_origin(URL("http://h/a"), URL("http://g/a"))
    assert not same_origin(URL("/a"), URL("/a"))


def test_is_data_uri() -> None:
    assert is_data_uri("data:application/octet-stream;base64,AAAA")
    assert is_data_uri(" DATA:,x")
    assert not is_data_uri("database.glb")


# -- relative_path ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("tileset.json", "tileset.json"),
        ("a/b/c.glb?v=1", "a/b/c.glb"),
        ("a/../b.glb", "b.glb"),
        ("a%20b/%C3%BC.glb", "a b/\u00fc.glb"),
        ("x%2By.glb", "x+y.glb"),
        ("100%.glb", "100%.glb"),
    ],
)
def test_relative_path_ok(ref: str, expected: str) -> None:
    assert relative_path(ROOT, resolve_reference(TILESET, ref)) == expected


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        ("../x.glb", "outside the container root"),
        ("../../x.glb", "outside the container root"),
        ("/etc/passwd", "outside the container root"),
        ("/container-1/export-7x/a.glb", "outside the container root"),
        ("%2e%2e/x.glb", "dot segment"),
        ("%2E%2E/%2E%2E/x.glb", "dot segment"),
        ("a/%2e/x.glb", "dot segment"),
        ("..%2fx.glb", "encoded slash"),
        ("%2e%2e%2fx.glb", "encoded slash"),
        ("..%5cx.glb", "encoded slash or backslash"),
        ("..\\x.glb", "outside the container root"),
        ("..\\..\\x.glb", "outside the container root"),
        ("\\\\evil.example\\x.glb", "leaves the container's host"),
        ("a%5c..%5c..%5cx.glb", "encoded slash or backslash"),
        ("a%00.glb", "NUL or control"),
        ("a%0a.glb", "NUL or control"),
        ("a//b.glb", "empty path segment"),
        ("sub/", "empty path segment"),
        ("./", "names the container root"),
        ("sub/C:x.glb", "drive letter"),
        ("C:%5cwin.glb", "scheme 'c'"),
        ("c%3a/x.glb", "drive letter"),
        ("sub/ab:c.glb", "':'"),
        ("a:b.glb", "scheme 'a'"),
        ("%ff.glb", "UTF-8"),
        ("x" * 300 + ".glb", "longer than"),
        ("http://evil.example/x.glb", "leaves the container's host"),
        ("//evil.example/x.glb", "leaves the container's host"),
        (f"http://{ROOT.host}/container-1/export-7/x.glb", "leaves the container's host"),
        ("file:///etc/passwd", "scheme 'file'"),
        ("data:,abc", "scheme 'data'"),
        ("C:/win/x.glb", "scheme 'c'"),
    ],
)
def test_relative_path_refuses(ref: str, reason: str) -> None:
    url = resolve_reference(TILESET, ref)
    with pytest.raises(UnsafeReferenceError) as info:
        relative_path(ROOT, url)
    assert reason in str(info.value)
    assert "sig=" not in str(info.value) and "aB%2B" not in str(info.value)


def test_relative_path_root_itself_is_refused() -> None:
    with pytest.raises(UnsafeReferenceError, match="names the container root"):
        relative_path(ROOT, ROOT)


def test_resolve_reference_invalid_authority_is_refused() -> None:
    with pytest.raises(UnsafeReferenceError, match="not a valid URL"):
        resolve_reference(TILESET, "//h:port/x.glb")


def test_relative_path_root_without_trailing_slash_uses_its_directory() -> None:
    assert relative_path(URL("http://h/c/tileset.json"), URL("http://h/c/a.glb")) == "a.glb"


def test_relative_path_error_message_has_no_signature() -> None:
    url = with_sas(URL("https://evil.example/x.glb", encoded=True), SAS)
    with pytest.raises(UnsafeReferenceError) as info:
        relative_path(ROOT, url)
    assert "aB%2B" not in str(info.value) and "aB%2B" not in repr(info.value)


# -- properties ---------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [
        "a",
        "b",
        "/",
        ".",
        "..",
        "%2e",
        "%2E",
        "%2f",
        "%5c",
        "\\",
        "%00",
        "?",
        "#",
        ":",
        "%",
        " ",
        "C:",
        "//",
        "%25",
        "\u00e9",
        "x.glb",
        "%2e%2e",
        "~",
        "&",
        "=",
        "http://",
        "file:",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_ALPHABET, max_size=14).map("".join))
def test_relative_path_never_escapes(ref: str) -> None:
    try:
        path = relative_path(ROOT, resolve_reference(TILESET, ref))
    except UnsafeReferenceError:
        return
    parts = path.split("/")
    assert path and not path.startswith("/")
    assert all(p not in ("", ".", "..") for p in parts)
    assert "\\" not in path and "\x00" not in path and ":" not in path
    assert posixpath.normpath(path) == path
    # Re-joined under any DEST it stays inside DEST.
    joined = posixpath.normpath(posixpath.join("/dest", path))
    assert joined.startswith("/dest/")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["%2B", "%2F", "%3D", "%2b", "a", "Z", "9", "-", "_"]), min_size=1
    ).map("".join),
    st.sampled_from(["a.glb", "x/y.b3dm?v=1", "../e/t.json", "q.glb?sig=child"]),
)
def test_sas_bytes_survive_resolve_and_with_sas(sig: str, ref: str) -> None:
    sas = f"sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sig={sig}"
    tileset = tileset_url_from_href(f"https://h/c/e?{sas}")
    url = with_sas(resolve_reference(tileset, ref), tileset.raw_query_string)
    params = url.raw_query_string.split("&")
    if "sig=child" in params:
        assert f"sig={sig}" not in params
    else:
        assert f"sig={sig}" in params
        assert sas in str(url)
