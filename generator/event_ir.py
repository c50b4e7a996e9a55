"""The message service (spec/events.yaml) in the intermediate model: small typed records, no target language.

Schemas stay plain JSON-Schema-subset dicts; `$ref` names a schema of the events file's own `schemas`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]
DataPath = tuple[str, ...]  # keys into the decrypted event JSON, e.g. ("bizData", "devId")

# The attributes every event has in every target; an event kind's own field may not take these names.
COMMON_ATTRIBUTES = ("message_id", "protocol", "biz_code", "device_id", "t", "redelivery_count", "data")


@dataclass(frozen=True)
class QueueHost:
    region: str  # a region id of regions.yaml
    url: str  # wss://host:port/ (ends in /)
    note: str | None


@dataclass(frozen=True)
class EventField:
    name: str  # snake_case; each target spells it its own way
    path: DataPath
    description: str
    schema: Schema  # the schema at `path` in the kind's schema ({} when it allows anything)


@dataclass(frozen=True)
class EventKind:
    name: str  # the class name in every target
    protocol: int
    biz_code: str | None  # None for a protocol without bizCode (4)
    title: str
    description: str
    source: str
    device_id: tuple[DataPath, ...]  # the first present wins
    fields: tuple[EventField, ...]
    schema: Schema
    example: dict[str, Any]


@dataclass(frozen=True)
class EventSpec:
    title: str
    description: str
    sources: tuple[str, ...]
    hosts: tuple[QueueHost, ...]
    hosts_notes: str | None
    consumer: dict[str, Any]  # as written: path, envs, default_env, default_subscription, query
    handshake: dict[str, Any]  # as written: headers, password, failures
    frame: dict[str, Any]
    ack: dict[str, Any]
    envelope: dict[str, Any]
    encryption: dict[str, Any]  # as written: key, property, default, modes, vectors
    biz_code: tuple[DataPath, ...]
    device_id: tuple[DataPath, ...]
    kinds: tuple[EventKind, ...]
    generic_name: str
    generic_description: str
    schemas: dict[str, Schema]
    file: str  # spec/events.yaml, relative to the repository

    @property
    def key_slice(self) -> tuple[int, int]:
        """(start, end) of the Access Secret characters that make the AES key."""
        inner = self.encryption["key"].split("[", 1)[1].rstrip("]")
        start, end = inner.split(":")
        return int(start), int(end)

    def ack_timeout_default_ms(self) -> int:
        for entry in self.consumer["query"]:
            if entry["name"] == "ackTimeoutMillis":
                return int(entry["schema"]["default"])
        raise LookupError("ackTimeoutMillis")
