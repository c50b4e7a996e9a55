# Generated from spec/groups/devices.yaml by `python -m generator`; do not edit.
"""Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_SUB_DEVICES = Operation(
    id="devices.list_sub_devices",
    method="GET",
    path="/v1.0/devices/{device_id}/sub-devices",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_FACTORY_INFOS = Operation(
    id="devices.list_factory_infos",
    method="GET",
    path="/v1.0/devices/factory-infos",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="device_ids",
            location="query",
            required=True,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20},
        ),
    ),
)

_LIST = Operation(
    id="devices.list",
    method="GET",
    path="/v1.0/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="device_ids",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ),
        Param(name="product_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="schema", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="last_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="page_no", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(name="start_time", location="query", required=False, schema={"type": "integer", "format": "timestamp-s"}),
        Param(name="end_time", location="query", required=False, schema={"type": "integer", "format": "timestamp-s"}),
    ),
    pagination=Pagination(
        style="page_number", items="devices", page_param="page_no", first_page=1, size_param="page_size", total="total"
    ),
)

_RENAME = Operation(
    id="devices.rename",
    method="PUT",
    path="/v1.0/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_LIST_LOGS = Operation(
    id="devices.list_logs",
    method="GET",
    path="/v1.0/devices/{device_id}/logs",
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
        Param(name="query_type", location="query", required=False, schema={"type": "integer", "enum": [1, 2]}),
        Param(name="start_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="last_event_time",
            location="query",
            required=False,
            schema={"type": "integer", "format": "timestamp-ms"},
        ),
        Param(name="size", location="query", required=False, schema={"type": "integer", "minimum": 1, "maximum": 100}),
    ),
    pagination=Pagination(
        style="cursor", items="logs", cursor_param="start_row_key", next_cursor="next_row_key", has_more="has_next"
    ),
)

_RESET_FACTORY = Operation(
    id="devices.reset_factory",
    method="PUT",
    path="/v1.0/devices/{device_id}/reset-factory",
    auth="token",
    retry_safe=False,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET = Operation(
    id="devices.get",
    method="GET",
    path="/v1.0/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_DELETE = Operation(
    id="devices.delete",
    method="DELETE",
    path="/v1.0/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_FOR_USER = Operation(
    id="devices.list_for_user",
    method="GET",
    path="/v1.0/users/{uid}/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="uid", location="path", required=True, schema={"type": "string"}),
        Param(
            name="from",
            location="query",
            required=False,
            schema={"type": "string", "enum": ["home", "share", "sharing"]},
        ),
        Param(name="page_no", location="query", required=False, schema={"type": "integer", "minimum": 1}),
        Param(name="page_size", location="query", required=False, schema={"type": "integer", "minimum": 1}),
    ),
    pagination=Pagination(style="page_number", items=".", page_param="page_no", first_page=1, size_param="page_size"),
)

_GET_STATUS = Operation(
    id="devices.get_status",
    method="GET",
    path="/v1.0/devices/{device_id}/status",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_V2 = Operation(
    id="devices.list_v2",
    method="GET",
    path="/v2.0/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="device_ids",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ),
        Param(name="product_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="schema", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="size", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(
            name="start_update_time",
            location="query",
            required=False,
            schema={"type": "integer", "format": "timestamp-s"},
        ),
        Param(
            name="end_update_time",
            location="query",
            required=False,
            schema={"type": "integer", "format": "timestamp-s"},
        ),
    ),
    pagination=Pagination(
        style="cursor",
        items="devices",
        size_param="size",
        cursor_param="last_row_key",
        next_cursor="last_row_key",
        has_more="has_more",
        total="total",
    ),
)

_LIST_STATUS = Operation(
    id="devices.list_status",
    method="GET",
    path="/v1.0/devices/status",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="device_ids",
            location="query",
            required=True,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20},
        ),
    ),
)


class DevicesResource(Resource):
    """Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices."""

    __slots__ = ()

    def list_sub_devices(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.SubDevice]:
        """List the sub-devices of a gateway.

        Returns the sub-devices (for example Zigbee devices) currently bound to a gateway.

        Args:
            device_id: Device ID of the gateway.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The gateway's sub-devices (empty when it has none).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/fd92a062fa?id=Kd30e9f9fm3w6
        """
        return cast(
            "builtins.list[models.SubDevice]",
            self._client.call(
                _LIST_SUB_DEVICES,
                {"device_id": device_id},
                builtins.list[models.SubDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_factory_infos(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.FactoryInfo]:
        """Get factory data (UUID, serial number, MAC) of several devices.

        Returns the factory data of the given devices. Pass at most 20 IDs per call; split longer lists into
        chunks of 20. iot_devices.list_factory_infos is the IoT Core twin with the same reply; either reads
        the same devices.

        Args:
            device_ids: Device IDs to look up (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per device found.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/75f8d057b8?id=Ka7kjx0i4m255
        """
        return cast(
            "builtins.list[models.FactoryInfo]",
            self._client.call(
                _LIST_FACTORY_INFOS,
                {"device_ids": device_ids},
                builtins.list[models.FactoryInfo],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        page_no: int,
        page_size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        last_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DevicePage:
        """List devices by app, product or IDs, page by page.

        Lists devices (with their current status) filtered by app schema, product ID or explicit device IDs,
        optionally limited to a creation-time window. Pages are numbered from 1. Give at least one of
        schema, product_id or device_ids (the page does not say whether one is required).

        Args:
            page_no: Page number, starting at 1. >= 1.
            page_size: Devices per page (Tuya's SDKs use 20; no maximum is documented). >= 1.
            device_ids: Return only these devices (sent comma-separated). No maximum is documented. At least
                1 item. Optional.
            product_id: Return only devices of this product. Not empty. Optional.
            schema: Return only devices of the app with this schema. Not empty. Optional.
            last_id: last_id from the previous page. Not empty. Optional.
            start_time: Start of the time window (10-digit Unix seconds). 10-digit Unix time in seconds.
                Optional.
            end_time: End of the time window (10-digit Unix seconds). 10-digit Unix time in seconds.
                Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of devices with the total count.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/787037f273?id=Ka7kjxgxohky4
        """
        return cast(
            "models.DevicePage",
            self._client.call(
                _LIST,
                {
                    "page_no": page_no,
                    "page_size": page_size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "last_id": last_id,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                models.DevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list(
        self,
        *,
        page_size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        last_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.Device]:
        """Iterate over every item of every page of `list`.

        Takes the same arguments as `list` except `page_no`, which it drives itself, and stops at the last
        page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.Device]",
            self._client.paginate(
                _LIST,
                {
                    "page_size": page_size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "last_id": last_id,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                models.DevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def rename(
        self,
        *,
        device_id: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a device.

        Sets the device's display name (the name shown in the app); every family's details show it.
        iot_devices.rename is the industry twin with the same body.

        Args:
            device_id: Device ID.
            name: New device name. Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was renamed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/a358769080?id=Ka7kjxvo4fcck
        """
        return cast(
            "bool",
            self._client.call(
                _RENAME,
                {"device_id": device_id, "name": name},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_logs(
        self,
        *,
        device_id: str,
        type: Sequence[Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        start_time: int,
        end_time: int,
        codes: Sequence[str] | None = None,
        query_type: Literal[1, 2] | None = None,
        start_row_key: str | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceLogPage:
        """Query a device's event log.

        Returns the device's events (online/offline, activation, reset, commands, firmware upgrades, DP
        reports, restarts, timers) between two millisecond timestamps. `type` takes the event codes as
        integers 1-10 (1 online, 2 offline, 3 activation, 4 reset, 5 command sent, 6 firmware upgrade, 7 DP
        report, 8 semaphore, 9 restart, 10 timer); they are sent comma-separated and use the same numbers as
        event_id in the result, so one set of constants serves both. The free edition keeps about 7 days and
        pages with start_row_key/next_row_key (what the paginator follows); the paid edition (query_type 2)
        pages with last_row_key plus last_event_time instead, which callers pass themselves.

        Args:
            device_id: Device ID.
            type: Event types to return, integers 1-10 (see the description); sent comma-separated. 1 to 10
                items. No repeats.
            start_time: Start of the window (13-digit Unix milliseconds). 13-digit Unix time in
                milliseconds.
            end_time: End of the window (13-digit Unix milliseconds). 13-digit Unix time in milliseconds.
            codes: Return only events of these DP codes (sent comma-separated). At least 1 item. Optional.
            query_type: 1 = free edition (default), 2 = paid edition (longer retention, different paging).
                One of 1, 2. Optional.
            start_row_key: Free edition: next_row_key of the previous page; omit for the first page. Not
                empty. Optional.
            last_row_key: Paid edition: row key of the last entry of the previous page; omit for the first
                page. Not empty. Optional.
            last_event_time: Paid edition: event_time of the last entry of the previous page (13-digit ms).
                13-digit Unix time in milliseconds. Optional.
            size: Entries per page, default 20, at most 100. 1..100. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of log entries.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/0a30fc557f?id=Ka7kjybdo0jse
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
                    "codes": codes,
                    "query_type": query_type,
                    "start_row_key": start_row_key,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                    "size": size,
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
        codes: Sequence[str] | None = None,
        query_type: Literal[1, 2] | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        size: int | None = None,
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
                    "codes": codes,
                    "query_type": query_type,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                    "size": size,
                },
                models.DeviceLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def reset_factory(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Restore a device to factory settings.

        Factory-resets the device: it loses its configuration and is removed from its user. This cannot be
        undone, so the client never resends it automatically.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the reset was accepted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b509cc39f0?id=Ka7kjyramq32j
        """
        return cast(
            "bool",
            self._client.call(
                _RESET_FACTORY,
                {"device_id": device_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Device:
        """Get one device's details and status.

        Returns the device's details, including its local key, online state and the latest value of every
        DP; node_id is set for sub-devices. New projects that need no status in the details can use the IoT
        Core calls: things.get (v2.0, `is_online`) or iot_devices.get_v1_1 (adds the gateway and asset).

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
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/76cfa9c5c8?id=Ka7kjz7aibcxu
        """
        return cast(
            "models.Device",
            self._client.call(
                _GET,
                {"device_id": device_id},
                models.Device,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a device.

        Removes the device from its user and home (it must be paired again to be used). Removing a device
        that is already gone does no further harm. iot_devices.delete is the industry twin and
        iot_devices.delete_many removes up to 20 at once.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d6b477111f?id=Ka7kjznsrkx7t
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"device_id": device_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_for_user(
        self,
        *,
        uid: str,
        from_: Literal["home", "share", "sharing"] | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Device]:
        """List the devices of a user.

        Lists the devices a user can see: those in the user's homes (from=home) or those shared with the
        user (from=share). The reply is a bare list with no total or has_more flag; a page shorter than
        page_size (or empty) is the last one.

        Args:
            uid: User ID.
            from_: Which devices: 'home' for devices in the user's homes; devices shared with the user are
                'share' on the seed-era page and 'sharing' on the newer copy, and both are accepted. One of
                "home", "share", "sharing". Optional.
            page_no: Page number, starting at 1. >= 1. Optional.
            page_size: Devices per page (no maximum documented). >= 1. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's devices on this page.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cacc9c4989?id=Ka7kk03zdecl4
        """
        return cast(
            "builtins.list[models.Device]",
            self._client.call(
                _LIST_FOR_USER,
                {"uid": uid, "from": from_, "page_no": page_no, "page_size": page_size},
                builtins.list[models.Device],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_for_user(
        self,
        *,
        uid: str,
        from_: Literal["home", "share", "sharing"] | None = None,
        page_size: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.Device]:
        """Iterate over every item of every page of `list_for_user`.

        Takes the same arguments as `list_for_user` except `page_no`, which it drives itself, and stops at
        the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.Device]",
            self._client.paginate(
                _LIST_FOR_USER,
                {"uid": uid, "from": from_, "page_size": page_size},
                builtins.list[models.Device],
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_status(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.DataPoint]:
        """Get the latest DP values of a device (legacy v1.0; new projects use iot_device_control).

        Returns the current value of each data point (DP) of the device; a value's type (bool, int, string,
        JSON string) follows the DP's type. Tuya's smart-home pages are frozen as legacy since 2023-06:
        iot_device_control.get_status is the current twin with the same reply (prefer it in new projects),
        and things.get_properties adds each DP's dp_id and report time.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per DP.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/db48811e78?id=Ka7kk0k34txs8
        """
        return cast(
            "builtins.list[models.DataPoint]",
            self._client.call(
                _GET_STATUS,
                {"device_id": device_id},
                builtins.list[models.DataPoint],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_v2(
        self,
        *,
        size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        last_row_key: str | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DevicePageV2:
        """List devices with a row-key cursor (v2).

        Lists devices filtered by app schema, product ID or device IDs, optionally by the time of their last
        status update, using a row-key cursor: pass each reply's last_row_key back until has_more is false.

        Args:
            size: Devices per page (no maximum documented; 20 in the page's example). >= 1.
            device_ids: Return only these devices (sent comma-separated). At least 1 item. Optional.
            product_id: Return only devices of this product. Not empty. Optional.
            schema: Return only devices of the app with this schema. Not empty. Optional.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            start_update_time: Only devices whose update_time is at or after this (10-digit Unix seconds).
                10-digit Unix time in seconds. Optional.
            end_update_time: Only devices whose update_time is at or before this (10-digit Unix seconds).
                10-digit Unix time in seconds. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of devices with the cursor for the next.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/997abb41b9?id=Ka7kk116tsy0c
        """
        return cast(
            "models.DevicePageV2",
            self._client.call(
                _LIST_V2,
                {
                    "size": size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "last_row_key": last_row_key,
                    "start_update_time": start_update_time,
                    "end_update_time": end_update_time,
                },
                models.DevicePageV2,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_v2(
        self,
        *,
        size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.Device]:
        """Iterate over every item of every page of `list_v2`.

        Takes the same arguments as `list_v2` except `last_row_key`, which it drives itself, and stops at
        the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.Device]",
            self._client.paginate(
                _LIST_V2,
                {
                    "size": size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "start_update_time": start_update_time,
                    "end_update_time": end_update_time,
                },
                models.DevicePageV2,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_status(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.DeviceStatusList]:
        """Get the DP values of up to 20 devices (legacy v1.0; new projects use iot_device_control).

        Returns the status of each given device that exists, one {id, status} entry per device. The
        smart-home batch call; iot_device_control.list_status is its current IoT Core twin with the same
        reply and limit, and the one to prefer in new projects.

        Args:
            device_ids: Device IDs (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per device found.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/device-control?id=K95zu01ksols7
        """
        return cast(
            "builtins.list[models.DeviceStatusList]",
            self._client.call(
                _LIST_STATUS,
                {"device_ids": device_ids},
                builtins.list[models.DeviceStatusList],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncDevicesResource(AsyncResource):
    """Devices (async): Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices."""

    __slots__ = ()

    async def list_sub_devices(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.SubDevice]:
        """List the sub-devices of a gateway.

        Returns the sub-devices (for example Zigbee devices) currently bound to a gateway.

        Args:
            device_id: Device ID of the gateway.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The gateway's sub-devices (empty when it has none).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/fd92a062fa?id=Kd30e9f9fm3w6
        """
        return cast(
            "builtins.list[models.SubDevice]",
            await self._client.call(
                _LIST_SUB_DEVICES,
                {"device_id": device_id},
                lambda: builtins.list[models.SubDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_factory_infos(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.FactoryInfo]:
        """Get factory data (UUID, serial number, MAC) of several devices.

        Returns the factory data of the given devices. Pass at most 20 IDs per call; split longer lists into
        chunks of 20. iot_devices.list_factory_infos is the IoT Core twin with the same reply; either reads
        the same devices.

        Args:
            device_ids: Device IDs to look up (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per device found.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/75f8d057b8?id=Ka7kjx0i4m255
        """
        return cast(
            "builtins.list[models.FactoryInfo]",
            await self._client.call(
                _LIST_FACTORY_INFOS,
                {"device_ids": device_ids},
                lambda: builtins.list[models.FactoryInfo],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        page_no: int,
        page_size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        last_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DevicePage:
        """List devices by app, product or IDs, page by page.

        Lists devices (with their current status) filtered by app schema, product ID or explicit device IDs,
        optionally limited to a creation-time window. Pages are numbered from 1. Give at least one of
        schema, product_id or device_ids (the page does not say whether one is required).

        Args:
            page_no: Page number, starting at 1. >= 1.
            page_size: Devices per page (Tuya's SDKs use 20; no maximum is documented). >= 1.
            device_ids: Return only these devices (sent comma-separated). No maximum is documented. At least
                1 item. Optional.
            product_id: Return only devices of this product. Not empty. Optional.
            schema: Return only devices of the app with this schema. Not empty. Optional.
            last_id: last_id from the previous page. Not empty. Optional.
            start_time: Start of the time window (10-digit Unix seconds). 10-digit Unix time in seconds.
                Optional.
            end_time: End of the time window (10-digit Unix seconds). 10-digit Unix time in seconds.
                Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of devices with the total count.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/787037f273?id=Ka7kjxgxohky4
        """
        return cast(
            "models.DevicePage",
            await self._client.call(
                _LIST,
                {
                    "page_no": page_no,
                    "page_size": page_size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "last_id": last_id,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                lambda: models.DevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list(
        self,
        *,
        page_size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        last_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.Device]:
        """Iterate over every item of every page of `list`.

        Takes the same arguments as `list` except `page_no`, which it drives itself, and stops at the last
        page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.Device]",
            self._client.paginate(
                _LIST,
                {
                    "page_size": page_size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "last_id": last_id,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                lambda: models.DevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def rename(
        self,
        *,
        device_id: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a device.

        Sets the device's display name (the name shown in the app); every family's details show it.
        iot_devices.rename is the industry twin with the same body.

        Args:
            device_id: Device ID.
            name: New device name. Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was renamed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/a358769080?id=Ka7kjxvo4fcck
        """
        return cast(
            "bool",
            await self._client.call(
                _RENAME,
                {"device_id": device_id, "name": name},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_logs(
        self,
        *,
        device_id: str,
        type: Sequence[Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
        start_time: int,
        end_time: int,
        codes: Sequence[str] | None = None,
        query_type: Literal[1, 2] | None = None,
        start_row_key: str | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceLogPage:
        """Query a device's event log.

        Returns the device's events (online/offline, activation, reset, commands, firmware upgrades, DP
        reports, restarts, timers) between two millisecond timestamps. `type` takes the event codes as
        integers 1-10 (1 online, 2 offline, 3 activation, 4 reset, 5 command sent, 6 firmware upgrade, 7 DP
        report, 8 semaphore, 9 restart, 10 timer); they are sent comma-separated and use the same numbers as
        event_id in the result, so one set of constants serves both. The free edition keeps about 7 days and
        pages with start_row_key/next_row_key (what the paginator follows); the paid edition (query_type 2)
        pages with last_row_key plus last_event_time instead, which callers pass themselves.

        Args:
            device_id: Device ID.
            type: Event types to return, integers 1-10 (see the description); sent comma-separated. 1 to 10
                items. No repeats.
            start_time: Start of the window (13-digit Unix milliseconds). 13-digit Unix time in
                milliseconds.
            end_time: End of the window (13-digit Unix milliseconds). 13-digit Unix time in milliseconds.
            codes: Return only events of these DP codes (sent comma-separated). At least 1 item. Optional.
            query_type: 1 = free edition (default), 2 = paid edition (longer retention, different paging).
                One of 1, 2. Optional.
            start_row_key: Free edition: next_row_key of the previous page; omit for the first page. Not
                empty. Optional.
            last_row_key: Paid edition: row key of the last entry of the previous page; omit for the first
                page. Not empty. Optional.
            last_event_time: Paid edition: event_time of the last entry of the previous page (13-digit ms).
                13-digit Unix time in milliseconds. Optional.
            size: Entries per page, default 20, at most 100. 1..100. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of log entries.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/0a30fc557f?id=Ka7kjybdo0jse
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
                    "codes": codes,
                    "query_type": query_type,
                    "start_row_key": start_row_key,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                    "size": size,
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
        codes: Sequence[str] | None = None,
        query_type: Literal[1, 2] | None = None,
        last_row_key: str | None = None,
        last_event_time: int | None = None,
        size: int | None = None,
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
                    "codes": codes,
                    "query_type": query_type,
                    "last_row_key": last_row_key,
                    "last_event_time": last_event_time,
                    "size": size,
                },
                lambda: models.DeviceLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def reset_factory(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Restore a device to factory settings.

        Factory-resets the device: it loses its configuration and is removed from its user. This cannot be
        undone, so the client never resends it automatically.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the reset was accepted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b509cc39f0?id=Ka7kjyramq32j
        """
        return cast(
            "bool",
            await self._client.call(
                _RESET_FACTORY,
                {"device_id": device_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Device:
        """Get one device's details and status.

        Returns the device's details, including its local key, online state and the latest value of every
        DP; node_id is set for sub-devices. New projects that need no status in the details can use the IoT
        Core calls: things.get (v2.0, `is_online`) or iot_devices.get_v1_1 (adds the gateway and asset).

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
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/76cfa9c5c8?id=Ka7kjz7aibcxu
        """
        return cast(
            "models.Device",
            await self._client.call(
                _GET,
                {"device_id": device_id},
                lambda: models.Device,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a device.

        Removes the device from its user and home (it must be paired again to be used). Removing a device
        that is already gone does no further harm. iot_devices.delete is the industry twin and
        iot_devices.delete_many removes up to 20 at once.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d6b477111f?id=Ka7kjznsrkx7t
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"device_id": device_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_for_user(
        self,
        *,
        uid: str,
        from_: Literal["home", "share", "sharing"] | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Device]:
        """List the devices of a user.

        Lists the devices a user can see: those in the user's homes (from=home) or those shared with the
        user (from=share). The reply is a bare list with no total or has_more flag; a page shorter than
        page_size (or empty) is the last one.

        Args:
            uid: User ID.
            from_: Which devices: 'home' for devices in the user's homes; devices shared with the user are
                'share' on the seed-era page and 'sharing' on the newer copy, and both are accepted. One of
                "home", "share", "sharing". Optional.
            page_no: Page number, starting at 1. >= 1. Optional.
            page_size: Devices per page (no maximum documented). >= 1. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's devices on this page.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cacc9c4989?id=Ka7kk03zdecl4
        """
        return cast(
            "builtins.list[models.Device]",
            await self._client.call(
                _LIST_FOR_USER,
                {"uid": uid, "from": from_, "page_no": page_no, "page_size": page_size},
                lambda: builtins.list[models.Device],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_for_user(
        self,
        *,
        uid: str,
        from_: Literal["home", "share", "sharing"] | None = None,
        page_size: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.Device]:
        """Iterate over every item of every page of `list_for_user`.

        Takes the same arguments as `list_for_user` except `page_no`, which it drives itself, and stops at
        the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.Device]",
            self._client.paginate(
                _LIST_FOR_USER,
                {"uid": uid, "from": from_, "page_size": page_size},
                lambda: builtins.list[models.Device],
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_status(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.DataPoint]:
        """Get the latest DP values of a device (legacy v1.0; new projects use iot_device_control).

        Returns the current value of each data point (DP) of the device; a value's type (bool, int, string,
        JSON string) follows the DP's type. Tuya's smart-home pages are frozen as legacy since 2023-06:
        iot_device_control.get_status is the current twin with the same reply (prefer it in new projects),
        and things.get_properties adds each DP's dp_id and report time.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per DP.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/db48811e78?id=Ka7kk0k34txs8
        """
        return cast(
            "builtins.list[models.DataPoint]",
            await self._client.call(
                _GET_STATUS,
                {"device_id": device_id},
                lambda: builtins.list[models.DataPoint],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_v2(
        self,
        *,
        size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        last_row_key: str | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DevicePageV2:
        """List devices with a row-key cursor (v2).

        Lists devices filtered by app schema, product ID or device IDs, optionally by the time of their last
        status update, using a row-key cursor: pass each reply's last_row_key back until has_more is false.

        Args:
            size: Devices per page (no maximum documented; 20 in the page's example). >= 1.
            device_ids: Return only these devices (sent comma-separated). At least 1 item. Optional.
            product_id: Return only devices of this product. Not empty. Optional.
            schema: Return only devices of the app with this schema. Not empty. Optional.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            start_update_time: Only devices whose update_time is at or after this (10-digit Unix seconds).
                10-digit Unix time in seconds. Optional.
            end_update_time: Only devices whose update_time is at or before this (10-digit Unix seconds).
                10-digit Unix time in seconds. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of devices with the cursor for the next.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/997abb41b9?id=Ka7kk116tsy0c
        """
        return cast(
            "models.DevicePageV2",
            await self._client.call(
                _LIST_V2,
                {
                    "size": size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "last_row_key": last_row_key,
                    "start_update_time": start_update_time,
                    "end_update_time": end_update_time,
                },
                lambda: models.DevicePageV2,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_v2(
        self,
        *,
        size: int,
        device_ids: Sequence[str] | None = None,
        product_id: str | None = None,
        schema: str | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.Device]:
        """Iterate over every item of every page of `list_v2`.

        Takes the same arguments as `list_v2` except `last_row_key`, which it drives itself, and stops at
        the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.Device]",
            self._client.paginate(
                _LIST_V2,
                {
                    "size": size,
                    "device_ids": device_ids,
                    "product_id": product_id,
                    "schema": schema,
                    "start_update_time": start_update_time,
                    "end_update_time": end_update_time,
                },
                lambda: models.DevicePageV2,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_status(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.DeviceStatusList]:
        """Get the DP values of up to 20 devices (legacy v1.0; new projects use iot_device_control).

        Returns the status of each given device that exists, one {id, status} entry per device. The
        smart-home batch call; iot_device_control.list_status is its current IoT Core twin with the same
        reply and limit, and the one to prefer in new projects.

        Args:
            device_ids: Device IDs (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per device found.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/device-control?id=K95zu01ksols7
        """
        return cast(
            "builtins.list[models.DeviceStatusList]",
            await self._client.call(
                _LIST_STATUS,
                {"device_ids": device_ids},
                lambda: builtins.list[models.DeviceStatusList],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
