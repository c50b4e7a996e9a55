# Generated from spec/groups/multi_channel.yaml by `python -m generator`; do not edit.
"""Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed."""

from __future__ import annotations

from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_GET_NAMES = Operation(
    id="multi_channel.get_names",
    method="GET",
    path="/v1.0/devices/{device_id}/multiple-names",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_RENAME = Operation(
    id="multi_channel.rename",
    method="PUT",
    path="/v1.0/devices/{device_id}/multiple-name",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="identifier", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)


class MultiChannelResource(Resource):
    """Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed."""

    __slots__ = ()

    def get_names(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.ChannelName]:
        """Get the names of a multi-channel device and of each channel.

        Returns one entry per channel, identified by its DP code (switch_1, switch_2, ...), plus an entry
        with identifier main for the device itself. Rename them with multi_channel.rename.

        Args:
            device_id: Device ID of the multi-channel device.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's and channels' names.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/f392075f50?id=Kdf143e23y3b5
        """
        return cast(
            "list[models.ChannelName]",
            self._client.call(
                _GET_NAMES,
                {"device_id": device_id},
                list[models.ChannelName],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def rename(
        self,
        *,
        device_id: str,
        identifier: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a multi-channel device or one of its channels.

        Sets the name of one channel (identifier = its DP code, e.g. switch_2) or, with identifier main, of
        the device itself, the same names multi_channel.get_names returns. Renaming main is the same as
        devices.rename; renaming a channel is the same as device_control.rename_function on its DP code.

        Args:
            device_id: Device ID of the multi-channel device.
            identifier: main for the device itself, otherwise the channel's DP code. Not empty.
            name: The new name. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when renamed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2008.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/f3ee487d4f?id=Kdf143fnjm1jc
        """
        return cast(
            "bool",
            self._client.call(
                _RENAME,
                {"device_id": device_id, "identifier": identifier, "name": name},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncMultiChannelResource(AsyncResource):
    """Multi-channel names (async): Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed."""

    __slots__ = ()

    async def get_names(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.ChannelName]:
        """Get the names of a multi-channel device and of each channel.

        Returns one entry per channel, identified by its DP code (switch_1, switch_2, ...), plus an entry
        with identifier main for the device itself. Rename them with multi_channel.rename.

        Args:
            device_id: Device ID of the multi-channel device.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's and channels' names.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/f392075f50?id=Kdf143e23y3b5
        """
        return cast(
            "list[models.ChannelName]",
            await self._client.call(
                _GET_NAMES,
                {"device_id": device_id},
                lambda: list[models.ChannelName],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def rename(
        self,
        *,
        device_id: str,
        identifier: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a multi-channel device or one of its channels.

        Sets the name of one channel (identifier = its DP code, e.g. switch_2) or, with identifier main, of
        the device itself, the same names multi_channel.get_names returns. Renaming main is the same as
        devices.rename; renaming a channel is the same as device_control.rename_function on its DP code.

        Args:
            device_id: Device ID of the multi-channel device.
            identifier: main for the device itself, otherwise the channel's DP code. Not empty.
            name: The new name. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when renamed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2008.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/f3ee487d4f?id=Kdf143fnjm1jc
        """
        return cast(
            "bool",
            await self._client.call(
                _RENAME,
                {"device_id": device_id, "identifier": identifier, "name": name},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
