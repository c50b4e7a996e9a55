# Generated from spec/groups/devices.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import Device


class DeviceLogEntry(TuyaModel):
    """
    One event in a device's log.
    """

    code: Annotated[str | None, Field(description="DP code the event concerns (for DP reports and commands).")] = None
    event_from: Annotated[
        str | None,
        Field(
            description="Who caused the event: '1' the device, '2' a client command, '3' a third-party platform, '4' a cloud command, '-1' unknown."
        ),
    ] = None
    event_id: Annotated[
        int | None, Field(description="Event type, same codes as the request's type filter (1 online ... 10 timer).")
    ] = None
    event_time: Annotated[int | None, Field(description="When the event happened (Unix milliseconds).")] = None
    row: Annotated[
        str | None, Field(description="Row key of the entry (seen in Tuya's Go SDK, not in the page's table).")
    ] = None
    status: Annotated[str | None, Field(description="Event status.")] = None
    value: Annotated[
        Any | None,
        Field(description='Event or DP value; usually a string (e.g. "false"), sometimes another JSON type.'),
    ] = None


class DeviceLogPage(TuyaModel):
    """
    One page of a device's event log.
    """

    count: Annotated[int | None, Field(description="Paid edition: total number of matching entries.")] = None
    current_row_key: Annotated[str | None, Field(description="Free edition: row key where this page started.")] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    has_next: Annotated[bool | None, Field(description="True when more entries match.")] = None
    logs: Annotated[list[DeviceLogEntry] | None, Field(description="Log entries on this page.")] = None
    next_row_key: Annotated[
        str | None,
        Field(description="Free edition: pass as start_row_key to get the next page; null when there is none."),
    ] = None


class DevicePage(TuyaModel):
    """
    One page of devices from the page-numbered device list.
    """

    devices: Annotated[list[Device] | None, Field(description="Devices on this page.")] = None
    last_id: Annotated[
        str | None, Field(description="ID of the last device on this page (may be passed back as last_id).")
    ] = None
    total: Annotated[int | None, Field(description="Number of devices matching the filter.")] = None


class DevicePageV2(TuyaModel):
    """
    One page of devices from the row-key device list (v2).
    """

    devices: Annotated[list[Device] | None, Field(description="Devices on this page.")] = None
    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    last_id: Annotated[str | None, Field(description="ID of the last device returned.")] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    total: Annotated[int | None, Field(description="Number of devices matching the filter.")] = None


class FactoryInfo(TuyaModel):
    """
    Factory data of one device.
    """

    id: Annotated[str | None, Field(description="Device ID.")] = None
    mac: Annotated[str | None, Field(description="MAC address.")] = None
    sn: Annotated[str | None, Field(description="Serial number; absent when the device has none.")] = None
    uuid: Annotated[str | None, Field(description="Chip-level unique ID.")] = None


class SubDevice(TuyaModel):
    """
    A sub-device (e.g. Zigbee) attached to a gateway.
    """

    active_time: Annotated[int | None, Field(description="Last activation (Unix seconds).")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. wsdcg (temperature/humidity sensor).")] = (
        None
    )
    icon: Annotated[str | None, Field(description="Icon path, relative to images.<region domain>.")] = None
    id: Annotated[str | None, Field(description="Sub-device ID.")] = None
    name: Annotated[str | None, Field(description="Sub-device name.")] = None
    node_id: Annotated[str | None, Field(description="Node ID of the sub-device within the gateway's network.")] = None
    online: Annotated[bool | None, Field(description="Whether the sub-device is online.")] = None
    owner_id: Annotated[str | None, Field(description="ID of the home that owns the sub-device.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    update_time: Annotated[int | None, Field(description="Last status update (Unix seconds).")] = None
