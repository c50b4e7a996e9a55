# Generated from spec/groups/device_users.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class DeviceUser(TuyaModel):
    """
    A member of a device's own user list (e.g. the people a body-fat scale or a lock tells apart), with the profile the device may use. birthday is in Unix milliseconds.

    """

    birthday: Annotated[
        int | None,
        Field(
            description="Date of birth in Unix milliseconds. Not checked as a 13-digit timestamp: birthdays before September 2001 have 12 digits or fewer (the page's example, 605517261000, is 1989).\n"
        ),
    ] = None
    contact: Annotated[str | None, Field(description="Contact information (e.g. a phone number).")] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    height: Annotated[int | None, Field(description="Height in centimetres.")] = None
    nick_name: Annotated[str | None, Field(description="Name of the user.")] = None
    sex: Annotated[int | None, Field(description="1 male, 2 female.")] = None
    user_id: Annotated[str | None, Field(description="ID of the device user.")] = None
    weight: Annotated[int | None, Field(description="Weight in grams.")] = None
