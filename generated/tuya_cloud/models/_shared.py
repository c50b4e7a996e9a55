# Generated from spec/schemas.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._runtime.models import TuyaModel


class DataPoint(TuyaModel):
    """
    One data point (DP) of a device: its code and a value whose type depends on the DP (boolean, integer, enum string, string, or a JSON string). Used for status reports, commands and timer instructions alike.

    """

    code: Annotated[str, Field(description="DP code, e.g. switch_led or bright_value_v2.", min_length=1)]
    value: Annotated[Any, Field(description="DP value; its type follows the DP's type.")]


class Device(TuyaModel):
    """
    A device as the smart-home device APIs return it (Tuya calls it DeviceRes). Times are 10-digit Unix seconds. Fields beyond these may appear and are kept.

    """

    active_time: Annotated[int | None, Field(description="Last activation (Unix seconds).")] = None
    biz_type: Annotated[int | None, Field(description="App business type.")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. dj (light), kg (switch), cz (socket).")] = (
        None
    )
    create_time: Annotated[int | None, Field(description="First pairing time (Unix seconds).")] = None
    icon: Annotated[str | None, Field(description="Icon path, relative to images.<region domain>.")] = None
    id: Annotated[str | None, Field(description="Device ID.")] = None
    ip: Annotated[str | None, Field(description="Public IP address of the device (may be empty).")] = None
    lat: Annotated[str | None, Field(description="Latitude (appears in examples, not in every table).")] = None
    local_key: Annotated[str | None, Field(description="Key for LAN encryption.")] = None
    lon: Annotated[str | None, Field(description="Longitude (appears in examples, not in every table).")] = None
    model: Annotated[str | None, Field(description="Product model.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    node_id: Annotated[str | None, Field(description="Node ID; sub-devices only.")] = None
    online: Annotated[bool | None, Field(description="Whether the device is online.")] = None
    owner_id: Annotated[str | None, Field(description="ID of the home that owns the device.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    product_name: Annotated[str | None, Field(description="Product name.")] = None
    status: Annotated[list[DataPoint] | None, Field(description="Latest value of each DP.")] = None
    sub: Annotated[bool | None, Field(description="True when the device is a gateway sub-device.")] = None
    time_zone: Annotated[str | None, Field(description="Time zone offset, e.g. +08:00.")] = None
    uid: Annotated[str | None, Field(description="ID of the user the device belongs to.")] = None
    update_time: Annotated[int | None, Field(description="Last status update (Unix seconds).")] = None
    uuid: Annotated[str | None, Field(description="Chip-level unique ID that survives re-pairing.")] = None


class LinkageDevice(TuyaModel):
    """
    A device that can take part in scenes or automations of a home.
    """

    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    home_id: Annotated[
        int | str | None,
        Field(
            description="Home ID: a string in the scene and automation device-list examples (and the voice API), a number everywhere else Tuya returns a home ID; either is kept as sent.\n"
        ),
    ] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    uuid: Annotated[str | None, Field(description="Device UUID.")] = None
