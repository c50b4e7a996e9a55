# Generated from spec/groups/locks.yaml by `python -m generator`; do not edit.
"""Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_OPEN_LOGS = Operation(
    id="locks.list_open_logs",
    method="GET",
    path="/v1.0/devices/{device_id}/door-lock/open-logs",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="page_no", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(
            name="start_time",
            location="query",
            required=True,
            schema={"type": "integer", "format": "timestamp-s-or-ms"},
        ),
        Param(
            name="end_time", location="query", required=True, schema={"type": "integer", "format": "timestamp-s-or-ms"}
        ),
    ),
    pagination=Pagination(
        style="page_number", items="logs", page_param="page_no", first_page=1, size_param="page_size", total="total"
    ),
)

_LIST_ALARM_LOGS = Operation(
    id="locks.list_alarm_logs",
    method="GET",
    path="/v1.0/devices/{device_id}/door-lock/alarm-logs",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="page_no", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(name="page_size", location="query", required=True, schema={"type": "integer", "minimum": 1}),
        Param(
            name="codes",
            location="query",
            required=False,
            schema={
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": {"type": "string", "enum": ["hijack", "alarm_lock", "doorbell"]},
            },
        ),
    ),
    pagination=Pagination(
        style="page_number", items="records", page_param="page_no", first_page=1, size_param="page_size", total="total"
    ),
)

_GET_LATEST_MEDIA_URL = Operation(
    id="locks.get_latest_media_url",
    method="GET",
    path="/v1.0/devices/{device_id}/door-lock/latest/media/url",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="file_type", location="query", required=True, schema={"type": "integer", "enum": [1, 2]}),
    ),
)

_GET_MEDIA_URL = Operation(
    id="locks.get_media_url",
    method="GET",
    path="/v1.0/devices/{device_id}/movement-configs",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="bucket", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="file_path", location="query", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_CREATE_PASSWORD_TICKET = Operation(
    id="locks.create_password_ticket",
    method="POST",
    path="/v1.0/smart-lock/devices/{device_id}/password-ticket",
    auth="token",
    retry_safe=False,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_OPERATE_DOOR = Operation(
    id="locks.operate_door",
    method="POST",
    path="/v1.0/smart-lock/devices/{device_id}/password-free/door-operate",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="ticket_id", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="open", location="body", required=True, schema={"type": "boolean"}),
    ),
)


class LocksResource(Resource):
    """Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation)."""

    __slots__ = ()

    def list_open_logs(
        self,
        *,
        device_id: str,
        page_no: int,
        page_size: int,
        start_time: int,
        end_time: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockOpenLogPage:
        """List the unlock records of a lock in a time window (paged).

        Returns one page of the lock's unlock history between start_time and end_time, with the total count
        for the window. Pages start at 1.

        Args:
            device_id: Device ID of the lock.
            page_no: Page number, starting at 1. >= 1.
            page_size: Records per page (no maximum is documented; 20 in Tuya's example). >= 1.
            start_time: Start of the window, a Unix time as 10-digit seconds (what Tuya's page example
                sends) or 13-digit milliseconds (what every client of the lock-log calls sends); see the
                conflict on units. Unix time in 10-digit seconds or 13-digit milliseconds.
            end_time: End of the window, in the same unit as start_time (10-digit seconds or 13-digit
                milliseconds). Unix time in 10-digit seconds or 13-digit milliseconds.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of unlock records and the total.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/b4b28d67c0?id=Katuf23ipl5ii
        """
        return cast(
            "models.LockOpenLogPage",
            self._client.call(
                _LIST_OPEN_LOGS,
                {
                    "device_id": device_id,
                    "page_no": page_no,
                    "page_size": page_size,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                models.LockOpenLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_open_logs(
        self,
        *,
        device_id: str,
        page_size: int,
        start_time: int,
        end_time: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.LockOpenLog]:
        """Iterate over every item of every page of `list_open_logs`.

        Takes the same arguments as `list_open_logs` except `page_no`, which it drives itself, and stops at
        the last page, or with a WARNING at a page that repeats the one before (raises TuyaError when a page
        beyond max_pages still holds items).
        """
        return cast(
            "Iterator[models.LockOpenLog]",
            self._client.paginate(
                _LIST_OPEN_LOGS,
                {"device_id": device_id, "page_size": page_size, "start_time": start_time, "end_time": end_time},
                models.LockOpenLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_alarm_logs(
        self,
        *,
        device_id: str,
        page_no: int,
        page_size: int,
        codes: Sequence[Literal["hijack", "alarm_lock", "doorbell"]] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockAlarmLogPage:
        """List the alarm records of a lock (paged).

        Returns one page of the lock's alarm history and the total count. Filter by alarm DP codes: hijack
        (duress alarm), alarm_lock (general alarms, Tuya's default when codes is omitted) and doorbell.
        Pages start at 1.

        Args:
            device_id: Device ID of the lock.
            page_no: Page number, starting at 1. >= 1.
            page_size: Records per page (no maximum is documented; 20 in Tuya's example). >= 1.
            codes: Alarm DP codes to include, sent comma-separated; Tuya returns general alarms (alarm_lock)
                when omitted. At least 1 item. No repeats. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of alarm records and the total.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/837c818f18?id=Katuevseqfpdg
        """
        return cast(
            "models.LockAlarmLogPage",
            self._client.call(
                _LIST_ALARM_LOGS,
                {"device_id": device_id, "page_no": page_no, "page_size": page_size, "codes": codes},
                models.LockAlarmLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_alarm_logs(
        self,
        *,
        device_id: str,
        page_size: int,
        codes: Sequence[Literal["hijack", "alarm_lock", "doorbell"]] | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.LockAlarmLog]:
        """Iterate over every item of every page of `list_alarm_logs`.

        Takes the same arguments as `list_alarm_logs` except `page_no`, which it drives itself, and stops at
        the last page, or with a WARNING at a page that repeats the one before (raises TuyaError when a page
        beyond max_pages still holds items).
        """
        return cast(
            "Iterator[models.LockAlarmLog]",
            self._client.paginate(
                _LIST_ALARM_LOGS,
                {"device_id": device_id, "page_size": page_size, "codes": codes},
                models.LockAlarmLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_latest_media_url(
        self,
        *,
        device_id: str,
        file_type: Literal[1, 2],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockMedia:
        """Get the latest remote-unlock or alarm photo of a camera lock.

        Returns the storage location and decryption key of the most recent photo (and video, if any) the
        lock captured for a remote-unlock request (file_type 1) or an alarm (file_type 2). The media is
        AES-encrypted; decrypt it with file_key / media_key. This one operation covers both seed entries
        "Get the latest remote door opening or alarm cover image" and "... picture".

        Args:
            device_id: Device ID of the lock.
            file_type: 1 for the remote-unlock request photo, 2 for the alarm photo. One of 1, 2.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Location and keys of the latest media.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/455fdcde1b?id=Kadb4uxkvqvbv
        """
        return cast(
            "models.LockMedia",
            self._client.call(
                _GET_LATEST_MEDIA_URL,
                {"device_id": device_id, "file_type": file_type},
                models.LockMedia,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_media_url(
        self,
        *,
        device_id: str,
        bucket: str,
        file_path: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str | dict[str, Any]:
        """Resolve a reported photo/video storage path into a download address.

        Real-time counterpart of get_latest_media_url: when a camera lock (or doorbell) reports a capture,
        for example with a remote-unlock request, the report carries a bucket and a file path (and the
        file's AES key); this call turns bucket and path into a short-lived address the encrypted file can
        be downloaded from. Every client that reads the reply treats the result as that address, a bare
        string; an object is kept as sent.

        Args:
            device_id: Device ID of the lock.
            bucket: Storage bucket from the lock's report, e.g. ty-eu-storage60-1254153901. Not empty.
            file_path: Object path of the photo or video from the lock's report. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The download address of the (still encrypted) file, as a string; decrypt the content with the
            key from the lock's report.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/doorlock-api-photovideos?id=Kbe2oetmbm0q5
        """
        return cast(
            "str | dict[str, Any]",
            self._client.call(
                _GET_MEDIA_URL,
                {"device_id": device_id, "bucket": bucket, "file_path": file_path},
                str | dict[str, Any],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def create_password_ticket(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockTicket:
        """Get a one-time ticket for a remote lock operation.

        Issues a short-lived ticket that locks.operate_door consumes. Each call issues a new ticket (not
        retried automatically). Request it just before the operation: it expires after expire_time seconds
        and works once.

        Args:
            device_id: Device ID of the lock.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The ticket.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/c6ec729dac?id=Kat26yeejknqo
        """
        return cast(
            "models.LockTicket",
            self._client.call(
                _CREATE_PASSWORD_TICKET,
                {"device_id": device_id},
                models.LockTicket,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def operate_door(
        self,
        *,
        device_id: str,
        ticket_id: str,
        open: bool,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Unlock or lock a door remotely, without a password.

        Opens (open true) or locks (open false) the door with a ticket from locks.create_password_ticket.
        The ticket is used up by the call, so it is not retried automatically; an unlock shows in the lock's
        status (closed_opened) and in locks.list_open_logs.

        Args:
            device_id: Device ID of the lock.
            ticket_id: A ticket from locks.create_password_ticket. Not empty.
            open: true to unlock, false to lock.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the lock carried out the operation.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/8b36eabd4d?id=Kayexavknr6dt
        """
        return cast(
            "bool",
            self._client.call(
                _OPERATE_DOOR,
                {"device_id": device_id, "ticket_id": ticket_id, "open": open},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncLocksResource(AsyncResource):
    """Smart locks (async): Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation)."""

    __slots__ = ()

    async def list_open_logs(
        self,
        *,
        device_id: str,
        page_no: int,
        page_size: int,
        start_time: int,
        end_time: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockOpenLogPage:
        """List the unlock records of a lock in a time window (paged).

        Returns one page of the lock's unlock history between start_time and end_time, with the total count
        for the window. Pages start at 1.

        Args:
            device_id: Device ID of the lock.
            page_no: Page number, starting at 1. >= 1.
            page_size: Records per page (no maximum is documented; 20 in Tuya's example). >= 1.
            start_time: Start of the window, a Unix time as 10-digit seconds (what Tuya's page example
                sends) or 13-digit milliseconds (what every client of the lock-log calls sends); see the
                conflict on units. Unix time in 10-digit seconds or 13-digit milliseconds.
            end_time: End of the window, in the same unit as start_time (10-digit seconds or 13-digit
                milliseconds). Unix time in 10-digit seconds or 13-digit milliseconds.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of unlock records and the total.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/b4b28d67c0?id=Katuf23ipl5ii
        """
        return cast(
            "models.LockOpenLogPage",
            await self._client.call(
                _LIST_OPEN_LOGS,
                {
                    "device_id": device_id,
                    "page_no": page_no,
                    "page_size": page_size,
                    "start_time": start_time,
                    "end_time": end_time,
                },
                lambda: models.LockOpenLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_open_logs(
        self,
        *,
        device_id: str,
        page_size: int,
        start_time: int,
        end_time: int,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.LockOpenLog]:
        """Iterate over every item of every page of `list_open_logs`.

        Takes the same arguments as `list_open_logs` except `page_no`, which it drives itself, and stops at
        the last page, or with a WARNING at a page that repeats the one before (raises TuyaError when a page
        beyond max_pages still holds items).
        """
        return cast(
            "AsyncIterator[models.LockOpenLog]",
            self._client.paginate(
                _LIST_OPEN_LOGS,
                {"device_id": device_id, "page_size": page_size, "start_time": start_time, "end_time": end_time},
                lambda: models.LockOpenLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_alarm_logs(
        self,
        *,
        device_id: str,
        page_no: int,
        page_size: int,
        codes: Sequence[Literal["hijack", "alarm_lock", "doorbell"]] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockAlarmLogPage:
        """List the alarm records of a lock (paged).

        Returns one page of the lock's alarm history and the total count. Filter by alarm DP codes: hijack
        (duress alarm), alarm_lock (general alarms, Tuya's default when codes is omitted) and doorbell.
        Pages start at 1.

        Args:
            device_id: Device ID of the lock.
            page_no: Page number, starting at 1. >= 1.
            page_size: Records per page (no maximum is documented; 20 in Tuya's example). >= 1.
            codes: Alarm DP codes to include, sent comma-separated; Tuya returns general alarms (alarm_lock)
                when omitted. At least 1 item. No repeats. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of alarm records and the total.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/837c818f18?id=Katuevseqfpdg
        """
        return cast(
            "models.LockAlarmLogPage",
            await self._client.call(
                _LIST_ALARM_LOGS,
                {"device_id": device_id, "page_no": page_no, "page_size": page_size, "codes": codes},
                lambda: models.LockAlarmLogPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_alarm_logs(
        self,
        *,
        device_id: str,
        page_size: int,
        codes: Sequence[Literal["hijack", "alarm_lock", "doorbell"]] | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.LockAlarmLog]:
        """Iterate over every item of every page of `list_alarm_logs`.

        Takes the same arguments as `list_alarm_logs` except `page_no`, which it drives itself, and stops at
        the last page, or with a WARNING at a page that repeats the one before (raises TuyaError when a page
        beyond max_pages still holds items).
        """
        return cast(
            "AsyncIterator[models.LockAlarmLog]",
            self._client.paginate(
                _LIST_ALARM_LOGS,
                {"device_id": device_id, "page_size": page_size, "codes": codes},
                lambda: models.LockAlarmLogPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_latest_media_url(
        self,
        *,
        device_id: str,
        file_type: Literal[1, 2],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockMedia:
        """Get the latest remote-unlock or alarm photo of a camera lock.

        Returns the storage location and decryption key of the most recent photo (and video, if any) the
        lock captured for a remote-unlock request (file_type 1) or an alarm (file_type 2). The media is
        AES-encrypted; decrypt it with file_key / media_key. This one operation covers both seed entries
        "Get the latest remote door opening or alarm cover image" and "... picture".

        Args:
            device_id: Device ID of the lock.
            file_type: 1 for the remote-unlock request photo, 2 for the alarm photo. One of 1, 2.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Location and keys of the latest media.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/455fdcde1b?id=Kadb4uxkvqvbv
        """
        return cast(
            "models.LockMedia",
            await self._client.call(
                _GET_LATEST_MEDIA_URL,
                {"device_id": device_id, "file_type": file_type},
                lambda: models.LockMedia,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_media_url(
        self,
        *,
        device_id: str,
        bucket: str,
        file_path: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str | dict[str, Any]:
        """Resolve a reported photo/video storage path into a download address.

        Real-time counterpart of get_latest_media_url: when a camera lock (or doorbell) reports a capture,
        for example with a remote-unlock request, the report carries a bucket and a file path (and the
        file's AES key); this call turns bucket and path into a short-lived address the encrypted file can
        be downloaded from. Every client that reads the reply treats the result as that address, a bare
        string; an object is kept as sent.

        Args:
            device_id: Device ID of the lock.
            bucket: Storage bucket from the lock's report, e.g. ty-eu-storage60-1254153901. Not empty.
            file_path: Object path of the photo or video from the lock's report. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The download address of the (still encrypted) file, as a string; decrypt the content with the
            key from the lock's report.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/doorlock-api-photovideos?id=Kbe2oetmbm0q5
        """
        return cast(
            "str | dict[str, Any]",
            await self._client.call(
                _GET_MEDIA_URL,
                {"device_id": device_id, "bucket": bucket, "file_path": file_path},
                lambda: str | dict[str, Any],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def create_password_ticket(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.LockTicket:
        """Get a one-time ticket for a remote lock operation.

        Issues a short-lived ticket that locks.operate_door consumes. Each call issues a new ticket (not
        retried automatically). Request it just before the operation: it expires after expire_time seconds
        and works once.

        Args:
            device_id: Device ID of the lock.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The ticket.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/c6ec729dac?id=Kat26yeejknqo
        """
        return cast(
            "models.LockTicket",
            await self._client.call(
                _CREATE_PASSWORD_TICKET,
                {"device_id": device_id},
                lambda: models.LockTicket,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def operate_door(
        self,
        *,
        device_id: str,
        ticket_id: str,
        open: bool,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Unlock or lock a door remotely, without a password.

        Opens (open true) or locks (open false) the door with a ticket from locks.create_password_ticket.
        The ticket is used up by the call, so it is not retried automatically; an unlock shows in the lock's
        status (closed_opened) and in locks.list_open_logs.

        Args:
            device_id: Device ID of the lock.
            ticket_id: A ticket from locks.create_password_ticket. Not empty.
            open: true to unlock, false to lock.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the lock carried out the operation.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/8b36eabd4d?id=Kayexavknr6dt
        """
        return cast(
            "bool",
            await self._client.call(
                _OPERATE_DOOR,
                {"device_id": device_id, "ticket_id": ticket_id, "open": open},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
