"""The parser's shape: options offered only where they apply, short help, fast startup."""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from itwin_mesh_async.cli import main
from itwin_mesh_async.cli.parser import COMMANDS, build_parser, parse_args

ROOT = Path(__file__).resolve().parents[2]


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ITWIN_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def test_help_imports_neither_aiohttp_nor_rich() -> None:
    # What `itwin-mesh --help` loads decides how fast it answers (the target: within 0.15 s).
    code = (
        "import sys, json\n"
        "from itwin_mesh_async.cli import main\n"
        "for argv in (['--help'], ['download', '--help'], ['exports', 'list', '--bogus']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = [m for m in ('aiohttp', 'rich', 'itwin_mesh_async.client', 'yarl') "
        "if m in sys.modules]\n"
        "print(json.dumps(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_child_env(), check=True
    )
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_options_that_do_not_apply_are_refused_before_and_after_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv, option in (
        (["--base-url", "http://x", "serve"], "--base-url"),
        (["--insecure", "demo"], "--insecure"),
        (["--token", "t", "demo"], "--token"),
        (["--json", "completion", "bash"], "--json"),
        (["serve", "--base-url", "http://x"], "--base-url"),
        (["demo", "--token", "t"], "--token"),
        (["exports", "list", "--progress", "never"], "--progress"),
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert option in err, (argv, err)
        assert "does not apply" in err or "unrecognized arguments" in err, err


def test_global_options_before_or_after_the_command_agree() -> None:
    a = parse_args(["--json", "-vv", "--base-url", "http://b", "exports", "get", "e1"])
    b = parse_args(["exports", "get", "e1", "--json", "-vv", "--base-url", "http://b"])
    for args in (a, b):
        assert (args.json, args.verbose, args.base_url, args.export_id) == (
            True,
            2,
            "http://b",
            "e1",
        )
        assert (args.quiet, args.token, args.insecure, args.log_file) == (False, None, False, None)


def test_serve_takes_its_own_token_before_or_after() -> None:
    assert parse_args(["--token", "T", "serve"]).token == "T"
    assert parse_args(["serve", "--token", "T", "--client-id", "C"]).client_id == "C"
    assert parse_args(["serve"]).token is None


def test_defaults_of_groups_a_command_lacks_are_filled() -> None:
    args = parse_args(["completion", "zsh"])
    assert (args.json, args.verbose, args.quiet, args.progress) == (False, 0, False, "auto")


def test_no_command_prints_the_short_help_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: itwin-mesh" in captured.err and "download" in captured.err
    assert "exit codes:" in captured.err
    assert main(["connections"]) == 2
    assert "runs" in capsys.readouterr().err


def test_positional_ids_are_described(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, name in (
        (["exports", "get", "--help"], "EXPORT_ID"),
        (["exports", "url", "--help"], "EXPORT_ID"),
        (["download", "--help"], "EXPORT_ID"),
        (["connections", "runs", "--help"], "CONNECTION_ID"),
    ):
        assert main(argv) == 0
        lines = capsys.readouterr().out.splitlines()
        described = [line for line in lines if line.strip().startswith(name + " ")]
        assert described and len(described[0].split()) > 3, lines


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [parser]
    return [leaf for p in subs[0].choices.values() for leaf in _leaves(p)]


def test_every_command_is_registered_once_with_a_handler_that_exists() -> None:
    parser = build_parser()
    names = list(next(a for a in parser._actions if a.dest == "command").choices or ())
    assert len(COMMANDS) == len(names)
    assert {"exports", "connections", "download", "serve", "demo", "completion"} <= set(names)
    leaves = _leaves(parser)
    assert len(leaves) >= 12
    for leaf in leaves:
        module, _, function = leaf.get_default("_handler").partition(":")
        handler = getattr(importlib.import_module(f"itwin_mesh_async.cli.{module}"), function)
        assert inspect.iscoroutinefunction(handler), leaf.prog


def test_mode_help_says_both_modes_download(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["download", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "walk the tileset tree" in text and "--dry-run" in text
