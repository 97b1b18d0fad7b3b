"""``itwin-mesh download``: mirror an export's (or a URL's) 3D Tiles into DEST.

Exactly one source: an export id, ``--imodel`` (the latest Complete export), or ``--url`` (any
tileset or container URL with its SAS query; no token needed). The summary is printed also when
some files failed (exit 1); Ctrl-C cancels the walk, which leaves no partial file under a final
name (the engine writes to temporary names and renames only complete, verified files).
"""

from __future__ import annotations

import contextlib
import ipaddress
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import DownloadError
from ..tiles import DownloadReport, TileWalker
from . import output
from .context import Context
from .credentials import parse_http_url, sas_secrets
from .parser import UsageError
from .session import open_client
from .waiting import WaitNotice

if TYPE_CHECKING:
    from ..models import Export

REFUSED = "refused:"
"""How a failure reason starts when a reference was refused (it leaves the container)."""

__all__ = [
    "check_dest",
    "check_source_url",
    "export_bytes",
    "require_complete",
    "run_download",
    "summarize",
]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_source_url(url: str) -> None:
    """Refuse a ``--url`` that is not http(s) with a host, or that would send a SAS in clear
    text to another machine (plain http is for the local emulator only)."""
    parsed = parse_http_url(url)
    if parsed is None or parsed.raw_host is None:
        raise UsageError(
            f"--url must be an http(s) URL of a tileset or a blob container, got {url!r}"
        )
    if parsed.scheme == "http" and not _is_loopback(parsed.raw_host) and parsed.raw_query_string:
        raise UsageError(
            "--url uses plain http to another machine: the SAS key would travel unencrypted; "
            "use https"
        )
    if parsed.user or parsed.password:
        raise UsageError("--url must not carry a user name or password")
    if not parsed.raw_query_string:
        raise UsageError(
            "--url has no SAS query (sv=..., sig=...): the container would refuse every "
            "request; `itwin-mesh exports url EXPORT_ID` prints a URL with its SAS"
        )


def require_complete(ctx: Context, export: Export) -> None:
    """Refuse an export that is not Complete (it has no tiles yet); its SAS signature becomes
    a secret of the run (kept out of every message)."""
    if not export.is_complete:
        raise DownloadError(
            f"export {export.id} is {export.status}, not Complete: "
            f"run `itwin-mesh exports wait {export.id}` first"
        )
    if export.mesh_href:
        ctx.add_secrets(*sas_secrets(export.mesh_href))


