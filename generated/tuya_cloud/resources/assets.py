# Generated from spec/groups/assets.yaml by `python -m generator`; do not edit.
"""Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_DEVICES = Operation(
    id="assets.list_devices",
    method="GET",
    path="/v1.0/iot-02/assets/{asset_id}/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="asset_id", location="path", required=True, schema={"type": "string"}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 100}
        ),
    ),
    pagination=Pagination(
        style="cursor",
        items="list",
        size_param="page_size",
        cursor_param="last_row_key",
        next_cursor="last_row_key",
        has_more="has_next",
        total="total_size",
    ),
)

_LIST_SUB_ASSETS = Operation(
    id="assets.list_sub_assets",
    method="GET",
    path="/v1.0/iot-02/assets/{asset_id}/sub-assets",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="asset_id", location="path", required=True, schema={"type": "string"}),
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 100}
        ),
    ),
    pagination=Pagination(
        style="cursor",
        items="list",
        size_param="page_size",
        cursor_param="last_row_key",
        next_cursor="last_row_key",
        has_more="has_next",
    ),
)

_GET = Operation(
    id="assets.get",
    method="GET",
    path="/v1.0/iot-02/assets/{asset_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="asset_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST = Operation(
    id="assets.list",
    method="GET",
    path="/v1.0/iot-02/assets",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="asset_ids",
            location="query",
            required=True,
            schema={"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20},
        ),
    ),
)

_CREATE = Operation(
    id="assets.create",
    method="POST",
    path="/v1.0/iot-02/assets",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="parent_asset_id", location="body", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="meta_id", location="body", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_UPDATE = Operation(
    id="assets.update",
    method="PUT",
    path="/v1.0/iot-02/assets/{asset_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="asset_id", location="path", required=True, schema={"type": "string"}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="meta_id", location="body", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_DELETE = Operation(
    id="assets.delete",
    method="DELETE",
    path="/v1.0/iot-02/assets/{asset_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="asset_id", location="path", required=True, schema={"type": "string"}),),
)


class AssetsResource(Resource):
    """Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets."""

    __slots__ = ()

    def list_devices(
        self,
        *,
        asset_id: str,
        page_size: int,
        last_row_key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AssetDevicePage:
        """List the devices of an asset, page by page (iot-02, closed to new projects).

        Returns the IDs of the devices directly under an asset, with a row-key cursor: pass each reply's
        last_row_key back until has_next is false. Read each device with iot_devices.get_v1_1 or things.get.
        Unavailable to projects created after 2023-06-20 (see the group).

        Args:
            asset_id: Asset ID.
            page_size: Devices per page, 1 to 100. 1..100.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of the asset's devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/14b38455ff?id=Kag2yqrfshovt
        """
        return cast(
            "models.AssetDevicePage",
            self._client.call(
                _LIST_DEVICES,
                {"asset_id": asset_id, "page_size": page_size, "last_row_key": last_row_key},
                models.AssetDevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_devices(
        self,
        *,
        asset_id: str,
        page_size: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.AssetDevice]:
        """Iterate over every item of every page of `list_devices`.

        Takes the same arguments as `list_devices` except `last_row_key`, which it drives itself, and stops
        at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.AssetDevice]",
            self._client.paginate(
                _LIST_DEVICES,
                {"asset_id": asset_id, "page_size": page_size},
                models.AssetDevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_sub_assets(
        self,
        *,
        asset_id: str,
        page_size: int,
        last_row_key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AssetPage:
        """List the child assets of an asset, page by page (iot-02, closed to new projects).

        Returns the assets directly under an asset ("-1" for the top of the tree), with a row-key cursor:
        pass each reply's last_row_key back until has_next is false. Unavailable to projects created after
        2023-06-20 (see the group).

        Args:
            asset_id: Asset ID; "-1" for the assets at the top of the tree.
            page_size: Assets per page, 1 to 100. 1..100.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of child assets.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "models.AssetPage",
            self._client.call(
                _LIST_SUB_ASSETS,
                {"asset_id": asset_id, "page_size": page_size, "last_row_key": last_row_key},
                models.AssetPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_sub_assets(
        self,
        *,
        asset_id: str,
        page_size: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.Asset]:
        """Iterate over every item of every page of `list_sub_assets`.

        Takes the same arguments as `list_sub_assets` except `last_row_key`, which it drives itself, and
        stops at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.Asset]",
            self._client.paginate(
                _LIST_SUB_ASSETS,
                {"asset_id": asset_id, "page_size": page_size},
                models.AssetPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get(
        self,
        *,
        asset_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Asset:
        """Get an asset (iot-02, closed to new projects).

        Returns one asset with its name, full name and parent. Unavailable to projects created after
        2023-06-20.

        Args:
            asset_id: Asset ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The asset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "models.Asset",
            self._client.call(
                _GET,
                {"asset_id": asset_id},
                models.Asset,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        asset_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Asset]:
        """Get several assets by ID (iot-02, closed to new projects).

        Returns each given asset that exists. Unavailable to projects created after 2023-06-20.

        Args:
            asset_ids: Asset IDs (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per asset found.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "builtins.list[models.Asset]",
            self._client.call(
                _LIST,
                {"asset_ids": asset_ids},
                builtins.list[models.Asset],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def create(
        self,
        *,
        name: str,
        parent_asset_id: str | None = None,
        meta_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Create an asset (iot-02, closed to new projects).

        Creates an asset under a parent (at the top of the tree when parent_asset_id is omitted) and returns
        its ID. Not retried automatically: a duplicate would create a second asset. Unavailable to projects
        created after 2023-06-20.

        Args:
            name: Name of the new asset. Not empty.
            parent_asset_id: ID of the parent asset; the top of the tree when omitted. Not empty. Optional.
            meta_id: ID of the asset's metadata template, if the project defines one. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new asset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "str",
            self._client.call(
                _CREATE,
                {"name": name, "parent_asset_id": parent_asset_id, "meta_id": meta_id},
                str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update(
        self,
        *,
        asset_id: str,
        name: str,
        meta_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename an asset (iot-02, closed to new projects).

        Sets an asset's name (and metadata template). Unavailable to projects created after 2023-06-20.

        Args:
            asset_id: Asset ID.
            name: New name of the asset. Not empty.
            meta_id: ID of the asset's metadata template, if the project defines one. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the asset was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE,
                {"asset_id": asset_id, "name": name, "meta_id": meta_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete(
        self,
        *,
        asset_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete an asset (iot-02, closed to new projects).

        Deletes an asset. Unavailable to projects created after 2023-06-20.

        Args:
            asset_id: Asset ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the asset was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"asset_id": asset_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncAssetsResource(AsyncResource):
    """Assets (industry, iot-02) (async): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets."""

    __slots__ = ()

    async def list_devices(
        self,
        *,
        asset_id: str,
        page_size: int,
        last_row_key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AssetDevicePage:
        """List the devices of an asset, page by page (iot-02, closed to new projects).

        Returns the IDs of the devices directly under an asset, with a row-key cursor: pass each reply's
        last_row_key back until has_next is false. Read each device with iot_devices.get_v1_1 or things.get.
        Unavailable to projects created after 2023-06-20 (see the group).

        Args:
            asset_id: Asset ID.
            page_size: Devices per page, 1 to 100. 1..100.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of the asset's devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/14b38455ff?id=Kag2yqrfshovt
        """
        return cast(
            "models.AssetDevicePage",
            await self._client.call(
                _LIST_DEVICES,
                {"asset_id": asset_id, "page_size": page_size, "last_row_key": last_row_key},
                lambda: models.AssetDevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_devices(
        self,
        *,
        asset_id: str,
        page_size: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.AssetDevice]:
        """Iterate over every item of every page of `list_devices`.

        Takes the same arguments as `list_devices` except `last_row_key`, which it drives itself, and stops
        at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.AssetDevice]",
            self._client.paginate(
                _LIST_DEVICES,
                {"asset_id": asset_id, "page_size": page_size},
                lambda: models.AssetDevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_sub_assets(
        self,
        *,
        asset_id: str,
        page_size: int,
        last_row_key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AssetPage:
        """List the child assets of an asset, page by page (iot-02, closed to new projects).

        Returns the assets directly under an asset ("-1" for the top of the tree), with a row-key cursor:
        pass each reply's last_row_key back until has_next is false. Unavailable to projects created after
        2023-06-20 (see the group).

        Args:
            asset_id: Asset ID; "-1" for the assets at the top of the tree.
            page_size: Assets per page, 1 to 100. 1..100.
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of child assets.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "models.AssetPage",
            await self._client.call(
                _LIST_SUB_ASSETS,
                {"asset_id": asset_id, "page_size": page_size, "last_row_key": last_row_key},
                lambda: models.AssetPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_sub_assets(
        self,
        *,
        asset_id: str,
        page_size: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.Asset]:
        """Iterate over every item of every page of `list_sub_assets`.

        Takes the same arguments as `list_sub_assets` except `last_row_key`, which it drives itself, and
        stops at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.Asset]",
            self._client.paginate(
                _LIST_SUB_ASSETS,
                {"asset_id": asset_id, "page_size": page_size},
                lambda: models.AssetPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get(
        self,
        *,
        asset_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Asset:
        """Get an asset (iot-02, closed to new projects).

        Returns one asset with its name, full name and parent. Unavailable to projects created after
        2023-06-20.

        Args:
            asset_id: Asset ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The asset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "models.Asset",
            await self._client.call(
                _GET,
                {"asset_id": asset_id},
                lambda: models.Asset,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        asset_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Asset]:
        """Get several assets by ID (iot-02, closed to new projects).

        Returns each given asset that exists. Unavailable to projects created after 2023-06-20.

        Args:
            asset_ids: Asset IDs (sent comma-separated), 1 to 20. 1 to 20 items.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per asset found.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "builtins.list[models.Asset]",
            await self._client.call(
                _LIST,
                {"asset_ids": asset_ids},
                lambda: builtins.list[models.Asset],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def create(
        self,
        *,
        name: str,
        parent_asset_id: str | None = None,
        meta_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Create an asset (iot-02, closed to new projects).

        Creates an asset under a parent (at the top of the tree when parent_asset_id is omitted) and returns
        its ID. Not retried automatically: a duplicate would create a second asset. Unavailable to projects
        created after 2023-06-20.

        Args:
            name: Name of the new asset. Not empty.
            parent_asset_id: ID of the parent asset; the top of the tree when omitted. Not empty. Optional.
            meta_id: ID of the asset's metadata template, if the project defines one. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new asset.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "str",
            await self._client.call(
                _CREATE,
                {"name": name, "parent_asset_id": parent_asset_id, "meta_id": meta_id},
                lambda: str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update(
        self,
        *,
        asset_id: str,
        name: str,
        meta_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename an asset (iot-02, closed to new projects).

        Sets an asset's name (and metadata template). Unavailable to projects created after 2023-06-20.

        Args:
            asset_id: Asset ID.
            name: New name of the asset. Not empty.
            meta_id: ID of the asset's metadata template, if the project defines one. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the asset was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE,
                {"asset_id": asset_id, "name": name, "meta_id": meta_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete(
        self,
        *,
        asset_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete an asset (iot-02, closed to new projects).

        Deletes an asset. Unavailable to projects created after 2023-06-20.

        Args:
            asset_id: Asset ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the asset was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"asset_id": asset_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
