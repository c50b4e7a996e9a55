# Generated from spec/groups/device_timers.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import DataPoint


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


class TimerCategory(TuyaModel):
    """
    One category of a device's timers with its groups.
    """

    category: TimerCategoryState | None = None
    groups: Annotated[list[TimerGroup] | None, Field(description="Timer groups of this category.")] = None
