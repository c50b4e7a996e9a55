"""The intermediate model: the spec after loading and checking, as small typed records.

Targets (Python package, OpenAPI export, docs) read only these records, never raw YAML.
Schemas stay plain JSON-Schema-subset dicts (`$ref` holds a bare schema name).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .event_ir import EventSpec

Location = Literal["path", "query", "body"]
Role = Literal["token_grant", "token_refresh"]
Schema = dict[str, Any]


@dataclass(frozen=True)
class Position:
    """Where a spec item is written, so that a target's own checks can report `file:line: key`."""

    file: str
    line: int
    key: str


@dataclass(frozen=True)
class Deprecation:
    """An operation, parameter or field that still works but is on its way out (removal: a breaking release)."""

    since: str  # the release that deprecated it
    instead: str | None  # what to use instead, in the spec's words (an operation id, a parameter or field name)

    def notice(self) -> str:
        """`deprecated since 0.2.0; use X instead`: the words every target and doc puts after the subject."""
        return f"deprecated since {self.since}" + (f"; use {self.instead} instead" if self.instead else "")

    def sentence(self) -> str:
        """`Deprecated since 0.2.0; use X instead.`: the notice on its own, for docs."""
        return f"Deprecated since {self.since}" + (f"; use {self.instead} instead." if self.instead else ".")


def deprecation_of(schema: Schema) -> Deprecation | None:
    """The deprecation a schema (a field's schema, in `properties`) carries, if any."""
    raw = schema.get("deprecated")
    return Deprecation(raw["since"], raw.get("instead")) if isinstance(raw, dict) else None


@dataclass(frozen=True)
class Param:
    name: str
    location: Location
    description: str
    required: bool
    sensitive: bool
    schema: Schema
    position: Position
    deprecated: Deprecation | None = None


@dataclass(frozen=True)
class RuleTest:
    field: str
    present: bool | None = None
    const: Any = None
    has_const: bool = False

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field}
        if self.present is not None:
            out["present"] = self.present
        if self.has_const:
            out["const"] = self.const
        return out


@dataclass(frozen=True)
class Rule:
    name: str
    message: str
    when: RuleTest
    then: RuleTest
    source: str | None


@dataclass(frozen=True)
class Pagination:
    style: Literal["page_number", "cursor"]
    items: str
    page_param: str | None = None
    first_page: int | None = None
    size_param: str | None = None
    cursor_param: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None
    total: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Example:
    name: str
    source: str
    request: dict[str, Any]
    result: Any


@dataclass(frozen=True)
class Conflict:
    topic: str
    choice: str
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RateLimit:
    """Tuya's published frequency limit for one API: calls per second for the whole cloud project."""

    per_second: float
    source: str


@dataclass(frozen=True)
class Operation:
    id: str
    group: str
    method_name: str
    summary: str
    description: str
    source: str
    sources: tuple[str, ...]
    confidence: str
    http_method: str
    path: str
    auth: Literal["token", "client"]
    retry_safe: bool
    params: tuple[Param, ...]
    rules: tuple[Rule, ...]
    result_description: str
    result_schema: Schema
    errors: tuple[int, ...]
    pagination: Pagination | None
    examples: tuple[Example, ...]
    conflicts: tuple[Conflict, ...]
    role: Role | None  # what the runtime's token handling calls it for; None for business calls
    position: Position
    rate_limit: RateLimit | None = None  # only where Tuya publishes a number
    deprecated: Deprecation | None = None

    def params_in(self, location: Location) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == location)


@dataclass(frozen=True)
class Group:
    name: str
    title: str
    description: str
    operations: tuple[Operation, ...]
    file: str


@dataclass(frozen=True)
class ErrorFamily:
    name: str
    description: str
    action: str
    aliases: tuple[str, ...] = ()  # earlier names, kept as other names of the same class


@dataclass(frozen=True)
class ErrorCode:
    code: int
    msg: str
    family: str
    description: str
    action: str
    source: str | None


@dataclass(frozen=True)
class Format:
    """A `format` value: the JSON type it refines, its range if it has one, and the words for it."""

    name: str
    type: str
    minimum: int | None
    below: int | None
    words: str
    standard: bool  # JSON Schema's own (uri): typed targets keep it
    any_of: tuple[str, ...] = ()  # other formats: a value fits when it fits any of them

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "words": self.words}
        if self.minimum is not None:
            out["minimum"] = self.minimum
        if self.below is not None:
            out["below"] = self.below
        if self.any_of:
            out["any_of"] = list(self.any_of)
        return out


@dataclass(frozen=True)
class Region:
    id: str
    name: str
    base_url: str


@dataclass(frozen=True)
class CoverageEntry:
    seed: str
    section: str
    entry: str
    operation: str | None
    unresolved: str | None
    searched: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class LeftOut:
    """An endpoint real clients call that the spec deliberately does not model (spec/coverage.yaml)."""

    method: str
    path: str
    reason: str
    instead: str | None


@dataclass(frozen=True)
class Spec:
    groups: tuple[Group, ...]
    schemas: dict[str, Schema]
    schema_files: dict[str, str]
    error_families: tuple[ErrorFamily, ...]
    error_codes: tuple[ErrorCode, ...]
    regions: tuple[Region, ...]
    regions_source: str
    envelope: dict[str, Any]
    coverage: tuple[CoverageEntry, ...]
    additional: tuple[tuple[str, str], ...]
    version: str  # the release version, from spec/release.yaml
    formats: tuple[Format, ...]
    left_out: tuple[LeftOut, ...] = ()
    events: EventSpec | None = None  # the message service (spec/events.yaml), when the spec has it

    def operation_with_role(self, role: Role) -> Operation:
        """The one operation the spec marks with `role` (the loader checks there is exactly one)."""
        return next(op for op in self.operations if op.role == role)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for group in self.groups for op in group.operations)

    def deprecated_fields(self) -> list[tuple[str, Deprecation]]:
        """(`Schema.field`, deprecation) for every deprecated field of a named schema, nested ones too."""
        found: list[tuple[str, Deprecation]] = []

        def walk(schema: Schema, where: str) -> None:
            for name, sub in sorted(schema.get("properties", {}).items()):
                deprecation = deprecation_of(sub)
                if deprecation is not None:
                    found.append((f"{where}.{name}", deprecation))
                walk(sub, f"{where}.{name}")
            if isinstance(schema.get("items"), dict):
                walk(schema["items"], f"{where}[]")

        for name, schema in sorted(self.schemas.items()):
            walk(schema, name)
        return found
