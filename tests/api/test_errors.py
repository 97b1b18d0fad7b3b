"""The error hierarchy, the one error factory, and redaction of secrets."""

from __future__ import annotations

import json

import pytest

from itwin_mesh_async.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    DownloadError,
    ErrorDetail,
    ExportFailedError,
    InvalidArgumentError,
    ITwinError,
    LinkExpiredError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TileError,
    TileFetchError,
    TileFormatError,
    TransportError,
    UnprocessableError,
    UnsafeReferenceError,
    WaitTimeoutError,
    api_error_from_response,
)
from itwin_mesh_async.redact import REDACTED, redact_text, redact_url

SIG = "sv4%2Bsecret%2Fsig%3D"
SAS_URL = (
    f"https://acct.blob.core.windows.net/c1/tileset.json?sv=2021-08-06&se=2030-01-01&sig={SIG}"
)


def body(**error: object) -> bytes:
    return json.dumps({"error": error}).encode()


# --- hierarchy -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cls",
    [
        APIError,
        AuthenticationError,
        ConflictError,
        DownloadError,
        ExportFailedError,
        InvalidArgumentError,
        LinkExpiredError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        TileError,
        TileFetchError,
        TileFormatError,
        TransportError,
        UnprocessableError,
        UnsafeReferenceError,
        WaitTimeoutError,
    ],
)
def test_every_error_is_an_itwin_error(cls: type[Exception]) -> None:
    assert issubclass(cls, ITwinError)


def test_errors_that_callers_catch_by_builtin_type() -> None:
    assert issubclass(InvalidArgumentError, ValueError)
    assert issubclass(WaitTimeoutError, TimeoutError)
    assert issubclass(LinkExpiredError, TileFetchError)
    assert issubclass(UnsafeReferenceError, TileError)


# --- the factory ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, APIError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIError),
        (409, ConflictError),
        (422, UnprocessableError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (599, ServerError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[APIError]) -> None:
    error = api_error_from_response(status, {}, b"")
    assert type(error) is cls
    assert error.status == status


def test_the_seed_error_body_is_read_in_full() -> None:
    raw = body(
        code="InvalidMeshExportRequest",
        message="Invalid request.",
        target="iModelId",
        details=[
            {"code": "InvalidValue", "message": "must be a GUID", "target": "iModelId"},
            {"code": "MissingRequiredProperty", "message": "required"},
            "not a dict",
        ],
    )
    error = api_error_from_response(
        422,
        {"x-correlation-id": "corr-1"},
        raw,
        method="POST",
        url="https://api.bentley.com/mesh-export/",
    )
    assert isinstance(error, UnprocessableError)
    assert (error.code, error.message, error.target) == (
        "InvalidMeshExportRequest",
        "Invalid request.",
        "iModelId",
    )
    assert error.details == (
        ErrorDetail("InvalidValue", "must be a GUID", "iModelId"),
        ErrorDetail("MissingRequiredProperty", "required", None),
    )
    assert error.correlation_id == "corr-1"
    assert str(error) == (
        "HTTP 422: InvalidMeshExportRequest: Invalid request (target: iModelId)"
        " [iModelId: InvalidValue: must be a GUID; MissingRequiredProperty: required]"
        " on POST https://api.bentley.com/mesh-export/ (correlation id corr-1)"
    )
    assert repr(error) == (
        "UnprocessableError(status=422, code='InvalidMeshExportRequest', "
        "message='Invalid request.')"
    )


def test_correlation_id_header_in_either_case() -> None:
    error = api_error_from_response(404, {"X-Correlation-ID": "Abc"}, b"")
    assert error.correlation_id == "Abc"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", None),
        (b"<!DOCTYPE html><html><title>Service Unavailable</title></html>", None),
        (b"   <html>", None),
        (b"Bad   Gateway\n\nupstream", "Bad Gateway upstream"),
        (b"\xff\xfe binary", "\ufffd\ufffd binary"),
        (b"[1, 2]", None),
        (b'"a json string"', '"a json string"'),  # a bare JSON string reads as text
        (b'{"error": null}', None),
        (b'{"error": {"code": 5, "message": ""}}', None),
        (b'{"message": "not in the schema"}', None),
        (b"x" * 500, "x" * 200),
    ],
)
def test_bodies_outside_the_schema_still_give_typed_errors(raw: bytes, message: str | None) -> None:
    error = api_error_from_response(503, {}, raw)
    assert isinstance(error, ServerError)
    assert error.code is None
    assert error.message == message
    assert str(error).startswith("HTTP 503")


