# Generated from spec/groups/open_hub.yaml by `python -m generator`; do not edit.
"""Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them)."""

from __future__ import annotations

from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param
from .._runtime.resource import AsyncResource, Resource

_GET_ACCESS_CONFIG = Operation(
    id="open_hub.get_access_config",
    method="POST",
    path="/v1.0/iot-03/open-hub/access-config",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="uid", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="link_id", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="link_type",
            location="body",
            required=True,
            schema={"type": "string", "x-extensible-enum": ["mqtt", "websocket"]},
        ),
        Param(
            name="topics", location="body", required=True, schema={"type": "string", "x-extensible-enum": ["device"]}
        ),
        Param(
            name="msg_encrypted_version",
            location="body",
            required=False,
            schema={"type": "string", "x-extensible-enum": ["1.0", "2.0"]},
        ),
    ),
)


class OpenHubResource(Resource):
    """Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them)."""

    __slots__ = ()

    def get_access_config(
        self,
        *,
        uid: str,
        link_id: str,
        link_type: Literal["mqtt", "websocket"] | str,
        topics: Literal["device"] | str,
        msg_encrypted_version: Literal["1.0", "2.0"] | str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.OpenHubConfig:
        """Get the MQTT settings for a user's pushes.

        Returns the broker address, credentials and topics an MQTT client uses to receive a linked user's
        device pushes; the settings expire after expire_time seconds. link_id names the connection (a client
        keeps one per link). Tuya documents no OpenAPI page for it; cloud projects get pushes from the
        message service (TuyaEvents) instead.

        Args:
            uid: The linked user whose device pushes to receive. Not empty.
            link_id: A name for this connection, chosen by the client. Not empty.
            link_type: How the client connects: mqtt or websocket. Known values "mqtt", "websocket"; others
                accepted.
            topics: What to receive: device (device status pushes). Known values "device"; others accepted.
            msg_encrypted_version: Message encryption version: "2.0" (the iot-03 clients send it), "1.0" for
                older ones. Known values "1.0", "2.0"; others accepted. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The connection settings.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/tuya/tuya-iot-python-sdk
        """
        return cast(
            "models.OpenHubConfig",
            self._client.call(
                _GET_ACCESS_CONFIG,
                {
                    "uid": uid,
                    "link_id": link_id,
                    "link_type": link_type,
                    "topics": topics,
                    "msg_encrypted_version": msg_encrypted_version,
                },
                models.OpenHubConfig,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncOpenHubResource(AsyncResource):
    """Open hub (MQTT push settings) (async): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them)."""

    __slots__ = ()

    async def get_access_config(
        self,
        *,
        uid: str,
        link_id: str,
        link_type: Literal["mqtt", "websocket"] | str,
        topics: Literal["device"] | str,
        msg_encrypted_version: Literal["1.0", "2.0"] | str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.OpenHubConfig:
        """Get the MQTT settings for a user's pushes.

        Returns the broker address, credentials and topics an MQTT client uses to receive a linked user's
        device pushes; the settings expire after expire_time seconds. link_id names the connection (a client
        keeps one per link). Tuya documents no OpenAPI page for it; cloud projects get pushes from the
        message service (TuyaEvents) instead.

        Args:
            uid: The linked user whose device pushes to receive. Not empty.
            link_id: A name for this connection, chosen by the client. Not empty.
            link_type: How the client connects: mqtt or websocket. Known values "mqtt", "websocket"; others
                accepted.
            topics: What to receive: device (device status pushes). Known values "device"; others accepted.
            msg_encrypted_version: Message encryption version: "2.0" (the iot-03 clients send it), "1.0" for
                older ones. Known values "1.0", "2.0"; others accepted. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The connection settings.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/tuya/tuya-iot-python-sdk
        """
        return cast(
            "models.OpenHubConfig",
            await self._client.call(
                _GET_ACCESS_CONFIG,
                {
                    "uid": uid,
                    "link_id": link_id,
                    "link_type": link_type,
                    "topics": topics,
                    "msg_encrypted_version": msg_encrypted_version,
                },
                lambda: models.OpenHubConfig,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
