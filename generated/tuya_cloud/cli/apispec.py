"""The commands, made at run time from the API description shipped in the package.

Nothing here lists operations by hand: a new operation in spec/ becomes a command on the next
`python -m generator`. The description is read by the package's one reader (`_runtime/apimodel.py`);
this module adds only what the command line needs on top (flags, kebab-case names, positionals).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._runtime.apimodel import ApiModel, Location, OperationModel, ref_name
from .._runtime.schema import Schema

__all__ = ["ApiSpec", "Command", "Group", "Option", "Schema", "kebab"]


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
    deprecated: str | None = None  # "Deprecated since 0.2.0; use X instead."

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
    deprecated: str | None = None  # "Deprecated since 0.2.0; use X instead."

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
    """Groups and commands, made from the package's API model (the one reader of openapi.json)."""

    def __init__(self, model: ApiModel) -> None:
        self.model = model
        self.schemas: Mapping[str, Schema] = model.schemas
        self.groups: dict[str, Group] = {}
        for group_model in model.groups.values():
            commands = {command.name: command for command in map(_command, group_model.operations)}
            group = Group(group_model.name, group_model.title, group_model.description, dict(sorted(commands.items())))
            self.groups[group.cli_name] = group

    @classmethod
    def load(cls) -> ApiSpec:
        return cls(ApiModel.load())

    def resolve(self, schema: Schema) -> Schema:
        """Follow `$ref`s; the keys next to a `$ref` (its description) are dropped, as JSON Schema does."""
        return self.model.resolve(schema)

    def ref_name(self, schema: Schema) -> str | None:
        return ref_name(schema)


def _command(op: OperationModel) -> Command:
    return Command(
        group=op.group,
        method=op.method_name,
        summary=op.summary,
        description=op.description,
        http_method=op.http_method,
        path=op.path,
        retry_safe=op.retry_safe,
        docs_url=op.docs_url,
        options=tuple(
            Option(p.name, p.location, p.required, p.description, p.schema, p.sensitive, _deprecation(p.deprecated))
            for p in op.params
        ),
        pagination=op.pagination,
        examples=op.examples,
        rules=tuple(str(rule["message"]) for rule in op.rules),
        deprecated=_deprecation(op.deprecated),
    )


def _deprecation(detail: Mapping[str, str] | None) -> str | None:
    """The sentence help shows for an operation or parameter the spec deprecates."""
    if detail is None:
        return None
    instead = f"; use {detail['instead']} instead." if detail.get("instead") else "."
    return f"Deprecated since {detail.get('since')}{instead}"
