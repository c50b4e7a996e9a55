"""The spec's cross-field rule language, evaluated for the loader's example checks.

A rule says: if the `when` test holds for a call's arguments, its `then` test must hold too.
A test names a field path (`instruct[].date`: `[]` fans out over list items) and asks for the
field to be present (or absent) and optionally equal to a constant. Each target's runtime has its
own evaluator; all of them, this one included, must pass `spec/vectors/rules.json`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def values_at(data: Any, field_path: str) -> list[Any]:
    """Values at a rule field path; absent or null values are skipped."""
    head, _, rest = field_path.partition(".")
    name = head.removesuffix("[]")
    value = data.get(name) if isinstance(data, Mapping) else None
    if value is None:
        return []
    found = [value]
    if head.endswith("[]"):
        found = list(value) if isinstance(value, list | tuple) else []
    if not rest:
        return found
    return [leaf for item in found for leaf in values_at(item, rest)]


def holds(test: Mapping[str, Any], data: Any) -> bool:
    """Whether one rule test (`field`, optional `present`, optional `const`) holds for `data`."""
    values = values_at(data, test["field"])
    if test.get("present") is not None and bool(values) is not test["present"]:
        return False
    if "const" in test:
        return bool(values) and all(_json_equal(value, test["const"]) for value in values)
    return True


def _json_equal(a: Any, b: Any) -> bool:
    """JSON's equality: a boolean is not a number (Python's `True == 1` is not JSON's)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return bool(a == b)
