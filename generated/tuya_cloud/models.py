# Generated from spec/schemas.yaml and spec/groups/ by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from ._runtime.models import TuyaModel


class AcFanStep(TuyaModel):
    """
    A fan speed an air conditioner accepts at a temperature.
    """

    fan: Annotated[int | None, Field(description="Fan speed: 0 auto, 1 low, 2 medium, 3 high.")] = None
    fan_name: Annotated[str | None, Field(description="Display name.")] = None


class AcStatus(TuyaModel):
    """
    The last state sent to an air-conditioner remote. Every value is a string of digits ("1", "26"), as Tuya sends them; convert before comparing with numbers.

    """

    mode: Annotated[str | None, Field(description='"0" cool, "1" heat, "2" auto, "3" fan only, "4" dry.')] = None
    power: Annotated[str | None, Field(description='"0" off, "1" on.')] = None
    remote_id: Annotated[str | None, Field(description="ID of the remote.")] = None
    temp: Annotated[str | None, Field(description="Temperature in degrees Celsius.")] = None
    wind: Annotated[str | None, Field(description='"0" auto, "1" low, "2" medium, "3" high.')] = None


class AcTemperatureStep(TuyaModel):
    """
    A temperature an air conditioner accepts in a mode, with the fan speeds allowed there.
    """

    fan_list: Annotated[list[AcFanStep] | None, Field(description="Fan speeds allowed at this temperature.")] = None
    temp: Annotated[int | None, Field(description="Temperature in degrees Celsius.")] = None
    temp_name: Annotated[str | None, Field(description="Display name.")] = None


class AppUser(TuyaModel):
    """
    One user in an app's user list; privacy fields come back masked.
    """

    country_code: Annotated[str | None, Field(description="Phone country code.")] = None
    create_time: Annotated[int | None, Field(description="Registration time (Unix seconds).")] = None
    email: Annotated[str | None, Field(description="Email address (masked); email-registered users only.")] = None
    mobile: Annotated[str | None, Field(description="Phone number (masked); phone-registered users only.")] = None
    uid: Annotated[str | None, Field(description="User ID.")] = None
    update_time: Annotated[int | None, Field(description="Last update (Unix seconds).")] = None
    username: Annotated[str | None, Field(description="Login name.")] = None


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


class AutomationConditionDisplay(TuyaModel):
    """
    What a condition tests; the keys depend on the condition's entity_type. Device status (1): code (a status code from the linkage-code calls), operator and value. Weather (3): code ($temp, $humidity, $condition, $pm25, $aqi, $windSpeed or $sunsetrise when writing; replies have been seen with the bare name, e.g. condition), operator and value. Schedule (6): time, optionally date (also loops, read Sunday first, and timezone_id, which are inferred, not documented). External trigger (15): code and value, later matched by the external-trigger call. Other condition types (see entity_type) carry keys of their own, which are kept as sent.

    """

    code: Annotated[
        str | None, Field(description="DP status code or weather code, e.g. switch_1 or $temp.", min_length=1)
    ] = None
    date: Annotated[
        str | None,
        Field(
            description="Schedule conditions: date of a one-off run, YYYYMMDD (optional).",
            pattern="^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
        ),
    ] = None
    loops: Annotated[
        str | None,
        Field(
            description="Schedule conditions: repeat weekdays, read Sunday first (inferred, not in the tables).",
            pattern="^[01]{7}$",
        ),
    ] = None
    operator: Annotated[
        str | None,
        Field(
            description="Comparison, e.g. '==', '>' or '<'; the allowed set depends on the DP type and is not fully documented."
        ),
    ] = None
    time: Annotated[
        str | None,
        Field(
            description="Schedule conditions: time of day, HH:MM (24-hour).", pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$"
        ),
    ] = None
    timezone_id: Annotated[
        str | None, Field(description="Schedule conditions: IANA time zone ID (inferred, not in the tables).")
    ] = None
    value: Annotated[
        Any | None,
        Field(description="Value to compare with; boolean, number or string according to the DP or weather code."),
    ] = None


class AutomationPreconditionDisplay(TuyaModel):
    """
    The time window of a timeCheck precondition. A custom window has start and end; windows made in Tuya's app may instead be daytime, night or all day (the app SDK's timeInterval, with cityId and cityName for daytime and night) and then come without start and end. Such keys are kept as sent.

    """

    end: Annotated[
        str | None,
        Field(
            description="End of the window, HH:MM (24-hour), local to timezone_id; required for a custom window.",
            pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$",
        ),
    ] = None
    loops: Annotated[
        str,
        Field(
            description="Weekdays on which the window applies, read Sunday first (0111110 = Monday to Friday).",
            pattern="^[01]{7}$",
        ),
    ]
    start: Annotated[
        str | None,
        Field(
            description="Start of the window, HH:MM (24-hour), local to timezone_id; required for a custom window.",
            pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$",
        ),
    ] = None
    timezone_id: Annotated[str, Field(description="IANA time zone ID, e.g. Asia/Shanghai.", min_length=1)]


