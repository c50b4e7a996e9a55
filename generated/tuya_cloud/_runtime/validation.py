"""Checks values against the spec's JSON-Schema subset and the operations' cross-field rules.

Used by the client on every call (before anything is sent), by the command line, and by the
fake cloud on every request it receives. Messages name the value's path and the broken rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from .._schemas import FORMATS
from .schema import Lookup, Schema, resolve

_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


class Invalid(Exception):
    """A value breaks a rule; `where` is its path (e.g. `instruct[0].time`)."""

    def __init__(self, where: str, rule: str) -> None:
        self.where = where
        self.rule = rule
        super().__init__(f"{where}: {rule}")


@lru_cache(maxsize=512)
def _regex(pattern: str) -> re.Pattern[str]:
    r"""The spec's pattern with JSON Schema's (ECMA-262's) anchors: `$` ends the text, as in TypeScript.

    Python's `$` also matches before a final newline, so "1600008315\n" would pass `^[0-9]+$`.
    """
    return re.compile(_end_anchors(pattern))


def _end_anchors(pattern: str) -> str:
    r"""`pattern` with every `$` outside a character class written as `\Z` (the end of the text only)."""
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            out.append("\\Z")
            continue
        out.append(char)
    return "".join(out)


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "array":
        return isinstance(value, list | tuple)
    if name == "object":
        return type(value) is dict or isinstance(value, Mapping)  # the ABC check is slow; dicts are common
    return value is None  # "null"


def _shown(value: Any, secret: bool) -> str:
    if secret:
        return "<redacted>"
    if isinstance(value, int) and value.bit_length() > 64:
        return f"an integer of {len(str(abs(value)))} digits" if value.bit_length() < 13_000 else "a huge integer"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check(value: Any, schema: Schema, where: str, lookup: Lookup, *, secret: bool = False) -> None:
    """Raise Invalid at the first rule `value` breaks; `lookup` finds a named schema."""
    if "$ref" in schema:  # checked here first: most schemas have none, and this runs for every value
        schema = resolve(schema, lookup)

    expected = schema.get("type")
    if expected is not None and not (  # one type name is the common case: no generator for it
        _is_type(value, expected) if isinstance(expected, str) else any(_is_type(value, n) for n in expected)
    ):
        names = (expected,) if isinstance(expected, str) else tuple(expected)
        words = " or ".join(_TYPE_WORDS[name] for name in names)
        raise Invalid(where, f"must be {words}, got {type(value).__name__} {_shown(value, secret)}")

    if "const" in schema and not json_equal(value, schema["const"]):
        raise Invalid(where, f"must be {schema['const']!r}, got {_shown(value, secret)}")
    enum = schema.get("enum")
    if enum is not None and not any(value == e and type(value) is type(e) for e in enum):
        raise Invalid(where, f"must be one of {', '.join(repr(e) for e in enum)}; got {_shown(value, secret)}")

    if isinstance(value, str):
        _check_string(value, schema, where, secret)
    elif value is None or isinstance(value, bool):
        return  # nothing more to check (and no slow Mapping check for them)
    elif isinstance(value, int | float):
        _check_number(value, schema, where)
    elif isinstance(value, list | tuple):
        _check_array(value, schema, where, lookup)
    elif type(value) is dict or isinstance(value, Mapping):
        _check_object(value, schema, where, lookup)


def _check_string(value: str, schema: Schema, where: str, secret: bool) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        rule = (
            "must not be empty" if schema["minLength"] == 1 else f"must have at least {schema['minLength']} characters"
        )
        raise Invalid(where, rule)
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise Invalid(where, f"must have at most {schema['maxLength']} characters, got {len(value)}")
    pattern = schema.get("pattern")
    if pattern is not None and _regex(pattern).search(value) is None:
        hint = f" ({schema['description']})" if schema.get("description") else ""
        raise Invalid(where, f"must match {pattern}{hint}; got {_shown(value, secret)}")


def _check_number(value: float, schema: Schema, where: str) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        raise Invalid(where, f"must be >= {schema['minimum']}, got {value}")
    if "maximum" in schema and value > schema["maximum"]:
        raise Invalid(where, f"must be <= {schema['maximum']}, got {value}")
    fmt = FORMATS.get(schema.get("format", ""))
    if fmt is not None and isinstance(value, int) and not any(_in_range(value, part) for part in _parts(fmt)):
        raise Invalid(where, f"must be a {fmt['words']}, got {value}")


def _parts(fmt: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The ranges a value of `fmt` may fall in: its own, or those of the formats it names in any_of."""
    return [FORMATS[name] for name in fmt["any_of"]] if "any_of" in fmt else [fmt]


def _in_range(value: int, fmt: Mapping[str, Any]) -> bool:
    return bool(fmt.get("minimum", value) <= value < fmt.get("below", value + 1))


def _check_array(value: Sequence[Any], schema: Schema, where: str, lookup: Lookup) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        rule = "must not be empty" if schema["minItems"] == 1 else f"must have at least {schema['minItems']} items"
        raise Invalid(where, rule)
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise Invalid(where, f"must have at most {schema['maxItems']} items, got {len(value)}")
    if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
        raise Invalid(where, "must not repeat items")
    items = schema.get("items")
    if items is not None:
        for index, item in enumerate(value):
            check(item, items, f"{where}[{index}]", lookup)


def _check_object(value: Mapping[str, Any], schema: Schema, where: str, lookup: Lookup) -> None:
    for key in schema.get("required", ()):
        if value.get(key) is None:
            raise Invalid(f"{where}.{key}", "is required")
    properties: Mapping[str, Schema] = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        sub = properties.get(key)
        if sub is not None:
            if item is not None or key in schema.get("required", ()):
                check(item, sub, f"{where}.{key}", lookup)
        elif extra is False:
            raise Invalid(f"{where}.{key}", "is not a known field")
        elif extra is not True and isinstance(extra, Mapping):
            check(item, extra, f"{where}.{key}", lookup)


# ---------------------------------------------------------------- cross-field rules


def values_at(data: Any, field_path: str) -> list[Any]:
    """Values at a rule field path; `[]` fans out over list items; absent or None values are skipped."""
    values = [data]
    for part in field_path.split("."):
        name = part.removesuffix("[]")
        values = [v[name] for v in values if isinstance(v, Mapping) and v.get(name) is not None]
        if part.endswith("[]"):
            values = [item for v in values if isinstance(v, list | tuple) for item in v]
    return values


def rule_holds(test: Mapping[str, Any], data: Any) -> bool:
    values = values_at(data, test["field"])
    if "present" in test and bool(values) != test["present"]:
        return False
    return "const" not in test or (bool(values) and all(json_equal(v, test["const"]) for v in values))


def json_equal(a: Any, b: Any) -> bool:
    """JSON's equality: values of one JSON type that are equal (`true` is not `1`, `1` is `1.0`)."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(json_equal(a[key], b[key]) for key in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    return isinstance(a, str) and isinstance(b, str) and a == b


def describe_test(test: Mapping[str, Any]) -> str:
    """What a rule's `then` demands of its field, e.g. "must be '0000000'"."""
    if "const" in test:
        return f"must be {test['const']!r}"
    return "must be given" if test.get("present", True) else "must be left out"
