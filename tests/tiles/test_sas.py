"""Unit tests of SAS parsing: start and expiry times, expiry margins, redaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from itwin_mesh_async.sas import SasInfo, expires_within, is_expiring, parse_sas, parse_sas_time

SIG = "aB%2Bc%2F9%3D%3D"
SAS = f"sv=2022-11-02&st=2024-05-01T09%3A00%3A00Z&se=2024-05-01T10%3A00%3A00Z&sr=c&sp=rl&sig={SIG}"


def test_parse_sas_reads_start_and_expiry() -> None:
    info = parse_sas(SAS)
    assert info.expires_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert info.starts_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert info.raw == SAS
    assert info.has_signature


def test_parse_sas_leading_question_mark_and_unencoded_colons() -> None:
    info = parse_sas("?se=2024-05-01T10:00:00Z&sig=x")
    assert info.expires_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert info.raw == "se=2024-05-01T10:00:00Z&sig=x"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T10:00:00Z", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("2024-05-01T10:00Z", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024-05-01T10:00:00.1234567Z", datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)),
        ("2024-05-01T12:00:00+02:00", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("2024-05-01T10:00:00", datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
        ("2024-13-45", None),
    ],
)
def test_parse_sas_time(text: str, expected: datetime | None) -> None:
    assert parse_sas_time(text) == expected


def test_parse_sas_without_times_or_garbled() -> None:
    info = parse_sas("sv=2022&sig=abc")
    assert info.expires_at is None and info.starts_at is None
    info = parse_sas("se=tomorrow&st=")
    assert info.expires_at is None and info.starts_at is None
    assert not info.has_signature
    assert parse_sas("").expires_at is None


def test_parse_sas_first_value_wins_on_repeat() -> None:
    info = parse_sas("se=2024-05-01T10:00:00Z&se=2099-01-01T00:00:00Z")
    assert info.expires_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


def test_repr_redacts_signature() -> None:
    info = parse_sas(SAS)
    text = repr(info)
    assert "sig=REDACTED" in text
    assert SIG not in text and "aB" not in text
    assert "se=2024-05-01T10%3A00%3A00Z" in text


def test_expires_within() -> None:
    info = parse_sas(SAS)
    expiry = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert not expires_within(info, 60, now=expiry - timedelta(seconds=61))
    assert expires_within(info, 60, now=expiry - timedelta(seconds=60))
    assert expires_within(info, 60, now=expiry - timedelta(seconds=59))
    assert expires_within(info, 0, now=expiry + timedelta(hours=1))  # already expired
    # A naive "now" counts as UTC; another offset is compared as the same instant.
    assert expires_within(info, 60, now=datetime(2024, 5, 1, 9, 59, 30))
    tz = timezone(timedelta(hours=2))
    assert not expires_within(info, 60, now=datetime(2024, 5, 1, 11, 0, tzinfo=tz))


def test_expires_within_uses_clock_by_default() -> None:
    past = SasInfo(expires_at=datetime.now(UTC) - timedelta(minutes=1), starts_at=None, raw="")
    future = SasInfo(expires_at=datetime.now(UTC) + timedelta(days=1), starts_at=None, raw="")
    assert expires_within(past, 0)
    assert not expires_within(future, 60)


def test_no_expiry_never_expiring() -> None:
    info = parse_sas("sig=abc")
    assert not expires_within(info, 10**9)
    assert not is_expiring(info)


def test_is_expiring_default_margin_five_minutes() -> None:
    info = parse_sas(SAS)
    expiry = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert is_expiring(info, now=expiry - timedelta(minutes=4))
    assert not is_expiring(info, now=expiry - timedelta(minutes=6))
    assert is_expiring(info, margin=3600, now=expiry - timedelta(minutes=30))
