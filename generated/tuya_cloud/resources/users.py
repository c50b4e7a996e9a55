# Generated from spec/groups/users.yaml by `python -m generator`; do not edit.
"""Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_GET = Operation(
    id="users.get",
    method="GET",
    path="/v1.0/users/{uid}/infos",
    auth="token",
    retry_safe=True,
    params=(Param(name="uid", location="path", required=True, schema={"type": "string"}),),
)

_LIST = Operation(
    id="users.list",
    method="GET",
    path="/v2.0/apps/{schema}/users",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="schema", location="path", required=True, schema={"type": "string"}),
        Param(name="page_no", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(
            name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 100}
        ),
        Param(name="username", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="start_time", location="query", required=False, schema={"type": "integer", "format": "timestamp-s"}),
        Param(name="end_time", location="query", required=False, schema={"type": "integer", "format": "timestamp-s"}),
    ),
    pagination=Pagination(
        style="page_number",
        items="list",
        page_param="page_no",
        first_page=1,
        size_param="page_size",
        has_more="has_more",
        total="total",
    ),
)

_SYNC = Operation(
    id="users.sync",
    method="POST",
    path="/v1.0/apps/{schema}/user",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="schema", location="path", required=True, schema={"type": "string"}),
        Param(
            name="country_code", location="body", required=True, schema={"type": "string", "pattern": "^[0-9]{1,4}$"}
        ),
        Param(name="username", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="password", location="body", required=True, schema={"type": "string", "pattern": "^[0-9a-fA-F]{32}$"}
        ),
        Param(name="username_type", location="body", required=True, schema={"type": "integer", "enum": [1, 2, 3]}),
        Param(name="nick_name", location="body", required=False, schema={"type": "string"}),
        Param(name="time_zone_id", location="body", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_LIST_V1 = Operation(
    id="users.list_v1",
    method="GET",
    path="/v1.0/apps/{schema}/users",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="schema", location="path", required=True, schema={"type": "string"}),
        Param(name="page_no", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(
            name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1, "maximum": 100}
        ),
    ),
)


class UsersResource(Resource):
    """Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user."""

    __slots__ = ()

    def get(
        self,
        *,
        uid: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.UserInfo:
        """Get one user's profile.

        Returns the profile of an app user: names, contact fields, registration times, time zone,
        temperature unit and profile settings.

        Args:
            uid: User ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's profile.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cfebf22ad3?id=Kawfjdgic5c0w
        """
        return cast(
            "models.UserInfo",
            self._client.call(
                _GET,
                {"uid": uid},
                models.UserInfo,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        schema: str,
        page_no: int,
        page_size: int,
        username: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.UserPage:
        """List the users of an app, page by page.

        Lists the users registered in one app (given by its schema), optionally filtered by username and by
        registration time. The time window spans at most 30 days: with no times, Tuya uses the last 30 days;
        with only one of them, it derives the other. Phone numbers and emails are masked. page_size may be 1
        to 100 (the page states 0 to 100; 0 would return nothing).

        Args:
            schema: Identifier (schema) of the app, as shown in the app's settings on the IoT platform.
            page_no: Page number, starting at 1. >= 1.
            page_size: Users per page, 1 to 100. 1..100.
            username: Return only the user with this username. Not empty. Optional.
            start_time: Start of the registration-time window (10-digit Unix seconds). 10-digit Unix time in
                seconds. Optional.
            end_time: End of the registration-time window (10-digit Unix seconds); at most 30 days after
                start_time. 10-digit Unix time in seconds. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of users with the total count.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/76f3e0885f?id=Kawfji9n0sdmq
        """
        return cast(
            "models.UserPage",
            self._client.call(
                _LIST,
                {
                    "schema": schema,
                    "page_no": page_no,
                    "page_size": page_size,
                    "username": username,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                models.UserPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list(
        self,
        *,
        schema: str,
        page_size: int,
        username: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.AppUser]:
        """Iterate over every item of every page of `list`.

        Takes the same arguments as `list` except `page_no`, which it drives itself, and stops at the last
        page, or with a WARNING at a page that repeats the one before (raises TuyaError when a page beyond
        max_pages still holds items).
        """
        return cast(
            "Iterator[models.AppUser]",
            self._client.paginate(
                _LIST,
                {
                    "schema": schema,
                    "page_size": page_size,
                    "username": username,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                models.UserPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def sync(
        self,
        *,
        schema: str,
        country_code: str,
        username: str,
        password: str,
        username_type: Literal[1, 2, 3],
        nick_name: str | None = None,
        time_zone_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.SyncedUser:
        """Create or update an app user (user sync).

        Registers a user of the app with a user name and password, or, when the user name is already
        registered, updates that user's password, nickname and time zone (country code, user name and type
        never change). Returns the user's ID either way, so a second send does no harm. The password is the
        MD5 hex digest of the plain password, never the plain password.

        Args:
            schema: The app's schema (channel identifier).
            country_code: Phone country code, e.g. 49. Must match `^[0-9]{1,4}$`.
            username: User name (a phone number, an email address or any other name, as username_type says).
                Not empty.
            password: MD5 hex digest (32 hex digits) of the user's password. Must match `^[0-9a-fA-F]{32}$`.
            username_type: 1 mobile number, 2 email address, 3 other (the default of Tuya's page). One of 1,
                2, 3.
            nick_name: Nickname. Optional.
            time_zone_id: IANA time zone ID, e.g. Europe/Berlin. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's ID.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/21707ff1ba?id=Kawfjd7120rb0
        """
        return cast(
            "models.SyncedUser",
            self._client.call(
                _SYNC,
                {
                    "schema": schema,
                    "country_code": country_code,
                    "username": username,
                    "password": password,
                    "username_type": username_type,
                    "nick_name": nick_name,
                    "time_zone_id": time_zone_id,
                },
                models.SyncedUser,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_v1(
        self,
        *,
        schema: str,
        page_no: int,
        page_size: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.UserV1Page:
        """List an app's users, page by page (v1.0).

        The v1.0 predecessor of users.list, which older SDKs (Tuya's Go and Node.js cloud SDKs,
        TuyaAPI/openapi) call. Prefer users.list (v2.0): Tuya documents only that one, and it can filter by
        sign-up time and user name. This one pages with page_no/page_size over all users.

        Args:
            schema: The app's schema.
            page_no: Page number, from 1. >= 1.
            page_size: Users per page. 1..100.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of users.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/TuyaAPI/openapi/blob/06f5abb7f4729af3759edf0b49f35f2c0f10c3cf/src/api.ts
        """
        return cast(
            "models.UserV1Page",
            self._client.call(
                _LIST_V1,
                {"schema": schema, "page_no": page_no, "page_size": page_size},
                models.UserV1Page,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncUsersResource(AsyncResource):
    """Users (async): App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user."""

    __slots__ = ()

    async def get(
        self,
        *,
        uid: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.UserInfo:
        """Get one user's profile.

        Returns the profile of an app user: names, contact fields, registration times, time zone,
        temperature unit and profile settings.

        Args:
            uid: User ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's profile.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cfebf22ad3?id=Kawfjdgic5c0w
        """
        return cast(
            "models.UserInfo",
            await self._client.call(
                _GET,
                {"uid": uid},
                lambda: models.UserInfo,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        schema: str,
        page_no: int,
        page_size: int,
        username: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.UserPage:
        """List the users of an app, page by page.

        Lists the users registered in one app (given by its schema), optionally filtered by username and by
        registration time. The time window spans at most 30 days: with no times, Tuya uses the last 30 days;
        with only one of them, it derives the other. Phone numbers and emails are masked. page_size may be 1
        to 100 (the page states 0 to 100; 0 would return nothing).

        Args:
            schema: Identifier (schema) of the app, as shown in the app's settings on the IoT platform.
            page_no: Page number, starting at 1. >= 1.
            page_size: Users per page, 1 to 100. 1..100.
            username: Return only the user with this username. Not empty. Optional.
            start_time: Start of the registration-time window (10-digit Unix seconds). 10-digit Unix time in
                seconds. Optional.
            end_time: End of the registration-time window (10-digit Unix seconds); at most 30 days after
                start_time. 10-digit Unix time in seconds. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of users with the total count.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/76f3e0885f?id=Kawfji9n0sdmq
        """
        return cast(
            "models.UserPage",
            await self._client.call(
                _LIST,
                {
                    "schema": schema,
                    "page_no": page_no,
                    "page_size": page_size,
                    "username": username,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                lambda: models.UserPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list(
        self,
        *,
        schema: str,
        page_size: int,
        username: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.AppUser]:
        """Iterate over every item of every page of `list`.

        Takes the same arguments as `list` except `page_no`, which it drives itself, and stops at the last
        page, or with a WARNING at a page that repeats the one before (raises TuyaError when a page beyond
        max_pages still holds items).
        """
        return cast(
            "AsyncIterator[models.AppUser]",
            self._client.paginate(
                _LIST,
                {
                    "schema": schema,
                    "page_size": page_size,
                    "username": username,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                lambda: models.UserPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def sync(
        self,
        *,
        schema: str,
        country_code: str,
        username: str,
        password: str,
        username_type: Literal[1, 2, 3],
        nick_name: str | None = None,
        time_zone_id: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.SyncedUser:
        """Create or update an app user (user sync).

        Registers a user of the app with a user name and password, or, when the user name is already
        registered, updates that user's password, nickname and time zone (country code, user name and type
        never change). Returns the user's ID either way, so a second send does no harm. The password is the
        MD5 hex digest of the plain password, never the plain password.

        Args:
            schema: The app's schema (channel identifier).
            country_code: Phone country code, e.g. 49. Must match `^[0-9]{1,4}$`.
            username: User name (a phone number, an email address or any other name, as username_type says).
                Not empty.
            password: MD5 hex digest (32 hex digits) of the user's password. Must match `^[0-9a-fA-F]{32}$`.
            username_type: 1 mobile number, 2 email address, 3 other (the default of Tuya's page). One of 1,
                2, 3.
            nick_name: Nickname. Optional.
            time_zone_id: IANA time zone ID, e.g. Europe/Berlin. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's ID.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/21707ff1ba?id=Kawfjd7120rb0
        """
        return cast(
            "models.SyncedUser",
            await self._client.call(
                _SYNC,
                {
                    "schema": schema,
                    "country_code": country_code,
                    "username": username,
                    "password": password,
                    "username_type": username_type,
                    "nick_name": nick_name,
                    "time_zone_id": time_zone_id,
                },
                lambda: models.SyncedUser,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_v1(
        self,
        *,
        schema: str,
        page_no: int,
        page_size: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.UserV1Page:
        """List an app's users, page by page (v1.0).

        The v1.0 predecessor of users.list, which older SDKs (Tuya's Go and Node.js cloud SDKs,
        TuyaAPI/openapi) call. Prefer users.list (v2.0): Tuya documents only that one, and it can filter by
        sign-up time and user name. This one pages with page_no/page_size over all users.

        Args:
            schema: The app's schema.
            page_no: Page number, from 1. >= 1.
            page_size: Users per page. 1..100.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of users.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/TuyaAPI/openapi/blob/06f5abb7f4729af3759edf0b49f35f2c0f10c3cf/src/api.ts
        """
        return cast(
            "models.UserV1Page",
            await self._client.call(
                _LIST_V1,
                {"schema": schema, "page_no": page_no, "page_size": page_size},
                lambda: models.UserV1Page,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
