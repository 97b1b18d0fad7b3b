"""The one cattrs converter between the service's camelCase JSON and the models.

- Field names map by a generic snake_case -> camelCase rule (``iModel``/``iTwin`` spelled the
  service's way) plus a small rename table (``links`` <-> ``_links``).
- Datetimes accept ``...Z``, ``+00:00``, no offset (taken as UTC) and .NET's 7 fractional digits.
- ``Enum | str`` fields keep unknown values as the plain string.
- Unknown JSON keys are ignored by :data:`converter`; :data:`strict_converter` forbids them and is
  meant for tests that prove every field of the documented bodies is mapped.
- Models with a ``raw`` field receive the original JSON object there.
- One malformed field never loses an answer (or a page of a list): :data:`converter` leaves a
  field whose value does not fit its type at its default (None) and keeps the rest; the value
  stays in the top-level model's ``raw``. Only a required field (``id``) that does not fit
  fails the object. :data:`strict_converter` fails on any misfit.
- Models marked ``_lenient`` (diagnostic figures such as the export's ``stats``) also read as
  None when the whole value is not an object.
- An empty timestamp string means "no timestamp" (None).

Pure: no I/O.
"""

from __future__ import annotations

import enum
import logging
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .errors import UnexpectedResponseError

__all__ = [
    "converter",
    "make_converter",
    "parse_datetime",
    "strict_converter",
    "structure",
    "structure_member",
    "to_camel",
    "unstructure",
]

T = TypeVar("T")
_log = logging.getLogger(__name__)

# Field-name exceptions to the generic camelCase rule.
_RENAMES: Mapping[str, str] = {"links": "_links", "self_link": "self"}
# Words the service capitalizes its own way.
_WORDS: Mapping[str, str] = {"imodel": "iModel", "itwin": "iTwin", "itwinjs": "iTwinJS"}
# Key under which a model's original JSON object is handed to its ``raw`` field.
_RAW_KEY = "\x00raw"

_DATETIME = re.compile(r"^(?P<head>[^.]*?T\d{2}:\d{2}(?::\d{2})?)(?:\.(?P<frac>\d+))?(?P<tz>.*)$")


def to_camel(name: str) -> str:
    """The service's JSON key for a snake_case field name (``imodel_id`` -> ``iModelId``)."""
    if name in _RENAMES:
        return _RENAMES[name]
    out: list[str] = []
    for i, part in enumerate(name.split("_")):
        word = _WORDS.get(part, part)
        out.append(word if i == 0 else word[:1].upper() + word[1:])
    return "".join(out)


