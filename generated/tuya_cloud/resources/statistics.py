# Generated from spec/groups/statistics.yaml by `python -m generator`; do not edit.
"""Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele)."""

from __future__ import annotations

from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_TYPES = Operation(
    id="statistics.list_types",
    method="GET",
    path="/v1.0/devices/{device_id}/all-statistic-type",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_GET_TOTAL = Operation(
    id="statistics.get_total",
    method="GET",
    path="/v1.0/devices/{device_id}/statistics/total",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_LIST_QUARTER_HOURS = Operation(
    id="statistics.list_quarter_hours",
    method="GET",
    path="/v1.0/devices/{device_id}/statistics/quarters",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="start_minute",
            location="query",
            required=True,
            schema={
                "type": "string",
                "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$",
            },
        ),
        Param(
            name="end_minute",
            location="query",
            required=True,
            schema={
                "type": "string",
                "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$",
            },
        ),
    ),
)

_LIST_HOURLY = Operation(
    id="statistics.list_hourly",
    method="GET",
    path="/v1.0/devices/{device_id}/statistics/hours",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="start_hour",
            location="query",
            required=True,
            schema={"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$"},
        ),
        Param(
            name="end_hour",
            location="query",
            required=True,
            schema={"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$"},
        ),
        Param(name="stat_type", location="query", required=False, schema={"$ref": "StatisticAggregation"}),
    ),
)

_LIST_DAILY = Operation(
    id="statistics.list_daily",
    method="GET",
    path="/v1.0/devices/{device_id}/statistics/days",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="start_day",
            location="query",
            required=True,
            schema={
                "type": "string",
                "format": "date-yyyymmdd",
                "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
            },
        ),
        Param(
            name="end_day",
            location="query",
            required=True,
            schema={
                "type": "string",
                "format": "date-yyyymmdd",
                "pattern": "^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$",
            },
        ),
        Param(name="stat_type", location="query", required=False, schema={"$ref": "StatisticAggregation"}),
    ),
)

_LIST_WEEKLY = Operation(
    id="statistics.list_weekly",
    method="GET",
    path="/v1.0/devices/{device_id}/statistics/weeks",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="start_week", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="end_week", location="query", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_LIST_MONTHLY = Operation(
    id="statistics.list_monthly",
    method="GET",
    path="/v1.0/devices/{device_id}/statistics/months",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="start_month",
            location="query",
            required=True,
            schema={"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])$"},
        ),
        Param(
            name="end_month",
            location="query",
            required=True,
            schema={"type": "string", "pattern": "^[0-9]{4}(0[1-9]|1[0-2])$"},
        ),
    ),
)

_GET_PRODUCT_OVERVIEW = Operation(
    id="statistics.get_product_overview",
    method="GET",
    path="/v1.0/statistics-datas-survey",
    auth="token",
    retry_safe=True,
    params=(Param(name="product_id", location="query", required=False, schema={"type": "string", "minLength": 1}),),
)


