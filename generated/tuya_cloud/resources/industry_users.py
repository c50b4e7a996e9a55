# Generated from spec/groups/industry_users.yaml by `python -m generator`; do not edit.
"""Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from .. import models
from .._runtime.core import Timeout
from .._runtime.operation import Operation, Pagination, Param
from .._runtime.resource import AsyncResource, Resource

_LOGIN = Operation(
    id="industry_users.login",
    method="POST",
    path="/v1.0/iot-03/users/login",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="username", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="password",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[0-9a-f]{64}$"},
            sensitive=True,
        ),
    ),
)

_CREATE = Operation(
    id="industry_users.create",
    method="POST",
    path="/v1.0/iot-02/users",
    auth="token",
    retry_safe=False,
    params=(
        Param(name="username", location="body", required=True, schema={"type": "string", "minLength": 1}),
        Param(
            name="password",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[0-9a-f]{64}$"},
            sensitive=True,
        ),
        Param(
            name="country_code", location="body", required=True, schema={"type": "string", "pattern": "^[0-9]{1,4}$"}
        ),
        Param(name="creator", location="body", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="user_nick_name", location="body", required=False, schema={"type": "string", "minLength": 1}),
    ),
)

_LIST = Operation(
    id="industry_users.list",
    method="GET",
    path="/v1.0/iot-02/users",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="last_row_key", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(
            name="page_size", location="query", required=False, schema={"type": "integer", "minimum": 1, "maximum": 100}
        ),
    ),
)

_GET = Operation(
    id="industry_users.get",
    method="GET",
    path="/v1.0/iot-02/users/{user_id}",
    auth="token",
    retry_safe=True,
    params=(Param(name="user_id", location="path", required=True, schema={"type": "string"}),),
)

_CHANGE_PASSWORD = Operation(
    id="industry_users.change_password",
    method="PUT",
    path="/v1.0/iot-02/users/{user_id}",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="user_id", location="path", required=True, schema={"type": "string"}),
        Param(
            name="old_password",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[0-9a-f]{64}$"},
            sensitive=True,
        ),
        Param(
            name="new_password",
            location="body",
            required=True,
            schema={"type": "string", "pattern": "^[0-9a-f]{64}$"},
            sensitive=True,
        ),
    ),
)

_AUTHORIZE_ASSETS = Operation(
    id="industry_users.authorize_assets",
    method="POST",
    path="/v1.0/iot-03/users/{uid}/actions/batch-assets-authorized",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="uid", location="path", required=True, schema={"type": "string"}),
        Param(
            name="asset_ids", location="body", required=True, schema={"type": "string", "pattern": "^[^,]+(,[^,]+)*$"}
        ),
        Param(name="authorized_children", location="body", required=False, schema={"type": "boolean"}),
    ),
)

_LIST_ASSETS = Operation(
    id="industry_users.list_assets",
    method="GET",
    path="/v1.0/iot-03/users/assets",
    auth="token",
    retry_safe=True,
    params=(
        Param(name="parent_asset_id", location="query", required=False, schema={"type": "string", "minLength": 1}),
        Param(name="page_no", location="query", required=False, schema={"type": "integer", "minimum": 0}),
        Param(
            name="page_size", location="query", required=False, schema={"type": "integer", "minimum": 1, "maximum": 100}
        ),
    ),
    pagination=Pagination(
        style="page_number",
        items="assets",
        page_param="page_no",
        first_page=0,
        size_param="page_size",
        has_more="has_more",
    ),
)


class IndustryUsersResource(Resource):
    """Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets."""

    __slots__ = ()

    def login(
        self,
        *,
        username: str,
        password: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryLoginToken:
        """Log in as an industry user (iot-03).

        Exchanges an industry user's name and password (lower-case hex SHA-256 of the plain password) for
        that user's own token, as tuya-iot-py-sdk's "custom" mode does. The reply names the lifetime
        `expire` (seconds), where the token and app-account calls say `expire_time`. For app accounts (Tuya
        Smart, Smart Life) use associated_users.login.

        Args:
            username: The user's name (e-mail address or mobile number). Not empty.
            password: SHA-256 of the plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's token.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/3d439302d8?id=Kajd439lm3dcz
        """
        return cast(
            "models.IndustryLoginToken",
            self._client.call(
                _LOGIN,
                {"username": username, "password": password},
                models.IndustryLoginToken,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def create(
        self,
        *,
        username: str,
        password: str,
        country_code: str,
        creator: str | None = None,
        user_nick_name: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryUserRef:
        """Register an industry user (iot-02).

        Registers a user in the project and returns its ID. The password goes as the lower-case hex SHA-256
        of the plain password. Not retried automatically: a duplicate could fail as already registered.

        Args:
            username: The user's name (e-mail address or mobile number). Not empty.
            password: SHA-256 of the plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`.
            country_code: Country calling code, e.g. 49. Must match `^[0-9]{1,4}$`.
            creator: Who creates the user (for the project's records). Not empty. Optional.
            user_nick_name: Nickname of the user. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The new user's ID.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/f5d1a4bffd?id=Kcojo116cg4tb
        """
        return cast(
            "models.IndustryUserRef",
            self._client.call(
                _CREATE,
                {
                    "username": username,
                    "password": password,
                    "country_code": country_code,
                    "creator": creator,
                    "user_nick_name": user_nick_name,
                },
                models.IndustryUserRef,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list(
        self,
        *,
        last_row_key: str | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryUserPage:
        """List a project's industry users, page by page (iot-02).

        Returns the project's users with a row-key cursor: pass each reply's last_row_key back until a page
        comes back empty or has_next is false.

        Args:
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            page_size: Users per page, 1 to 100. 1..100. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of users.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/tuya/tuya-connector-nodejs/blob/master/src/service/user.ts
        """
        return cast(
            "models.IndustryUserPage",
            self._client.call(
                _LIST,
                {"last_row_key": last_row_key, "page_size": page_size},
                models.IndustryUserPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def get(
        self,
        *,
        user_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryUser:
        """Get an industry user (iot-02).

        Returns one user of the project.

        Args:
            user_id: User ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/tuya/tuya-connector-nodejs/blob/master/src/service/user.ts
        """
        return cast(
            "models.IndustryUser",
            self._client.call(
                _GET,
                {"user_id": user_id},
                models.IndustryUser,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def change_password(
        self,
        *,
        user_id: str,
        old_password: str,
        new_password: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Change an industry user's password (iot-02).

        Replaces a user's password, given the old one; both as the lower-case hex SHA-256 of the plain
        password. A wrong old password answers 1106.

        Args:
            user_id: User ID.
            old_password: SHA-256 of the current plain password, 64 lower-case hex digits. Must match
                `^[0-9a-f]{64}$`.
            new_password: SHA-256 of the new plain password, 64 lower-case hex digits. Must match
                `^[0-9a-f]{64}$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the password was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/7400fb7d0c?id=Kag2ylbht8c4i
        """
        return cast(
            "bool",
            self._client.call(
                _CHANGE_PASSWORD,
                {"user_id": user_id, "old_password": old_password, "new_password": new_password},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def authorize_assets(
        self,
        *,
        uid: str,
        asset_ids: str,
        authorized_children: bool | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Grant a user some assets, optionally with everything under them (iot-03).

        Authorizes the user to the given assets (and, with authorized_children, to the assets below them);
        the user's list_assets shows them after its login.

        Args:
            uid: User ID.
            asset_ids: Asset IDs, comma-separated in one string, e.g.
                "1494916234528903168,1494916234528903169". Must match `^[^,]+(,[^,]+)*$`.
            authorized_children: Also grant every asset below the given ones (false when omitted). Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the assets were granted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "bool",
            self._client.call(
                _AUTHORIZE_ASSETS,
                {"uid": uid, "asset_ids": asset_ids, "authorized_children": authorized_children},
                bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def list_assets(
        self,
        *,
        parent_asset_id: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AuthorizedAssetPage:
        """List the assets the calling user may see (iot-03).

        Returns the assets under a parent (the top of the tree when parent_asset_id is omitted) that the
        token's user may see, with its permission on each, page by page: page_no counts from 0, as every
        public client sends it.

        Args:
            parent_asset_id: List the assets under this one; "-1" or omitted for the top of the tree. Not
                empty. Optional.
            page_no: Page number, from 0. >= 0. Optional.
            page_size: Assets per page, 1 to 100 (20 when omitted). 1..100. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of assets with the caller's permission on each.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/5b11405e5e?id=Kcojot4od8mbo
        """
        return cast(
            "models.AuthorizedAssetPage",
            self._client.call(
                _LIST_ASSETS,
                {"parent_asset_id": parent_asset_id, "page_no": page_no, "page_size": page_size},
                models.AuthorizedAssetPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_assets(
        self,
        *,
        parent_asset_id: str | None = None,
        page_size: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[models.AuthorizedAsset]:
        """Iterate over every item of every page of `list_assets`.

        Takes the same arguments as `list_assets` except `page_no`, which it drives itself, and stops at the
        last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "Iterator[models.AuthorizedAsset]",
            self._client.paginate(
                _LIST_ASSETS,
                {"parent_asset_id": parent_asset_id, "page_size": page_size},
                models.AuthorizedAssetPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncIndustryUsersResource(AsyncResource):
    """Industry users (iot-02 and iot-03) (async): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets."""

    __slots__ = ()

    async def login(
        self,
        *,
        username: str,
        password: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryLoginToken:
        """Log in as an industry user (iot-03).

        Exchanges an industry user's name and password (lower-case hex SHA-256 of the plain password) for
        that user's own token, as tuya-iot-py-sdk's "custom" mode does. The reply names the lifetime
        `expire` (seconds), where the token and app-account calls say `expire_time`. For app accounts (Tuya
        Smart, Smart Life) use associated_users.login.

        Args:
            username: The user's name (e-mail address or mobile number). Not empty.
            password: SHA-256 of the plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user's token.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/3d439302d8?id=Kajd439lm3dcz
        """
        return cast(
            "models.IndustryLoginToken",
            await self._client.call(
                _LOGIN,
                {"username": username, "password": password},
                lambda: models.IndustryLoginToken,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def create(
        self,
        *,
        username: str,
        password: str,
        country_code: str,
        creator: str | None = None,
        user_nick_name: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryUserRef:
        """Register an industry user (iot-02).

        Registers a user in the project and returns its ID. The password goes as the lower-case hex SHA-256
        of the plain password. Not retried automatically: a duplicate could fail as already registered.

        Args:
            username: The user's name (e-mail address or mobile number). Not empty.
            password: SHA-256 of the plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`.
            country_code: Country calling code, e.g. 49. Must match `^[0-9]{1,4}$`.
            creator: Who creates the user (for the project's records). Not empty. Optional.
            user_nick_name: Nickname of the user. Not empty. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The new user's ID.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/f5d1a4bffd?id=Kcojo116cg4tb
        """
        return cast(
            "models.IndustryUserRef",
            await self._client.call(
                _CREATE,
                {
                    "username": username,
                    "password": password,
                    "country_code": country_code,
                    "creator": creator,
                    "user_nick_name": user_nick_name,
                },
                lambda: models.IndustryUserRef,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list(
        self,
        *,
        last_row_key: str | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryUserPage:
        """List a project's industry users, page by page (iot-02).

        Returns the project's users with a row-key cursor: pass each reply's last_row_key back until a page
        comes back empty or has_next is false.

        Args:
            last_row_key: last_row_key of the previous page; omit for the first page. Not empty. Optional.
            page_size: Users per page, 1 to 100. 1..100. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of users.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/tuya/tuya-connector-nodejs/blob/master/src/service/user.ts
        """
        return cast(
            "models.IndustryUserPage",
            await self._client.call(
                _LIST,
                {"last_row_key": last_row_key, "page_size": page_size},
                lambda: models.IndustryUserPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def get(
        self,
        *,
        user_id: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.IndustryUser:
        """Get an industry user (iot-02).

        Returns one user of the project.

        Args:
            user_id: User ID.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            The user.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://github.com/tuya/tuya-connector-nodejs/blob/master/src/service/user.ts
        """
        return cast(
            "models.IndustryUser",
            await self._client.call(
                _GET,
                {"user_id": user_id},
                lambda: models.IndustryUser,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def change_password(
        self,
        *,
        user_id: str,
        old_password: str,
        new_password: str,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Change an industry user's password (iot-02).

        Replaces a user's password, given the old one; both as the lower-case hex SHA-256 of the plain
        password. A wrong old password answers 1106.

        Args:
            user_id: User ID.
            old_password: SHA-256 of the current plain password, 64 lower-case hex digits. Must match
                `^[0-9a-f]{64}$`.
            new_password: SHA-256 of the new plain password, 64 lower-case hex digits. Must match
                `^[0-9a-f]{64}$`.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the password was changed.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/7400fb7d0c?id=Kag2ylbht8c4i
        """
        return cast(
            "bool",
            await self._client.call(
                _CHANGE_PASSWORD,
                {"user_id": user_id, "old_password": old_password, "new_password": new_password},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def authorize_assets(
        self,
        *,
        uid: str,
        asset_ids: str,
        authorized_children: bool | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> bool:
        """Grant a user some assets, optionally with everything under them (iot-03).

        Authorizes the user to the given assets (and, with authorized_children, to the assets below them);
        the user's list_assets shows them after its login.

        Args:
            uid: User ID.
            asset_ids: Asset IDs, comma-separated in one string, e.g.
                "1494916234528903168,1494916234528903169". Must match `^[^,]+(,[^,]+)*$`.
            authorized_children: Also grant every asset below the given ones (false when omitted). Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            true when the assets were granted.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            NotFoundError: Tuya answered 1000, 2006.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
        """
        return cast(
            "bool",
            await self._client.call(
                _AUTHORIZE_ASSETS,
                {"uid": uid, "asset_ids": asset_ids, "authorized_children": authorized_children},
                lambda: bool,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    async def list_assets(
        self,
        *,
        parent_asset_id: str | None = None,
        page_no: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        allow_retry: bool | None = None,
    ) -> models.AuthorizedAssetPage:
        """List the assets the calling user may see (iot-03).

        Returns the assets under a parent (the top of the tree when parent_asset_id is omitted) that the
        token's user may see, with its permission on each, page by page: page_no counts from 0, as every
        public client sends it.

        Args:
            parent_asset_id: List the assets under this one; "-1" or omitted for the top of the tree. Not
                empty. Optional.
            page_no: Page number, from 0. >= 0. Optional.
            page_size: Assets per page, 1 to 100 (20 when omitted). 1..100. Optional.
            timeout: Seconds to wait for this call, or (connect, read); default: the client's.
            max_retries: How often to retry this call on transient failures; default: the client's.
            allow_retry: Resend on failure even though the operation is not marked retry-safe (default: the
                spec decides).

        Returns:
            One page of assets with the caller's permission on each.

        Raises:
            TuyaValidationError: an argument breaks the spec's rules; nothing was sent.
            ParameterError: Tuya answered 1109.
            PermissionDeniedError: Tuya answered 1106.
            ServerBusyError: Tuya answered 500.
            TuyaAPIError: any other error Tuya reports (every class above derives from it).
            TuyaConnectionError: Tuya could not be reached or did not answer in time.

        Tuya docs: https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/5b11405e5e?id=Kcojot4od8mbo
        """
        return cast(
            "models.AuthorizedAssetPage",
            await self._client.call(
                _LIST_ASSETS,
                {"parent_asset_id": parent_asset_id, "page_no": page_no, "page_size": page_size},
                lambda: models.AuthorizedAssetPage,
                timeout=timeout,
                max_retries=max_retries,
                allow_retry=allow_retry,
            ),
        )

    def iter_list_assets(
        self,
        *,
        parent_asset_id: str | None = None,
        page_size: int | None = None,
        max_pages: int = 1000,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[models.AuthorizedAsset]:
        """Iterate over every item of every page of `list_assets`.

        Takes the same arguments as `list_assets` except `page_no`, which it drives itself, and stops at the
        last page (or raises TuyaError after max_pages pages).
        """
        return cast(
            "AsyncIterator[models.AuthorizedAsset]",
            self._client.paginate(
                _LIST_ASSETS,
                {"parent_asset_id": parent_asset_id, "page_size": page_size},
                lambda: models.AuthorizedAssetPage,
                max_pages=max_pages,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )
