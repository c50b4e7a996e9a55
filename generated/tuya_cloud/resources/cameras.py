# Generated from spec/groups/cameras.yaml by `python -m generator`; do not edit.
"""Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials)."""

from __future__ import annotations

from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_ALLOCATE_STREAM = Operation(
    id="cameras.allocate_stream",
    method="POST",
    path="/v1.0/devices/{device_id}/stream/actions/allocate",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="type",
            location="body",
            required=True,
            schema={"type": "string", "x-extensible-enum": ["rtsp", "hls", "flv", "rtmp"]},
        ),
    ),
)

_ALLOCATE_USER_STREAM = Operation(
    id="cameras.allocate_user_stream",
    method="POST",
    path="/v1.0/users/{uid}/devices/{device_id}/stream/actions/allocate",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="uid", location="path", required=True, schema={"type": "string"}),
        Param(name="device_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="type",
            location="body",
            required=True,
            schema={"type": "string", "x-extensible-enum": ["rtsp", "hls", "flv", "rtmp"]},
        ),
    ),
)

_GET_WEBRTC_CONFIG = Operation(
    id="cameras.get_webrtc_config",
    method="GET",
    path="/v1.0/devices/{device_id}/webrtc-configs",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)


class CamerasResource(Resource):
    """Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials)."""

    __slots__ = ()

    def allocate_stream(
        self,
        *,
        device_id: str,
        type: Literal["rtsp", "hls", "flv", "rtmp"] | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.StreamUrl:
        """Get a live-stream URL of a camera.

        Returns a fresh, signed URL of the device's live video over the protocol asked for. Prefer it to
        cameras.allocate_user_stream unless the call must act for one linked user: both return the same URL,
        and this one is the one most public clients use. Each call allocates a new URL (not retried
        automatically); the URL expires, so request it when playback starts.

        Args:
            device_id: Device ID of the camera.
            type: Protocol of the stream: rtsp or hls (documented); flv and rtmp are also sent by
                tuya-iot-py-sdk. Known values "rtsp", "hls", "flv", "rtmp"; others accepted.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The stream's address.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/2ccd66883c?id=Kam7q5a9ug8b1
        """
        return cast(
            "models.StreamUrl",
            self._client.call(
                _ALLOCATE_STREAM,
                {"device_id": device_id, "type": type},
                models.StreamUrl,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def allocate_user_stream(
        self,
        *,
        uid: str,
        device_id: str,
        type: Literal["rtsp", "hls", "flv", "rtmp"] | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.StreamUrl:
        """Get a live-stream URL of a camera for one of its users.

        The user-scoped twin of cameras.allocate_stream: the same URL, allocated only if the device is one
        of the user's (a device of one of the user's homes, or shared with the user). Use it when the
        project acts for a linked app user and must not reach other users' cameras; otherwise
        cameras.allocate_stream is simpler. Not retried automatically.

        Args:
            uid: User ID.
            device_id: Device ID of the camera.
            type: Protocol of the stream: rtsp or hls (documented); flv and rtmp are also sent by
                tuya-iot-py-sdk. Known values "rtsp", "hls", "flv", "rtmp"; others accepted.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The stream's address.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/19b50885a2?id=Kag2d0i8bjfh3
        """
        return cast(
            "models.StreamUrl",
            self._client.call(
                _ALLOCATE_USER_STREAM,
                {"uid": uid, "device_id": device_id, "type": type},
                models.StreamUrl,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_webrtc_config(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.WebRtcConfig:
        """Get what a WebRTC client needs to stream from a camera.

        Returns the signalling ID (moto_id), authorization, capabilities (skill, a JSON text), audio
        abilities and ICE servers (STUN and TURN, with credentials valid for ttl seconds) for a WebRTC
        session with the device. The signalling itself runs over Tuya's MQTT service.

        Args:
            device_id: Device ID of the camera.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The WebRTC configuration.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/96c3154b0d?id=Kam7q5rz91dml
        """
        return cast(
            "models.WebRtcConfig",
            self._client.call(
                _GET_WEBRTC_CONFIG,
                {"device_id": device_id},
                models.WebRtcConfig,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncCamerasResource(AsyncResource):
    """Cameras (live video) (async): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials)."""

    __slots__ = ()

    async def allocate_stream(
        self,
        *,
        device_id: str,
        type: Literal["rtsp", "hls", "flv", "rtmp"] | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.StreamUrl:
        """Get a live-stream URL of a camera.

        Returns a fresh, signed URL of the device's live video over the protocol asked for. Prefer it to
        cameras.allocate_user_stream unless the call must act for one linked user: both return the same URL,
        and this one is the one most public clients use. Each call allocates a new URL (not retried
        automatically); the URL expires, so request it when playback starts.

        Args:
            device_id: Device ID of the camera.
            type: Protocol of the stream: rtsp or hls (documented); flv and rtmp are also sent by
                tuya-iot-py-sdk. Known values "rtsp", "hls", "flv", "rtmp"; others accepted.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The stream's address.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/2ccd66883c?id=Kam7q5a9ug8b1
        """
        return cast(
            "models.StreamUrl",
            await self._client.call(
                _ALLOCATE_STREAM,
                {"device_id": device_id, "type": type},
                lambda: models.StreamUrl,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def allocate_user_stream(
        self,
        *,
        uid: str,
        device_id: str,
        type: Literal["rtsp", "hls", "flv", "rtmp"] | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.StreamUrl:
        """Get a live-stream URL of a camera for one of its users.

        The user-scoped twin of cameras.allocate_stream: the same URL, allocated only if the device is one
        of the user's (a device of one of the user's homes, or shared with the user). Use it when the
        project acts for a linked app user and must not reach other users' cameras; otherwise
        cameras.allocate_stream is simpler. Not retried automatically.

        Args:
            uid: User ID.
            device_id: Device ID of the camera.
            type: Protocol of the stream: rtsp or hls (documented); flv and rtmp are also sent by
                tuya-iot-py-sdk. Known values "rtsp", "hls", "flv", "rtmp"; others accepted.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The stream's address.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/cloud/19b50885a2?id=Kag2d0i8bjfh3
        """
        return cast(
            "models.StreamUrl",
            await self._client.call(
                _ALLOCATE_USER_STREAM,
                {"uid": uid, "device_id": device_id, "type": type},
                lambda: models.StreamUrl,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_webrtc_config(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.WebRtcConfig:
        """Get what a WebRTC client needs to stream from a camera.

        Returns the signalling ID (moto_id), authorization, capabilities (skill, a JSON text), audio
        abilities and ICE servers (STUN and TURN, with credentials valid for ttl seconds) for a WebRTC
        session with the device. The signalling itself runs over Tuya's MQTT service.

        Args:
            device_id: Device ID of the camera.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The WebRTC configuration.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/96c3154b0d?id=Kam7q5rz91dml
        """
        return cast(
            "models.WebRtcConfig",
            await self._client.call(
                _GET_WEBRTC_CONFIG,
                {"device_id": device_id},
                lambda: models.WebRtcConfig,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
