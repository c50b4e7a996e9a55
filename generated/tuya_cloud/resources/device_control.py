# Generated from spec/groups/device_control.yaml by `python -m generator`; do not edit.
"""Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_RENAME_FUNCTION = Operation(
    id="device_control.rename_function",
    method="PUT",
    path="/v1.0/devices/{device_id}/functions/{function_code}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="function_code", location="path", required=True, schema={"type": "string"}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_SEND_COMMANDS = Operation(
    id="device_control.send_commands",
    method="POST",
    path="/v1.0/devices/{device_id}/commands",
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

_GET_FUNCTIONS = Operation(
    id="device_control.get_functions",
    method="GET",
    path="/v1.0/devices/{device_id}/functions",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_SPECIFICATIONS = Operation(
    id="device_control.get_specifications",
    method="GET",
    path="/v1.0/devices/{device_id}/specifications",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_CATEGORY_FUNCTIONS = Operation(
    id="device_control.get_category_functions",
    method="GET",
    path="/v1.0/functions/{category}",
    auth="token",
    retry_safe=True,
    params=(Param(name="category", location="path", required=True, schema={"type": "string"}),),
)

_GET_SPECIFICATIONS_V1_1 = Operation(
    id="device_control.get_specifications_v1_1",
    method="GET",
    path="/v1.1/devices/{device_id}/specifications",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)


class DeviceControlResource(Resource):
    """Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP."""

    __slots__ = ()

    def rename_function(
        self,
        *,
        device_id: str,
        function_code: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename one function (DP) of a device.

        Sets the display name of one DP of a device, e.g. to label the channels of a multi-gang switch. Only
        the name changes; the DP code stays the same.

        Args:
            device_id: Device ID.
            function_code: DP code to rename, e.g. switch_1.
            name: New display name of the DP. Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the name was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d33378b16a?id=Ka7kk2sso8177
        """
        return cast(
            "bool",
            self._client.call(
                _RENAME_FUNCTION,
                {"device_id": device_id, "function_code": function_code, "name": name},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_commands(
        self,
        *,
        device_id: str,
        commands: Sequence[models.DataPoint | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send standard commands to a device (legacy v1.0; new projects use iot_device_control).

        Sets one or more DPs of a device in one call. Use the codes and value ranges returned by
        get_functions; each value must have the DP's type (bool, int, enum string, ...). A true result means
        Tuya accepted the commands, not that the device has applied them - read the status to confirm. Not
        retried automatically: a duplicate could toggle or step a device twice. Tuya's smart-home pages are
        frozen as legacy since 2023-06: iot_device_control.send_commands is the current twin with the same
        body and reply (prefer it in new projects); things.issue_properties sets DPs through the thing
        model.

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
            DeviceError: Tuya answered 1103, 2001, 2008.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/042dd12e57?id=Ka7kk38swasr9
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

    def get_functions(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceFunctions:
        """Get the instruction set of a device (legacy v1.0; new projects use iot_device_control).

        Returns the device's category and the DPs it accepts in commands, each with its type and a
        JSON-encoded value range (decode `values` with json.loads before use).
        iot_device_control.get_functions is the current IoT Core twin with the same reply.

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
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/3a7d974b44?id=Ka7kk3o4pdaoz
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

    def get_specifications(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceSpecification:
        """Get a device's instruction set and status set.

        Returns both the DPs that can be set (functions) and the DPs the device reports (status), each with
        type and JSON-encoded value range. Use it to interpret status values as well as to build commands.
        get_specifications_v1_1 adds each DP's dp_id; iot_device_control.get_specification adds display
        names.

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
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ec2742e929?id=Ka7kk42y9ohml
        """
        return cast(
            "models.DeviceSpecification",
            self._client.call(
                _GET_SPECIFICATIONS,
                {"device_id": device_id},
                models.DeviceSpecification,
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
        """Get the instruction set of a category (legacy v1.0; new projects use iot_device_control).

        Returns every standard instruction Tuya defines for a category (e.g. kg, cz, dj). A given device
        usually supports only part of it; use get_functions for one device.
        iot_device_control.get_category_functions is the current IoT Core twin with the same reply.

        Args:
            category: Category code, e.g. kg (switch), cz (socket), dj (light).
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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/e2e046207e?id=Ka7kk4hx3ryv3
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

    def get_specifications_v1_1(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceSpecificationV11:
        """Get a device's instruction set and status set with DP ids (v1.1).

        As get_specifications, but every DP carries its dp_id, the number the device itself uses on the LAN;
        tinytuya's getdps builds its DP map from it. Use this one when you need DP ids (or
        things.get_properties, which reports them with the values); get_specifications when codes are
        enough. Devices without DPs answer error 2009.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Category, instruction set and status set of the device, with DP ids.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f2c0abfbbd?id=Kb26d4cf4wnrd
        """
        return cast(
            "models.DeviceSpecificationV11",
            self._client.call(
                _GET_SPECIFICATIONS_V1_1,
                {"device_id": device_id},
                models.DeviceSpecificationV11,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncDeviceControlResource(AsyncResource):
    """Device control (async): Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP."""

    __slots__ = ()

    async def rename_function(
        self,
        *,
        device_id: str,
        function_code: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename one function (DP) of a device.

        Sets the display name of one DP of a device, e.g. to label the channels of a multi-gang switch. Only
        the name changes; the DP code stays the same.

        Args:
            device_id: Device ID.
            function_code: DP code to rename, e.g. switch_1.
            name: New display name of the DP. Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the name was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d33378b16a?id=Ka7kk2sso8177
        """
        return cast(
            "bool",
            await self._client.call(
                _RENAME_FUNCTION,
                {"device_id": device_id, "function_code": function_code, "name": name},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_commands(
        self,
        *,
        device_id: str,
        commands: Sequence[models.DataPoint | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send standard commands to a device (legacy v1.0; new projects use iot_device_control).

        Sets one or more DPs of a device in one call. Use the codes and value ranges returned by
        get_functions; each value must have the DP's type (bool, int, enum string, ...). A true result means
        Tuya accepted the commands, not that the device has applied them - read the status to confirm. Not
        retried automatically: a duplicate could toggle or step a device twice. Tuya's smart-home pages are
        frozen as legacy since 2023-06: iot_device_control.send_commands is the current twin with the same
        body and reply (prefer it in new projects); things.issue_properties sets DPs through the thing
        model.

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
            DeviceError: Tuya answered 1103, 2001, 2008.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/042dd12e57?id=Ka7kk38swasr9
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

    async def get_functions(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceFunctions:
        """Get the instruction set of a device (legacy v1.0; new projects use iot_device_control).

        Returns the device's category and the DPs it accepts in commands, each with its type and a
        JSON-encoded value range (decode `values` with json.loads before use).
        iot_device_control.get_functions is the current IoT Core twin with the same reply.

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
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/3a7d974b44?id=Ka7kk3o4pdaoz
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

    async def get_specifications(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceSpecification:
        """Get a device's instruction set and status set.

        Returns both the DPs that can be set (functions) and the DPs the device reports (status), each with
        type and JSON-encoded value range. Use it to interpret status values as well as to build commands.
        get_specifications_v1_1 adds each DP's dp_id; iot_device_control.get_specification adds display
        names.

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
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ec2742e929?id=Ka7kk42y9ohml
        """
        return cast(
            "models.DeviceSpecification",
            await self._client.call(
                _GET_SPECIFICATIONS,
                {"device_id": device_id},
                lambda: models.DeviceSpecification,
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
        """Get the instruction set of a category (legacy v1.0; new projects use iot_device_control).

        Returns every standard instruction Tuya defines for a category (e.g. kg, cz, dj). A given device
        usually supports only part of it; use get_functions for one device.
        iot_device_control.get_category_functions is the current IoT Core twin with the same reply.

        Args:
            category: Category code, e.g. kg (switch), cz (socket), dj (light).
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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/e2e046207e?id=Ka7kk4hx3ryv3
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

    async def get_specifications_v1_1(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceSpecificationV11:
        """Get a device's instruction set and status set with DP ids (v1.1).

        As get_specifications, but every DP carries its dp_id, the number the device itself uses on the LAN;
        tinytuya's getdps builds its DP map from it. Use this one when you need DP ids (or
        things.get_properties, which reports them with the values); get_specifications when codes are
        enough. Devices without DPs answer error 2009.

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Category, instruction set and status set of the device, with DP ids.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f2c0abfbbd?id=Kb26d4cf4wnrd
        """
        return cast(
            "models.DeviceSpecificationV11",
            await self._client.call(
                _GET_SPECIFICATIONS_V1_1,
                {"device_id": device_id},
                lambda: models.DeviceSpecificationV11,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
