# Generated from spec/groups/infrared.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class AcFanStep(TuyaModel):
    """
    A fan speed an air conditioner accepts at a temperature.
    """

    fan: Annotated[int | None, Field(description="Fan speed: 0 auto, 1 low, 2 medium, 3 high.")] = None
    fan_name: Annotated[str | None, Field(description="Display name.")] = None


class AcStatus(TuyaModel):
    """
    The last state sent to an air-conditioner remote. Every value is a string of digits ("1", "26"), as Tuya sends them; convert before comparing with numbers.

    """

    mode: Annotated[str | None, Field(description='"0" cool, "1" heat, "2" auto, "3" fan only, "4" dry.')] = None
    power: Annotated[str | None, Field(description='"0" off, "1" on.')] = None
    remote_id: Annotated[str | None, Field(description="ID of the remote.")] = None
    temp: Annotated[str | None, Field(description="Temperature in degrees Celsius.")] = None
    wind: Annotated[str | None, Field(description='"0" auto, "1" low, "2" medium, "3" high.')] = None


class AcTemperatureStep(TuyaModel):
    """
    A temperature an air conditioner accepts in a mode, with the fan speeds allowed there.
    """

    fan_list: Annotated[list[AcFanStep] | None, Field(description="Fan speeds allowed at this temperature.")] = None
    temp: Annotated[int | None, Field(description="Temperature in degrees Celsius.")] = None
    temp_name: Annotated[str | None, Field(description="Display name.")] = None


class InfraredRemote(TuyaModel):
    """
    A virtual remote bound to an IR hub.
    """

    area_id: Annotated[int | None, Field(description="Area of the TV operator (set-top boxes only).")] = None
    area_name: Annotated[str | None, Field(description="Area name (set-top boxes only).")] = None
    brand_id: Annotated[int | None, Field(description="Brand of the appliance.")] = None
    brand_name: Annotated[str | None, Field(description="Brand name.")] = None
    category_id: Annotated[
        int | None, Field(description="Appliance category, e.g. 2 TV, 5 air conditioner (see Tuya's IR category list).")
    ] = None
    operator_id: Annotated[int | None, Field(description="TV operator (set-top boxes only).")] = None
    operator_name: Annotated[str | None, Field(description="TV operator name (set-top boxes only).")] = None
    remote_id: Annotated[str | None, Field(description="ID of the virtual remote.")] = None
    remote_index: Annotated[int | None, Field(description="Index of the code library the remote uses.")] = None
    remote_name: Annotated[str | None, Field(description="Name of the remote.")] = None


class LearningCode(TuyaModel):
    """
    A code a DIY remote learned from the appliance's own remote.
    """

    code: Annotated[str | None, Field(description="The learned IR code; send it with infrared.send_learning_code.")] = (
        None
    )
    id: Annotated[
        int | str | None, Field(description="Record ID (a number; the page's example prints it as a string).")
    ] = None
    key: Annotated[str | None, Field(description="Key the code was saved under.")] = None
    key_name: Annotated[str | None, Field(description="Display name of the key.")] = None
    learn_id: Annotated[
        int | str | None, Field(description="Learning ID (a number; printed as a string in the example).")
    ] = None
    remote_id: Annotated[str | None, Field(description="ID of the remote.")] = None


class RemoteKey(TuyaModel):
    """
    One key (button) of a remote.
    """

    key: Annotated[
        str | None,
        Field(
            description="Key name, e.g. power or PowerOn; send it with infrared.send_key or, if standard, infrared.send_standard_key."
        ),
    ] = None
    key_id: Annotated[int | None, Field(description="Key ID (0 for the standard keys of air conditioners).")] = None
    key_name: Annotated[str | None, Field(description="Display name of the key.")] = None
    standard_key: Annotated[
        bool | None, Field(description="Whether the key is one of Tuya's standard keys for the category.")
    ] = None


class AcModeRange(TuyaModel):
    """
    What an air-conditioner remote can set in one mode.
    """

    mode: Annotated[int | None, Field(description="Mode: 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry.")] = None
    mode_name: Annotated[str | None, Field(description="Display name of the mode.")] = None
    temp_list: Annotated[list[AcTemperatureStep] | None, Field(description="Temperatures allowed in this mode.")] = None


class RemoteKeys(TuyaModel):
    """
    The keys a remote supports and, for air conditioners, the ranges of its settings.
    """

    brand_id: Annotated[int | None, Field(description="Brand of the appliance.")] = None
    category_id: Annotated[int | None, Field(description="Appliance category.")] = None
    duplicate_power: Annotated[bool | None, Field(description="Whether power on and power off are the same key.")] = (
        None
    )
    key_list: Annotated[list[RemoteKey] | None, Field(description="The keys.")] = None
    key_range: Annotated[
        list[AcModeRange] | None, Field(description="Air conditioners only; empty for other appliances.")
    ] = None
    remote_index: Annotated[int | None, Field(description="Index of the code library.")] = None
    single_air: Annotated[
        bool | None, Field(description="Whether the appliance is a single (non-split) air conditioner.")
    ] = None
