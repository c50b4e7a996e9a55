// Generated from spec/groups/device_timers.yaml by `python -m generator`; do not edit.
// Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { TimerCategory, TimerGroupRef, TimerInstruction, TimerLoops } from "../types.js";

export const ADD: Operation = {
  id: "device_timers.add",
  method: "POST",
  path: "/v1.0/devices/{device_id}/timers",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "loops", "location": "body", "required": true, "sensitive": false, "schema": {"$ref": "TimerLoops"}},
    {"name": "time_zone", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[+-][0-9]{1,2}:[0-5][0-9]$"}},
    {"name": "timezone_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "instruct", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "TimerInstruction"}}},
    {"name": "alias_name", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [
    {"name": "dated_instruction_needs_no_loops", "message": "a dated (one-off) instruction does not repeat, so loops must be 0000000", "when": {"field": "instruct[].date", "present": true}, "then": {"field": "loops", "const": "0000000"}},
  ],
  pagination: null,
  result: {"$ref": "TimerGroupRef"},
};

export const LIST: Operation = {
  id: "device_timers.list",
  method: "GET",
  path: "/v1.0/devices/{device_id}/timers",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "TimerCategory"}},
};

export const LIST_BY_CATEGORY: Operation = {
  id: "device_timers.list_by_category",
  method: "GET",
  path: "/v1.0/devices/{device_id}/timers/categories/{category}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "TimerCategory"}},
};

