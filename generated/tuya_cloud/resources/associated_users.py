# Generated from spec/groups/associated_users.yaml by `python -m generator`; do not edit.
"""Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_DEVICES = Operation(
    id="associated_users.list_devices",
    method="GET",
    path="/v1.0/iot-01/associated-users/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="size", location="query", required=False, schema={"type": "integer", "minimum": 1, "maximum": 100}),
        Param(
            name="start_update_time",
            location="query",
            required=False,
            schema={"type": "integer", "format": "timestamp-s"},
        ),
        Param(
            name="end_update_time",
            location="query",
            required=False,
            schema={"type": "integer", "format": "timestamp-s"},
        ),
    ),
    pagination=Pagination(
        style="cursor",
        items="devices",
        size_param="size",
        cursor_param="last_row_key",
        next_cursor="last_row_key",
        has_more="has_more",
        total="total",
    ),
)

_LOGIN = Operation(
    id="associated_users.login",
    method="POST",
    path="/v1.0/iot-01/associated-users/actions/authorized-login",
    auth="token",
    retry_safe=False,
    params=(
        Param(
            name="country_code", location="body", required=True, schema={"type": "string", "pattern": "^[0-9]{1,4}$"}
        ),
        Param(name="username", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="password",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[0-9a-f]{32}$"},
            sensitive=True,
        ),
        Param(name="schema", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)


class AssociatedUsersResource(Resource):
    """Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor."""

    __slots__ = ()

    def list_devices(
        self,
        *,
        last_row_key: str | None = None,
        size: int | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AssociatedDevicePage:
        """List every device of the linked app accounts, with a row-key cursor.

        Returns the devices of all app accounts linked to the project, page by page: pass each reply's
        last_row_key back until has_more is false (or absent). Narrow by the time of the devices' last
        update with start_update_time and end_update_time (10-digit Unix seconds). For one account's devices
        use devices.list_for_user or iot_devices.list with source_type tuyaUser.

        Args:
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            size: Devices per page (tinytuya asks for 50; 20 when omitted). 1..100. Optional.
            start_update_time: Only devices updated at or after this (10-digit Unix seconds). 10-digit Unix
                time in seconds. Optional.
            end_update_time: Only devices updated at or before this (10-digit Unix seconds). 10-digit Unix
                time in seconds. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of devices with the cursor for the next.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/fc19523d18?id=Kakr4p8nq5xsc
        """
        return cast(
            "models.AssociatedDevicePage",
            self._client.call(
                _LIST_DEVICES,
                {
                    "last_row_key": last_row_key,
                    "size": size,
                    "start_update_time": start_update_time,
                    "end_update_time": end_update_time,
                },
                models.AssociatedDevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_devices(
        self,
        *,
        size: int | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.Device]:
        """Iterate over every item of every page of `list_devices`.

        Takes the same arguments as `list_devices` except `last_row_key`, which it drives itself, and stops
        at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.Device]",
            self._client.paginate(
                _LIST_DEVICES,
                {"size": size, "start_update_time": start_update_time, "end_update_time": end_update_time},
                models.AssociatedDevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def login(
        self,
        *,
        country_code: str,
        username: str,
        password: str,
        schema: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AppAccountToken:
        """Log in with an app account (Tuya Smart, Smart Life or an own app).

        Exchanges an app account's user name and password for that account's own token, as Home Assistant's
        former Tuya integration did in its smart-home mode. The password is sent as the lower-case hex MD5
        of the plain password, never in the clear. expire_time is a lifetime in seconds. A wrong password
        answers 1106; an unknown account, 2006.

        Args:
            country_code: Country calling code of the account, e.g. 49. Must match `^[0-9]{1,4}$`.
            username: The account's e-mail address or mobile number. Not empty.
            password: MD5 of the plain password, 32 lower-case hex digits. Must match `^[0-9a-f]{32}$`.
            schema: The app: tuyaSmart, smartlife, or an own app's schema. Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The app account's token.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ClockSkewError: Tuya answered 1013.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c40fc05907?id=Kawfjj0r2m82l
        """
        return cast(
            "models.AppAccountToken",
            self._client.call(
                _LOGIN,
                {"country_code": country_code, "username": username, "password": password, "schema": schema},
                models.AppAccountToken,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncAssociatedUsersResource(AsyncResource):
    """Associated app accounts (async): The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor."""

    __slots__ = ()

    async def list_devices(
        self,
        *,
        last_row_key: str | None = None,
        size: int | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AssociatedDevicePage:
        """List every device of the linked app accounts, with a row-key cursor.

        Returns the devices of all app accounts linked to the project, page by page: pass each reply's
        last_row_key back until has_more is false (or absent). Narrow by the time of the devices' last
        update with start_update_time and end_update_time (10-digit Unix seconds). For one account's devices
        use devices.list_for_user or iot_devices.list with source_type tuyaUser.

        Args:
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            size: Devices per page (tinytuya asks for 50; 20 when omitted). 1..100. Optional.
            start_update_time: Only devices updated at or after this (10-digit Unix seconds). 10-digit Unix
                time in seconds. Optional.
            end_update_time: Only devices updated at or before this (10-digit Unix seconds). 10-digit Unix
                time in seconds. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of devices with the cursor for the next.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/fc19523d18?id=Kakr4p8nq5xsc
        """
        return cast(
            "models.AssociatedDevicePage",
            await self._client.call(
                _LIST_DEVICES,
                {
                    "last_row_key": last_row_key,
                    "size": size,
                    "start_update_time": start_update_time,
                    "end_update_time": end_update_time,
                },
                lambda: models.AssociatedDevicePage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_devices(
        self,
        *,
        size: int | None = None,
        start_update_time: int | None = None,
        end_update_time: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.Device]:
        """Iterate over every item of every page of `list_devices`.

        Takes the same arguments as `list_devices` except `last_row_key`, which it drives itself, and stops
        at the last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.Device]",
            self._client.paginate(
                _LIST_DEVICES,
                {"size": size, "start_update_time": start_update_time, "end_update_time": end_update_time},
                lambda: models.AssociatedDevicePage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def login(
        self,
        *,
        country_code: str,
        username: str,
        password: str,
        schema: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AppAccountToken:
        """Log in with an app account (Tuya Smart, Smart Life or an own app).

        Exchanges an app account's user name and password for that account's own token, as Home Assistant's
        former Tuya integration did in its smart-home mode. The password is sent as the lower-case hex MD5
        of the plain password, never in the clear. expire_time is a lifetime in seconds. A wrong password
        answers 1106; an unknown account, 2006.

        Args:
            country_code: Country calling code of the account, e.g. 49. Must match `^[0-9]{1,4}$`.
            username: The account's e-mail address or mobile number. Not empty.
            password: MD5 of the plain password, 32 lower-case hex digits. Must match `^[0-9a-f]{32}$`.
            schema: The app: tuyaSmart, smartlife, or an own app's schema. Not empty.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The app account's token.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ClockSkewError: Tuya answered 1013.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c40fc05907?id=Kawfjj0r2m82l
        """
        return cast(
            "models.AppAccountToken",
            await self._client.call(
                _LOGIN,
                {"country_code": country_code, "username": username, "password": password, "schema": schema},
                lambda: models.AppAccountToken,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