def test_rate_limit_carries_retry_after_only_on_429() -> None:
    error = api_error_from_response(429, {}, body(code="RateLimitExceeded"), retry_after=30.0)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0 and error.code == "RateLimitExceeded"
    assert not hasattr(api_error_from_response(503, {}, b"", retry_after=5.0), "retry_after")
    assert RateLimitError(429).retry_after is None


def test_urls_in_api_errors_are_redacted() -> None:
    error = api_error_from_response(403, {}, b"", method="GET", url=SAS_URL)
    assert SIG not in str(error) and SIG not in repr(error)
    assert f"sig={REDACTED}" in error.url


# --- other errors --------------------------------------------------------------------------------


def test_transport_error_names_the_request_without_secrets() -> None:
    error = TransportError("cannot connect", method="GET", url=SAS_URL)
    assert str(error).startswith("cannot connect (GET https://acct.blob.core.windows.net/c1/")
    assert SIG not in str(error) and error.method == "GET"
    assert str(TransportError("the transport is closed")) == "the transport is closed"


def test_tile_errors_prefer_the_path_and_redact_the_url() -> None:
    assert str(TileFormatError("bad magic", path="a/b.glb", url=SAS_URL)) == "a/b.glb: bad magic"
    only_url = TileFetchError("HTTP 500", status=500, url=SAS_URL)
    assert only_url.status == 500 and SIG not in str(only_url) and REDACTED in str(only_url)
    assert str(TileError("plain")) == "plain"
    expired = LinkExpiredError("link expired", status=403, path="tileset.json")
    assert expired.status == 403 and str(expired) == "tileset.json: link expired"


def test_export_failed_and_download_errors() -> None:
    failed = ExportFailedError("e1", "tiler crashed", export={"id": "e1"})
    assert str(failed) == "export e1 is Invalid: tiler crashed" and failed.export == {"id": "e1"}
    assert str(ExportFailedError("e2", None)) == "export e2 is Invalid: no error text given"
    report = object()
    assert DownloadError("DEST unwritable", report=report).report is report


# --- redaction -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (SAS_URL, SAS_URL.replace(SIG, REDACTED)),
        ("https://h/p?sig=a&SIG=b&x=1", f"https://h/p?sig={REDACTED}&SIG={REDACTED}&x=1"),
        ("https://h/p?access_token=t0k#frag", f"https://h/p?access_token={REDACTED}#frag"),
        (
            "https://h/p?client_secret=s&signature=z",
            f"https://h/p?client_secret={REDACTED}&signature={REDACTED}",
        ),
        ("https://h/p?design=1&keys=2", "https://h/p?design=1&keys=2"),
        ("https://h/tileset.json", "https://h/tileset.json"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redact_url_accepts_url_objects() -> None:
    from yarl import URL

    assert SIG not in redact_url(URL(SAS_URL, encoded=True))


def test_redact_text_removes_credentials_and_given_secrets() -> None:
    text = (
        "Authorization: Bearer eyJ.abc-123_x/y+z= sent to "
        f"{SAS_URL} with basic dXNlcjpwYXNz and secret s3cr3t-value"
    )
    clean = redact_text(text, ["s3cr3t-value", "", "abc"])
    assert "eyJ" not in clean and SIG not in clean and "dXNlcjpwYXNz" not in clean
    assert "s3cr3t-value" not in clean
    assert f"Bearer {REDACTED}" in clean and f"basic {REDACTED}" in clean
    # secrets shorter than 4 characters are not scrubbed: they would shred ordinary text
    assert redact_text("abc def", ["abc"]) == "abc def"
