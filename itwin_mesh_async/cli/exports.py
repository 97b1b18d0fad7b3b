"""``itwin-mesh exports ...`` and ``itwin-mesh connections ...``: the API calls, printed."""

from __future__ import annotations

import json
from typing import Any

from ..errors import ITwinError
from . import output
from .context import Context
from .session import open_client

__all__ = ["ExportNotReadyError", "run_connections", "run_exports"]


class ExportNotReadyError(ITwinError):
    """The export has no tileset yet (not Complete)."""


async def _list_exports(ctx: Context, client: Any) -> None:
    args = ctx.args
    kwargs: dict[str, Any] = {"order_by": args.order}
    if args.imodel:
        kwargs["imodel_id"] = args.imodel
    if args.changeset:
        kwargs["changeset_id"] = args.changeset
    if args.export_type:
        kwargs["export_type"] = args.export_type
    if args.page_size:
        kwargs["page_size"] = args.page_size
    elif args.limit:
        # Ask for no more than will be shown.
        kwargs["page_size"] = min(args.limit, 1000)
    found: list[dict[str, Any]] = []
    async for export in client.mesh_exports.list(**kwargs):
        found.append(output.api_object(export))
        if args.limit and len(found) >= args.limit:
            break
    if ctx.json:
        ctx.emit_json(found)
    else:
        ctx.result(output.format_exports(found))


def _show_export(ctx: Context, export: Any) -> None:
    data = output.api_object(export)
    if ctx.json:
        ctx.emit_json(data)
    else:
        ctx.result(output.format_export(data, ctx.secrets))


def _print_url(ctx: Context, export: Any) -> None:
    # The one output that carries a SAS on purpose: a script asked for a working link. It is
    # written as is (not through the redaction of ctx.result) and only to stdout.
    url = export.tileset_url
    if not export.is_complete or url is None:
        raise ExportNotReadyError(
            f"export {export.id} is {export.status}, not Complete: it has no tileset URL yet; "
            f"run `itwin-mesh exports wait {export.id}` first"
        )
    text = str(url)
    if ctx.json:
        text = json.dumps({"id": export.id, "url": text}, indent=2)
    ctx.out.write(text + "\n")
    ctx.out.flush()


async def run_exports(ctx: Context) -> int:
    """Run one ``exports`` action; errors propagate to the caller's mapping."""
    args = ctx.args
    async with open_client(ctx) as client:
        if args.action == "list":
            await _list_exports(ctx, client)
        elif args.action == "get":
            _show_export(ctx, await client.mesh_exports.get(args.export_id))
        elif args.action == "url":
            _print_url(ctx, await client.mesh_exports.get(args.export_id))
        elif args.action == "start":
            export = await client.mesh_exports.start(
                imodel_id=args.imodel, changeset_id=args.changeset, export_type=args.export_type
            )
            if args.wait:
                ctx.info(f"started export {export.id}; waiting until it is Complete...")
                export = await client.mesh_exports.wait(
                    export.id, timeout=args.timeout, poll_interval=args.poll_interval
                )
            _show_export(ctx, export)
        elif args.action == "wait":
            ctx.info(f"waiting for export {args.export_id}...")
            export = await client.mesh_exports.wait(
                args.export_id, timeout=args.timeout, poll_interval=args.poll_interval
            )
            _show_export(ctx, export)
        elif args.action == "delete":
            await client.mesh_exports.delete(args.export_id)
            if ctx.json:
                ctx.emit_json({"id": args.export_id, "deleted": True})
            else:
                ctx.result(f"deleted export {args.export_id}\n")
        else:  # pragma: no cover - argparse allows only the choices above
            raise AssertionError(args.action)
    return 0


async def run_connections(ctx: Context) -> int:
    """Run one ``connections`` action."""
    args = ctx.args
    async with open_client(ctx) as client:
        if args.action == "list":
            items = [
                output.api_object(c)
                async for c in client.export_connections.list(imodel_id=args.imodel)
            ]
            text = output.format_connections(items)
        elif args.action == "runs":
            items = [
                output.api_object(r)
                async for r in client.export_connections.runs(args.connection_id)
            ]
            text = output.format_runs(items)
        else:  # pragma: no cover
            raise AssertionError(args.action)
    if ctx.json:
        ctx.emit_json(items)
    else:
        ctx.result(text)
    return 0
