"""``itwin-mesh check``: verify a mirror against its manifest and, given a source, the container.

Exit 0 only when the mirror is exact (nothing missing, corrupt, extra or stale); 1 otherwise
(the report says what).
Nothing in DEST is changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from ..client import ITwinClient
from ..tiles import Progress
from ..tiles.check import CheckProgress, CheckReport
from .context import Context
from .credentials import sas_secrets
from .download import check_source_url
from .parser import UsageError
from .session import open_client

__all__ = ["run_check"]


def _progress(display: object) -> object:
    def show(p: CheckProgress) -> None:
        rate = p.bytes_done / p.elapsed if p.elapsed > 0 else 0.0
        display(  # type: ignore[operator]
            Progress(
                files_done=p.done,
                files_known=p.total,
                bytes_done=p.bytes_done,
                skipped=0,
                failed=0,
                retries=0,
                elapsed=p.elapsed,
                rate_bytes=rate,
            )
        )

    return show


def _format(report: CheckReport) -> str:
    verdict = "exact" if report.exact else "NOT exact"
    kinds = {"missing": report.missing, "corrupt": report.corrupt, "extra": report.extra,
             "stale": report.stale, "unverified": report.unverified}  # fmt: skip
    counts = ", ".join(f"{len(paths)} {kind}" for kind, paths in kinds.items()
                       if paths or kind in ("missing", "corrupt", "extra"))  # fmt: skip
    text = (
        f"{report.ok} of {report.files} files intact; {counts} ({verdict})"
        f" in {report.seconds:.1f}s -> {report.dest}\n"
    )
    for kind, paths in kinds.items():
        text += "".join(f"  {kind}: {p}\n" for p in paths)
    text += "".join(f"  note: {n}\n" for n in report.notes)
    return text


@contextlib.asynccontextmanager
async def _client(ctx: Context, *, need_token: bool) -> AsyncIterator[ITwinClient]:
    """The service's client when an export id must be read; else one that never calls the
    API (a URL or no source: only the container is asked, with its SAS)."""
    if need_token:
        async with open_client(ctx) as client:
            yield client
        return
    no_api = "not-sent"  # never sent: this client only reads the container
    async with ITwinClient(token=no_api, base_url=ctx.base_url(), ssl=ctx.ssl) as client:
        yield client


async def run_check(ctx: Context) -> int:
    """Run ``check``; 0 when the mirror is exact, else 1."""
    args = ctx.args
    dest = Path(args.dest)  # not a folder: InvalidArgumentError (exit 2) from the check
    if args.source and args.url:
        raise UsageError("give EXPORT_ID or --url, not both")
    display = ctx.progress("check")
    try:
        if args.url:
            ctx.add_secrets(*sas_secrets(args.url))
            check_source_url(args.url)
        async with _client(ctx, need_token=bool(args.source)) as client:
            source = None
            if args.source:
                source = await client.mesh_exports.get(args.source)
                if source.mesh_href:
                    ctx.add_secrets(*sas_secrets(source.mesh_href))
            elif args.url:
                source = args.url
            report = await client.check(
                dest,
                source,
                include=args.include,
                exclude=args.exclude,
                progress=_progress(display),  # type: ignore[arg-type]
            )
    finally:
        display.close()
    if ctx.json:
        ctx.emit_json(report.to_dict())
    else:
        ctx.result(_format(report))
    return 0 if report.exact else 1
