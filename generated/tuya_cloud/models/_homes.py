# Generated from spec/groups/homes.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class Home(TuyaModel):
    """
    Basic profile of a home (Tuya calls it HomeRes). Fields beyond these may appear and are kept.

    """

    geo_name: Annotated[str | None, Field(description="Free-text address of the home (may be empty).")] = None
    home_id: Annotated[int | None, Field(description="Home ID.")] = None
    lat: Annotated[float | None, Field(description="Latitude of the home (0 when not set).")] = None
    lon: Annotated[float | None, Field(description="Longitude of the home (0 when not set).")] = None
    name: Annotated[str | None, Field(description="Name of the home.")] = None
    role: Annotated[
        str | None,
        Field(
            description="The user's role in the home, e.g. OWNER. The set of values is not documented, so any string is accepted; older pages omit the field.\n"
        ),
    ] = None


class HomeMember(TuyaModel):
    """
    One member of a home. Fields beyond these may appear and are kept.
    """

    admin: Annotated[bool | None, Field(description="True when the member is an administrator of the home.")] = None
    avatar: Annotated[str | None, Field(description="URL of the member's avatar image.")] = None
    country_code: Annotated[str | None, Field(description="Country calling code of the account, e.g. 86.")] = None
    member_account: Annotated[
        str | None,
        Field(description="Account of the member (phone number or email), partly masked, e.g. 86-*********05."),
    ] = None
    name: Annotated[str | None, Field(description="Nickname of the member within the home.")] = None
    owner: Annotated[bool | None, Field(description="True when the member owns the home.")] = None
    uid: Annotated[str | None, Field(description="User ID of the member.")] = None
