# Generated from spec/groups/iot_devices.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class IotDevice(TuyaModel):
    """
    A device as the iot-03 management calls return it: Tuya's BaseDeviceRes (v1.0 details) and the v1.1 detail object (also the items of the v1.3 list), which adds the gateway, node, category name, owner and icon. Fields beyond these may appear and are kept.

    """

    active_time: Annotated[int | None, Field(description="Last activation (Unix seconds).")] = None
    asset_id: Annotated[str | None, Field(description="ID of the asset the device belongs to.")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. dj (light), kg (switch), cz (socket).")] = (
        None
    )
    category_name: Annotated[str | None, Field(description="Category name (v1.1 and the v1.3 list).")] = None
    create_time: Annotated[int | None, Field(description="First pairing time (Unix seconds).")] = None
    gateway_id: Annotated[
        str | None, Field(description="Gateway of a sub-device, empty otherwise (v1.1 and the v1.3 list).")
    ] = None
    icon: Annotated[
        str | None, Field(description="Icon path, relative to images.<region domain> (v1.1 and the v1.3 list).")
    ] = None
    id: Annotated[str | None, Field(description="Device ID.")] = None
    ip: Annotated[str | None, Field(description="Public IP address of the device (may be empty).")] = None
    lat: Annotated[str | None, Field(description="Latitude.")] = None
    local_key: Annotated[str | None, Field(repr=False, description="Key for LAN encryption.")] = None
    lon: Annotated[str | None, Field(description="Longitude.")] = None
    model: Annotated[str | None, Field(description="Product model.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    node_id: Annotated[
        str | None, Field(description="Node ID of a sub-device, empty otherwise (v1.1 and the v1.3 list).")
    ] = None
    online: Annotated[bool | None, Field(description="Whether the device is online.")] = None
    owner_id: Annotated[
        str | None, Field(description="ID of the home that owns the device (v1.1 and the v1.3 list).")
    ] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    product_name: Annotated[str | None, Field(description="Product name.")] = None
    sn: Annotated[
        str | None, Field(description="Serial number (seen in live v1.1 replies, not in the page's table).")
    ] = None
    sub: Annotated[bool | None, Field(description="True when the device is a gateway sub-device.")] = None
    time_zone: Annotated[str | None, Field(description="Time zone offset, e.g. +01:00.")] = None
    update_time: Annotated[int | None, Field(description="Last status update (Unix seconds).")] = None
    uuid: Annotated[str | None, Field(description="Chip-level unique ID.")] = None


class IotDevicePage(TuyaModel):
    """
    One page of the v1.3 device list (Tuya's CursorPage).
    """

    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    list_: Annotated[list[IotDevice] | None, Field(alias="list", description="Devices on this page.")] = None
    total: Annotated[int | None, Field(description="Number of devices matching the filter.")] = None
