# Generated from spec/groups/devices.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import Device


class DevicePage(TuyaModel):
    """
    One page of devices from the page-numbered device list.
    """

    devices: Annotated[list[Device] | None, Field(description="Devices on this page.")] = None
    last_id: Annotated[
        str | None, Field(description="ID of the last device on this page (may be passed back as last_id).")
    ] = None
    total: Annotated[int | None, Field(description="Number of devices matching the filter.")] = None


class DevicePageV2(TuyaModel):
    """
    One page of devices from the row-key device list (v2).
    """

    devices: Annotated[list[Device] | None, Field(description="Devices on this page.")] = None
    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    last_id: Annotated[str | None, Field(description="ID of the last device returned.")] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    total: Annotated[int | None, Field(description="Number of devices matching the filter.")] = None


class SubDevice(TuyaModel):
    """
    A sub-device (e.g. Zigbee) attached to a gateway.
    """

    active_time: Annotated[int | None, Field(description="Last activation (Unix seconds).")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. wsdcg (temperature/humidity sensor).")] = (
        None
    )
    icon: Annotated[str | None, Field(description="Icon path, relative to images.<region domain>.")] = None
    id: Annotated[str | None, Field(description="Sub-device ID.")] = None
    name: Annotated[str | None, Field(description="Sub-device name.")] = None
    node_id: Annotated[str | None, Field(description="Node ID of the sub-device within the gateway's network.")] = None
    online: Annotated[bool | None, Field(description="Whether the sub-device is online.")] = None
    owner_id: Annotated[str | None, Field(description="ID of the home that owns the sub-device.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    update_time: Annotated[int | None, Field(description="Last status update (Unix seconds).")] = None