def check_dest(dest: str, *, probe: bool = False) -> Path:
    """DEST as a path; refused when empty, or when it or a parent exists and is not a folder.

    With ``probe``, also refused when it cannot be written: a folder that cannot be created
    (created and removed again to find out) or written into (an unnamed temporary file).
    What DEST is, is the user's choice: these are bad input (exit 2), not a failed download.
    """
    if not dest.strip():
        # Path("") is the current directory: never mirror into it by accident.
        raise UsageError("DEST is empty: name the folder to download into")
    path = Path(dest)
    if path.exists() and not path.is_dir():
        raise UsageError(f"DEST {dest!r} exists and is not a folder")
    parent = next((p for p in path.absolute().parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise UsageError(f"DEST {dest!r} cannot be created: {str(parent)!r} is not a folder")
    if probe:
        _probe_writable(path)
    return path


def _probe_writable(path: Path) -> None:
    made: list[Path] = []
    try:
        for folder in (*reversed(path.absolute().parents), path.absolute()):
            if not folder.exists():
                folder.mkdir()
                made.append(folder)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        what = "created" if not path.is_dir() else "written to"
        raise UsageError(f"DEST {str(path)!r} cannot be {what}: {exc.strerror or exc}") from None
    finally:
        for folder in reversed(made):  # leave nothing behind: the download creates it again
            with contextlib.suppress(OSError):
                folder.rmdir()


def _check_sources(args: Any) -> None:
    given = [
        name
        for name, v in (("EXPORT_ID", args.source), ("--imodel", args.imodel), ("--url", args.url))
        if v
    ]
    if len(given) != 1:
        shown = " and ".join(given) if given else "none"
        raise UsageError(f"give exactly one of EXPORT_ID, --imodel or --url (got {shown})")
    if args.changeset and not args.imodel:
        raise UsageError("--changeset goes with --imodel")


def summarize(ctx: Context, report: DownloadReport, *, error: str | None = None) -> None:
    """Print the report: the JSON summary or one line, then each failure.

    ``error`` is why the whole download stopped; the JSON summary carries it as ``"error"`` so
    that a script reading only stdout learns why it exited 1 with no failed file.
    """
    summary = report.to_dict()
    if error is not None:
        summary["error"] = error
    if ctx.json:
        ctx.emit_json(summary)
    else:
        ctx.result(output.format_summary(summary))


def export_bytes(export: Any) -> int | None:
    """What the export weighs, as the service reports it (``stats.exportDirSize``), if it does."""
    size = getattr(getattr(export, "stats", None), "export_dir_size", None)
    return int(size) if isinstance(size, int | float) and size > 0 else None


async def _download_export(ctx: Context, dest: Path) -> DownloadReport:
    args = ctx.args
    async with open_client(ctx) as client:
        if args.imodel:
            # Ctrl-C before any file is written must not say that files were kept.
            ctx.interrupted_note = "interrupted while waiting for an export: nothing downloaded"
            notice = WaitNotice(
                ctx.err, imodel_id=args.imodel, export_type=str(args.export_type),
                timeout=args.timeout, console=ctx.console(), quiet=ctx.quiet,
            )  # fmt: skip
            try:
                export = await client.mesh_exports.latest(
                    imodel_id=args.imodel,
                    changeset_id=args.changeset,
                    export_type=args.export_type,
                    timeout=args.timeout,
                    poll_interval=min(10.0, args.timeout / 3),
                    on_wait=notice,
                )
            finally:
                notice.close()
            ctx.interrupted_note = None
            ctx.info(f"latest Complete export of iModel {args.imodel}: {export.id}")
        else:
            export = await client.mesh_exports.get(args.source)
        require_complete(ctx, export)
        ctx.info(f"downloading export {export.id} into {dest}")
        display = ctx.progress("download", total_bytes=export_bytes(export))
        try:
            report: DownloadReport = await client.download(
                export,
                dest,
                concurrency=args.concurrency,
                resume=args.resume,
                mode=args.mode,
                progress=display,
                **_sync_options(args),
            )
        finally:
            display.close()
    return report


def _sync_options(args: Any) -> dict[str, Any]:
    """``--dry-run``, ``--include``, ``--exclude``, ``--delete-extra``."""
    return {
        "include": tuple(args.include),
        "exclude": tuple(args.exclude),
        "dry_run": args.dry_run,
        "delete_extra": args.delete_extra,
    }


async def _download_url(ctx: Context, dest: Path) -> DownloadReport:
    args = ctx.args
    ctx.info(f"downloading {urlsplit(args.url).path or '/'} into {dest}")
    display = ctx.progress("download")
    try:
        # No session given: the walker opens (and closes) its own for the run.
        walker = TileWalker(concurrency=args.concurrency, ssl=ctx.ssl)
        report: DownloadReport = await walker.download(
            args.url,
            dest,
            resume=args.resume,
            mode=args.mode,
            progress=display,
            **_sync_options(args),
        )
    finally:
        display.close()
    return report


async def run_download(ctx: Context) -> int:
    """Run ``download``; 0 when every file landed, 1 when some failed (summary still printed)."""
    args = ctx.args
    _check_sources(args)
    if args.url:
        ctx.add_secrets(*sas_secrets(args.url))  # first: even a refusal must not show it
        check_source_url(args.url)
    # A dry run creates nothing, not even for a probe.
    dest = check_dest(args.dest, probe=not getattr(args, "dry_run", False))
    try:
        if args.url:
            report = await _download_url(ctx, dest)
        else:
            report = await _download_export(ctx, dest)
    except DownloadError as exc:
        # The download could not finish: the JSON summary is always printed (scripts rely on
        # one document); the human one only when some files were handled before it stopped.
        report = exc.report
        if isinstance(report, DownloadReport) and (
            ctx.json or report.tiles or report.skipped or report.failed
        ):
            summarize(ctx, report, error=str(exc))
        raise
    summarize(ctx, report)
    if report.ok:
        return 0
    total = report.tiles + report.skipped + len(report.failed)
    line = f"error: {len(report.failed)} of {total} files failed (listed in the summary)"
    if any(not f.reason.startswith(REFUSED) for f in report.failed):
        line += "; run the same command again to retry them (complete files are not fetched again)"
    else:  # only refused references: the tileset itself is at fault, a rerun cannot help
        line += "; their references were refused (see the summary): a rerun cannot fetch them"
    ctx.error(line)
    return 1
