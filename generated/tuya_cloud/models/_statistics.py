# Generated from spec/groups/statistics.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from .._runtime.models import TuyaModel


class DailyStatistics(TuyaModel):
    """
    Daily series of one DP.
    """

    days: Annotated[dict[str, str] | None, Field(description="Values keyed by day, yyyyMMdd.")] = None


class HourlyStatistics(TuyaModel):
    """
    Hourly series of one DP.
    """

    hours: Annotated[dict[str, str] | None, Field(description="Values keyed by hour, yyyyMMddHH.")] = None


class MonthlyStatistics(TuyaModel):
    """
    Monthly series of one DP.
    """

    months: Annotated[dict[str, str] | None, Field(description="Values keyed by month, yyyyMM.")] = None


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


class WeeklyStatistics(TuyaModel):
    """
    Weekly series of one DP.
    """

    weeks: Annotated[
        dict[str, str] | None, Field(description="Values keyed by week, in the format of start_week/end_week.")
    ] = None
