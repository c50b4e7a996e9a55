# Generated from spec/groups/homes.yaml by `python -m generator`; do not edit.
"""Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_GET = Operation(
    id="homes.get",
    method="GET",
    path="/v1.0/homes/{home_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
    ),
)

_DELETE = Operation(
    id="homes.delete",
    method="DELETE",
    path="/v1.0/homes/{home_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
    ),
)

_LIST_DEVICES = Operation(
    id="homes.list_devices",
    method="GET",
    path="/v1.0/homes/{home_id}/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
    ),
)

_LIST_MEMBERS = Operation(
    id="homes.list_members",
    method="GET",
    path="/v1.0/homes/{home_id}/members",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
    ),
)

_UPDATE_MEMBER = Operation(
    id="homes.update_member",
    method="PUT",
    path="/v1.0/homes/{home_id}/members/{uid}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="uid", location="path", required=True, schema={"type": "string"}),
        Param(name="admin", location="body", required=True, schema={"type": "boolean"}),
    ),
)

_DELETE_MEMBER = Operation(
    id="homes.delete_member",
    method="DELETE",
    path="/v1.0/homes/{home_id}/members/{uid}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="uid", location="path", required=True, schema={"type": "string"}),
    ),
)

_ADD_ROOM = Operation(
    id="homes.add_room",
    method="POST",
    path="/v1.0/homes/{home_id}/room",
    auth="token",
    retry_safe=False,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_DELETE_ROOM = Operation(
    id="homes.delete_room",
    method="DELETE",
    path="/v1.0/homes/{home_id}/rooms/{room_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="room_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
    ),
)

_RENAME_ROOM = Operation(
    id="homes.rename_room",
    method="PUT",
    path="/v1.0/homes/{home_id}/rooms/{room_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="room_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_LIST_ROOM_DEVICES = Operation(
    id="homes.list_room_devices",
    method="GET",
    path="/v1.0/homes/{home_id}/rooms/{room_id}/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="room_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
    ),
)

_LIST_FOR_USER = Operation(
    id="homes.list_for_user",
    method="GET",
    path="/v1.0/users/{uid}/homes",
    auth="token",
    retry_safe=True,
    params=(Param(name="uid", location="path", required=True, schema={"type": "string"}),),
)

_ADD_ROOM_DEVICES = Operation(
    id="homes.add_room_devices",
    method="POST",
    path="/v1.0/homes/{home_id}/rooms/{room_id}/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="room_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="device_ids",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        ),
    ),
)

_REMOVE_ROOM_DEVICES = Operation(
    id="homes.remove_room_devices",
    method="DELETE",
    path="/v1.0/homes/{home_id}/rooms/{room_id}/devices",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="room_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(
            name="device_ids",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        ),
    ),
)


class HomesResource(Resource):
    """Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room)."""

    __slots__ = ()

    def get(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Home:
        """Get the profile of a home.

        Returns the name, location (longitude, latitude, address) and, where Tuya sends it, the caller's
        role for one home.

        Args:
            home_id: Home ID; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must match
                `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's profile.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/0dbe66fef6?id=Kcb5j95pgdeu0
        """
        return cast(
            "models.Home",
            self._client.call(
                _GET,
                {"home_id": home_id},
                models.Home,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a home.

        Removes a home. Its rooms and members go with it, so this cannot be undone; Tuya returns true when
        the home was removed.

        Args:
            home_id: Home to delete; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must
                match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the home was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/6889fd21cf?id=Kawfjei1b8ci4
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"home_id": home_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_devices(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.Device]:
        """List the devices of a home.

        Returns every device of the home in one list (no paging), with its details and latest DP values.
        Times are 10-digit Unix seconds.

        Args:
            home_id: Home whose devices are listed; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d7ee73aadb?id=Kawfjer0wkt2a
        """
        return cast(
            "list[models.Device]",
            self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id},
                list[models.Device],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_members(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.HomeMember]:
        """List the members of a home.

        Returns every member of the home with their account, nickname and whether they are an administrator
        or the owner. Accounts come back partly masked.

        Args:
            home_id: Home whose members are listed; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's members.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/9e1fa96cca?id=Kawfjf04nr6dd
        """
        return cast(
            "list[models.HomeMember]",
            self._client.call(
                _LIST_MEMBERS,
                {"home_id": home_id},
                list[models.HomeMember],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update_member(
        self,
        *,
        home_id: int | str,
        uid: str,
        admin: bool,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Make a home member an administrator or an ordinary member.

        Sets the admin flag of one member of the home: true grants administrator rights, false turns the
        member into an ordinary member. Setting the same value again changes nothing.

        Args:
            home_id: Home of the member; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            uid: User ID of the member to change.
            admin: true to make the member an administrator, false for an ordinary member.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the member was updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/9a1353697a?id=Kawfjfigqx7va
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE_MEMBER,
                {"home_id": home_id, "uid": uid, "admin": admin},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete_member(
        self,
        *,
        home_id: int | str,
        uid: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a member from a home.

        Takes one user out of the home; Tuya returns true when the member was removed.

        Args:
            home_id: Home of the member; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            uid: User ID of the member to remove.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the member was removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cd4ca9d9af?id=Kawfjfrashst0
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE_MEMBER,
                {"home_id": home_id, "uid": uid},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def add_room(
        self,
        *,
        home_id: int | str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> int:
        """Add a room to a home.

        Creates a room with the given name in the home and returns the new room's numeric ID (use it with
        the room calls of this group). Note the path ends in the singular `room`, unlike every other room
        call. Sending it twice creates two rooms.

        Args:
            home_id: Home to add the room to; a numeric ID, accepted as int or as a decimal str. 64-bit
                integer. Must match `^[0-9]+$`.
            name: Name of the new room. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new room.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/42590b6dcc?id=Kawfjg0brs1zl
        """
        return cast(
            "int",
            self._client.call(
                _ADD_ROOM,
                {"home_id": home_id, "name": name},
                int,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete_room(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a room from a home.

        Removes one room of the home; Tuya returns true when it was deleted.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to delete; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must
                match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the room was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cf7a22a637?id=Kawfjgin5zae3
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE_ROOM,
                {"home_id": home_id, "room_id": room_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def rename_room(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a room.

        Gives a room of the home a new name; Tuya returns true when the name was changed.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to rename; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must
                match `^[0-9]+$`.
            name: New name of the room (no length limit is documented). Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the room was renamed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/04635dba27?id=Kawfjgribi8tq
        """
        return cast(
            "bool",
            self._client.call(
                _RENAME_ROOM,
                {"home_id": home_id, "room_id": room_id, "name": name},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_room_devices(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.Device]:
        """List the devices in a room.

        Returns every device assigned to one room of the home in one list (no paging). Times are 10-digit
        Unix seconds.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room whose devices are listed; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The room's devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/23ecef19df?id=Kawfjh0l67rd9
        """
        return cast(
            "list[models.Device]",
            self._client.call(
                _LIST_ROOM_DEVICES,
                {"home_id": home_id, "room_id": room_id},
                list[models.Device],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_for_user(
        self,
        *,
        uid: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.Home]:
        """List the homes a user belongs to.

        Returns every home the Tuya app user is a member of, with each home's profile and the user's role in
        it. Use the home_id values with the other calls of this group.

        Args:
            uid: Tuya user ID (e.g. the UID of the linked app account).
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's homes.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f5dd40ed14?id=Kawfjh9hpov1n
        """
        return cast(
            "list[models.Home]",
            self._client.call(
                _LIST_FOR_USER,
                {"uid": uid},
                list[models.Home],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def add_room_devices(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Put devices of a home into a room.

        Assigns one or more devices that already belong to the home to a room. Devices that are already in
        the room stay there, so repeating the call is harmless. Tuya returns true on success.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to put the devices in; a numeric ID, accepted as int or as a decimal str. 64-bit
                integer. Must match `^[0-9]+$`.
            device_ids: IDs of the devices to place in the room, one device ID per item (no maximum is
                documented). At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the devices were added to the room.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/580cf6d356?id=Kawfjhifn3l0x
        """
        return cast(
            "bool",
            self._client.call(
                _ADD_ROOM_DEVICES,
                {"home_id": home_id, "room_id": room_id, "device_ids": device_ids},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def remove_room_devices(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Take devices out of a room.

        Removes one or more devices from a room of the home (they stay in the home). This DELETE carries a
        JSON body with device_ids; the body is part of the signed request. Tuya returns true on success.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to take the devices out of; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            device_ids: IDs of the devices to remove from the room, one device ID per item. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the devices were removed from the room.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d3e25dfd74?id=Kawfji0jh3voy
        """
        return cast(
            "bool",
            self._client.call(
                _REMOVE_ROOM_DEVICES,
                {"home_id": home_id, "room_id": room_id, "device_ids": device_ids},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncHomesResource(AsyncResource):
    """Homes and rooms (async): Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room)."""

    __slots__ = ()

    async def get(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Home:
        """Get the profile of a home.

        Returns the name, location (longitude, latitude, address) and, where Tuya sends it, the caller's
        role for one home.

        Args:
            home_id: Home ID; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must match
                `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's profile.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/0dbe66fef6?id=Kcb5j95pgdeu0
        """
        return cast(
            "models.Home",
            await self._client.call(
                _GET,
                {"home_id": home_id},
                lambda: models.Home,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a home.

        Removes a home. Its rooms and members go with it, so this cannot be undone; Tuya returns true when
        the home was removed.

        Args:
            home_id: Home to delete; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must
                match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the home was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/6889fd21cf?id=Kawfjei1b8ci4
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"home_id": home_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_devices(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.Device]:
        """List the devices of a home.

        Returns every device of the home in one list (no paging), with its details and latest DP values.
        Times are 10-digit Unix seconds.

        Args:
            home_id: Home whose devices are listed; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d7ee73aadb?id=Kawfjer0wkt2a
        """
        return cast(
            "list[models.Device]",
            await self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id},
                lambda: list[models.Device],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_members(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.HomeMember]:
        """List the members of a home.

        Returns every member of the home with their account, nickname and whether they are an administrator
        or the owner. Accounts come back partly masked.

        Args:
            home_id: Home whose members are listed; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's members.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/9e1fa96cca?id=Kawfjf04nr6dd
        """
        return cast(
            "list[models.HomeMember]",
            await self._client.call(
                _LIST_MEMBERS,
                {"home_id": home_id},
                lambda: list[models.HomeMember],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update_member(
        self,
        *,
        home_id: int | str,
        uid: str,
        admin: bool,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Make a home member an administrator or an ordinary member.

        Sets the admin flag of one member of the home: true grants administrator rights, false turns the
        member into an ordinary member. Setting the same value again changes nothing.

        Args:
            home_id: Home of the member; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            uid: User ID of the member to change.
            admin: true to make the member an administrator, false for an ordinary member.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the member was updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/9a1353697a?id=Kawfjfigqx7va
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE_MEMBER,
                {"home_id": home_id, "uid": uid, "admin": admin},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete_member(
        self,
        *,
        home_id: int | str,
        uid: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Remove a member from a home.

        Takes one user out of the home; Tuya returns true when the member was removed.

        Args:
            home_id: Home of the member; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            uid: User ID of the member to remove.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the member was removed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cd4ca9d9af?id=Kawfjfrashst0
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE_MEMBER,
                {"home_id": home_id, "uid": uid},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def add_room(
        self,
        *,
        home_id: int | str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> int:
        """Add a room to a home.

        Creates a room with the given name in the home and returns the new room's numeric ID (use it with
        the room calls of this group). Note the path ends in the singular `room`, unlike every other room
        call. Sending it twice creates two rooms.

        Args:
            home_id: Home to add the room to; a numeric ID, accepted as int or as a decimal str. 64-bit
                integer. Must match `^[0-9]+$`.
            name: Name of the new room. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new room.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/42590b6dcc?id=Kawfjg0brs1zl
        """
        return cast(
            "int",
            await self._client.call(
                _ADD_ROOM,
                {"home_id": home_id, "name": name},
                lambda: int,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete_room(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a room from a home.

        Removes one room of the home; Tuya returns true when it was deleted.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to delete; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must
                match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the room was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/cf7a22a637?id=Kawfjgin5zae3
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE_ROOM,
                {"home_id": home_id, "room_id": room_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def rename_room(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        name: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a room.

        Gives a room of the home a new name; Tuya returns true when the name was changed.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to rename; a numeric ID, accepted as int or as a decimal str. 64-bit integer. Must
                match `^[0-9]+$`.
            name: New name of the room (no length limit is documented). Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the room was renamed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/04635dba27?id=Kawfjgribi8tq
        """
        return cast(
            "bool",
            await self._client.call(
                _RENAME_ROOM,
                {"home_id": home_id, "room_id": room_id, "name": name},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_room_devices(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.Device]:
        """List the devices in a room.

        Returns every device assigned to one room of the home in one list (no paging). Times are 10-digit
        Unix seconds.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room whose devices are listed; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The room's devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/23ecef19df?id=Kawfjh0l67rd9
        """
        return cast(
            "list[models.Device]",
            await self._client.call(
                _LIST_ROOM_DEVICES,
                {"home_id": home_id, "room_id": room_id},
                lambda: list[models.Device],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_for_user(
        self,
        *,
        uid: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.Home]:
        """List the homes a user belongs to.

        Returns every home the Tuya app user is a member of, with each home's profile and the user's role in
        it. Use the home_id values with the other calls of this group.

        Args:
            uid: Tuya user ID (e.g. the UID of the linked app account).
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's homes.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/f5dd40ed14?id=Kawfjh9hpov1n
        """
        return cast(
            "list[models.Home]",
            await self._client.call(
                _LIST_FOR_USER,
                {"uid": uid},
                lambda: list[models.Home],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def add_room_devices(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Put devices of a home into a room.

        Assigns one or more devices that already belong to the home to a room. Devices that are already in
        the room stay there, so repeating the call is harmless. Tuya returns true on success.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to put the devices in; a numeric ID, accepted as int or as a decimal str. 64-bit
                integer. Must match `^[0-9]+$`.
            device_ids: IDs of the devices to place in the room, one device ID per item (no maximum is
                documented). At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the devices were added to the room.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/580cf6d356?id=Kawfjhifn3l0x
        """
        return cast(
            "bool",
            await self._client.call(
                _ADD_ROOM_DEVICES,
                {"home_id": home_id, "room_id": room_id, "device_ids": device_ids},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def remove_room_devices(
        self,
        *,
        home_id: int | str,
        room_id: int | str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Take devices out of a room.

        Removes one or more devices from a room of the home (they stay in the home). This DELETE carries a
        JSON body with device_ids; the body is part of the signed request. Tuya returns true on success.

        Args:
            home_id: Home of the room; a numeric ID, accepted as int or as a decimal str. 64-bit integer.
                Must match `^[0-9]+$`.
            room_id: Room to take the devices out of; a numeric ID, accepted as int or as a decimal str.
                64-bit integer. Must match `^[0-9]+$`.
            device_ids: IDs of the devices to remove from the room, one device ID per item. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the devices were removed from the room.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1100, 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d3e25dfd74?id=Kawfji0jh3voy
        """
        return cast(
            "bool",
            await self._client.call(
                _REMOVE_ROOM_DEVICES,
                {"home_id": home_id, "room_id": room_id, "device_ids": device_ids},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