class ChannelName(TuyaModel):
    """
    The name of the device itself or of one of its channels.
    """

    identifier: Annotated[
        str | None, Field(description="main for the device itself, otherwise the channel's DP code, e.g. switch_1.")
    ] = None
    name: Annotated[str | None, Field(description="Name shown for the device or channel.")] = None


class DailyStatistics(TuyaModel):
    """
    Daily series of one DP.
    """

    days: Annotated[dict[str, str] | None, Field(description="Values keyed by day, yyyyMMdd.")] = None


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


class DeviceGroup(TuyaModel):
    """
    A device group. Only id is named by Tuya's page; the other fields are those the group is made with and are kept as sent.

    """

    device_ids: Annotated[list[str] | None, Field(description="IDs of the member devices.")] = None
    id: Annotated[
        int | str | None,
        Field(
            description="Group ID (numeric; declared as number or string, as group IDs differ across Tuya's group APIs)."
        ),
    ] = None
    name: Annotated[str | None, Field(description="Group name.")] = None
    owner_id: Annotated[str | None, Field(description="Home ID, as a string.")] = None
    pid: Annotated[str | None, Field(description="Product ID of the group's devices.")] = None
    uid: Annotated[str | None, Field(description="User who made the group.")] = None


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


class DeviceSceneBinding(TuyaModel):
    """
    One button of a scene switch and the scene it runs.
    """

    code: Annotated[str | None, Field(description="DP code of the button, e.g. scene_1 or switch_mode1.")] = None
    name: Annotated[str | None, Field(description="Name of the bound scene.")] = None
    scene_id: Annotated[str | None, Field(description="ID of the bound tap-to-run scene.")] = None
    value: Annotated[str | None, Field(description="DP value that runs the scene, e.g. scene.")] = None


class DeviceScenes(TuyaModel):
    """
    The scenes bound to the buttons of one scene switch.
    """

    device_id: Annotated[str | None, Field(description="Device ID of the scene switch.")] = None
    scenes: Annotated[
        list[DeviceSceneBinding] | None, Field(description="One entry per bound button; empty when nothing is bound.")
    ] = None


class DeviceUser(TuyaModel):
    """
    A member of a device's own user list (e.g. the people a body-fat scale or a lock tells apart), with the profile the device may use. birthday is in Unix milliseconds.

    """

    birthday: Annotated[
        int | None,
        Field(
            description="Date of birth in Unix milliseconds. Not checked as a 13-digit timestamp: birthdays before September 2001 have 12 digits or fewer (the page's example, 605517261000, is 1989).\n"
        ),
    ] = None
    contact: Annotated[str | None, Field(description="Contact information (e.g. a phone number).")] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    height: Annotated[int | None, Field(description="Height in centimetres.")] = None
    nick_name: Annotated[str | None, Field(description="Name of the user.")] = None
    sex: Annotated[int | None, Field(description="1 male, 2 female.")] = None
    user_id: Annotated[str | None, Field(description="ID of the device user.")] = None
    weight: Annotated[int | None, Field(description="Weight in grams.")] = None


class DpSpecification(TuyaModel):
    """
    Type and value range of one DP in a device specification.
    """

    code: Annotated[str | None, Field(description="DP code.")] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None,
        Field(
            description="Value range as a JSON document inside a string (decode with json.loads), as in DeviceFunction.values."
        ),
    ] = None


class FactoryInfo(TuyaModel):
    """
    Factory data of one device.
    """

    id: Annotated[str | None, Field(description="Device ID.")] = None
    mac: Annotated[str | None, Field(description="MAC address.")] = None
    sn: Annotated[str | None, Field(description="Serial number; absent when the device has none.")] = None
    uuid: Annotated[str | None, Field(description="Chip-level unique ID.")] = None


class FirmwareUpgradeInfo(TuyaModel):
    """
    Upgrade state of one firmware module of a device.
    """

    current_version: Annotated[
        str | None, Field(description="Firmware version the module runs now (may be empty).")
    ] = None
    last_upgrade_time: Annotated[
        int | str | None,
        Field(
            description="Time of the last upgrade, Unix milliseconds (0 when never upgraded). A number in the example, a String in the table: either is kept as sent.\n"
        ),
    ] = None
    module_desc: Annotated[str | None, Field(description="Description of the module.")] = None
    module_type: Annotated[
        int | str | None,
        Field(
            description="Firmware channel of the module; pass it to ota.upgrade. 0 Wi-Fi / main network module, 1 Bluetooth, 2 GPRS, 3 Zigbee, 4 IR, 5 433 MHz gateway, 6 NB-IoT, 9 MCU (10-19 are extension channels in Tuya's app SDK docs). A number in the example, a String in the table: either is kept as sent.\n"
        ),
    ] = None
    upgrade_desc: Annotated[str | None, Field(description="Release notes of the new version.")] = None
    upgrade_status: Annotated[
        Literal[0, 1, 2, 3, 4, 5] | int | None,
        Field(
            description="0 no upgrade needed, 1 new version ready, 2 upgrading, 3 upgrade finished, 4 upgrade failed; Tuya's app OTA page adds 5 waiting for a low-power device to wake up. Other values are accepted as sent.\n"
        ),
    ] = None
    upgrade_version: Annotated[str | None, Field(description="Version available for the upgrade (may be empty).")] = (
        None
    )


