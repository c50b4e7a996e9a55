"""The commands, read at run time from the OpenAPI document shipped in the package.

Nothing here lists operations by hand: a new operation in spec/ becomes a command on the next
`python -m generator`. Only the facts the command line needs are kept.
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

Schema = Mapping[str, Any]
Location = Literal["path", "query", "body"]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_REF_PREFIX = "#/components/schemas/"


def kebab(name: str) -> str:
    return name.replace("_", "-")


@dataclass(frozen=True)
class Option:
    """One wire parameter of an operation, offered as `--<name>`."""

    name: str
    location: Location
    required: bool
    description: str
    schema: Schema
    sensitive: bool = False

    @property
    def flag(self) -> str:
        return "--" + kebab(self.name)

    @property
    def py_name(self) -> str:
        # The same rule as the generator's: a keyword such as `from` is passed as `from_`.
        return f"{self.name}_" if keyword.iskeyword(self.name) else self.name

    @property
    def dest(self) -> str:
        return "wire:" + self.name  # never clashes with the command line's own option names


@dataclass(frozen=True)
class Command:
    group: str
    method: str
    summary: str
    description: str
    http_method: str
    path: str
    retry_safe: bool
    docs_url: str
    options: tuple[Option, ...]
    pagination: Mapping[str, Any] | None = None
    examples: tuple[Mapping[str, Any], ...] = ()
    rules: tuple[str, ...] = ()  # the messages of the operation's cross-field rules

    @property
    def operation_id(self) -> str:
        return f"{self.group}.{self.method}"

    @property
    def name(self) -> str:
        return kebab(self.method)

    @property
    def path_options(self) -> tuple[Option, ...]:
        """Path parameters in the order they appear in the path (the order of positional arguments)."""
        by_name = {o.name: o for o in self.options if o.location == "path"}
        return tuple(by_name[n] for n in re.findall(r"{([^}]+)}", self.path) if n in by_name)

    @property
    def driven_param(self) -> str | None:
        """The page number or cursor that `--all` advances itself (the SDK's iter_ method omits it)."""
        if self.pagination is None:
            return None
        key = "page_param" if self.pagination.get("style") == "page_number" else "cursor_param"
        value = self.pagination.get(key)
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Group:
    name: str
    title: str
    description: str
    commands: dict[str, Command] = field(default_factory=dict)  # kebab-case method name -> command

    @property
    def cli_name(self) -> str:
        return kebab(self.name)


class ApiSpec:
    """Groups, commands and schemas of the packaged openapi.json."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.schemas: Mapping[str, Schema] = document.get("components", {}).get("schemas", {})
        self.groups: dict[str, Group] = {}
        for tag in document.get("tags", []):
            title, _, rest = str(tag.get("description", "")).partition(". ")
            group = Group(tag["name"], title.rstrip("."), rest or title)
            self.groups[group.cli_name] = group
        for command in _commands(document):
            group_name = kebab(command.group)
            if group_name not in self.groups:  # an operation whose tag is not declared still gets a group
                self.groups[group_name] = Group(command.group, command.group.replace("_", " ").capitalize(), "")
            self.groups[group_name].commands[command.name] = command
        for group in self.groups.values():
            ordered = dict(sorted(group.commands.items()))
            group.commands.clear()
            group.commands.update(ordered)

    @classmethod
    def load(cls) -> ApiSpec:
        text = resources.files("tuya_cloud").joinpath("openapi.json").read_text(encoding="utf-8")
        return cls(json.loads(text))

    def resolve(self, schema: Schema) -> Schema:
        """Follow `$ref`s; the keys next to a `$ref` (its description) are dropped, as JSON Schema does."""
        seen = 0
        while "$ref" in schema and seen < 32:
            ref = str(schema["$ref"])
            schema = self.schemas.get(ref.removeprefix(_REF_PREFIX), {})
            seen += 1
        return schema

    def ref_name(self, schema: Schema) -> str | None:
        ref = schema.get("$ref")
        return str(ref).removeprefix(_REF_PREFIX) if ref is not None else None


def _commands(document: Mapping[str, Any]) -> Iterator[Command]:
    for path, item in document.get("paths", {}).items():
        for http_method in _HTTP_METHODS:
            op = item.get(http_method)
            if op is None or "." not in str(op.get("operationId", "")):
                continue
            group, method = str(op["operationId"]).split(".", 1)
            yield Command(
                group=group,
                method=method,
                summary=str(op.get("summary", "")),
                description=str(op.get("description", "")),
                http_method=http_method.upper(),
                path=path,
                retry_safe=bool(op.get("x-tuya-retry-safe", False)),
                docs_url=str(op.get("externalDocs", {}).get("url", "")),
                options=tuple(_options(op)),
                pagination=op.get("x-tuya-pagination"),
                examples=tuple(op.get("x-tuya-examples", ())),
                rules=tuple(str(rule["message"]) for rule in op.get("x-tuya-rules", ())),
            )


def _options(op: Mapping[str, Any]) -> Iterator[Option]:
    for param in op.get("parameters", ()):
        yield Option(
            name=str(param["name"]),
            location=param["in"],
            required=bool(param.get("required", False)),
            description=str(param.get("description", "")),
            schema=param.get("schema", {}),
            sensitive=bool(param.get("x-tuya-sensitive", False)),
        )
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    required = set(body.get("required", ()))
    for name, schema in body.get("properties", {}).items():
        yield Option(
            name=str(name),
            location="body",
            required=name in required,
            description=str(schema.get("description", "")),
            schema={k: v for k, v in schema.items() if k != "description"},
            sensitive=bool(schema.get("x-tuya-sensitive", False)),
        )
