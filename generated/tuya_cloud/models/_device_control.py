# Generated from spec/groups/device_control.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class DeviceFunction(TuyaModel):
    """
    One instruction (a DP that can be set) with its type and value range.
    """

    code: Annotated[str | None, Field(description="DP code to use in commands, e.g. switch_led.")] = None
    desc: Annotated[str | None, Field(description="Description of the instruction (may be absent).")] = None
    name: Annotated[str | None, Field(description="Display name of the instruction (may be absent).")] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None,
        Field(
            description='Value range as a JSON document inside a string; decode it with json.loads. Examples: "{}" for Boolean, {"min":0,"max":100,"scale":0,"step":1,"unit":"s"} for Integer, {"range":["white","colour"]} for Enum.\n'
        ),
    ] = None


class DeviceFunctions(TuyaModel):
    """
    The instruction set of a device or of a product category (Tuya's FunctionRes).
    """

    category: Annotated[str | None, Field(description="Category code, e.g. dj (light), kg (switch), cz (socket).")] = (
        None
    )
    functions: Annotated[list[DeviceFunction] | None, Field(description="Supported instructions.")] = None


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


class DeviceSpecification(TuyaModel):
    """
    What a device supports (Tuya's DeviceSpecificationsRes): the DPs that can be set (functions) and the DPs it reports (status).

    """

    category: Annotated[str | None, Field(description="Category code of the product.")] = None
    functions: Annotated[
        list[DpSpecification] | None, Field(description="Instruction set - DPs that commands can set.")
    ] = None
    status: Annotated[list[DpSpecification] | None, Field(description="Status set - DPs the device reports.")] = None
