"""Operation descriptors: the spec facts the runtime needs for one call (generated as constants)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    location: Literal["path", "query", "body"]
    required: bool
    schema: Mapping[str, Any]
    sensitive: bool = False
    deprecated: str | None = None  # the warning a call that passes it gives (once)
    # (rule field path, warning) for each deprecated field a value of it may hold, e.g. ("instruct[].old", "...")
    deprecated_fields: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """If `when` holds for the arguments, `then` must hold too (see spec/README.md)."""

    name: str
    message: str
    when: Mapping[str, Any]
    then: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    method: str
    path: str
    auth: Literal["token", "client"]
    retry_safe: bool
    params: tuple[Param, ...] = ()
    rules: tuple[Rule, ...] = ()
    pagination: Pagination | None = None
    deprecated: str | None = None  # the warning the first call gives
