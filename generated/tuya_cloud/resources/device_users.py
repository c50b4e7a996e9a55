# Generated from spec/groups/device_users.yaml by `python -m generator`; do not edit.
"""Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed."""

from __future__ import annotations

import builtins
from typing import Literal, cast

from .. import models
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

_ADD = Operation(
    id="device_users.add",
    method="POST",
    path="/v1.0/devices/{device_id}/user",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="nick_name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="sex", location="body", required=True, schema={"type": "integer", "enum": [1, 2]}),
        Param(name="birthday", location="body", required=False, schema={"type": "integer"}),
        Param(name="height", location="body", required=False, schema={"type": "integer", "minimum": 1}),
        Param(name="weight", location="body", required=False, schema={"type": "integer", "minimum": 1}),
        Param(name="contact", location="body", required=False, schema={"type": "string"}),
    ),
)

_LIST = Operation(
    id="device_users.list",
    method="GET",
    path="/v1.0/devices/{device_id}/users",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET = Operation(
    id="device_users.get",
    method="GET",
    path="/v1.0/devices/{device_id}/users/{user_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="user_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_UPDATE = Operation(
    id="device_users.update",
    method="PUT",
    path="/v1.0/devices/{device_id}/users/{user_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="user_id", location="path", required=True, schema={"type": "string"}),
        Param(name="nick_name", location="body", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="sex", location="body", required=True, schema={"type": "integer", "enum": [1, 2]}),
        Param(name="birthday", location="body", required=False, schema={"type": "integer"}),
        Param(name="height", location="body", required=False, schema={"type": "integer", "minimum": 1}),
        Param(name="weight", location="body", required=False, schema={"type": "integer", "minimum": 1}),
    ),
)


class DeviceUsersResource(Resource):
    """Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed."""

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
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
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

    def add(
        self,
        *,
        device_id: str,
        nick_name: str,
        sex: Literal[1, 2],
        birthday: int | None = None,
        height: int | None = None,
        weight: int | None = None,
        contact: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Add a user to a device's user list.

        Adds a user with a profile to the device and returns the new user's ID. Not retried automatically: a
        second send would add a second user.

        Args:
            device_id: Device ID.
            nick_name: Name of the user. Not empty.
            sex: 1 male, 2 female. One of 1, 2.
            birthday: Date of birth in Unix milliseconds (12 digits or fewer before September 2001).
                Optional.
            height: Height in centimetres. >= 1. Optional.
            weight: Weight in grams. >= 1. Optional.
            contact: Contact information. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new device user.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/846b71d903?id=Katueyj54gace
        """
        return cast(
            "str",
            self._client.call(
                _ADD,
                {
                    "device_id": device_id,
                    "nick_name": nick_name,
                    "sex": sex,
                    "birthday": birthday,
                    "height": height,
                    "weight": weight,
                    "contact": contact,
                },
                str,
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
    ) -> builtins.list[models.DeviceUser]:
        """List the users of a device.

        Returns every user on the device's own user list with their profiles.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's users; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/iot/member-management?id=K9wjozjqesxur
        """
        return cast(
            "builtins.list[models.DeviceUser]",
            self._client.call(
                _LIST,
                {"device_id": device_id},
                builtins.list[models.DeviceUser],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get(
        self,
        *,
        device_id: str,
        user_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceUser:
        """Get one user of a device.

        Returns the profile of one user on the device's user list.

        Args:
            device_id: Device ID.
            user_id: ID of the device user.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/75bface38d?id=Katuew1w5k2ua
        """
        return cast(
            "models.DeviceUser",
            self._client.call(
                _GET,
                {"device_id": device_id, "user_id": user_id},
                models.DeviceUser,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update(
        self,
        *,
        device_id: str,
        user_id: str,
        sex: Literal[1, 2],
        nick_name: str | None = None,
        birthday: int | None = None,
        height: int | None = None,
        weight: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Update the profile of a device user.

        Replaces the user's sex and, when given, name, birthday, height and weight; fields left out keep
        their value.

        Args:
            device_id: Device ID.
            user_id: ID of the device user.
            sex: 1 male, 2 female. One of 1, 2.
            nick_name: New name of the user. Not empty. Optional.
            birthday: Date of birth in Unix milliseconds (12 digits or fewer before September 2001).
                Optional.
            height: Height in centimetres. >= 1. Optional.
            weight: Weight in grams. >= 1. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f4490c1999?id=Katuezkphh9n5
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE,
                {
                    "device_id": device_id,
                    "user_id": user_id,
                    "sex": sex,
                    "nick_name": nick_name,
                    "birthday": birthday,
                    "height": height,
                    "weight": weight,
                },
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncDeviceUsersResource(AsyncResource):
    """Device users (async): Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed."""

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
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
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

    async def add(
        self,
        *,
        device_id: str,
        nick_name: str,
        sex: Literal[1, 2],
        birthday: int | None = None,
        height: int | None = None,
        weight: int | None = None,
        contact: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Add a user to a device's user list.

        Adds a user with a profile to the device and returns the new user's ID. Not retried automatically: a
        second send would add a second user.

        Args:
            device_id: Device ID.
            nick_name: Name of the user. Not empty.
            sex: 1 male, 2 female. One of 1, 2.
            birthday: Date of birth in Unix milliseconds (12 digits or fewer before September 2001).
                Optional.
            height: Height in centimetres. >= 1. Optional.
            weight: Weight in grams. >= 1. Optional.
            contact: Contact information. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new device user.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/846b71d903?id=Katueyj54gace
        """
        return cast(
            "str",
            await self._client.call(
                _ADD,
                {
                    "device_id": device_id,
                    "nick_name": nick_name,
                    "sex": sex,
                    "birthday": birthday,
                    "height": height,
                    "weight": weight,
                    "contact": contact,
                },
                lambda: str,
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
    ) -> builtins.list[models.DeviceUser]:
        """List the users of a device.

        Returns every user on the device's own user list with their profiles.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's users; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/iot/member-management?id=K9wjozjqesxur
        """
        return cast(
            "builtins.list[models.DeviceUser]",
            await self._client.call(
                _LIST,
                {"device_id": device_id},
                lambda: builtins.list[models.DeviceUser],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get(
        self,
        *,
        device_id: str,
        user_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceUser:
        """Get one user of a device.

        Returns the profile of one user on the device's user list.

        Args:
            device_id: Device ID.
            user_id: ID of the device user.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/75bface38d?id=Katuew1w5k2ua
        """
        return cast(
            "models.DeviceUser",
            await self._client.call(
                _GET,
                {"device_id": device_id, "user_id": user_id},
                lambda: models.DeviceUser,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update(
        self,
        *,
        device_id: str,
        user_id: str,
        sex: Literal[1, 2],
        nick_name: str | None = None,
        birthday: int | None = None,
        height: int | None = None,
        weight: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Update the profile of a device user.

        Replaces the user's sex and, when given, name, birthday, height and weight; fields left out keep
        their value.

        Args:
            device_id: Device ID.
            user_id: ID of the device user.
            sex: 1 male, 2 female. One of 1, 2.
            nick_name: New name of the user. Not empty. Optional.
            birthday: Date of birth in Unix milliseconds (12 digits or fewer before September 2001).
                Optional.
            height: Height in centimetres. >= 1. Optional.
            weight: Weight in grams. >= 1. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f4490c1999?id=Katuezkphh9n5
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE,
                {
                    "device_id": device_id,
                    "user_id": user_id,
                    "sex": sex,
                    "nick_name": nick_name,
                    "birthday": birthday,
                    "height": height,
                    "weight": weight,
                },
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
