# Generated from spec/groups/device_users.yaml by `python -m generator`; do not edit.
"""Device users: Users attached to a single device (its own user list, separate from home members)."""

from __future__ import annotations

from typing import cast

from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_DELETE = Operation(
    id="device_users.delete",
    method="DELETE",
    path="/v1.0/devices/{device_id}/users/{user_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="user_id", location="path", required=True, schema={"type": "string"}),
    ),
)


class DeviceUsersResource(Resource):
    """Device users: Users attached to a single device (its own user list, separate from home members)."""

    __slots__ = ()

    def delete(
        self,
        *,
        device_id: str,
        user_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a user from a device's user list.

        Deletes one user from the device's user list; afterwards that user can no longer operate the device.
        This is the device-level user list, not a home membership, an access-control person or a smart-lock
        member.

        Args:
            device_id: Device ID.
            user_id: ID of the device user to remove.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the user was removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/651ed36cf4?id=Karrvqb08mcdl
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"device_id": device_id, "user_id": user_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncDeviceUsersResource(AsyncResource):
    """Device users (async): Users attached to a single device (its own user list, separate from home members)."""

    __slots__ = ()

    async def delete(
        self,
        *,
        device_id: str,
        user_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a user from a device's user list.

        Deletes one user from the device's user list; afterwards that user can no longer operate the device.
        This is the device-level user list, not a home membership, an access-control person or a smart-lock
        member.

        Args:
            device_id: Device ID.
            user_id: ID of the device user to remove.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the user was removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/651ed36cf4?id=Karrvqb08mcdl
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"device_id": device_id, "user_id": user_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
