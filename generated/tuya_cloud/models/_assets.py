# Generated from spec/groups/assets.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class Asset(TuyaModel):
    """
    An asset of the industrial asset tree.
    """

    asset_full_name: Annotated[
        str | None, Field(description="Names of the asset's ancestors and its own, from the root.")
    ] = None
    asset_id: Annotated[str | None, Field(description="Asset ID.")] = None
    asset_image: Annotated[str | None, Field(description="Image of the asset (may be empty).")] = None
    asset_name: Annotated[str | None, Field(description="Name of the asset.")] = None
    asset_type: Annotated[int | str | None, Field(description="Type of the asset (may be absent).")] = None
    parent_asset_id: Annotated[str | None, Field(description='ID of the parent asset; "-1" at the root.')] = None


class AssetDevice(TuyaModel):
    """
    A device of an asset.
    """

    asset_id: Annotated[str | None, Field(description="ID of the asset the device belongs to.")] = None
    asset_name: Annotated[str | None, Field(description="Name of that asset.")] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None


class AssetDevicePage(TuyaModel):
    """
    One page of an asset's devices (Tuya's DevicePageListResponse).
    """

    has_next: Annotated[
        bool | None, Field(description="True when further pages exist (iot-02's name for has_more).")
    ] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    list_: Annotated[list[AssetDevice] | None, Field(alias="list", description="Devices on this page.")] = None
    page_size: Annotated[
        int | str | None, Field(description="The page size asked for (a string in some clients' typings).")
    ] = None
    total_size: Annotated[int | None, Field(description="Number of devices of the asset.")] = None


class AssetPage(TuyaModel):
    """
    One page of an asset's sub-assets.
    """

    has_next: Annotated[
        bool | None, Field(description="True when further pages exist (iot-02's name for has_more).")
    ] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    list_: Annotated[list[Asset] | None, Field(alias="list", description="Sub-assets on this page.")] = None
    page_size: Annotated[int | str | None, Field(description="The page size asked for.")] = None
