"""What the CLI prints: the API's own JSON objects and compact human tables.

Pure: functions return text; the caller writes it. Every string that goes out passes through
:func:`scrub` so that a SAS signature inside ``_links.mesh.href`` never reaches a terminal, a
log or a pipe.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..redact import redact_text

__all__ = [
    "api_object",
    "format_connections",
    "format_export",
    "format_exports",
    "format_runs",
    "format_summary",
    "human_size",
    "printable",
    "scrub",
    "to_json",
]


def scrub(value: Any, secrets: Sequence[str] = ()) -> Any:
    """``value`` (JSON-like) with SAS signatures, bearer credentials and ``secrets`` redacted."""
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, Mapping):
        return {str(k): scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(v, secrets) for v in value]
    return value


def api_object(model: Any) -> dict[str, Any]:
    """The camelCase object the service returned for ``model`` (kept by the models as ``raw``)."""
    raw = getattr(model, "raw", None)
    if isinstance(raw, Mapping) and raw:
        return dict(raw)
    # A model built in code rather than parsed from a response: unstructure it to camelCase.
    from ..converter import converter  # noqa: PLC0415 - only needed on this rare path

    data = converter.unstructure(model)
    return dict(data) if isinstance(data, Mapping) else {"value": data}


# A lone surrogate (from a reference such as "bad\\ud800.glb", which is valid JSON) cannot be
# encoded to UTF-8: printing it would crash and lose the report.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def to_json(value: Any, secrets: Sequence[str] = ()) -> str:
    """One JSON document, scrubbed, with a final newline; always encodable as UTF-8 (a lone
    surrogate, which only a string can hold, is written as its ``\\uXXXX`` escape)."""
    text = json.dumps(scrub(value, secrets), indent=2, ensure_ascii=False, default=str)
    return _SURROGATE.sub(_escape, text) + "\n"


def printable(text: str) -> str:
    """``text`` for a terminal: each lone surrogate shown as ``\\udXXX`` instead of crashing."""
    return _SURROGATE.sub(_escape, text)


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "-"
    return " ".join(str(value).split())


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    cells = [[_cell(c) for c in row] for row in rows]
    if not cells:
        return ""
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = [headers, *cells]
    out = []
    for line in lines:
        # The last column is not padded, so that long names do not leave trailing blanks.
        text = "  ".join(c.ljust(w) for c, w in zip(line[:-1], widths[:-1], strict=True))
        out.append((text + "  " + line[-1]) if text else line[-1])
    return "\n".join(out) + "\n"


def _get(obj: Mapping[str, Any], *path: str) -> Any:
    value: Any = obj
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _export_row(e: Mapping[str, Any]) -> list[Any]:
    return [
        e.get("id"),
        e.get("status"),
        _get(e, "request", "exportType"),
        _get(e, "request", "changesetId"),
        e.get("lastModified"),
        e.get("displayName"),
    ]


_EXPORT_HEADERS = ("ID", "STATUS", "TYPE", "CHANGESET", "LAST MODIFIED", "NAME")


def format_exports(exports: Sequence[Mapping[str, Any]]) -> str:
    """A table of exports, one per line; a note when there is none."""
    if not exports:
        return "no exports\n"
    return _table(_EXPORT_HEADERS, (_export_row(e) for e in exports))


def format_export(e: Mapping[str, Any], secrets: Sequence[str] = ()) -> str:
    """One export as ``key: value`` lines (the mesh link with its signature redacted)."""
    pairs: list[tuple[str, Any]] = [
        ("id", e.get("id")),
        ("name", e.get("displayName")),
        ("status", e.get("status")),
        ("type", _get(e, "request", "exportType")),
        ("iModel", _get(e, "request", "iModelId")),
        ("changeset", _get(e, "request", "changesetId")),
        ("last modified", e.get("lastModified")),
    ]
    if e.get("error"):
        pairs.append(("error", e.get("error")))
    href = _get(e, "_links", "mesh", "href")
    if href:
        pairs.append(("mesh", redact_text(str(href), secrets)))
    width = max(len(k) for k, _ in pairs)
    return "".join(f"{k + ':':<{width + 1}} {_cell(v)}\n" for k, v in pairs)


def format_connections(conns: Sequence[Mapping[str, Any]]) -> str:
    """A table of export connections."""
    if not conns:
        return "no connections\n"
    rows = (
        [c.get("id"), c.get("authenticationType"), c.get("iModelId"), c.get("displayName")]
        for c in conns
    )
    return _table(("ID", "AUTH", "IMODEL", "NAME"), rows)


def format_runs(runs: Sequence[Mapping[str, Any]]) -> str:
    """A table of connection runs."""
    if not runs:
        return "no runs\n"
    rows = (
        [
            r.get("id"),
            r.get("state"),
            r.get("result"),
            r.get("startDateTime"),
            r.get("endDateTime"),
        ]
        for r in runs
    )
    return _table(("ID", "STATE", "RESULT", "STARTED", "ENDED"), rows)


def human_size(n: float) -> str:
    """``1.5 MB``-style text for a byte count, in decimal units (1 kB = 1000 bytes), the units
    rich's progress columns use."""
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


EXTRA_SHOWN = 20  # a folder full of the user's files must not bury the summary


def format_summary(summary: Mapping[str, Any]) -> str:
    """The download summary in one line (a dry run's says what would happen), then one line
    per failed file, per extra file (the user's, kept) and per note."""
    failures = summary.get("failures") or []
    failed = summary.get("failed")
    n_failed = failed if isinstance(failed, int) else len(failures)
    seconds = float(summary.get("seconds") or 0.0)
    nbytes = int(summary.get("bytes") or 0)
    rate = f", {human_size(nbytes / seconds)}/s" if seconds > 0 else ""
    reused, deleted = summary.get("reused") or 0, summary.get("deleted") or 0
    if summary.get("dry_run"):
        line = (
            f"dry run, nothing changed: would fetch {summary.get('tiles', 0)} files"
            f" ({human_size(nbytes)}), reuse {reused}, delete {deleted};"
            f" {summary.get('skipped', 0)} already complete -> {summary.get('dest')}\n"
        )
    else:
        synced = (f", {reused} reused" if reused else "") + (
            f", {deleted} deleted" if deleted else ""
        )
        line = (
            f"{summary.get('tiles', 0)} files, {human_size(nbytes)} in {seconds:.1f}s{rate}; "
            f"{summary.get('skipped', 0)} already complete{synced}, {n_failed} failed"
            f" -> {summary.get('dest')}\n"
        )
    for f in failures:
        if isinstance(f, Mapping):
            line += f"  failed: {f.get('path') or '-'}: {f.get('reason') or '-'}\n"
    extra = summary.get("extra") or []
    for path in extra[:EXTRA_SHOWN]:
        line += f"  extra (not written by itwin-mesh, kept): {path}\n"
    if len(extra) > EXTRA_SHOWN:
        line += f"  ... and {len(extra) - EXTRA_SHOWN} more extra files (--json lists them)\n"
    line += "".join(f"  note: {note}\n" for note in summary.get("notes") or [])
    return line
