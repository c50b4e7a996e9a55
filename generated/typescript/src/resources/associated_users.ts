// Generated from spec/groups/associated_users.yaml by `python -m generator`; do not edit.
// Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { AppAccountToken, AssociatedDevicePage, Device } from "../types.js";

export const LIST_DEVICES: Operation = {
  id: "associated_users.list_devices",
  method: "GET",
  path: "/v1.0/iot-01/associated-users/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "size", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
    {"name": "start_update_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
    {"name": "end_update_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "devices", "sizeParam": "size", "cursorParam": "last_row_key", "nextCursor": "last_row_key", "hasMore": "has_more", "total": "total"},
  result: {"$ref": "AssociatedDevicePage"},
};

export const LOGIN: Operation = {
  id: "associated_users.login",
  method: "POST",
  path: "/v1.0/iot-01/associated-users/actions/authorized-login",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "country_code", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[0-9]{1,4}$"}},
    {"name": "username", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "password", "location": "body", "required": true, "sensitive": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"}},
    {"name": "schema", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "AppAccountToken"},
};

export interface AssociatedUsersListDevicesParams {
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Devices per page (tinytuya asks for 50; 20 when omitted). Range 1..100. */
  size?: number | undefined;
  /** Only devices updated at or after this (10-digit Unix seconds). A 10-digit Unix time in seconds. */
  start_update_time?: number | undefined;
  /** Only devices updated at or before this (10-digit Unix seconds). A 10-digit Unix time in seconds. */
  end_update_time?: number | undefined;
}

export interface AssociatedUsersLoginParams {
  /** Country calling code of the account, e.g. 49. Must match `^[0-9]{1,4}$`. */
  country_code: string;
  /** The account's e-mail address or mobile number. */
  username: string;
  /** MD5 of the plain password, 32 lower-case hex digits. Must match `^[0-9a-f]{32}$`. */
  password: string;
  /** The app: tuyaSmart, smartlife, or an own app's schema. */
  schema: string;
}

/** Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor. */
export class AssociatedUsersResource extends Resource {
  /**
   * List every device of the linked app accounts, with a row-key cursor.
   *
   * Returns the devices of all app accounts linked to the project, page by page: pass each reply's
   * last_row_key back until has_more is false (or absent). Narrow by the time of the devices' last
   * update with start_update_time and end_update_time (10-digit Unix seconds). For one account's devices
   * use devices.list_for_user or iot_devices.list with source_type tuyaUser.
   *
   * @returns One page of devices with the cursor for the next.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/fc19523d18?id=Kakr4p8nq5xsc
   */
  listDevices(params: AssociatedUsersListDevicesParams = {}, options?: RequestOptions): Promise<AssociatedDevicePage> {
    return this.client.call<AssociatedDevicePage>(LIST_DEVICES, params, options);
  }

  /**
   * Every item of every page of `listDevices`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listDevices` except `last_row_key`, which it drives itself, and stops
   * at the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListDevices(params: Omit<AssociatedUsersListDevicesParams, "last_row_key"> = {}, options?: PageOptions): AsyncGenerator<Device, void, undefined> {
    return this.client.paginate<Device>(LIST_DEVICES, params, options);
  }

  /**
   * Log in with an app account (Tuya Smart, Smart Life or an own app).
   *
   * Exchanges an app account's user name and password for that account's own token, as Home Assistant's
   * former Tuya integration did in its smart-home mode. The password is sent as the lower-case hex MD5
   * of the plain password, never in the clear. expire_time is a lifetime in seconds. A wrong password
   * answers 1106; an unknown account, 2006.
   *
   * @returns The app account's token.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ClockSkewError} Tuya answered 1013.
   * @throws {NotFoundError} Tuya answered 2006.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/c40fc05907?id=Kawfjj0r2m82l
   */
  login(params: AssociatedUsersLoginParams, options?: RequestOptions): Promise<AppAccountToken> {
    return this.client.call<AppAccountToken>(LOGIN, params, options);
  }
}
