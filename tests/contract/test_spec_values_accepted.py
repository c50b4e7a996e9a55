"""Property: every value the spec allows for a parameter is accepted by the fake cloud's gateway checks.

Hypothesis draws one parameter of an operation and a value its exported schema allows (read with JSON
Schema's meaning: an anchored pattern allows no trailing newline), puts it into the operation's
documented example request, and sends that signed. The fake may still answer that the world has no such
device (a refusal by the world); it must not refuse the request as missing or invalid (1100/1109 from
the gateway), cross-field rules (x-tuya-rules) excepted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from signed_http import SignedSession

from tuya_cloud._runtime.apimodel import ApiModel, OperationModel, ParamModel
from tuya_cloud.testing import FakeTuyaCloud

API = ApiModel.load()
OPERATIONS = [op for op in API.operations.values() if op.examples and any(p.location != "path" for p in op.params)]
JSON_SCALARS = st.one_of(st.booleans(), st.integers(-(2**31), 2**31), st.text(max_size=10))


def values(schema: Mapping[str, Any], *, in_query: bool = False) -> st.SearchStrategy[Any]:
    """The values `schema` allows, for the subset of JSON Schema the spec uses (a small, plain strategy)."""
    schema = API.resolve(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    if kinds is None:
        return JSON_SCALARS
    if isinstance(kinds, list):
        return st.one_of([values({**schema, "type": kind}, in_query=in_query) for kind in kinds])
    strategy = _typed(schema, kinds, in_query)
    excluded = schema.get("not", {}).get("enum")
    return strategy.filter(lambda v: v not in excluded) if excluded else strategy


def _typed(schema: Mapping[str, Any], kind: str, in_query: bool) -> st.SearchStrategy[Any]:
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        ranges = [r for part in schema.get("allOf", ()) for r in part.get("anyOf", ())] or [schema]
        return st.one_of(
            [
                st.integers(
                    min_value=r.get("minimum", schema.get("minimum")),
                    max_value=_top(r.get("exclusiveMaximum", schema.get("exclusiveMaximum")), schema.get("maximum")),
                )
                for r in ranges
            ]
        )
    if kind == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
    if kind == "string":
        return _strings(schema, in_query)
    if kind == "array":
        items = values(schema.get("items", {}), in_query=in_query)
        if in_query:  # a query list is its items joined with commas: an item cannot hold one, or be empty
            items = items.filter(lambda v: "," not in str(v) and str(v) != "")
        return st.lists(
            items,
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 4), 4),
            unique_by=repr if schema.get("uniqueItems") else None,
        )
    if kind == "object":
        required = set(schema.get("required", ()))
        properties = schema.get("properties", {})
        return st.fixed_dictionaries(
            {name: values(sub) for name, sub in properties.items() if name in required},
            optional={name: values(sub) for name, sub in properties.items() if name not in required},
        )
    return st.none()


def _top(exclusive: int | None, maximum: int | None) -> int | None:
    tops = [t for t in (None if exclusive is None else exclusive - 1, maximum) if t is not None]
    return min(tops) if tops else None


def _strings(schema: Mapping[str, Any], in_query: bool) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    pattern = schema.get("pattern")
    if pattern is None:
        return st.text(min_size=low, max_size=24 if high is None else high)  # short texts unless told otherwise
    if high is None:  # the pattern alone bounds the length (e.g. 64 hex digits of a SHA-256)
        high = 10_000
    anchored = pattern.endswith("$") and not pattern.endswith("\\$")
    matching = st.from_regex(pattern).filter(lambda s: low <= len(s) <= high)
    return matching.filter(lambda s: not (anchored and s.endswith("\n"))) if anchored else matching


def wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(wire(v) for v in value)
    return str(value)


def send(session: SignedSession, op: OperationModel, args: Mapping[str, Any]) -> Any:
    path, query = op.path, []
    for param in op.params:
        if param.name not in args or param.location == "body":
            continue
        if param.location == "path":
            path = path.replace("{" + param.name + "}", quote(wire(args[param.name]), safe=""))
        else:
            query.append((param.name, wire(args[param.name])))
    body = None
    if op.body_schema is not None:
        fields = {p.name: args[p.name] for p in op.params_in("body") if p.name in args}
        body = json.dumps(fields, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return session.envelope(op.http_method, path, query, body)


@pytest.fixture(scope="module")
def session() -> Iterator[SignedSession]:
    with FakeTuyaCloud() as cloud:
        yield SignedSession(cloud)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.id for op in OPERATIONS])
def test_every_value_the_spec_allows_passes_the_fakes_checks(session: SignedSession, op: OperationModel) -> None:
    example: Mapping[str, Any] = op.examples[0]["request"]
    varied = [p for p in op.params if p.location != "path"]
    rules = [rule["message"] for rule in op.rules]

    def one_value(param: ParamModel) -> st.SearchStrategy[tuple[str, Any]]:
        return values(param.schema, in_query=param.location == "query").map(lambda v: (param.name, v))

    @seed(20262)
    @settings(max_examples=8, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(choice=st.one_of([one_value(p) for p in varied]))
    def accepted(choice: tuple[str, Any]) -> None:
        name, value = choice
        envelope = send(session, op, {**example, name: value})
        record = session.cloud.requests[-1]
        if not envelope["success"] and record.refused_by == "gateway":
            assert envelope["code"] not in (1100, 1109) or any(m in envelope["msg"] for m in rules), (
                f"{op.id}: {name}={value!r} is allowed by the spec but refused: {envelope['msg']}"
            )

    accepted()


def test_the_strategies_respect_anchors() -> None:
    pattern = "^[0-9]+$"
    assert re.search(pattern, "12\n") is not None  # Python's $, which JSON Schema's is not
    strategy = _strings({"type": "string", "pattern": pattern}, in_query=False)

    @settings(max_examples=50, database=None)
    @given(text=strategy)
    def no_trailing_newline(text: str) -> None:
        assert not text.endswith("\n")

    no_trailing_newline()
