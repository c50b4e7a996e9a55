"""The Python target's part of the message service: typed event classes (`tuya_cloud/events.py`) and the
wire constants the hand-written runtime reads (`tuya_cloud/_events_wire.py`), both from spec/events.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jinja2

from .. import event_ir
from ..event_loader import resolve
from . import header

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def snake(name: str) -> str:
    """`dpId` -> `dp_id`: item attributes are named the Python way (event fields already are, in the spec)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass(frozen=True)
class ItemView:
    name: str  # class name (the item schema's name)
    description: str
    attributes: tuple[tuple[str, str, str, str], ...]  # (python name, wire key, annotation, description)


@dataclass(frozen=True)
class FieldView:
    name: str
    path: tuple[str, ...]
    annotation: str
    item: str | None  # the item class of a list of objects
    description: str


@dataclass(frozen=True)
class KindView:
    kind: event_ir.EventKind
    fields: tuple[FieldView, ...]
    docstring: str


def scalar_annotation(schema: dict[str, Any]) -> str:
    """What a field may hold as sent (values are never coerced); None when the data lacks it."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind is not None else []
    if not kinds or any(k not in _SCALARS for k in kinds):
        return "Any"
    return " | ".join([*(_SCALARS[k] for k in kinds), "None"])


class EventsTarget:
    def __init__(self, events: event_ir.EventSpec, env: jinja2.Environment) -> None:
        self.events = events
        self.env = env
        self.items: dict[str, ItemView] = {}

    def files(self, package: str) -> dict[str, str]:
        events = self.events
        kinds = [self._kind_view(kind) for kind in events.kinds]
        start, end = events.key_slice
        gcm: dict[str, Any] = next((m for m in events.encryption["modes"] if m["name"] == "aes_gcm"), {})
        query = {q["name"]: q["schema"]["default"] for q in events.consumer["query"]}
        return {
            f"{package}/events.py": self.env.get_template("events.py.jinja").render(
                header=header(events.file),
                title=events.title,
                kinds=kinds,
                items=sorted(self.items.values(), key=lambda item: item.name),
                generic=(events.generic_name, events.generic_description),
            ),
            f"{package}/_events_wire.py": self.env.get_template("events_wire.py.jinja").render(
                header=header(events.file),
                hosts={h.region: h.url for h in events.hosts},
                path=events.consumer["path"],
                envs=[e["name"] for e in events.consumer["envs"]],
                default_env=events.consumer["default_env"],
                default_subscription=events.consumer["default_subscription"],
                ack_timeout_ms=query["ackTimeoutMillis"],
                minimum_ack_timeout_ms=next(
                    q["schema"].get("minimum", 0) for q in events.consumer["query"] if q["name"] == "ackTimeoutMillis"
                ),
                subscription_type=query["subscriptionType"],
                headers=[(h["name"], h["value"]) for h in events.handshake["headers"]],
                failures={f["status"]: f["meaning"] for f in events.handshake["failures"]},
                key_slice=(start, end),
                mode_property=events.encryption["property"],
                default_mode=events.encryption["default"],
                modes=[m["name"] for m in events.encryption["modes"]],
                gcm_nonce=gcm.get("nonce_bytes", 12),
                gcm_tag=gcm.get("tag_bytes", 16),
                biz_code_paths=events.biz_code,
                device_id_paths=events.device_id,
            ),
        }

    def _kind_view(self, kind: event_ir.EventKind) -> KindView:
        fields = tuple(self._field_view(f) for f in kind.fields)
        where = f"protocol {kind.protocol}" + (f", bizCode `{kind.biz_code}`" if kind.biz_code else "")
        docstring = f"{kind.title} ({where}). {kind.description}\n\nSource: {kind.source}"
        return KindView(kind, fields, docstring)

    def _field_view(self, field: event_ir.EventField) -> FieldView:
        schema = field.schema
        if schema.get("type") == "array":
            items = schema.get("items", {})
            ref = items.get("$ref")
            target = resolve(items, self.events.schemas)
            if ref is not None and "properties" in target:
                self._item(ref, target)
                return FieldView(field.name, field.path, f"list[{ref}]", ref, field.description)
            return FieldView(field.name, field.path, "list[Any]", None, field.description)
        return FieldView(field.name, field.path, scalar_annotation(schema), None, field.description)

    def _item(self, name: str, schema: dict[str, Any]) -> None:
        attributes = tuple(
            (snake(key), key, scalar_annotation(resolve(sub, self.events.schemas)), sub.get("description", ""))
            for key, sub in schema["properties"].items()
        )
        self.items[name] = ItemView(name, schema.get("description", f"One item of {name}."), attributes)
