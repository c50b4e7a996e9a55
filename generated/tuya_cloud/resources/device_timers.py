# Generated from spec/groups/device_timers.yaml by `python -m generator`; do not edit.
"""Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param, Rule
from .._runtime.resource import AsyncResource, Resource

_ADD = Operation(
    id="device_timers.add",
    method="POST",
    path="/v1.0/devices/{device_id}/timers",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="loops", location="body", required=True, schema={"$ref": "TimerLoops"}),
        Param(
            name="time_zone",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[+-][0-9]{1,2}:[0-5][0-9]$"},
        ),
        Param(name="timezone_id", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="instruct",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "TimerInstruction"}},
        ),
        Param(name="alias_name", location="body", required=False, schema={"type": "string"}),
    ),
    rules=(
        Rule(
            name="dated_instruction_needs_no_loops",
            message="a dated (one-off) instruction does not repeat, so loops must be 0000000",
            when={"field": "instruct[].date", "present": True},
            then={"field": "loops", "const": "0000000"},
        ),
    ),
)

_LIST = Operation(
    id="device_timers.list",
    method="GET",
    path="/v1.0/devices/{device_id}/timers",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_BY_CATEGORY = Operation(
    id="device_timers.list_by_category",
    method="GET",
    path="/v1.0/devices/{device_id}/timers/categories/{category}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category", location="path", required=True, schema={"type": "string"}),
    ),
)

_UPDATE_GROUP = Operation(
    id="device_timers.update_group",
    method="PUT",
    path="/v1.0/devices/{device_id}/timers/groups/{group_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="group_id", location="path", required=True, schema={"type": ["string", "integer"]}),
        Param(name="loops", location="body", required=True, schema={"$ref": "TimerLoops"}),
        Param(name="category", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="time_zone",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[+-][0-9]{1,2}:[0-5][0-9]$"},
        ),
        Param(name="timezone_id", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="instruct",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "TimerInstruction"}},
        ),
        Param(name="alias_name", location="body", required=False, schema={"type": "string"}),
    ),
    rules=(
        Rule(
            name="dated_instruction_needs_no_loops",
            message="a dated (one-off) instruction does not repeat, so loops must be 0000000",
            when={"field": "instruct[].date", "present": True},
            then={"field": "loops", "const": "0000000"},
        ),
    ),
)

_SET_GROUP_STATUS = Operation(
    id="device_timers.set_group_status",
    method="PUT",
    path="/v1.0/devices/{device_id}/timers/categories/{category}/groups/{group_id}/status",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category", location="path", required=True, schema={"type": "string"}),
        Param(name="group_id", location="path", required=True, schema={"type": ["string", "integer"]}),
        Param(name="value", location="body", required=True, schema={"type": "string", "enum": ["0", "1", "2"]}),
    ),
)

_DELETE_ALL = Operation(
    id="device_timers.delete_all",
    method="DELETE",
    path="/v1.0/devices/{device_id}/timers",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_DELETE_CATEGORY = Operation(
    id="device_timers.delete_category",
    method="DELETE",
    path="/v1.0/devices/{device_id}/timers/categories/{category}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category", location="path", required=True, schema={"type": "string"}),
    ),
)

_DELETE_GROUP = Operation(
    id="device_timers.delete_group",
    method="DELETE",
    path="/v1.0/devices/{device_id}/timers/categories/{category}/groups/{group_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category", location="path", required=True, schema={"type": "string"}),
        Param(name="group_id", location="path", required=True, schema={"type": ["string", "integer"]}),
    ),
)


class DeviceTimersResource(Resource):
    """Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device."""

    __slots__ = ()

    def add(
        self,
        *,
        device_id: str,
        category: str,
        loops: str,
        time_zone: str,
        timezone_id: str,
        instruct: Sequence[models.TimerInstruction | Mapping[str, Any]],
        alias_name: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.TimerGroupRef:
        """Add a timer group to a device.

        Creates a timer group in a category. A repeating timer sets loops to the weekdays it runs on (read
        Monday first: 0000010 = Saturday); a one-off timer gives each instruction a date and sets loops to
        0000000. One-off times must lie in the future or Tuya rejects the group as expired.

        Args:
            device_id: Device ID.
            category: Timer category, a label of your choice that groups timers (e.g. "schedule"). Not
                empty.
            loops: Weekdays to repeat on, seven 0/1 characters, Monday first (0000010 = Saturdays, 1111100 =
                Monday to Friday); 0000000 for a one-off timer. Must match `^[01]{7}$`.
            time_zone: UTC offset, e.g. +08:00 (the page example also shows +8:00). Must match
                `^[+-][0-9]{1,2}:[0-5][0-9]$`.
            timezone_id: Time zone ID, e.g. Asia/Shanghai. Not empty.
            instruct: The group's instructions (several may be set at once). At least 1 item.
            alias_name: Remark shown for the group. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - a dated (one-off) instruction does not repeat, so loops must be 0000000.

        Returns:
            The new group's ID.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "models.TimerGroupRef",
            self._client.call(
                _ADD,
                {
                    "device_id": device_id,
                    "category": category,
                    "loops": loops,
                    "time_zone": time_zone,
                    "timezone_id": timezone_id,
                    "instruct": instruct,
                    "alias_name": alias_name,
                },
                models.TimerGroupRef,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.TimerCategory]:
        """List all timers of a device.

        Returns every timer category of the device with its groups and timers.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per timer category.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "builtins.list[models.TimerCategory]",
            self._client.call(
                _LIST,
                {"device_id": device_id},
                builtins.list[models.TimerCategory],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_by_category(
        self,
        *,
        device_id: str,
        category: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.TimerCategory]:
        """List the timers of one category.

        Returns the timer groups of one category of the device.

        Args:
            device_id: Device ID.
            category: Timer category.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The category (a one-entry list, as in the page's example).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "builtins.list[models.TimerCategory]",
            self._client.call(
                _LIST_BY_CATEGORY,
                {"device_id": device_id, "category": category},
                builtins.list[models.TimerCategory],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update_group(
        self,
        *,
        device_id: str,
        group_id: str | int,
        loops: str,
        category: str,
        time_zone: str,
        timezone_id: str,
        instruct: Sequence[models.TimerInstruction | Mapping[str, Any]],
        alias_name: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Replace the settings of a timer group.

        Overwrites a timer group with new settings and instructions. The same loops/date rules as for adding
        a group apply.

        Args:
            device_id: Device ID.
            group_id: Timer group ID, as device_timers.add returned it (a string, or a number).
            loops: Weekdays to repeat on, seven 0/1 characters, Monday first (0000010 = Saturdays, 1111100 =
                Monday to Friday); 0000000 for a one-off timer. Must match `^[01]{7}$`.
            category: Timer category of the group. Not empty.
            time_zone: UTC offset, e.g. +08:00. Must match `^[+-][0-9]{1,2}:[0-5][0-9]$`.
            timezone_id: Time zone ID, e.g. Asia/Shanghai. Not empty.
            instruct: The group's new instructions. At least 1 item.
            alias_name: Remark shown for the group. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - a dated (one-off) instruction does not repeat, so loops must be 0000000.

        Returns:
            true when the group was updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE_GROUP,
                {
                    "device_id": device_id,
                    "group_id": group_id,
                    "loops": loops,
                    "category": category,
                    "time_zone": time_zone,
                    "timezone_id": timezone_id,
                    "instruct": instruct,
                    "alias_name": alias_name,
                },
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def set_group_status(
        self,
        *,
        device_id: str,
        category: str,
        group_id: str | int,
        value: Literal["0", "1", "2"],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Enable, disable or delete a timer group.

        Sets the status of one timer group of a category (0 disabled, 1 enabled, 2 deleted).

        Args:
            device_id: Device ID.
            category: Timer category of the group.
            group_id: Timer group ID, as device_timers.add returned it (a string, or a number).
            value: New status, as a string: "0" disabled, "1" enabled, "2" deleted. One of "0", "1", "2".
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the status was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            self._client.call(
                _SET_GROUP_STATUS,
                {"device_id": device_id, "category": category, "group_id": group_id, "value": value},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete_all(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete every timer of a device.

        Removes all timer categories, groups and timers of the device.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the timers were deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE_ALL,
                {"device_id": device_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete_category(
        self,
        *,
        device_id: str,
        category: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete the timers of one category.

        Removes every timer group of one category of the device.

        Args:
            device_id: Device ID.
            category: Timer category to delete.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the category's timers were deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE_CATEGORY,
                {"device_id": device_id, "category": category},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete_group(
        self,
        *,
        device_id: str,
        category: str,
        group_id: str | int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete one timer group.

        Removes one timer group of a category.

        Args:
            device_id: Device ID.
            category: Timer category of the group.
            group_id: Timer group ID, as device_timers.add returned it (a string, or a number).
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the group was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE_GROUP,
                {"device_id": device_id, "category": category, "group_id": group_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncDeviceTimersResource(AsyncResource):
    """Device timers (async): Scheduled tasks ("timing tasks") stored in the cloud for one device."""

    __slots__ = ()

    async def add(
        self,
        *,
        device_id: str,
        category: str,
        loops: str,
        time_zone: str,
        timezone_id: str,
        instruct: Sequence[models.TimerInstruction | Mapping[str, Any]],
        alias_name: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.TimerGroupRef:
        """Add a timer group to a device.

        Creates a timer group in a category. A repeating timer sets loops to the weekdays it runs on (read
        Monday first: 0000010 = Saturday); a one-off timer gives each instruction a date and sets loops to
        0000000. One-off times must lie in the future or Tuya rejects the group as expired.

        Args:
            device_id: Device ID.
            category: Timer category, a label of your choice that groups timers (e.g. "schedule"). Not
                empty.
            loops: Weekdays to repeat on, seven 0/1 characters, Monday first (0000010 = Saturdays, 1111100 =
                Monday to Friday); 0000000 for a one-off timer. Must match `^[01]{7}$`.
            time_zone: UTC offset, e.g. +08:00 (the page example also shows +8:00). Must match
                `^[+-][0-9]{1,2}:[0-5][0-9]$`.
            timezone_id: Time zone ID, e.g. Asia/Shanghai. Not empty.
            instruct: The group's instructions (several may be set at once). At least 1 item.
            alias_name: Remark shown for the group. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - a dated (one-off) instruction does not repeat, so loops must be 0000000.

        Returns:
            The new group's ID.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "models.TimerGroupRef",
            await self._client.call(
                _ADD,
                {
                    "device_id": device_id,
                    "category": category,
                    "loops": loops,
                    "time_zone": time_zone,
                    "timezone_id": timezone_id,
                    "instruct": instruct,
                    "alias_name": alias_name,
                },
                lambda: models.TimerGroupRef,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.TimerCategory]:
        """List all timers of a device.

        Returns every timer category of the device with its groups and timers.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per timer category.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "builtins.list[models.TimerCategory]",
            await self._client.call(
                _LIST,
                {"device_id": device_id},
                lambda: builtins.list[models.TimerCategory],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_by_category(
        self,
        *,
        device_id: str,
        category: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.TimerCategory]:
        """List the timers of one category.

        Returns the timer groups of one category of the device.

        Args:
            device_id: Device ID.
            category: Timer category.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The category (a one-entry list, as in the page's example).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "builtins.list[models.TimerCategory]",
            await self._client.call(
                _LIST_BY_CATEGORY,
                {"device_id": device_id, "category": category},
                lambda: builtins.list[models.TimerCategory],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update_group(
        self,
        *,
        device_id: str,
        group_id: str | int,
        loops: str,
        category: str,
        time_zone: str,
        timezone_id: str,
        instruct: Sequence[models.TimerInstruction | Mapping[str, Any]],
        alias_name: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Replace the settings of a timer group.

        Overwrites a timer group with new settings and instructions. The same loops/date rules as for adding
        a group apply.

        Args:
            device_id: Device ID.
            group_id: Timer group ID, as device_timers.add returned it (a string, or a number).
            loops: Weekdays to repeat on, seven 0/1 characters, Monday first (0000010 = Saturdays, 1111100 =
                Monday to Friday); 0000000 for a one-off timer. Must match `^[01]{7}$`.
            category: Timer category of the group. Not empty.
            time_zone: UTC offset, e.g. +08:00. Must match `^[+-][0-9]{1,2}:[0-5][0-9]$`.
            timezone_id: Time zone ID, e.g. Asia/Shanghai. Not empty.
            instruct: The group's new instructions. At least 1 item.
            alias_name: Remark shown for the group. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - a dated (one-off) instruction does not repeat, so loops must be 0000000.

        Returns:
            true when the group was updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE_GROUP,
                {
                    "device_id": device_id,
                    "group_id": group_id,
                    "loops": loops,
                    "category": category,
                    "time_zone": time_zone,
                    "timezone_id": timezone_id,
                    "instruct": instruct,
                    "alias_name": alias_name,
                },
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def set_group_status(
        self,
        *,
        device_id: str,
        category: str,
        group_id: str | int,
        value: Literal["0", "1", "2"],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Enable, disable or delete a timer group.

        Sets the status of one timer group of a category (0 disabled, 1 enabled, 2 deleted).

        Args:
            device_id: Device ID.
            category: Timer category of the group.
            group_id: Timer group ID, as device_timers.add returned it (a string, or a number).
            value: New status, as a string: "0" disabled, "1" enabled, "2" deleted. One of "0", "1", "2".
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the status was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            await self._client.call(
                _SET_GROUP_STATUS,
                {"device_id": device_id, "category": category, "group_id": group_id, "value": value},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete_all(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete every timer of a device.

        Removes all timer categories, groups and timers of the device.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the timers were deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE_ALL,
                {"device_id": device_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete_category(
        self,
        *,
        device_id: str,
        category: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete the timers of one category.

        Removes every timer group of one category of the device.

        Args:
            device_id: Device ID.
            category: Timer category to delete.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the category's timers were deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE_CATEGORY,
                {"device_id": device_id, "category": category},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete_group(
        self,
        *,
        device_id: str,
        category: str,
        group_id: str | int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete one timer group.

        Removes one timer group of a category.

        Args:
            device_id: Device ID.
            category: Timer category of the group.
            group_id: Timer group ID, as device_timers.add returned it (a string, or a number).
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the group was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE_GROUP,
                {"device_id": device_id, "category": category, "group_id": group_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
