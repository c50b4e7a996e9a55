# Generated from spec/groups/statistics.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

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
