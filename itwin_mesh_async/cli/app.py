"""Run one parsed CLI invocation: logging, dispatch, signals, and the mapping of failures to
exit codes and (with ``--json``) to one JSON document on stdout."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import signal
import traceback
from collections.abc import Mapping
from typing import TextIO

from .argspec import SERVICE
from .config import environ_with_config
from .context import Context
from .failures import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    Terminated,
    describe,
    exit_code_for,
    interrupted_line,
)
from .logs import setup_logging, teardown_logging
from .parser import UsageError, handler_of
from .signals import raise_on_sigterm

__all__ = ["run"]


async def _dispatch(ctx: Context) -> int:
    # The handler's module is imported only now, so that `--help` and light commands stay fast.
    module, function = handler_of(ctx.args)
    handler = getattr(importlib.import_module(f"{__package__}.{module}"), function)
    code: int = await handler(ctx)
    return code


async def _main(ctx: Context) -> int:
    """The command, with SIGTERM handled like Ctrl-C: the work is cancelled, so that every
    transfer stops cleanly (no partial file), then :class:`Terminated` ends the run."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    terminated = False

    def on_sigterm() -> None:
        nonlocal terminated
        if not terminated and task is not None:
            terminated = True
            task.cancel()

    # Where signal handlers cannot be set (Windows), SIGTERM keeps its default action.
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    try:
        return await _dispatch(ctx)
    except asyncio.CancelledError:
        if terminated:
            raise Terminated from None
        raise
    finally:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(signal.SIGTERM)
        raise_on_sigterm()  # removing the loop's handler left the default (a silent kill)


def _known_secrets(args: argparse.Namespace, environ: Mapping[str, str]) -> list[str]:
    # Registered before anything runs, so that even an early log line is scrubbed.
    candidates = [
        getattr(args, "token", None),
        getattr(args, "client_secret", None),
        environ.get("ITWIN_ACCESS_TOKEN"),
        environ.get("ITWIN_CLIENT_SECRET"),
    ]
    return [c.strip() for c in candidates if c and c.strip()]


def _fail(ctx: Context, exc: BaseException, code: int, line: str) -> int:
    """Say what ended the run: one line on stderr and, with ``--json``, one JSON document on
    stdout unless the command printed its own already."""
    ctx.error(line)
    if ctx.json and not ctx.json_emitted:
        ctx.emit_json(
            {"error": line.removeprefix("error: "), "type": type(exc).__name__, "exit_code": code}
        )
    return code


def run(args: argparse.Namespace, environ: Mapping[str, str], out: TextIO, err: TextIO) -> int:
    """Run the command in ``args``; returns the exit code. Never raises (but SystemExit)."""
    ctx = Context(args=args, environ=environ, out=out, err=err)
    ctx.add_secrets(*_known_secrets(args, environ))
    if SERVICE in getattr(args, "_groups", ()):
        try:
            ctx.environ = environ_with_config(getattr(args, "profile", None), environ)
        except UsageError as exc:
            return _fail(ctx, exc, 2, describe(exc, ctx.secrets))
    if ctx.verbose and ctx.quiet:
        usage = UsageError("-v and -q cannot be used together")
        return _fail(ctx, usage, 2, describe(usage))
    if not ctx.ssl:
        # Shown even with -q: a run without certificate checks must never go unnoticed.
        ctx.error("warning: --insecure: TLS certificates are not verified")
    command = getattr(args, "command", None)
    try:
        logs = setup_logging(
            err,
            verbose=ctx.verbose,
            secrets=ctx.secrets,
            console=ctx.console(),
            log_file=getattr(args, "log_file", None),
        )
    except OSError as exc:
        usage = UsageError(f"--log-file {args.log_file!r} cannot be written: {exc.strerror}")
        return _fail(ctx, usage, 2, describe(usage, ctx.secrets))
    try:
        return asyncio.run(_main(ctx))
    except KeyboardInterrupt as exc:
        return _fail(ctx, exc, EXIT_INTERRUPTED, ctx.interrupted_note or interrupted_line(command))
    except Terminated as exc:
        line = ctx.interrupted_note or interrupted_line(command, signal="SIGTERM")
        return _fail(ctx, exc, EXIT_TERMINATED, line)
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): nothing more to say to anyone.
        return 1
    except Exception as exc:
        if ctx.verbose:
            ctx.error("".join(traceback.format_exception(exc)))
        return _fail(ctx, exc, exit_code_for(exc), describe(exc, ctx.secrets))
    finally:
        teardown_logging(logs)
