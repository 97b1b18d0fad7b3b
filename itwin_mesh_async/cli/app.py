"""Run one parsed CLI invocation: logging, dispatch, and the mapping of failures to exit codes."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import traceback
from collections.abc import Mapping
from typing import TextIO

from .context import Context
from .failures import EXIT_INTERRUPTED, describe, exit_code_for, interrupted_line
from .logs import setup_logging, teardown_logging
from .parser import handler_of

__all__ = ["run"]


async def _dispatch(ctx: Context) -> int:
    # The handler's module is imported only now, so that `--help` and light commands stay fast.
    module, function = handler_of(ctx.args)
    handler = getattr(importlib.import_module(f"{__package__}.{module}"), function)
    code: int = await handler(ctx)
    return code


def _known_secrets(args: argparse.Namespace, environ: Mapping[str, str]) -> list[str]:
    # Registered before anything runs, so that even an early log line is scrubbed.
    candidates = [
        getattr(args, "token", None),
        environ.get("ITWIN_ACCESS_TOKEN"),
        environ.get("ITWIN_CLIENT_SECRET"),
    ]
    return [c.strip() for c in candidates if c and c.strip()]


def run(args: argparse.Namespace, environ: Mapping[str, str], out: TextIO, err: TextIO) -> int:
    """Run the command in ``args``; returns the exit code. Never raises (but SystemExit)."""
    ctx = Context(args=args, environ=environ, out=out, err=err)
    ctx.add_secrets(*_known_secrets(args, environ))
    if ctx.verbose and ctx.quiet:
        ctx.error("error: -v and -q cannot be used together")
        return 2
    if not ctx.ssl:
        # Shown even with -q: a run without certificate checks must never go unnoticed.
        ctx.error("warning: --insecure: TLS certificates are not verified")
    handler = setup_logging(err, verbose=ctx.verbose, secrets=ctx.secrets)
    try:
        return asyncio.run(_dispatch(ctx))
    except KeyboardInterrupt:
        ctx.error(interrupted_line(getattr(args, "command", None)))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): nothing more to say to anyone.
        return 1
    except Exception as exc:
        if ctx.verbose:
            ctx.error("".join(traceback.format_exception(exc)))
        ctx.error(describe(exc, ctx.secrets))
        return exit_code_for(exc)
    finally:
        teardown_logging(handler)