class GroupCandidate(TuyaModel):
    """
    A device that a group of the product may hold, as the group-list call returns it.
    """

    check: Annotated[
        bool | None, Field(description="Whether the device is already in a group of this product (the app's tick box).")
    ] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    device_name: Annotated[str | None, Field(description="Device name (may be empty).")] = None
    online: Annotated[bool | None, Field(description="Whether the device is online.")] = None


class GroupFunction(TuyaModel):
    """
    One instruction to send to every member of a group.
    """

    code: Annotated[str, Field(description="DP code, e.g. switch_1.", min_length=1)]
    value: Annotated[Any, Field(description="DP value; its type follows the DP.")]


class Home(TuyaModel):
    """
    Basic profile of a home (Tuya calls it HomeRes). Fields beyond these may appear and are kept.

    """

    geo_name: Annotated[str | None, Field(description="Free-text address of the home (may be empty).")] = None
    home_id: Annotated[int | None, Field(description="Home ID.")] = None
    lat: Annotated[float | None, Field(description="Latitude of the home (0 when not set).")] = None
    lon: Annotated[float | None, Field(description="Longitude of the home (0 when not set).")] = None
    name: Annotated[str | None, Field(description="Name of the home.")] = None
    role: Annotated[
        str | None,
        Field(
            description="The user's role in the home, e.g. OWNER. The set of values is not documented, so any string is accepted; older pages omit the field.\n"
        ),
    ] = None


class HomeMember(TuyaModel):
    """
    One member of a home. Fields beyond these may appear and are kept.
    """

    admin: Annotated[bool | None, Field(description="True when the member is an administrator of the home.")] = None
    avatar: Annotated[str | None, Field(description="URL of the member's avatar image.")] = None
    country_code: Annotated[str | None, Field(description="Country calling code of the account, e.g. 86.")] = None
    member_account: Annotated[
        str | None,
        Field(description="Account of the member (phone number or email), partly masked, e.g. 86-*********05."),
    ] = None
    name: Annotated[str | None, Field(description="Nickname of the member within the home.")] = None
    owner: Annotated[bool | None, Field(description="True when the member owns the home.")] = None
    uid: Annotated[str | None, Field(description="User ID of the member.")] = None


class HourlyStatistics(TuyaModel):
    """
    Hourly series of one DP.
    """

    hours: Annotated[dict[str, str] | None, Field(description="Values keyed by hour, yyyyMMddHH.")] = None


class InfraredRemote(TuyaModel):
    """
    A virtual remote bound to an IR hub.
    """

    area_id: Annotated[int | None, Field(description="Area of the TV operator (set-top boxes only).")] = None
    area_name: Annotated[str | None, Field(description="Area name (set-top boxes only).")] = None
    brand_id: Annotated[int | None, Field(description="Brand of the appliance.")] = None
    brand_name: Annotated[str | None, Field(description="Brand name.")] = None
    category_id: Annotated[
        int | None, Field(description="Appliance category, e.g. 2 TV, 5 air conditioner (see Tuya's IR category list).")
    ] = None
    operator_id: Annotated[int | None, Field(description="TV operator (set-top boxes only).")] = None
    operator_name: Annotated[str | None, Field(description="TV operator name (set-top boxes only).")] = None
    remote_id: Annotated[str | None, Field(description="ID of the virtual remote.")] = None
    remote_index: Annotated[int | None, Field(description="Index of the code library the remote uses.")] = None
    remote_name: Annotated[str | None, Field(description="Name of the remote.")] = None


class LearningCode(TuyaModel):
    """
    A code a DIY remote learned from the appliance's own remote.
    """

    code: Annotated[str | None, Field(description="The learned IR code; send it with infrared.send_learning_code.")] = (
        None
    )
    id: Annotated[
        int | str | None, Field(description="Record ID (a number; the page's example prints it as a string).")
    ] = None
    key: Annotated[str | None, Field(description="Key the code was saved under.")] = None
    key_name: Annotated[str | None, Field(description="Display name of the key.")] = None
    learn_id: Annotated[
        int | str | None, Field(description="Learning ID (a number; printed as a string in the example).")
    ] = None
    remote_id: Annotated[str | None, Field(description="ID of the remote.")] = None


class LinkageValueRange(TuyaModel):
    """
    Value range. Integer: min, max, scale, step, unit and type; Enum: range (the allowed strings) and type; Boolean: type only. An object in the examples (the table says Map, or String); kept as sent.

    """

    max: Annotated[float | None, Field(description="Largest value (Integer).")] = None
    min: Annotated[float | None, Field(description="Smallest value (Integer).")] = None
    range: Annotated[list[str] | None, Field(description="Allowed values (Enum).")] = None
    scale: Annotated[
        int | None, Field(description="Decimal places: the real value is the integer divided by 10^scale (Integer).")
    ] = None
    step: Annotated[float | None, Field(description="Step between allowed values (Integer).")] = None
    type: Annotated[
        str | None, Field(description="Value type again (Integer, Enum, Boolean; also seen as lowercase value).")
    ] = None
    unit: Annotated[str | None, Field(description="Unit (Integer; may be empty).")] = None


