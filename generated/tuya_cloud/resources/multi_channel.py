# Generated from spec/groups/multi_channel.yaml by `python -m generator`; do not edit.
"""Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP."""

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


class MultiChannelResource(Resource):
    """Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP."""

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
        with identifier main for the device itself. Tuya renames them with the sibling PUT
        /v1.0/devices/{device_id}/multiple-name, which is not part of this API list.

        Args:
            device_id: Device ID of the multi-channel device.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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


class AsyncMultiChannelResource(AsyncResource):
    """Multi-channel names (async): Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP."""

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
        with identifier main for the device itself. Tuya renames them with the sibling PUT
        /v1.0/devices/{device_id}/multiple-name, which is not part of this API list.

        Args:
            device_id: Device ID of the multi-channel device.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
