"""The emulator's SAS signing and checking (pure): string to sign, times, outcomes."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

from itwin_mesh_async.emulator.sas import (
    check_service_sas,
    format_sas_time,
    generate_container_sas,
    parse_sas_time,
    service_sas_fields,
    string_to_sign,
)

# ---- pure parts -------------------------------------------------------------------------


def test_string_to_sign_per_version() -> None:
    fields = {"sv": "2022-11-02", "sp": "rl", "st": "S", "se": "E", "sr": "c", "spr": "https"}
    assert string_to_sign(fields, "acct", "cont").split("\n") == [
        "rl",
        "S",
        "E",
        "/blob/acct/cont",
        "",
        "",
        "https",
        "2022-11-02",
        "c",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    old = {**fields, "sv": "2019-02-02"}
    assert string_to_sign(old, "acct", "cont").split("\n") == [
        "rl",
        "S",
        "E",
        "/blob/acct/cont",
        "",
        "",
        "https",
        "2019-02-02",
        "c",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    older = {**fields, "sv": "2015-04-05"}
    assert len(string_to_sign(older, "acct", "cont").split("\n")) == 13
    blob_fields = {**fields, "sr": "b"}
    assert "/blob/acct/cont/a/b.glb" in string_to_sign(blob_fields, "acct", "cont", "a/b.glb")
    assert "/blob/acct/cont\n" in string_to_sign(fields, "acct", "cont", "a/b.glb")


def test_parse_and_format_sas_time() -> None:
    moment = datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)
    assert format_sas_time(moment) == "2024-08-22T03:18:43Z"
    assert format_sas_time(moment.replace(tzinfo=None)) == "2024-08-22T03:18:43Z"
    assert parse_sas_time("2024-08-22T03:18:43Z") == moment
    assert parse_sas_time("2024-08-22T03:18:43+00:00") == moment
    assert parse_sas_time("2024-08-22T03:18:43.1234567Z") == moment.replace(microsecond=123456)
    assert parse_sas_time("2024-08-22") == datetime(2024, 8, 22, tzinfo=UTC)
    assert parse_sas_time("yesterday") is None


def test_check_service_sas_outcomes() -> None:
    key = base64.b64encode(b"k" * 64).decode()
    now = datetime(2024, 1, 1, 12, tzinfo=UTC)
    good = service_sas_fields("acct", key, "cont", expiry=now + timedelta(hours=1))

    def check(fields: dict[str, str], permission: str = "r", scheme: str = "http") -> str | None:
        failure = check_service_sas(
            fields,
            account="acct",
            keys={"key1": key},
            container="cont",
            blob="x.glb",
            permission=permission,
            scheme=scheme,
            now=now,
        )
        return failure.code if failure else None

    assert check(good) is None
    assert check(good, "l") is None
    assert check(good, "w") == "AuthorizationPermissionMismatch"
    assert check({**good, "sig": good["sig"][:-2] + "A="}) == "AuthenticationFailed"
    assert check({k: v for k, v in good.items() if k != "se"}) == "AuthenticationFailed"
    assert check({**good, "sig": "***"}) == "AuthenticationFailed"
    blob_sas = service_sas_fields(
        "acct", key, "cont", expiry=now + timedelta(hours=1), blob="x.glb"
    )
    assert check(blob_sas) is None
    assert check(blob_sas, "l") == "AuthorizationResourceTypeMismatch"
    bad_time = service_sas_fields("acct", key, "cont", expiry=now + timedelta(hours=1))
    bad_time["se"] = "soon"
    bad_time["sig"] = service_sas_fields("acct", key, "cont", expiry=now)["sig"]
    assert check(bad_time) == "AuthenticationFailed"


def test_generate_container_sas_encodes_every_value() -> None:
    sas = generate_container_sas(
        "acct",
        base64.b64encode(b"x" * 32).decode(),
        "cont",
        expiry=datetime(2030, 1, 1, tzinfo=UTC),
    )
    assert sas.startswith(
        "sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=rl&spr=https%2Chttp&sig="
    )
    assert "+" not in sas and "/" not in sas
