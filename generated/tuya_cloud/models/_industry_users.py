# Generated from spec/groups/industry_users.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .._runtime.models import TuyaModel


class AuthorizedAsset(TuyaModel):
    """
    An asset a user may see, with the user's permission on it.
    """

    asset_id: Annotated[str | None, Field(description="Asset ID.")] = None
    asset_name: Annotated[str | None, Field(description="Name of the asset.")] = None
    current_asset_device_num: Annotated[
        int | None, Field(description="Number of devices directly in the asset.", ge=0)
    ] = None
    parent_asset_id: Annotated[str | None, Field(description='ID of the parent asset; "-1" at the root.')] = None
    permission: Annotated[
        Literal["all", "read"] | str | None, Field(description="The permission on the asset: all (manage) or read.")
    ] = None


class AuthorizedAssetPage(TuyaModel):
    """
    One page of authorized assets.
    """

    assets: Annotated[list[AuthorizedAsset] | None, Field(description="Assets on this page.")] = None
    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    project_name: Annotated[str | None, Field(description="Name of the cloud project.")] = None


class IndustryLoginToken(TuyaModel):
    """
    The token of an industry user (Tuya's UserLoginTokenRes).
    """

    access_token: Annotated[str | None, Field(repr=False, description="Access token of the user.")] = None
    expire: Annotated[
        int | None, Field(description="Seconds the access token stays valid (this call's name for expire_time).", ge=0)
    ] = None
    refresh_token: Annotated[str | None, Field(repr=False, description="Refresh token of the user; single use.")] = None
    uid: Annotated[str | None, Field(description="User ID.")] = None


class IndustryUser(TuyaModel):
    """
    A user of an industry project.
    """

    country_code: Annotated[str | None, Field(description="Country calling code.")] = None
    user_id: Annotated[str | None, Field(description="User ID.")] = None
    user_name: Annotated[str | None, Field(description="User name (an e-mail address or mobile number).")] = None


class IndustryUserPage(TuyaModel):
    """
    One page of a project's users.
    """

    has_next: Annotated[
        bool | None, Field(description="True when further pages exist (absent from some clients' typings).")
    ] = None
    last_row_key: Annotated[str | None, Field(description="Cursor to pass as last_row_key for the next page.")] = None
    list_: Annotated[list[IndustryUser] | None, Field(alias="list", description="Users on this page.")] = None
    page_size: Annotated[int | str | None, Field(description="The page size asked for.")] = None


class IndustryUserRef(TuyaModel):
    """
    The ID of a registered user.
    """

    user_id: Annotated[str | None, Field(description="User ID.")] = None
