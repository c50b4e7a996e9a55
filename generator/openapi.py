"""The spec as an OpenAPI 3.1 document, for other languages and tools (and the fake cloud).

Its schemas say in plain JSON Schema what every runtime's validator enforces, so that a tool reading
only the export (Schemathesis, a generator of another language) accepts and refuses the same values:
a format's range (a 10-digit Unix time) as minimum and exclusiveMaximum, a required field as never
null (the validators treat null as absent), and a path parameter as a real segment (not empty, `.` or `..`).

Tuya facts OpenAPI has no field for travel as `x-tuya-*` extensions: how a call is signed,
whether it is safe to retry, cross-field rules, pagination, documented error codes, the spec's
examples, the source page and its confidence, recorded doc conflicts, and since when and in favour of
what an item is deprecated (beside OpenAPI's own `deprecated: true`).
"""

from __future__ import annotations

import json
from typing import Any

from . import ir
from .loader import to_json_schema

REF = "#/components/schemas/"
ENVELOPE = "Envelope"


class _Validated:
    """Turns the spec's schemas into JSON Schema that holds the validators' own rules as keywords."""

    def __init__(self, spec: ir.Spec) -> None:
        self._spec = spec
        self._ranges = {f.name: _ranges(f, spec.formats) for f in spec.formats}

    def schema(self, schema: ir.Schema) -> Any:
        return self.walk(to_json_schema(schema, REF))

    def walk(self, schema: Any) -> Any:
        """A JSON Schema (with OpenAPI $refs) with the validators' rules added, at every level."""
        if not isinstance(schema, dict):
            return schema
        out = {key: self._walk_keyword(key, value) for key, value in schema.items()}
        ranges = self._ranges.get(out.get("format", ""))
        if ranges and _admits(out, "integer"):
            if len(ranges) == 1:
                low, below = ranges[0]
                out["minimum"] = max(out.get("minimum", low), low)
                out["exclusiveMaximum"] = min(out.get("exclusiveMaximum", below), below)
            else:
                out.setdefault("allOf", []).append(
                    {"anyOf": [{"minimum": low, "exclusiveMaximum": below} for low, below in ranges]}
                )
        for name in out.get("required", ()):
            field = out.get("properties", {}).get(name)
            if isinstance(field, dict) and self._admits_null(field):
                field["not"] = {"type": "null"}  # the validators refuse a required field that is null
        return out

    def _walk_keyword(self, key: str, value: Any) -> Any:
        if key == "properties":
            return {name: self.walk(sub) for name, sub in value.items()}
        if key in {"items", "additionalProperties"}:
            return self.walk(value)
        if key in {"anyOf", "allOf", "oneOf"}:
            return [self.walk(sub) for sub in value]
        return value

    def _admits_null(self, schema: dict[str, Any]) -> bool:
        if "$ref" in schema:
            target = self._spec.schemas.get(schema["$ref"].removeprefix(REF))
            return target is not None and "not" not in schema and self._admits_null(dict(target))
        if "enum" in schema or "const" in schema:
            return None in schema.get("enum", ()) or ("const" in schema and schema["const"] is None)
        return "not" not in schema and ("type" not in schema or _admits(schema, "null"))

    def path_parameter(self, schema: ir.Schema) -> Any:
        """A path parameter's schema: what the runtimes refuse before sending (spec/envelope.yaml
        serialization.path_parameters) is part of it."""
        out = self.schema(schema)
        if _admits(out, "string"):
            out["minLength"] = max(out.get("minLength", 1), 1)
            out["not"] = {"enum": [".", ".."]}
        return out


def _admits(schema: dict[str, Any], type_name: str) -> bool:
    kind = schema.get("type")
    return kind is None or kind == type_name or (isinstance(kind, list) and type_name in kind)


def _ranges(fmt: ir.Format, formats: tuple[ir.Format, ...]) -> list[tuple[int, int]]:
    """The [minimum, below) ranges a value of `fmt` may fall in (none: the format has no range)."""
    if fmt.any_of:
        by_name = {f.name: f for f in formats}
        return [r for name in fmt.any_of for r in _ranges(by_name[name], formats)]
    if fmt.minimum is None or fmt.below is None:
        return []
    return [(fmt.minimum, fmt.below)]


def export(spec: ir.Spec) -> dict[str, Any]:
    validated = _Validated(spec)
    components: dict[str, Any] = {name: validated.schema(schema) for name, schema in sorted(spec.schemas.items())}
    components[ENVELOPE] = validated.schema(spec.envelope["envelope"])
    paths: dict[str, dict[str, Any]] = {}
    for group in spec.groups:
        for op in group.operations:
            paths.setdefault(op.path, {})[op.http_method.lower()] = _operation(op, spec, validated)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tuya Cloud OpenAPI (smart home)",
            "version": spec.version,
            "description": (
                "Generated from the tuya-cloud-sdk spec (spec/ in the repository) by `python -m generator`; "
                "do not edit. Every request is signed as described in x-tuya-signing; replies use the "
                "Envelope schema with HTTP 200 even for errors."
            ),
        },
        "servers": [{"url": r.base_url, "description": f"{r.name} ({r.id})"} for r in spec.regions],
        "tags": [{"name": g.name, "x-tuya-title": g.title, "description": g.description} for g in spec.groups],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": components,
            "securitySchemes": {
                "tuyaSignature": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "sign",
                    "description": "HMAC-SHA256 request signature with client_id, t, nonce and access_token headers; "
                    "see x-tuya-signing.",
                }
            },
        },
        "security": [{"tuyaSignature": []}],
        "x-tuya-signing": spec.envelope["signing"],
        "x-tuya-serialization": spec.envelope["serialization"],
        "x-tuya-limits": spec.envelope["limits"],
        "x-tuya-error-codes": [
            {"code": c.code, "msg": c.msg, "family": c.family, "action": c.action, "description": c.description}
            for c in sorted(spec.error_codes, key=lambda c: c.code)
        ],
    }


