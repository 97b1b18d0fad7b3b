"""MkDocs hook: pages generated from the repository at build time, so they never drift.

- ``cli-reference.md``: the ``--help`` of every ``itwin-mesh`` command, from the parser itself
  (a command registered in ``cli/parser.py`` appears here with no edit to the docs);
- ``performance.md``: ``benchmarks/README.md`` as it is, with its chart;
- ``examples.md``: every script of ``examples/``, with its docstring as the introduction.

It also renders the docstrings' Sphinx roles (``:class:`~pkg.Name```), which the API reference
would otherwise show verbatim, as code naming the object.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
_ROLE = re.compile(r":(?:class|meth|func|mod|attr|data|exc|obj):<code>(~?)([\w.]+)</code>")


def on_page_content(html: str, **_: Any) -> str:
    """``:class:`~a.b.C``` as rendered from a docstring -> ``C`` (``a.b.C`` without the tilde)."""
    return _ROLE.sub(lambda m: f"<code>{m[2].rsplit('.', 1)[-1] if m[1] else m[2]}</code>", html)


def on_files(files: Files, config: Any) -> Files:
    """Add the generated pages (and the benchmark chart) to the site."""
    files.append(File.generated(config, "cli-reference.md", content=cli_reference()))
    files.append(File.generated(config, "performance.md", content=performance()))
    files.append(File.generated(config, "examples.md", content=examples()))
    chart = ROOT / "benchmarks" / "chart.png"
    if chart.is_file():
        files.append(File.generated(config, "chart.png", abs_src_path=str(chart)))
    return files


def cli_reference() -> str:
    """Every command's help text, one section per command, in the order ``--help`` lists them."""
    from itwin_mesh_async.cli.parser import build_parser  # noqa: PLC0415 - the package, late

    columns = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal's width: make it fixed
    try:
        parser = build_parser()
        sections = [("itwin-mesh", parser.format_help())]
        sections += [(name, sub.format_help()) for name, sub in _commands(parser, "itwin-mesh")]
    finally:
        if columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = columns
    parts = [
        "# Command reference\n\n",
        "Generated from the parser at build time: each section is exactly what ",
        "`itwin-mesh ... --help` prints. The [command line](cli.md) page explains the ",
        "outputs, `--json` documents and exit codes.\n",
    ]
    for name, text in sections:
        parts += [f"\n## {name}\n\n```text\n", text, "```\n"]
    return "".join(parts)


def _commands(
    parser: argparse.ArgumentParser, prefix: str
) -> list[tuple[str, argparse.ArgumentParser]]:
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:  # argparse keeps subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in dict(action.choices).items():
                found.append((f"{prefix} {name}", sub))
                found += _commands(sub, f"{prefix} {name}")
    return found


def performance() -> str:
    """The benchmark report, under the site's own title."""
    text = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    intro = (
        "This page is `benchmarks/README.md` of the repository: how the benchmark is run, "
        "what it measures and the latest results.\n\n"
    )
    title, _, rest = text.partition("\n")
    return f"{title.replace('# Benchmarks', '# Performance')}\n\n{intro}{rest}"


def examples() -> str:
    """Each script of ``examples/`` with its docstring as its introduction."""
    parts = [
        "# Examples\n\n",
        "Runnable scripts in the repository's `examples/` folder; the test suite runs each ",
        "of them against the emulator. They read `ITWIN_ACCESS_TOKEN` and `ITWIN_API_URL` ",
        "(see [Getting a token](token.md)).\n",
    ]
    for script in sorted((ROOT / "examples").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(source)) or ""
        summary, _, rest = doc.partition("\n")
        parts += [f"\n## {script.name}\n\n{summary}\n{rest}\n\n```python\n{source}```\n"]
    return "".join(parts)