class LinkageCode(TuyaModel):
    """
    A DP code usable in an automation, with its value type and range.
    """

    code: Annotated[str | None, Field(description="DP code, e.g. switch_led or bright_value.")] = None
    name: Annotated[str | None, Field(description="Display name of the DP.")] = None
    type: Annotated[
        str | None, Field(description="Value type: Boolean, Integer or Enum in the tables (other DP types may appear).")
    ] = None
    values: Annotated[
        LinkageValueRange | str | None,
        Field(
            description="Value range. Integer: min, max, scale, step, unit and type; Enum: range (the allowed strings) and type; Boolean: type only. An object in the examples (the table says Map, or String); kept as sent.\n",
            title="LinkageValueRange",
        ),
    ] = None


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


class LockAlarmLog(TuyaModel):
    """
    One alarm record of a lock.
    """

    nick_name: Annotated[str | None, Field(description="Name of the user linked to the record.")] = None
    status: DataPoint | None = None
    update_time: Annotated[
        int | None,
        Field(description="Time of the alarm (the page's example shows 10-digit seconds; treat the unit with care)."),
    ] = None


class LockAlarmLogPage(TuyaModel):
    """
    One page of alarm records (Tuya's Pagination object).
    """

    records: Annotated[list[LockAlarmLog] | None, Field(description="The records of this page.")] = None
    total: Annotated[int | None, Field(description="Total number of matching records.")] = None


class LockMedia(TuyaModel):
    """
    Where an encrypted lock photo (file_*) and video (media_*) are stored (Tuya's MediaInfoVO). The image URL is file_url joined with file_path; the content is AES-encrypted and must be decrypted with file_key (media_key for the video). Fields are absent when there is no such media.

    """

    bucket: Annotated[str | None, Field(description="Storage bucket of the image.")] = None
    file_key: Annotated[str | None, Field(description="Key to decrypt the image.")] = None
    file_path: Annotated[str | None, Field(description="Object path of the image in its bucket.")] = None
    file_url: Annotated[
        str | None, Field(description="Image URL; in the example only the storage host, to be joined with file_path.")
    ] = None
    media_bucket: Annotated[str | None, Field(description="Storage bucket of the video.")] = None
    media_key: Annotated[str | None, Field(description="Key to decrypt the video.")] = None
    media_path: Annotated[str | None, Field(description="Object path of the video.")] = None
    media_url: Annotated[str | None, Field(description="Video URL.")] = None


class LockOpenLog(TuyaModel):
    """
    One unlock event of a lock.
    """

    nick_name: Annotated[str | None, Field(description="Name of that member (may be empty).")] = None
    status: DataPoint | None = None
    unlock_name: Annotated[str | None, Field(description="Name given to the unlock method (may be empty).")] = None
    update_time: Annotated[
        int | None, Field(description="Time of the event (Unix milliseconds in the page's example).")
    ] = None
    user_id: Annotated[
        str | None,
        Field(
            description='ID of the member who unlocked; "0" when not linked to a member, and seen empty on a real lock. A string in every example; that lock-user APIs might send a number is only a guess, and one would be kept as sent.\n'
        ),
    ] = None


class LockOpenLogPage(TuyaModel):
    """
    One page of unlock records (Tuya's DoorLockHistoryRes).
    """

    logs: Annotated[list[LockOpenLog] | None, Field(description="The records of this page.")] = None
    total: Annotated[int | None, Field(description="Number of records in the whole time window.")] = None


class LockTicket(TuyaModel):
    """
    A one-time ticket for a remote lock operation.
    """

    expire_time: Annotated[int | None, Field(description="Seconds the ticket stays valid, not a timestamp.")] = None
    ticket_id: Annotated[str | None, Field(description="The ticket; pass it to locks.operate_door once.")] = None
    ticket_key: Annotated[
        str | None,
        Field(
            description="The ticket's key, AES-encrypted with the project's access secret (needed only by the password-based unlock calls; a secret).\n"
        ),
    ] = None


class MonthlyStatistics(TuyaModel):
    """
    Monthly series of one DP.
    """

    months: Annotated[dict[str, str] | None, Field(description="Values keyed by month, yyyyMM.")] = None


