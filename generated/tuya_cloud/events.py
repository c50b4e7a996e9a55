# Generated from spec/events.yaml by `python -m generator`; do not edit.
"""Typed events of Tuya message service (Pulsar over WebSocket): one class per event kind of spec/events.yaml.

Every event has `message_id`, `protocol`, `biz_code`, `device_id`, `t`, `redelivery_count` and `data`
(the decrypted event JSON, every field as sent); each class below adds its own fields, read from `data`
(None, or an empty list, when an event lacks one; values are never coerced). `KINDS` maps
(protocol, bizCode) to the class; anything else arrives as `GenericEvent`.
"""

from __future__ import annotations

from typing import Any, cast

from ._runtime.event_base import Event, Item, UndecodableEvent, value_at

__all__ = [
    "KINDS",
    "Event",
    "GenericEvent",
    "UndecodableEvent",
    "PropertyItem",
    "StatusItem",
    "StatusReport",
    "DeviceOnline",
    "DeviceOffline",
    "DeviceRenamed",
    "DataPointRenamed",
    "DeviceBound",
    "DeviceDeleted",
    "UpgradeStatus",
    "PropertyReport",
    "DeviceOnlineIot",
    "DeviceOfflineIot",
    "DeviceRenamedIot",
    "OtaProgress",
]


class PropertyItem(Item):
    """One reported property value."""

    __slots__ = ()

    @property
    def code(self) -> str | None:
        """The property's code."""
        return cast("str | None", self.raw.get("code"))

    @property
    def value(self) -> Any:
        """Its new value (any JSON type, as the device sent it)."""
        return self.raw.get("value")

    @property
    def dp_id(self) -> int | None:
        """The data point id behind it."""
        return cast("int | None", self.raw.get("dpId"))

    @property
    def time(self) -> int | None:
        """When the device reported it."""
        return cast("int | None", self.raw.get("time"))


class StatusItem(Item):
    """One reported data point value; the optional key named by the data point id holds the value as text."""

    __slots__ = ()

    @property
    def code(self) -> str | None:
        """The data point's code."""
        return cast("str | None", self.raw.get("code"))

    @property
    def value(self) -> Any:
        """Its new value (any JSON type, as the device sent it)."""
        return self.raw.get("value")

    @property
    def t(self) -> int | None:
        """When the device reported it."""
        return cast("int | None", self.raw.get("t"))


class GenericEvent(Event):
    """An event of a protocol or bizCode this spec does not describe; `data` holds it as sent."""

    __slots__ = ()


class StatusReport(Event):
    """Status report (protocol 4). A device reported data point values (a command's effect, a button pressed by hand, a sensor reading).

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",),)

    @property
    def status(self) -> list[StatusItem]:
        """The reported values, one per data point."""
        found = value_at(self.data, ("status",))
        return [StatusItem(entry) for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []

    @property
    def product_key(self) -> str | None:
        """The device's product ID."""
        return cast("str | None", value_at(self.data, ("productKey",)))

    @property
    def data_id(self) -> str | None:
        """An id of the report; the same report sent twice keeps it."""
        return cast("str | None", value_at(self.data, ("dataId",)))


class DeviceOnline(Event):
    """Device online (protocol 20, bizCode `online`). The device connected to the cloud.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def time(self) -> int | None:
        """When it went online (Unix ms)."""
        return cast("int | None", value_at(self.data, ("bizData", "time")))


class DeviceOffline(Event):
    """Device offline (protocol 20, bizCode `offline`). The device lost its connection to the cloud.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def time(self) -> int | None:
        """When it went offline (Unix ms)."""
        return cast("int | None", value_at(self.data, ("bizData", "time")))


class DeviceRenamed(Event):
    """Device renamed (protocol 20, bizCode `nameUpdate`). The device got a new name.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def name(self) -> str | None:
        """The new name."""
        return cast("str | None", value_at(self.data, ("bizData", "name")))


class DataPointRenamed(Event):
    """Data point renamed (protocol 20, bizCode `dpNameUpdate`). One data point (a switch channel, say) of the device got a new name.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def dp_id(self) -> str | int | None:
        """The data point's id."""
        return cast("str | int | None", value_at(self.data, ("bizData", "dpId")))

    @property
    def name(self) -> str | None:
        """The new name."""
        return cast("str | None", value_at(self.data, ("bizData", "name")))


