"""The ``itwin-mesh`` command line tool (console script ``itwin_mesh_async.cli:main``).

Its commands, options, ``--json`` output and exit codes are a public contract (``docs/cli.md``):
0 done, 1 service or download failed, 2 bad usage or input, 130 SIGINT, 143 SIGTERM.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``itwin-mesh`` with ``argv`` (default ``sys.argv[1:]``); returns the exit code.

    The console script wrapper passes the result to ``sys.exit``, and so does
    ``python -m itwin_mesh_async``. Arguments are parsed before anything heavy (aiohttp, rich,
    the client) is imported, so that ``--help`` and usage errors answer at once. SIGTERM at
    any moment, start-up included, ends the run with its message and exit 143.
    """
    from .signals import Terminated, interrupted_line, sigterm_raises  # noqa: PLC0415

    words = list(argv) if argv is not None else sys.argv[1:]
    with sigterm_raises():
        try:
            return _main(words)
        except Terminated:  # before the command's own handling was in place (start-up)
            command = next((w for w in words if w in ("download", "demo")), None)
            line = interrupted_line(command, signal="SIGTERM")
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
            if "--json" in words:
                doc = {"error": line, "type": "Terminated", "exit_code": 143}
                sys.stdout.write(json.dumps(doc) + "\n")
                sys.stdout.flush()
            return 143


def _main(words: list[str]) -> int:
    from .argspec import ParseError  # noqa: PLC0415 - keeps `import itwin_mesh_async.cli` light
    from .parser import parse_args  # noqa: PLC0415

    try:
        args = parse_args(words)
    except ParseError as exc:
        options = words[: words.index("--")] if "--" in words else words
        if "--json" in options:
            # Even a command line argparse refuses gets its one JSON document.
            document = {"error": exc.message, "type": "UsageError", "exit_code": 2}
            sys.stdout.write(json.dumps(document, indent=2) + "\n")
            sys.stdout.flush()
        return 2
    except SystemExit as exc:  # --help, --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    from .app import run  # noqa: PLC0415 - only once there is a command to run

    for stream in (sys.stdout, sys.stderr):
        # A character the stream cannot encode (a lone surrogate in a file name, say) is shown
        # escaped rather than crashing the run and losing its report.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    code = run(args, os.environ, sys.stdout, sys.stderr)
    if code == 1 and _stdout_closed():
        # Avoid Python's "Exception ignored ... BrokenPipeError" when stdout's reader left.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return code


def _stdout_closed() -> bool:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return True
    except (OSError, ValueError):
        return False
    return False
