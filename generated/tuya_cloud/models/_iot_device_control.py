# Generated from spec/groups/iot_device_control.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class IotDpSpecification(TuyaModel):
    """
    One DP of an iot-03 specification: the v1.0 item of device_control.get_specifications plus a display name and, for functions, a description.

    """

    code: Annotated[str | None, Field(description="DP code.")] = None
    desc: Annotated[
        str | None, Field(description="Functions only: a description; real replies repeat the value range here.")
    ] = None
    name: Annotated[
        str | None, Field(description="Display name of the DP (in Chinese for products without an English name).")
    ] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None, Field(description="Value range as a JSON document inside a string (decode with json.loads).")
    ] = None


class LangDpSpecification(TuyaModel):
    """
    One DP of a v1.2 specification, with its display name and the labels of its values.
    """

    code: Annotated[str | None, Field(description="DP code.")] = None
    lang_config: Annotated[
        dict[str, str] | None,
        Field(description='Labels by value or key, e.g. {"true": "ON", "false": "OFF"} or {"unit": "s"}.'),
    ] = None
    name: Annotated[str | None, Field(description="Display name of the DP.")] = None
    type: Annotated[
        str | None, Field(description="DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ...")
    ] = None
    values: Annotated[
        str | None, Field(description="Value range as a JSON document inside a string (decode with json.loads).")
    ] = None


class IotDeviceSpecification(TuyaModel):
    """
    What a device supports (Tuya's FunctionStatusRes) - its instruction set and its status set.
    """

    category: Annotated[str | None, Field(description="Category code of the product.")] = None
    functions: Annotated[
        list[IotDpSpecification] | None, Field(description="Instruction set - DPs that commands can set.")
    ] = None
    status: Annotated[list[IotDpSpecification] | None, Field(description="Status set - DPs the device reports.")] = None


class LangDeviceSpecification(TuyaModel):
    """
    What a device supports, with labels (Tuya's FunctionStatusToLangRes).
    """

    category: Annotated[str | None, Field(description="Category code of the product.")] = None
    functions: Annotated[
        list[LangDpSpecification] | None, Field(description="Instruction set - DPs that commands can set.")
    ] = None
    status: Annotated[list[LangDpSpecification] | None, Field(description="Status set - DPs the device reports.")] = (
        None
    )
