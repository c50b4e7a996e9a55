# Generated from spec/groups/iot_device_control.yaml by `python -m generator`; do not edit.
"""IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_SEND_COMMANDS = Operation(
    id="iot_device_control.send_commands",
    method="POST",
    path="/v1.0/iot-03/devices/{device_id}/commands",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="commands",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "DataPoint"}},
        ),
    ),
)

_GET_STATUS = Operation(
    id="iot_device_control.get_status",
    method="GET",
    path="/v1.0/iot-03/devices/{device_id}/status",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_STATUS = Operation(
    id="iot_device_control.list_status",
    method="GET",
    path="/v1.0/iot-03/devices/status",
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

_GET_FUNCTIONS = Operation(
    id="iot_device_control.get_functions",
    method="GET",
    path="/v1.0/iot-03/devices/{device_id}/functions",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_SPECIFICATION = Operation(
    id="iot_device_control.get_specification",
    method="GET",
    path="/v1.0/iot-03/devices/{device_id}/specification",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_SPECIFICATION_V1_2 = Operation(
    id="iot_device_control.get_specification_v1_2",
    method="GET",
    path="/v1.2/iot-03/devices/{device_id}/specification",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_CATEGORY_FUNCTIONS = Operation(
    id="iot_device_control.get_category_functions",
    method="GET",
    path="/v1.0/iot-03/categories/{category}/functions",
    auth="token",
    retry_safe=True,
    params=(Param(name="category", location="path", required=True, schema={"type": "string", "minLength": 1}),),
)


class IotDeviceControlResource(Resource):
    """IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports."""

    __slots__ = ()

    def send_commands(
        self,
        *,
        device_id: str,
        commands: Sequence[models.DataPoint | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send standard commands (DP code/value pairs) to a device (IoT Core).

        Sets one or more DPs of a device in one call; the current IoT Core twin of
        device_control.send_commands, with the same body and reply. Prefer this one in new projects (it is
        the path Tuya documents today); either changes the same device. Use the codes and ranges of
        get_functions. A true result means Tuya accepted the commands, not that the device applied them. Not
        retried automatically: a duplicate could toggle or step a device twice.

        Args:
            device_id: Device ID.
            commands: The DPs to set, each as {code, value}. At least 1 item.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when Tuya accepted the commands.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TokenError: Tuya answered 1010.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/e2512fb901?id=Kdf0wncthfy95
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_COMMANDS,
                {"device_id": device_id, "commands": commands},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_status(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.DataPoint]:
        """Get the latest DP values of a device (IoT Core).

        Returns the current value of each DP of the device, as {code, value}; the IoT Core twin of
        devices.get_status with the same reply. Prefer this one in new projects; both read the same device.
        For DP ids and report times use things.get_properties.

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
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1ef1a3044b?id=Kconf2usgnfwo
        """
        return cast(
            "list[models.DataPoint]",
            self._client.call(
                _GET_STATUS,
                {"device_id": device_id},
                list[models.DataPoint],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_status(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.DeviceStatusList]:
        """Get the latest DP values of up to 20 devices (IoT Core).

        Returns the status of each given device that exists, one {id, status} entry per device. The IoT Core
        batch call; devices.list_status is its smart-home twin with the same reply. Prefer this one in new
        projects.

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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/2faa3c9f3d?id=Kconf3gjbtziq
        """
        return cast(
            "list[models.DeviceStatusList]",
            self._client.call(
                _LIST_STATUS,
                {"device_ids": device_ids},
                list[models.DeviceStatusList],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_functions(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceFunctions:
        """Get the instruction set (settable DPs) of a device (IoT Core).

        Returns the device's category and the DPs it accepts in commands, each with its type and a
        JSON-encoded value range; the IoT Core twin of device_control.get_functions with the same reply.
        Prefer this one in new projects. Some categories return an empty list.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's category and instructions.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/3ac29198c9?id=Kdf0wnfezn479
        """
        return cast(
            "models.DeviceFunctions",
            self._client.call(
                _GET_FUNCTIONS,
                {"device_id": device_id},
                models.DeviceFunctions,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_specification(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDeviceSpecification:
        """Get a device's instruction and status sets with names (v1.0, what tinytuya reads).

        Returns the DPs that can be set (functions) and the DPs the device reports (status), each with type,
        JSON-encoded value range and display name. Documented only in Tuya's legacy tree but the most called
        of the three specification calls (tinytuya's getproperties uses it); get_specification_v1_2 is the
        version Tuya lists today and adds value labels, and device_control.get_specifications_v1_1 adds the
        DP ids. Note the singular "specification".

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Category, instruction set and status set of the device.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/68c2e82f73?id=Kcojnvqsu1f0s
        """
        return cast(
            "models.IotDeviceSpecification",
            self._client.call(
                _GET_SPECIFICATION,
                {"device_id": device_id},
                models.IotDeviceSpecification,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_specification_v1_2(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LangDeviceSpecification:
        """Get a device's instruction set and status set, with names and value labels (IoT Core v1.2).

        As get_specification, but each DP carries lang_config, the labels of its values (e.g. ON/OFF) or of
        its unit, and functions have no desc. This is the version Tuya's Industry Basic Service lists as
        current; use it for display, and get_specification where tinytuya compatibility matters.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Category, instruction set and status set, with labels.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/85b8f49180?id=Kb5rg8mvrccb7
        """
        return cast(
            "models.LangDeviceSpecification",
            self._client.call(
                _GET_SPECIFICATION_V1_2,
                {"device_id": device_id},
                models.LangDeviceSpecification,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_category_functions(
        self,
        *,
        category: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceFunctions:
        """Get the standard instruction set of a product category (IoT Core).

        Returns every standard instruction Tuya defines for a category; the IoT Core twin of
        device_control.get_category_functions with the same reply. Prefer this one in new projects.

        Args:
            category: Category code, e.g. kg (switch), cz (socket), dj (light). Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The category's instructions.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b1b52a0176?id=Kag2yaxh83j95
        """
        return cast(
            "models.DeviceFunctions",
            self._client.call(
                _GET_CATEGORY_FUNCTIONS,
                {"category": category},
                models.DeviceFunctions,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncIotDeviceControlResource(AsyncResource):
    """IoT Core device control (standard instructions) (async): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports."""

    __slots__ = ()

    async def send_commands(
        self,
        *,
        device_id: str,
        commands: Sequence[models.DataPoint | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send standard commands (DP code/value pairs) to a device (IoT Core).

        Sets one or more DPs of a device in one call; the current IoT Core twin of
        device_control.send_commands, with the same body and reply. Prefer this one in new projects (it is
        the path Tuya documents today); either changes the same device. Use the codes and ranges of
        get_functions. A true result means Tuya accepted the commands, not that the device applied them. Not
        retried automatically: a duplicate could toggle or step a device twice.

        Args:
            device_id: Device ID.
            commands: The DPs to set, each as {code, value}. At least 1 item.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when Tuya accepted the commands.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TokenError: Tuya answered 1010.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/e2512fb901?id=Kdf0wncthfy95
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_COMMANDS,
                {"device_id": device_id, "commands": commands},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_status(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.DataPoint]:
        """Get the latest DP values of a device (IoT Core).

        Returns the current value of each DP of the device, as {code, value}; the IoT Core twin of
        devices.get_status with the same reply. Prefer this one in new projects; both read the same device.
        For DP ids and report times use things.get_properties.

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
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1ef1a3044b?id=Kconf2usgnfwo
        """
        return cast(
            "list[models.DataPoint]",
            await self._client.call(
                _GET_STATUS,
                {"device_id": device_id},
                lambda: list[models.DataPoint],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_status(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.DeviceStatusList]:
        """Get the latest DP values of up to 20 devices (IoT Core).

        Returns the status of each given device that exists, one {id, status} entry per device. The IoT Core
        batch call; devices.list_status is its smart-home twin with the same reply. Prefer this one in new
        projects.

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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/2faa3c9f3d?id=Kconf3gjbtziq
        """
        return cast(
            "list[models.DeviceStatusList]",
            await self._client.call(
                _LIST_STATUS,
                {"device_ids": device_ids},
                lambda: list[models.DeviceStatusList],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_functions(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceFunctions:
        """Get the instruction set (settable DPs) of a device (IoT Core).

        Returns the device's category and the DPs it accepts in commands, each with its type and a
        JSON-encoded value range; the IoT Core twin of device_control.get_functions with the same reply.
        Prefer this one in new projects. Some categories return an empty list.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's category and instructions.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/3ac29198c9?id=Kdf0wnfezn479
        """
        return cast(
            "models.DeviceFunctions",
            await self._client.call(
                _GET_FUNCTIONS,
                {"device_id": device_id},
                lambda: models.DeviceFunctions,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_specification(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDeviceSpecification:
        """Get a device's instruction and status sets with names (v1.0, what tinytuya reads).

        Returns the DPs that can be set (functions) and the DPs the device reports (status), each with type,
        JSON-encoded value range and display name. Documented only in Tuya's legacy tree but the most called
        of the three specification calls (tinytuya's getproperties uses it); get_specification_v1_2 is the
        version Tuya lists today and adds value labels, and device_control.get_specifications_v1_1 adds the
        DP ids. Note the singular "specification".

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Category, instruction set and status set of the device.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/68c2e82f73?id=Kcojnvqsu1f0s
        """
        return cast(
            "models.IotDeviceSpecification",
            await self._client.call(
                _GET_SPECIFICATION,
                {"device_id": device_id},
                lambda: models.IotDeviceSpecification,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_specification_v1_2(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LangDeviceSpecification:
        """Get a device's instruction set and status set, with names and value labels (IoT Core v1.2).

        As get_specification, but each DP carries lang_config, the labels of its values (e.g. ON/OFF) or of
        its unit, and functions have no desc. This is the version Tuya's Industry Basic Service lists as
        current; use it for display, and get_specification where tinytuya compatibility matters.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Category, instruction set and status set, with labels.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/85b8f49180?id=Kb5rg8mvrccb7
        """
        return cast(
            "models.LangDeviceSpecification",
            await self._client.call(
                _GET_SPECIFICATION_V1_2,
                {"device_id": device_id},
                lambda: models.LangDeviceSpecification,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_category_functions(
        self,
        *,
        category: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceFunctions:
        """Get the standard instruction set of a product category (IoT Core).

        Returns every standard instruction Tuya defines for a category; the IoT Core twin of
        device_control.get_category_functions with the same reply. Prefer this one in new projects.

        Args:
            category: Category code, e.g. kg (switch), cz (socket), dj (light). Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The category's instructions.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b1b52a0176?id=Kag2yaxh83j95
        """
        return cast(
            "models.DeviceFunctions",
            await self._client.call(
                _GET_CATEGORY_FUNCTIONS,
                {"category": category},
                lambda: models.DeviceFunctions,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
