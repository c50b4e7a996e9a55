# Generated from spec/groups/device_control.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class DpSpecification(TuyaModel):
    """
    Type and value range of one DP in a device specification.
    """

    code: Annotated[str | None, Field(description="DP code.")] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None,
        Field(
            description="Value range as a JSON document inside a string (decode with json.loads), as in DeviceFunction.values."
        ),
    ] = None


class DpSpecificationV11(TuyaModel):
    """
    One DP of a v1.1 specification - DpSpecification plus the DP id.
    """

    code: Annotated[str | None, Field(description="DP code.")] = None
    dp_id: Annotated[
        int | None, Field(description="DP id, the number the device uses for the DP on the LAN (e.g. 1, 20).")
    ] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None,
        Field(
            description='Value range as a JSON document inside a string (decode with json.loads); "null" for some Boolean DPs.'
        ),
    ] = None


class DeviceSpecification(TuyaModel):
    """
    What a device supports (Tuya's DeviceSpecificationsRes): the DPs that can be set (functions) and the DPs it reports (status).

    """

    category: Annotated[str | None, Field(description="Category code of the product.")] = None
    functions: Annotated[
        list[DpSpecification] | None, Field(description="Instruction set - DPs that commands can set.")
    ] = None
    status: Annotated[list[DpSpecification] | None, Field(description="Status set - DPs the device reports.")] = None


class DeviceSpecificationV11(TuyaModel):
    """
    What a device supports, with DP ids (Tuya's DeviceSpecificationsV2Res).
    """

    category: Annotated[str | None, Field(description="Category code of the product.")] = None
    functions: Annotated[
        list[DpSpecificationV11] | None, Field(description="Instruction set - DPs that commands can set.")
    ] = None
    status: Annotated[list[DpSpecificationV11] | None, Field(description="Status set - DPs the device reports.")] = None
