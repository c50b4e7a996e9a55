// Generated from spec/groups/users.yaml by `python -m generator`; do not edit.
// Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { AppUser, SyncedUser, UserInfo, UserPage, UserV1Page } from "../types.js";

export const GET: Operation = {
  id: "users.get",
  method: "GET",
  path: "/v1.0/users/{uid}/infos",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "UserInfo"},
};

export const LIST: Operation = {
  id: "users.list",
  method: "GET",
  path: "/v2.0/apps/{schema}/users",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "schema", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "page_no", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
    {"name": "username", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "start_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
    {"name": "end_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
  ],
  rules: [],
  pagination: {"style": "page_number", "items": "list", "pageParam": "page_no", "firstPage": 1, "sizeParam": "page_size", "hasMore": "has_more", "total": "total"},
  result: {"$ref": "UserPage"},
};

export const SYNC: Operation = {
  id: "users.sync",
  method: "POST",
  path: "/v1.0/apps/{schema}/user",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "schema", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "country_code", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{1,4}$"}},
    {"name": "username", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "password", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9a-fA-F]{32}$"}},
    {"name": "username_type", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2, 3]}},
    {"name": "nick_name", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string"}},
    {"name": "time_zone_id", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "SyncedUser"},
};

export const LIST_V1: Operation = {
  id: "users.list_v1",
  method: "GET",
  path: "/v1.0/apps/{schema}/users",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "schema", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "page_no", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "UserV1Page"},
};

export interface UsersGetParams {
  /** User ID. */
  uid: string;
}

export interface UsersListParams {
  /** Identifier (schema) of the app, as shown in the app's settings on the IoT platform. */
  schema: string;
  /** Page number, starting at 1. Range 1..inf. */
  page_no: number;
  /** Users per page, 1 to 100. Range 1..100. */
  page_size: number;
  /** Return only the user with this username. */
  username?: string | undefined;
  /** Start of the registration-time window (10-digit Unix seconds). A 10-digit Unix time in seconds. */
  start_time?: number | undefined;
  /**
   * End of the registration-time window (10-digit Unix seconds); at most 30 days after start_time. A
   * 10-digit Unix time in seconds.
   */
  end_time?: number | undefined;
}

export interface UsersSyncParams {
  /** The app's schema (channel identifier). */
  schema: string;
  /** Phone country code, e.g. 49. Must match `^[0-9]{1,4}$`. */
  country_code: string;
  /** User name (a phone number, an email address or any other name, as username_type says). */
  username: string;
  /** MD5 hex digest (32 hex digits) of the user's password. Must match `^[0-9a-fA-F]{32}$`. */
  password: string;
  /** 1 mobile number, 2 email address, 3 other (the default of Tuya's page). */
  username_type: 1 | 2 | 3;
  /** Nickname. */
  nick_name?: string | undefined;
  /** IANA time zone ID, e.g. Europe/Berlin. */
  time_zone_id?: string | undefined;
}

export interface UsersListV1Params {
  /** The app's schema. */
  schema: string;
  /** Page number, from 1. Range 1..inf. */
  page_no: number;
  /** Users per page. Range 1..100. */
  page_size: number;
}

/** Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user. */
export class UsersResource extends Resource {
  /**
   * Get one user's profile.
   *
   * Returns the profile of an app user: names, contact fields, registration times, time zone,
   * temperature unit and profile settings.
   *
   * @returns The user's profile.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/cfebf22ad3?id=Kawfjdgic5c0w
   */
  get(params: UsersGetParams, options?: RequestOptions): Promise<UserInfo> {
    return this.client.call<UserInfo>(GET, params, options);
  }

  /**
   * List the users of an app, page by page.
   *
   * Lists the users registered in one app (given by its schema), optionally filtered by username and by
   * registration time. The time window spans at most 30 days: with no times, Tuya uses the last 30 days;
   * with only one of them, it derives the other. Phone numbers and emails are masked. page_size may be 1
   * to 100 (the page states 0 to 100; 0 would return nothing).
   *
   * @returns One page of users with the total count.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/76f3e0885f?id=Kawfji9n0sdmq
   */
  list(params: UsersListParams, options?: RequestOptions): Promise<UserPage> {
    return this.client.call<UserPage>(LIST, params, options);
  }

  /**
   * Every item of every page of `list`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `list` except `page_no`, which it drives itself, and stops at the last
   * page (or throws TuyaError after `maxPages` pages).
   */
  iterList(params: Omit<UsersListParams, "page_no">, options?: PageOptions): AsyncGenerator<AppUser, void, undefined> {
    return this.client.paginate<AppUser>(LIST, params, options);
  }

  /**
   * Create or update an app user (user sync).
   *
   * Registers a user of the app with a user name and password, or, when the user name is already
   * registered, updates that user's password, nickname and time zone (country code, user name and type
   * never change). Returns the user's ID either way, so a second send does no harm. The password is the
   * MD5 hex digest of the plain password, never the plain password.
   *
   * @returns The user's ID.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/21707ff1ba?id=Kawfjd7120rb0
   */
  sync(params: UsersSyncParams, options?: RequestOptions): Promise<SyncedUser> {
    return this.client.call<SyncedUser>(SYNC, params, options);
  }

  /**
   * List an app's users, page by page (v1.0).
   *
   * The v1.0 predecessor of users.list, which older SDKs (Tuya's Go and Node.js cloud SDKs,
   * TuyaAPI/openapi) call. Prefer users.list (v2.0): Tuya documents only that one, and it can filter by
   * sign-up time and user name. This one pages with page_no/page_size over all users.
   *
   * @returns One page of users.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://github.com/TuyaAPI/openapi/blob/06f5abb7f4729af3759edf0b49f35f2c0f10c3cf/src/api.ts
   */
  listV1(params: UsersListV1Params, options?: RequestOptions): Promise<UserV1Page> {
    return this.client.call<UserV1Page>(LIST_V1, params, options);
  }
}
