"""Property tests (issue 24 point 2): the validator, the reply reader and the rule language.

Hypothesis, bounded and derandomized so that every CI run tries the same cases:
- the validator accepts every value the spec allows, for every parameter of every operation
  (values drawn from the parameter's own schema, as the export describes it);
- the reply reader gives back any JSON a success reply can carry, intact, or raises a TuyaError,
  over real HTTP with each kind of client;
- the runtime's rule evaluator agrees with a model of the rule language as spec/README.md states
  it (the same one spec/vectors/rules.json pins down case by case).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from hostile_server import HostileServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuya_cloud import TuyaCloud, TuyaError
from tuya_cloud._runtime import core
from tuya_cloud._runtime.apimodel import ApiModel
from tuya_cloud._runtime.schema import resolve
from tuya_cloud._runtime.validation import check, rule_holds
from tuya_cloud._schemas import FORMATS
from tuya_cloud.testing import Seed

Factory = Callable[..., TuyaCloud]
BOUNDED = settings(max_examples=8, deadline=None, derandomize=True, database=None)
REPLIES = settings(BOUNDED, max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
API = ApiModel.load()


def _lookup(name: str) -> Mapping[str, Any] | None:
    return API.schemas.get(name)


# ---------------------------------------------------------------- schema -> values it allows

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)


def _any_json() -> st.SearchStrategy[Any]:
    return st.recursive(
        JSON_SCALARS,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=8,
    )


def allowed(schema: Mapping[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values the schema allows (the subset of JSON Schema the spec uses)."""
    schema = resolve(schema, _lookup)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([allowed({**schema, "type": one}, depth) for one in kind])
    if kind == "string":
        return _strings(schema)
    if kind in ("integer", "number"):
        return _numbers(schema, kind)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        items = allowed(schema.get("items", {}), depth + 1) if depth < 4 else st.nothing()
        low, high = schema.get("minItems", 0), schema.get("maxItems", max(schema.get("minItems", 0), 3))
        unique = bool(schema.get("uniqueItems"))
        return st.lists(items, min_size=low, max_size=min(high, low + 3), unique_by=repr if unique else None)
    if kind == "object" or "properties" in schema:
        return _objects(schema, depth)
    return _any_json()


def _strings(schema: Mapping[str, Any]) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    pattern = schema.get("pattern")
    text = st.from_regex(pattern, fullmatch=True) if pattern else st.text(min_size=low, max_size=high or low + 12)
    return text.filter(lambda s: low <= len(s) and (high is None or len(s) <= high))


def _numbers(schema: Mapping[str, Any], kind: str) -> st.SearchStrategy[Any]:
    fmt = FORMATS.get(str(schema.get("format", "")))
    if fmt is not None and "any_of" in fmt:
        return st.one_of([_numbers({**schema, "format": part}, kind) for part in fmt["any_of"]])
    low = max(schema.get("minimum", -math.inf), (fmt or {}).get("minimum", -math.inf))
    high = min(schema.get("maximum", math.inf), (fmt or {}).get("below", math.inf) - 1)
    if kind == "integer":
        return st.integers(None if low == -math.inf else int(low), None if high == math.inf else int(high))
    return st.floats(
        None if low == -math.inf else low, None if high == math.inf else high, allow_nan=False, allow_infinity=False
    )


