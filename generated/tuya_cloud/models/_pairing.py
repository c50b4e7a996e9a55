# Generated from spec/groups/pairing.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class PairedSubDevice(TuyaModel):
    """
    A sub-device that joined a gateway. Times are 10-digit Unix seconds. The English page's table is unusable, so the fields come from the Chinese page's example and Tuya's Go SDK.

    """

    active_time: Annotated[int | None, Field(description="Activation time (Unix seconds).")] = None
    category: Annotated[str | None, Field(description="Category code, e.g. ywbj (smoke detector).")] = None
    id: Annotated[str | None, Field(description="Device ID of the sub-device.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    online: Annotated[bool | None, Field(description="Whether the sub-device is online.")] = None
    owner_id: Annotated[str | None, Field(description="ID of the home that owns the device.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None
    update_time: Annotated[int | None, Field(description="Last status update (Unix seconds).")] = None
    uuid: Annotated[
        str | None, Field(description="Chip-level unique ID (in the Go SDK's struct, not in the page example).")
    ] = None


class PairingFailedDevice(TuyaModel):
    """
    A device whose pairing failed, with Tuya's reason.
    """

    code: Annotated[str | None, Field(description='Error code of the failure, as a string (e.g. "2001").')] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    msg: Annotated[str | None, Field(description="Text of the error code.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None


class PairingSuccessDevice(TuyaModel):
    """
    A device that was paired successfully with the token.
    """

    category: Annotated[str | None, Field(description="Product category code.")] = None
    device_id: Annotated[str | None, Field(description="Device ID assigned to the new device.")] = None
    name: Annotated[str | None, Field(description="Device name.")] = None
    product_id: Annotated[str | None, Field(description="Product ID.")] = None


class PairingResult(TuyaModel):
    """
    Outcome of a pairing session so far (Tuya's ParingResult): devices that joined and devices that failed. Both lists may be empty while pairing is still in progress.

    """

    failed: Annotated[list[PairingFailedDevice] | None, Field(description="Devices that failed to pair.")] = None
    success: Annotated[list[PairingSuccessDevice] | None, Field(description="Devices paired successfully.")] = None
