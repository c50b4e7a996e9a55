# Generated from spec/groups/scenes.yaml by `python -m generator`; do not edit.
"""Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_LIST_DEVICES = Operation(
    id="scenes.list_devices",
    method="GET",
    path="/v1.0/homes/{home_id}/scene/devices",
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
    id="scenes.delete",
    method="DELETE",
    path="/v1.0/homes/{home_id}/scenes/{scene_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_TRIGGER = Operation(
    id="scenes.trigger",
    method="POST",
    path="/v1.0/homes/{home_id}/scenes/{scene_id}/trigger",
    auth="token",
    retry_safe=False,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_LIST_DEFAULT_PICTURES = Operation(
    id="scenes.list_default_pictures",
    method="GET",
    path="/v1.0/scenes/default-pictures",
    auth="token",
    retry_safe=True,
    params=(),
)

_ENABLE = Operation(
    id="scenes.enable",
    method="PUT",
    path="/v1.0/homes/{home_id}/scenes/{scene_id}/actions/enable",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_DISABLE = Operation(
    id="scenes.disable",
    method="PUT",
    path="/v1.0/homes/{home_id}/scenes/{scene_id}/actions/disable",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_LIST = Operation(
    id="scenes.list",
    method="GET",
    path="/v1.0/homes/{home_id}/scenes",
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

_LIST_V1_1 = Operation(
    id="scenes.list_v1_1",
    method="GET",
    path="/v1.1/homes/{home_id}/scenes",
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

_CREATE = Operation(
    id="scenes.create",
    method="POST",
    path="/v1.0/homes/{home_id}/scenes",
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
        Param(name="background", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="actions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}},
        ),
    ),
)

_UPDATE = Operation(
    id="scenes.update",
    method="PUT",
    path="/v1.0/homes/{home_id}/scenes/{scene_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="background", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="actions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}},
        ),
    ),
)

_LIST_FOR_DEVICE = Operation(
    id="scenes.list_for_device",
    method="GET",
    path="/v1.0/devices/{device_id}/scenes",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_BIND_TO_DEVICE = Operation(
    id="scenes.bind_to_device",
    method="POST",
    path="/v1.0/devices/{device_id}/scenes/{scene_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="value", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_UNBIND_FROM_DEVICE = Operation(
    id="scenes.unbind_from_device",
    method="DELETE",
    path="/v1.0/devices/{device_id}/scenes/{scene_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(name="scene_id", location="path", required=True, schema={"type": "string"}),
    ),
)


class ScenesResource(Resource):
    """Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device)."""

    __slots__ = ()

    def list_devices(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.LinkageDevice]:
        """List the devices of a home that can be used in tap-to-run scenes.

        Returns the devices of the home that can be added to a tap-to-run scene as action targets. Each
        entry carries the device ID, UUID, name, product ID and the home ID (as a string).

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Devices usable in scenes; empty when the home has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/64a27eb7a7?id=Ka7kkb9p8j5u6
        """
        return cast(
            "builtins.list[models.LinkageDevice]",
            self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id},
                builtins.list[models.LinkageDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a tap-to-run scene of a home.

        Removes one tap-to-run scene from the home. Deleting a scene that no longer exists fails with an
        error.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/2e8ab293b7?id=Ka7kkbppgoqjg
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"home_id": home_id, "scene_id": scene_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def trigger(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Run a tap-to-run scene now.

        Executes every action of the scene once, immediately. There is no request body. The call is not
        retried automatically: sending it twice runs the scene twice.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene to run.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was started.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d00954a2c9?id=Ka7kkc5bvqw4p
        """
        return cast(
            "bool",
            self._client.call(
                _TRIGGER,
                {"home_id": home_id, "scene_id": scene_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_default_pictures(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[str]:
        """List Tuya's default cover images for scenes and automations.

        Returns the URLs of the stock cover pictures. Any of them can be passed as `background` when
        creating or updating a scene or an automation. Trim the strings: the page's example shows a URL with
        a trailing space.

        Args:
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Image URLs (strings; may carry stray whitespace).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c7c0d00c66?id=Ka7kkckkfiyw0
        """
        return cast(
            "builtins.list[str]",
            self._client.call(
                _LIST_DEFAULT_PICTURES,
                {},
                builtins.list[str],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def enable(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Enable a tap-to-run scene.

        Switches a disabled tap-to-run scene back on so it can be run again. No request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene is enabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b103faa80b?id=Ka7kkczu86eqr
        """
        return cast(
            "bool",
            self._client.call(
                _ENABLE,
                {"home_id": home_id, "scene_id": scene_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def disable(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Disable a tap-to-run scene.

        Switches a tap-to-run scene off without deleting it; it cannot be run until enabled again. No
        request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene is disabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1cfcfccfe6?id=Ka7kkdemlyipj
        """
        return cast(
            "bool",
            self._client.call(
                _DISABLE,
                {"home_id": home_id, "scene_id": scene_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Scene]:
        """List the tap-to-run scenes of a home (v1.0).

        Returns every tap-to-run scene of the home with its actions and enabled state. The v1.1 list
        (scenes.list_v1_1) returns the same scenes plus a status per scene and is the version Tuya's current
        scene API list names; use it in new code. This v1.0 call is kept because existing projects and
        libraries (tuya-iot-py-sdk, the Hubitat driver) call it; Tuya has archived its page.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's scenes; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/e20bd88817?id=Kc2xfz3d6z5g9
        """
        return cast(
            "builtins.list[models.Scene]",
            self._client.call(
                _LIST,
                {"home_id": home_id},
                builtins.list[models.Scene],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_v1_1(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Scene]:
        """List the tap-to-run scenes of a home (v1.1, with status).

        Returns every tap-to-run scene of the home with its actions, enabled state and a status string ("1"
        for a normal scene). Prefer it to scenes.list (v1.0): it is the version Tuya's current scene API
        list names, and it reports the same scenes. Its actions may carry extra_property and
        action_strategy; a scene may come without enabled.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's scenes; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/b896ea2090?id=Kchmouznlvlm3
        """
        return cast(
            "builtins.list[models.Scene]",
            self._client.call(
                _LIST_V1_1,
                {"home_id": home_id},
                builtins.list[models.Scene],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def create(
        self,
        *,
        home_id: int | str,
        name: str,
        background: str,
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Create a tap-to-run scene in a home.

        Adds a tap-to-run scene and returns its ID. Actions run in order when the scene is triggered:
        dpIssue sends DPs to a device of the home, delay waits, ruleEnable and ruleDisable switch an
        automation or another scene on or off. Not retried automatically: a second send would create a
        second scene.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            name: Scene name. Not empty.
            background: Cover image URL, e.g. one from scenes.list_default_pictures (stripped of
                whitespace). Not empty.
            actions: Steps to run, in order. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new scene.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5bfb814332?id=Kcxni2udvhzc8
        """
        return cast(
            "str",
            self._client.call(
                _CREATE,
                {"home_id": home_id, "name": name, "background": background, "actions": actions},
                str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        name: str,
        background: str,
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Replace a tap-to-run scene's name, cover and actions.

        Overwrites the scene with a new name, cover image and action list (all three required; nothing is
        kept from the old definition). The scene keeps its ID and enabled state.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the scene to overwrite.
            name: Scene name. Not empty.
            background: Cover image URL. Not empty.
            actions: Steps to run, in order; entity_id is required for steps that act on a device. At least
                1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was replaced.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/774321d68c?id=Kc29dc54ceuz0
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE,
                {"home_id": home_id, "scene_id": scene_id, "name": name, "background": background, "actions": actions},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_for_device(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceScenes:
        """List the scenes bound to the buttons of a scene switch.

        For a scene switch (a device whose buttons run scenes), returns each bound button's DP code and
        value with the scene it runs. Bind with scenes.bind_to_device, unbind with
        scenes.unbind_from_device.

        Args:
            device_id: Device ID of the scene switch.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device and its bound scenes.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c7471b4202?id=Kc8lfxl7ecuou
        """
        return cast(
            "models.DeviceScenes",
            self._client.call(
                _LIST_FOR_DEVICE,
                {"device_id": device_id},
                models.DeviceScenes,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def bind_to_device(
        self,
        *,
        device_id: str,
        scene_id: str,
        code: str,
        value: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool | dict[str, Any]:
        """Bind a scene to a button of a scene switch.

        Associates the scene with one instruction of the device (its DP code and value): from then on,
        setting that DP to that value, from the device or with a command, runs the scene. Binding another
        scene to the same button replaces the old binding.

        Args:
            device_id: Device ID of the scene switch.
            scene_id: ID of a tap-to-run scene of the device's home.
            code: DP code of the button (a standard instruction code of the device), e.g. scene_1. Not
                empty.
            value: The instruction's value that runs the scene, as a string, e.g. scene. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when bound (an object {"success":true} in the page's example; kept as sent).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2008.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5889f49033?id=Kc8lfxefi9xj8
        """
        return cast(
            "bool | dict[str, Any]",
            self._client.call(
                _BIND_TO_DEVICE,
                {"device_id": device_id, "scene_id": scene_id, "code": code, "value": value},
                bool | dict[str, Any],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def unbind_from_device(
        self,
        *,
        device_id: str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Unbind a scene from a scene switch.

        Removes every binding of the scene on the device; its buttons no longer run it.

        Args:
            device_id: Device ID of the scene switch.
            scene_id: ID of the bound scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was unbound.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/scene-and-automatic?id=Kcb5kosnqir6x
        """
        return cast(
            "bool",
            self._client.call(
                _UNBIND_FROM_DEVICE,
                {"device_id": device_id, "scene_id": scene_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncScenesResource(AsyncResource):
    """Scenes (tap-to-run) (async): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device)."""

    __slots__ = ()

    async def list_devices(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.LinkageDevice]:
        """List the devices of a home that can be used in tap-to-run scenes.

        Returns the devices of the home that can be added to a tap-to-run scene as action targets. Each
        entry carries the device ID, UUID, name, product ID and the home ID (as a string).

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Devices usable in scenes; empty when the home has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/64a27eb7a7?id=Ka7kkb9p8j5u6
        """
        return cast(
            "builtins.list[models.LinkageDevice]",
            await self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id},
                lambda: builtins.list[models.LinkageDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete a tap-to-run scene of a home.

        Removes one tap-to-run scene from the home. Deleting a scene that no longer exists fails with an
        error.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/2e8ab293b7?id=Ka7kkbppgoqjg
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"home_id": home_id, "scene_id": scene_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def trigger(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Run a tap-to-run scene now.

        Executes every action of the scene once, immediately. There is no request body. The call is not
        retried automatically: sending it twice runs the scene twice.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene to run.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was started.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d00954a2c9?id=Ka7kkc5bvqw4p
        """
        return cast(
            "bool",
            await self._client.call(
                _TRIGGER,
                {"home_id": home_id, "scene_id": scene_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_default_pictures(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[str]:
        """List Tuya's default cover images for scenes and automations.

        Returns the URLs of the stock cover pictures. Any of them can be passed as `background` when
        creating or updating a scene or an automation. Trim the strings: the page's example shows a URL with
        a trailing space.

        Args:
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Image URLs (strings; may carry stray whitespace).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c7c0d00c66?id=Ka7kkckkfiyw0
        """
        return cast(
            "builtins.list[str]",
            await self._client.call(
                _LIST_DEFAULT_PICTURES,
                {},
                lambda: builtins.list[str],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def enable(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Enable a tap-to-run scene.

        Switches a disabled tap-to-run scene back on so it can be run again. No request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene is enabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b103faa80b?id=Ka7kkczu86eqr
        """
        return cast(
            "bool",
            await self._client.call(
                _ENABLE,
                {"home_id": home_id, "scene_id": scene_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def disable(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Disable a tap-to-run scene.

        Switches a tap-to-run scene off without deleting it; it cannot be run until enabled again. No
        request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the tap-to-run scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene is disabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1cfcfccfe6?id=Ka7kkdemlyipj
        """
        return cast(
            "bool",
            await self._client.call(
                _DISABLE,
                {"home_id": home_id, "scene_id": scene_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Scene]:
        """List the tap-to-run scenes of a home (v1.0).

        Returns every tap-to-run scene of the home with its actions and enabled state. The v1.1 list
        (scenes.list_v1_1) returns the same scenes plus a status per scene and is the version Tuya's current
        scene API list names; use it in new code. This v1.0 call is kept because existing projects and
        libraries (tuya-iot-py-sdk, the Hubitat driver) call it; Tuya has archived its page.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's scenes; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/e20bd88817?id=Kc2xfz3d6z5g9
        """
        return cast(
            "builtins.list[models.Scene]",
            await self._client.call(
                _LIST,
                {"home_id": home_id},
                lambda: builtins.list[models.Scene],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_v1_1(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.Scene]:
        """List the tap-to-run scenes of a home (v1.1, with status).

        Returns every tap-to-run scene of the home with its actions, enabled state and a status string ("1"
        for a normal scene). Prefer it to scenes.list (v1.0): it is the version Tuya's current scene API
        list names, and it reports the same scenes. Its actions may carry extra_property and
        action_strategy; a scene may come without enabled.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's scenes; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/b896ea2090?id=Kchmouznlvlm3
        """
        return cast(
            "builtins.list[models.Scene]",
            await self._client.call(
                _LIST_V1_1,
                {"home_id": home_id},
                lambda: builtins.list[models.Scene],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def create(
        self,
        *,
        home_id: int | str,
        name: str,
        background: str,
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Create a tap-to-run scene in a home.

        Adds a tap-to-run scene and returns its ID. Actions run in order when the scene is triggered:
        dpIssue sends DPs to a device of the home, delay waits, ruleEnable and ruleDisable switch an
        automation or another scene on or off. Not retried automatically: a second send would create a
        second scene.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            name: Scene name. Not empty.
            background: Cover image URL, e.g. one from scenes.list_default_pictures (stripped of
                whitespace). Not empty.
            actions: Steps to run, in order. At least 1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            ID of the new scene.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5bfb814332?id=Kcxni2udvhzc8
        """
        return cast(
            "str",
            await self._client.call(
                _CREATE,
                {"home_id": home_id, "name": name, "background": background, "actions": actions},
                lambda: str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update(
        self,
        *,
        home_id: int | str,
        scene_id: str,
        name: str,
        background: str,
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Replace a tap-to-run scene's name, cover and actions.

        Overwrites the scene with a new name, cover image and action list (all three required; nothing is
        kept from the old definition). The scene keeps its ID and enabled state.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            scene_id: ID of the scene to overwrite.
            name: Scene name. Not empty.
            background: Cover image URL. Not empty.
            actions: Steps to run, in order; entity_id is required for steps that act on a device. At least
                1 item.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was replaced.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/774321d68c?id=Kc29dc54ceuz0
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE,
                {"home_id": home_id, "scene_id": scene_id, "name": name, "background": background, "actions": actions},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_for_device(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceScenes:
        """List the scenes bound to the buttons of a scene switch.

        For a scene switch (a device whose buttons run scenes), returns each bound button's DP code and
        value with the scene it runs. Bind with scenes.bind_to_device, unbind with
        scenes.unbind_from_device.

        Args:
            device_id: Device ID of the scene switch.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device and its bound scenes.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/c7471b4202?id=Kc8lfxl7ecuou
        """
        return cast(
            "models.DeviceScenes",
            await self._client.call(
                _LIST_FOR_DEVICE,
                {"device_id": device_id},
                lambda: models.DeviceScenes,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def bind_to_device(
        self,
        *,
        device_id: str,
        scene_id: str,
        code: str,
        value: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool | dict[str, Any]:
        """Bind a scene to a button of a scene switch.

        Associates the scene with one instruction of the device (its DP code and value): from then on,
        setting that DP to that value, from the device or with a command, runs the scene. Binding another
        scene to the same button replaces the old binding.

        Args:
            device_id: Device ID of the scene switch.
            scene_id: ID of a tap-to-run scene of the device's home.
            code: DP code of the button (a standard instruction code of the device), e.g. scene_1. Not
                empty.
            value: The instruction's value that runs the scene, as a string, e.g. scene. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when bound (an object {"success":true} in the page's example; kept as sent).

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2008.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5889f49033?id=Kc8lfxefi9xj8
        """
        return cast(
            "bool | dict[str, Any]",
            await self._client.call(
                _BIND_TO_DEVICE,
                {"device_id": device_id, "scene_id": scene_id, "code": code, "value": value},
                lambda: bool | dict[str, Any],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def unbind_from_device(
        self,
        *,
        device_id: str,
        scene_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Unbind a scene from a scene switch.

        Removes every binding of the scene on the device; its buttons no longer run it.

        Args:
            device_id: Device ID of the scene switch.
            scene_id: ID of the bound scene.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the scene was unbound.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/scene-and-automatic?id=Kcb5kosnqir6x
        """
        return cast(
            "bool",
            await self._client.call(
                _UNBIND_FROM_DEVICE,
                {"device_id": device_id, "scene_id": scene_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
