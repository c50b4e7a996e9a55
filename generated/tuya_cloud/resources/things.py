# Generated from spec/groups/things.yaml by `python -m generator`; do not edit.
"""IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_GET = Operation(
    id="things.get",
    method="GET",
    path="/v2.0/cloud/thing/{device_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST = Operation(
    id="things.list",
    method="GET",
    path="/v2.0/cloud/thing/device",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="product_ids",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 5},
        ),
        Param(
            name="categories",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 5},
        ),
        Param(name="last_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 20}
        ),
    ),
)

_GET_MODEL = Operation(
    id="things.get_model",
    method="GET",
    path="/v2.0/cloud/thing/{device_id}/model",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_PROPERTIES = Operation(
    id="things.get_properties",
    method="GET",
    path="/v2.0/cloud/thing/{device_id}/shadow/properties",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="codes",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ),
    ),
)

_ISSUE_PROPERTIES = Operation(
    id="things.issue_properties",
    method="POST",
    path="/v2.0/cloud/thing/{device_id}/shadow/properties/issue",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="properties",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^\\s*\\{[\\s\\S]*\\}\\s*$"},
        ),
    ),
)

_RESET = Operation(
    id="things.reset",
    method="POST",
    path="/v2.0/cloud/thing/{device_id}/reset",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_REPORT_LOGS = Operation(
    id="things.list_report_logs",
    method="GET",
    path="/v2.0/cloud/thing/{device_id}/report-logs",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="codes",
            location="query",
            required=True,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ),
        Param(name="start_time", location="query", required=True, schema={"type": "integer", "format": "timestamp-ms"}),
        Param(name="end_time", location="query", required=True, schema={"type": "integer", "format": "timestamp-ms"}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 100}),
    ),
    pagination=Pagination(
        style="cursor",
        items="logs",
        size_param="size",
        cursor_param="last_row_key",
        next_cursor="last_row_key",
        has_more="has_more",
        total="total",
    ),
)

_LIST_LOGS = Operation(
    id="things.list_logs",
    method="GET",
    path="/v2.0/cloud/thing/{device_id}/logs",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="type",
            location="query",
            required=True,
            schema={
                "type": "array",
                "items": {"type": "integer", "enum": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]},
                "minItems": 1,
                "maxItems": 10,
                "uniqueItems": True,
            },
        ),
        Param(
            name="codes",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ),
        Param(name="start_time", location="query", required=True, schema={"type": "integer", "format": "timestamp-ms"}),
        Param(name="end_time", location="query", required=True, schema={"type": "integer", "format": "timestamp-ms"}),
        Param(name="query_type", location="query", required=True, schema={"type": "integer", "enum": [1, 2]}),
        Param(name="start_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="last_event_time",
            location="query",
            required=False,
            schema={"type": "integer", "format": "timestamp-ms"},
        ),
        Param(name="size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 100}),
    ),
    pagination=Pagination(
        style="cursor",
        items="logs",
        size_param="size",
        cursor_param="start_row_key",
        next_cursor="next_row_key",
        has_more="has_next",
    ),
)


class ThingsResource(Resource):
    """IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code."""

    __slots__ = ()

    def get(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Thing:
        """Get a device's details (IoT Core v2.0).

        Returns one device with its names, key, location and times; online state is `is_online`. The IoT
        Core details call Tuya recommends for new projects; iot_devices.get_v1_1 and devices.get read the
        same device in the older families' shapes.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-management?id=Kcp2l2v9wma0m
        """
        return cast(
            "models.Thing",
            self._client.call(
                _GET,
                {"device_id": device_id},
                models.Thing,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        page_size: int,
        product_ids: Sequence[str] | None = None,
        categories: Sequence[str] | None = None,
        last_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Thing]:
        """List the project's devices, 20 at a time (IoT Core v2.0).

        Lists the devices of the cloud project, optionally of some products or categories. The reply is a
        plain list: pass the ID of the last device as last_id to get the next page, until a page comes back
        shorter than page_size. The project-wide list Tuya recommends for new projects; iot_devices.list
        selects by asset, app or user instead.

        Args:
            page_size: Devices per page, 1 to 20. 1..20.
            product_ids: Only devices of these products (sent comma-separated), at most 5. 1 to 5 items.
                Optional.
            categories: Only devices of these category codes (sent comma-separated), at most 5. 1 to 5
                items. Optional.
            last_id: ID of the last device of the previous page; omit for the first page. Not empty.
                Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The devices of this page.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/734e8088a6?id=Kcspwthd1f5tb
        """
        return cast(
            "builtins.list[models.Thing]",
            self._client.call(
                _LIST,
                {"page_size": page_size, "product_ids": product_ids, "categories": categories, "last_id": last_id},
                builtins.list[models.Thing],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_model(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ThingModel:
        """Get a device's thing model (IoT Core v2.0).

        Returns the thing model of the device's product as JSON text: its properties with DP ids
        (abilityId), access modes and types, and its actions and events. Decode `model` with json.loads. At
        most 10 calls per second per project.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The model, as JSON text.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/bd68171262?id=Kcp4utbhzzfgo
        """
        return cast(
            "models.ThingModel",
            self._client.call(
                _GET_MODEL,
                {"device_id": device_id},
                models.ThingModel,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_properties(
        self,
        *,
        device_id: str,
        codes: Sequence[str] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ShadowProperties:
        """Get a device's shadow - reported value, DP id and time of each property (IoT Core v2.0).

        Returns the latest reported value of each property (or of the codes asked for), with its DP id and
        report time in milliseconds. The status call Tuya recommends for new projects when DP ids matter;
        iot_device_control.get_status and devices.get_status report the same values by code. At most 50
        calls per second per project.

        Args:
            device_id: Device ID.
            codes: Only these property codes (sent comma-separated); every property when omitted. At least 1
                item. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The shadow.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/116cc8bf6f?id=Kcp2kwfrpe719
        """
        return cast(
            "models.ShadowProperties",
            self._client.call(
                _GET_PROPERTIES,
                {"device_id": device_id, "codes": codes},
                models.ShadowProperties,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def issue_properties(
        self,
        *,
        device_id: str,
        properties: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> dict[str, Any]:
        """Set properties of a device by code (IoT Core v2.0).

        Sets one or more properties, given as JSON text of an object from code to value, e.g. the string
        '{"switch_1":true}' (json.dumps of a dict); the values change the same status that the iot-03 and
        smart-home calls report. The device must be online. At most 4 calls per second per project. Not
        retried automatically: a duplicate could step a device twice.

        Args:
            device_id: Device ID.
            properties: JSON text of an object from property code to value, e.g. '{"switch_1":true}'. Must
                match `^\\s*\\{[\\s\\S]*\\}\\s*$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            An empty object when Tuya accepted the properties.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c057ad5cfd?id=Kcp2kxdzftp91
        """
        return cast(
            "dict[str, Any]",
            self._client.call(
                _ISSUE_PROPERTIES,
                {"device_id": device_id, "properties": properties},
                dict[str, Any],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def reset(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Restore a device's factory settings and unbind it from the project (IoT Core v2.0).

        Resets the device to its factory settings and removes it from the project; it has to be paired
        again. devices.reset_factory resets a device and keeps it bound.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was reset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/187da401c3?id=Kdxgo79cahxze
        """
        return cast(
            "bool",
            self._client.call(
                _RESET,
                {"device_id": device_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_report_logs(
        self,
        *,
        device_id: str,
        codes: Sequence[str],
        start_time: int,
        end_time: int,
        size: int,
        last_row_key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ReportLogPage:
        """List a device's status reports of some properties, page by page (IoT Core v2.0).

        Returns what the device reported for the given property codes between two times (13-digit
        milliseconds), newest first, with a row-key cursor: pass each reply's last_row_key back until
        has_more is false. For every kind of event (online, commands, resets, ...) use devices.list_logs.

        Args:
            device_id: Device ID.
            codes: Property codes to list (sent comma-separated). At least 1 item.
            start_time: Start of the window (13-digit Unix milliseconds). 13-digit Unix time in
                milliseconds.
            end_time: End of the window (13-digit Unix milliseconds). 13-digit Unix time in milliseconds.
            size: Reports per page, 1 to 100 (Tuya recommends under 100; 20 in its example). 1..100.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of reports with the cursor for the next.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-management?id=Kcp2l1a9zj0i3
        """
        return cast(
            "models.ReportLogPage",
            self._client.call(
                _LIST_REPORT_LOGS,
                {
                    "device_id": device_id,
                    "codes": codes,
                    "start_time": start_time,
                    "end_time": end_time,
                    "size": size,
                    "last_row_key": last_row_key,
                },
                models.ReportLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_report_logs(
        self,
        *,
        device_id: str,
        codes: Sequence[str],
        start_time: int,
        end_time: int,
        size: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.ReportLogEntry]:
        """Iterate over every item of every page of `list_report_logs`.

        Takes the same arguments as `list_report_logs` except `last_row_key`, which it drives itself, and
        stops at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.ReportLogEntry]",
            self._client.paginate(
                _LIST_REPORT_LOGS,
                {"device_id": device_id, "codes": codes, "start_time": start_time, "end_time": end_time, "size": size},
                models.ReportLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_logs(
        self,
        *,
        device_id: str,
        type: Sequence[Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        start_time: int,
        end_time: int,
        query_type: Literal[1, 2],
        size: int,
        codes: Sequence[str] | None = None,
        start_row_key: str | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceLogPage:
        """Query a device's event log (IoT Core v2.0).

        Returns the device's events (online/offline, activation, reset, commands, firmware upgrades, DP
        reports, restarts, timers) between two millisecond timestamps, as devices.list_logs does, from the
        IoT Core path Tuya lists for new projects; the same event codes 1-10 in `type` and in event_id, and
        the same paging (free edition: start_row_key/next_row_key; paid edition: last_row_key plus
        last_event_time). Both read the same log.

        Args:
            device_id: Device ID.
            type: Event types to return, integers 1-10 (as devices.list_logs); sent comma-separated. 1 to 10
                items. No repeats.
            start_time: Start of the window (13-digit Unix milliseconds). 13-digit Unix time in
                milliseconds.
            end_time: End of the window (13-digit Unix milliseconds). 13-digit Unix time in milliseconds.
            query_type: 1 = free edition, 2 = paid edition (longer retention, different paging). One of 1,
                2.
            size: Entries per page, at most 100 (20 in the page's example). 1..100.
            codes: Return only events of these DP codes (sent comma-separated). At least 1 item. Optional.
            start_row_key: Free edition: next_row_key of the previous page; omit for the first page. Not
                empty. Optional.
            last_row_key: Paid edition: row key of the last entry of the previous page; omit for the first
                page. Not empty. Optional.
            last_event_time: Paid edition: event_time of the last entry of the previous page (13-digit ms).
                13-digit Unix time in milliseconds. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of log entries.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/bdc1e6f858?id=Kdxgo744q4f7r
        """
        return cast(
            "models.DeviceLogPage",
            self._client.call(
                _LIST_LOGS,
                {
                    "device_id": device_id,
                    "type": type,
                    "start_time": start_time,
                    "end_time": end_time,
                    "query_type": query_type,
                    "size": size,
                    "codes": codes,
                    "start_row_key": start_row_key,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                },
                models.DeviceLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_logs(
        self,
        *,
        device_id: str,
        type: Sequence[Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        start_time: int,
        end_time: int,
        query_type: Literal[1, 2],
        size: int,
        codes: Sequence[str] | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.DeviceLogEntry]:
        """Iterate over every item of every page of `list_logs`.

        Takes the same arguments as `list_logs` except `start_row_key`, which it drives itself, and stops at
        the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.DeviceLogEntry]",
            self._client.paginate(
                _LIST_LOGS,
                {
                    "device_id": device_id,
                    "type": type,
                    "start_time": start_time,
                    "end_time": end_time,
                    "query_type": query_type,
                    "size": size,
                    "codes": codes,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                },
                models.DeviceLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncThingsResource(AsyncResource):
    """IoT Core thing model (v2.0) (async): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code."""

    __slots__ = ()

    async def get(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Thing:
        """Get a device's details (IoT Core v2.0).

        Returns one device with its names, key, location and times; online state is `is_online`. The IoT
        Core details call Tuya recommends for new projects; iot_devices.get_v1_1 and devices.get read the
        same device in the older families' shapes.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-management?id=Kcp2l2v9wma0m
        """
        return cast(
            "models.Thing",
            await self._client.call(
                _GET,
                {"device_id": device_id},
                lambda: models.Thing,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        page_size: int,
        product_ids: Sequence[str] | None = None,
        categories: Sequence[str] | None = None,
        last_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Thing]:
        """List the project's devices, 20 at a time (IoT Core v2.0).

        Lists the devices of the cloud project, optionally of some products or categories. The reply is a
        plain list: pass the ID of the last device as last_id to get the next page, until a page comes back
        shorter than page_size. The project-wide list Tuya recommends for new projects; iot_devices.list
        selects by asset, app or user instead.

        Args:
            page_size: Devices per page, 1 to 20. 1..20.
            product_ids: Only devices of these products (sent comma-separated), at most 5. 1 to 5 items.
                Optional.
            categories: Only devices of these category codes (sent comma-separated), at most 5. 1 to 5
                items. Optional.
            last_id: ID of the last device of the previous page; omit for the first page. Not empty.
                Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The devices of this page.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/734e8088a6?id=Kcspwthd1f5tb
        """
        return cast(
            "builtins.list[models.Thing]",
            await self._client.call(
                _LIST,
                {"page_size": page_size, "product_ids": product_ids, "categories": categories, "last_id": last_id},
                lambda: builtins.list[models.Thing],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_model(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ThingModel:
        """Get a device's thing model (IoT Core v2.0).

        Returns the thing model of the device's product as JSON text: its properties with DP ids
        (abilityId), access modes and types, and its actions and events. Decode `model` with json.loads. At
        most 10 calls per second per project.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The model, as JSON text.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/bd68171262?id=Kcp4utbhzzfgo
        """
        return cast(
            "models.ThingModel",
            await self._client.call(
                _GET_MODEL,
                {"device_id": device_id},
                lambda: models.ThingModel,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_properties(
        self,
        *,
        device_id: str,
        codes: Sequence[str] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ShadowProperties:
        """Get a device's shadow - reported value, DP id and time of each property (IoT Core v2.0).

        Returns the latest reported value of each property (or of the codes asked for), with its DP id and
        report time in milliseconds. The status call Tuya recommends for new projects when DP ids matter;
        iot_device_control.get_status and devices.get_status report the same values by code. At most 50
        calls per second per project.

        Args:
            device_id: Device ID.
            codes: Only these property codes (sent comma-separated); every property when omitted. At least 1
                item. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The shadow.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/116cc8bf6f?id=Kcp2kwfrpe719
        """
        return cast(
            "models.ShadowProperties",
            await self._client.call(
                _GET_PROPERTIES,
                {"device_id": device_id, "codes": codes},
                lambda: models.ShadowProperties,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def issue_properties(
        self,
        *,
        device_id: str,
        properties: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> dict[str, Any]:
        """Set properties of a device by code (IoT Core v2.0).

        Sets one or more properties, given as JSON text of an object from code to value, e.g. the string
        '{"switch_1":true}' (json.dumps of a dict); the values change the same status that the iot-03 and
        smart-home calls report. The device must be online. At most 4 calls per second per project. Not
        retried automatically: a duplicate could step a device twice.

        Args:
            device_id: Device ID.
            properties: JSON text of an object from property code to value, e.g. '{"switch_1":true}'. Must
                match `^\\s*\\{[\\s\\S]*\\}\\s*$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            An empty object when Tuya accepted the properties.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c057ad5cfd?id=Kcp2kxdzftp91
        """
        return cast(
            "dict[str, Any]",
            await self._client.call(
                _ISSUE_PROPERTIES,
                {"device_id": device_id, "properties": properties},
                lambda: dict[str, Any],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def reset(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Restore a device's factory settings and unbind it from the project (IoT Core v2.0).

        Resets the device to its factory settings and removes it from the project; it has to be paired
        again. devices.reset_factory resets a device and keeps it bound.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was reset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/187da401c3?id=Kdxgo79cahxze
        """
        return cast(
            "bool",
            await self._client.call(
                _RESET,
                {"device_id": device_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_report_logs(
        self,
        *,
        device_id: str,
        codes: Sequence[str],
        start_time: int,
        end_time: int,
        size: int,
        last_row_key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.ReportLogPage:
        """List a device's status reports of some properties, page by page (IoT Core v2.0).

        Returns what the device reported for the given property codes between two times (13-digit
        milliseconds), newest first, with a row-key cursor: pass each reply's last_row_key back until
        has_more is false. For every kind of event (online, commands, resets, ...) use devices.list_logs.

        Args:
            device_id: Device ID.
            codes: Property codes to list (sent comma-separated). At least 1 item.
            start_time: Start of the window (13-digit Unix milliseconds). 13-digit Unix time in
                milliseconds.
            end_time: End of the window (13-digit Unix milliseconds). 13-digit Unix time in milliseconds.
            size: Reports per page, 1 to 100 (Tuya recommends under 100; 20 in its example). 1..100.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of reports with the cursor for the next.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-management?id=Kcp2l1a9zj0i3
        """
        return cast(
            "models.ReportLogPage",
            await self._client.call(
                _LIST_REPORT_LOGS,
                {
                    "device_id": device_id,
                    "codes": codes,
                    "start_time": start_time,
                    "end_time": end_time,
                    "size": size,
                    "last_row_key": last_row_key,
                },
                lambda: models.ReportLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_report_logs(
        self,
        *,
        device_id: str,
        codes: Sequence[str],
        start_time: int,
        end_time: int,
        size: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.ReportLogEntry]:
        """Iterate over every item of every page of `list_report_logs`.

        Takes the same arguments as `list_report_logs` except `last_row_key`, which it drives itself, and
        stops at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.ReportLogEntry]",
            self._client.paginate(
                _LIST_REPORT_LOGS,
                {"device_id": device_id, "codes": codes, "start_time": start_time, "end_time": end_time, "size": size},
                lambda: models.ReportLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_logs(
        self,
        *,
        device_id: str,
        type: Sequence[Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        start_time: int,
        end_time: int,
        query_type: Literal[1, 2],
        size: int,
        codes: Sequence[str] | None = None,
        start_row_key: str | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceLogPage:
        """Query a device's event log (IoT Core v2.0).

        Returns the device's events (online/offline, activation, reset, commands, firmware upgrades, DP
        reports, restarts, timers) between two millisecond timestamps, as devices.list_logs does, from the
        IoT Core path Tuya lists for new projects; the same event codes 1-10 in `type` and in event_id, and
        the same paging (free edition: start_row_key/next_row_key; paid edition: last_row_key plus
        last_event_time). Both read the same log.

        Args:
            device_id: Device ID.
            type: Event types to return, integers 1-10 (as devices.list_logs); sent comma-separated. 1 to 10
                items. No repeats.
            start_time: Start of the window (13-digit Unix milliseconds). 13-digit Unix time in
                milliseconds.
            end_time: End of the window (13-digit Unix milliseconds). 13-digit Unix time in milliseconds.
            query_type: 1 = free edition, 2 = paid edition (longer retention, different paging). One of 1,
                2.
            size: Entries per page, at most 100 (20 in the page's example). 1..100.
            codes: Return only events of these DP codes (sent comma-separated). At least 1 item. Optional.
            start_row_key: Free edition: next_row_key of the previous page; omit for the first page. Not
                empty. Optional.
            last_row_key: Paid edition: row key of the last entry of the previous page; omit for the first
                page. Not empty. Optional.
            last_event_time: Paid edition: event_time of the last entry of the previous page (13-digit ms).
                13-digit Unix time in milliseconds. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of log entries.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/bdc1e6f858?id=Kdxgo744q4f7r
        """
        return cast(
            "models.DeviceLogPage",
            await self._client.call(
                _LIST_LOGS,
                {
                    "device_id": device_id,
                    "type": type,
                    "start_time": start_time,
                    "end_time": end_time,
                    "query_type": query_type,
                    "size": size,
                    "codes": codes,
                    "start_row_key": start_row_key,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                },
                lambda: models.DeviceLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_logs(
        self,
        *,
        device_id: str,
        type: Sequence[Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        start_time: int,
        end_time: int,
        query_type: Literal[1, 2],
        size: int,
        codes: Sequence[str] | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.DeviceLogEntry]:
        """Iterate over every item of every page of `list_logs`.

        Takes the same arguments as `list_logs` except `start_row_key`, which it drives itself, and stops at
        the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.DeviceLogEntry]",
            self._client.paginate(
                _LIST_LOGS,
                {
                    "device_id": device_id,
                    "type": type,
                    "start_time": start_time,
                    "end_time": end_time,
                    "query_type": query_type,
                    "size": size,
                    "codes": codes,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                },
                lambda: models.DeviceLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
