# Generated from spec/groups/iot_devices.yaml by `python -m generator`; do not edit.
"""IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_LIST = Operation(
    id="iot_devices.list",
    method="GET",
    path="/v1.3/iot-03/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="source_type",
            location="query",
            required=False,
            schema={"type": "string", "x-extensible-enum": ["asset", "homeApp", "tuyaUser", "product"]},
        ),
        Param(name="source_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="device_ids",
            location="query",
            required=False,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20},
        ),
        Param(name="name", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="category", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="product_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="page_size", location="query", required=False, schema={"type": "integer", "minimum": 1, "maximum": 200}
        ),
    ),
    pagination=Pagination(
        style="cursor",
        items="list",
        size_param="page_size",
        cursor_param="last_row_key",
        next_cursor="last_row_key",
        has_more="has_more",
        total="total",
    ),
)

_GET = Operation(
    id="iot_devices.get",
    method="GET",
    path="/v1.0/iot-03/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_GET_V1_1 = Operation(
    id="iot_devices.get_v1_1",
    method="GET",
    path="/v1.1/iot-03/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_FACTORY_INFOS = Operation(
    id="iot_devices.list_factory_infos",
    method="GET",
    path="/v1.0/iot-03/devices/factory-infos",
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

_RENAME = Operation(
    id="iot_devices.rename",
    method="PUT",
    path="/v1.0/iot-03/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_DELETE = Operation(
    id="iot_devices.delete",
    method="DELETE",
    path="/v1.0/iot-03/devices/{device_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_DELETE_MANY = Operation(
    id="iot_devices.delete_many",
    method="DELETE",
    path="/v1.0/iot-03/devices",
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

_RESET_FACTORY = Operation(
    id="iot_devices.reset_factory",
    method="POST",
    path="/v1.0/iot-03/devices/{device_id}/actions/reset",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)


class IotDevicesResource(Resource):
    """IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices."""

    __slots__ = ()

    def list(
        self,
        *,
        source_type: Literal["asset", "homeApp", "tuyaUser", "product"] | str | None = None,
        source_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        name: str | None = None,
        category: str | None = None,
        product_id: str | None = None,
        last_row_key: str | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDevicePage:
        """List a project's devices by asset, app, user or product, with a row-key cursor (v1.3).

        Lists devices of one source - an asset, an app (homeApp, by schema), an app user (tuyaUser, by UID)
        or a product - optionally narrowed by IDs, name, category or product, page by page: pass each
        reply's last_row_key back until has_more is false. The current industry device list (tinytuya's
        getdevices calls it with source_type tuyaUser per linked user); for all devices of the linked app
        accounts at once use associated_users.list_devices.

        Args:
            source_type: What source_id names: asset (the default), homeApp (an app schema), tuyaUser (a
                UID) or product (a product ID). Known values "asset", "homeApp", "tuyaUser", "product";
                others accepted. Optional.
            source_id: The asset ID, app schema, UID or product ID, matching source_type. Not empty.
                Optional.
            device_ids: Return only these devices (sent comma-separated), at most 20. 1 to 20 items.
                Optional.
            name: Return only devices whose name contains this text. Not empty. Optional.
            category: Return only devices of this category code. Not empty. Optional.
            product_id: Return only devices of this product. Not empty. Optional.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            page_size: Devices per page, 1 to 200 (20 when omitted). 1..200. Optional.
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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/dc413408fe?id=Kc09y2ons2i3b
        """
        return cast(
            "models.IotDevicePage",
            self._client.call(
                _LIST,
                {
                    "source_type": source_type,
                    "source_id": source_id,
                    "device_ids": device_ids,
                    "name": name,
                    "category": category,
                    "product_id": product_id,
                    "last_row_key": last_row_key,
                    "page_size": page_size,
                },
                models.IotDevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list(
        self,
        *,
        source_type: Literal["asset", "homeApp", "tuyaUser", "product"] | str | None = None,
        source_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        name: str | None = None,
        category: str | None = None,
        product_id: str | None = None,
        page_size: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.IotDevice]:
        """Iterate over every item of every page of `list`.

        Takes the same arguments as `list` except `last_row_key`, which it drives itself, and stops at the
        last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.IotDevice]",
            self._client.paginate(
                _LIST,
                {
                    "source_type": source_type,
                    "source_id": source_id,
                    "device_ids": device_ids,
                    "name": name,
                    "category": category,
                    "product_id": product_id,
                    "page_size": page_size,
                },
                models.IotDevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDevice:
        """Get a device's details (industry v1.0; get_v1_1 is the current version).

        Returns one device with its asset, location, key and times (Tuya's BaseDeviceRes). get_v1_1 is the
        version Tuya lists as current and adds the gateway, node, category name, owner and icon: prefer it;
        this one answers the same device for clients written against v1.0.

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
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d00d20c097?id=Kag2xtiyewd3r
        """
        return cast(
            "models.IotDevice",
            self._client.call(
                _GET,
                {"device_id": device_id},
                models.IotDevice,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_v1_1(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDevice:
        """Get a device's details with gateway, category name and owner (industry, v1.1).

        Returns one device as get does, plus its gateway and node (sub-devices), category name, owning home
        and icon. The details version Tuya's Industry Basic Service lists as current; prefer it to get in
        new code.

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
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/7d3f13ae55?id=Kcojnu63giq1v
        """
        return cast(
            "models.IotDevice",
            self._client.call(
                _GET_V1_1,
                {"device_id": device_id},
                models.IotDevice,
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
        """Get factory data (UUID, serial number, MAC) of up to 20 devices (industry).

        Returns the factory data of the given devices, as devices.list_factory_infos does, from the iot-03
        path; both read the same devices. Pass at most 20 IDs per call.

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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/4dafcb9bd5?id=Kag2y3j30fndv
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

    def rename(
        self,
        *,
        device_id: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a device (industry).

        Sets a device's name, as devices.rename does; the new name shows in every family's details and lists
        (devices.get, iot_devices.get, things.get).

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
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
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

    def delete(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a device (industry).

        Removes the device from the project, as devices.delete does; a gateway takes its sub-devices with
        it. Removing a device that is already gone succeeds.

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
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
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

    def delete_many(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove up to 20 devices at once (industry).

        Removes every listed device from the project (gateways with their sub-devices); IDs that are already
        gone are skipped.

        Args:
            device_ids: Device IDs to remove (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the devices were removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE_MANY,
                {"device_ids": device_ids},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
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
        """Restore a device's factory settings (industry).

        Restores the device's defaults, as devices.reset_factory does; the device stays in the project
        (things.reset also unbinds it).

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was reset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/4a9c660db3?id=Kag2y0zpy3e4g
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


class AsyncIotDevicesResource(AsyncResource):
    """IoT Core devices (industry device management) (async): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices."""

    __slots__ = ()

    async def list(
        self,
        *,
        source_type: Literal["asset", "homeApp", "tuyaUser", "product"] | str | None = None,
        source_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        name: str | None = None,
        category: str | None = None,
        product_id: str | None = None,
        last_row_key: str | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDevicePage:
        """List a project's devices by asset, app, user or product, with a row-key cursor (v1.3).

        Lists devices of one source - an asset, an app (homeApp, by schema), an app user (tuyaUser, by UID)
        or a product - optionally narrowed by IDs, name, category or product, page by page: pass each
        reply's last_row_key back until has_more is false. The current industry device list (tinytuya's
        getdevices calls it with source_type tuyaUser per linked user); for all devices of the linked app
        accounts at once use associated_users.list_devices.

        Args:
            source_type: What source_id names: asset (the default), homeApp (an app schema), tuyaUser (a
                UID) or product (a product ID). Known values "asset", "homeApp", "tuyaUser", "product";
                others accepted. Optional.
            source_id: The asset ID, app schema, UID or product ID, matching source_type. Not empty.
                Optional.
            device_ids: Return only these devices (sent comma-separated), at most 20. 1 to 20 items.
                Optional.
            name: Return only devices whose name contains this text. Not empty. Optional.
            category: Return only devices of this category code. Not empty. Optional.
            product_id: Return only devices of this product. Not empty. Optional.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            page_size: Devices per page, 1 to 200 (20 when omitted). 1..200. Optional.
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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/dc413408fe?id=Kc09y2ons2i3b
        """
        return cast(
            "models.IotDevicePage",
            await self._client.call(
                _LIST,
                {
                    "source_type": source_type,
                    "source_id": source_id,
                    "device_ids": device_ids,
                    "name": name,
                    "category": category,
                    "product_id": product_id,
                    "last_row_key": last_row_key,
                    "page_size": page_size,
                },
                lambda: models.IotDevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list(
        self,
        *,
        source_type: Literal["asset", "homeApp", "tuyaUser", "product"] | str | None = None,
        source_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        name: str | None = None,
        category: str | None = None,
        product_id: str | None = None,
        page_size: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.IotDevice]:
        """Iterate over every item of every page of `list`.

        Takes the same arguments as `list` except `last_row_key`, which it drives itself, and stops at the
        last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.IotDevice]",
            self._client.paginate(
                _LIST,
                {
                    "source_type": source_type,
                    "source_id": source_id,
                    "device_ids": device_ids,
                    "name": name,
                    "category": category,
                    "product_id": product_id,
                    "page_size": page_size,
                },
                lambda: models.IotDevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDevice:
        """Get a device's details (industry v1.0; get_v1_1 is the current version).

        Returns one device with its asset, location, key and times (Tuya's BaseDeviceRes). get_v1_1 is the
        version Tuya lists as current and adds the gateway, node, category name, owner and icon: prefer it;
        this one answers the same device for clients written against v1.0.

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
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d00d20c097?id=Kag2xtiyewd3r
        """
        return cast(
            "models.IotDevice",
            await self._client.call(
                _GET,
                {"device_id": device_id},
                lambda: models.IotDevice,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_v1_1(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IotDevice:
        """Get a device's details with gateway, category name and owner (industry, v1.1).

        Returns one device as get does, plus its gateway and node (sub-devices), category name, owning home
        and icon. The details version Tuya's Industry Basic Service lists as current; prefer it to get in
        new code.

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
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/7d3f13ae55?id=Kcojnu63giq1v
        """
        return cast(
            "models.IotDevice",
            await self._client.call(
                _GET_V1_1,
                {"device_id": device_id},
                lambda: models.IotDevice,
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
        """Get factory data (UUID, serial number, MAC) of up to 20 devices (industry).

        Returns the factory data of the given devices, as devices.list_factory_infos does, from the iot-03
        path; both read the same devices. Pass at most 20 IDs per call.

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

        Tuya docs: https://developer.tuya.com/en/docs/cloud/4dafcb9bd5?id=Kag2y3j30fndv
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

    async def rename(
        self,
        *,
        device_id: str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a device (industry).

        Sets a device's name, as devices.rename does; the new name shows in every family's details and lists
        (devices.get, iot_devices.get, things.get).

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
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
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

    async def delete(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a device (industry).

        Removes the device from the project, as devices.delete does; a gateway takes its sub-devices with
        it. Removing a device that is already gone succeeds.

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
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
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

    async def delete_many(
        self,
        *,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove up to 20 devices at once (industry).

        Removes every listed device from the project (gateways with their sub-devices); IDs that are already
        gone are skipped.

        Args:
            device_ids: Device IDs to remove (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the devices were removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE_MANY,
                {"device_ids": device_ids},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
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
        """Restore a device's factory settings (industry).

        Restores the device's defaults, as devices.reset_factory does; the device stays in the project
        (things.reset also unbinds it).

        Args:
            device_id: Device ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the device was reset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/4a9c660db3?id=Kag2y0zpy3e4g
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