class DeviceBound(Event):
    """Device bound (protocol 20, bizCode `bindUser`). The device was paired and bound to a user's home.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def uid(self) -> str | None:
        """The user it was bound to."""
        return cast("str | None", value_at(self.data, ("bizData", "uid")))

    @property
    def owner_id(self) -> str | None:
        """The home it was added to."""
        return cast("str | None", value_at(self.data, ("bizData", "ownerId")))


class DeviceDeleted(Event):
    """Device deleted (protocol 20, bizCode `delete`). The device was removed from its home.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def uid(self) -> str | None:
        """The user it belonged to."""
        return cast("str | None", value_at(self.data, ("bizData", "uid")))

    @property
    def owner_id(self) -> str | None:
        """The home it was removed from."""
        return cast("str | None", value_at(self.data, ("bizData", "ownerId")))


class UpgradeStatus(Event):
    """Firmware upgrade status (protocol 20, bizCode `upgradeStatus`). A firmware upgrade of one of the device's modules changed state.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def upgrade_status(self) -> str | int | None:
        """The upgrade state (as in ota.get_upgrade_info: 2 upgrading, 3 done, 4 failed)."""
        return cast("str | int | None", value_at(self.data, ("bizData", "upgradeStatus")))

    @property
    def module_type(self) -> str | int | None:
        """The module (0 Wi-Fi, 9 MCU, ...)."""
        return cast("str | int | None", value_at(self.data, ("bizData", "moduleType")))

    @property
    def upgrade_description(self) -> str | None:
        """The state in words."""
        return cast("str | None", value_at(self.data, ("bizData", "description")))


class PropertyReport(Event):
    """Property report (IoT Core) (protocol 1000, bizCode `devicePropertyMessage`). A device reported property values (the IoT Core form of a status report).

    Source: https://github.com/tuya/tuya-connector/tree/main/tuya-spring-boot-starter-sample"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def properties(self) -> list[PropertyItem]:
        """The reported values, one per property."""
        found = value_at(self.data, ("bizData", "properties"))
        return [PropertyItem(entry) for entry in found if isinstance(entry, dict)] if isinstance(found, list) else []

    @property
    def product_id(self) -> str | None:
        """The device's product ID."""
        return cast("str | None", value_at(self.data, ("bizData", "productId")))

    @property
    def data_id(self) -> str | None:
        """An id of the report."""
        return cast("str | None", value_at(self.data, ("bizData", "dataId")))


class DeviceOnlineIot(Event):
    """Device online (IoT Core) (protocol 1001, bizCode `deviceOnline`). The device connected to the cloud.

    Source: https://github.com/tuya/tuya-connector/tree/main/tuya-spring-boot-starter-sample"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def time(self) -> int | None:
        """When it went online (Unix ms)."""
        return cast("int | None", value_at(self.data, ("bizData", "time")))


class DeviceOfflineIot(Event):
    """Device offline (IoT Core) (protocol 1001, bizCode `deviceOffline`). The device lost its connection to the cloud.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def time(self) -> int | None:
        """When it went offline (Unix ms)."""
        return cast("int | None", value_at(self.data, ("bizData", "time")))


class DeviceRenamedIot(Event):
    """Device renamed (IoT Core) (protocol 1001, bizCode `deviceNameUpdate`). The device got a new name.

    Source: https://github.com/tuya/tuya-connector/tree/main/tuya-spring-boot-starter-sample"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))

    @property
    def name(self) -> str | None:
        """The new name."""
        return cast("str | None", value_at(self.data, ("bizData", "name")))


class OtaProgress(Event):
    """Firmware upgrade progress (IoT Core) (protocol 1002, bizCode `deviceOtaProgress`). Progress of a firmware upgrade. Tuya's page names the message but shows no body we could confirm; only devId is relied on, every other field is kept as sent.

    Source: https://developer.tuya.com/en/docs/iot/message-type?id=Kavqerli65a1u"""

    __slots__ = ()
    DEVICE_ID_PATHS = (("devId",), ("bizData", "devId"))


KINDS: dict[tuple[int, str | None], type[Event]] = {
    (4, None): StatusReport,
    (20, "online"): DeviceOnline,
    (20, "offline"): DeviceOffline,
    (20, "nameUpdate"): DeviceRenamed,
    (20, "dpNameUpdate"): DataPointRenamed,
    (20, "bindUser"): DeviceBound,
    (20, "delete"): DeviceDeleted,
    (20, "upgradeStatus"): UpgradeStatus,
    (1000, "devicePropertyMessage"): PropertyReport,
    (1001, "deviceOnline"): DeviceOnlineIot,
    (1001, "deviceOffline"): DeviceOfflineIot,
    (1001, "deviceNameUpdate"): DeviceRenamedIot,
    (1002, "deviceOtaProgress"): OtaProgress,
}
GENERIC = GenericEvent