def _schema(schema: ir.Schema) -> Any:
    return to_json_schema(schema, REF)


def _operation(op: ir.Operation, spec: ir.Spec, validated: _Validated) -> dict[str, Any]:
    parameters = []
    for p in op.params:
        if p.location == "body":
            continue
        param: dict[str, Any] = {
            "name": p.name,
            "in": p.location,
            "required": p.required,
            "description": p.description,
            "schema": validated.path_parameter(p.schema) if p.location == "path" else validated.schema(p.schema),
        }
        if p.location == "query" and _resolved(p.schema, spec).get("type") == "array":
            param["style"] = "form"
            param["explode"] = False  # Tuya takes lists as one comma-separated value
        if p.sensitive:
            param["x-tuya-sensitive"] = True
        param.update(_deprecated(p.deprecated))
        example = next((e.request[p.name] for e in op.examples if p.name in e.request), None)
        if example is not None:
            param["example"] = example
        parameters.append(param)
    body_params = op.params_in("body")
    out: dict[str, Any] = {
        "operationId": op.id,
        "summary": op.summary,
        "description": op.description,
        "tags": [op.group],
        "parameters": parameters,
        **_deprecated(op.deprecated),
    }
    if body_params:
        body_schema: dict[str, Any] = {
            "type": "object",
            "properties": {p.name: _body_property(p) for p in body_params},
        }
        required = [p.name for p in body_params if p.required]
        if required:
            body_schema["required"] = required
        body_schema = validated.walk(body_schema)
        examples = {
            f"example{index}": {
                "summary": e.name,
                "value": {p.name: e.request[p.name] for p in body_params if p.name in e.request},
            }
            for index, e in enumerate(op.examples, 1)
        }
        out["requestBody"] = {
            "required": bool(required),
            "content": {"application/json": {"schema": body_schema, "examples": examples}},
        }
    out["responses"] = {
        "200": {
            "description": op.result_description,
            "content": {
                "application/json": {
                    "schema": {
                        "allOf": [
                            {"$ref": REF + ENVELOPE},
                            {"properties": {"result": validated.schema(op.result_schema)}},
                        ]
                    },
                    "examples": {
                        f"example{index}": {
                            "summary": e.name,
                            "value": {"success": True, "result": e.result, "t": 1700000000000, "tid": "0" * 32},
                        }
                        for index, e in enumerate(op.examples, 1)
                    },
                }
            },
        }
    }
    out["externalDocs"] = {"url": op.source}
    out["x-tuya-auth"] = op.auth
    if op.role is not None:
        out["x-tuya-role"] = op.role
    out["x-tuya-retry-safe"] = op.retry_safe
    if op.rate_limit is not None:
        out["x-tuya-rate-limit"] = {"per_second": op.rate_limit.per_second, "source": op.rate_limit.source}
    out["x-tuya-confidence"] = op.confidence
    out["x-tuya-errors"] = list(op.errors)
    if op.rules:
        out["x-tuya-rules"] = [
            {"name": r.name, "message": r.message, "if": r.when.as_dict(), "then": r.then.as_dict()} for r in op.rules
        ]
    if op.pagination is not None:
        out["x-tuya-pagination"] = op.pagination.as_dict()
    out["x-tuya-examples"] = [
        {"name": e.name, "source": e.source, "request": e.request, "result": e.result} for e in op.examples
    ]
    if op.conflicts:
        out["x-tuya-conflicts"] = [
            {"topic": c.topic, "choice": c.choice, "reason": c.reason, "sources": list(c.sources)} for c in op.conflicts
        ]
    if op.sources:
        out["x-tuya-sources"] = list(op.sources)
    return out


def _body_property(p: ir.Param) -> dict[str, Any]:
    """A body parameter as a property of the body schema: its type, plus its description (where OpenAPI
    readers look for it), sensitivity and deprecation as the parameter's own keywords."""
    out: dict[str, Any] = {**_schema(p.schema), "description": p.description}
    if p.sensitive:
        out["x-tuya-sensitive"] = True
    out.update(_deprecated(p.deprecated))
    return out


def _deprecated(deprecation: ir.Deprecation | None) -> dict[str, Any]:
    """OpenAPI's `deprecated: true`, with since and instead as `x-tuya-deprecated`."""
    if deprecation is None:
        return {}
    detail = {"since": deprecation.since, **({"instead": deprecation.instead} if deprecation.instead else {})}
    return {"deprecated": True, "x-tuya-deprecated": detail}


def _resolved(schema: ir.Schema, spec: ir.Spec) -> ir.Schema:
    while "$ref" in schema:
        schema = spec.schemas[schema["$ref"]]
    return schema


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
