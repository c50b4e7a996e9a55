"""The spec as an OpenAPI 3.1 document, for other languages and tools (and the fake cloud).

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


def _schema(schema: ir.Schema) -> Any:
    return to_json_schema(schema, REF)


def export(spec: ir.Spec) -> dict[str, Any]:
    components: dict[str, Any] = {name: _schema(schema) for name, schema in sorted(spec.schemas.items())}
    components[ENVELOPE] = _schema(spec.envelope["envelope"])
    paths: dict[str, dict[str, Any]] = {}
    for group in spec.groups:
        for op in group.operations:
            paths.setdefault(op.path, {})[op.http_method.lower()] = _operation(op, spec)
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


def _operation(op: ir.Operation, spec: ir.Spec) -> dict[str, Any]:
    parameters = []
    for p in op.params:
        if p.location == "body":
            continue
        param: dict[str, Any] = {
            "name": p.name,
            "in": p.location,
            "required": p.required,
            "description": p.description,
            "schema": _schema(p.schema),
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
                            {"properties": {"result": _schema(op.result_schema)}},
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
