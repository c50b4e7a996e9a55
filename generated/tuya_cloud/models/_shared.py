# Generated from spec/schemas.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._runtime.models import TuyaModel


class AutomationAction(TuyaModel):
    """
    One step an automation or a tap-to-run scene runs, in list order (used by the automations and scenes groups).

    """

    action_executor: Annotated[
        str,
        Field(
            description="Kind of step (an open set). Seen in examples and replies: dpIssue (send DPs to a device), delay (wait), ruleEnable / ruleDisable (switch another automation or scene on or off). The Add-automation table also lists device_issue and device_group_issue.\n",
            min_length=1,
        ),
    ]
    action_strategy: Annotated[
        str | None, Field(description="Execution strategy of the step (seen in scene replies only).")
    ] = None
    entity_id: Annotated[
        str | None,
        Field(
            description="Target: the device ID for dpIssue, the automation or scene ID for ruleEnable and ruleDisable; absent for delay.\n"
        ),
    ] = None
    executor_property: Annotated[
        dict[str, Any] | None,
        Field(
            description='Parameters of the step. dpIssue: DP codes mapped to values, e.g. {"switch_1": true}. delay: {"hours": "0", "minutes": "0", "seconds": "5"} with the numbers as strings.\n'
        ),
    ] = None
    extra_property: Annotated[
        Any | None, Field(description="Extra information about the step (seen in scene replies only).")
    ] = None


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
    local_key: Annotated[str | None, Field(repr=False, description="Key for LAN encryption.")] = None
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


class DeviceFunction(TuyaModel):
    """
    One instruction (a DP that can be set) with its type and value range.
    """

    code: Annotated[str | None, Field(description="DP code to use in commands, e.g. switch_led.")] = None
    desc: Annotated[str | None, Field(description="Description of the instruction (may be absent).")] = None
    name: Annotated[str | None, Field(description="Display name of the instruction (may be absent).")] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None,
        Field(
            description='Value range as a JSON document inside a string; decode it with json.loads. Examples: "{}" for Boolean, {"min":0,"max":100,"scale":0,"step":1,"unit":"s"} for Integer, {"range":["white","colour"]} for Enum.\n'
        ),
    ] = None


class DeviceFunctions(TuyaModel):
    """
    The instruction set of a device or of a product category (Tuya's FunctionRes).
    """

    category: Annotated[str | None, Field(description="Category code, e.g. dj (light), kg (switch), cz (socket).")] = (
        None
    )
    functions: Annotated[list[DeviceFunction] | None, Field(description="Supported instructions.")] = None


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


class DeviceStatusList(TuyaModel):
    """
    The latest status of one device in a batch status reply.
    """

    id: Annotated[str | None, Field(description="Device ID.")] = None
    status: Annotated[list[DataPoint] | None, Field(description="Latest value of each DP.")] = None


class FactoryInfo(TuyaModel):
    """
    Factory data of one device.
    """

    id: Annotated[str | None, Field(description="Device ID.")] = None
    mac: Annotated[str | None, Field(description="MAC address.")] = None
    sn: Annotated[str | None, Field(description="Serial number; absent when the device has none.")] = None
    uuid: Annotated[str | None, Field(description="Chip-level unique ID.")] = None


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
