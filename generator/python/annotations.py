"""Python type annotations for spec schemas (the type logic lives here, not in templates)."""

from __future__ import annotations

from ..ir import Schema

MODELS = "models."
OPEN_ENUM = "x-extensible-enum"  # see spec/schema/spec.schema.json
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def is_model(schema: Schema) -> bool:
    """Named object schemas with properties become pydantic models."""
    return schema.get("type") == "object" and "properties" in schema


class TypeNamer:
    def __init__(self, schemas: dict[str, Schema], list_name: str = "list") -> None:
        self.schemas = schemas
        self.list_name = list_name  # "builtins.list" where a method named `list` shadows the builtin

    def annotation(self, schema: Schema, *, accepts: bool) -> str:
        """The annotation of a value; `accepts` widens inputs (Sequence, models or plain mappings)."""
        ref = schema.get("$ref")
        if ref is not None:
            target = self.schemas[ref]
            if is_model(target):
                return f"{MODELS}{ref} | Mapping[str, Any]" if accepts else f"{MODELS}{ref}"
            return self.annotation(target, accepts=accepts)
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        if OPEN_ENUM in schema:  # the known values, then any other value of the same type
            known = "Literal[" + ", ".join(repr(v) for v in schema[OPEN_ENUM]) + "]"
            rest = {k: v for k, v in schema.items() if k != OPEN_ENUM}
            return f"{known} | {self.annotation(rest, accepts=accepts)}"
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        kind = schema.get("type")
        if isinstance(kind, list):
            return " | ".join(self.annotation({**schema, "type": k}, accepts=accepts) for k in kind)
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            item = self.annotation(schema.get("items", {}), accepts=accepts)
            return f"Sequence[{item}]" if accepts else f"{self.list_name}[{item}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = self.annotation(extra, accepts=accepts) if isinstance(extra, dict) else "Any"
            return f"Mapping[str, {value}]" if accepts else f"dict[str, {value}]"
        return "Any"

    def item_annotation(self, schema: Schema, items_field: str) -> str:
        """Type of one item of a paginated result (`items_field` '.' = the result is the list)."""
        container = self._resolved(schema)
        if items_field != ".":
            container = self._resolved(container.get("properties", {}).get(items_field, {}))
        return self.annotation(container.get("items", {}), accepts=False)

    def _resolved(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"]]
        return schema
