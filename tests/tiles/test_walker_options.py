"""The walker's options: what one concurrency number sets, tuning, the typed options the client
passes on, and the deprecated module."""

from __future__ import annotations

import importlib
import inspect
import sys

import pytest

from itwin_mesh_async.client import ITwinClient
from itwin_mesh_async.errors import InvalidArgumentError
from itwin_mesh_async.tiles import TileStream, TileWalker, Tuning
from itwin_mesh_async.tiles.options import WalkerOptions
from itwin_mesh_async.tiles.seen import SeenPaths
from itwin_mesh_async.tiles.tuning import Concurrency


def test_one_concurrency_number_sets_four_things_each_overridable() -> None:
    plan = Concurrency.derive(8)
    assert (plan.transfers, plan.connections, plan.give_up_after, plan.stream_window) == (
        8,
        8,
        16,
        8,
    )
    assert Concurrency.derive(1).stream_window == 2 and Concurrency.derive(40).give_up_after == 80
    custom = Concurrency.derive(8, connections=3, give_up_after=None, stream_window=100)
    assert (custom.connections, custom.give_up_after, custom.stream_window) == (3, None, 100)
    walker = TileWalker(concurrency=5, connections=2, stream_window=7)
    assert walker.concurrency == 5 and walker.plan.connections == 2
    assert walker.plan.stream_window == 7 and walker.give_up_after == 16


@pytest.mark.parametrize(
    ("option", "value"),
    [("concurrency", 0), ("connections", 0), ("stream_window", -1), ("concurrency", True)],
)
def test_counts_below_one_are_refused(option: str, value: object) -> None:
    with pytest.raises(InvalidArgumentError, match=f"{option} must be at least 1"):
        TileWalker(**{option: value})  # type: ignore[arg-type]


def test_tuning_reaches_the_walker() -> None:
    tuning = Tuning(frontier_budget=5, inline_limit=10)
    assert TileWalker(tuning=tuning).tuning is tuning
    assert TileWalker().tuning == Tuning()


def test_the_engine_module_is_a_deprecated_alias() -> None:
    sys.modules.pop("itwin_mesh_async.tiles.engine", None)
    with pytest.warns(DeprecationWarning, match=r"itwin_mesh_async\.tiles\.engine is deprecated"):
        engine = importlib.import_module("itwin_mesh_async.tiles.engine")
    assert engine.TileWalker is TileWalker and engine.TileStream is TileStream
    assert engine.SeenPaths is SeenPaths


@pytest.mark.parametrize("field", ["min_rate", "warn_after", "progress_interval"])
def test_tuning_rates_and_intervals_must_be_positive(field: str) -> None:
    with pytest.raises(ValueError, match=f"'{field}' must be > 0"):
        Tuning(**{field: 0})


def test_give_up_silence_must_be_positive() -> None:
    with pytest.raises(InvalidArgumentError, match="give_up_silence must be positive"):
        TileWalker(give_up_silence=0)


def test_the_typed_walker_options_match_the_walker_and_the_client() -> None:
    options = set(WalkerOptions.__annotations__)
    assert options == set(inspect.signature(TileWalker.__init__).parameters) - {
        "self",
        "session",
        "ssl",  # the client's own choice
    }
    stream = set(inspect.signature(ITwinClient.stream_tiles).parameters)
    assert stream - {"self", "export_or_url"} <= options
    download = set(inspect.signature(ITwinClient.download).parameters)
    own = {"self", "export_or_url", "dest", "resume", "mode", "progress", "include", "exclude"}
    assert download - own - {"dry_run", "delete_extra"} <= options
