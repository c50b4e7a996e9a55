# Generated from spec/schemas.yaml, spec/groups/ and spec/formats.yaml by `python -m generator`; do not edit.
"""Every named schema and format of the spec, for validating arguments before they are sent."""

from typing import Any

SCHEMAS: dict[str, dict[str, Any]] = {
    "AcFanStep": {
        "title": "AcFanStep",
        "description": "A fan speed an air conditioner accepts at a temperature.",
        "type": "object",
        "properties": {
            "fan": {"type": "integer", "description": "Fan speed: 0 auto, 1 low, 2 medium, 3 high."},
            "fan_name": {"type": "string", "description": "Display name."},
        },
    },
    "AcModeRange": {
        "title": "AcModeRange",
        "description": "What an air-conditioner remote can set in one mode.",
        "type": "object",
        "properties": {
            "mode": {"type": "integer", "description": "Mode: 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry."},
            "mode_name": {"type": "string", "description": "Display name of the mode."},
            "temp_list": {
                "type": "array",
                "items": {"$ref": "AcTemperatureStep"},
                "description": "Temperatures allowed in this mode.",
            },
        },
    },
    "AcStatus": {
        "title": "AcStatus",
        "description": 'The last state sent to an air-conditioner remote. Every value is a string of digits ("1", "26"), as Tuya sends them; convert before comparing with numbers.\n',
        "type": "object",
        "properties": {
            "remote_id": {"type": "string", "description": "ID of the remote."},
            "power": {"type": "string", "description": '"0" off, "1" on.'},
            "mode": {"type": "string", "description": '"0" cool, "1" heat, "2" auto, "3" fan only, "4" dry.'},
            "temp": {"type": "string", "description": "Temperature in degrees Celsius."},
            "wind": {"type": "string", "description": '"0" auto, "1" low, "2" medium, "3" high.'},
        },
    },
    "AcTemperatureStep": {
        "title": "AcTemperatureStep",
        "description": "A temperature an air conditioner accepts in a mode, with the fan speeds allowed there.",
        "type": "object",
        "properties": {
            "temp": {"type": "integer", "description": "Temperature in degrees Celsius."},
            "temp_name": {"type": "string", "description": "Display name."},
            "fan_list": {
                "type": "array",
                "items": {"$ref": "AcFanStep"},
                "description": "Fan speeds allowed at this temperature.",
            },
        },
    },
    "AppAccountToken": {
        "title": "AppAccountToken",
        "description": "The token of an app account (Tuya's TokenRes). It signs calls made on behalf of that account; the SDK keeps signing with the project's own token, so pass it to a client of its own if needed.\n",
        "type": "object",
        "properties": {
            "access_token": {
                "type": "string",
                "description": "Access token of the app account.",
                "x-tuya-sensitive": True,
            },
            "refresh_token": {
                "type": "string",
                "description": "Refresh token of the app account; single use.",
                "x-tuya-sensitive": True,
            },
            "uid": {"type": "string", "description": "Tuya user ID of the app account."},
            "expire_time": {
                "type": "integer",
                "minimum": 0,
                "description": "Seconds the access token stays valid (not a point in time).",
            },
            "platform_url": {
                "type": "string",
                "description": "Base URL of the account's data centre, e.g. https://openapi.tuyaus.com (seen in live replies, not in the page's table).",
            },
        },
    },
    "AppUser": {
        "title": "AppUser",
        "description": "One user in an app's user list; privacy fields come back masked.",
        "type": "object",
        "properties": {
            "uid": {"type": "string", "description": "User ID."},
            "username": {"type": "string", "description": "Login name."},
            "mobile": {"type": "string", "description": "Phone number (masked); phone-registered users only."},
            "email": {"type": "string", "description": "Email address (masked); email-registered users only."},
            "country_code": {"type": "string", "description": "Phone country code."},
            "create_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Registration time (Unix seconds).",
            },
            "update_time": {"type": "integer", "format": "timestamp-s", "description": "Last update (Unix seconds)."},
        },
    },
    "Asset": {
        "title": "Asset",
        "description": "An asset of the industrial asset tree.",
        "type": "object",
        "properties": {
            "asset_id": {"type": "string", "description": "Asset ID."},
            "asset_name": {"type": "string", "description": "Name of the asset."},
            "asset_full_name": {
                "type": "string",
                "description": "Names of the asset's ancestors and its own, from the root.",
            },
            "parent_asset_id": {"type": "string", "description": 'ID of the parent asset; "-1" at the root.'},
            "asset_image": {"type": "string", "description": "Image of the asset (may be empty)."},
            "asset_type": {"type": ["integer", "string"], "description": "Type of the asset (may be absent)."},
        },
    },
    "AssetDevice": {
        "title": "AssetDevice",
        "description": "A device of an asset.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "asset_id": {"type": "string", "description": "ID of the asset the device belongs to."},
            "asset_name": {"type": "string", "description": "Name of that asset."},
        },
    },
    "AssetDevicePage": {
        "title": "AssetDevicePage",
        "description": "One page of an asset's devices (Tuya's DevicePageListResponse).",
        "type": "object",
        "properties": {
            "list": {"type": "array", "items": {"$ref": "AssetDevice"}, "description": "Devices on this page."},
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "total_size": {"type": "integer", "description": "Number of devices of the asset."},
            "page_size": {
                "type": ["integer", "string"],
                "description": "The page size asked for (a string in some clients' typings).",
            },
            "has_next": {
                "type": "boolean",
                "description": "True when further pages exist (iot-02's name for has_more).",
            },
        },
    },
    "AssetPage": {
        "title": "AssetPage",
        "description": "One page of an asset's sub-assets.",
        "type": "object",
        "properties": {
            "list": {"type": "array", "items": {"$ref": "Asset"}, "description": "Sub-assets on this page."},
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "page_size": {"type": ["integer", "string"], "description": "The page size asked for."},
            "has_next": {
                "type": "boolean",
                "description": "True when further pages exist (iot-02's name for has_more).",
            },
        },
    },
    "AssociatedDevicePage": {
        "title": "AssociatedDevicePage",
        "description": "One page of the devices of the linked app accounts (Tuya's DeviceBatchRes).",
        "type": "object",
        "properties": {
            "devices": {
                "type": "array",
                "items": {"$ref": "Device"},
                "description": "Devices on this page, as the smart-home device calls return them (with uid and status).",
            },
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "has_more": {
                "type": "boolean",
                "description": "True when further pages exist; absent from some live replies (treat absent as false).",
            },
            "total": {"type": "integer", "description": "Number of devices of the linked accounts."},
        },
    },
    "AuthorizedAsset": {
        "title": "AuthorizedAsset",
        "description": "An asset a user may see, with the user's permission on it.",
        "type": "object",
        "properties": {
            "asset_id": {"type": "string", "description": "Asset ID."},
            "asset_name": {"type": "string", "description": "Name of the asset."},
            "parent_asset_id": {"type": "string", "description": 'ID of the parent asset; "-1" at the root.'},
            "permission": {
                "type": "string",
                "x-extensible-enum": ["all", "read"],
                "description": "The permission on the asset: all (manage) or read.",
            },
            "current_asset_device_num": {
                "type": "integer",
                "minimum": 0,
                "description": "Number of devices directly in the asset.",
            },
        },
    },
    "AuthorizedAssetPage": {
        "title": "AuthorizedAssetPage",
        "description": "One page of authorized assets.",
        "type": "object",
        "properties": {
            "has_more": {"type": "boolean", "description": "True when further pages exist."},
            "project_name": {"type": "string", "description": "Name of the cloud project."},
            "assets": {"type": "array", "items": {"$ref": "AuthorizedAsset"}, "description": "Assets on this page."},
        },
    },
    "Automation": {
        "title": "Automation",
        "description": "An automation rule as the query call returns it.",
        "type": "object",
        "properties": {
            "automation_id": {"type": "string", "description": "Automation ID."},
            "name": {"type": "string", "description": "Automation name."},
            "background": {"type": "string", "description": "Cover image URL (may be empty)."},
            "enabled": {"type": "boolean", "description": "Whether the automation is active."},
            "match_type": {
                "type": "integer",
                "enum": [1, 2, 3],
                "description": "1 fire when any condition matches, 2 only when all match, 3 when condition_rule is true.",
            },
            "condition_rule": {
                "type": "string",
                "description": "Custom logic over the conditions' order_num values, e.g. '1&&2||3'; set when match_type is 3.",
            },
            "preconditions": {
                "type": "array",
                "items": {"$ref": "AutomationPrecondition"},
                "description": "Effective time windows.",
            },
            "conditions": {"type": "array", "items": {"$ref": "AutomationCondition"}, "description": "Triggers."},
            "actions": {
                "type": "array",
                "items": {"$ref": "AutomationAction"},
                "description": "Steps run when the automation fires.",
            },
        },
    },
    "AutomationAction": {
        "title": "AutomationAction",
        "description": "One step an automation or a tap-to-run scene runs, in list order (used by the automations and scenes groups).\n",
        "type": "object",
        "required": ["action_executor"],
        "properties": {
            "action_executor": {
                "type": "string",
                "minLength": 1,
                "description": "Kind of step (an open set). Seen in examples and replies: dpIssue (send DPs to a device), delay (wait), ruleEnable / ruleDisable (switch another automation or scene on or off). The Add-automation table also lists device_issue and device_group_issue.\n",
            },
            "entity_id": {
                "type": "string",
                "description": "Target: the device ID for dpIssue, the automation or scene ID for ruleEnable and ruleDisable; absent for delay.\n",
            },
            "executor_property": {
                "type": "object",
                "additionalProperties": True,
                "description": 'Parameters of the step. dpIssue: DP codes mapped to values, e.g. {"switch_1": true}. delay: {"hours": "0", "minutes": "0", "seconds": "5"} with the numbers as strings.\n',
            },
            "extra_property": {"description": "Extra information about the step (seen in scene replies only)."},
            "action_strategy": {
                "type": "string",
                "description": "Execution strategy of the step (seen in scene replies only).",
            },
        },
    },
    "AutomationCondition": {
        "title": "AutomationCondition",
        "description": "One trigger of an automation.",
        "type": "object",
        "required": ["entity_type", "order_num", "display"],
        "properties": {
            "entity_type": {
                "type": "integer",
                "x-extensible-enum": [1, 3, 6, 7, 9, 10, 11, 12, 13, 15, 16, 28, 30, 31],
                "description": "Kind of condition. Documented for this API: 1 device status, 3 weather, 6 schedule, 15 external trigger (fired through the API). Tuya's scene SDKs add 7 motion (PIR) sensor, 9 face recognition, 10 geofence, 11 lock member arrives home, 12 security mode (armed), 13 DP value held for a duration, 16 offset from sunrise or sunset, 28 energy, 30 structured DP and 31 severe weather; an automation made in the app may carry these, and values not listed here are accepted as well.\n",
            },
            "entity_id": {
                "type": "string",
                "description": 'What the condition watches: the device ID (type 1), the city ID (type 3) or the literal "timer" (type 6). For type 15 the server generates it; leave it out when creating.\n',
            },
            "order_num": {
                "type": "integer",
                "minimum": 1,
                "description": "Number of the condition, from 1 and unique within the automation; condition_rule refers to it.",
            },
            "display": {"$ref": "AutomationConditionDisplay"},
        },
    },
    "AutomationConditionDisplay": {
        "title": "AutomationConditionDisplay",
        "description": "What a condition tests; the keys depend on the condition's entity_type. Device status (1): code (a status code from the linkage-code calls), operator and value. Weather (3): code ($temp, $humidity, $condition, $pm25, $aqi, $windSpeed or $sunsetrise when writing; replies have been seen with the bare name, e.g. condition), operator and value. Schedule (6): time, optionally date (also loops, read Sunday first, and timezone_id, which are inferred, not documented). External trigger (15): code and value, later matched by the external-trigger call. Other condition types (see entity_type) carry keys of their own, which are kept as sent.\n",
        "type": "object",
        "properties": {
            "code": {
                "type": "string",
                "minLength": 1,
                "description": "DP status code or weather code, e.g. switch_1 or $temp.",
            },
            "operator": {
                "type": "string",
                "description": "Comparison, e.g. '==', '>' or '<'; the allowed set depends on the DP type and is not fully documented.",
            },
            "value": {
                "description": "Value to compare with; boolean, number or string according to the DP or weather code."
            },
            "time": {
                "type": "string",
                "format": "time-hhmm",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                "description": "Schedule conditions: time of day, HH:MM (24-hour).",
            },
            "date": {
                "type": "string",
                "format": "date-yyyymmdd",
                "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
                "description": "Schedule conditions: date of a one-off run, YYYYMMDD (optional).",
            },
            "loops": {
                "$ref": "AutomationWeekdays",
                "description": "Schedule conditions: repeat weekdays, read Sunday first (inferred, not in the tables).",
            },
            "timezone_id": {
                "type": "string",
                "description": "Schedule conditions: IANA time zone ID (inferred, not in the tables).",
            },
        },
    },
    "AutomationPrecondition": {
        "title": "AutomationPrecondition",
        "description": "A precondition checked before the automation may fire. Only time windows (cond_type timeCheck) are supported: outside the window the automation does not run even if its conditions match.\n",
        "type": "object",
        "required": ["cond_type", "display"],
        "properties": {
            "id": {"type": "string", "description": "Precondition ID (in replies only; leave it out when writing)."},
            "cond_type": {
                "type": "string",
                "enum": ["timeCheck"],
                "description": "Precondition type; timeCheck is the only documented value.",
            },
            "display": {"$ref": "AutomationPreconditionDisplay"},
        },
    },
    "AutomationPreconditionDisplay": {
        "title": "AutomationPreconditionDisplay",
        "description": "The time window of a timeCheck precondition. A custom window has start and end; windows made in Tuya's app may instead be daytime, night or all day (the app SDK's timeInterval, with cityId and cityName for daytime and night) and then come without start and end. Such keys are kept as sent.\n",
        "type": "object",
        "required": ["loops", "timezone_id"],
        "properties": {
            "start": {
                "type": "string",
                "format": "time-hhmm",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                "description": "Start of the window, HH:MM (24-hour), local to timezone_id; required for a custom window.",
            },
            "end": {
                "type": "string",
                "format": "time-hhmm",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                "description": "End of the window, HH:MM (24-hour), local to timezone_id; required for a custom window.",
            },
            "loops": {
                "$ref": "AutomationWeekdays",
                "description": "Weekdays on which the window applies, read Sunday first (0111110 = Monday to Friday).",
            },
            "timezone_id": {"type": "string", "minLength": 1, "description": "IANA time zone ID, e.g. Asia/Shanghai."},
        },
    },
    "AutomationWeekdays": {
        "title": "AutomationWeekdays",
        "description": "Seven 0/1 characters, one per weekday; 1 means the day is included. Read SUNDAY FIRST: 1000000 = Sunday, 0000001 = Saturday, 0111110 = Monday to Friday. That is how Tuya's scene SDK, which writes the same automation rules, defines it for preconditions and schedule conditions; no cloud automation page states the order. The other reading, Monday first (0000010 = Saturday), is what Tuya's v1.0 device-timer page uses (see TimerLoops). 1111111 (every day) is the same under both readings. See the conflict on automations.update.\n",
        "type": "string",
        "pattern": "^[01]{7}$",
        "examples": ["1111111", "0111110", "0010000"],
    },
    "ChannelName": {
        "title": "ChannelName",
        "description": "The name of the device itself or of one of its channels.",
        "type": "object",
        "properties": {
            "identifier": {
                "type": "string",
                "description": "main for the device itself, otherwise the channel's DP code, e.g. switch_1.",
            },
            "name": {"type": "string", "description": "Name shown for the device or channel."},
        },
    },
    "DailyStatistics": {
        "title": "DailyStatistics",
        "description": "Daily series of one DP.",
        "type": "object",
        "properties": {"days": {"$ref": "StatisticValues", "description": "Values keyed by day, yyyyMMdd."}},
    },
    "DataPoint": {
        "title": "DataPoint",
        "description": "One data point (DP) of a device: its code and a value whose type depends on the DP (boolean, integer, enum string, string, or a JSON string). Used for status reports, commands and timer instructions alike.\n",
        "type": "object",
        "required": ["code", "value"],
        "properties": {
            "code": {"type": "string", "minLength": 1, "description": "DP code, e.g. switch_led or bright_value_v2."},
            "value": {"description": "DP value; its type follows the DP's type."},
        },
    },
    "Device": {
        "title": "Device",
        "description": "A device as the smart-home device APIs return it (Tuya calls it DeviceRes). Times are 10-digit Unix seconds. Fields beyond these may appear and are kept.\n",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID."},
            "uuid": {"type": "string", "description": "Chip-level unique ID that survives re-pairing."},
            "uid": {"type": "string", "description": "ID of the user the device belongs to."},
            "biz_type": {"type": "integer", "description": "App business type."},
            "name": {"type": "string", "description": "Device name."},
            "time_zone": {"type": "string", "description": "Time zone offset, e.g. +08:00."},
            "ip": {"type": "string", "description": "Public IP address of the device (may be empty)."},
            "local_key": {"type": "string", "description": "Key for LAN encryption.", "x-tuya-sensitive": True},
            "sub": {"type": "boolean", "description": "True when the device is a gateway sub-device."},
            "model": {"type": "string", "description": "Product model."},
            "create_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "First pairing time (Unix seconds).",
            },
            "update_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last status update (Unix seconds).",
            },
            "active_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last activation (Unix seconds).",
            },
            "status": {"type": "array", "items": {"$ref": "DataPoint"}, "description": "Latest value of each DP."},
            "owner_id": {"type": "string", "description": "ID of the home that owns the device."},
            "product_id": {"type": "string", "description": "Product ID."},
            "product_name": {"type": "string", "description": "Product name."},
            "category": {"type": "string", "description": "Category code, e.g. dj (light), kg (switch), cz (socket)."},
            "icon": {"type": "string", "description": "Icon path, relative to images.<region domain>."},
            "online": {"type": "boolean", "description": "Whether the device is online."},
            "node_id": {"type": "string", "description": "Node ID; sub-devices only."},
            "lat": {"type": "string", "description": "Latitude (appears in examples, not in every table)."},
            "lon": {"type": "string", "description": "Longitude (appears in examples, not in every table)."},
        },
    },
    "DeviceFunction": {
        "title": "DeviceFunction",
        "description": "One instruction (a DP that can be set) with its type and value range.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code to use in commands, e.g. switch_led."},
            "type": {
                "type": "string",
                "description": "DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...",
            },
            "values": {
                "type": "string",
                "description": 'Value range as a JSON document inside a string; decode it with json.loads. Examples: "{}" for Boolean, {"min":0,"max":100,"scale":0,"step":1,"unit":"s"} for Integer, {"range":["white","colour"]} for Enum.\n',
            },
            "name": {"type": "string", "description": "Display name of the instruction (may be absent)."},
            "desc": {"type": "string", "description": "Description of the instruction (may be absent)."},
        },
    },
    "DeviceFunctions": {
        "title": "DeviceFunctions",
        "description": "The instruction set of a device or of a product category (Tuya's FunctionRes).",
        "type": "object",
        "properties": {
            "category": {"type": "string", "description": "Category code, e.g. dj (light), kg (switch), cz (socket)."},
            "functions": {
                "type": "array",
                "items": {"$ref": "DeviceFunction"},
                "description": "Supported instructions.",
            },
        },
    },
    "DeviceGroup": {
        "title": "DeviceGroup",
        "description": "A device group. Only id is named by Tuya's page; the other fields are those the group is made with and are kept as sent.\n",
        "type": "object",
        "properties": {
            "id": {
                "type": ["integer", "string"],
                "description": "Group ID (numeric; declared as number or string, as group IDs differ across Tuya's group APIs).",
            },
            "name": {"type": "string", "description": "Group name."},
            "pid": {"type": "string", "description": "Product ID of the group's devices."},
            "owner_id": {"type": "string", "description": "Home ID, as a string."},
            "uid": {"type": "string", "description": "User who made the group."},
            "device_ids": {"type": "array", "items": {"type": "string"}, "description": "IDs of the member devices."},
        },
    },
    "DeviceLinkageCodes": {
        "title": "DeviceLinkageCodes",
        "description": "The DP codes of one device that automations can use.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "functions": {
                "type": "array",
                "items": {"$ref": "LinkageCode"},
                "description": "DPs that can be set by an action.",
            },
            "status": {
                "type": "array",
                "items": {"$ref": "LinkageCode"},
                "description": "DPs that can trigger a condition.",
            },
        },
    },
    "DeviceLogEntry": {
        "title": "DeviceLogEntry",
        "description": "One event in a device's log.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code the event concerns (for DP reports and commands)."},
            "value": {
                "description": 'Event or DP value; usually a string (e.g. "false"), sometimes another JSON type.'
            },
            "event_time": {
                "type": "integer",
                "format": "timestamp-ms",
                "description": "When the event happened (Unix milliseconds).",
            },
            "event_from": {
                "type": "string",
                "description": "Who caused the event: '1' the device, '2' a client command, '3' a third-party platform, '4' a cloud command, '-1' unknown.",
            },
            "event_id": {
                "type": "integer",
                "description": "Event type, same codes as the request's type filter (1 online ... 10 timer).",
            },
            "status": {"type": "string", "description": "Event status."},
            "row": {
                "type": "string",
                "description": "Row key of the entry (seen in Tuya's Go SDK, not in the page's table).",
            },
        },
    },
    "DeviceLogPage": {
        "title": "DeviceLogPage",
        "description": "One page of a device's event log.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "has_next": {"type": "boolean", "description": "True when more entries match."},
            "current_row_key": {"type": "string", "description": "Free edition: row key where this page started."},
            "next_row_key": {
                "type": ["string", "null"],
                "description": "Free edition: pass as start_row_key to get the next page; null when there is none.",
            },
            "count": {"type": "integer", "description": "Paid edition: total number of matching entries."},
            "logs": {"type": "array", "items": {"$ref": "DeviceLogEntry"}, "description": "Log entries on this page."},
        },
    },
    "DevicePage": {
        "title": "DevicePage",
        "description": "One page of devices from the page-numbered device list.",
        "type": "object",
        "properties": {
            "total": {"type": "integer", "description": "Number of devices matching the filter."},
            "devices": {"type": "array", "items": {"$ref": "Device"}, "description": "Devices on this page."},
            "last_id": {
                "type": "string",
                "description": "ID of the last device on this page (may be passed back as last_id).",
            },
        },
    },
    "DevicePageV2": {
        "title": "DevicePageV2",
        "description": "One page of devices from the row-key device list (v2).",
        "type": "object",
        "properties": {
            "has_more": {"type": "boolean", "description": "True when further pages exist."},
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "total": {"type": "integer", "description": "Number of devices matching the filter."},
            "devices": {"type": "array", "items": {"$ref": "Device"}, "description": "Devices on this page."},
            "last_id": {"type": "string", "description": "ID of the last device returned."},
        },
    },
    "DeviceSceneBinding": {
        "title": "DeviceSceneBinding",
        "description": "One button of a scene switch and the scene it runs.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code of the button, e.g. scene_1 or switch_mode1."},
            "value": {"type": "string", "description": "DP value that runs the scene, e.g. scene."},
            "scene_id": {"type": "string", "description": "ID of the bound tap-to-run scene."},
            "name": {"type": "string", "description": "Name of the bound scene."},
        },
    },
    "DeviceScenes": {
        "title": "DeviceScenes",
        "description": "The scenes bound to the buttons of one scene switch.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID of the scene switch."},
            "scenes": {
                "type": "array",
                "items": {"$ref": "DeviceSceneBinding"},
                "description": "One entry per bound button; empty when nothing is bound.",
            },
        },
    },
    "DeviceSpecification": {
        "title": "DeviceSpecification",
        "description": "What a device supports (Tuya's DeviceSpecificationsRes): the DPs that can be set (functions) and the DPs it reports (status).\n",
        "type": "object",
        "properties": {
            "category": {"type": "string", "description": "Category code of the product."},
            "functions": {
                "type": "array",
                "items": {"$ref": "DpSpecification"},
                "description": "Instruction set - DPs that commands can set.",
            },
            "status": {
                "type": "array",
                "items": {"$ref": "DpSpecification"},
                "description": "Status set - DPs the device reports.",
            },
        },
    },
    "DeviceSpecificationV11": {
        "title": "DeviceSpecificationV11",
        "description": "What a device supports, with DP ids (Tuya's DeviceSpecificationsV2Res).",
        "type": "object",
        "properties": {
            "category": {"type": "string", "description": "Category code of the product."},
            "functions": {
                "type": "array",
                "items": {"$ref": "DpSpecificationV11"},
                "description": "Instruction set - DPs that commands can set.",
            },
            "status": {
                "type": "array",
                "items": {"$ref": "DpSpecificationV11"},
                "description": "Status set - DPs the device reports.",
            },
        },
    },
    "DeviceStatusList": {
        "title": "DeviceStatusList",
        "description": "The latest status of one device in a batch status reply.",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID."},
            "status": {"type": "array", "items": {"$ref": "DataPoint"}, "description": "Latest value of each DP."},
        },
    },
    "DeviceUser": {
        "title": "DeviceUser",
        "description": "A member of a device's own user list (e.g. the people a body-fat scale or a lock tells apart), with the profile the device may use. birthday is in Unix milliseconds.\n",
        "type": "object",
        "properties": {
            "user_id": {"type": "string", "description": "ID of the device user."},
            "device_id": {"type": "string", "description": "Device ID."},
            "nick_name": {"type": "string", "description": "Name of the user."},
            "sex": {"type": "integer", "description": "1 male, 2 female."},
            "birthday": {
                "type": "integer",
                "description": "Date of birth in Unix milliseconds. Not checked as a 13-digit timestamp: birthdays before September 2001 have 12 digits or fewer (the page's example, 605517261000, is 1989).\n",
            },
            "height": {"type": "integer", "description": "Height in centimetres."},
            "weight": {"type": "integer", "description": "Weight in grams."},
            "contact": {"type": "string", "description": "Contact information (e.g. a phone number)."},
        },
    },
    "DpSpecification": {
        "title": "DpSpecification",
        "description": "Type and value range of one DP in a device specification.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code."},
            "type": {
                "type": "string",
                "description": "DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...",
            },
            "values": {
                "type": "string",
                "description": "Value range as a JSON document inside a string (decode with json.loads), as in DeviceFunction.values.",
            },
        },
    },
    "DpSpecificationV11": {
        "title": "DpSpecificationV11",
        "description": "One DP of a v1.1 specification - DpSpecification plus the DP id.",
        "type": "object",
        "properties": {
            "dp_id": {
                "type": "integer",
                "description": "DP id, the number the device uses for the DP on the LAN (e.g. 1, 20).",
            },
            "code": {"type": "string", "description": "DP code."},
            "type": {
                "type": "string",
                "description": "DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...",
            },
            "values": {
                "type": "string",
                "description": 'Value range as a JSON document inside a string (decode with json.loads); "null" for some Boolean DPs.',
            },
        },
    },
    "FactoryInfo": {
        "title": "FactoryInfo",
        "description": "Factory data of one device.",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID."},
            "uuid": {"type": "string", "description": "Chip-level unique ID."},
            "sn": {"type": "string", "description": "Serial number; absent when the device has none."},
            "mac": {"type": "string", "description": "MAC address."},
        },
    },
    "FirmwareUpgradeInfo": {
        "title": "FirmwareUpgradeInfo",
        "description": "Upgrade state of one firmware module of a device.",
        "type": "object",
        "properties": {
            "upgrade_status": {
                "type": "integer",
                "x-extensible-enum": [0, 1, 2, 3, 4, 5],
                "description": "0 no upgrade needed, 1 new version ready, 2 upgrading, 3 upgrade finished, 4 upgrade failed; Tuya's app OTA page adds 5 waiting for a low-power device to wake up. Other values are accepted as sent.\n",
            },
            "current_version": {
                "type": "string",
                "description": "Firmware version the module runs now (may be empty).",
            },
            "upgrade_version": {"type": "string", "description": "Version available for the upgrade (may be empty)."},
            "module_type": {
                "type": ["integer", "string"],
                "description": "Firmware channel of the module; pass it to ota.upgrade. 0 Wi-Fi / main network module, 1 Bluetooth, 2 GPRS, 3 Zigbee, 4 IR, 5 433 MHz gateway, 6 NB-IoT, 9 MCU (10-19 are extension channels in Tuya's app SDK docs). A number in the example, a String in the table: either is kept as sent.\n",
            },
            "module_desc": {"type": "string", "description": "Description of the module."},
            "last_upgrade_time": {
                "type": ["integer", "string"],
                "description": "Time of the last upgrade, Unix milliseconds (0 when never upgraded). A number in the example, a String in the table: either is kept as sent.\n",
            },
            "upgrade_desc": {"type": "string", "description": "Release notes of the new version."},
        },
    },
    "GroupCandidate": {
        "title": "GroupCandidate",
        "description": "A device that a group of the product may hold, as the group-list call returns it.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "device_name": {"type": "string", "description": "Device name (may be empty)."},
            "online": {"type": "boolean", "description": "Whether the device is online."},
            "check": {
                "type": "boolean",
                "description": "Whether the device is already in a group of this product (the app's tick box).",
            },
        },
    },
    "GroupFunction": {
        "title": "GroupFunction",
        "description": "One instruction to send to every member of a group.",
        "type": "object",
        "required": ["code", "value"],
        "properties": {
            "code": {"type": "string", "minLength": 1, "description": "DP code, e.g. switch_1."},
            "value": {"description": "DP value; its type follows the DP."},
        },
    },
    "Home": {
        "title": "Home",
        "description": "Basic profile of a home (Tuya calls it HomeRes). Fields beyond these may appear and are kept.\n",
        "type": "object",
        "properties": {
            "home_id": {"type": "integer", "format": "int64", "description": "Home ID."},
            "name": {"type": "string", "description": "Name of the home."},
            "lon": {"type": "number", "format": "double", "description": "Longitude of the home (0 when not set)."},
            "lat": {"type": "number", "format": "double", "description": "Latitude of the home (0 when not set)."},
            "geo_name": {"type": "string", "description": "Free-text address of the home (may be empty)."},
            "role": {
                "type": "string",
                "description": "The user's role in the home, e.g. OWNER. The set of values is not documented, so any string is accepted; older pages omit the field.\n",
            },
        },
    },
    "HomeMember": {
        "title": "HomeMember",
        "description": "One member of a home. Fields beyond these may appear and are kept.",
        "type": "object",
        "properties": {
            "uid": {"type": "string", "description": "User ID of the member."},
            "name": {"type": "string", "description": "Nickname of the member within the home."},
            "member_account": {
                "type": "string",
                "description": "Account of the member (phone number or email), partly masked, e.g. 86-*********05.",
            },
            "country_code": {"type": "string", "description": "Country calling code of the account, e.g. 86."},
            "admin": {"type": "boolean", "description": "True when the member is an administrator of the home."},
            "owner": {"type": "boolean", "description": "True when the member owns the home."},
            "avatar": {"type": "string", "description": "URL of the member's avatar image."},
        },
    },
    "HourlyStatistics": {
        "title": "HourlyStatistics",
        "description": "Hourly series of one DP.",
        "type": "object",
        "properties": {"hours": {"$ref": "StatisticValues", "description": "Values keyed by hour, yyyyMMddHH."}},
    },
    "IndustryLoginToken": {
        "title": "IndustryLoginToken",
        "description": "The token of an industry user (Tuya's UserLoginTokenRes).",
        "type": "object",
        "properties": {
            "uid": {"type": "string", "description": "User ID."},
            "access_token": {"type": "string", "description": "Access token of the user.", "x-tuya-sensitive": True},
            "refresh_token": {
                "type": "string",
                "description": "Refresh token of the user; single use.",
                "x-tuya-sensitive": True,
            },
            "expire": {
                "type": "integer",
                "minimum": 0,
                "description": "Seconds the access token stays valid (this call's name for expire_time).",
            },
        },
    },
    "IndustryUser": {
        "title": "IndustryUser",
        "description": "A user of an industry project.",
        "type": "object",
        "properties": {
            "user_id": {"type": "string", "description": "User ID."},
            "user_name": {"type": "string", "description": "User name (an e-mail address or mobile number)."},
            "country_code": {"type": "string", "description": "Country calling code."},
        },
    },
    "IndustryUserPage": {
        "title": "IndustryUserPage",
        "description": "One page of a project's users.",
        "type": "object",
        "properties": {
            "list": {"type": "array", "items": {"$ref": "IndustryUser"}, "description": "Users on this page."},
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "page_size": {"type": ["integer", "string"], "description": "The page size asked for."},
            "has_next": {
                "type": "boolean",
                "description": "True when further pages exist (absent from some clients' typings).",
            },
        },
    },
    "IndustryUserRef": {
        "title": "IndustryUserRef",
        "description": "The ID of a registered user.",
        "type": "object",
        "properties": {"user_id": {"type": "string", "description": "User ID."}},
    },
    "InfraredRemote": {
        "title": "InfraredRemote",
        "description": "A virtual remote bound to an IR hub.",
        "type": "object",
        "properties": {
            "remote_id": {"type": "string", "description": "ID of the virtual remote."},
            "remote_name": {"type": "string", "description": "Name of the remote."},
            "category_id": {
                "type": "integer",
                "description": "Appliance category, e.g. 2 TV, 5 air conditioner (see Tuya's IR category list).",
            },
            "brand_id": {"type": "integer", "description": "Brand of the appliance."},
            "brand_name": {"type": "string", "description": "Brand name."},
            "remote_index": {"type": "integer", "description": "Index of the code library the remote uses."},
            "operator_id": {"type": "integer", "description": "TV operator (set-top boxes only)."},
            "operator_name": {"type": "string", "description": "TV operator name (set-top boxes only)."},
            "area_id": {"type": "integer", "description": "Area of the TV operator (set-top boxes only)."},
            "area_name": {"type": "string", "description": "Area name (set-top boxes only)."},
        },
    },
    "IotDevice": {
        "title": "IotDevice",
        "description": "A device as the iot-03 management calls return it: Tuya's BaseDeviceRes (v1.0 details) and the v1.1 detail object (also the items of the v1.3 list), which adds the gateway, node, category name, owner and icon. Fields beyond these may appear and are kept.\n",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID."},
            "uuid": {"type": "string", "description": "Chip-level unique ID."},
            "name": {"type": "string", "description": "Device name."},
            "category": {"type": "string", "description": "Category code, e.g. dj (light), kg (switch), cz (socket)."},
            "category_name": {"type": "string", "description": "Category name (v1.1 and the v1.3 list)."},
            "product_id": {"type": "string", "description": "Product ID."},
            "product_name": {"type": "string", "description": "Product name."},
            "local_key": {"type": "string", "description": "Key for LAN encryption.", "x-tuya-sensitive": True},
            "sub": {"type": "boolean", "description": "True when the device is a gateway sub-device."},
            "gateway_id": {
                "type": "string",
                "description": "Gateway of a sub-device, empty otherwise (v1.1 and the v1.3 list).",
            },
            "node_id": {
                "type": "string",
                "description": "Node ID of a sub-device, empty otherwise (v1.1 and the v1.3 list).",
            },
            "asset_id": {"type": "string", "description": "ID of the asset the device belongs to."},
            "owner_id": {
                "type": "string",
                "description": "ID of the home that owns the device (v1.1 and the v1.3 list).",
            },
            "ip": {"type": "string", "description": "Public IP address of the device (may be empty)."},
            "lon": {"type": "string", "description": "Longitude."},
            "lat": {"type": "string", "description": "Latitude."},
            "model": {"type": "string", "description": "Product model."},
            "time_zone": {"type": "string", "description": "Time zone offset, e.g. +01:00."},
            "active_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last activation (Unix seconds).",
            },
            "create_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "First pairing time (Unix seconds).",
            },
            "update_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last status update (Unix seconds).",
            },
            "online": {"type": "boolean", "description": "Whether the device is online."},
            "icon": {
                "type": "string",
                "description": "Icon path, relative to images.<region domain> (v1.1 and the v1.3 list).",
            },
            "sn": {
                "type": "string",
                "description": "Serial number (seen in live v1.1 replies, not in the page's table).",
            },
        },
    },
    "IotDevicePage": {
        "title": "IotDevicePage",
        "description": "One page of the v1.3 device list (Tuya's CursorPage).",
        "type": "object",
        "properties": {
            "has_more": {"type": "boolean", "description": "True when further pages exist."},
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "total": {"type": "integer", "description": "Number of devices matching the filter."},
            "list": {"type": "array", "items": {"$ref": "IotDevice"}, "description": "Devices on this page."},
        },
    },
    "IotDeviceSpecification": {
        "title": "IotDeviceSpecification",
        "description": "What a device supports (Tuya's FunctionStatusRes) - its instruction set and its status set.",
        "type": "object",
        "properties": {
            "category": {"type": "string", "description": "Category code of the product."},
            "functions": {
                "type": "array",
                "items": {"$ref": "IotDpSpecification"},
                "description": "Instruction set - DPs that commands can set.",
            },
            "status": {
                "type": "array",
                "items": {"$ref": "IotDpSpecification"},
                "description": "Status set - DPs the device reports.",
            },
        },
    },
    "IotDpSpecification": {
        "title": "IotDpSpecification",
        "description": "One DP of an iot-03 specification: the v1.0 item of device_control.get_specifications plus a display name and, for functions, a description.\n",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code."},
            "type": {
                "type": "string",
                "description": "DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...",
            },
            "values": {
                "type": "string",
                "description": "Value range as a JSON document inside a string (decode with json.loads).",
            },
            "name": {
                "type": "string",
                "description": "Display name of the DP (in Chinese for products without an English name).",
            },
            "desc": {
                "type": "string",
                "description": "Functions only: a description; real replies repeat the value range here.",
            },
        },
    },
    "LangDeviceSpecification": {
        "title": "LangDeviceSpecification",
        "description": "What a device supports, with labels (Tuya's FunctionStatusToLangRes).",
        "type": "object",
        "properties": {
            "category": {"type": "string", "description": "Category code of the product."},
            "functions": {
                "type": "array",
                "items": {"$ref": "LangDpSpecification"},
                "description": "Instruction set - DPs that commands can set.",
            },
            "status": {
                "type": "array",
                "items": {"$ref": "LangDpSpecification"},
                "description": "Status set - DPs the device reports.",
            },
        },
    },
    "LangDpSpecification": {
        "title": "LangDpSpecification",
        "description": "One DP of a v1.2 specification, with its display name and the labels of its values.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code."},
            "type": {
                "type": "string",
                "description": "DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...",
            },
            "values": {
                "type": "string",
                "description": "Value range as a JSON document inside a string (decode with json.loads).",
            },
            "name": {"type": "string", "description": "Display name of the DP."},
            "lang_config": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": 'Labels by value or key, e.g. {"true": "ON", "false": "OFF"} or {"unit": "s"}.',
            },
        },
    },
    "LearningCode": {
        "title": "LearningCode",
        "description": "A code a DIY remote learned from the appliance's own remote.",
        "type": "object",
        "properties": {
            "id": {
                "type": ["integer", "string"],
                "description": "Record ID (a number; the page's example prints it as a string).",
            },
            "learn_id": {
                "type": ["integer", "string"],
                "description": "Learning ID (a number; printed as a string in the example).",
            },
            "remote_id": {"type": "string", "description": "ID of the remote."},
            "key": {"type": "string", "description": "Key the code was saved under."},
            "key_name": {"type": "string", "description": "Display name of the key."},
            "code": {"type": "string", "description": "The learned IR code; send it with infrared.send_learning_code."},
        },
    },
    "LinkageCode": {
        "title": "LinkageCode",
        "description": "A DP code usable in an automation, with its value type and range.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code, e.g. switch_led or bright_value."},
            "name": {"type": "string", "description": "Display name of the DP."},
            "type": {
                "type": "string",
                "description": "Value type: Boolean, Integer or Enum in the tables (other DP types may appear).",
            },
            "values": {
                "title": "LinkageValueRange",
                "type": ["object", "string"],
                "description": "Value range. Integer: min, max, scale, step, unit and type; Enum: range (the allowed strings) and type; Boolean: type only. An object in the examples (the table says Map, or String); kept as sent.\n",
                "properties": {
                    "type": {
                        "type": "string",
                        "description": "Value type again (Integer, Enum, Boolean; also seen as lowercase value).",
                    },
                    "min": {"type": "number", "description": "Smallest value (Integer)."},
                    "max": {"type": "number", "description": "Largest value (Integer)."},
                    "scale": {
                        "type": "integer",
                        "description": "Decimal places: the real value is the integer divided by 10^scale (Integer).",
                    },
                    "step": {"type": "number", "description": "Step between allowed values (Integer)."},
                    "unit": {"type": "string", "description": "Unit (Integer; may be empty)."},
                    "range": {"type": "array", "items": {"type": "string"}, "description": "Allowed values (Enum)."},
                },
            },
        },
    },
    "LinkageDevice": {
        "title": "LinkageDevice",
        "description": "A device that can take part in scenes or automations of a home.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "uuid": {"type": "string", "description": "Device UUID."},
            "name": {"type": "string", "description": "Device name."},
            "home_id": {
                "type": ["integer", "string"],
                "description": "Home ID: a string in the scene and automation device-list examples (and the voice API), a number everywhere else Tuya returns a home ID; either is kept as sent.\n",
            },
            "product_id": {"type": "string", "description": "Product ID."},
        },
    },
    "LockAlarmLog": {
        "title": "LockAlarmLog",
        "description": "One alarm record of a lock.",
        "type": "object",
        "properties": {
            "update_time": {
                "type": "integer",
                "description": "Time of the alarm (the page's example shows 10-digit seconds; treat the unit with care).",
            },
            "status": {
                "$ref": "DataPoint",
                "description": "The alarm DP: code is hijack (duress), alarm_lock (general alarm) or doorbell. For hijack the value names the unlock method and slot that triggered the duress alarm, e.g. unlock_fingerprint-02.\n",
            },
            "nick_name": {"type": "string", "description": "Name of the user linked to the record."},
        },
    },
    "LockAlarmLogPage": {
        "title": "LockAlarmLogPage",
        "description": "One page of alarm records (Tuya's Pagination object).",
        "type": "object",
        "properties": {
            "total": {"type": "integer", "description": "Total number of matching records."},
            "records": {"type": "array", "items": {"$ref": "LockAlarmLog"}, "description": "The records of this page."},
        },
    },
    "LockMedia": {
        "title": "LockMedia",
        "description": "Where an encrypted lock photo (file_*) and video (media_*) are stored (Tuya's MediaInfoVO). The image URL is file_url joined with file_path; the content is AES-encrypted and must be decrypted with file_key (media_key for the video). Fields are absent when there is no such media.\n",
        "type": "object",
        "properties": {
            "file_url": {
                "type": "string",
                "description": "Image URL; in the example only the storage host, to be joined with file_path.",
            },
            "file_path": {"type": "string", "description": "Object path of the image in its bucket."},
            "file_key": {"type": "string", "description": "Key to decrypt the image."},
            "bucket": {"type": "string", "description": "Storage bucket of the image."},
            "media_url": {"type": "string", "description": "Video URL."},
            "media_path": {"type": "string", "description": "Object path of the video."},
            "media_key": {"type": "string", "description": "Key to decrypt the video."},
            "media_bucket": {"type": "string", "description": "Storage bucket of the video."},
        },
    },
    "LockOpenLog": {
        "title": "LockOpenLog",
        "description": "One unlock event of a lock.",
        "type": "object",
        "properties": {
            "update_time": {
                "type": "integer",
                "description": "Time of the event (Unix milliseconds in the page's example).",
            },
            "status": {
                "$ref": "DataPoint",
                "description": "The unlock DP: code is the unlock method (unlock_fingerprint, unlock_password, unlock_temporary, unlock_dynamic, unlock_card, unlock_face, unlock_key, unlock_identity_card, unlock_emergency; the example also shows unlock_finger) and value is the lock's local slot number, or the password ID for temporary and dynamic passwords.\n",
            },
            "unlock_name": {"type": "string", "description": "Name given to the unlock method (may be empty)."},
            "user_id": {
                "type": "string",
                "description": 'ID of the member who unlocked; "0" when not linked to a member, and seen empty on a real lock. A string in every example; that lock-user APIs might send a number is only a guess, and one would be kept as sent.\n',
            },
            "nick_name": {"type": "string", "description": "Name of that member (may be empty)."},
        },
    },
    "LockOpenLogPage": {
        "title": "LockOpenLogPage",
        "description": "One page of unlock records (Tuya's DoorLockHistoryRes).",
        "type": "object",
        "properties": {
            "total": {"type": "integer", "description": "Number of records in the whole time window."},
            "logs": {"type": "array", "items": {"$ref": "LockOpenLog"}, "description": "The records of this page."},
        },
    },
    "LockTicket": {
        "title": "LockTicket",
        "description": "A one-time ticket for a remote lock operation.",
        "type": "object",
        "properties": {
            "ticket_id": {"type": "string", "description": "The ticket; pass it to locks.operate_door once."},
            "ticket_key": {
                "type": "string",
                "x-tuya-sensitive": True,
                "description": "The ticket's key, AES-encrypted with the project's access secret (needed only by the password-based unlock calls; a secret).\n",
            },
            "expire_time": {"type": "integer", "description": "Seconds the ticket stays valid, not a timestamp."},
        },
    },
    "MonthlyStatistics": {
        "title": "MonthlyStatistics",
        "description": "Monthly series of one DP.",
        "type": "object",
        "properties": {"months": {"$ref": "StatisticValues", "description": "Values keyed by month, yyyyMM."}},
    },
    "OpenHubConfig": {
        "title": "OpenHubConfig",
        "description": "What an MQTT client needs to connect to the open hub.",
        "type": "object",
        "properties": {
            "url": {
                "type": "string",
                "description": "Broker address, e.g. ssl://m1.tuyaus.com:8883 (or a wss:// URL for websocket links).",
            },
            "client_id": {"type": "string", "description": "MQTT client ID to connect with."},
            "username": {"type": "string", "description": "MQTT user name."},
            "password": {
                "type": "string",
                "x-tuya-sensitive": True,
                "description": "MQTT password; its middle 16 characters are the AES key of the messages (the mini-program page says so).",
            },
            "source_topic": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": 'Topics to subscribe to, by kind, e.g. {"device": "cloud/token/in/..."}.',
            },
            "sink_topic": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Topics to publish to, by kind.",
            },
            "expire_time": {
                "type": "integer",
                "minimum": 0,
                "description": "Seconds the settings stay valid; reconnect with new ones before.",
            },
        },
    },
    "PairedSubDevice": {
        "title": "PairedSubDevice",
        "description": "A sub-device that joined a gateway. Times are 10-digit Unix seconds. The English page's table is unusable, so the fields come from the Chinese page's example and Tuya's Go SDK.\n",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID of the sub-device."},
            "name": {"type": "string", "description": "Device name."},
            "category": {"type": "string", "description": "Category code, e.g. ywbj (smoke detector)."},
            "product_id": {"type": "string", "description": "Product ID."},
            "uuid": {
                "type": "string",
                "description": "Chip-level unique ID (in the Go SDK's struct, not in the page example).",
            },
            "owner_id": {"type": "string", "description": "ID of the home that owns the device."},
            "online": {"type": "boolean", "description": "Whether the sub-device is online."},
            "active_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Activation time (Unix seconds).",
            },
            "update_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last status update (Unix seconds).",
            },
        },
    },
    "PairingFailedDevice": {
        "title": "PairingFailedDevice",
        "description": "A device whose pairing failed, with Tuya's reason.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "name": {"type": "string", "description": "Device name."},
            "code": {"type": "string", "description": 'Error code of the failure, as a string (e.g. "2001").'},
            "msg": {"type": "string", "description": "Text of the error code."},
        },
    },
    "PairingResult": {
        "title": "PairingResult",
        "description": "Outcome of a pairing session so far (Tuya's ParingResult): devices that joined and devices that failed. Both lists may be empty while pairing is still in progress.\n",
        "type": "object",
        "properties": {
            "success": {
                "type": "array",
                "items": {"$ref": "PairingSuccessDevice"},
                "description": "Devices paired successfully.",
            },
            "failed": {
                "type": "array",
                "items": {"$ref": "PairingFailedDevice"},
                "description": "Devices that failed to pair.",
            },
        },
    },
    "PairingSuccessDevice": {
        "title": "PairingSuccessDevice",
        "description": "A device that was paired successfully with the token.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID assigned to the new device."},
            "product_id": {"type": "string", "description": "Product ID."},
            "category": {"type": "string", "description": "Product category code."},
            "name": {"type": "string", "description": "Device name."},
        },
    },
    "ProductDataOverview": {
        "title": "ProductDataOverview",
        "description": "Counts about a product (or all of the project's products): device activations, app users, feedback and faults. Every count is a string of digits, as Tuya sends it; ratios are decimal strings (\"2\" = twice yesterday's value).\n",
        "type": "object",
        "additionalProperties": True,
        "properties": {
            "dev_active": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "today_active, yesterday_active, all_activate, near7_day_active, last7_day_active, compared_with_yesterday_active.",
            },
            "App_register": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "App users: today_add, yesterday_add, all_add, today_live, yesterday_live, ... (the key is spelt with a capital A).",
            },
            "user_feedback": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "today_feedback, all_feedback, compared_with_yesterday_feedback.",
            },
            "dev_fault": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "today_dev_fault, yesterday_dev_fault, all_dev_fault, compared_with_yesterday_dev_fault.",
            },
            "dev_live": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Active devices (listed by the mini-program reference only).",
            },
        },
    },
    "QuarterHourStatistics": {
        "title": "QuarterHourStatistics",
        "description": "15-minute series of one DP.",
        "type": "object",
        "properties": {
            "quarters": {
                "$ref": "StatisticValues",
                "description": "Values keyed by period start, yyyyMMddHHmm (e.g. 202305110015).",
            }
        },
    },
    "RemoteKey": {
        "title": "RemoteKey",
        "description": "One key (button) of a remote.",
        "type": "object",
        "properties": {
            "key": {
                "type": "string",
                "description": "Key name, e.g. power or PowerOn; send it with infrared.send_key or, if standard, infrared.send_standard_key.",
            },
            "key_id": {"type": "integer", "description": "Key ID (0 for the standard keys of air conditioners)."},
            "key_name": {"type": "string", "description": "Display name of the key."},
            "standard_key": {
                "type": "boolean",
                "description": "Whether the key is one of Tuya's standard keys for the category.",
            },
        },
    },
    "RemoteKeys": {
        "title": "RemoteKeys",
        "description": "The keys a remote supports and, for air conditioners, the ranges of its settings.",
        "type": "object",
        "properties": {
            "brand_id": {"type": "integer", "description": "Brand of the appliance."},
            "category_id": {"type": "integer", "description": "Appliance category."},
            "remote_index": {"type": "integer", "description": "Index of the code library."},
            "single_air": {
                "type": "boolean",
                "description": "Whether the appliance is a single (non-split) air conditioner.",
            },
            "duplicate_power": {"type": "boolean", "description": "Whether power on and power off are the same key."},
            "key_list": {"type": "array", "items": {"$ref": "RemoteKey"}, "description": "The keys."},
            "key_range": {
                "type": "array",
                "items": {"$ref": "AcModeRange"},
                "description": "Air conditioners only; empty for other appliances.",
            },
        },
    },
    "ReportLogEntry": {
        "title": "ReportLogEntry",
        "description": "One status report of a device.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "Property (DP) code."},
            "value": {
                "description": 'The reported value: a string in the page\'s example ("true"), typed Object in its table.'
            },
            "event_time": {
                "type": "integer",
                "format": "timestamp-ms",
                "description": "When the value was reported (Unix milliseconds).",
            },
        },
    },
    "ReportLogPage": {
        "title": "ReportLogPage",
        "description": "One page of a device's status reports.",
        "type": "object",
        "properties": {
            "device_id": {"type": "string", "description": "Device ID."},
            "last_row_key": {"type": "string", "description": "Cursor to pass as last_row_key for the next page."},
            "has_more": {"type": "boolean", "description": "True when further pages exist."},
            "total": {"type": "integer", "description": "Number of reports matching the query."},
            "logs": {
                "type": "array",
                "items": {"$ref": "ReportLogEntry"},
                "description": "Reports on this page, newest first.",
            },
        },
    },
    "Scene": {
        "title": "Scene",
        "description": "A tap-to-run scene as the scene lists return it. The v1.1 list adds status; replies have been documented without enabled, so no field is guaranteed.\n",
        "type": "object",
        "properties": {
            "scene_id": {"type": "string", "description": "Scene ID."},
            "name": {"type": "string", "description": "Scene name."},
            "background": {"type": "string", "description": "Cover image URL (may be empty)."},
            "enabled": {"type": "boolean", "description": "Whether the scene can be run."},
            "status": {
                "type": "string",
                "description": 'v1.1 only: state of the rule as a string, "1" for a normal (not deleted) scene; Tuya documents no other value for this API.\n',
            },
            "actions": {
                "type": "array",
                "items": {"$ref": "AutomationAction"},
                "description": "Steps the scene runs, in order.",
            },
        },
    },
    "ShadowProperties": {
        "title": "ShadowProperties",
        "description": "A device's shadow.",
        "type": "object",
        "properties": {
            "properties": {
                "type": "array",
                "items": {"$ref": "ShadowProperty"},
                "description": "One entry per property asked for (every property when no codes are given).",
            }
        },
    },
    "ShadowProperty": {
        "title": "ShadowProperty",
        "description": "The reported state of one property (DP) in a device's shadow.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "Property (DP) code."},
            "dp_id": {"type": "integer", "description": "DP id, the number the device uses on the LAN."},
            "time": {
                "type": "integer",
                "format": "timestamp-ms",
                "description": "When the value was reported (Unix milliseconds).",
            },
            "value": {"description": "The reported value; its type follows the property's type."},
            "custom_name": {"type": "string", "description": "Name the user gave the property (may be empty)."},
        },
    },
    "StatisticAggregation": {
        "title": "StatisticAggregation",
        "description": "How the reported values of a period are combined: sum (total of the reports), avg (mean), max, min, minux (increase over the previous period - Tuya's spelling of \"minus\"), count (number of reports), recent (latest value). Tuya's app-SDK statistics page documents recent for hourly series only; on other periods it may be refused.\n",
        "type": "string",
        "enum": ["sum", "avg", "max", "min", "minux", "count", "recent"],
    },
    "StatisticTotal": {
        "title": "StatisticTotal",
        "description": "Lifetime aggregate of one DP.",
        "type": "object",
        "properties": {
            "total": {"type": "string", "description": 'Cumulative value as a decimal string, e.g. "92.68".'}
        },
    },
    "StatisticType": {
        "title": "StatisticType",
        "description": "One DP of the device for which the cloud keeps statistics, and how it aggregates it.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "DP code, e.g. add_ele."},
            "stat_type": {
                "type": "string",
                "description": "Aggregation configured for the DP (sum, avg, ...; see StatisticAggregation).",
            },
        },
    },
    "StatisticValues": {
        "title": "StatisticValues",
        "description": 'A series of statistics: each key is a period in the request\'s time format (e.g. 2023051117 for 17:00-18:00 on 11 May 2023), each value the aggregate as a decimal string. Periods without data may be missing or carry a placeholder such as "#".\n',
        "type": "object",
        "additionalProperties": {"type": "string"},
    },
    "StreamUrl": {
        "title": "StreamUrl",
        "description": "A live-stream address.",
        "type": "object",
        "properties": {
            "url": {
                "type": "string",
                "description": "The stream's URL (rtsps://, https://...m3u8, ...) with its signInfo; it expires after a while and should be treated as a secret.\n",
            }
        },
    },
    "SubDevice": {
        "title": "SubDevice",
        "description": "A sub-device (e.g. Zigbee) attached to a gateway.",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Sub-device ID."},
            "name": {"type": "string", "description": "Sub-device name."},
            "online": {"type": "boolean", "description": "Whether the sub-device is online."},
            "active_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last activation (Unix seconds).",
            },
            "update_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last status update (Unix seconds).",
            },
            "product_id": {"type": "string", "description": "Product ID."},
            "category": {"type": "string", "description": "Category code, e.g. wsdcg (temperature/humidity sensor)."},
            "node_id": {"type": "string", "description": "Node ID of the sub-device within the gateway's network."},
            "owner_id": {"type": "string", "description": "ID of the home that owns the sub-device."},
            "icon": {"type": "string", "description": "Icon path, relative to images.<region domain>."},
        },
    },
    "SyncedUser": {
        "title": "SyncedUser",
        "description": "The user a sync created or updated.",
        "type": "object",
        "required": ["uid"],
        "properties": {"uid": {"type": "string", "description": "User ID."}},
    },
    "Thing": {
        "title": "Thing",
        "description": "A device as the v2.0 thing calls return it (Tuya's DeviceFusionVO). Times are 10-digit Unix seconds. Fields beyond these may appear and are kept.\n",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID."},
            "uuid": {"type": "string", "description": "Chip-level unique ID."},
            "name": {"type": "string", "description": "Device name."},
            "custom_name": {"type": "string", "description": "Name the user gave the device."},
            "category": {"type": "string", "description": "Category code, e.g. dj (light), kg (switch), cz (socket)."},
            "product_id": {"type": "string", "description": "Product ID."},
            "product_name": {"type": "string", "description": "Product name."},
            "icon": {"type": "string", "description": "Icon path, relative to images.<region domain>."},
            "ip": {"type": "string", "description": "Public IP address of the device (may be empty)."},
            "lat": {"type": "string", "description": "Latitude."},
            "lon": {"type": "string", "description": "Longitude."},
            "local_key": {"type": "string", "description": "Key for LAN encryption.", "x-tuya-sensitive": True},
            "is_online": {
                "type": "boolean",
                "description": "Whether the device is online (the older families call it `online`).",
            },
            "sub": {"type": "boolean", "description": "True when the device is a gateway sub-device."},
            "time_zone": {"type": "string", "description": "Time zone offset, e.g. +01:00."},
            "model": {"type": "string", "description": "Product model."},
            "bind_space_id": {"type": "string", "description": "ID of the space (home) the device is bound to."},
            "active_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last activation (Unix seconds).",
            },
            "create_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "First pairing time (Unix seconds).",
            },
            "update_time": {"type": "integer", "format": "timestamp-s", "description": "Last update (Unix seconds)."},
        },
    },
    "ThingModel": {
        "title": "ThingModel",
        "description": "The thing model of a device.",
        "type": "object",
        "properties": {
            "model": {
                "type": "string",
                "description": "The model as JSON text (decode with json.loads): {modelId, services: [{code, name, description, properties: [{abilityId (the DP id), code, name, description, accessMode (ro, rw or wr), typeSpec: {type: bool | value | enum | string | raw | bitmap, ...}}], actions, events}]}.\n",
            }
        },
    },
    "Timer": {
        "title": "Timer",
        "description": "One stored timer (an instruction of a group) as the list APIs return it.",
        "type": "object",
        "properties": {
            "timer_id": {
                "type": "integer",
                "description": "Unique ID of this timer: a number in this v1.0 API's example (4906528). Tuya's v2.0 timer API uses string IDs, but that is another API; a string here would be kept as sent.\n",
            },
            "date": {
                "type": "string",
                "description": "Date of a one-off timer (YYYYMMDD); empty for repeating timers.",
            },
            "time": {"type": "string", "description": "Time of day, HH:MM."},
            "loops": {
                "type": "string",
                "description": "Weekday mask, read Monday first (0000010 = Saturday; see TimerLoops).",
            },
            "timezone_id": {"type": "string", "description": "Time zone ID, e.g. Asia/Shanghai."},
            "status": {"type": "integer", "enum": [0, 1, 2], "description": "0 disabled, 1 enabled, 2 deleted."},
            "functions": {"type": "array", "items": {"$ref": "DataPoint"}, "description": "DPs the timer sets."},
            "group_order": {"type": "integer", "description": "Position of the timer within its group."},
            "alias_name": {"type": "string", "description": "Remark given when the group was created."},
            "is_app_push": {
                "type": "boolean",
                "description": "Whether the app is notified when the timer runs (in the example, not the table).",
            },
        },
    },
    "TimerCategory": {
        "title": "TimerCategory",
        "description": "One category of a device's timers with its groups.",
        "type": "object",
        "properties": {
            "category": {"$ref": "TimerCategoryState"},
            "groups": {
                "type": "array",
                "items": {"$ref": "TimerGroup"},
                "description": "Timer groups of this category.",
            },
        },
    },
    "TimerCategoryState": {
        "title": "TimerCategoryState",
        "description": "A timer category and its status.",
        "type": "object",
        "properties": {
            "category": {"type": "string", "description": "Category name."},
            "status": {
                "type": "integer",
                "description": "Status of the category (1 in the examples; values are not documented).",
            },
        },
    },
    "TimerGroup": {
        "title": "TimerGroup",
        "description": "A timer group and the timers it holds.",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Timer group ID."},
            "timers": {"type": "array", "items": {"$ref": "Timer"}, "description": "The group's timers."},
        },
    },
    "TimerGroupRef": {
        "title": "TimerGroupRef",
        "description": "The ID of a timer group that was just created.",
        "type": "object",
        "required": ["group_id"],
        "properties": {
            "group_id": {
                "type": ["string", "integer"],
                "description": "Timer group ID (use it to update, enable or delete the group). A string in every example (e.g. 000000mwf3); the table of the newer page types it Long, so a number is accepted too.\n",
            }
        },
    },
    "TimerInstruction": {
        "title": "TimerInstruction",
        "description": "One execution of a timer group - when it runs and which DPs it sets.",
        "type": "object",
        "required": ["time", "functions"],
        "properties": {
            "time": {
                "type": "string",
                "format": "time-hhmm",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
                "description": "Time of day the task runs, HH:MM in 24-hour form, local to timezone_id.",
            },
            "date": {
                "type": "string",
                "format": "date-yyyymmdd",
                "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
                "description": "Date of a one-off run, YYYYMMDD (e.g. 20181212). When a date is given the timer does not repeat, so loops must be 0000000. The date and time must lie in the future.\n",
            },
            "functions": {
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "DataPoint"},
                "description": "DPs to set when the task runs.",
            },
        },
    },
    "TimerLoops": {
        "title": "TimerLoops",
        "description": 'Seven characters of 0/1, one per weekday, read MONDAY FIRST: 1 runs the task that day. 0000010 runs on Saturdays only; 1111100 on weekdays (Monday to Friday); 0000000 means "not repeating" (a one-off task, which then needs a date). Monday first is what the page of these v1.0 timer calls says (0000010 = Saturday); Tuya\'s newer cloud timer pages and its panel timer page read the mask Sunday first (0000001 = Saturday), under which 0000010 would mean Friday. 1111111 and 0000000 mean the same under both readings. See the conflict on device_timers.add.\n',
        "type": "string",
        "pattern": "^[01]{7}$",
        "examples": ["0000010", "1111111", "0000000"],
    },
    "TokenInfo": {
        "title": "TokenInfo",
        "description": "A token pair as the token APIs return it. expire_time counts seconds from the moment of the reply, so the expiry is the reply's time plus expire_time, read on one clock: Tuya's (the envelope `t`) or the caller's own (the time the reply arrived), never one against the other.\n",
        "type": "object",
        "properties": {
            "access_token": {
                "type": "string",
                "description": "Token that signs every business call.",
                "x-tuya-sensitive": True,
            },
            "expire_time": {
                "type": "integer",
                "minimum": 0,
                "description": "Seconds the access token stays valid (7200 for a new token; less when Tuya hands back a token that is still alive).\n",
            },
            "refresh_token": {
                "type": "string",
                "description": "Refresh token; single use, no expiry.",
                "x-tuya-sensitive": True,
            },
            "uid": {"type": "string", "description": "Tuya user ID of the cloud project's account."},
            "expire": {
                "type": "integer",
                "deprecated": {"since": "0.1.0", "instead": "expire_time"},
                "description": "Name one older page gives the lifetime field in its table; every example (and the live API) uses expire_time. Read expire_time first and fall back to this.\n",
            },
        },
    },
    "UserInfo": {
        "title": "UserInfo",
        "description": "Profile of one app user.",
        "type": "object",
        "properties": {
            "uid": {"type": "string", "description": "User ID."},
            "username": {
                "type": "string",
                "description": "Login name (phone with country prefix, e.g. 86-1555****005, or an email).",
            },
            "country_code": {"type": "string", "description": "Phone country code, e.g. 86."},
            "mobile": {"type": "string", "description": "Phone number; only for users who registered with a phone."},
            "email": {
                "type": "string",
                "description": "Email address; only for users who registered with email (may be empty).",
            },
            "nick_name": {"type": "string", "description": "Nickname."},
            "avatar": {"type": "string", "description": "URL of the avatar image."},
            "create_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Registration time (Unix seconds).",
            },
            "update_time": {
                "type": "integer",
                "format": "timestamp-s",
                "description": "Last profile update (Unix seconds).",
            },
            "user_properties": {
                "type": "array",
                "items": {"$ref": "UserProperty"},
                "description": "Profile settings such as consent flags.",
            },
            "time_zone_id": {"type": "string", "description": "Time zone ID, e.g. Asia/Shanghai."},
            "temp_unit": {
                "type": "integer",
                "description": "Preferred temperature unit (1 = Celsius in the example; Tuya apps use 2 for Fahrenheit).",
            },
        },
    },
    "UserPage": {
        "title": "UserPage",
        "description": "One page of an app's users.",
        "type": "object",
        "properties": {
            "list": {"type": "array", "items": {"$ref": "AppUser"}, "description": "Users on this page."},
            "has_more": {"type": "boolean", "description": "True when further pages exist."},
            "total": {"type": "integer", "description": "Number of users matching the filter."},
        },
    },
    "UserProperty": {
        "title": "UserProperty",
        "description": "One profile setting of a user as a code/value pair.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "Setting code, e.g. dataAuthorization or marketingPush."},
            "value": {"type": "string", "description": 'Setting value as a string, e.g. "1".'},
        },
    },
    "UserV1Page": {
        "title": "UserV1Page",
        "description": 'One page of the v1.0 user list. Its "more pages" flag is spelt has_mode in the one client that types the reply (a typo of has_more); both spellings are declared.\n',
        "type": "object",
        "properties": {
            "list": {"type": "array", "items": {"$ref": "AppUser"}, "description": "The users on this page."},
            "total": {"type": "integer", "description": "Number of users in the app."},
            "has_more": {"type": "boolean", "description": "Whether a later page has users."},
            "has_mode": {"type": "boolean", "description": "has_more as TuyaAPI/openapi types it (kept as sent)."},
        },
    },
    "WeatherCondition": {
        "title": "WeatherCondition",
        "description": "A weather quantity an automation condition (entity_type 3) can compare.",
        "type": "object",
        "properties": {
            "category": {
                "type": "string",
                "description": "Weather code without the $, e.g. temp; write it as $temp in a condition.",
            },
            "category_name": {"type": "string", "description": "Display name, e.g. Temperature."},
            "operators": {
                "type": "string",
                "description": 'The comparison operators allowed, as a JSON text array, e.g. ["<","==",">"]; parse it before use.',
            },
            "property": {
                "type": "object",
                "additionalProperties": True,
                "description": "Value range: type (value or enum), min, max, step and unit for numbers, range for enums.",
            },
        },
    },
    "WebRtcConfig": {
        "title": "WebRtcConfig",
        "description": "What a WebRTC client needs to reach the device's camera through Tuya's signalling.",
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Device ID."},
            "moto_id": {"type": "string", "description": "ID of the signalling service to address."},
            "auth": {"type": "string", "description": "Authorization code for the signalling session (a secret)."},
            "skill": {
                "type": "string",
                "description": "The camera's capabilities as a JSON text; parse it before use.",
            },
            "supports_webrtc": {"type": "boolean", "description": "Whether the device can stream over WebRTC at all."},
            "vedio_clarity": {
                "type": "integer",
                "description": 'Default video definition. The name is Tuya\'s, misspelt ("vedio") on the wire, so it is kept.',
            },
            "audio_attributes": {
                "title": "WebRtcAudioAttributes",
                "type": "object",
                "additionalProperties": True,
                "description": "Audio abilities: call_mode and hardware_capability, lists of numbers.",
                "properties": {
                    "call_mode": {
                        "type": "array",
                        "items": {"type": "integer"},
                        "description": "Supported call modes.",
                    },
                    "hardware_capability": {
                        "type": "array",
                        "items": {"type": "integer"},
                        "description": "Audio hardware of the device (speaker, microphone).",
                    },
                },
            },
            "p2p_config": {
                "title": "WebRtcP2pConfig",
                "type": "object",
                "additionalProperties": True,
                "description": "Peer-to-peer settings.",
                "properties": {
                    "ices": {
                        "type": "array",
                        "items": {"$ref": "WebRtcIceServer"},
                        "description": "ICE servers, STUN first.",
                    }
                },
            },
        },
    },
    "WebRtcIceServer": {
        "title": "WebRtcIceServer",
        "description": "One ICE server (STUN, TURN or Tuya's NAT helper) for a WebRTC connection.",
        "type": "object",
        "properties": {
            "urls": {"type": "string", "description": "Server address, e.g. stun:host:port or turn:host:3478."},
            "username": {"type": "string", "description": "TURN user name (TURN servers only)."},
            "credential": {
                "type": "string",
                "description": "TURN password (TURN servers only; a secret).",
                "x-tuya-sensitive": True,
            },
            "ttl": {"type": "integer", "description": "How long the credential is valid, in seconds."},
        },
    },
    "WeeklyStatistics": {
        "title": "WeeklyStatistics",
        "description": "Weekly series of one DP.",
        "type": "object",
        "properties": {
            "weeks": {
                "$ref": "StatisticValues",
                "description": "Values keyed by week, in the format of start_week/end_week.",
            }
        },
    },
}

# spec/formats.yaml: the JSON type each format refines, its range (minimum <= value < below), its words.
FORMATS: dict[str, dict[str, Any]] = {
    "timestamp-ms": {
        "type": "integer",
        "words": "13-digit Unix time in milliseconds",
        "minimum": 1000000000000,
        "below": 10000000000000,
    },
    "timestamp-s": {
        "type": "integer",
        "words": "10-digit Unix time in seconds",
        "minimum": 1000000000,
        "below": 10000000000,
    },
    "timestamp-s-or-ms": {
        "type": "integer",
        "words": "Unix time in 10-digit seconds or 13-digit milliseconds",
        "any_of": ["timestamp-s", "timestamp-ms"],
    },
    "int64": {
        "type": "integer",
        "words": "64-bit integer",
        "minimum": -9223372036854775808,
        "below": 9223372036854775808,
    },
    "int32": {"type": "integer", "words": "32-bit integer", "minimum": -2147483648, "below": 2147483648},
    "double": {"type": "number", "words": "double-precision number"},
    "date-yyyymmdd": {"type": "string", "words": "date as YYYYMMDD"},
    "time-hhmm": {"type": "string", "words": "time as HH:MM"},
    "uri": {"type": "string", "words": "URI"},
}
