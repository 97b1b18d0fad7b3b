"""Human and JSON output, progress lines and bars, and the redacting log filter."""

from __future__ import annotations

import json

import attrs

from itwin_mesh_async.cli.logs import RedactingFilter
from itwin_mesh_async.cli.output import (
    format_export,
    format_exports,
    format_summary,
    scrub,
    to_json,
)

SIG = "Zm9vYmFy%2Bc2lnbmF0dXJl%3D"


EXPORT = {
    "id": "e1",
    "displayName": "Bridge",
    "status": "Complete",
    "lastModified": "2024-01-02T03:04:05.1234567Z",
    "request": {"iModelId": "m1", "changesetId": "", "exportType": "3DTiles"},
    "_links": {"mesh": {"href": f"https://acct.blob/c/e1?sv=1&sig={SIG}"}},
}


# --- output ---------------------------------------------------------------------------------


def test_json_output_keeps_camel_case_and_redacts_the_sas() -> None:
    text = to_json([EXPORT], ["never-shown"])
    assert SIG not in text
    data = json.loads(text)
    assert data[0]["displayName"] == "Bridge"
    assert data[0]["_links"]["mesh"]["href"] == "https://acct.blob/c/e1?sv=1&sig=REDACTED"
    assert scrub({"a": ["Bearer abc.def", 3]}) == {"a": ["Bearer REDACTED", 3]}


def test_human_output() -> None:
    table = format_exports([EXPORT, {**EXPORT, "id": "e2", "status": "InProgress"}])
    lines = table.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "TYPE", "CHANGESET", "LAST", "MODIFIED", "NAME"]
    assert lines[1].split()[:3] == ["e1", "Complete", "3DTiles"]
    assert format_exports([]) == "no exports\n"
    one = format_export(EXPORT)
    assert "status:" in one and SIG not in one and "sig=REDACTED" in one
    summary = format_summary(
        {
            "tiles": 3,
            "bytes": 2048,
            "skipped": 1,
            "failed": 1,
            "seconds": 0.5,
            "dest": "out",
            "failures": [{"path": "a/b.glb", "reason": "HTTP 404"}],
        }
    )
    assert summary.startswith("3 files, 2.0 kB in 0.5s")
    assert "1 already complete, 1 failed -> out" in summary
    assert "  failed: a/b.glb: HTTP 404" in summary


# --- logs -----------------------------------------------------------------------------------


def test_redacting_log_filter() -> None:
    import logging

    secrets = ["tok-secret-123"]
    record = logging.LogRecord(
        "itwin_mesh_async.http",
        logging.DEBUG,
        __file__,
        1,
        "GET %s with %s",
        (f"https://x/y?sig={SIG}", "tok-secret-123"),
        None,
    )
    assert RedactingFilter(secrets).filter(record)
    assert record.getMessage() == "GET https://x/y?sig=REDACTED with REDACTED"


def test_api_object_prefers_the_raw_body_and_falls_back_to_camel_case() -> None:
    from itwin_mesh_async.cli.output import api_object
    from itwin_mesh_async.converter import structure
    from itwin_mesh_async.models import Export

    body = {"id": "x", "displayName": "D", "status": "Complete", "futureField": 1}
    export = structure(body, Export)
    assert api_object(export) == body  # exactly what the service sent, unknown fields too
    built = attrs.evolve(export, raw={})
    unstructured = api_object(built)
    assert unstructured["displayName"] == "D" and "display_name" not in unstructured
