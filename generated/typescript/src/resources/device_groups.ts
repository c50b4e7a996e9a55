// Generated from spec/groups/device_groups.yaml by `python -m generator`; do not edit.
// Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DeviceGroup, GroupCandidate, GroupFunction } from "../types.js";

export const LIST_CANDIDATES: Operation = {
  id: "device_groups.list_candidates",
  method: "GET",
  path: "/v1.0/device-groups",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "pid", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "owner_id", "location": "query", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "uid", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "GroupCandidate"}},
};

export const CREATE: Operation = {
  id: "device_groups.create",
  method: "POST",
  path: "/v1.0/device-groups",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "uid", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "pid", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "owner_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "device_ids", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": ["integer", "string"]},
};

export const GET: Operation = {
  id: "device_groups.get",
  method: "GET",
  path: "/v1.0/device-groups/{group_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceGroup"},
};

export const LIST_FOR_USER: Operation = {
  id: "device_groups.list_for_user",
  method: "GET",
  path: "/v1.0/users/{uid}/device-groups",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "type", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DeviceGroup"}},
};

export const UPDATE: Operation = {
  id: "device_groups.update",
  method: "PUT",
  path: "/v1.0/device-groups/{group_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "pattern": "^[0-9]+$"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "device_ids", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE: Operation = {
  id: "device_groups.delete",
  method: "DELETE",
  path: "/v1.0/device-groups/{group_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const SEND_COMMANDS: Operation = {
  id: "device_groups.send_commands",
  method: "POST",
  path: "/v1.0/device-groups/{device_group_id}/issued",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "pattern": "^[0-9]+$"}},
    {"name": "functions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "GroupFunction"}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface DeviceGroupsListCandidatesParams {
  /** Product ID; only devices of this product can share a group. */
  pid: string;
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  owner_id: number | bigint | string;
  /** User ID (optional). */
  uid?: string | undefined;
}

export interface DeviceGroupsCreateParams {
  /** User who owns the group (a member of the home). */
  uid: string;
  /** Group name. */
  name: string;
  /** Product ID of the members. */
  pid: string;
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  owner_id: number | bigint | string;
  /** IDs of the member devices. */
  device_ids: string[];
}

export interface DeviceGroupsGetParams {
  /** Group ID. Must match `^[0-9]+$`. */
  group_id: number | string;
}

export interface DeviceGroupsListForUserParams {
  /** User ID. */
  uid: string;
  /**
   * Group type filter, sent by Tuya's Node.js SDK; its values are not documented, so any string is
   * passed on.
   */
  type?: string | undefined;
}

export interface DeviceGroupsUpdateParams {
  /** Group ID. Must match `^[0-9]+$`. */
  group_id: number | string;
  /** New group name. */
  name: string;
  /** The complete new member list. */
  device_ids: string[];
}

export interface DeviceGroupsDeleteParams {
  /** Group ID. Must match `^[0-9]+$`. */
  group_id: number | string;
}

export interface DeviceGroupsSendCommandsParams {
  /** Group ID. Must match `^[0-9]+$`. */
  device_group_id: number | string;
  /** Instructions: {code, value} pairs, as in device_control.send_commands. */
  functions: GroupFunction[];
}

/** Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device). */
export class DeviceGroupsResource extends Resource {
  /**
   * List the devices of a product in a home that a group may hold.
   *
   * Tuya calls this "query device group list", but it returns devices: every device of the product (pid)
   * in the home (owner_id), with check set for those already in a group of that product. Use it to offer
   * the devices a new group can take; read groups with device_groups.get or device_groups.list_for_user.
   *
   * @returns The devices; empty when the home has none of the product.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  listCandidates(params: DeviceGroupsListCandidatesParams, options?: RequestOptions): Promise<GroupCandidate[]> {
    return this.client.call<GroupCandidate[]>(LIST_CANDIDATES, params, options);
  }

  /**
   * Create a device group.
   *
   * Makes a group of devices of one product in one home and returns its ID. Every member must be a
   * device of that product (pid) in that home (owner_id). Not retried automatically: a second send would
   * create a second group.
   *
   * @returns ID of the new group.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  create(params: DeviceGroupsCreateParams, options?: RequestOptions): Promise<number | string> {
    return this.client.call<number | string>(CREATE, params, options);
  }

  /**
   * Get a device group.
   *
   * Returns the group's ID, name, product, home and members.
   *
   * @returns The group.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  get(params: DeviceGroupsGetParams, options?: RequestOptions): Promise<DeviceGroup> {
    return this.client.call<DeviceGroup>(GET, params, options);
  }

  /**
   * List the device groups of a user.
   *
   * Returns every device group the user made, in every home.
   *
   * @returns The user's groups; empty when there are none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  listForUser(params: DeviceGroupsListForUserParams, options?: RequestOptions): Promise<DeviceGroup[]> {
    return this.client.call<DeviceGroup[]>(LIST_FOR_USER, params, options);
  }

  /**
   * Rename a device group and replace its members.
   *
   * Sets the group's name and its full member list (devices left out are removed from the group; they
   * must all be of the group's product, in its home).
   *
   * @returns true when the group was updated.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  update(params: DeviceGroupsUpdateParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE, params, options);
  }

  /**
   * Delete a device group.
   *
   * Dissolves the group; its devices stay in the home and keep working on their own.
   *
   * @returns true when the group was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  delete(params: DeviceGroupsDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * Send a command to every member of a device group.
   *
   * Sends the instructions to each member of the group, as device_control.send_commands would to each
   * device; members that are offline are skipped. Every code must be a function of the group's product.
   * Not retried automatically.
   *
   * @returns true when the command was sent to the members.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2008.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-group?id=K9ha8fccs8pp4
   */
  sendCommands(params: DeviceGroupsSendCommandsParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_COMMANDS, params, options);
  }
}
