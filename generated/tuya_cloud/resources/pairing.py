# Generated from spec/groups/pairing.yaml by `python -m generator`; do not edit.
"""Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token."""

from __future__ import annotations

from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_SUB_DEVICES = Operation(
    id="pairing.list_sub_devices",
    method="GET",
    path="/v1.0/devices/{device_id}/list-sub",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="discovery_time", location="query", required=True, schema={"type": "integer", "format": "timestamp-s"}
        ),
    ),
)

_ENABLE_SUB_DISCOVERY = Operation(
    id="pairing.enable_sub_discovery",
    method="PUT",
    path="/v1.0/devices/{device_id}/enabled-sub-discovery",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="duration",
            location="query",
            required=False,
            schema={"type": "integer", "minimum": 0, "maximum": 3600, "default": 100},
        ),
    ),
)

_GET_RESULT = Operation(
    id="pairing.get_result",
    method="GET",
    path="/v1.0/device/paring/tokens/{token}",
    auth="token",
    retry_safe=True,
    params=(Param(name="token", location="path", required=True, schema={"type": "string"}),),
)


class PairingResource(Resource):
    """Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token."""

    __slots__ = ()

    def list_sub_devices(
        self,
        *,
        device_id: str,
        discovery_time: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.PairedSubDevice]:
        """List the sub-devices that joined a gateway since discovery was enabled.

        Returns the Zigbee sub-devices that paired with the gateway after the given discovery time. Pass the
        Unix time (seconds) at which you opened the gateway with enable_sub_discovery.

        Args:
            device_id: Device ID of the gateway.
            discovery_time: When the gateway started discovering sub-devices, as 10-digit Unix seconds.
                10-digit Unix time in seconds.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The sub-devices that joined (may be empty).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cacbce6b79?id=Ka7kk1hiphgsq
        """
        return cast(
            "list[models.PairedSubDevice]",
            self._client.call(
                _LIST_SUB_DEVICES,
                {"device_id": device_id, "discovery_time": discovery_time},
                list[models.PairedSubDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def enable_sub_discovery(
        self,
        *,
        device_id: str,
        duration: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Let a gateway discover new sub-devices for a while (0 stops discovery).

        Puts the Zigbee gateway into discovery mode for `duration` seconds so that sub-devices in pairing
        mode can join it. Remember the time of the call: list_sub_devices needs it. A duration of 0 stops an
        ongoing discovery.

        Args:
            device_id: Device ID of the gateway.
            duration: Seconds the gateway stays discoverable, 0 to 3600; 0 stops discovery. Tuya uses 100
                when omitted. 0..3600. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the gateway accepted the request.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f621a0d195?id=Ka7kk1wyebguk
        """
        return cast(
            "bool",
            self._client.call(
                _ENABLE_SUB_DISCOVERY,
                {"device_id": device_id, "duration": duration},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_result(
        self,
        *,
        token: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.PairingResult:
        """Get the devices paired (or failed) with a pairing token.

        Polls the result of a pairing session started with a pairing token (created by POST
        /v1.0/device/paring/token, which is not part of this API list). Call it repeatedly until the
        expected devices appear under `success` or `failed`, or the token expires.

        Args:
            token: The pairing token of the session.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Devices that paired and devices that failed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/469697c782?id=Ka7kk2ca9vv30
        """
        return cast(
            "models.PairingResult",
            self._client.call(
                _GET_RESULT,
                {"token": token},
                models.PairingResult,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncPairingResource(AsyncResource):
    """Pairing (async): Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token."""

    __slots__ = ()

    async def list_sub_devices(
        self,
        *,
        device_id: str,
        discovery_time: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.PairedSubDevice]:
        """List the sub-devices that joined a gateway since discovery was enabled.

        Returns the Zigbee sub-devices that paired with the gateway after the given discovery time. Pass the
        Unix time (seconds) at which you opened the gateway with enable_sub_discovery.

        Args:
            device_id: Device ID of the gateway.
            discovery_time: When the gateway started discovering sub-devices, as 10-digit Unix seconds.
                10-digit Unix time in seconds.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The sub-devices that joined (may be empty).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cacbce6b79?id=Ka7kk1hiphgsq
        """
        return cast(
            "list[models.PairedSubDevice]",
            await self._client.call(
                _LIST_SUB_DEVICES,
                {"device_id": device_id, "discovery_time": discovery_time},
                lambda: list[models.PairedSubDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def enable_sub_discovery(
        self,
        *,
        device_id: str,
        duration: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Let a gateway discover new sub-devices for a while (0 stops discovery).

        Puts the Zigbee gateway into discovery mode for `duration` seconds so that sub-devices in pairing
        mode can join it. Remember the time of the call: list_sub_devices needs it. A duration of 0 stops an
        ongoing discovery.

        Args:
            device_id: Device ID of the gateway.
            duration: Seconds the gateway stays discoverable, 0 to 3600; 0 stops discovery. Tuya uses 100
                when omitted. 0..3600. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the gateway accepted the request.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f621a0d195?id=Ka7kk1wyebguk
        """
        return cast(
            "bool",
            await self._client.call(
                _ENABLE_SUB_DISCOVERY,
                {"device_id": device_id, "duration": duration},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_result(
        self,
        *,
        token: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.PairingResult:
        """Get the devices paired (or failed) with a pairing token.

        Polls the result of a pairing session started with a pairing token (created by POST
        /v1.0/device/paring/token, which is not part of this API list). Call it repeatedly until the
        expected devices appear under `success` or `failed`, or the token expires.

        Args:
            token: The pairing token of the session.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Devices that paired and devices that failed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/469697c782?id=Ka7kk2ca9vv30
        """
        return cast(
            "models.PairingResult",
            await self._client.call(
                _GET_RESULT,
                {"token": token},
                lambda: models.PairingResult,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