class PairedSubDevice(TuyaModel):
    """
    A sub-device that joined a gateway. Times are 10-digit Unix seconds. The English page's table is unusable, so the fields come from the Chinese page's example and Tuya's Go SDK.

    """

    active_time: Annotated[int | None, Field(description="Activation time (Unix seconds).")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. ywbj (smoke detector).")] = None
    id: Annotated[str | None, Field(description="Device ID of the sub-device.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    online: Annotated[bool | None, Field(description="Whether the sub-device is online.")] = None
    owner_id: Annotated[str | None, Field(description="ID of the home that owns the device.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    update_time: Annotated[int | None, Field(description="Last status update (Unix seconds).")] = None
    uuid: Annotated[
        str | None, Field(description="Chip-level unique ID (in the Go SDK's struct, not in the page example).")
    ] = None


class PairingFailedDevice(TuyaModel):
    """
    A device whose pairing failed, with Tuya's reason.
    """

    code: Annotated[str | None, Field(description='Error code of the failure, as a string (e.g. "2001").')] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    msg: Annotated[str | None, Field(description="Text of the error code.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None


class PairingSuccessDevice(TuyaModel):
    """
    A device that was paired successfully with the token.
    """

    category: Annotated[str | None, Field(description="Product category code.")] = None
    device_id: Annotated[str | None, Field(description="Device ID assigned to the new device.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None


class ProductDataOverview(TuyaModel):
    """
    Counts about a product (or all of the project's products): device activations, app users, feedback and faults. Every count is a string of digits, as Tuya sends it; ratios are decimal strings ("2" = twice yesterday's value).

    """

    model_config = ConfigDict(
        extra="allow",
    )
    App_register: Annotated[
        dict[str, str] | None,
        Field(
            description="App users: today_add, yesterday_add, all_add, today_live, yesterday_live, ... (the key is spelt with a capital A)."
        ),
    ] = None
    dev_active: Annotated[
        dict[str, str] | None,
        Field(
            description="today_active, yesterday_active, all_activate, near7_day_active, last7_day_active, compared_with_yesterday_active."
        ),
    ] = None
    dev_fault: Annotated[
        dict[str, str] | None,
        Field(description="today_dev_fault, yesterday_dev_fault, all_dev_fault, compared_with_yesterday_dev_fault."),
    ] = None
    dev_live: Annotated[
        dict[str, str] | None, Field(description="Active devices (listed by the mini-program reference only).")
    ] = None
    user_feedback: Annotated[
        dict[str, str] | None, Field(description="today_feedback, all_feedback, compared_with_yesterday_feedback.")
    ] = None


class QuarterHourStatistics(TuyaModel):
    """
    15-minute series of one DP.
    """

    quarters: Annotated[
        dict[str, str] | None, Field(description="Values keyed by period start, yyyyMMddHHmm (e.g. 202305110015).")
    ] = None


class RemoteKey(TuyaModel):
    """
    One key (button) of a remote.
    """

    key: Annotated[
        str | None,
        Field(
            description="Key name, e.g. power or PowerOn; send it with infrared.send_key or, if standard, infrared.send_standard_key."
        ),
    ] = None
    key_id: Annotated[int | None, Field(description="Key ID (0 for the standard keys of air conditioners).")] = None
    key_name: Annotated[str | None, Field(description="Display name of the key.")] = None
    standard_key: Annotated[
        bool | None, Field(description="Whether the key is one of Tuya's standard keys for the category.")
    ] = None


class Scene(TuyaModel):
    """
    A tap-to-run scene as the scene lists return it. The v1.1 list adds status; replies have been documented without enabled, so no field is guaranteed.

    """

    actions: Annotated[list[AutomationAction] | None, Field(description="Steps the scene runs, in order.")] = None
    background: Annotated[str | None, Field(description="Cover image URL (may be empty).")] = None
    enabled: Annotated[bool | None, Field(description="Whether the scene can be run.")] = None
    name: Annotated[str | None, Field(description="Scene name.")] = None
    scene_id: Annotated[str | None, Field(description="Scene ID.")] = None
    status: Annotated[
        str | None,
        Field(
            description='v1.1 only: state of the rule as a string, "1" for a normal (not deleted) scene; Tuya documents no other value for this API.\n'
        ),
    ] = None


class StatisticTotal(TuyaModel):
    """
    Lifetime aggregate of one DP.
    """

    total: Annotated[str | None, Field(description='Cumulative value as a decimal string, e.g. "92.68".')] = None


class StatisticType(TuyaModel):
    """
    One DP of the device for which the cloud keeps statistics, and how it aggregates it.
    """

    code: Annotated[str | None, Field(description="DP code, e.g. add_ele.")] = None
    stat_type: Annotated[
        str | None, Field(description="Aggregation configured for the DP (sum, avg, ...; see StatisticAggregation).")
    ] = None


class StreamUrl(TuyaModel):
    """
    A live-stream address.
    """

    url: Annotated[
        str | None,
        Field(
            description="The stream's URL (rtsps://, https://...m3u8, ...) with its signInfo; it expires after a while and should be treated as a secret.\n"
        ),
    ] = None


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


class SyncedUser(TuyaModel):
    """
    The user a sync created or updated.
    """

    uid: Annotated[str, Field(description="User ID.")]


class Timer(TuyaModel):
    """
    One stored timer (an instruction of a group) as the list APIs return it.
    """

    alias_name: Annotated[str | None, Field(description="Remark given when the group was created.")] = None
    date: Annotated[
        str | None, Field(description="Date of a one-off timer (YYYYMMDD); empty for repeating timers.")
    ] = None
    functions: Annotated[list[DataPoint] | None, Field(description="DPs the timer sets.")] = None
    group_order: Annotated[int | None, Field(description="Position of the timer within its group.")] = None
    is_app_push: Annotated[
        bool | None,
        Field(description="Whether the app is notified when the timer runs (in the example, not the table)."),
    ] = None
    loops: Annotated[
        str | None, Field(description="Weekday mask, read Monday first (0000010 = Saturday; see TimerLoops).")
    ] = None
    status: Annotated[Literal[0, 1, 2] | None, Field(description="0 disabled, 1 enabled, 2 deleted.")] = None
    time: Annotated[str | None, Field(description="Time of day, HH:MM.")] = None
    timer_id: Annotated[
        int | None,
        Field(
            description="Unique ID of this timer: a number in this v1.0 API's example (4906528). Tuya's v2.0 timer API uses string IDs, but that is another API; a string here would be kept as sent.\n"
        ),
    ] = None
    timezone_id: Annotated[str | None, Field(description="Time zone ID, e.g. Asia/Shanghai.")] = None


class TimerCategoryState(TuyaModel):
    """
    A timer category and its status.
    """

    category: Annotated[str | None, Field(description="Category name.")] = None
    status: Annotated[
        int | None, Field(description="Status of the category (1 in the examples; values are not documented).")
    ] = None


class TimerGroup(TuyaModel):
    """
    A timer group and the timers it holds.
    """

    id: Annotated[str | None, Field(description="Timer group ID.")] = None
    timers: Annotated[list[Timer] | None, Field(description="The group's timers.")] = None


class TimerGroupRef(TuyaModel):
    """
    The ID of a timer group that was just created.
    """

    group_id: Annotated[
        str | int,
        Field(
            description="Timer group ID (use it to update, enable or delete the group). A string in every example (e.g. 000000mwf3); the table of the newer page types it Long, so a number is accepted too.\n"
        ),
    ]


class TimerInstruction(TuyaModel):
    """
    One execution of a timer group - when it runs and which DPs it sets.
    """

    date: Annotated[
        str | None,
        Field(
            description="Date of a one-off run, YYYYMMDD (e.g. 20181212). When a date is given the timer does not repeat, so loops must be 0000000. The date and time must lie in the future.\n",
            pattern="^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
        ),
    ] = None
    functions: Annotated[list[DataPoint], Field(description="DPs to set when the task runs.", min_length=1)]
    time: Annotated[
        str,
        Field(
            description="Time of day the task runs, HH:MM in 24-hour form, local to timezone_id.",
            pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$",
        ),
    ]


class TokenInfo(TuyaModel):
    """
    A token pair as the token APIs return it. expire_time counts seconds from the moment of the reply, so the expiry is the reply's time plus expire_time, read on one clock: Tuya's (the envelope `t`) or the caller's own (the time the reply arrived), never one against the other.

    """

    access_token: Annotated[str | None, Field(description="Token that signs every business call.")] = None
    expire: Annotated[
        int | None,
        Field(
            deprecated="TokenInfo.expire is deprecated since 0.1.0; use expire_time instead",
            description="Deprecated since 0.1.0; use expire_time instead. Name one older page gives the lifetime field in its table; every example (and the live API) uses expire_time. Read expire_time first and fall back to this.",
        ),
    ] = None
    expire_time: Annotated[
        int | None,
        Field(
            description="Seconds the access token stays valid (7200 for a new token; less when Tuya hands back a token that is still alive).\n",
            ge=0,
        ),
    ] = None
    refresh_token: Annotated[str | None, Field(description="Refresh token; single use, no expiry.")] = None
    uid: Annotated[str | None, Field(description="Tuya user ID of the cloud project's account.")] = None


class UserPage(TuyaModel):
    """
    One page of an app's users.
    """

    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    list_: Annotated[list[AppUser] | None, Field(alias="list", description="Users on this page.")] = None
    total: Annotated[int | None, Field(description="Number of users matching the filter.")] = None


class UserProperty(TuyaModel):
    """
    One profile setting of a user as a code/value pair.
    """

    code: Annotated[str | None, Field(description="Setting code, e.g. dataAuthorization or marketingPush.")] = None
    value: Annotated[str | None, Field(description='Setting value as a string, e.g. "1".')] = None


class UserV1Page(TuyaModel):
    """
    One page of the v1.0 user list. Its "more pages" flag is spelt has_mode in the one client that types the reply (a typo of has_more); both spellings are declared.

    """

    has_mode: Annotated[bool | None, Field(description="has_more as TuyaAPI/openapi types it (kept as sent).")] = None
    has_more: Annotated[bool | None, Field(description="Whether a later page has users.")] = None
    list_: Annotated[list[AppUser] | None, Field(alias="list", description="The users on this page.")] = None
    total: Annotated[int | None, Field(description="Number of users in the app.")] = None


class WeatherCondition(TuyaModel):
    """
    A weather quantity an automation condition (entity_type 3) can compare.
    """

    category: Annotated[
        str | None, Field(description="Weather code without the $, e.g. temp; write it as $temp in a condition.")
    ] = None
    category_name: Annotated[str | None, Field(description="Display name, e.g. Temperature.")] = None
    operators: Annotated[
        str | None,
        Field(
            description='The comparison operators allowed, as a JSON text array, e.g. ["<","==",">"]; parse it before use.'
        ),
    ] = None
    property: Annotated[
        dict[str, Any] | None,
        Field(description="Value range: type (value or enum), min, max, step and unit for numbers, range for enums."),
    ] = None


class WebRtcAudioAttributes(TuyaModel):
    """
    Audio abilities: call_mode and hardware_capability, lists of numbers.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    call_mode: Annotated[list[int] | None, Field(description="Supported call modes.")] = None
    hardware_capability: Annotated[
        list[int] | None, Field(description="Audio hardware of the device (speaker, microphone).")
    ] = None


class WebRtcIceServer(TuyaModel):
    """
    One ICE server (STUN, TURN or Tuya's NAT helper) for a WebRTC connection.
    """

    credential: Annotated[str | None, Field(description="TURN password (TURN servers only; a secret).")] = None
    ttl: Annotated[int | None, Field(description="How long the credential is valid, in seconds.")] = None
    urls: Annotated[str | None, Field(description="Server address, e.g. stun:host:port or turn:host:3478.")] = None
    username: Annotated[str | None, Field(description="TURN user name (TURN servers only).")] = None


class WeeklyStatistics(TuyaModel):
    """
    Weekly series of one DP.
    """

    weeks: Annotated[
        dict[str, str] | None, Field(description="Values keyed by week, in the format of start_week/end_week.")
    ] = None


class AcModeRange(TuyaModel):
    """
    What an air-conditioner remote can set in one mode.
    """

    mode: Annotated[int | None, Field(description="Mode: 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry.")] = None
    mode_name: Annotated[str | None, Field(description="Display name of the mode.")] = None
    temp_list: Annotated[list[AcTemperatureStep] | None, Field(description="Temperatures allowed in this mode.")] = None


class AutomationCondition(TuyaModel):
    """
    One trigger of an automation.
    """

    display: AutomationConditionDisplay
    entity_id: Annotated[
        str | None,
        Field(
            description='What the condition watches: the device ID (type 1), the city ID (type 3) or the literal "timer" (type 6). For type 15 the server generates it; leave it out when creating.\n'
        ),
    ] = None
    entity_type: Annotated[
        Literal[1, 3, 6, 7, 9, 10, 11, 12, 13, 15, 16, 28, 30, 31] | int,
        Field(
            description="Kind of condition. Documented for this API: 1 device status, 3 weather, 6 schedule, 15 external trigger (fired through the API). Tuya's scene SDKs add 7 motion (PIR) sensor, 9 face recognition, 10 geofence, 11 lock member arrives home, 12 security mode (armed), 13 DP value held for a duration, 16 offset from sunrise or sunset, 28 energy, 30 structured DP and 31 severe weather; an automation made in the app may carry these, and values not listed here are accepted as well.\n"
        ),
    ]
    order_num: Annotated[
        int,
        Field(
            description="Number of the condition, from 1 and unique within the automation; condition_rule refers to it.",
            ge=1,
        ),
    ]


class AutomationPrecondition(TuyaModel):
    """
    A precondition checked before the automation may fire. Only time windows (cond_type timeCheck) are supported: outside the window the automation does not run even if its conditions match.

    """

    cond_type: Annotated[
        Literal["timeCheck"], Field(description="Precondition type; timeCheck is the only documented value.")
    ]
    display: AutomationPreconditionDisplay
    id: Annotated[str | None, Field(description="Precondition ID (in replies only; leave it out when writing).")] = None


class DeviceLinkageCodes(TuyaModel):
    """
    The DP codes of one device that automations can use.
    """

    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    functions: Annotated[list[LinkageCode] | None, Field(description="DPs that can be set by an action.")] = None
    status: Annotated[list[LinkageCode] | None, Field(description="DPs that can trigger a condition.")] = None


class DeviceSpecification(TuyaModel):
    """
    What a device supports (Tuya's DeviceSpecificationsRes): the DPs that can be set (functions) and the DPs it reports (status).

    """

    category: Annotated[str | None, Field(description="Category code of the product.")] = None
    functions: Annotated[
        list[DpSpecification] | None, Field(description="Instruction set - DPs that commands can set.")
    ] = None
    status: Annotated[list[DpSpecification] | None, Field(description="Status set - DPs the device reports.")] = None


class PairingResult(TuyaModel):
    """
    Outcome of a pairing session so far (Tuya's ParingResult): devices that joined and devices that failed. Both lists may be empty while pairing is still in progress.

    """

    failed: Annotated[list[PairingFailedDevice] | None, Field(description="Devices that failed to pair.")] = None
    success: Annotated[list[PairingSuccessDevice] | None, Field(description="Devices paired successfully.")] = None


class RemoteKeys(TuyaModel):
    """
    The keys a remote supports and, for air conditioners, the ranges of its settings.
    """

    brand_id: Annotated[int | None, Field(description="Brand of the appliance.")] = None
    category_id: Annotated[int | None, Field(description="Appliance category.")] = None
    duplicate_power: Annotated[bool | None, Field(description="Whether power on and power off are the same key.")] = (
        None
    )
    key_list: Annotated[list[RemoteKey] | None, Field(description="The keys.")] = None
    key_range: Annotated[
        list[AcModeRange] | None, Field(description="Air conditioners only; empty for other appliances.")
    ] = None
    remote_index: Annotated[int | None, Field(description="Index of the code library.")] = None
    single_air: Annotated[
        bool | None, Field(description="Whether the appliance is a single (non-split) air conditioner.")
    ] = None


class TimerCategory(TuyaModel):
    """
    One category of a device's timers with its groups.
    """

    category: TimerCategoryState | None = None
    groups: Annotated[list[TimerGroup] | None, Field(description="Timer groups of this category.")] = None


class UserInfo(TuyaModel):
    """
    Profile of one app user.
    """

    avatar: Annotated[str | None, Field(description="URL of the avatar image.")] = None
    country_code: Annotated[str | None, Field(description="Phone country code, e.g. 86.")] = None
    create_time: Annotated[int | None, Field(description="Registration time (Unix seconds).")] = None
    email: Annotated[
        str | None, Field(description="Email address; only for users who registered with email (may be empty).")
    ] = None
    mobile: Annotated[str | None, Field(description="Phone number; only for users who registered with a phone.")] = None
    nick_name: Annotated[str | None, Field(description="Nickname.")] = None
    temp_unit: Annotated[
        int | None,
        Field(description="Preferred temperature unit (1 = Celsius in the example; Tuya apps use 2 for Fahrenheit)."),
    ] = None
    time_zone_id: Annotated[str | None, Field(description="Time zone ID, e.g. Asia/Shanghai.")] = None
    uid: Annotated[str | None, Field(description="User ID.")] = None
    update_time: Annotated[int | None, Field(description="Last profile update (Unix seconds).")] = None
    user_properties: Annotated[
        list[UserProperty] | None, Field(description="Profile settings such as consent flags.")
    ] = None
    username: Annotated[
        str | None, Field(description="Login name (phone with country prefix, e.g. 86-1555****005, or an email).")
    ] = None


class WebRtcP2pConfig(TuyaModel):
    """
    Peer-to-peer settings.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    ices: Annotated[list[WebRtcIceServer] | None, Field(description="ICE servers, STUN first.")] = None


class WebRtcConfig(TuyaModel):
    """
    What a WebRTC client needs to reach the device's camera through Tuya's signalling.
    """

    audio_attributes: Annotated[
        WebRtcAudioAttributes | None,
        Field(
            description="Audio abilities: call_mode and hardware_capability, lists of numbers.",
            title="WebRtcAudioAttributes",
        ),
    ] = None
    auth: Annotated[str | None, Field(description="Authorization code for the signalling session (a secret).")] = None
    id: Annotated[str | None, Field(description="Device ID.")] = None
    moto_id: Annotated[str | None, Field(description="ID of the signalling service to address.")] = None
    p2p_config: Annotated[
        WebRtcP2pConfig | None, Field(description="Peer-to-peer settings.", title="WebRtcP2pConfig")
    ] = None
    skill: Annotated[
        str | None, Field(description="The camera's capabilities as a JSON text; parse it before use.")
    ] = None
    supports_webrtc: Annotated[bool | None, Field(description="Whether the device can stream over WebRTC at all.")] = (
        None
    )
    vedio_clarity: Annotated[
        int | None,
        Field(
            description='Default video definition. The name is Tuya\'s, misspelt ("vedio") on the wire, so it is kept.'
        ),
    ] = None


class Automation(TuyaModel):
    """
    An automation rule as the query call returns it.
    """

    actions: Annotated[list[AutomationAction] | None, Field(description="Steps run when the automation fires.")] = None
    automation_id: Annotated[str | None, Field(description="Automation ID.")] = None
    background: Annotated[str | None, Field(description="Cover image URL (may be empty).")] = None
    condition_rule: Annotated[
        str | None,
        Field(
            description="Custom logic over the conditions' order_num values, e.g. '1&&2||3'; set when match_type is 3."
        ),
    ] = None
    conditions: Annotated[list[AutomationCondition] | None, Field(description="Triggers.")] = None
    enabled: Annotated[bool | None, Field(description="Whether the automation is active.")] = None
    match_type: Annotated[
        Literal[1, 2, 3] | None,
        Field(description="1 fire when any condition matches, 2 only when all match, 3 when condition_rule is true."),
    ] = None
    name: Annotated[str | None, Field(description="Automation name.")] = None
    preconditions: Annotated[list[AutomationPrecondition] | None, Field(description="Effective time windows.")] = None
