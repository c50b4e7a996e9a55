# Generated from spec/groups/scenes.yaml by `python -m generator`; do not edit.
"""Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app or with scenes.trigger)."""

from __future__ import annotations

from typing import cast

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


class ScenesResource(Resource):
    """Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app or with scenes.trigger)."""

    __slots__ = ()

    def list_devices(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.LinkageDevice]:
        """List the devices of a home that can be used in tap-to-run scenes.

        Returns the devices of the home that can be added to a tap-to-run scene as action targets. Each
        entry carries the device ID, UUID, name, product ID and the home ID (as a string).

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            "list[models.LinkageDevice]",
            self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id},
                list[models.LinkageDevice],
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
    ) -> list[str]:
        """List Tuya's default cover images for scenes and automations.

        Returns the URLs of the stock cover pictures. Any of them can be passed as `background` when
        creating or updating a scene or an automation. Trim the strings: the page's example shows a URL with
        a trailing space.

        Args:
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            "list[str]",
            self._client.call(
                _LIST_DEFAULT_PICTURES,
                {},
                list[str],
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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


class AsyncScenesResource(AsyncResource):
    """Scenes (tap-to-run) (async): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app or with scenes.trigger)."""

    __slots__ = ()

    async def list_devices(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.LinkageDevice]:
        """List the devices of a home that can be used in tap-to-run scenes.

        Returns the devices of the home that can be added to a tap-to-run scene as action targets. Each
        entry carries the device ID, UUID, name, product ID and the home ID (as a string).

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            "list[models.LinkageDevice]",
            await self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id},
                lambda: list[models.LinkageDevice],
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
    ) -> list[str]:
        """List Tuya's default cover images for scenes and automations.

        Returns the URLs of the stock cover pictures. Any of them can be passed as `background` when
        creating or updating a scene or an automation. Trim the strings: the page's example shows a URL with
        a trailing space.

        Args:
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            "list[str]",
            await self._client.call(
                _LIST_DEFAULT_PICTURES,
                {},
                lambda: list[str],
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
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
