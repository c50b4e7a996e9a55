# Generated from spec/groups/device_groups.yaml by `python -m generator`; do not edit.
"""Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_CANDIDATES = Operation(
    id="device_groups.list_candidates",
    method="GET",
    path="/v1.0/device-groups",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="pid", location="query", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="owner_id",
            location="query",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="uid", location="query", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_CREATE = Operation(
    id="device_groups.create",
    method="POST",
    path="/v1.0/device-groups",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="uid", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="pid", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="owner_id",
            location="body",
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

_GET = Operation(
    id="device_groups.get",
    method="GET",
    path="/v1.0/device-groups/{group_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="group_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "pattern": "^[0-9]+$"},
        ),
    ),
)

_LIST_FOR_USER = Operation(
    id="device_groups.list_for_user",
    method="GET",
    path="/v1.0/users/{uid}/device-groups",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="uid", location="path", required=True, schema={"type": "string"}),
        Param(name="type", location="query", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_UPDATE = Operation(
    id="device_groups.update",
    method="PUT",
    path="/v1.0/device-groups/{group_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="group_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "pattern": "^[0-9]+$"},
        ),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="device_ids",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
        ),
    ),
)

_DELETE = Operation(
    id="device_groups.delete",
    method="DELETE",
    path="/v1.0/device-groups/{group_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="group_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "pattern": "^[0-9]+$"},
        ),
    ),
)

_SEND_COMMANDS = Operation(
    id="device_groups.send_commands",
    method="POST",
    path="/v1.0/device-groups/{device_group_id}/issued",
    auth="token",
    retry_safe=False,
    params=(
        Param(
            name="device_group_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "pattern": "^[0-9]+$"},
        ),
        Param(
            name="functions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "GroupFunction"}},
        ),
    ),
)


class DeviceGroupsResource(Resource):
    """Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device)."""

    __slots__ = ()

    def list_candidates(
        self,
        *,
        pid: str,
        owner_id: int | str,
        uid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.GroupCandidate]:
        """List the devices of a product in a home that a group may hold.

        Tuya calls this "query device group list", but it returns devices: every device of the product (pid)
        in the home (owner_id), with check set for those already in a group of that product. Use it to offer
        the devices a new group can take; read groups with device_groups.get or device_groups.list_for_user.

        Args:
            pid: Product ID; only devices of this product can share a group. Not empty.
            owner_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            uid: User ID (optional). Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The devices; empty when the home has none of the product.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "list[models.GroupCandidate]",
            self._client.call(
                _LIST_CANDIDATES,
                {"pid": pid, "owner_id": owner_id, "uid": uid},
                list[models.GroupCandidate],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def create(
        self,
        *,
        uid: str,
        name: str,
        pid: str,
        owner_id: int | str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> int | str:
        """Create a device group.

        Makes a group of devices of one product in one home and returns its ID. Every member must be a
        device of that product (pid) in that home (owner_id). Not retried automatically: a second send would
        create a second group.

        Args:
            uid: User who owns the group (a member of the home). Not empty.
            name: Group name. Not empty.
            pid: Product ID of the members. Not empty.
            owner_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            device_ids: IDs of the member devices. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new group.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "int | str",
            self._client.call(
                _CREATE,
                {"uid": uid, "name": name, "pid": pid, "owner_id": owner_id, "device_ids": device_ids},
                int | str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get(
        self,
        *,
        group_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceGroup:
        """Get a device group.

        Returns the group's ID, name, product, home and members.

        Args:
            group_id: Group ID. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The group.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "models.DeviceGroup",
            self._client.call(
                _GET,
                {"group_id": group_id},
                models.DeviceGroup,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_for_user(
        self,
        *,
        uid: str,
        type: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.DeviceGroup]:
        """List the device groups of a user.

        Returns every device group the user made, in every home.

        Args:
            uid: User ID.
            type: Group type filter, sent by Tuya's Node.js SDK; its values are not documented, so any
                string is passed on. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's groups; empty when there are none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "list[models.DeviceGroup]",
            self._client.call(
                _LIST_FOR_USER,
                {"uid": uid, "type": type},
                list[models.DeviceGroup],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update(
        self,
        *,
        group_id: int | str,
        name: str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a device group and replace its members.

        Sets the group's name and its full member list (devices left out are removed from the group; they
        must all be of the group's product, in its home).

        Args:
            group_id: Group ID. Must match `^[0-9]+$`.
            name: New group name. Not empty.
            device_ids: The complete new member list. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the group was updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE,
                {"group_id": group_id, "name": name, "device_ids": device_ids},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete(
        self,
        *,
        group_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a device group.

        Dissolves the group; its devices stay in the home and keep working on their own.

        Args:
            group_id: Group ID. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the group was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"group_id": group_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_commands(
        self,
        *,
        device_group_id: int | str,
        functions: Sequence[models.GroupFunction | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a command to every member of a device group.

        Sends the instructions to each member of the group, as device_control.send_commands would to each
        device; members that are offline are skipped. Every code must be a function of the group's product.
        Not retried automatically.

        Args:
            device_group_id: Group ID. Must match `^[0-9]+$`.
            functions: Instructions: {code, value} pairs, as in device_control.send_commands. At least 1
                item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the command was sent to the members.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2008.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_COMMANDS,
                {"device_group_id": device_group_id, "functions": functions},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncDeviceGroupsResource(AsyncResource):
    """Device groups (smart home) (async): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device)."""

    __slots__ = ()

    async def list_candidates(
        self,
        *,
        pid: str,
        owner_id: int | str,
        uid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.GroupCandidate]:
        """List the devices of a product in a home that a group may hold.

        Tuya calls this "query device group list", but it returns devices: every device of the product (pid)
        in the home (owner_id), with check set for those already in a group of that product. Use it to offer
        the devices a new group can take; read groups with device_groups.get or device_groups.list_for_user.

        Args:
            pid: Product ID; only devices of this product can share a group. Not empty.
            owner_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            uid: User ID (optional). Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The devices; empty when the home has none of the product.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "list[models.GroupCandidate]",
            await self._client.call(
                _LIST_CANDIDATES,
                {"pid": pid, "owner_id": owner_id, "uid": uid},
                lambda: list[models.GroupCandidate],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def create(
        self,
        *,
        uid: str,
        name: str,
        pid: str,
        owner_id: int | str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> int | str:
        """Create a device group.

        Makes a group of devices of one product in one home and returns its ID. Every member must be a
        device of that product (pid) in that home (owner_id). Not retried automatically: a second send would
        create a second group.

        Args:
            uid: User who owns the group (a member of the home). Not empty.
            name: Group name. Not empty.
            pid: Product ID of the members. Not empty.
            owner_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            device_ids: IDs of the member devices. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new group.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "int | str",
            await self._client.call(
                _CREATE,
                {"uid": uid, "name": name, "pid": pid, "owner_id": owner_id, "device_ids": device_ids},
                lambda: int | str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get(
        self,
        *,
        group_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceGroup:
        """Get a device group.

        Returns the group's ID, name, product, home and members.

        Args:
            group_id: Group ID. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The group.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "models.DeviceGroup",
            await self._client.call(
                _GET,
                {"group_id": group_id},
                lambda: models.DeviceGroup,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_for_user(
        self,
        *,
        uid: str,
        type: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.DeviceGroup]:
        """List the device groups of a user.

        Returns every device group the user made, in every home.

        Args:
            uid: User ID.
            type: Group type filter, sent by Tuya's Node.js SDK; its values are not documented, so any
                string is passed on. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's groups; empty when there are none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "list[models.DeviceGroup]",
            await self._client.call(
                _LIST_FOR_USER,
                {"uid": uid, "type": type},
                lambda: list[models.DeviceGroup],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update(
        self,
        *,
        group_id: int | str,
        name: str,
        device_ids: Sequence[str],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Rename a device group and replace its members.

        Sets the group's name and its full member list (devices left out are removed from the group; they
        must all be of the group's product, in its home).

        Args:
            group_id: Group ID. Must match `^[0-9]+$`.
            name: New group name. Not empty.
            device_ids: The complete new member list. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the group was updated.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE,
                {"group_id": group_id, "name": name, "device_ids": device_ids},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete(
        self,
        *,
        group_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a device group.

        Dissolves the group; its devices stay in the home and keep working on their own.

        Args:
            group_id: Group ID. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the group was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"group_id": group_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_commands(
        self,
        *,
        device_group_id: int | str,
        functions: Sequence[models.GroupFunction | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a command to every member of a device group.

        Sends the instructions to each member of the group, as device_control.send_commands would to each
        device; members that are offline are skipped. Every code must be a function of the group's product.
        Not retried automatically.

        Args:
            device_group_id: Group ID. Must match `^[0-9]+$`.
            functions: Instructions: {code, value} pairs, as in device_control.send_commands. At least 1
                item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the command was sent to the members.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2008.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_COMMANDS,
                {"device_group_id": device_group_id, "functions": functions},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
