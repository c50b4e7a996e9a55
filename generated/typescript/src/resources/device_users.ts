// Generated from spec/groups/device_users.yaml by `python -m generator`; do not edit.
// Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DeviceUser } from "../types.js";

export const DELETE: Operation = {
  id: "device_users.delete",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}/users/{user_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "user_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const ADD: Operation = {
  id: "device_users.add",
  method: "POST",
  path: "/v1.0/devices/{device_id}/user",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "nick_name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "sex", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2]}},
    {"name": "birthday", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer"}},
    {"name": "height", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "weight", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "contact", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "string"},
};

export const LIST: Operation = {
  id: "device_users.list",
  method: "GET",
  path: "/v1.0/devices/{device_id}/users",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DeviceUser"}},
};

export const GET: Operation = {
  id: "device_users.get",
  method: "GET",
  path: "/v1.0/devices/{device_id}/users/{user_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "user_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceUser"},
};

export const UPDATE: Operation = {
  id: "device_users.update",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/users/{user_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "user_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "nick_name", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "sex", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2]}},
    {"name": "birthday", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer"}},
    {"name": "height", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "weight", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface DeviceUsersDeleteParams {
  /** Device ID. */
  device_id: string;
  /** ID of the device user to remove. */
  user_id: string;
}

export interface DeviceUsersAddParams {
  /** Device ID. */
  device_id: string;
  /** Name of the user. */
  nick_name: string;
  /** 1 male, 2 female. */
  sex: 1 | 2;
  /** Date of birth in Unix milliseconds (12 digits or fewer before September 2001). */
  birthday?: number | undefined;
  /** Height in centimetres. Range 1..inf. */
  height?: number | undefined;
  /** Weight in grams. Range 1..inf. */
  weight?: number | undefined;
  /** Contact information. */
  contact?: string | undefined;
}

export interface DeviceUsersListParams {
  /** Device ID. */
  device_id: string;
}

export interface DeviceUsersGetParams {
  /** Device ID. */
  device_id: string;
  /** ID of the device user. */
  user_id: string;
}

export interface DeviceUsersUpdateParams {
  /** Device ID. */
  device_id: string;
  /** ID of the device user. */
  user_id: string;
  /** New name of the user. */
  nick_name?: string | undefined;
  /** 1 male, 2 female. */
  sex: 1 | 2;
  /** Date of birth in Unix milliseconds (12 digits or fewer before September 2001). */
  birthday?: number | undefined;
  /** Height in centimetres. Range 1..inf. */
  height?: number | undefined;
  /** Weight in grams. Range 1..inf. */
  weight?: number | undefined;
}

/** Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed. */
export class DeviceUsersResource extends Resource {
  /**
   * Remove a user from a device's user list.
   *
   * Deletes one user from the device's user list; afterwards that user can no longer operate the device.
   * This is the device-level user list, not a home membership, an access-control person or a smart-lock
   * member.
   *
   * @returns true when the user was removed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/651ed36cf4?id=Karrvqb08mcdl
   */
  delete(params: DeviceUsersDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * Add a user to a device's user list.
   *
   * Adds a user with a profile to the device and returns the new user's ID. Not retried automatically: a
   * second send would add a second user.
   *
   * @returns ID of the new device user.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/846b71d903?id=Katueyj54gace
   */
  add(params: DeviceUsersAddParams, options?: RequestOptions): Promise<string> {
    return this.client.call<string>(ADD, params, options);
  }

  /**
   * List the users of a device.
   *
   * Returns every user on the device's own user list with their profiles.
   *
   * @returns The device's users; empty when it has none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/iot/member-management?id=K9wjozjqesxur
   */
  list(params: DeviceUsersListParams, options?: RequestOptions): Promise<DeviceUser[]> {
    return this.client.call<DeviceUser[]>(LIST, params, options);
  }

  /**
   * Get one user of a device.
   *
   * Returns the profile of one user on the device's user list.
   *
   * @returns The user.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/75bface38d?id=Katuew1w5k2ua
   */
  get(params: DeviceUsersGetParams, options?: RequestOptions): Promise<DeviceUser> {
    return this.client.call<DeviceUser>(GET, params, options);
  }

  /**
   * Update the profile of a device user.
   *
   * Replaces the user's sex and, when given, name, birthday, height and weight; fields left out keep
   * their value.
   *
   * @returns true when updated.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/f4490c1999?id=Katuezkphh9n5
   */
  update(params: DeviceUsersUpdateParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE, params, options);
  }
}
