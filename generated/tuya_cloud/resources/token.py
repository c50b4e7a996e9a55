# Generated from spec/groups/token.yaml by `python -m generator`; do not edit.
"""Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud)."""

from __future__ import annotations

from typing import Literal, cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Param, Rule
from .._runtime.resource import AsyncResource, Resource

_GET = Operation(
    id="token.get",
    method="GET",
    path="/v1.0/token",
    auth="client",
    retry_safe=True,
    params=(
        Param(name="grant_type", location="query", required=True, schema={"type": "integer", "enum": [1, 2]}),
        Param(name="code", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="terminal_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="target_uid", location="query", required=False, schema={"type": "string", "minLength": 1}),
    ),
    rules=(
        Rule(
            name="code_needs_oauth_grant",
            message="an authorization code is only accepted with grant_type 2",
            when={"field": "code", "present": True},
            then={"field": "grant_type", "const": 2},
        ),
        Rule(
            name="target_uid_needs_simple_grant",
            message="target_uid (IAM) is only accepted with grant_type 1",
            when={"field": "target_uid", "present": True},
            then={"field": "grant_type", "const": 1},
        ),
    ),
)

_REFRESH = Operation(
    id="token.refresh",
    method="GET",
    path="/v1.0/token/{refresh_token}",
    auth="client",
    retry_safe=False,
    params=(Param(name="refresh_token", location="path", required=True, schema={"type": "string"}, sensitive=True),),
)


class TokenResource(Resource):
    """Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud)."""

    __slots__ = ()

    def get(
        self,
        *,
        grant_type: Literal[1, 2],
        code: str | None = None,
        terminal_id: str | None = None,
        target_uid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.TokenInfo:
        """Get an access token (simple mode).

        Issues an access token and refresh token for the project. Pass grant_type=1 (simple mode) for
        cloud-to-cloud use; grant_type=2 exchanges an OAuth 2.0 authorization code. If the project already
        holds a valid token, Tuya may return that one with its remaining lifetime, so several processes
        sharing one Access ID share (and can invalidate) one token.

        Args:
            grant_type: 1 = simple mode (what this SDK uses); 2 = OAuth 2.0 authorization-code mode (needs
                code). One of 1, 2.
            code: OAuth 2.0 authorization code; only with grant_type 2. Not empty. Optional.
            terminal_id: Identifier of the calling terminal. Not empty. Optional.
            target_uid: ID of a user authenticated through Identity and Access Management (IAM); only with
                grant_type 1. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - an authorization code is only accepted with grant_type 2.
            - target_uid (IAM) is only accepted with grant_type 1.

        Returns:
            The new (or still valid) token pair.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            CredentialsError: Tuya answered 1003, 1107.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/6c1636a9bd?id=Ka7kjumkoa53v
        """
        return cast(
            "models.TokenInfo",
            self._client.call(
                _GET,
                {"grant_type": grant_type, "code": code, "terminal_id": terminal_id, "target_uid": target_uid},
                models.TokenInfo,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def refresh(
        self,
        *,
        refresh_token: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.TokenInfo:
        """Exchange a refresh token for a new token pair.

        Trades the current refresh token for a new access token and refresh token. The refresh token works
        once: after a successful call the old access token and old refresh token stop working, so never send
        this call twice or from two processes at once. If it fails, fall back to token.get.

        Args:
            refresh_token: The refresh token from token.get or from the previous refresh.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The new token pair; store the new refresh_token, the old one is spent.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ServerBusyError: Tuya answered 500.
            SignatureError: Tuya answered 1004.
            TokenError: Tuya answered 1011, 1012.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/80bb968f1d?id=Kdr7o5e65p7nl
        """
        return cast(
            "models.TokenInfo",
            self._client.call(
                _REFRESH,
                {"refresh_token": refresh_token},
                models.TokenInfo,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )


class AsyncTokenResource(AsyncResource):
    """Token management (async): Access tokens for the cloud project (simple mode, cloud-to-cloud)."""

    __slots__ = ()

    async def get(
        self,
        *,
        grant_type: Literal[1, 2],
        code: str | None = None,
        terminal_id: str | None = None,
        target_uid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.TokenInfo:
        """Get an access token (simple mode).

        Issues an access token and refresh token for the project. Pass grant_type=1 (simple mode) for
        cloud-to-cloud use; grant_type=2 exchanges an OAuth 2.0 authorization code. If the project already
        holds a valid token, Tuya may return that one with its remaining lifetime, so several processes
        sharing one Access ID share (and can invalidate) one token.

        Args:
            grant_type: 1 = simple mode (what this SDK uses); 2 = OAuth 2.0 authorization-code mode (needs
                code). One of 1, 2.
            code: OAuth 2.0 authorization code; only with grant_type 2. Not empty. Optional.
            terminal_id: Identifier of the calling terminal. Not empty. Optional.
            target_uid: ID of a user authenticated through Identity and Access Management (IAM); only with
                grant_type 1. Not empty. Optional.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Rules (checked before anything is sent):
            - an authorization code is only accepted with grant_type 2.
            - target_uid (IAM) is only accepted with grant_type 1.

        Returns:
            The new (or still valid) token pair.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            CredentialsError: Tuya answered 1003, 1107.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/6c1636a9bd?id=Ka7kjumkoa53v
        """
        return cast(
            "models.TokenInfo",
            await self._client.call(
                _GET,
                {"grant_type": grant_type, "code": code, "terminal_id": terminal_id, "target_uid": target_uid},
                lambda: models.TokenInfo,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def refresh(
        self,
        *,
        refresh_token: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.TokenInfo:
        """Exchange a refresh token for a new token pair.

        Trades the current refresh token for a new access token and refresh token. The refresh token works
        once: after a successful call the old access token and old refresh token stop working, so never send
        this call twice or from two processes at once. If it fails, fall back to token.get.

        Args:
            refresh_token: The refresh token from token.get or from the previous refresh.
            timeout: Seconds for the whole call, retries included, or (connect, total); default: the
                client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The new token pair; store the new refresh_token, the old one is spent.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ServerBusyError: Tuya answered 500.
            SignatureError: Tuya answered 1004.
            TokenError: Tuya answered 1011, 1012.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cubeprivate-cloud/80bb968f1d?id=Kdr7o5e65p7nl
        """
        return cast(
            "models.TokenInfo",
            await self._client.call(
                _REFRESH,
                {"refresh_token": refresh_token},
                lambda: models.TokenInfo,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )
