# Generated from spec/groups/infrared.yaml by `python -m generator`; do not edit.
"""Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls."""

from __future__ import annotations

from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param, Rule
from .._runtime.resource import AsyncResource, Resource

_LIST_REMOTES = Operation(
    id="infrared.list_remotes",
    method="GET",
    path="/v2.0/infrareds/{infrared_id}/remotes",
    auth="token",
    retry_safe=True,
    params=(Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_KEYS = Operation(
    id="infrared.list_keys",
    method="GET",
    path="/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/keys",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_SEND_KEY = Operation(
    id="infrared.send_key",
    method="POST",
    path="/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/raw/command",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category_id", location="body", required=True, schema={"type": "integer", "minimum": 1}),
        Param(name="key_id", location="body", required=False, schema={"type": "integer", "minimum": 0}),
        Param(name="key", location="body", required=False, schema={"type": "string", "minLength": 1}),
    ),
    rules=(
        Rule(
            name="key_or_key_id",
            message="name the key by key or by key_id",
            when={"field": "key", "present": False},
            then={"field": "key_id", "present": True},
        ),
    ),
)

_SEND_STANDARD_KEY = Operation(
    id="infrared.send_standard_key",
    method="POST",
    path="/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/command",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
        Param(name="category_id", location="body", required=True, schema={"type": "integer", "minimum": 1}),
        Param(name="key", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="remote_index", location="body", required=False, schema={"type": "integer", "minimum": 0}),
    ),
)

_GET_AC_STATUS = Operation(
    id="infrared.get_ac_status",
    method="GET",
    path="/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/ac/status",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_SEND_AC_COMMAND = Operation(
    id="infrared.send_ac_command",
    method="POST",
    path="/v2.0/infrareds/{infrared_id}/air-conditioners/{remote_id}/command",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="code",
            location="body",
            required=True,
            schema={"type": "string", "x-extensible-enum": ["power", "mode", "temp", "wind"]},
        ),
        Param(name="value", location="body", required=True, schema={"type": ["integer", "string"]}),
    ),
)

_SEND_AC_STATE = Operation(
    id="infrared.send_ac_state",
    method="POST",
    path="/v2.0/infrareds/{infrared_id}/air-conditioners/{remote_id}/scenes/command",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
        Param(name="power", location="body", required=False, schema={"type": "integer", "enum": [0, 1]}),
        Param(name="mode", location="body", required=False, schema={"type": "integer", "minimum": 0, "maximum": 4}),
        Param(name="temp", location="body", required=False, schema={"type": "integer"}),
        Param(name="wind", location="body", required=False, schema={"type": "integer", "minimum": 0, "maximum": 3}),
    ),
)

_LIST_LEARNING_CODES = Operation(
    id="infrared.list_learning_codes",
    method="GET",
    path="/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/learning-codes",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_SEND_LEARNING_CODE = Operation(
    id="infrared.send_learning_code",
    method="POST",
    path="/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/learning-codes",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
        Param(name="code", location="body", required=True, schema={"type": "string", "minLength": 1}),
    ),
)

_SEND_KEY_V1 = Operation(
    id="infrared.send_key_v1",
    method="POST",
    path="/v1.0/infrareds/{infrared_id}/remotes/{remote_id}/raw/command",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="infrared_id", location="path", required=True, schema={"type": "string"}),
        Param(name="remote_id", location="path", required=True, schema={"type": "string"}),
        Param(name="raw_key", location="body", required=True, schema={"type": ["integer", "string"]}),
    ),
)


