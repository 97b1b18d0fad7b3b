"""Models and the converter: seed bodies, renames, datetimes, enums, errors (pure, no I/O)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from yarl import URL

from itwin_mesh_async.converter import (
    converter,
    parse_datetime,
    strict_converter,
    structure,
    structure_member,
    to_camel,
    unstructure,
)
from itwin_mesh_async.errors import InvalidArgumentError, UnexpectedResponseError
from itwin_mesh_async.models import (
    AuthenticationType,
    AuthorizationInformation,
    Connection,
    ExecutionResult,
    ExecutionState,
    Export,
    ExportLinks,
    ExportStatus,
    ExportType,
    Link,
    Run,
)
from itwin_mesh_async.paging import MAX_PAGE_SIZE, next_link, page_params, path_segment
from tests.helpers import seed

# (seed file, key holding a list or an object, model)
SEED_BODIES = [
    ("get_export.json", "export", Export),
    ("start_export.json", "export", Export),
    ("get_exports.json", "exports", Export),
    ("get_connection.json", "connection", Connection),
    ("get_connections.json", "connections", Connection),
    ("get_run.json", "run", Run),
    ("get_runs.json", "runs", Run),
    ("authorization_information.json", "authorizationInformation", AuthorizationInformation),
]


def _objects(body: Any, key: str) -> list[Any]:
    value = body[key]
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize(("name", "key", "model"), SEED_BODIES)
def test_every_seed_field_is_mapped_in_strict_mode(name: str, key: str, model: type) -> None:
    for obj in _objects(seed(name), key):
        strict_converter.structure(obj, model)  # raises on any key no field maps


@pytest.mark.parametrize(("name", "key", "model"), SEED_BODIES)
def test_seed_round_trips_through_unstructure(name: str, key: str, model: type[Any]) -> None:
    for obj in _objects(seed(name), key):
        first: Any = structure(obj, model)
        again: Any = strict_converter.structure(unstructure(first), model)
        assert again == first


def test_strict_mode_refuses_an_unmapped_key() -> None:
    body = dict(seed("get_export.json")["export"], brandNewField=1)
    with pytest.raises(cattrs.ClassValidationError):
        strict_converter.structure(body, Export)
    # the lenient converter ignores it
    assert structure(body, Export).id == body["id"]


def test_export_fields_from_the_get_export_seed() -> None:
    export = structure_member(seed("get_export.json"), "export", Export)
    assert export.id == "fc3aa1e5-5196-4dd9-a73e-4cfda693e576"
    assert export.display_name == "Bridge model"
    assert export.status is ExportStatus.COMPLETE
    assert export.is_complete and not export.is_invalid
    assert export.last_modified == datetime(2024, 8, 22, 3, 18, 43, 123456, tzinfo=UTC)
    req = export.request
    assert req is not None
    assert req.imodel_id == "b80f4fc2-4dbb-42c5-bb1f-f5aace3977dc"
    assert req.export_type is ExportType.THREE_D_TILES  # "3DTILES" in the body
    assert req.itwin_id == req.context_id == "6a1c2f3e-0d5b-4b43-9a3c-3f7e2a9f1b11"
    assert req.changeset_index == "42"  # a string, as documented
    assert req.changeset_number == export.changeset_number == 42
    assert req.tiler_config is not None
    assert [(i.key, i.value) for i in req.tiler_config] == [
        ("enableTextures", "true"),
        ("maxTileSize", "2048"),
    ]
    stats = export.stats
    assert stats is not None
    assert stats.imodel_size == 104857600 and isinstance(stats.imodel_size, int)
    assert stats.duration == 522.75
    assert stats.start_time == datetime(2024, 8, 22, 3, 10, 1, 500000, tzinfo=UTC)
    assert stats.export_dir_structure == {"tileset.json": 2048, "tiles": 412}
    assert stats.metrics == {"tiles": 412, "maxDepth": 7}


def test_tileset_url_keeps_the_sas_byte_exact() -> None:
    export = structure_member(seed("get_export.json"), "export", Export)
    url = export.tileset_url
    assert isinstance(url, URL)
    assert str(url) == (
        "https://exportstorage.blob.core.windows.net/fc3aa1e5-5196-4dd9-a73e-4cfda693e576"
        "/tileset.json?sv=2021-08-06&se=2024-08-22T04%3A18%3A43Z&sr=c&sp=rl&sig=Ab%2Bc%2Fd%3D%3D"
    )
    assert url.raw_query_string.endswith("sig=Ab%2Bc%2Fd%3D%3D")
    assert export.sas_expires_at == datetime(2024, 8, 22, 4, 18, 43, tzinfo=UTC)


def test_export_without_links_has_no_tileset_url() -> None:
    export = structure({"id": "e1", "status": "InProgress"}, Export)
    assert export.tileset_url is None
    assert export.sas_expires_at is None
    assert export.mesh_href is None
    no_query = Export(id="e2", links=ExportLinks(mesh=Link("https://a.example/c")))
    assert no_query.sas_expires_at is None


def test_repr_hides_the_sas_signature_and_raw() -> None:
    export = structure_member(seed("get_export.json"), "export", Export)
    text = repr(export)
    assert "Ab%2Bc" not in text
    assert "sig=REDACTED" in text
    assert "raw=" not in text


def test_raw_keeps_the_services_object_and_is_not_compared() -> None:
    body = seed("get_export.json")["export"]
    export = structure(body, Export)
    assert export.raw == body
    assert json.loads(json.dumps(export.raw)) == body  # printable as is (CLI --json)
    other = structure(dict(body, extra="x"), Export)
    assert other == export  # raw differs, equality does not look at it


def test_unstructure_gives_camel_case_without_nones() -> None:
    export = structure_member(seed("start_export.json"), "export", Export)
    out = unstructure(export)
    assert out["displayName"] == "My iModel"
    assert out["status"] == "NotStarted"
    assert out["request"]["iModelId"] == "b80f4fc2-4dbb-42c5-bb1f-f5aace3977dc"
    assert out["lastModified"] == "2024-08-22T03:18:43Z"
    assert "error" not in out and "raw" not in out and "_links" not in out
    json.dumps(out)


def test_list_seed_statuses_types_and_links() -> None:
    exports = [structure(e, Export) for e in seed("get_exports.json")["exports"]]
    assert [e.status for e in exports] == [
        ExportStatus.NOT_STARTED,
        ExportStatus.COMPLETE,
        ExportStatus.INVALID,
    ]
    assert exports[0].request is not None and exports[0].request.changeset_id == ""
    assert exports[1].request is not None
    assert exports[1].request.export_type is ExportType.CESIUM
    assert exports[2].error == "The iModel could not be opened."
    assert next_link(seed("get_exports.json")) == (
        "https://api.bentley.com/mesh-export/?$top=100&$skip=100"
    )


def test_unknown_enum_values_survive_as_strings() -> None:
    export = structure({"id": "e", "status": "Archived", "request": {"exportType": "USDZ"}}, Export)
    assert export.status == "Archived" and not isinstance(export.status, ExportStatus)
    assert export.request is not None and export.request.export_type == "USDZ"
    run = structure(
        {"id": "r", "state": "Paused", "result": "Exploded", "jobs": [{"id": "j", "tasks": []}]},
        Run,
    )
    assert (run.state, run.result) == ("Paused", "Exploded")
    conn = structure({"id": "c", "authenticationType": "Robot"}, Connection)
    assert conn.authentication_type == "Robot"


def test_enum_lookup_is_case_insensitive_and_knows_both_cancel_spellings() -> None:
    assert ExportType("3DTILES") is ExportType.THREE_D_TILES
    assert ExportType("3dtiles") is ExportType.THREE_D_TILES
    assert ExportType("gltf") is ExportType.GLTF
    assert ExportStatus("complete") is ExportStatus.COMPLETE
    assert ExecutionResult("Cancelled") is ExecutionResult.CANCELED
    assert ExecutionResult("Canceled") is ExecutionResult.CANCELED
    assert ExecutionState("waitingtoretry") is ExecutionState.WAITING_TO_RETRY
    assert AuthenticationType("service") is AuthenticationType.SERVICE
    with pytest.raises(ValueError):
        ExportType("nope")


def test_runs_seed_parses_jobs_tasks_and_errors() -> None:
    runs = [structure(r, Run) for r in seed("get_runs.json")["runs"]]
    first = runs[0]
    assert first.state is ExecutionState.COMPLETED and first.result is ExecutionResult.ERROR
    task = first.jobs[0].tasks[0]
    assert task.export_output_file_id == "fa310a48-d89c-493a-8124-80406ac46f66"
    assert task.error is not None
    assert task.error.bridge_exit_code == -7002
    assert task.error.can_user_fix is False
    assert task.error.kb_article_link == ""
    assert runs[1].result is ExecutionResult.CANCELED
    assert runs[1].start_date_time == datetime(2020, 10, 24, 2, 44, 13, 410966, tzinfo=UTC)
    run = structure_member(seed("get_run.json"), "run", Run)
    assert run.jobs[0].connector_type == "DWG"
    assert run.jobs[0].tasks[0].error is not None
    assert run.jobs[0].tasks[0].error.bridge_exit_code == 4294967295


def test_connection_and_authorization_seeds() -> None:
    conns = [structure(c, Connection) for c in seed("get_connections.json")["connections"]]
    assert conns[0].id == "VRZHoBhrnkGrAev0-_-d_xwvyrzjgaVGka5wU967Q7M"  # not a UUID
    assert conns[0].authentication_type is AuthenticationType.USER
    assert conns[0].links is not None and conns[0].links.last_run is not None
    assert conns[0].links.imodel is not None
    assert conns[0].links.imodel.href.endswith("/imodels/a0471655-6b18-419e-ab01-ebf4fbff9dff")
    assert conns[1].links is not None and conns[1].links.last_run is None
    info = structure_member(
        seed("authorization_information.json"),
        "authorizationInformation",
        AuthorizationInformation,
    )
    assert info.is_user_authorized is False
    assert info.authorization_url == (
        "https://connect-itwinbridgeportal.bentley.com/authenticate?redirect_url=https://myUrl.com"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-08-22T03:18:43Z", datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)),
        ("2024-08-22T03:18:43+00:00", datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)),
        ("2024-08-22T03:18:43.0000000+00:00", datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)),
        ("2024-08-22T03:18:43.1234567Z", datetime(2024, 8, 22, 3, 18, 43, 123456, tzinfo=UTC)),
        ("2024-08-22T03:18:43.5Z", datetime(2024, 8, 22, 3, 18, 43, 500000, tzinfo=UTC)),
        ("2024-08-22T03:18:43", datetime(2024, 8, 22, 3, 18, 43, tzinfo=UTC)),
        (
            "2024-08-22T03:18:43.12-05:00",
            datetime(2024, 8, 22, 3, 18, 43, 120000, tzinfo=timezone(timedelta(hours=-5))),
        ),
    ],
)
def test_datetime_formats(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.tzinfo is not None
    assert structure({"id": "x", "lastModified": text}, Export).last_modified == expected


def test_bad_bodies_raise_unexpected_response_error_without_values() -> None:
    with pytest.raises(UnexpectedResponseError) as info:
        structure({"id": {"sig": "TOPSECRET"}, "status": "Complete"}, Export)
    assert "$.id" in str(info.value)
    assert "TOPSECRET" not in str(info.value)
    with pytest.raises(UnexpectedResponseError, match="id"):
        structure({"status": "Complete"}, Export)
    with pytest.raises(UnexpectedResponseError, match="JSON object"):
        structure(["not", "an", "object"], Export)
    with pytest.raises(UnexpectedResponseError, match="'export'"):
        structure_member({"exports": []}, "export", Export)
    with pytest.raises(UnexpectedResponseError, match="'export'"):
        structure_member(None, "export", Export)
    # stats are informational: a figure of an odd shape is dropped, the export still reads
    stats = structure({"id": "x", "stats": {"rawSize": "lots", "diskSize": 7}}, Export).stats
    assert stats is not None and stats.raw_size is None and stats.disk_size == 7


def test_to_camel_and_rename_table() -> None:
    assert to_camel("imodel_id") == "iModelId"
    assert to_camel("itwin_id") == "iTwinId"
    assert to_camel("imodel_size") == "iModelSize"
    assert to_camel("links") == "_links"
    assert to_camel("kb_article_link") == "kbArticleLink"
    assert to_camel("imodel") == "iModel"
    assert to_camel("itwinjs") == "iTwinJS"
    assert to_camel("id") == "id"


def test_one_shared_converter() -> None:
    assert converter is not strict_converter
    assert converter.structure({"id": "x"}, Export) == Export(id="x")


def test_page_params_validation() -> None:
    assert page_params(None, None) == {}
    assert page_params(MAX_PAGE_SIZE, 0) == {"$top": "1000", "$skip": "0"}
    with pytest.raises(InvalidArgumentError, match="between 1 and 1000"):
        page_params(1001, None)
    with pytest.raises(InvalidArgumentError, match="between 1 and 1000"):
        page_params(0, None)
    with pytest.raises(InvalidArgumentError, match="integer"):
        page_params(True, None)
    with pytest.raises(InvalidArgumentError, match="skip"):
        page_params(None, -1)


def test_path_segment_quotes_ids() -> None:
    assert path_segment("abc-1", "id") == "abc-1"
    assert path_segment("a/b?c#d", "id") == "a%2Fb%3Fc%23d"
    for bad in ("", "  ", ".", ".."):
        with pytest.raises(InvalidArgumentError):
            path_segment(bad, "export_id")


@given(
    st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(2200, 1, 1),
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30))]),
    ),
    st.integers(min_value=0, max_value=9),
)
def test_dotnet_timestamps_parse_to_the_microsecond(moment: datetime, extra: int) -> None:
    # .NET writes 7 fractional digits; the 7th must not shift or break the parse
    text = moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + str(extra) + moment.strftime("%z")
    assert parse_datetime(text) == moment
    if moment.utcoffset() == timedelta(0):
        assert parse_datetime(text[: -len("+0000")] + "Z") == moment


@given(
    st.text(min_size=1).filter(lambda t: t.casefold() not in {s.casefold() for s in ExportStatus})
)
def test_any_unknown_status_survives_as_text(text: str) -> None:
    assert structure({"id": "x", "status": text}, Export).status == text
