"""The base classes of every event (the typed classes per kind are generated into tuya_cloud/events.py).

Only the standard library: importing the event types loads neither websockets nor aiohttp nor
cryptography. Reprs show ids, never `data`: decrypted events are as secret as the key that opened them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

DataPath = tuple[str, ...]


def value_at(data: Any, path: DataPath) -> Any:
    """The value at `path` in nested mappings, or None when any step is missing."""
    current = data
    for key in path:
        if not isinstance(current, Mapping):
            return None
        current = current.get(key)
    return current


def first_value(data: Any, paths: tuple[DataPath, ...]) -> Any:
    """The value at the first of `paths` that is present (None when none is)."""
    for path in paths:
        found = value_at(data, path)
        if found is not None:
            return found
    return None


class Event:
    """One message of Tuya's message service, decrypted.

    `message_id` is the Pulsar message id as sent (acknowledging echoes it); `protocol` and `t` (Unix ms)
    come from the envelope; `biz_code` and `device_id` from the decrypted data, whose every field is kept
    in `data` as sent; `redelivery_count` counts earlier deliveries of the same message.
    """

    __slots__ = ("biz_code", "data", "device_id", "message_id", "protocol", "redelivery_count", "t")
    DEVICE_ID_PATHS: ClassVar[tuple[DataPath, ...] | None] = None  # None: the spec's common paths

    def __init__(
        self,
        *,
        message_id: str,
        protocol: int | None,
        biz_code: str | None,
        device_id: str | None,
        t: int | None,
        redelivery_count: int,
        data: dict[str, Any] | None,
    ) -> None:
        self.message_id = message_id
        self.protocol = protocol
        self.biz_code = biz_code
        self.device_id = device_id
        self.t = t
        self.redelivery_count = redelivery_count
        self.data = data

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message_id={self.message_id!r}, protocol={self.protocol!r}, "
            f"biz_code={self.biz_code!r}, device_id={self.device_id!r}, t={self.t!r})"
        )

    def as_json(self) -> dict[str, Any]:
        """The event as plain JSON (what `tuya-cloud events` prints): the common attributes, the kind, the data."""
        return {
            "kind": type(self).__name__,
            "message_id": self.message_id,
            "protocol": self.protocol,
            "biz_code": self.biz_code,
            "device_id": self.device_id,
            "t": self.t,
            "redelivery_count": self.redelivery_count,
            "data": self.data,
        }


class UndecodableEvent(Event):
    """A message that could not be decoded (bad base64, padding, GCM tag, unknown mode, not JSON).

    `reason` says why in words that never contain the key or any plaintext; `data` is None. It is
    acknowledged like any other event once the loop moves on, so it cannot block the queue.
    """

    __slots__ = ("reason",)

    def __init__(
        self,
        *,
        message_id: str,
        reason: str,
        protocol: int | None = None,
        t: int | None = None,
        redelivery_count: int = 0,
    ) -> None:
        super().__init__(
            message_id=message_id,
            protocol=protocol,
            biz_code=None,
            device_id=None,
            t=t,
            redelivery_count=redelivery_count,
            data=None,
        )
        self.reason = reason

    def __repr__(self) -> str:
        return f"UndecodableEvent(message_id={self.message_id!r}, reason={self.reason!r})"

    def as_json(self) -> dict[str, Any]:
        return {**super().as_json(), "reason": self.reason}


class Item:
    """One entry of a list inside an event (a status item, a property); `raw` holds it as sent."""

    __slots__ = ("raw",)

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.raw.get('code')!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and type(other) is type(self) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash((type(self).__name__, repr(sorted(self.raw))))