class InfraredResource(Resource):
    """Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls."""

    __slots__ = ()

    def list_remotes(
        self,
        *,
        infrared_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.InfraredRemote]:
        """List the virtual remotes bound to an IR hub.

        Returns every remote of the hub with its category, brand and code-library index.

        Args:
            infrared_id: Device ID of the IR hub.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The remotes; empty when none is bound.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/791872dd27?id=Kb3oe4qw98wmm
        """
        return cast(
            "list[models.InfraredRemote]",
            self._client.call(
                _LIST_REMOTES,
                {"infrared_id": infrared_id},
                list[models.InfraredRemote],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_keys(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.RemoteKeys:
        """List the keys of a virtual remote.

        Returns the remote's keys (send one with infrared.send_key, or with infrared.send_standard_key when
        standard_key is true) and, for an air conditioner, the modes, temperatures and fan speeds it
        accepts.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The remote's keys and ranges.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ff7882b8a5?id=Kb3oe37sqdjx5
        """
        return cast(
            "models.RemoteKeys",
            self._client.call(
                _LIST_KEYS,
                {"infrared_id": infrared_id, "remote_id": remote_id},
                models.RemoteKeys,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_key(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        category_id: int,
        key_id: int | None = None,
        key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a key of a virtual remote (by key ID or name).

        Makes the hub send the remote's IR code for one key from infrared.list_keys, named by key_id or key
        (one of them is required). Works for every category; for the standard keys of a category
        infrared.send_standard_key is the simpler call. Not retried automatically: a second send presses the
        key twice (a toggle such as power would undo the first).

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            category_id: The remote's category_id (from infrared.list_remotes). >= 1.
            key_id: ID of the key (from infrared.list_keys). >= 0. Optional.
            key: Name of the key (from infrared.list_keys), e.g. power. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - name the key by key or by key_id.

        Returns:
            true when the hub sent the key.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d59591e9f6?id=Kb3oe4hspk8bi
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_KEY,
                {
                    "infrared_id": infrared_id,
                    "remote_id": remote_id,
                    "category_id": category_id,
                    "key_id": key_id,
                    "key": key,
                },
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_standard_key(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        category_id: int,
        key: str,
        remote_index: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a standard key of a virtual remote.

        Makes the hub send one of Tuya's standard keys of the remote's category (the keys with standard_key
        true in infrared.list_keys), named by key, e.g. power or PowerOn. Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            category_id: The remote's category_id. >= 1.
            key: Name of a standard key. Not empty.
            remote_index: The remote's remote_index (optional). >= 0. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the key.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/e8b508745b?id=Kb3oe3hdwccwq
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_STANDARD_KEY,
                {
                    "infrared_id": infrared_id,
                    "remote_id": remote_id,
                    "category_id": category_id,
                    "key": key,
                    "remote_index": remote_index,
                },
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_ac_status(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AcStatus:
        """Get the last state sent to an air-conditioner remote.

        Returns power, mode, temperature and fan speed as last sent through the remote (an IR appliance does
        not report back, so this is what the cloud sent, not a reading). All values are strings of digits.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of an air-conditioner remote.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The state, values as strings.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/7c201040b7?id=Kb3oea6v4yxy5
        """
        return cast(
            "models.AcStatus",
            self._client.call(
                _GET_AC_STATUS,
                {"infrared_id": infrared_id, "remote_id": remote_id},
                models.AcStatus,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_ac_command(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        code: Literal["power", "mode", "temp", "wind"] | str,
        value: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Set one setting of an air conditioner through its remote.

        Sends one setting: code power (0 off, 1 on), mode (0 cool, 1 heat, 2 auto, 3 fan only, 4 dry), temp
        (degrees Celsius, in the range infrared.list_keys gives) or wind (0 auto to 3 high). For several
        settings at once use infrared.send_ac_state. Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of an air-conditioner remote.
            code: Which setting. Known values "power", "mode", "temp", "wind"; others accepted.
            value: The setting's value, an integer.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the command.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/legacy-reference-of-cloud-service-apis/2b433a31dc?id=Kcojqgbgykvt3
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_AC_COMMAND,
                {"infrared_id": infrared_id, "remote_id": remote_id, "code": code, "value": value},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_ac_state(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        power: Literal[0, 1] | None = None,
        mode: int | None = None,
        temp: int | None = None,
        wind: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Set an air conditioner's power, mode, temperature and fan at once.

        Sends the combined state in one IR command, as an AC remote's own buttons do. Settings left out keep
        their last value. Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of an air-conditioner remote.
            power: 0 off, 1 on. One of 0, 1. Optional.
            mode: 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry. 0..4. Optional.
            temp: Temperature in degrees Celsius. Optional.
            wind: 0 auto, 1 low, 2 medium, 3 high. 0..3. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the command.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/legacy-reference-of-cloud-service-apis/ir-control-hub-open-service?id=Kcojq9nr6vi92
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_AC_STATE,
                {
                    "infrared_id": infrared_id,
                    "remote_id": remote_id,
                    "power": power,
                    "mode": mode,
                    "temp": temp,
                    "wind": wind,
                },
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_learning_codes(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.LearningCode]:
        """List the codes a DIY remote learned.

        Returns the IR codes saved on the remote by learning, one per key.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the DIY remote.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The learned codes; empty for a remote that learned none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5c93c9ffc5?id=Kb3oebi2lvz0k
        """
        return cast(
            "list[models.LearningCode]",
            self._client.call(
                _LIST_LEARNING_CODES,
                {"infrared_id": infrared_id, "remote_id": remote_id},
                list[models.LearningCode],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_learning_code(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        code: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a learned IR code through a DIY remote.

        Makes the hub send the code (a code from infrared.list_learning_codes). Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the DIY remote.
            code: The learned code. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the code.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/6c376807b5?id=Kb3oeb91u35ga
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_LEARNING_CODE,
                {"infrared_id": infrared_id, "remote_id": remote_id, "code": code},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def send_key_v1(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        raw_key: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a key of a virtual remote (v1.0, raw_key).

        The v1.0 form of infrared.send_key: the key is named by raw_key (a key_id or a key name from
        infrared.list_keys) and no category is sent. Prefer infrared.send_key (v2.0), which Tuya documents;
        this one is here because homebridge-tuya-ir still sends its keys this way. Not retried
        automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            raw_key: The key's key_id (an integer) or its key name.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the key.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/prasad-edlabadka/homebridge-tuya-ir
        """
        return cast(
            "bool",
            self._client.call(
                _SEND_KEY_V1,
                {"infrared_id": infrared_id, "remote_id": remote_id, "raw_key": raw_key},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncInfraredResource(AsyncResource):
    """Universal IR remote control (async): Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls."""

    __slots__ = ()

    async def list_remotes(
        self,
        *,
        infrared_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.InfraredRemote]:
        """List the virtual remotes bound to an IR hub.

        Returns every remote of the hub with its category, brand and code-library index.

        Args:
            infrared_id: Device ID of the IR hub.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The remotes; empty when none is bound.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/791872dd27?id=Kb3oe4qw98wmm
        """
        return cast(
            "list[models.InfraredRemote]",
            await self._client.call(
                _LIST_REMOTES,
                {"infrared_id": infrared_id},
                lambda: list[models.InfraredRemote],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_keys(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.RemoteKeys:
        """List the keys of a virtual remote.

        Returns the remote's keys (send one with infrared.send_key, or with infrared.send_standard_key when
        standard_key is true) and, for an air conditioner, the modes, temperatures and fan speeds it
        accepts.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The remote's keys and ranges.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ff7882b8a5?id=Kb3oe37sqdjx5
        """
        return cast(
            "models.RemoteKeys",
            await self._client.call(
                _LIST_KEYS,
                {"infrared_id": infrared_id, "remote_id": remote_id},
                lambda: models.RemoteKeys,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_key(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        category_id: int,
        key_id: int | None = None,
        key: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a key of a virtual remote (by key ID or name).

        Makes the hub send the remote's IR code for one key from infrared.list_keys, named by key_id or key
        (one of them is required). Works for every category; for the standard keys of a category
        infrared.send_standard_key is the simpler call. Not retried automatically: a second send presses the
        key twice (a toggle such as power would undo the first).

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            category_id: The remote's category_id (from infrared.list_remotes). >= 1.
            key_id: ID of the key (from infrared.list_keys). >= 0. Optional.
            key: Name of the key (from infrared.list_keys), e.g. power. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - name the key by key or by key_id.

        Returns:
            true when the hub sent the key.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/d59591e9f6?id=Kb3oe4hspk8bi
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_KEY,
                {
                    "infrared_id": infrared_id,
                    "remote_id": remote_id,
                    "category_id": category_id,
                    "key_id": key_id,
                    "key": key,
                },
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_standard_key(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        category_id: int,
        key: str,
        remote_index: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a standard key of a virtual remote.

        Makes the hub send one of Tuya's standard keys of the remote's category (the keys with standard_key
        true in infrared.list_keys), named by key, e.g. power or PowerOn. Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            category_id: The remote's category_id. >= 1.
            key: Name of a standard key. Not empty.
            remote_index: The remote's remote_index (optional). >= 0. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the key.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/e8b508745b?id=Kb3oe3hdwccwq
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_STANDARD_KEY,
                {
                    "infrared_id": infrared_id,
                    "remote_id": remote_id,
                    "category_id": category_id,
                    "key": key,
                    "remote_index": remote_index,
                },
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_ac_status(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AcStatus:
        """Get the last state sent to an air-conditioner remote.

        Returns power, mode, temperature and fan speed as last sent through the remote (an IR appliance does
        not report back, so this is what the cloud sent, not a reading). All values are strings of digits.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of an air-conditioner remote.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The state, values as strings.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/7c201040b7?id=Kb3oea6v4yxy5
        """
        return cast(
            "models.AcStatus",
            await self._client.call(
                _GET_AC_STATUS,
                {"infrared_id": infrared_id, "remote_id": remote_id},
                lambda: models.AcStatus,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_ac_command(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        code: Literal["power", "mode", "temp", "wind"] | str,
        value: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Set one setting of an air conditioner through its remote.

        Sends one setting: code power (0 off, 1 on), mode (0 cool, 1 heat, 2 auto, 3 fan only, 4 dry), temp
        (degrees Celsius, in the range infrared.list_keys gives) or wind (0 auto to 3 high). For several
        settings at once use infrared.send_ac_state. Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of an air-conditioner remote.
            code: Which setting. Known values "power", "mode", "temp", "wind"; others accepted.
            value: The setting's value, an integer.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the command.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/legacy-reference-of-cloud-service-apis/2b433a31dc?id=Kcojqgbgykvt3
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_AC_COMMAND,
                {"infrared_id": infrared_id, "remote_id": remote_id, "code": code, "value": value},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_ac_state(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        power: Literal[0, 1] | None = None,
        mode: int | None = None,
        temp: int | None = None,
        wind: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Set an air conditioner's power, mode, temperature and fan at once.

        Sends the combined state in one IR command, as an AC remote's own buttons do. Settings left out keep
        their last value. Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of an air-conditioner remote.
            power: 0 off, 1 on. One of 0, 1. Optional.
            mode: 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry. 0..4. Optional.
            temp: Temperature in degrees Celsius. Optional.
            wind: 0 auto, 1 low, 2 medium, 3 high. 0..3. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the command.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/cn/docs/legacy-reference-of-cloud-service-apis/ir-control-hub-open-service?id=Kcojq9nr6vi92
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_AC_STATE,
                {
                    "infrared_id": infrared_id,
                    "remote_id": remote_id,
                    "power": power,
                    "mode": mode,
                    "temp": temp,
                    "wind": wind,
                },
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_learning_codes(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> list[models.LearningCode]:
        """List the codes a DIY remote learned.

        Returns the IR codes saved on the remote by learning, one per key.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the DIY remote.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The learned codes; empty for a remote that learned none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5c93c9ffc5?id=Kb3oebi2lvz0k
        """
        return cast(
            "list[models.LearningCode]",
            await self._client.call(
                _LIST_LEARNING_CODES,
                {"infrared_id": infrared_id, "remote_id": remote_id},
                lambda: list[models.LearningCode],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_learning_code(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        code: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a learned IR code through a DIY remote.

        Makes the hub send the code (a code from infrared.list_learning_codes). Not retried automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the DIY remote.
            code: The learned code. Not empty.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the code.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/6c376807b5?id=Kb3oeb91u35ga
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_LEARNING_CODE,
                {"infrared_id": infrared_id, "remote_id": remote_id, "code": code},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def send_key_v1(
        self,
        *,
        infrared_id: str,
        remote_id: str,
        raw_key: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Send a key of a virtual remote (v1.0, raw_key).

        The v1.0 form of infrared.send_key: the key is named by raw_key (a key_id or a key name from
        infrared.list_keys) and no category is sent. Prefer infrared.send_key (v2.0), which Tuya documents;
        this one is here because homebridge-tuya-ir still sends its keys this way. Not retried
        automatically.

        Args:
            infrared_id: Device ID of the IR hub.
            remote_id: ID of the remote.
            raw_key: The key's key_id (an integer) or its key name.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the hub sent the key.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            DeviceError: Tuya answered 2001, 2008, 2009.
            NotFoundError: Tuya answered 1000, 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/prasad-edlabadka/homebridge-tuya-ir
        """
        return cast(
            "bool",
            await self._client.call(
                _SEND_KEY_V1,
                {"infrared_id": infrared_id, "remote_id": remote_id, "raw_key": raw_key},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
