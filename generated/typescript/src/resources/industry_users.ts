// Generated from spec/groups/industry_users.yaml by `python -m generator`; do not edit.
// Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { AuthorizedAsset, AuthorizedAssetPage, IndustryLoginToken, IndustryUser, IndustryUserPage, IndustryUserRef } from "../types.js";

export const LOGIN: Operation = {
  id: "industry_users.login",
  method: "POST",
  path: "/v1.0/iot-03/users/login",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "username", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "password", "location": "body", "required": true, "sensitive": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IndustryLoginToken"},
};

export const CREATE: Operation = {
  id: "industry_users.create",
  method: "POST",
  path: "/v1.0/iot-02/users",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "username", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "password", "location": "body", "required": true, "sensitive": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
    {"name": "country_code", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{1,4}$"}},
    {"name": "creator", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "user_nick_name", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IndustryUserRef"},
};

export const LIST: Operation = {
  id: "industry_users.list",
  method: "GET",
  path: "/v1.0/iot-02/users",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_size", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IndustryUserPage"},
};

export const GET: Operation = {
  id: "industry_users.get",
  method: "GET",
  path: "/v1.0/iot-02/users/{user_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "user_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IndustryUser"},
};

export const CHANGE_PASSWORD: Operation = {
  id: "industry_users.change_password",
  method: "PUT",
  path: "/v1.0/iot-02/users/{user_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "user_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "old_password", "location": "body", "required": true, "sensitive": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
    {"name": "new_password", "location": "body", "required": true, "sensitive": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const AUTHORIZE_ASSETS: Operation = {
  id: "industry_users.authorize_assets",
  method: "POST",
  path: "/v1.0/iot-03/users/{uid}/actions/batch-assets-authorized",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "asset_ids", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[^,]+(,[^,]+)*$"}},
    {"name": "authorized_children", "location": "body", "required": false, "sensitive": false, "schema": {"type": "boolean"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_ASSETS: Operation = {
  id: "industry_users.list_assets",
  method: "GET",
  path: "/v1.0/iot-03/users/assets",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "parent_asset_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_no", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 0}},
    {"name": "page_size", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: {"style": "page_number", "items": "assets", "pageParam": "page_no", "firstPage": 0, "sizeParam": "page_size", "hasMore": "has_more"},
  result: {"$ref": "AuthorizedAssetPage"},
};

export interface IndustryUsersLoginParams {
  /** The user's name (e-mail address or mobile number). */
  username: string;
  /** SHA-256 of the plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`. */
  password: string;
}

export interface IndustryUsersCreateParams {
  /** The user's name (e-mail address or mobile number). */
  username: string;
  /** SHA-256 of the plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`. */
  password: string;
  /** Country calling code, e.g. 49. Must match `^[0-9]{1,4}$`. */
  country_code: string;
  /** Who creates the user (for the project's records). */
  creator?: string | undefined;
  /** Nickname of the user. */
  user_nick_name?: string | undefined;
}

export interface IndustryUsersListParams {
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Users per page, 1 to 100. Range 1..100. */
  page_size?: number | undefined;
}

export interface IndustryUsersGetParams {
  /** User ID. */
  user_id: string;
}

export interface IndustryUsersChangePasswordParams {
  /** User ID. */
  user_id: string;
  /** SHA-256 of the current plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`. */
  old_password: string;
  /** SHA-256 of the new plain password, 64 lower-case hex digits. Must match `^[0-9a-f]{64}$`. */
  new_password: string;
}

export interface IndustryUsersAuthorizeAssetsParams {
  /** User ID. */
  uid: string;
  /**
   * Asset IDs, comma-separated in one string, e.g. "1494916234528903168,1494916234528903169". Must match
   * `^[^,]+(,[^,]+)*$`.
   */
  asset_ids: string;
  /** Also grant every asset below the given ones (false when omitted). */
  authorized_children?: boolean | undefined;
}

export interface IndustryUsersListAssetsParams {
  /** List the assets under this one; "-1" or omitted for the top of the tree. */
  parent_asset_id?: string | undefined;
  /** Page number, from 0. Range 0..inf. */
  page_no?: number | undefined;
  /** Assets per page, 1 to 100 (20 when omitted). Range 1..100. */
  page_size?: number | undefined;
}

/** Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets. */
export class IndustryUsersResource extends Resource {
  /**
   * Log in as an industry user (iot-03).
   *
   * Exchanges an industry user's name and password (lower-case hex SHA-256 of the plain password) for
   * that user's own token, as tuya-iot-py-sdk's "custom" mode does. The reply names the lifetime
   * `expire` (seconds), where the token and app-account calls say `expire_time`. For app accounts (Tuya
   * Smart, Smart Life) use associated_users.login.
   *
   * @returns The user's token.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2006.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/3d439302d8?id=Kajd439lm3dcz
   */
  login(params: IndustryUsersLoginParams, options?: RequestOptions): Promise<IndustryLoginToken> {
    return this.client.call<IndustryLoginToken>(LOGIN, params, options);
  }

  /**
   * Register an industry user (iot-02).
   *
   * Registers a user in the project and returns its ID. The password goes as the lower-case hex SHA-256
   * of the plain password. Not retried automatically: a duplicate could fail as already registered.
   *
   * @returns The new user's ID.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/f5d1a4bffd?id=Kcojo116cg4tb
   */
  create(params: IndustryUsersCreateParams, options?: RequestOptions): Promise<IndustryUserRef> {
    return this.client.call<IndustryUserRef>(CREATE, params, options);
  }

  /**
   * List a project's industry users, page by page (iot-02).
   *
   * Returns the project's users with a row-key cursor: pass each reply's last_row_key back until a page
   * comes back empty or has_next is false.
   *
   * @returns One page of users.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://github.com/tuya/tuya-connector-nodejs/blob/master/src/service/user.ts
   */
  list(params: IndustryUsersListParams = {}, options?: RequestOptions): Promise<IndustryUserPage> {
    return this.client.call<IndustryUserPage>(LIST, params, options);
  }

  /**
   * Get an industry user (iot-02).
   *
   * Returns one user of the project.
   *
   * @returns The user.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2006.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://github.com/tuya/tuya-connector-nodejs/blob/master/src/service/user.ts
   */
  get(params: IndustryUsersGetParams, options?: RequestOptions): Promise<IndustryUser> {
    return this.client.call<IndustryUser>(GET, params, options);
  }

  /**
   * Change an industry user's password (iot-02).
   *
   * Replaces a user's password, given the old one; both as the lower-case hex SHA-256 of the plain
   * password. A wrong old password answers 1106.
   *
   * @returns true when the password was changed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2006.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/7400fb7d0c?id=Kag2ylbht8c4i
   */
  changePassword(params: IndustryUsersChangePasswordParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(CHANGE_PASSWORD, params, options);
  }

  /**
   * Grant a user some assets, optionally with everything under them (iot-03).
   *
   * Authorizes the user to the given assets (and, with authorized_children, to the assets below them);
   * the user's list_assets shows them after its login.
   *
   * @returns true when the assets were granted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000, 2006.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  authorizeAssets(params: IndustryUsersAuthorizeAssetsParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(AUTHORIZE_ASSETS, params, options);
  }

  /**
   * List the assets the calling user may see (iot-03).
   *
   * Returns the assets under a parent (the top of the tree when parent_asset_id is omitted) that the
   * token's user may see, with its permission on each, page by page: page_no counts from 0, as every
   * public client sends it.
   *
   * @returns One page of assets with the caller's permission on each.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/5b11405e5e?id=Kcojot4od8mbo
   */
  listAssets(params: IndustryUsersListAssetsParams = {}, options?: RequestOptions): Promise<AuthorizedAssetPage> {
    return this.client.call<AuthorizedAssetPage>(LIST_ASSETS, params, options);
  }

  /**
   * Every item of every page of `listAssets`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listAssets` except `page_no`, which it drives itself, and stops at the
   * last page (or throws TuyaError after `maxPages` pages).
   */
  iterListAssets(params: Omit<IndustryUsersListAssetsParams, "page_no"> = {}, options?: PageOptions): AsyncGenerator<AuthorizedAsset, void, undefined> {
    return this.client.paginate<AuthorizedAsset>(LIST_ASSETS, params, options);
  }
}
