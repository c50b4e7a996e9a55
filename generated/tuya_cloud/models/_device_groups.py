# Generated from spec/groups/device_groups.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from .._runtime.models import TuyaModel


class DeviceGroup(TuyaModel):
    """
    A device group. Only id is named by Tuya's page; the other fields are those the group is made with and are kept as sent.

    """

    device_ids: Annotated[list[str] | None, Field(description="IDs of the member devices.")] = None
    id: Annotated[
        int | str | None,
        Field(
            description="Group ID (numeric; declared as number or string, as group IDs differ across Tuya's group APIs)."
        ),
    ] = None
    name: Annotated[str | None, Field(description="Group name.")] = None
    owner_id: Annotated[str | None, Field(description="Home ID, as a string.")] = None
    pid: Annotated[str | None, Field(description="Product ID of the group's devices.")] = None
    uid: Annotated[str | None, Field(description="User who made the group.")] = None


class GroupCandidate(TuyaModel):
    """
    A device that a group of the product may hold, as the group-list call returns it.
    """

    check: Annotated[
        bool | None, Field(description="Whether the device is already in a group of this product (the app's tick box).")
    ] = None
    device_id: Annotated[str | None, Field(description="Device ID.")] = None
    device_name: Annotated[str | None, Field(description="Device name (may be empty).")] = None
    online: Annotated[bool | None, Field(description="Whether the device is online.")] = None


class GroupFunction(TuyaModel):
    """
    One instruction to send to every member of a group.
    """

    code: Annotated[str, Field(description="DP code, e.g. switch_1.", min_length=1)]
    value: Annotated[Any, Field(description="DP value; its type follows the DP.")]
