"""The command-line parser: options, positionals, usage errors, help and examples."""

from __future__ import annotations

import pytest

from itwin_mesh_async.cli import main
from itwin_mesh_async.cli.parser import build_parser

# --- parser -------------------------------------------------------------------------------


def test_parser_accepts_global_options_before_and_after_the_command() -> None:
    parser = build_parser()
    a = parser.parse_args(["--json", "-v", "exports", "list", "--imodel", "m"])
    b = parser.parse_args(["exports", "list", "--imodel", "m", "--json", "-v"])
    assert (a.json, a.verbose, a.imodel) == (b.json, b.verbose, b.imodel) == (True, True, "m")
    assert a.order == "date:desc"


def test_parser_download_positionals() -> None:
    parser = build_parser()
    one = parser.parse_args(["download", "out"])
    two = parser.parse_args(["download", "exp-1", "out", "--no-resume", "--mode", "list"])
    assert (one.source, one.dest) == (None, "out")
    assert (two.source, two.dest, two.resume, two.mode) == ("exp-1", "out", False, "list")
    assert two.concurrency == "auto"  # the default: adaptive
    fixed = parser.parse_args(["download", "out", "--concurrency", "64"])
    assert fixed.concurrency == 64
    assert parser.parse_args(["download", "out", "--concurrency", "AUTO"]).concurrency == "auto"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["exports", "list", "--page-size", "1001"], "must be at most 1000"),
        (["exports", "list", "--limit", "0"], "must be at least 1"),
        (["exports", "list", "--order", "name:asc"], "date:asc or date:desc"),
        (["exports", "wait", "x", "--timeout", "-3"], "must be more than 0"),
        (["download", "x", "out", "--concurrency", "many"], "not an integer"),
        (["download", "x", "out", "--concurrency", "0"], "must be at least 1"),
        (["serve", "--port", "70000"], "0..65535"),
        (["exports", "start"], "--imodel"),
        (["frobnicate"], "invalid choice"),
        (["-v", "-q", "demo"], "not allowed with argument"),
        (["-v", "exports", "list", "-q"], "-v and -q cannot be used together"),
        (["download", "a", "b", "c"], "unrecognized arguments: c"),
        ([], "COMMAND"),
        (["exports"], "ACTION"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert fragment in captured.err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("itwin-mesh ")
    assert main(["download", "--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text and "--url" in text and "--mode {walk,list}" in text


def test_every_command_has_an_example() -> None:
    parser = build_parser()
    for argv in (
        ["exports", "list"],
        ["exports", "get"],
        ["exports", "start"],
        ["exports", "wait"],
        ["exports", "delete"],
        ["connections", "list"],
        ["connections", "runs"],
        ["download"],
        ["serve"],
        ["demo"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args([*argv, "--help"])
        assert exit_info.value.code == 0


def test_help_lists_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["exports", "start", "--help"], ["serve", "--help"], ["demo", "--help"]):
        assert main(argv) == 0
        assert "examples:\n  itwin-mesh " in capsys.readouterr().out
