# Generated from spec/groups/users.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel


class AppUser(TuyaModel):
    """
    One user in an app's user list; privacy fields come back masked.
    """

    country_code: Annotated[str | None, Field(description="Phone country code.")] = None
    create_time: Annotated[int | None, Field(description="Registration time (Unix seconds).")] = None
    email: Annotated[str | None, Field(description="Email address (masked); email-registered users only.")] = None
    mobile: Annotated[str | None, Field(description="Phone number (masked); phone-registered users only.")] = None
    uid: Annotated[str | None, Field(description="User ID.")] = None
    update_time: Annotated[int | None, Field(description="Last update (Unix seconds).")] = None
    username: Annotated[str | None, Field(description="Login name.")] = None


class SyncedUser(TuyaModel):
    """
    The user a sync created or updated.
    """

    uid: Annotated[str, Field(description="User ID.")]


class UserPage(TuyaModel):
    """
    One page of an app's users.
    """

    has_more: Annotated[bool | None, Field(description="True when further pages exist.")] = None
    list_: Annotated[list[AppUser] | None, Field(alias="list", description="Users on this page.")] = None
    total: Annotated[int | None, Field(description="Number of users matching the filter.")] = None


class UserProperty(TuyaModel):
    """
    One profile setting of a user as a code/value pair.
    """

    code: Annotated[str | None, Field(description="Setting code, e.g. dataAuthorization or marketingPush.")] = None
    value: Annotated[str | None, Field(description='Setting value as a string, e.g. "1".')] = None


class UserV1Page(TuyaModel):
    """
    One page of the v1.0 user list. Its "more pages" flag is spelt has_mode in the one client that types the reply (a typo of has_more); both spellings are declared.

    """

    has_mode: Annotated[bool | None, Field(description="has_more as TuyaAPI/openapi types it (kept as sent).")] = None
    has_more: Annotated[bool | None, Field(description="Whether a later page has users.")] = None
    list_: Annotated[list[AppUser] | None, Field(alias="list", description="The users on this page.")] = None
    total: Annotated[int | None, Field(description="Number of users in the app.")] = None


class UserInfo(TuyaModel):
    """
    Profile of one app user.
    """

    avatar: Annotated[str | None, Field(description="URL of the avatar image.")] = None
    country_code: Annotated[str | None, Field(description="Phone country code, e.g. 86.")] = None
    create_time: Annotated[int | None, Field(description="Registration time (Unix seconds).")] = None
    email: Annotated[
        str | None, Field(description="Email address; only for users who registered with email (may be empty).")
    ] = None
    mobile: Annotated[str | None, Field(description="Phone number; only for users who registered with a phone.")] = None
    nick_name: Annotated[str | None, Field(description="Nickname.")] = None
    temp_unit: Annotated[
        int | None,
        Field(description="Preferred temperature unit (1 = Celsius in the example; Tuya apps use 2 for Fahrenheit)."),
    ] = None
    time_zone_id: Annotated[str | None, Field(description="Time zone ID, e.g. Asia/Shanghai.")] = None
    uid: Annotated[str | None, Field(description="User ID.")] = None
    update_time: Annotated[int | None, Field(description="Last profile update (Unix seconds).")] = None
    user_properties: Annotated[
        list[UserProperty] | None, Field(description="Profile settings such as consent flags.")
    ] = None
    username: Annotated[
        str | None, Field(description="Login name (phone with country prefix, e.g. 86-1555****005, or an email).")
    ] = None
