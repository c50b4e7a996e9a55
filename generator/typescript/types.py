"""TypeScript type expressions for spec schemas (the type logic of the TS target lives here, not in templates).

Named object schemas become exported interfaces in `types.ts`; everything else is written inline.
Objects keep their wire names as keys. A schema without a type is `unknown`, never `any`. A 64-bit
integer is `number | bigint`: the runtime reads integers beyond 2^53 as bigint, so that none loses digits.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from ..ir import Format, Schema

_SCALARS = {"string": "string", "integer": "number", "number": "number", "boolean": "boolean", "null": "null"}
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
INDENT = "  "


def is_interface(schema: Schema) -> bool:
    """Named schemas that are plain objects with fields become `export interface`."""
    return schema.get("type") == "object" and "properties" in schema


def property_key(name: str) -> str:
    return name if _IDENTIFIER.match(name) else json.dumps(name)


def literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def doc_comment(lines: list[str], indent: str) -> str:
    """A JSDoc block (or one line) for `lines`; returns "" when there is nothing to say."""
    text = [line.replace("*/", "*\\/") for line in lines]
    while text and not text[-1]:
        text.pop()
    if not text:
        return ""
    if len(text) == 1 and len(text[0]) + len(indent) < 110:
        return f"{indent}/** {text[0]} */\n"
    body = "".join(f"{indent} *{' ' + line if line else ''}\n" for line in text)
    return f"{indent}/**\n{body}{indent} */\n"


def wrap(text: str, width: int = 100) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width=width, break_on_hyphens=False, break_long_words=False)


def constraint_text(schema: Schema, schemas: dict[str, Schema], formats: dict[str, Format]) -> str:
    """The rules a value must follow, in words, for doc comments (mirrors what the runtime checks)."""
    while "$ref" in schema:
        schema = schemas[schema["$ref"]]
    parts = []
    if "pattern" in schema:
        parts.append(f"Must match `{schema['pattern']}`.")
    if "minimum" in schema or "maximum" in schema:
        parts.append(f"Range {schema.get('minimum', '-inf')}..{schema.get('maximum', 'inf')}.")
    if "x-extensible-enum" in schema:  # an open enum: typed as its base type, the known values named here
        known = ", ".join(literal(v) for v in schema["x-extensible-enum"])
        parts.append(f"Known values {known}; others accepted.")
    fmt = formats.get(str(schema.get("format", "")))
    if fmt is not None and (fmt.minimum is not None or fmt.any_of):  # a format the runtime checks, in its words
        parts.append(f"A {fmt.words}.")
    if schema.get("type") == "array" and "maxItems" in schema:
        parts.append(f"At most {schema['maxItems']} items.")
    return " ".join(parts)


class TypeMapper:
    """Turns schemas into TypeScript type expressions and records which named types were used."""

    def __init__(self, schemas: dict[str, Schema]) -> None:
        self.schemas = schemas
        self.used: set[str] = set()

    def expr(self, schema: Schema, indent: str = "") -> str:
        ref = schema.get("$ref")
        if ref is not None:
            target = self.schemas[ref]
            if is_interface(target) or _is_alias_worthy(target):
                self.used.add(ref)
                return str(ref)
            return self.expr(target, indent)
        if "enum" in schema:
            return " | ".join(literal(v) for v in schema["enum"])
        if "const" in schema:
            return literal(schema["const"])
        kind = schema.get("type")
        if isinstance(kind, list):
            parts = [self.expr({**schema, "type": k}, indent) for k in kind]
            return " | ".join(dict.fromkeys(parts))  # integer and number both map to `number`
        if kind == "integer" and schema.get("format") == "int64":
            return "number | bigint"  # beyond 2^53 a reply's integer arrives as bigint, and a bigint may be passed
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            item = self.expr(schema.get("items", {}), indent)
            return f"({item})[]" if " | " in item and not item.startswith("{") else f"{item}[]"
        if kind == "object":
            if "properties" in schema:
                return self.object_literal(schema, indent)
            extra = schema.get("additionalProperties")
            value = self.expr(extra, indent) if isinstance(extra, dict) else "unknown"
            return f"Record<string, {value}>"
        return "unknown"

    def object_literal(self, schema: Schema, indent: str) -> str:
        """`{ ... }` over the schema's properties, one per line with their descriptions."""
        return "{\n" + self.members(schema, indent + INDENT) + indent + "}"

    def members(self, schema: Schema, indent: str) -> str:
        required = set(schema.get("required", ()))
        out = []
        for name, sub in schema.get("properties", {}).items():
            lines = wrap(sub.get("description", ""))
            if sub.get("deprecated"):
                lines.append("@deprecated")
            out.append(doc_comment(lines, indent))
            optional = "" if name in required else "?"
            out.append(f"{indent}{property_key(name)}{optional}: {self.expr(sub, indent)};\n")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            out.append(f"{indent}[key: string]: unknown;\n")
        return "".join(out)

    def item_expr(self, schema: Schema, items_field: str) -> str:
        """Type of one item of a paginated result (`items_field` "." = the result is the list)."""
        container = self._resolved(schema)
        if items_field != ".":
            container = self._resolved(container.get("properties", {}).get(items_field, {}))
        return self.expr(container.get("items", {}))

    def _resolved(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"]]
        return schema


def _is_alias_worthy(schema: Schema) -> bool:
    """Named non-object schemas that read better under their name (enums, patterned strings, lists)."""
    return "enum" in schema or schema.get("type") == "array" or "pattern" in schema


def named_declaration(name: str, schema: Schema, mapper: TypeMapper, formats: dict[str, Format]) -> str:
    """`export interface Name {...}` or `export type Name = ...;` with the schema's description."""
    lines = wrap(schema.get("description", ""))
    constraint = constraint_text(schema, mapper.schemas, formats)
    if constraint and not is_interface(schema):
        lines += [""] if lines else []
        lines += wrap(constraint)
    doc = doc_comment(lines, "")
    if is_interface(schema):
        return f"{doc}export interface {name} {{\n{mapper.members(schema, INDENT)}}}\n"
    if not (_is_alias_worthy(schema)):
        raise ValueError(f"schema {name} is neither an object nor an alias")
    return f"{doc}export type {name} = {mapper.expr(schema)};\n"


def declared(schemas: dict[str, Schema]) -> list[str]:
    """Names of the schemas types.ts declares (the others are written inline where used)."""
    return [name for name in sorted(schemas) if is_interface(schemas[name]) or _is_alias_worthy(schemas[name])]
