"""Tileset JSON parsing: every way 3D Tiles 1.0 and 1.1 reference content, implicit roots."""

from __future__ import annotations

from typing import Any

import pytest
from yarl import URL

from itwin_mesh_async.errors import TileFormatError
from itwin_mesh_async.tiles.limits import Limits
from itwin_mesh_async.tiles.parse.implicit import ImplicitContext
from itwin_mesh_async.tiles.parse.tileset import TilesetRefs, is_tileset, parse_tileset

BASE = URL("http://h/c/tileset.json")
LIMITS = Limits()


def tileset(root: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"asset": {"version": "1.1"}, "geometricError": 100, "root": root, **extra}


def parse(doc: dict[str, Any], limits: Limits = LIMITS) -> TilesetRefs:
    return parse_tileset(doc, BASE, path="tileset.json", limits=limits)


def test_is_tileset() -> None:
    assert is_tileset({"asset": {}, "root": {}})
    assert not is_tileset({"asset": {"version": "2.0"}, "meshes": []})  # a glTF
    assert not is_tileset({"root": {}})
    assert not is_tileset([{"asset": {}, "root": {}}])
    assert not is_tileset("tileset")


def test_all_explicit_content_forms() -> None:
    doc = tileset(
        {
            "content": {"uri": "root.glb"},
            "children": [
                {"content": {"url": "legacy.b3dm"}},  # 1.0 pre-release name
                {"contents": [{"uri": "a.glb"}, {"uri": "b.glb"}]},  # 1.1
                {
                    "extensions": {
                        "3DTILES_multiple_contents": {
                            "contents": [{"uri": "m1.glb"}, {"uri": "m2.pnts"}]
                        }
                    }
                },
                {"extensions": {"3DTILES_multiple_contents": {"content": [{"uri": "draft.glb"}]}}},
                {"boundingVolume": {"box": [0] * 12}},  # no content
                {"content": {"uri": ""}},  # empty: no request
                {"content": {"uri": "  "}},
                {"content": {}},
                {"content": {"uri": "sub/external.json"}},
            ],
        }
    )
    refs = parse(doc)
    assert refs.contents == [
        "root.glb",
        "legacy.b3dm",
        "a.glb",
        "b.glb",
        "m1.glb",
        "m2.pnts",
        "draft.glb",
        "sub/external.json",
    ]
    assert refs.implicit == [] and refs.schemas == []
    assert refs.tiles == 10


def test_repeats_listed_once_in_tree_order() -> None:
    doc = tileset(
        {
            "content": {"uri": "x.glb"},
            "children": [
                {"content": {"uri": "y.glb"}, "children": [{"content": {"uri": "z.glb"}}]},
                {"content": {"uri": "x.glb"}},
                {"content": {"uri": "w.glb"}},
            ],
        }
    )
    assert parse(doc).contents == ["x.glb", "y.glb", "z.glb", "w.glb"]


def test_implicit_1_1() -> None:
    doc = tileset(
        {
            "contents": [{"uri": "c/{level}/{x}/{y}.glb"}, {"uri": "t/{level}-{x}-{y}.glb"}],
            "implicitTiling": {
                "subdivisionScheme": "QUADTREE",
                "subtreeLevels": 3,
                "availableLevels": 7,
                "subtrees": {"uri": "sub/{level}/{x}/{y}.subtree"},
            },
        }
    )
    refs = parse(doc)
    assert refs.contents == []  # templates are not files
    assert refs.implicit == [
        ImplicitContext(
            scheme="QUADTREE",
            subtree_levels=3,
            available_levels=7,
            subtrees_uri="sub/{level}/{x}/{y}.subtree",
            content_uris=("c/{level}/{x}/{y}.glb", "t/{level}-{x}-{y}.glb"),
            base=BASE,
        )
    ]
    assert refs.implicit[0].subtree_uri == "sub/0/0/0.subtree"


def test_implicit_1_0_extension_on_a_child_tile() -> None:
    doc = tileset(
        {
            "content": {"uri": "explicit.glb"},
            "children": [
                {
                    "content": {"uri": "oct/{level}/{x}/{y}/{z}.b3dm"},
                    "extensions": {
                        "3DTILES_implicit_tiling": {
                            "subdivisionScheme": "OCTREE",
                            "subtreeLevels": 2,
                            "maximumLevel": 4,
                            "subtrees": {"uri": "s/{level}/{x}/{y}/{z}.json"},
                        }
                    },
                }
            ],
        }
    )
    refs = parse(doc)
    assert refs.contents == ["explicit.glb"]
    (ctx,) = refs.implicit
    assert (ctx.scheme, ctx.subtree_levels, ctx.available_levels) == ("OCTREE", 2, 5)
    assert ctx.content_uris == ("oct/{level}/{x}/{y}/{z}.b3dm",)
    assert ctx.subtree_uri == "s/0/0/0/0.json"


