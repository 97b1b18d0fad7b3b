"""The benchmark's suites: which server, which workloads, which concurrency.

``http``: nginx on loopback (the small, large and RSS workloads, both destinations).
``https``: the same nginx over TLS with a throwaway CA (the small workload, tmpfs).
``latency``: nginx with the echo module, every answer ``--delay`` late and 503 above
``--limit`` requests in flight (a far, throttling blob host; tmpfs, ``--latency-concurrency``).
``azurite``: Azurite with a read/list SAS (see ``benchmarks.azurite``).
"""

from __future__ import annotations

import argparse
import sys

import attrs

from .azurite import azurite_missing
from .servers import Shape, echo_module, find_nginx
from .tls import openssl_missing
from .workloads import AZURITE_FULL, AZURITE_QUICK, FULL, LATENCY, QUICK, TINY, Workload

__all__ = ["SUITES", "Suite", "choose_suites"]

SUITES = ("http", "https", "latency", "azurite")


@attrs.frozen
class Suite:
    """One server and the workloads downloaded from it."""

    name: str
    plan: tuple[Workload, ...]
    shape: Shape | None = None
    concurrency: int = 32
    caption: str = ""
    first_dest_only: bool = False


def choose_suites(args: argparse.Namespace) -> tuple[list[Suite], Workload | None] | int:
    """The suites to run and the Azurite workload (None: no Azurite suite), or an exit code."""
    size = "tiny" if args.tiny else "quick" if args.quick else "full"
    plan: tuple[Workload, ...] = {"tiny": TINY, "quick": QUICK, "full": FULL}[size]
    azurite_plan = None if args.tiny else AZURITE_QUICK if args.quick else AZURITE_FULL
    asked = [s for s in args.suites.split(",") if s]
    if set(asked) - set(SUITES):
        print(
            f"error: unknown suite(s) {args.suites!r}; known: {', '.join(SUITES)}", file=sys.stderr
        )
        return 2
    small = tuple(w for w in plan if w.name == "small")
    latency = LATENCY[size]
    limited = args.latency_concurrency
    suites = [
        Suite("http", plan),
        Suite("https", small, caption=" over HTTPS", first_dest_only=True),
        Suite(
            "latency",
            (latency,),
            Shape(delay=args.delay, limit=args.limit),
            concurrency=limited,
            caption=f", {args.delay * 1000:.0f} ms a request, 503 above {args.limit} in flight",
            first_dest_only=True,
        ),
    ]
    if args.workloads:
        wanted = set(args.workloads.split(","))
        suites = [
            attrs.evolve(s, plan=tuple(w for w in s.plan if w.name in wanted)) for s in suites
        ]
        if azurite_plan is not None and azurite_plan.name not in wanted:
            azurite_plan = None
        if not any(s.plan for s in suites) and azurite_plan is None:
            print(f"error: no workload named {args.workloads!r}", file=sys.stderr)
            return 2
    runnable: list[Suite] = []
    for suite in suites:
        if (asked and suite.name not in asked) or not suite.plan:
            continue
        reason = _cannot_run(suite, args)
        if reason is None:
            runnable.append(suite)
        elif suite.name in asked:
            print(f"error: cannot run the {suite.name} suite: {reason}", file=sys.stderr)
            return 2
        else:
            print(f"note: skipping the {suite.name} suite: {reason}", file=sys.stderr)
    if asked and "azurite" not in asked:
        azurite_plan = None
    if azurite_plan is not None and args.azurite != "off":
        reason = azurite_missing()
        if reason:
            if args.azurite == "on" or "azurite" in asked:
                print(f"error: cannot run the Azurite suite: {reason}", file=sys.stderr)
                return 2
            print(f"note: skipping the Azurite suite: {reason}", file=sys.stderr)
            azurite_plan = None
    elif args.azurite == "off":
        azurite_plan = None
    return runnable, azurite_plan


def _cannot_run(suite: Suite, args: argparse.Namespace) -> str | None:
    if suite.name == "http":
        return None
    if args.server != "nginx" or find_nginx() is None:
        return "it needs nginx (benchmarks/setup.sh)"
    if suite.name == "https":
        return openssl_missing()
    if echo_module() is None:
        return "it needs the nginx echo module (Debian: libnginx-mod-http-echo)"
    return None
