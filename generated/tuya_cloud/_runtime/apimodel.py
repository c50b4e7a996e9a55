"""The API description shipped in the package (openapi.json), read once into small records.

The one reader of the export at run time: the fake cloud routes and validates with it, the command
line builds its commands from it, and tests walk it. (Generated resources carry their own
`Operation` constants instead: a call must not pay for reading JSON.) Everything the generator
wrote as its own field is read as such; nothing is split out of free text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from .schema import REF_PREFIX, Schema, resolve

Location = Literal["path", "query", "body"]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_PARAM_KEYWORDS = frozenset({"description", "x-tuya-sensitive", "deprecated", "x-tuya-deprecated"})


@dataclass(frozen=True)
class ParamModel:
    """One wire parameter, in the path, the query or the JSON body."""

    name: str
    location: Location
    required: bool
    description: str
    schema: Schema
    sensitive: bool
    deprecated: Mapping[str, str] | None = None  # {since, instead}, when the spec deprecates it


@dataclass(frozen=True)
class OperationModel:
    id: str
    group: str
    method_name: str
    summary: str
    description: str
    http_method: str
    path: str
    auth: str  # token | client
    role: str | None  # token_grant | token_refresh for the token calls
    retry_safe: bool
    docs_url: str
    params: tuple[ParamModel, ...]
    body_schema: Schema | None  # the whole JSON body as one object schema, when there is a body
    result_schema: Schema  # the envelope's `result` on success
    rules: tuple[Mapping[str, Any], ...]
    pagination: Mapping[str, Any] | None
    examples: tuple[Mapping[str, Any], ...]
    deprecated: Mapping[str, str] | None = None  # {since, instead}, when the spec deprecates it

    def params_in(self, location: Location) -> tuple[ParamModel, ...]:
        return tuple(p for p in self.params if p.location == location)


@dataclass(frozen=True)
class GroupModel:
    name: str
    title: str
    description: str
    operations: tuple[OperationModel, ...]


@dataclass(frozen=True)
class ErrorModel:
    code: int
    msg: str
    family: str
    action: str
    description: str


class ApiModel:
    """Groups, operations, schemas and error codes of one OpenAPI export made by the generator."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.version = str(document.get("info", {}).get("version", ""))
        self.schemas: Mapping[str, Schema] = document.get("components", {}).get("schemas", {})
        self.errors = {
            int(e["code"]): ErrorModel(int(e["code"]), str(e["msg"]), e["family"], e["action"], e["description"])
            for e in document.get("x-tuya-error-codes", [])
        }
        operations = [
            _operation(path, method, spec)
            for path, item in document.get("paths", {}).items()
            for method in _HTTP_METHODS
            if isinstance(spec := item.get(method), Mapping) and "operationId" in spec
        ]
        self.operations: dict[str, OperationModel] = {op.id: op for op in operations}
        groups = []
        for tag in document.get("tags", []):
            members = tuple(sorted((op for op in operations if op.group == tag["name"]), key=lambda op: op.id))
            groups.append(GroupModel(tag["name"], tag.get("x-tuya-title", tag["name"]), tag["description"], members))
        self.groups: dict[str, GroupModel] = {g.name: g for g in groups}

    @classmethod
    @cache
    def load(cls, package: str = "tuya_cloud") -> ApiModel:
        """The package's own export, read once per process."""
        return cls(json.loads(files(package).joinpath("openapi.json").read_text(encoding="utf-8")))

    def resolve(self, schema: Schema) -> Schema:
        """Follow `$ref`s to the schema they name (unknown or cyclic references give {})."""
        return resolve(schema, self.schemas.get)

    def error_message(self, code: int) -> str:
        """Tuya's own message for an error code (spec/errors.yaml)."""
        error = self.errors.get(code)
        return error.msg if error is not None else "error"


def ref_name(schema: Schema) -> str | None:
    """`Device` for `{"$ref": "#/components/schemas/Device"}`; None for an inline schema."""
    ref = schema.get("$ref")
    return str(ref).removeprefix(REF_PREFIX) if ref is not None else None


def _result_schema(spec: Mapping[str, Any]) -> Schema:
    """The `result` part of the success reply: the export writes it as Envelope + {result}."""
    reply = spec.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
    for part in reply.get("schema", {}).get("allOf", ()):
        result = part.get("properties", {}).get("result")
        if result is not None:
            return result  # type: ignore[no-any-return]
    return {}


def _operation(path: str, method: str, spec: Mapping[str, Any]) -> OperationModel:
    group, _, method_name = str(spec["operationId"]).partition(".")
    params = [
        ParamModel(
            name=str(p["name"]),
            location=p["in"],
            required=bool(p.get("required", False)),
            description=str(p.get("description", "")),
            schema=p.get("schema", {}),
            sensitive=bool(p.get("x-tuya-sensitive", False)),
            deprecated=p.get("x-tuya-deprecated"),
        )
        for p in spec.get("parameters", ())
    ]
    body = spec.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body is not None:
        required = set(body.get("required", ()))
        for name, prop in body.get("properties", {}).items():
            # A body field's description, sensitivity and deprecation are the parameter's, not part of its type.
            schema = {k: v for k, v in prop.items() if k not in _PARAM_KEYWORDS}
            params.append(
                ParamModel(
                    name=str(name),
                    location="body",
                    required=name in required,
                    description=str(prop.get("description", "")),
                    schema=schema,
                    sensitive=bool(prop.get("x-tuya-sensitive", False)),
                    deprecated=prop.get("x-tuya-deprecated"),
                )
            )
    return OperationModel(
        id=str(spec["operationId"]),
        group=group,
        method_name=method_name,
        summary=str(spec.get("summary", "")),
        description=str(spec.get("description", "")),
        http_method=method.upper(),
        path=path,
        auth=str(spec.get("x-tuya-auth", "token")),
        role=spec.get("x-tuya-role"),
        retry_safe=bool(spec.get("x-tuya-retry-safe", False)),
        docs_url=str(spec.get("externalDocs", {}).get("url", "")),
        params=tuple(params),
        body_schema=body,
        result_schema=_result_schema(spec),
        rules=tuple(spec.get("x-tuya-rules", ())),
        pagination=spec.get("x-tuya-pagination"),
        examples=tuple(spec.get("x-tuya-examples", ())),
        deprecated=spec.get("x-tuya-deprecated"),
    )