def test_implicit_1_0_with_multiple_contents_and_no_content() -> None:
    ext = {
        "3DTILES_implicit_tiling": {
            "subdivisionScheme": "QUADTREE",
            "subtreeLevels": 1,
            "maximumLevel": 0,
            "subtrees": {"uri": "{level}.subtree"},
        },
        "3DTILES_multiple_contents": {"content": [{"uri": "a/{x}.glb"}, {"uri": ""}]},
    }
    (ctx,) = parse(tileset({"extensions": ext})).implicit
    assert ctx.content_uris == ("a/{x}.glb", "")
    assert ctx.available_levels == 1
    del ext["3DTILES_multiple_contents"]
    (ctx,) = parse(tileset({"extensions": ext})).implicit
    assert ctx.content_uris == ()


def test_schema_uris() -> None:
    doc = tileset({}, schemaUri="schema.json")
    assert parse(doc).schemas == ["schema.json"]
    doc = tileset({}, extensions={"3DTILES_metadata": {"schemaUri": "meta/schema.json"}})
    assert parse(doc).schemas == ["meta/schema.json"]
    doc = tileset({}, schemaUri="s.json", extensions={"3DTILES_metadata": {"schemaUri": "s.json"}})
    assert parse(doc).schemas == ["s.json"]
    assert parse(tileset({}, schema={"classes": {}})).schemas == []


def test_deep_tree_parsed_iteratively() -> None:
    root: dict[str, Any] = {"content": {"uri": "0.glb"}}
    tile = root
    for i in range(1, 5000):
        child: dict[str, Any] = {"content": {"uri": f"{i}.glb"}}
        tile["children"] = [child]
        tile = child
    refs = parse(tileset(root), Limits(max_depth=10_000))
    assert len(refs.contents) == 5000
    with pytest.raises(TileFormatError, match="nested deeper than 256 levels"):
        parse(tileset(root))


def test_tile_count_limit() -> None:
    doc = tileset({"children": [{"content": {"uri": f"{i}.glb"}} for i in range(20)]})
    assert len(parse(doc, Limits(max_tiles_per_tileset=21)).contents) == 20
    with pytest.raises(TileFormatError, match="more than 20 tiles"):
        parse(doc, Limits(max_tiles_per_tileset=20))


IMPLICIT_OK = {
    "subdivisionScheme": "QUADTREE",
    "subtreeLevels": 2,
    "availableLevels": 3,
    "subtrees": {"uri": "s/{level}.subtree"},
}


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ({"asset": {}}, "not a tileset"),
        (tileset([]), "root is not an object"),  # type: ignore[arg-type]
        (tileset({"children": {}}), "children is not an array"),
        (tileset({"children": [1]}), "child tile is not an object"),
        (tileset({"content": "a.glb"}), "content is not an object"),
        (tileset({"content": {"uri": 5}}), "content.uri is not a string"),
        (tileset({"contents": {"uri": "a"}}), "contents is not an array"),
        (tileset({"contents": [{"uri": ["a"]}]}), "contents[0].uri is not a string"),
        (
            tileset({"extensions": {"3DTILES_multiple_contents": {"contents": "x"}}}),
            "contents is not an array",
        ),
        (tileset({"implicitTiling": "yes"}), "implicitTiling is not an object"),
        (
            tileset({"implicitTiling": {**IMPLICIT_OK, "subdivisionScheme": "KDTREE"}}),
            "'KDTREE' is neither QUADTREE nor OCTREE",
        ),
        (tileset({"implicitTiling": {**IMPLICIT_OK, "subtreeLevels": 0}}), "subtreeLevels"),
        (tileset({"implicitTiling": {**IMPLICIT_OK, "subtreeLevels": True}}), "subtreeLevels"),
        (tileset({"implicitTiling": {**IMPLICIT_OK, "availableLevels": "3"}}), "availableLevels"),
        (tileset({"implicitTiling": {**IMPLICIT_OK, "subtrees": {}}}), "no subtrees.uri"),
        (tileset({"implicitTiling": {**IMPLICIT_OK, "subtrees": {"uri": " "}}}), "no subtrees.uri"),
        (
            tileset(
                {
                    "extensions": {
                        "3DTILES_implicit_tiling": {
                            "subdivisionScheme": "QUADTREE",
                            "subtreeLevels": 2,
                            "maximumLevel": -1,
                            "subtrees": {"uri": "x"},
                        }
                    }
                }
            ),
            "maximumLevel",
        ),
        (tileset({}, schemaUri=3), "schemaUri is not a string"),
    ],
)
def test_malformed_tilesets_refused(doc: dict[str, Any], reason: str) -> None:
    with pytest.raises(TileFormatError) as info:
        parse(doc)
    assert reason in info.value.reason
    assert info.value.path == "tileset.json"
