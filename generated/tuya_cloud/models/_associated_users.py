# Generated from spec/groups/associated_users.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import Device


class AppAccountToken(TuyaModel):
    """
    The token of an app account (Tuya's TokenRes). It signs calls made on behalf of that account; the SDK keeps signing with the project's own token, so pass it to a client of its own if needed.

    """

    access_token: Annotated[str | None, Field(repr=False, description="Access token of the app account.")] = None
    expire_time: Annotated[
        int | None, Field(description="Seconds the access token stays valid (not a point in time).", ge=0)
    ] = None
    platform_url: Annotated[
        str | None,
        Field(
            description="Base URL of the account's data centre, e.g. https://openapi.tuyaus.com (seen in live replies, not in the page's table)."
        ),
    ] = None
    refresh_token: Annotated[
        str | None, Field(repr=False, description="Refresh token of the app account; single use.")
    ] = None
    uid: Annotated[str | None, Field(description="Tuya user ID of the app account.")] = None


class AssociatedDevicePage(TuyaModel):
    """
    One page of the devices of the linked app accounts (Tuya's DeviceBatchRes).
    """

    devices: Annotated[
        list[Device] | None,
        Field(description="Devices on this page, as the smart-home device calls return them (with uid and status)."),
    ] = None
    has_more: Annotated[
        bool | None,
        Field(description="True when further pages exist; absent from some live replies (treat absent as false)."),
    ] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    total: Annotated[int | None, Field(description="Number of devices of the linked accounts.")] = None
