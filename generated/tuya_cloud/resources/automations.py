# Generated from spec/groups/automations.yaml by `python -m generator`; do not edit.
"""Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param, Rule
from .._runtime.resource import AsyncResource, Resource

_LIST_DEVICES = Operation(
    id="automations.list_devices",
    method="GET",
    path="/v1.0/homes/{home_id}/automation/devices",
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
            name="type", location="query", required=False, schema={"type": "string", "enum": ["condition", "action"]}
        ),
    ),
)

_GET = Operation(
    id="automations.get",
    method="GET",
    path="/v1.0/homes/{home_id}/automations/{automation_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="automation_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_UPDATE = Operation(
    id="automations.update",
    method="PUT",
    path="/v1.0/homes/{home_id}/automations/{automation_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="automation_id", location="path", required=True, schema={"type": "string"}),
        Param(name="name", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="background", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="match_type", location="body", required=True, schema={"type": "integer", "enum": [1, 2, 3]}),
        Param(name="condition_rule", location="body", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="preconditions",
            location="body",
            required=False,
            schema={"type": "array", "items": {"$ref": "AutomationPrecondition"}},
        ),
        Param(
            name="conditions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "AutomationCondition"}},
        ),
        Param(
            name="actions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}},
        ),
    ),
    rules=(
        Rule(
            name="custom_match_needs_rule",
            message="match_type 3 (custom logic) needs condition_rule",
            when={"field": "match_type", "const": 3},
            then={"field": "condition_rule", "present": True},
        ),
    ),
)

_DELETE = Operation(
    id="automations.delete",
    method="DELETE",
    path="/v1.0/homes/{home_id}/automations/{automation_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="automation_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_ENABLE = Operation(
    id="automations.enable",
    method="PUT",
    path="/v1.0/homes/{home_id}/automations/{automation_id}/actions/enable",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="automation_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_DISABLE = Operation(
    id="automations.disable",
    method="PUT",
    path="/v1.0/homes/{home_id}/automations/{automation_id}/actions/disable",
    auth="token",
    retry_safe=True,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="automation_id", location="path", required=True, schema={"type": "string"}),
    ),
)

_GET_DEVICE_LINKAGE_CODES = Operation(
    id="automations.get_device_linkage_codes",
    method="GET",
    path="/v1.0/devices/{device_id}/enable-linkage/codes",
    auth="token",
    retry_safe=True,
    params=(Param(name="device_id", location="path", required=True, schema={"type": "string"}),),
)

_LIST_HOME_LINKAGE_CODES = Operation(
    id="automations.list_home_linkage_codes",
    method="GET",
    path="/v1.0/homes/{home_id}/enable-linkage/codes",
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

_LIST = Operation(
    id="automations.list",
    method="GET",
    path="/v1.0/homes/{home_id}/automations",
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
    id="automations.create",
    method="POST",
    path="/v1.0/homes/{home_id}/automations",
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
        Param(name="match_type", location="body", required=True, schema={"type": "integer", "enum": [1, 2, 3]}),
        Param(name="condition_rule", location="body", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="preconditions",
            location="body",
            required=False,
            schema={"type": "array", "items": {"$ref": "AutomationPrecondition"}},
        ),
        Param(
            name="conditions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "AutomationCondition"}},
        ),
        Param(
            name="actions",
            location="body",
            required=True,
            schema={"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}},
        ),
    ),
    rules=(
        Rule(
            name="custom_match_needs_rule",
            message="match_type 3 (custom logic) needs condition_rule",
            when={"field": "match_type", "const": 3},
            then={"field": "condition_rule", "present": True},
        ),
    ),
)

_LIST_WEATHER_CONDITIONS = Operation(
    id="automations.list_weather_conditions",
    method="GET",
    path="/v1.0/homes/automation/weather/conditions",
    auth="token",
    retry_safe=True,
    params=(),
)

_TRIGGER_EXTERNAL_CONDITION = Operation(
    id="automations.trigger_external_condition",
    method="POST",
    path="/v1.0/homes/{home_id}/automations/{automation_id}/conditions/trigger",
    auth="token",
    retry_safe=False,
    params=(
        Param(
            name="home_id",
            location="path",
            required=True,
            schema={"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"},
        ),
        Param(name="automation_id", location="path", required=True, schema={"type": "string"}),
        Param(name="entity_id", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(name="display", location="body", required=True, schema={"$ref": "AutomationConditionDisplay"}),
    ),
)


class AutomationsResource(Resource):
    """Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions)."""

    __slots__ = ()

    def list_devices(
        self,
        *,
        home_id: int | str,
        type: Literal["condition", "action"] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.LinkageDevice]:
        """List the devices of a home that can be used in automations.

        Returns the devices of the home that can take part in automations. Pass type=condition for devices
        usable as triggers or type=action for devices usable as action targets; without it the page does not
        say which set is returned.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            type: Which role to list devices for. One of "condition", "action". Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Devices usable in automations; empty when none qualify.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1c8050923f?id=Ka7kkenxyq1hh
        """
        return cast(
            "builtins.list[models.LinkageDevice]",
            self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id, "type": type},
                builtins.list[models.LinkageDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Automation:
        """Get one automation of a home.

        Returns an automation with its time windows, conditions, actions, match type and enabled state. The
        shape of each condition's display depends on its entity_type (see AutomationConditionDisplay); those
        inner shapes are documented less precisely than the top-level fields.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The automation.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/99ca8c46bb?id=Ka7kkf3ddkg7s
        """
        return cast(
            "models.Automation",
            self._client.call(
                _GET,
                {"home_id": home_id, "automation_id": automation_id},
                models.Automation,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def update(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        name: str,
        background: str,
        match_type: Literal[1, 2, 3],
        conditions: Sequence[models.AutomationCondition | Mapping[str, Any]],
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        condition_rule: str | None = None,
        preconditions: Sequence[models.AutomationPrecondition | Mapping[str, Any]] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Replace an automation's definition.

        Overwrites the automation with a full new definition: name, cover image, match type, conditions,
        actions and, optionally, time windows. Fields left out are not kept, so send the whole rule (e.g.
        start from automations.get). With match_type 3, condition_rule combines the conditions by their
        order_num, e.g. '1&&2||3'.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: ID of the automation to overwrite.
            name: Automation name. Not empty.
            background: Cover image URL, e.g. one from scenes.list_default_pictures (stripped of
                whitespace). Not empty.
            match_type: 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is
                true. One of 1, 2, 3.
            conditions: Triggers; order_num must be unique within the list. At least 1 item.
            actions: Steps to run, in order. At least 1 item.
            condition_rule: Logic over the conditions' order_num values, e.g. '1&&2||3'; required with
                match_type 3. Not empty. Optional.
            preconditions: Effective time windows; leave out for an automation that may fire at any time.
                Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - match_type 3 (custom logic) needs condition_rule.

        Returns:
            true when the automation was replaced.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1135ebf0e9?id=Kc2xhrbnxpe1s
        """
        return cast(
            "bool",
            self._client.call(
                _UPDATE,
                {
                    "home_id": home_id,
                    "automation_id": automation_id,
                    "name": name,
                    "background": background,
                    "match_type": match_type,
                    "conditions": conditions,
                    "actions": actions,
                    "condition_rule": condition_rule,
                    "preconditions": preconditions,
                },
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def delete(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete an automation of a home.

        Removes one automation from the home. No request body is needed.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/2f15aaab2d?id=Ka7kkfi6iz28j
        """
        return cast(
            "bool",
            self._client.call(
                _DELETE,
                {"home_id": home_id, "automation_id": automation_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def enable(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Enable an automation.

        Switches an automation on so its conditions fire it again. No request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation is enabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1b5a54062c?id=Ka7kkdtsv94x0
        """
        return cast(
            "bool",
            self._client.call(
                _ENABLE,
                {"home_id": home_id, "automation_id": automation_id},
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
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Disable an automation.

        Switches an automation off without deleting it; its conditions no longer fire it. No request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation is disabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/98cf4cc1a5?id=Ka7kke81rhe0j
        """
        return cast(
            "bool",
            self._client.call(
                _DISABLE,
                {"home_id": home_id, "automation_id": automation_id},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get_device_linkage_codes(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceLinkageCodes:
        """List the DP codes of a device usable in automations.

        Returns which DPs of one device can trigger an automation (status) and which can be set by an action
        (functions), each with its value type and range. Use these codes in condition display.code and in
        dpIssue executor_property.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's usable action and condition codes.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ec67f6d0e9?id=Ka7kkathqbv3r
        """
        return cast(
            "models.DeviceLinkageCodes",
            self._client.call(
                _GET_DEVICE_LINKAGE_CODES,
                {"device_id": device_id},
                models.DeviceLinkageCodes,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_home_linkage_codes(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.DeviceLinkageCodes]:
        """List the automation-usable DP codes of every device in a home.

        The home-wide form of automations.get_device_linkage_codes: one entry per device with the DPs that
        can trigger conditions (status) and be set by actions (functions).

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per device; empty when the home has no suitable devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/7a89730ad5?id=Ka7kkfwnjamns
        """
        return cast(
            "builtins.list[models.DeviceLinkageCodes]",
            self._client.call(
                _LIST_HOME_LINKAGE_CODES,
                {"home_id": home_id},
                builtins.list[models.DeviceLinkageCodes],
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
    ) -> builtins.list[models.Automation]:
        """List the automations of a home.

        Returns every automation of the home, each in the shape automations.get returns: time windows,
        conditions, actions, match type and enabled state.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's automations; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/dfff0c888e?id=Kcxnhy6tg7vq1
        """
        return cast(
            "builtins.list[models.Automation]",
            self._client.call(
                _LIST,
                {"home_id": home_id},
                builtins.list[models.Automation],
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
        match_type: Literal[1, 2, 3],
        conditions: Sequence[models.AutomationCondition | Mapping[str, Any]],
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        condition_rule: str | None = None,
        preconditions: Sequence[models.AutomationPrecondition | Mapping[str, Any]] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Create an automation in a home.

        Adds an automation and returns its ID. It fires its actions when its conditions match (any of them
        with match_type 1, all with 2, condition_rule with 3), within its time windows if it has any. New
        automations are enabled. Not retried automatically: a second send would create a second automation.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            name: Automation name. Not empty.
            background: Cover image URL, e.g. one from scenes.list_default_pictures (stripped of
                whitespace). Not empty.
            match_type: 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is
                true. One of 1, 2, 3.
            conditions: Triggers; order_num must be unique within the list. At least 1 item.
            actions: Steps to run, in order. At least 1 item.
            condition_rule: Logic over the conditions' order_num values, e.g. '1&&2||3'; required with
                match_type 3. Not empty. Optional.
            preconditions: Effective time windows; leave out for an automation that may fire at any time.
                Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - match_type 3 (custom logic) needs condition_rule.

        Returns:
            ID of the new automation.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b5d0e46091?id=Kcxnhy97t7bph
        """
        return cast(
            "str",
            self._client.call(
                _CREATE,
                {
                    "home_id": home_id,
                    "name": name,
                    "background": background,
                    "match_type": match_type,
                    "conditions": conditions,
                    "actions": actions,
                    "condition_rule": condition_rule,
                    "preconditions": preconditions,
                },
                str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_weather_conditions(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.WeatherCondition]:
        """List the weather conditions automations can use.

        Returns the weather quantities (temperature, humidity, weather, PM2.5, AQI, wind speed,
        sunrise/sunset) a weather condition (entity_type 3) may compare, each with its operators (a JSON
        text array) and value range. In a condition, write the category with a $ in front (temp becomes
        $temp).

        Args:
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The weather conditions.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/05bafbdd61?id=Kcxnhy0w2w4d9
        """
        return cast(
            "builtins.list[models.WeatherCondition]",
            self._client.call(
                _LIST_WEATHER_CONDITIONS,
                {},
                builtins.list[models.WeatherCondition],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def trigger_external_condition(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        entity_id: str,
        display: models.AutomationConditionDisplay | Mapping[str, Any],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Fire an automation's external condition.

        Reports that an external condition (entity_type 15) of the automation has happened: entity_id is the
        condition's ID, which the cloud generated when the automation was saved (read it with
        automations.get), and display carries the code and value the condition waits for. If that makes the
        automation's conditions hold (any of them for match_type 1, all for 2, condition_rule for 3) within
        its time windows, its actions run and the result is true; otherwise nothing runs and the result is
        false. Not retried automatically: a second send would run the actions again.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            entity_id: ID of the external condition (its entity_id in automations.get). Not empty.
            display: What happened: {"code": ..., "value": ...}, as the condition's display names them.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation fired.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5c91c3d686?id=Kc2xh7x18kh98
        """
        return cast(
            "bool",
            self._client.call(
                _TRIGGER_EXTERNAL_CONDITION,
                {"home_id": home_id, "automation_id": automation_id, "entity_id": entity_id, "display": display},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncAutomationsResource(AsyncResource):
    """Automations (async): Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions)."""

    __slots__ = ()

    async def list_devices(
        self,
        *,
        home_id: int | str,
        type: Literal["condition", "action"] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.LinkageDevice]:
        """List the devices of a home that can be used in automations.

        Returns the devices of the home that can take part in automations. Pass type=condition for devices
        usable as triggers or type=action for devices usable as action targets; without it the page does not
        say which set is returned.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            type: Which role to list devices for. One of "condition", "action". Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            Devices usable in automations; empty when none qualify.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1c8050923f?id=Ka7kkenxyq1hh
        """
        return cast(
            "builtins.list[models.LinkageDevice]",
            await self._client.call(
                _LIST_DEVICES,
                {"home_id": home_id, "type": type},
                lambda: builtins.list[models.LinkageDevice],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.Automation:
        """Get one automation of a home.

        Returns an automation with its time windows, conditions, actions, match type and enabled state. The
        shape of each condition's display depends on its entity_type (see AutomationConditionDisplay); those
        inner shapes are documented less precisely than the top-level fields.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The automation.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/archived-documents/99ca8c46bb?id=Ka7kkf3ddkg7s
        """
        return cast(
            "models.Automation",
            await self._client.call(
                _GET,
                {"home_id": home_id, "automation_id": automation_id},
                lambda: models.Automation,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def update(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        name: str,
        background: str,
        match_type: Literal[1, 2, 3],
        conditions: Sequence[models.AutomationCondition | Mapping[str, Any]],
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        condition_rule: str | None = None,
        preconditions: Sequence[models.AutomationPrecondition | Mapping[str, Any]] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Replace an automation's definition.

        Overwrites the automation with a full new definition: name, cover image, match type, conditions,
        actions and, optionally, time windows. Fields left out are not kept, so send the whole rule (e.g.
        start from automations.get). With match_type 3, condition_rule combines the conditions by their
        order_num, e.g. '1&&2||3'.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: ID of the automation to overwrite.
            name: Automation name. Not empty.
            background: Cover image URL, e.g. one from scenes.list_default_pictures (stripped of
                whitespace). Not empty.
            match_type: 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is
                true. One of 1, 2, 3.
            conditions: Triggers; order_num must be unique within the list. At least 1 item.
            actions: Steps to run, in order. At least 1 item.
            condition_rule: Logic over the conditions' order_num values, e.g. '1&&2||3'; required with
                match_type 3. Not empty. Optional.
            preconditions: Effective time windows; leave out for an automation that may fire at any time.
                Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - match_type 3 (custom logic) needs condition_rule.

        Returns:
            true when the automation was replaced.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1135ebf0e9?id=Kc2xhrbnxpe1s
        """
        return cast(
            "bool",
            await self._client.call(
                _UPDATE,
                {
                    "home_id": home_id,
                    "automation_id": automation_id,
                    "name": name,
                    "background": background,
                    "match_type": match_type,
                    "conditions": conditions,
                    "actions": actions,
                    "condition_rule": condition_rule,
                    "preconditions": preconditions,
                },
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def delete(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Delete an automation of a home.

        Removes one automation from the home. No request body is needed.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation was deleted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/2f15aaab2d?id=Ka7kkfi6iz28j
        """
        return cast(
            "bool",
            await self._client.call(
                _DELETE,
                {"home_id": home_id, "automation_id": automation_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def enable(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Enable an automation.

        Switches an automation on so its conditions fire it again. No request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation is enabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/1b5a54062c?id=Ka7kkdtsv94x0
        """
        return cast(
            "bool",
            await self._client.call(
                _ENABLE,
                {"home_id": home_id, "automation_id": automation_id},
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
        automation_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Disable an automation.

        Switches an automation off without deleting it; its conditions no longer fire it. No request body.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation is disabled.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/98cf4cc1a5?id=Ka7kke81rhe0j
        """
        return cast(
            "bool",
            await self._client.call(
                _DISABLE,
                {"home_id": home_id, "automation_id": automation_id},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get_device_linkage_codes(
        self,
        *,
        device_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.DeviceLinkageCodes:
        """List the DP codes of a device usable in automations.

        Returns which DPs of one device can trigger an automation (status) and which can be set by an action
        (functions), each with its value type and range. Use these codes in condition display.code and in
        dpIssue executor_property.

        Args:
            device_id: Device ID.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The device's usable action and condition codes.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2010.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/ec67f6d0e9?id=Ka7kkathqbv3r
        """
        return cast(
            "models.DeviceLinkageCodes",
            await self._client.call(
                _GET_DEVICE_LINKAGE_CODES,
                {"device_id": device_id},
                lambda: models.DeviceLinkageCodes,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_home_linkage_codes(
        self,
        *,
        home_id: int | str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.DeviceLinkageCodes]:
        """List the automation-usable DP codes of every device in a home.

        The home-wide form of automations.get_device_linkage_codes: one entry per device with the DPs that
        can trigger conditions (status) and be set by actions (functions).

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One entry per device; empty when the home has no suitable devices.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/7a89730ad5?id=Ka7kkfwnjamns
        """
        return cast(
            "builtins.list[models.DeviceLinkageCodes]",
            await self._client.call(
                _LIST_HOME_LINKAGE_CODES,
                {"home_id": home_id},
                lambda: builtins.list[models.DeviceLinkageCodes],
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
    ) -> builtins.list[models.Automation]:
        """List the automations of a home.

        Returns every automation of the home, each in the shape automations.get returns: time windows,
        conditions, actions, match type and enabled state.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The home's automations; empty when it has none.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/dfff0c888e?id=Kcxnhy6tg7vq1
        """
        return cast(
            "builtins.list[models.Automation]",
            await self._client.call(
                _LIST,
                {"home_id": home_id},
                lambda: builtins.list[models.Automation],
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
        match_type: Literal[1, 2, 3],
        conditions: Sequence[models.AutomationCondition | Mapping[str, Any]],
        actions: Sequence[models.AutomationAction | Mapping[str, Any]],
        condition_rule: str | None = None,
        preconditions: Sequence[models.AutomationPrecondition | Mapping[str, Any]] | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> str:
        """Create an automation in a home.

        Adds an automation and returns its ID. It fires its actions when its conditions match (any of them
        with match_type 1, all with 2, condition_rule with 3), within its time windows if it has any. New
        automations are enabled. Not retried automatically: a second send would create a second automation.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            name: Automation name. Not empty.
            background: Cover image URL, e.g. one from scenes.list_default_pictures (stripped of
                whitespace). Not empty.
            match_type: 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is
                true. One of 1, 2, 3.
            conditions: Triggers; order_num must be unique within the list. At least 1 item.
            actions: Steps to run, in order. At least 1 item.
            condition_rule: Logic over the conditions' order_num values, e.g. '1&&2||3'; required with
                match_type 3. Not empty. Optional.
            preconditions: Effective time windows; leave out for an automation that may fire at any time.
                Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - match_type 3 (custom logic) needs condition_rule.

        Returns:
            ID of the new automation.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/b5d0e46091?id=Kcxnhy97t7bph
        """
        return cast(
            "str",
            await self._client.call(
                _CREATE,
                {
                    "home_id": home_id,
                    "name": name,
                    "background": background,
                    "match_type": match_type,
                    "conditions": conditions,
                    "actions": actions,
                    "condition_rule": condition_rule,
                    "preconditions": preconditions,
                },
                lambda: str,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_weather_conditions(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> builtins.list[models.WeatherCondition]:
        """List the weather conditions automations can use.

        Returns the weather quantities (temperature, humidity, weather, PM2.5, AQI, wind speed,
        sunrise/sunset) a weather condition (entity_type 3) may compare, each with its operators (a JSON
        text array) and value range. In a condition, write the category with a $ in front (temp becomes
        $temp).

        Args:
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The weather conditions.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/05bafbdd61?id=Kcxnhy0w2w4d9
        """
        return cast(
            "builtins.list[models.WeatherCondition]",
            await self._client.call(
                _LIST_WEATHER_CONDITIONS,
                {},
                lambda: builtins.list[models.WeatherCondition],
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def trigger_external_condition(
        self,
        *,
        home_id: int | str,
        automation_id: str,
        entity_id: str,
        display: models.AutomationConditionDisplay | Mapping[str, Any],
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Fire an automation's external condition.

        Reports that an external condition (entity_type 15) of the automation has happened: entity_id is the
        condition's ID, which the cloud generated when the automation was saved (read it with
        automations.get), and display carries the code and value the condition waits for. If that makes the
        automation's conditions hold (any of them for match_type 1, all for 2, condition_rule for 3) within
        its time windows, its actions run and the result is true; otherwise nothing runs and the result is
        false. Not retried automatically: a second send would run the actions again.

        Args:
            home_id: Home ID. Numeric; accepted as int or str. 64-bit integer. Must match `^[0-9]+$`.
            automation_id: Automation ID.
            entity_id: ID of the external condition (its entity_id in automations.get). Not empty.
            display: What happened: {"code": ..., "value": ...}, as the condition's display names them.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the automation fired.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/5c91c3d686?id=Kc2xh7x18kh98
        """
        return cast(
            "bool",
            await self._client.call(
                _TRIGGER_EXTERNAL_CONDITION,
                {"home_id": home_id, "automation_id": automation_id, "entity_id": entity_id, "display": display},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