def _objects(schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    if depth >= 4:
        return st.fixed_dictionaries(
            {name: allowed(properties[name], depth + 1).filter(lambda v: v is not None) for name in required}
        )
    # A required field is never null: the SDK (and the spec's examples) take None for "left out".
    return st.fixed_dictionaries(
        {name: allowed(properties[name], depth + 1).filter(lambda v: v is not None) for name in required},
        optional={name: allowed(sub, depth + 1) for name, sub in properties.items() if name not in required},
    )


PARAMS = [pytest.param(op, param, id=f"{op.id}.{param.name}") for op in API.operations.values() for param in op.params]


@pytest.mark.parametrize(("op", "param"), PARAMS)
def test_the_validator_accepts_every_value_the_spec_allows(op: Any, param: Any) -> None:
    @BOUNDED
    @given(value=allowed(param.schema))
    def accepts(value: Any) -> None:
        value = core.jsonable(value)
        if param.location == "query" and isinstance(value, list):
            core._check_separator(param.name, value)
        check(value, param.schema, param.name, _lookup)

    accepts()


# ---------------------------------------------------------------- the reply reader

ANY_RESULT = _any_json()


@REPLIES
@given(value=ANY_RESULT)
def test_any_value_a_success_reply_carries_arrives_intact_or_raises_a_tuya_error(
    value: Any, new_client: Factory
) -> None:
    """DataPoint.value is untyped: whatever JSON Tuya puts there must come back exactly as sent."""
    body = json.dumps({"success": True, "t": 1, "result": [{"code": "x", "value": value}]}).encode()
    with HostileServer("reply", body) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url, max_retries=0)
        try:
            points = client.devices.get_status(device_id=Seed.LIGHT_ID)
        except TuyaError:
            return
        assert _typed(points[0].value) == _typed(value)


@REPLIES
@given(result=st.dictionaries(st.sampled_from(["id", "name", "online", "time_zone", "lon", "home_id"]), ANY_RESULT))
def test_a_model_result_keeps_every_value_as_sent_or_raises_a_tuya_error(
    result: dict[str, Any], new_client: Factory
) -> None:
    """Device fields that fit are typed; those that do not are kept as sent (lenient): never changed."""
    body = json.dumps({"success": True, "t": 1, "result": result}).encode()
    with HostileServer("reply", body) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url, max_retries=0)
        try:
            device = client.devices.get(device_id=Seed.LIGHT_ID)
        except TuyaError:
            return
        for key, sent in result.items():
            assert _typed(getattr(device, key)) == _typed(sent), key


def _typed(value: Any) -> Any:
    """A value with its JSON types spelt out, so that `true` and `1`, or `1` and `1.0`, differ."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


# ---------------------------------------------------------------- the rule language

NAMES = st.sampled_from(["a", "b"])
FIELDS = st.lists(st.tuples(NAMES, st.booleans()), min_size=1, max_size=2).map(
    lambda parts: ".".join(name + ("[]" if fan else "") for name, fan in parts)
)
RULE_VALUES = st.none() | st.booleans() | st.integers(0, 2) | st.sampled_from([0.0, 1.0, "1", "x"])
DATA = st.recursive(
    RULE_VALUES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NAMES, inner, max_size=3), max_leaves=10
)
TESTS = st.builds(
    lambda field, present, const: {"field": field, **present, **const},
    FIELDS,
    st.sampled_from([{}, {"present": True}, {"present": False}]),
    st.one_of(st.just({}), RULE_VALUES.filter(lambda v: v is not None).map(lambda v: {"const": v})),
)


def _model_values(data: Any, path: list[str]) -> list[Any]:
    """The language's field path, as spec/README.md states it: absent and null values are absent."""
    if not path:
        return [data]
    head, rest = path[0], path[1:]
    name = head.removesuffix("[]")
    value = data.get(name) if isinstance(data, dict) else None
    if value is None:
        return []
    found = (value if isinstance(value, list) else []) if head.endswith("[]") else [value]
    if not rest:
        return found  # a null item at the end of a fan-out is a value: every evaluator takes it so
    return [leaf for item in found for leaf in _model_values(item, rest)]


def _json_equal(a: Any, b: Any) -> bool:
    """JSON equality: the same JSON type (a boolean is not a number) and the same value."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and a == b


def _model_holds(test: Mapping[str, Any], data: Any) -> bool:
    values = _model_values(data, test["field"].split("."))
    if "present" in test and bool(values) is not test["present"]:
        return False
    return "const" not in test or (bool(values) and all(_json_equal(v, test["const"]) for v in values))


@settings(BOUNDED, max_examples=300)
@given(test=TESTS, data=st.dictionaries(NAMES, DATA, min_size=1, max_size=2))
def test_the_rule_evaluator_follows_the_rule_language(test: dict[str, Any], data: dict[str, Any]) -> None:
    assert rule_holds(test, data) is _model_holds(test, data)
