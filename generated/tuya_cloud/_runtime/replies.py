"""Reading a successful reply's `result` into the operation's result type.

A reply that fits the spec is validated once by pydantic (in strict mode: no silent coercion) and
returned as typed models; that is the only work done on the common path. A reply that does not fit
is never thrown away by default: it is rebuilt field by field, every value that fits is typed as
usual, and every value that does not is kept exactly as sent (or left absent when it was missing),
with one WARNING per operation and field per process. With `strict=True` the first mismatch raises
TuyaResponseError instead. Messages name the field and the JSON types involved, never a value.
"""

from __future__ import annotations

import logging
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from .errors import TuyaResponseError

logger = logging.getLogger("tuya_cloud")

_ADAPTERS: dict[Any, Any] = {}  # result type -> pydantic TypeAdapter, shared by every client
_Refused: type[Exception] = Exception  # pydantic's ValidationError once pydantic is loaded (by adapter_for)
_WARNED: set[tuple[str, str]] = set()  # (operation, field path without list indices) already logged
_WARNED_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One reply value that does not fit the spec: where, what the spec expects, what came (a type)."""

    path: str  # e.g. result.status[0].code, or result.hours['2023051100'] in a map
    field: str  # the path without list indices and map keys (result.status[].code): one warning each
    expected: str  # e.g. "string"
    got: str  # e.g. "integer", "nothing (the field is missing)"


def adapter_for(result_type: Any) -> Any:
    global _Refused
    adapter = _ADAPTERS.get(result_type)
    if adapter is None:
        from pydantic import TypeAdapter, ValidationError  # loaded on the first call, not at import

        _Refused = ValidationError
        adapter = _ADAPTERS[result_type] = TypeAdapter(result_type)
    return adapter


def read_result(operation: str, result: Any, result_type: Any, *, strict: bool) -> Any:
    """The parsed result; a mismatch is kept and logged (lenient) or raised (strict)."""
    adapter = adapter_for(result_type)
    guard = coercion_guard(result_type)
    refused: Any = None
    if guard is None or not guard(result):
        try:
            return adapter.validate_python(result, strict=True)  # the whole cost of a reply that fits
        except _Refused as exc:
            refused = exc
    found: list[Mismatch] = []
    value = _rebuild(result_type, result, "result", found)
    if not found and refused is not None:  # pydantic refused what the field walk accepted: its own finding
        first = refused.errors()[0]
        where = "result" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        found.append(Mismatch(where, "result", first["msg"], _json_type(first.get("input"))))
    if strict:
        first_mismatch = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise TuyaResponseError(
            f"{operation}: the reply does not match the spec at {first_mismatch.path}: expected "
            f"{first_mismatch.expected}, got {first_mismatch.got}{more}",
            operation=operation,
            field=first_mismatch.path,
            expected=first_mismatch.expected,
            got=first_mismatch.got,
        )
    _warn_once(operation, found)
    return value


def _warn_once(operation: str, found: list[Mismatch]) -> None:
    for mismatch in found:
        key = (operation, mismatch.field)
        with _WARNED_LOCK:
            if key in _WARNED:
                continue
            _WARNED.add(key)
        logger.warning(
            "tuya_cloud: %s: reply field %s does not match the spec: expected %s, got %s; kept as sent "
            "(logged once per field and process; strict_responses=True raises instead)",
            operation,
            mismatch.field,
            mismatch.expected,
            mismatch.got,
        )


# ---------------------------------------------------------------- values pydantic would change

# pydantic's strict mode still changes two kinds of value: `true` matches the 1 of an integer
# Literal (and comes back as 1), and an integer is turned into a float for a float field (a
# 20-digit one losing digits). A guard says whether a value holds either where its type would do
# so; such a value is read field by field, and the value is kept as sent like any that does not fit.

Guard = Callable[[Any], bool]
_GUARDS: dict[Any, Guard | None] = {}


def coercion_guard(tp: Any) -> Guard | None:
    """A test for values of `tp` that pydantic would change; None when `tp` has no such place (most types)."""
    try:
        return _GUARDS[tp]
    except KeyError:
        pass
    _GUARDS[tp] = None  # a model that refers to itself: no guard for the inner reference
    guard = _GUARDS[tp] = _make_guard(tp)
    return guard


def _make_guard(tp: Any) -> Guard | None:
    from pydantic import BaseModel

    base, _ = _split_annotated(tp)
    members = [m for m in _union_members(base) if m is not type(None)]
    if not members:
        return None
    inner = _split_annotated(members[0])[0]
    if len(members) > 1 or get_origin(inner) is Literal or inner in (float, int, bool):
        return _scalar_guard(members)
    origin = get_origin(inner)
    if origin is list:
        item = coercion_guard((get_args(inner) or (Any,))[0])
        return None if item is None else (lambda v: isinstance(v, list) and any(item(i) for i in v))
    if origin is dict:
        entry = coercion_guard((get_args(inner) or (str, Any))[1])
        return None if entry is None else (lambda v: isinstance(v, dict) and any(entry(i) for i in v.values()))
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        fields = [
            (info.alias or name, field_guard)
            for name, info in inner.model_fields.items()
            if (field_guard := coercion_guard(_field_type(info))) is not None
        ]
        if not fields:
            return None
        return lambda v: isinstance(v, dict) and any(g(v[w]) for w, g in fields if w in v)
    return None


def _scalar_guard(members: list[Any]) -> Guard | None:
    bases = [_split_annotated(m)[0] for m in members]
    literal_ints = (
        any(get_origin(m) is Literal and any(type(x) is int for x in get_args(m)) for m in bases) and bool not in bases
    )
    to_float = float in bases and int not in bases
    if literal_ints and to_float:
        return lambda v: type(v) is bool or (type(v) is int and not _exact_float(v))
    if literal_ints:
        return lambda v: type(v) is bool
    if to_float:
        return lambda v: type(v) is int and not _exact_float(v)
    return None


def _exact_float(value: int) -> bool:
    try:
        return int(float(value)) == value
    except OverflowError:
        return False


# ---------------------------------------------------------------- rebuilding a reply that does not fit


def _rebuild(tp: Any, value: Any, path: str, found: list[Mismatch]) -> Any:
    """`value` read as `tp` as far as it fits; parts that do not fit are kept as sent and recorded."""
    return _fit(tp, value, (path, path), found)[0]


Where = tuple[str, str]  # (path, field) of a value, as in Mismatch


def _fit(tp: Any, value: Any, where: Where, found: list[Mismatch]) -> tuple[Any, bool]:
    """(value as typed as possible, True when that value is of type `tp` through and through)."""
    from pydantic import BaseModel

    guard = coercion_guard(tp)
    refused: Any = None
    if guard is None or not guard(value):
        try:
            return adapter_for(tp).validate_python(value, strict=True), True
        except _Refused as exc:
            refused = exc
    base, _ = _split_annotated(tp)
    options = _union_members(base)
    candidates = [t for t in options if t is not type(None)]
    if len(candidates) == 1:  # X or X | None: look inside X
        inner = _split_annotated(candidates[0])[0]
        path, field = where
        if isinstance(inner, type) and issubclass(inner, BaseModel) and isinstance(value, dict):
            return _model(inner, value, where, found)
        if get_origin(inner) is list and isinstance(value, list):
            (item_type,) = get_args(inner) or (Any,)
            items = [_fit(item_type, item, (f"{path}[{i}]", f"{field}[]"), found) for i, item in enumerate(value)]
            return [item for item, _ in items], all(ok for _, ok in items)
        if get_origin(inner) is dict and isinstance(value, dict):
            _, item_type = get_args(inner) or (str, Any)
            entries = {k: _fit(item_type, item, (f"{path}[{k!r}]", f"{field}[]"), found) for k, item in value.items()}
            return {key: item for key, (item, _) in entries.items()}, all(ok for _, ok in entries.values())
    found.append(_mismatch(tp, value, where, refused))
    return value, False


def _model(cls: Any, data: dict[str, Any], where: Where, found: list[Mismatch]) -> tuple[Any, bool]:
    """An instance of `cls` whose fitting fields are typed; other values sit in its extras, as sent.

    A value that does not fit is stored among the model's extras under its wire name, not as the field,
    so that serialising the model (model_dump) never trips over a type it does not expect; TuyaModel
    returns it for the field's attribute all the same.
    """
    fields: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    known: set[str] = set()
    for name, info in cls.model_fields.items():
        wire = info.alias or name
        known.add(wire)
        inside = (f"{where[0]}.{wire}", f"{where[1]}.{wire}")
        if wire not in data:
            if info.is_required():
                found.append(Mismatch(*inside, _describe(_field_type(info)), "nothing (the field is missing)"))
            continue
        item, ok = _fit(_field_type(info), data[wire], inside, found)
        if ok:
            fields[name] = item
        else:
            kept[wire] = item
    instance = cls.model_construct(_fields_set=set(fields), **fields)
    for wire in kept:  # model_construct filled in defaults for these; the value as sent must win
        instance.__dict__.pop(_attribute(cls, wire), None)
    extra = {key: value for key, value in data.items() if key not in known}
    object.__setattr__(instance, "__pydantic_extra__", {**(instance.__pydantic_extra__ or {}), **extra, **kept})
    return instance, True  # an instance of the right class: its parent may hold it as typed


def _attribute(cls: Any, wire: str) -> str:
    for name, info in cls.model_fields.items():
        if (info.alias or name) == wire:
            return str(name)
    return wire


def _field_type(info: Any) -> Any:
    return Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation


def _split_annotated(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    if get_origin(tp) is Annotated:
        base, *meta = get_args(tp)
        return base, tuple(meta)
    return tp, ()


def _union_members(tp: Any) -> tuple[Any, ...]:
    return get_args(tp) if get_origin(tp) in (Union, types.UnionType) else (tp,)


# ---------------------------------------------------------------- words for messages (types only, never values)

_JSON_TYPES: dict[type, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
    dict: "object",
    list: "array",
}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _mismatch(tp: Any, value: Any, where: Where, refused: Any) -> Mismatch:
    expected = _describe(tp)
    if refused is None:  # pydantic would have taken it, changed (see coercion_guard)
        return Mismatch(*where, expected, _json_type(value))
    errors = refused.errors(include_url=False, include_input=False)
    constraint = errors[0]["msg"] if len(errors) == 1 and not errors[0]["type"].endswith("_type") else ""
    if constraint and not errors[0]["type"].startswith(("literal", "missing", "model")):
        expected = f"{expected} ({constraint[0].lower()}{constraint[1:]})"  # pydantic's words: no input values
    return Mismatch(*where, expected, _json_type(value))


def _describe(tp: Any) -> str:
    from pydantic import BaseModel

    base, _ = _split_annotated(tp)
    origin = get_origin(base)
    if origin is Literal:
        return "one of " + ", ".join(repr(v) for v in get_args(base))
    if origin in (Union, types.UnionType):
        members = get_args(base)
        known = [v for m in members if get_origin(m) is Literal for v in get_args(m)]
        words: list[str] = []
        for member in members:
            word = _describe(member)
            if get_origin(member) is Literal and any(type(v) in members for v in get_args(member)):
                continue  # an open enum: described with its type below
            if member in {type(v) for v in known}:
                word += " (known values " + ", ".join(repr(v) for v in known) + ")"
            if word not in words:
                words.append(word)
        return " or ".join(words)
    if origin is list:
        (item,) = get_args(base) or (Any,)
        return f"array of {_describe(item)}"
    if origin is dict:
        return "object"
    if isinstance(base, type) and issubclass(base, BaseModel):
        return f"object ({base.__name__})"
    if base is Any:
        return "any value"
    return _JSON_TYPES.get(base, getattr(base, "__name__", str(base))) if isinstance(base, type) else str(base)
