# Generated from spec/groups/automations.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import AutomationAction


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
