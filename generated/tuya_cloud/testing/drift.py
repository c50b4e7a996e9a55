"""Drifted replies: the normal result of an operation, changed the way Tuya's real replies drift.

Tuya's documents contradict each other and its replies drift from them: IDs come as numbers on one
endpoint and as strings on another, enums grow, fields go missing or turn null, new fields appear.
`drifted()` applies such changes to a result, guided by the operation's result schema, so that code
can be tested against them (`FakeTuyaCloud.inject(op, drift=...)`). It is deterministic: the same
result and kinds always give the same drifted copy.

Kinds (each applied to every object the result schema describes):
  types             numeric strings become numbers and numbers become strings (booleans stay)
  enums             a value of an enum (closed or open) becomes one the spec does not list
  missing_required  the first required field present is left out
  missing_optional  the first optional field present is left out
  nulls             the first typed required field present (else the first optional one) becomes null
  extra             a field the spec does not know is added
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .._runtime.apimodel import ApiModel

KINDS = ("types", "enums", "missing_required", "missing_optional", "nulls", "extra")
EXTRA_FIELD = "drift_extra_field"
_NUMERIC = re.compile(r"-?(0|[1-9][0-9]{0,17})(\.[0-9]+)?")  # no leading zeros: "0042" is an ID, not a number

Schema = Mapping[str, Any]


def kinds_of(drift: bool | Iterable[str]) -> frozenset[str]:
    """The kinds a `drift=` argument asks for (True: all of them); unknown names are refused."""
    chosen = frozenset(KINDS) if drift is True else frozenset(() if drift is False else drift)
    unknown = sorted(chosen - set(KINDS))
    if unknown:
        raise ValueError(f"unknown drift kind(s) {', '.join(unknown)}; use {', '.join(KINDS)}")
    return chosen


def drifted(operation: str, result: Any, kinds: frozenset[str], api: ApiModel | None = None) -> Any:
    """A drifted deep copy of `result`, an operation's normal result (`api`: the package's own by default)."""
    api = api or ApiModel.load()
    return _Drift(kinds, api).value(copy.deepcopy(result), api.operations[operation].result_schema)


class _Drift:
    def __init__(self, kinds: frozenset[str], api: ApiModel) -> None:
        self.kinds = kinds
        self._schema = api.resolve

    def value(self, value: Any, schema: Schema) -> Any:
        schema = self._schema(schema)
        if isinstance(value, dict):
            return self._object(value, schema)
        if isinstance(value, list):
            items = schema.get("items", {})
            return [self.value(item, items) for item in value]
        return self._scalar(value, schema)

    def _object(self, data: dict[str, Any], schema: Schema) -> dict[str, Any]:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        if not properties:  # a map (e.g. DP codes to values): drift its values only
            extra = schema.get("additionalProperties")
            inner = extra if isinstance(extra, Mapping) else {}
            return {key: self.value(item, inner) for key, item in data.items()}
        required = [name for name in schema.get("required", ()) if name in data]
        optional = sorted(name for name in data if name in properties and name not in required)
        touched: set[str] = set()
        if "missing_required" in self.kinds and required:
            touched.add(required[0])
            del data[required[0]]
        if "missing_optional" in self.kinds and optional:
            touched.add(optional[0])
            del data[optional[0]]
        if "nulls" in self.kinds:
            typed = [n for n in required if n not in touched and "type" in self._schema(properties[n])]
            rest = [n for n in optional if n not in touched]
            target = (typed or rest or [None])[0]
            if target is not None:
                touched.add(target)
                data[target] = None
        for name in data:
            if name not in touched and name in properties:
                data[name] = self.value(data[name], properties[name])
        if "extra" in self.kinds:
            data[EXTRA_FIELD] = "a field the spec does not know"
        return data

    def _scalar(self, value: Any, schema: Schema) -> Any:
        if "enums" in self.kinds and ("enum" in schema or "x-extensible-enum" in schema):
            return _unknown(value)
        if "types" not in self.kinds or isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, str) and _NUMERIC.fullmatch(value):
            return float(value) if "." in value else int(value)
        return value


def _unknown(value: Any) -> Any:
    """A value of the same JSON type that no enum of the spec lists."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return 9999
    return "drift_unknown_value"
