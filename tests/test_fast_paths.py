"""Every fast path of the per-file download path against the general path it short-cuts.

The fast paths (plain relative references resolved by string operations, request URLs signed by
concatenation, ...) must give exactly what the general path gives, on any input: these tests
generate references, folders and roots mixing plain characters with every character that sends
a reference to the general path, and compare results and errors.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from yarl import URL

from itwin_mesh_async import urls
from itwin_mesh_async.errors import UnsafeReferenceError
from itwin_mesh_async.tiles.fetch import Link
from itwin_mesh_async.urls import (
    ReferenceResolver,
    merge_query,
    relative_path,
    resolve_reference,
    same_origin,
    with_sas,
)

ROOTS = [
    "http://127.0.0.1:8080/c/export/",
    "https://Blob.Example:443/c/",
    "HTTP://h:80/c/x/",
    "http://h/",
    "http://h/c/./x/",  # a dot segment in the root: general path only
    "http://h/c%20d/",  # an escape in the root: general path only
    "http://h/c%FF/",  # not UTF-8 once decoded: every file refused
    "http://u@h:8080/c/",
    "ftp://h/c/",
]
# Plain characters, with the ones that make a reference not plain.
PIECES = st.one_of(
    st.sampled_from(["a", "t", "0", "glb", ".", "..", "-", "_", "~", "'", "+", "=", "@", "$"]),
    st.sampled_from(["%", "%2e", "%2F", "%20", ":", "?", "#", "\\", " ", "\x00", "\x7f", "é"]),
    st.sampled_from(["/", "//", "./", "../", "C:", "data:", "x" * 250, "[", "]", "\n"]),
)
REF = st.lists(PIECES, max_size=8).map("".join)
FOLDER = st.lists(
    st.one_of(st.sampled_from(["sets", "t", "a.b", "0", "x" * 255]), PIECES), max_size=4
).map(lambda parts: "/".join(parts))


def general(root: URL, base: URL, ref: str) -> tuple[str, object, object]:
    try:
        url = resolve_reference(base, ref)
        return "ok", (url, str(url)), relative_path(root, url)
    except UnsafeReferenceError as exc:
        return "refused", str(exc), exc.reason
    except ValueError as exc:
        return "invalid", type(exc), None


def fast(root: URL, base: URL, ref: str) -> tuple[str, object, object]:
    try:
        url, path = ReferenceResolver(root).resolve(base, ref)
        return "ok", (url, str(url)), path
    except UnsafeReferenceError as exc:
        return "refused", str(exc), exc.reason
    except ValueError as exc:
        return "invalid", type(exc), None


@settings(max_examples=1500, deadline=None)
@given(root=st.sampled_from(ROOTS), folder=FOLDER, name=REF, ref=REF, query=st.booleans())
@example(root=ROOTS[0], folder="sets", name="1.json", ref="t/0/1.glb", query=False)
@example(root=ROOTS[0], folder="", name="tileset.json", ref="x" * 255, query=False)
@example(root=ROOTS[0], folder="", name="tileset.json", ref="x" * 256, query=False)
@example(root=ROOTS[4], folder="", name="tileset.json", ref="a.glb", query=False)
@example(root=ROOTS[2], folder="t", name="a.json", ref="b/c.glb", query=True)
def test_reference_resolver_matches_the_general_path(
    root: str, folder: str, name: str, ref: str, query: bool
) -> None:
    root_url = URL(root, encoded=True)
    try:
        base = URL(f"{root}{folder}/{name}" + ("?v=1" if query else ""), encoded=True)
    except ValueError:
        return
    assert fast(root_url, base, ref) == general(root_url, base, ref)


@settings(max_examples=300, deadline=None)
@given(ref=REF, other=st.sampled_from(["http://h:81/c/", "http://g/c/", "https://h/c/"]))
def test_reference_resolver_on_another_origin(ref: str, other: str) -> None:
    root = URL("http://h/c/", encoded=True)
    base = URL(f"{other}sets/a.json", encoded=True)
    assert fast(root, base, ref) == general(root, base, ref)


def test_plain_references_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object) -> None:
        raise AssertionError("general path taken")

    monkeypatch.setattr(urls, "resolve_reference", forbidden)
    monkeypatch.setattr(urls, "relative_path", forbidden)
    resolver = ReferenceResolver(URL("http://h:8080/c/export/", encoded=True))
    base = URL("http://h:8080/c/export/sets/3.json", encoded=True)
    url, path = resolver.resolve(base, "t/3/17.glb")
    assert (str(url), path) == ("http://h:8080/c/export/sets/t/3/17.glb", "sets/t/3/17.glb")
    # Dot segments, escapes and other origins are the general path's business.
    for ref in ("../t.glb", "a%20b.glb", "http://h:8080/c/export/t.glb"):
        with pytest.raises(AssertionError, match="general path"):
            resolver.resolve(base, ref)


SAS = st.lists(
    st.sampled_from(["sv=2022", "sig=a%2Bb%3D", "se=2030-01-01T00%3A00Z", "", "?", "v=2", "&"]),
    max_size=5,
).map("&".join)


@settings(max_examples=600, deadline=None)
@given(root=st.sampled_from(ROOTS), path=REF, own=st.sampled_from(["", "?v=1", "?", "#f"]), sas=SAS)
def test_signed_matches_with_sas(root: str, path: str, own: str, sas: str) -> None:
    root_url = URL(root, encoded=True)
    try:
        url = URL(f"{root}{path}{own}", encoded=True)
        _ = url.explicit_port, url.raw_host
    except ValueError:
        return
    got = ReferenceResolver(root_url).signed(url, merge_query("", sas.lstrip("?")))
    if got is not None:
        assert same_origin(url, root_url)
        want = with_sas(url, sas)
        assert (got, str(got)) == (want, str(want))


@settings(max_examples=300, deadline=None)
@given(path=REF, sas=SAS)
def test_link_signed_matches_with_sas_across_renewals(path: str, sas: str) -> None:
    link = Link(URL("http://h/c/tileset.json?sv=1&sig=x", encoded=True))
    try:
        url = URL(f"http://h/c/{path}", encoded=True)
    except ValueError:
        return
    first = link.signed(url)
    assert str(first) == str(with_sas(url, "sv=1&sig=x"))
    link.sas = sas  # as a renewal sets it
    assert str(link.signed(url)) == str(with_sas(url, sas))
