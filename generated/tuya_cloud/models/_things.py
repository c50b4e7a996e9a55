# Generated from spec/groups/things.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._runtime.models import TuyaModel


class ReportLogEntry(TuyaModel):
    """
    One status report of a device.
    """

    code: Annotated[str | None, Field(description="Property (DP) code.")] = None
    event_time: Annotated[int | None, Field(description="When the value was reported (Unix milliseconds).")] = None
    value: Annotated[
        Any | None,
        Field(description='The reported value: a string in the page\'s example ("true"), typed Object in its table.'),
    ] = None


class ReportLogPage(TuyaModel):
    """
    One page of a device's status reports.
    """

    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    logs: Annotated[list[ReportLogEntry] | None, Field(description="Reports on this page, newest first.")] = None
    total: Annotated[int | None, Field(description="Number of reports matching the query.")] = None


class ShadowProperty(TuyaModel):
    """
    The reported state of one property (DP) in a device's shadow.
    """

    code: Annotated[str | None, Field(description="Property (DP) code.")] = None
    custom_name: Annotated[str | None, Field(description="Name the user gave the property (may be empty).")] = None
    dp_id: Annotated[int | None, Field(description="DP id, the number the device uses on the LAN.")] = None
    time: Annotated[int | None, Field(description="When the value was reported (Unix milliseconds).")] = None
    value: Annotated[Any | None, Field(description="The reported value; its type follows the property's type.")] = None


class Thing(TuyaModel):
    """
    A device as the v2.0 thing calls return it (Tuya's DeviceFusionVO). Times are 10-digit Unix seconds. Fields beyond these may appear and are kept.

    """

    active_time: Annotated[int | None, Field(description="Last activation (Unix seconds).")] = None
    bind_space_id: Annotated[str | None, Field(description="ID of the space (home) the device is bound to.")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. dj (light), kg (switch), cz (socket).")] = (
        None
    )
    create_time: Annotated[int | None, Field(description="First pairing time (Unix seconds).")] = None
    custom_name: Annotated[str | None, Field(description="Name the user gave the device.")] = None
    icon: Annotated[str | None, Field(description="Icon path, relative to images.<region domain>.")] = None
    id: Annotated[str | None, Field(description="Device ID.")] = None
    ip: Annotated[str | None, Field(description="Public IP address of the device (may be empty).")] = None
    is_online: Annotated[
        bool | None, Field(description="Whether the device is online (the older families call it `online`).")
    ] = None
    lat: Annotated[str | None, Field(description="Latitude.")] = None
    local_key: Annotated[str | None, Field(repr=False, description="Key for LAN encryption.")] = None
    lon: Annotated[str | None, Field(description="Longitude.")] = None
    model: Annotated[str | None, Field(description="Product model.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    product_name: Annotated[str | None, Field(description="Product name.")] = None
    sub: Annotated[bool | None, Field(description="True when the device is a gateway sub-device.")] = None
    time_zone: Annotated[str | None, Field(description="Time zone offset, e.g. +01:00.")] = None
    update_time: Annotated[int | None, Field(description="Last update (Unix seconds).")] = None
    uuid: Annotated[str | None, Field(description="Chip-level unique ID.")] = None


class ThingModel(TuyaModel):
    """
    The thing model of a device.
    """

    model: Annotated[
        str | None,
        Field(
            description="The model as JSON text (decode with json.loads): {modelId, services: [{code, name, description, properties: [{abilityId (the DP id), code, name, description, accessMode (ro, rw or wr), typeSpec: {type: bool | value | enum | string | raw | bitmap, ...}}], actions, events}]}.\n"
        ),
    ] = None


class ShadowProperties(TuyaModel):
    """
    A device's shadow.
    """

    properties: Annotated[
        list[ShadowProperty] | None,
        Field(description="One entry per property asked for (every property when no codes are given)."),
    ] = None