def parse_datetime(value: Any) -> datetime:
    """Parse the service's timestamps; a missing offset means UTC."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        match = _DATETIME.match(text)
        if match and match["frac"] is not None:
            # .NET writes 7 fractional digits; Python keeps microseconds (6).
            text = f"{match['head']}.{match['frac'][:6]}{match['tz']}"
        parsed = datetime.fromisoformat(text)
    else:
        raise TypeError(f"expected an ISO 8601 timestamp string, got {type(value).__name__}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _datetime_or_none(value: Any) -> datetime | None:
    if isinstance(value, str) and not value.strip():
        return None
    return parse_datetime(value)


_MISFIT = (cattrs.BaseValidationError, ValueError, TypeError, KeyError)


def _tolerant(
    conv: cattrs.Converter, cls: type[Any], base: Callable[[Any, Any], Any], *, lenient: bool
) -> Callable[[Any, Any], Any]:
    """A structure function that, when ``base`` fails, leaves each optional field whose value
    does not fit its type at its default and tries again (``lenient``: a value that is not an
    object at all gives None instead of failing)."""
    fields = [(f, to_camel(f.name)) for f in attrs.fields(attrs.resolve_types(cls))]

    def structure_tolerant(data: Any, tp: Any) -> Any:
        try:
            return base(data, tp)
        except _MISFIT as exc:
            if not isinstance(data, Mapping):
                if lenient:
                    return None
                raise
            failure = exc
        kept = dict(data)
        for field, key in fields:
            if key not in kept or field.name == "raw":
                continue
            try:
                conv.structure(kept[key], field.type)
            except _MISFIT:
                if field.default is attrs.NOTHING:
                    raise failure from None  # a required field (``id``) that does not fit
                _log.debug("%s.%s: a value of an unexpected shape was left out",
                           cls.__name__, field.name)  # fmt: skip
                del kept[key]
        return base(kept, tp)

    return structure_tolerant


def _format_datetime(value: datetime) -> str:
    text = value.isoformat()
    return text[: -len("+00:00")] + "Z" if text.endswith("+00:00") else text


def _number(value: Any) -> float:
    # Sizes arrive as JSON integers; keep them exact (an int is a valid float for typing).
    if isinstance(value, bool):
        raise TypeError("expected a number, got bool")
    if isinstance(value, int | float):
        return value
    return float(value)


def _text(value: Any) -> str:
    # A number where text is documented (``changesetIndex: 42``) reads as its digits; an object,
    # a list or a bool is a misfit, never its Python repr.
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"expected a string, got {type(value).__name__}")


def _enum_of_union(tp: Any) -> tuple[type[enum.Enum], bool] | None:
    """(enum class, None allowed) when ``tp`` is ``SomeEnum | str`` or ``SomeEnum | str | None``."""
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return None
    args = typing.get_args(tp)
    enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
    rest = {a for a in args if a not in enums}
    if len(enums) != 1 or str not in rest or not rest <= {str, type(None)}:
        return None
    return enums[0], type(None) in rest


def _enum_or_str_hook(tp: Any) -> Callable[[Any, Any], Any]:
    found = _enum_of_union(tp)
    assert found is not None
    enum_cls, nullable = found

    def structure_enum_or_str(value: Any, _: Any) -> Any:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            kind = type(value).__name__
            raise TypeError(f"expected a string for {enum_cls.__name__}, got {kind}")
        try:
            return enum_cls(value)
        except ValueError:
            return value  # a value this library does not know yet survives as text

    return structure_enum_or_str


def make_converter(*, strict: bool = False) -> cattrs.Converter:
    """Build a converter; ``strict=True`` refuses JSON keys no model field maps (tests only)."""
    conv = cattrs.Converter(forbid_extra_keys=strict)
    conv.register_structure_hook(datetime, lambda v, _: _datetime_or_none(v))
    conv.register_unstructure_hook(datetime, _format_datetime)
    conv.register_structure_hook_factory(lambda t: _enum_of_union(t) is not None, _enum_or_str_hook)
    conv.register_unstructure_hook_func(
        lambda t: _enum_of_union(t) is not None,
        lambda v: v.value if isinstance(v, enum.Enum) else v,
    )
    conv.register_structure_hook(float, lambda v, _: _number(v))
    conv.register_structure_hook(str, lambda v, _: _text(v))
    conv.register_structure_hook(typing.Any, lambda v, _: v)

    def structure_factory(cls: type[Any]) -> Callable[[Any, Any], Any]:
        names = [f.name for f in attrs.fields(cls)]
        overrides: dict[str, Any] = {n: override(rename=to_camel(n)) for n in names}
        with_raw = "raw" in names
        if with_raw:
            overrides["raw"] = override(rename=_RAW_KEY)
        generated = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=strict, **overrides)

        def objects_only(data: Any, tp: Any) -> Any:
            if not isinstance(data, Mapping):
                raise TypeError(f"expected a JSON object for {cls.__name__}")
            return generated(data, tp)

        base: Callable[[Any, Any], Any] = objects_only

        if not strict:
            base = _tolerant(conv, cls, base, lenient=getattr(cls, "_lenient", False))
        if not with_raw:
            return base

        def structure_with_raw(data: Any, tp: Any) -> Any:
            if not isinstance(data, Mapping):
                raise TypeError(f"expected a JSON object for {cls.__name__}")
            return base({**data, _RAW_KEY: dict(data)}, tp)

        return structure_with_raw

    def unstructure_factory(cls: type[Any]) -> Callable[[Any], Any]:
        names = [f.name for f in attrs.fields(cls)]
        overrides: dict[str, Any] = {n: override(rename=to_camel(n)) for n in names}
        if "raw" in names:
            overrides["raw"] = override(omit=True)
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **overrides)

    conv.register_structure_hook_factory(attrs.has, structure_factory)
    conv.register_unstructure_hook_factory(attrs.has, unstructure_factory)
    return conv


converter = make_converter()
"""The converter the library uses: unknown keys ignored, unknown enum values kept as text."""

strict_converter = make_converter(strict=True)
"""Like :data:`converter` but every JSON key must map to a field (for tests)."""


def structure(data: Any, cls: type[T], *, what: str | None = None) -> T:
    """Structure ``data`` as ``cls``; raise :class:`UnexpectedResponseError` if it does not fit.

    The message names the offending paths and types, never the values (they may be secrets).
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        if isinstance(exc, cattrs.BaseValidationError):
            problems = "; ".join(cattrs.transform_error(exc, path="$")[:5])
        else:
            # Only our own TypeErrors are safe to quote; others may echo the value.
            problems = str(exc) if isinstance(exc, TypeError) else type(exc).__name__
        raise UnexpectedResponseError(
            f"unexpected response body for {what or cls.__name__}: {problems}"
        ) from None


def structure_member(body: Any, key: str, cls: type[T]) -> T:
    """Structure ``body[key]`` (the service wraps single objects: ``{"export": {...}}``)."""
    if not isinstance(body, Mapping) or not isinstance(body.get(key), Mapping):
        raise UnexpectedResponseError(f"unexpected response body: no {key!r} object")
    return structure(body[key], cls, what=key)


def unstructure(obj: Any) -> Any:
    """The camelCase JSON form of a model (None fields left out)."""
    return converter.unstructure(obj)
