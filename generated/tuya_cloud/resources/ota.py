# Generated from spec/groups/ota.yaml by `python -m generator`; do not edit.
"""Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module."""

from __future__ import annotations

from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_GET_UPGRADE_INFO = Operation(
    id="ota.get_upgrade_info",
    method="GET",
    path="/v1.0/devices/{device_id}/upgrade-infos",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="lang", location="query", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_UPGRADE = Operation(
    id="ota.upgrade",
    method="PUT",
    path="/v1.0/devices/{device_id}/confirm-upgrade",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="module_type",
            location="body",
            required=True,
            schema={"type": ["integer", "string"], "minimum": 0, "pattern": "^[0-9]+$"},
        ),
    ),
)


class OtaResource(Resource):
    """Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module."""

    __slots__ = ()

    def get_upgrade_info(
        self,
        *,
        device_id: str,
        lang: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.FirmwareUpgradeInfo]:
        """Get the firmware upgrade information of each module of a device.

        Lists every firmware module of the device with its current version, the available version and the
        upgrade state. A module with upgrade_status 1 can be upgraded with ota.upgrade using its
        module_type. Tuya's "Get device status" page points here for pending firmware.

        Args:
            device_id: Device ID.
            lang: Language of the descriptions, e.g. en or zh. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per firmware module.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ota-upgrade?id=K9h9je48y9h06
        """
        return cast(
            "list[models.FirmwareUpgradeInfo]",
            self._client.call(
                _GET_UPGRADE_INFO,
                {"device_id": device_id, "lang": lang},
                list[models.FirmwareUpgradeInfo],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def upgrade(
        self,
        *,
        device_id: str,
        module_type: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Start the firmware upgrade of one module of a device.

        Confirms the pending upgrade of one firmware module (its module_type from get_upgrade_info), which
        makes the device download and install the new firmware. Poll get_upgrade_info to follow the
        progress. Not retried automatically: an upgrade is a one-shot action.

        Args:
            device_id: Device ID.
            module_type: Firmware channel to upgrade, the module_type reported by get_upgrade_info (e.g. 0
                Wi-Fi, 9 MCU); an integer as the page documents, or its digits as a string, as a production
                client sends. >= 0. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the upgrade was started.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ota-upgrade?id=K9h9je48y9h06
        """
        return cast(
            "bool",
            self._client.call(
                _UPGRADE,
                {"device_id": device_id, "module_type": module_type},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncOtaResource(AsyncResource):
    """Firmware upgrades (async): Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module."""

    __slots__ = ()

    async def get_upgrade_info(
        self,
        *,
        device_id: str,
        lang: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.FirmwareUpgradeInfo]:
        """Get the firmware upgrade information of each module of a device.

        Lists every firmware module of the device with its current version, the available version and the
        upgrade state. A module with upgrade_status 1 can be upgraded with ota.upgrade using its
        module_type. Tuya's "Get device status" page points here for pending firmware.

        Args:
            device_id: Device ID.
            lang: Language of the descriptions, e.g. en or zh. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per firmware module.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ota-upgrade?id=K9h9je48y9h06
        """
        return cast(
            "list[models.FirmwareUpgradeInfo]",
            await self._client.call(
                _GET_UPGRADE_INFO,
                {"device_id": device_id, "lang": lang},
                lambda: list[models.FirmwareUpgradeInfo],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def upgrade(
        self,
        *,
        device_id: str,
        module_type: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Start the firmware upgrade of one module of a device.

        Confirms the pending upgrade of one firmware module (its module_type from get_upgrade_info), which
        makes the device download and install the new firmware. Poll get_upgrade_info to follow the
        progress. Not retried automatically: an upgrade is a one-shot action.

        Args:
            device_id: Device ID.
            module_type: Firmware channel to upgrade, the module_type reported by get_upgrade_info (e.g. 0
                Wi-Fi, 9 MCU); an integer as the page documents, or its digits as a string, as a production
                client sends. >= 0. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the upgrade was started.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ota-upgrade?id=K9h9je48y9h06
        """
        return cast(
            "bool",
            await self._client.call(
                _UPGRADE,
                {"device_id": device_id, "module_type": module_type},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
