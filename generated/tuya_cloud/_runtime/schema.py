"""The schema toolkit: following `$ref`s, and the words that describe a schema's rules.

One resolver with one cycle rule for the runtime, the fake cloud and the command line, and one
describer for both the generated docstrings and the command line's help, so that a rule reads the
same everywhere. The formats it names come from spec/formats.yaml (generated into `_schemas.py`).
This module imports only the standard library: the generator loads it by file path to write
docstrings, without importing the package.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

Schema = Mapping[str, Any]
Lookup = Callable[[str], Schema | None]  # a schema name (`Device`) to its schema, None if unknown

REF_PREFIX = "#/components/schemas/"
MAX_REF_DEPTH = 32  # the one cycle rule: a chain of $refs longer than this resolves to {}


def resolve(schema: Schema, lookup: Lookup) -> Schema:
    """Follow `$ref`s (`Device` or `#/components/schemas/Device`) to the schema they name.

    The keys beside a `$ref` (its description) are dropped, as JSON Schema does; an unknown or
    cyclic reference gives {}.
    """
    for _ in range(MAX_REF_DEPTH):
        ref = schema.get("$ref")
        if ref is None:
            return schema
        found = lookup(str(ref).removeprefix(REF_PREFIX))
        if found is None:
            return {}
        schema = found
    return {}


def describe(schema: Schema, formats: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The rules of one (resolved) schema as short phrases, e.g. ['one of "a", "b"', 'at most 3 items']."""
    rules = []
    if "enum" in schema:
        rules.append("one of " + ", ".join(json.dumps(v) for v in schema["enum"]))
    if "x-extensible-enum" in schema:  # an open enum: the values Tuya is known to send, and any other
        known = ", ".join(json.dumps(v) for v in schema["x-extensible-enum"])
        rules.append(f"known values {known}; others accepted")
    fmt = formats.get(str(schema.get("format", "")))
    if fmt is not None:
        rules.append(str(fmt["words"]))
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        rules.append(f"{low}..{high}")
    elif low is not None:
        rules.append(f">= {low}")
    elif high is not None:
        rules.append(f"<= {high}")
    if schema.get("minLength") == 1:
        rules.append("not empty")
    elif "minLength" in schema:
        rules.append(f"at least {schema['minLength']} characters")
    if "maxLength" in schema:
        rules.append(f"at most {schema['maxLength']} characters")
    if "pattern" in schema:
        rules.append(f"must match `{schema['pattern']}`")
    low_items, high_items = schema.get("minItems"), schema.get("maxItems")
    if low_items is not None and high_items is not None:
        rules.append(f"{low_items} to {high_items} items")
    elif low_items is not None:
        rules.append(f"at least {low_items} item" + ("s" if low_items != 1 else ""))
    elif high_items is not None:
        rules.append(f"at most {high_items} items")
    if schema.get("uniqueItems"):
        rules.append("no repeats")
    return rules
