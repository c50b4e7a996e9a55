"""Option text -> Python values, guided by each parameter's JSON schema.

Conversion only shapes the text (numbers, booleans, lists, JSON bodies); it never judges it. Text
that does not fit the schema's type is passed on unchanged, so the SDK's own validation rejects it
with the message every other SDK user sees, before anything is sent.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

Schema = Mapping[str, Any]
Resolver = Callable[[Schema], Schema]


class UsageError(Exception):
    """The command line itself is wrong (exit status 2)."""


def types_of(schema: Schema) -> tuple[str, ...]:
    expected = schema.get("type")
    if expected is None:
        return ()
    return (expected,) if isinstance(expected, str) else tuple(expected)


def takes_json(schema: Schema, resolve: Resolver) -> bool:
    """Objects, lists of objects and untyped values are given as JSON."""
    schema = resolve(schema)
    types = types_of(schema)
    if not types or "object" in types:
        return True
    if types == ("array",):
        item_types = types_of(resolve(schema.get("items", {})))
        return not item_types or "object" in item_types or "array" in item_types
    return False


MAX_JSON_INPUT = 16 * 1024 * 1024  # characters; far above any Tuya body, and `@/dev/zero` cannot fill memory


class JsonSource:
    """Reads JSON given inline, as `@file.json`, or as `-` (stdin, which can be read only once)."""

    def __init__(self, stdin: Callable[[int], str] | None = None) -> None:
        self._stdin = stdin or sys.stdin.read
        self._stdin_used_by: str | None = None

    def load(self, text: str, flag: str) -> Any:
        if text == "-":
            if self._stdin_used_by is not None:
                raise UsageError(f"{flag}: stdin was already read for {self._stdin_used_by}; use @file.json")
            self._stdin_used_by = flag
            source, where = self._stdin(MAX_JSON_INPUT + 1), "stdin"
        elif text.startswith("@"):
            path = Path(text[1:]).expanduser()
            try:
                with path.open(encoding="utf-8") as file:
                    source, where = file.read(MAX_JSON_INPUT + 1), str(path)
            except OSError as exc:
                raise UsageError(f"{flag}: cannot read {path}: {exc.strerror or exc}") from None
            except UnicodeDecodeError:
                raise UsageError(f"{flag}: {path} is not UTF-8 text") from None
        else:
            source, where = text, "the value"
        if len(source) > MAX_JSON_INPUT:
            raise UsageError(f"{flag}: {where} is longer than {MAX_JSON_INPUT} characters")
        return parse_json(source, flag, where)


def parse_json(source: str, flag: str, where: str = "the value", *, or_text: bool = False) -> Any:
    """JSON text -> value; anything Python cannot read or the SDK could never send is a UsageError.

    With `or_text`, text that is not JSON at all is the value itself.
    """
    try:
        value = json.loads(source)
    except json.JSONDecodeError as exc:
        if or_text:
            return source
        raise UsageError(
            f"{flag}: {where} is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    except RecursionError:
        raise UsageError(f"{flag}: {where} is nested too deeply to read") from None
    except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        raise UsageError(f"{flag}: {where} cannot be read: {exc}".split(";")[0]) from None
    try:  # a \ud800 escape decodes to a lone surrogate, which no UTF-8 request can carry
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{flag}: {where} holds a lone surrogate escape (e.g. \\ud800), which is not text") from None
    except RecursionError:
        raise UsageError(f"{flag}: {where} is nested too deeply to send") from None
    return value


def convert(raw: str | Sequence[str], schema: Schema, flag: str, resolve: Resolver, source: JsonSource) -> Any:
    """The Python value for an option's text (a list of texts for repeatable, list-typed options)."""
    schema = resolve(schema)
    types = types_of(schema)
    if isinstance(raw, str):
        raw = [raw]
    if types == ("array",):
        return _convert_array(raw, schema, flag, resolve, source)
    if len(raw) > 1:
        raise UsageError(f"{flag} was given {len(raw)} times; give it once")
    text = raw[0]
    if takes_json(schema, resolve):
        if not types and not (text == "-" or text.startswith("@")):
            return parse_json(text, flag, or_text=True)  # untyped: JSON when it parses, else the text itself
        return source.load(text, flag)
    return scalar(text, schema)


def _convert_array(raw: Sequence[str], schema: Schema, flag: str, resolve: Resolver, source: JsonSource) -> Any:
    items = resolve(schema.get("items", {}))
    structured = takes_json(schema, resolve)
    values: list[Any] = []
    for text in raw:
        if structured or text == "-" or text.startswith(("[", "@")):
            loaded = source.load(text, flag)
            if isinstance(loaded, list):
                values.extend(loaded)
            else:
                values.append(loaded)  # one object per repeated option
        else:
            # Empty pieces are dropped so that "a,b," works; an empty list reaches the SDK's minItems check.
            values.extend(scalar(part.strip(), items) for part in text.split(",") if part.strip())
    return values


def scalar(text: str, schema: Schema) -> Any:
    types = types_of(schema)
    if not types or "string" in types:
        return text  # keep what was typed (e.g. IDs with leading zeros) when a string is acceptable
    if "integer" in types:
        try:
            return int(text)
        except ValueError:
            pass
    if "number" in types:
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if math.isfinite(number):  # nan and inf have no JSON form
            return number
    if "boolean" in types:
        lowered = text.strip().lower()
        if lowered in {"true", "false"}:  # JSON's spelling only: "yes" or "1" would be guesses
            return lowered == "true"
    return text