export const UPDATE_GROUP: Operation = {
  id: "device_timers.update_group",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/timers/groups/{group_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["string", "integer"]}},
    {"name": "loops", "location": "body", "required": true, "sensitive": false, "schema": {"$ref": "TimerLoops"}},
    {"name": "category", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "time_zone", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^[+-][0-9]{1,2}:[0-5][0-9]$"}},
    {"name": "timezone_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "instruct", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "TimerInstruction"}}},
    {"name": "alias_name", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [
    {"name": "dated_instruction_needs_no_loops", "message": "a dated (one-off) instruction does not repeat, so loops must be 0000000", "when": {"field": "instruct[].date", "present": true}, "then": {"field": "loops", "const": "0000000"}},
  ],
  pagination: null,
  result: {"type": "boolean"},
};

export const SET_GROUP_STATUS: Operation = {
  id: "device_timers.set_group_status",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/timers/categories/{category}/groups/{group_id}/status",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["string", "integer"]}},
    {"name": "value", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "enum": ["0", "1", "2"]}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE_ALL: Operation = {
  id: "device_timers.delete_all",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}/timers",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE_CATEGORY: Operation = {
  id: "device_timers.delete_category",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}/timers/categories/{category}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE_GROUP: Operation = {
  id: "device_timers.delete_group",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}/timers/categories/{category}/groups/{group_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "group_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["string", "integer"]}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface DeviceTimersAddParams {
  /** Device ID. */
  device_id: string;
  /** Timer category, a label of your choice that groups timers (e.g. "schedule"). */
  category: string;
  /**
   * Weekdays to repeat on, seven 0/1 characters, Monday first (0000010 = Saturdays, 1111100 = Monday to
   * Friday); 0000000 for a one-off timer. Must match `^[01]{7}$`.
   */
  loops: TimerLoops;
  /**
   * UTC offset, e.g. +08:00 (the page example also shows +8:00). Must match
   * `^[+-][0-9]{1,2}:[0-5][0-9]$`.
   */
  time_zone: string;
  /** Time zone ID, e.g. Asia/Shanghai. */
  timezone_id: string;
  /** The group's instructions (several may be set at once). */
  instruct: TimerInstruction[];
  /** Remark shown for the group. */
  alias_name?: string | undefined;
}

export interface DeviceTimersListParams {
  /** Device ID. */
  device_id: string;
}

export interface DeviceTimersListByCategoryParams {
  /** Device ID. */
  device_id: string;
  /** Timer category. */
  category: string;
}

export interface DeviceTimersUpdateGroupParams {
  /** Device ID. */
  device_id: string;
  /** Timer group ID, as device_timers.add returned it (a string, or a number). */
  group_id: string | number;
  /**
   * Weekdays to repeat on, seven 0/1 characters, Monday first (0000010 = Saturdays, 1111100 = Monday to
   * Friday); 0000000 for a one-off timer. Must match `^[01]{7}$`.
   */
  loops: TimerLoops;
  /** Timer category of the group. */
  category: string;
  /** UTC offset, e.g. +08:00. Must match `^[+-][0-9]{1,2}:[0-5][0-9]$`. */
  time_zone: string;
  /** Time zone ID, e.g. Asia/Shanghai. */
  timezone_id: string;
  /** The group's new instructions. */
  instruct: TimerInstruction[];
  /** Remark shown for the group. */
  alias_name?: string | undefined;
}

export interface DeviceTimersSetGroupStatusParams {
  /** Device ID. */
  device_id: string;
  /** Timer category of the group. */
  category: string;
  /** Timer group ID, as device_timers.add returned it (a string, or a number). */
  group_id: string | number;
  /** New status, as a string: "0" disabled, "1" enabled, "2" deleted. */
  value: "0" | "1" | "2";
}

export interface DeviceTimersDeleteAllParams {
  /** Device ID. */
  device_id: string;
}

export interface DeviceTimersDeleteCategoryParams {
  /** Device ID. */
  device_id: string;
  /** Timer category to delete. */
  category: string;
}

export interface DeviceTimersDeleteGroupParams {
  /** Device ID. */
  device_id: string;
  /** Timer category of the group. */
  category: string;
  /** Timer group ID, as device_timers.add returned it (a string, or a number). */
  group_id: string | number;
}

/** Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device. */
export class DeviceTimersResource extends Resource {
  /**
   * Add a timer group to a device.
   *
   * Creates a timer group in a category. A repeating timer sets loops to the weekdays it runs on (read
   * Monday first: 0000010 = Saturday); a one-off timer gives each instruction a date and sets loops to
   * 0000000. One-off times must lie in the future or Tuya rejects the group as expired.
   *
   * Rules (checked before anything is sent):
   * - a dated (one-off) instruction does not repeat, so loops must be 0000000.
   *
   * @returns The new group's ID.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  add(params: DeviceTimersAddParams, options?: RequestOptions): Promise<TimerGroupRef> {
    return this.client.call<TimerGroupRef>(ADD, params, options);
  }

  /**
   * List all timers of a device.
   *
   * Returns every timer category of the device with its groups and timers.
   *
   * @returns One entry per timer category.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  list(params: DeviceTimersListParams, options?: RequestOptions): Promise<TimerCategory[]> {
    return this.client.call<TimerCategory[]>(LIST, params, options);
  }

  /**
   * List the timers of one category.
   *
   * Returns the timer groups of one category of the device.
   *
   * @returns The category (a one-entry list, as in the page's example).
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  listByCategory(params: DeviceTimersListByCategoryParams, options?: RequestOptions): Promise<TimerCategory[]> {
    return this.client.call<TimerCategory[]>(LIST_BY_CATEGORY, params, options);
  }

  /**
   * Replace the settings of a timer group.
   *
   * Overwrites a timer group with new settings and instructions. The same loops/date rules as for adding
   * a group apply.
   *
   * Rules (checked before anything is sent):
   * - a dated (one-off) instruction does not repeat, so loops must be 0000000.
   *
   * @returns true when the group was updated.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  updateGroup(params: DeviceTimersUpdateGroupParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE_GROUP, params, options);
  }

  /**
   * Enable, disable or delete a timer group.
   *
   * Sets the status of one timer group of a category (0 disabled, 1 enabled, 2 deleted).
   *
   * @returns true when the status was changed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  setGroupStatus(params: DeviceTimersSetGroupStatusParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SET_GROUP_STATUS, params, options);
  }

  /**
   * Delete every timer of a device.
   *
   * Removes all timer categories, groups and timers of the device.
   *
   * @returns true when the timers were deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  deleteAll(params: DeviceTimersDeleteAllParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE_ALL, params, options);
  }

  /**
   * Delete the timers of one category.
   *
   * Removes every timer group of one category of the device.
   *
   * @returns true when the category's timers were deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  deleteCategory(params: DeviceTimersDeleteCategoryParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE_CATEGORY, params, options);
  }

  /**
   * Delete one timer group.
   *
   * Removes one timer group of a category.
   *
   * @returns true when the group was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/timing-management?id=Kcb5kopfyq680
   */
  deleteGroup(params: DeviceTimersDeleteGroupParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE_GROUP, params, options);
  }
}
