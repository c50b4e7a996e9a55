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
        return bool(values) and all(value == test["const"] for value in values)
    return True