class StatisticsResource(Resource):
    """Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele)."""

    __slots__ = ()

    def list_types(
        self,
        *,
        device_id: str,
        code: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.StatisticType]:
        """List the DPs of a device that have statistics, with their aggregation.

        Returns each DP of the device for which the cloud keeps statistics together with its aggregation
        (e.g. add_ele with sum). An empty list means statistics are not enabled for the product. Use the
        returned code with the other statistics calls.

        Args:
            device_id: Device ID.
            code: Restrict the answer to one DP code; all DPs when omitted. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per DP with statistics.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "list[models.StatisticType]",
            self._client.call(
                _LIST_TYPES,
                {"device_id": device_id, "code": code},
                list[models.StatisticType],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_total(
        self,
        *,
        device_id: str,
        code: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.StatisticTotal:
        """Get the lifetime total of a DP.

        Returns the cumulative value of one DP over the device's whole history, e.g. the total energy
        recorded by add_ele.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The total.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.StatisticTotal",
            self._client.call(
                _GET_TOTAL,
                {"device_id": device_id, "code": code},
                models.StatisticTotal,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_quarter_hours(
        self,
        *,
        device_id: str,
        code: str,
        start_minute: str,
        end_minute: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.QuarterHourStatistics:
        """Get 15-minute values of a DP.

        Returns the DP's aggregate for every 15-minute period between start_minute and end_minute (up to 96
        values a day). Tuya's list calls it "get data by minutes"; the periods are quarter hours. Clients
        query one day per call (0000 to 2345).

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_minute: First period, yyyyMMddHHmm on a quarter hour (e.g. 202305110000). Keep start and
                end on the same day; the exact span Tuya accepts is not documented. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$`.
            end_minute: Last period, yyyyMMddHHmm on a quarter hour (e.g. 202305112345). Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `quarters`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.QuarterHourStatistics",
            self._client.call(
                _LIST_QUARTER_HOURS,
                {"device_id": device_id, "code": code, "start_minute": start_minute, "end_minute": end_minute},
                models.QuarterHourStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_hourly(
        self,
        *,
        device_id: str,
        code: str,
        start_hour: str,
        end_hour: str,
        stat_type: Literal["sum", "avg", "max", "min", "minux", "count", "recent"] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.HourlyStatistics:
        """Get hourly values of a DP.

        Returns the DP's aggregate for every hour between start_hour and end_hour. Clients query one day per
        call (hours 00 to 23).

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_hour: First hour, yyyyMMddHH (e.g. 2023051100). Keep start and end within one day; the
                exact span Tuya accepts is not documented. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$`.
            end_hour: Last hour, yyyyMMddHH (e.g. 2023051123). Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$`.
            stat_type: Aggregation to apply; the DP's configured one (see list_types) when omitted. One of
                "sum", "avg", "max", "min", "minux", "count", "recent". Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `hours`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.HourlyStatistics",
            self._client.call(
                _LIST_HOURLY,
                {
                    "device_id": device_id,
                    "code": code,
                    "start_hour": start_hour,
                    "end_hour": end_hour,
                    "stat_type": stat_type,
                },
                models.HourlyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_daily(
        self,
        *,
        device_id: str,
        code: str,
        start_day: str,
        end_day: str,
        stat_type: Literal["sum", "avg", "max", "min", "minux", "count", "recent"] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DailyStatistics:
        """Get daily values of a DP.

        Returns the DP's aggregate for every day between start_day and end_day, e.g. the energy used per
        day. Clients query at most one calendar month per call.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_day: First day, yyyyMMdd (e.g. 20230501). The exact span Tuya accepts is not documented;
                keep it to about a month. Date as YYYYMMDD. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$`.
            end_day: Last day, yyyyMMdd (e.g. 20230531). Date as YYYYMMDD. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$`.
            stat_type: Aggregation to apply; the DP's configured one (see list_types) when omitted. One of
                "sum", "avg", "max", "min", "minux", "count", "recent". Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `days`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.DailyStatistics",
            self._client.call(
                _LIST_DAILY,
                {
                    "device_id": device_id,
                    "code": code,
                    "start_day": start_day,
                    "end_day": end_day,
                    "stat_type": stat_type,
                },
                models.DailyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_weekly(
        self,
        *,
        device_id: str,
        code: str,
        start_week: str,
        end_week: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.WeeklyStatistics:
        """Get weekly values of a DP.

        Returns the DP's aggregate for every week between start_week and end_week. Listed on Tuya's page,
        but the week format was not pinned down: check it against a real device before relying on this call.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_week: First week. The format is not documented in what we could read; presumably year and
                ISO week number, yyyyWW (e.g. 202318), the only shape the fake cloud's world answers (others
                get 1109). Not empty.
            end_week: Last week, in the same format as start_week. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `weeks` (key name inferred from the sibling calls).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.WeeklyStatistics",
            self._client.call(
                _LIST_WEEKLY,
                {"device_id": device_id, "code": code, "start_week": start_week, "end_week": end_week},
                models.WeeklyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_monthly(
        self,
        *,
        device_id: str,
        code: str,
        start_month: str,
        end_month: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.MonthlyStatistics:
        """Get monthly values of a DP.

        Returns the DP's aggregate for every month between start_month and end_month, e.g. the energy used
        per month. Clients keep both months in the same calendar year.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_month: First month, yyyyMM (e.g. 202301); use the same year as end_month. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])$`.
            end_month: Last month, yyyyMM (e.g. 202312). Must match `^[0-9]{4}(0[1-9]|1[0-2])$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `months`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.MonthlyStatistics",
            self._client.call(
                _LIST_MONTHLY,
                {"device_id": device_id, "code": code, "start_month": start_month, "end_month": end_month},
                models.MonthlyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_product_overview(
        self,
        *,
        product_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ProductDataOverview:
        """Get the data overview of a product.

        Returns today's, yesterday's and total counts of activated devices, app users, feedback and device
        faults for one product, or for all of the project's products when product_id is left out. The counts
        are strings.

        Args:
            product_id: Product ID; leave out for all of the project's products. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The overview.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/fa18fb10fa?id=Kay35qduzbyv6
        """
        return cast(
            "models.ProductDataOverview",
            self._client.call(
                _GET_PRODUCT_OVERVIEW,
                {"product_id": product_id},
                models.ProductDataOverview,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncStatisticsResource(AsyncResource):
    """Device data statistics (async): Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele)."""

    __slots__ = ()

    async def list_types(
        self,
        *,
        device_id: str,
        code: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.StatisticType]:
        """List the DPs of a device that have statistics, with their aggregation.

        Returns each DP of the device for which the cloud keeps statistics together with its aggregation
        (e.g. add_ele with sum). An empty list means statistics are not enabled for the product. Use the
        returned code with the other statistics calls.

        Args:
            device_id: Device ID.
            code: Restrict the answer to one DP code; all DPs when omitted. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per DP with statistics.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "list[models.StatisticType]",
            await self._client.call(
                _LIST_TYPES,
                {"device_id": device_id, "code": code},
                lambda: list[models.StatisticType],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_total(
        self,
        *,
        device_id: str,
        code: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.StatisticTotal:
        """Get the lifetime total of a DP.

        Returns the cumulative value of one DP over the device's whole history, e.g. the total energy
        recorded by add_ele.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The total.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.StatisticTotal",
            await self._client.call(
                _GET_TOTAL,
                {"device_id": device_id, "code": code},
                lambda: models.StatisticTotal,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_quarter_hours(
        self,
        *,
        device_id: str,
        code: str,
        start_minute: str,
        end_minute: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.QuarterHourStatistics:
        """Get 15-minute values of a DP.

        Returns the DP's aggregate for every 15-minute period between start_minute and end_minute (up to 96
        values a day). Tuya's list calls it "get data by minutes"; the periods are quarter hours. Clients
        query one day per call (0000 to 2345).

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_minute: First period, yyyyMMddHHmm on a quarter hour (e.g. 202305110000). Keep start and
                end on the same day; the exact span Tuya accepts is not documented. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$`.
            end_minute: Last period, yyyyMMddHHmm on a quarter hour (e.g. 202305112345). Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])(00|15|30|45)$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `quarters`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.QuarterHourStatistics",
            await self._client.call(
                _LIST_QUARTER_HOURS,
                {"device_id": device_id, "code": code, "start_minute": start_minute, "end_minute": end_minute},
                lambda: models.QuarterHourStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_hourly(
        self,
        *,
        device_id: str,
        code: str,
        start_hour: str,
        end_hour: str,
        stat_type: Literal["sum", "avg", "max", "min", "minux", "count", "recent"] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.HourlyStatistics:
        """Get hourly values of a DP.

        Returns the DP's aggregate for every hour between start_hour and end_hour. Clients query one day per
        call (hours 00 to 23).

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_hour: First hour, yyyyMMddHH (e.g. 2023051100). Keep start and end within one day; the
                exact span Tuya accepts is not documented. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$`.
            end_hour: Last hour, yyyyMMddHH (e.g. 2023051123). Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])$`.
            stat_type: Aggregation to apply; the DP's configured one (see list_types) when omitted. One of
                "sum", "avg", "max", "min", "minux", "count", "recent". Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `hours`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.HourlyStatistics",
            await self._client.call(
                _LIST_HOURLY,
                {
                    "device_id": device_id,
                    "code": code,
                    "start_hour": start_hour,
                    "end_hour": end_hour,
                    "stat_type": stat_type,
                },
                lambda: models.HourlyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_daily(
        self,
        *,
        device_id: str,
        code: str,
        start_day: str,
        end_day: str,
        stat_type: Literal["sum", "avg", "max", "min", "minux", "count", "recent"] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DailyStatistics:
        """Get daily values of a DP.

        Returns the DP's aggregate for every day between start_day and end_day, e.g. the energy used per
        day. Clients query at most one calendar month per call.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_day: First day, yyyyMMdd (e.g. 20230501). The exact span Tuya accepts is not documented;
                keep it to about a month. Date as YYYYMMDD. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$`.
            end_day: Last day, yyyyMMdd (e.g. 20230531). Date as YYYYMMDD. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$`.
            stat_type: Aggregation to apply; the DP's configured one (see list_types) when omitted. One of
                "sum", "avg", "max", "min", "minux", "count", "recent". Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `days`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.DailyStatistics",
            await self._client.call(
                _LIST_DAILY,
                {
                    "device_id": device_id,
                    "code": code,
                    "start_day": start_day,
                    "end_day": end_day,
                    "stat_type": stat_type,
                },
                lambda: models.DailyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_weekly(
        self,
        *,
        device_id: str,
        code: str,
        start_week: str,
        end_week: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.WeeklyStatistics:
        """Get weekly values of a DP.

        Returns the DP's aggregate for every week between start_week and end_week. Listed on Tuya's page,
        but the week format was not pinned down: check it against a real device before relying on this call.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_week: First week. The format is not documented in what we could read; presumably year and
                ISO week number, yyyyWW (e.g. 202318), the only shape the fake cloud's world answers (others
                get 1109). Not empty.
            end_week: Last week, in the same format as start_week. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `weeks` (key name inferred from the sibling calls).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.WeeklyStatistics",
            await self._client.call(
                _LIST_WEEKLY,
                {"device_id": device_id, "code": code, "start_week": start_week, "end_week": end_week},
                lambda: models.WeeklyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_monthly(
        self,
        *,
        device_id: str,
        code: str,
        start_month: str,
        end_month: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.MonthlyStatistics:
        """Get monthly values of a DP.

        Returns the DP's aggregate for every month between start_month and end_month, e.g. the energy used
        per month. Clients keep both months in the same calendar year.

        Args:
            device_id: Device ID.
            code: DP code with statistics enabled (see list_types), e.g. add_ele. Not empty.
            start_month: First month, yyyyMM (e.g. 202301); use the same year as end_month. Must match
                `^[0-9]{4}(0[1-9]|1[0-2])$`.
            end_month: Last month, yyyyMM (e.g. 202312). Must match `^[0-9]{4}(0[1-9]|1[0-2])$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The series under `months`.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-data-statistic?id=Ka7g7nvnad1rm
        """
        return cast(
            "models.MonthlyStatistics",
            await self._client.call(
                _LIST_MONTHLY,
                {"device_id": device_id, "code": code, "start_month": start_month, "end_month": end_month},
                lambda: models.MonthlyStatistics,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_product_overview(
        self,
        *,
        product_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ProductDataOverview:
        """Get the data overview of a product.

        Returns today's, yesterday's and total counts of activated devices, app users, feedback and device
        faults for one product, or for all of the project's products when product_id is left out. The counts
        are strings.

        Args:
            product_id: Product ID; leave out for all of the project's products. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The overview.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/fa18fb10fa?id=Kay35qduzbyv6
        """
        return cast(
            "models.ProductDataOverview",
            await self._client.call(
                _GET_PRODUCT_OVERVIEW,
                {"product_id": product_id},
                lambda: models.ProductDataOverview,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
