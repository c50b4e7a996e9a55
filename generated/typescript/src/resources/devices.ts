// Generated from spec/groups/devices.yaml by `python -m generator`; do not edit.
// Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DataPoint, Device, DeviceLogEntry, DeviceLogPage, DevicePage, DevicePageV2, DeviceStatusList, FactoryInfo, SubDevice } from "../types.js";

export const LIST_SUB_DEVICES: Operation = {
  id: "devices.list_sub_devices",
  method: "GET",
  path: "/v1.0/devices/{device_id}/sub-devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "SubDevice"}},
};

export const LIST_FACTORY_INFOS: Operation = {
  id: "devices.list_factory_infos",
  method: "GET",
  path: "/v1.0/devices/factory-infos",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "FactoryInfo"}},
};

export const LIST: Operation = {
  id: "devices.list",
  method: "GET",
  path: "/v1.0/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}},
    {"name": "product_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "schema", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_no", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "start_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
    {"name": "end_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
  ],
  rules: [],
  pagination: {"style": "page_number", "items": "devices", "pageParam": "page_no", "firstPage": 1, "sizeParam": "page_size", "total": "total"},
  result: {"$ref": "DevicePage"},
};

export const RENAME: Operation = {
  id: "devices.rename",
  method: "PUT",
  path: "/v1.0/devices/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_LOGS: Operation = {
  id: "devices.list_logs",
  method: "GET",
  path: "/v1.0/devices/{device_id}/logs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "type", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "integer", "enum": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}, "minItems": 1, "maxItems": 10, "uniqueItems": true}},
    {"name": "codes", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}},
    {"name": "start_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "end_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "query_type", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2]}},
    {"name": "start_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_event_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "size", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "logs", "cursorParam": "start_row_key", "nextCursor": "next_row_key", "hasMore": "has_next"},
  result: {"$ref": "DeviceLogPage"},
};

export const RESET_FACTORY: Operation = {
  id: "devices.reset_factory",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/reset-factory",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const GET: Operation = {
  id: "devices.get",
  method: "GET",
  path: "/v1.0/devices/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "Device"},
};

export const DELETE: Operation = {
  id: "devices.delete",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_FOR_USER: Operation = {
  id: "devices.list_for_user",
  method: "GET",
  path: "/v1.0/users/{uid}/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "from", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "enum": ["home", "share", "sharing"]}},
    {"name": "page_no", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
  ],
  rules: [],
  pagination: {"style": "page_number", "items": ".", "pageParam": "page_no", "firstPage": 1, "sizeParam": "page_size"},
  result: {"type": "array", "items": {"$ref": "Device"}},
};

export const GET_STATUS: Operation = {
  id: "devices.get_status",
  method: "GET",
  path: "/v1.0/devices/{device_id}/status",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DataPoint"}},
};

export const LIST_V2: Operation = {
  id: "devices.list_v2",
  method: "GET",
  path: "/v2.0/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}},
    {"name": "product_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "schema", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "start_update_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
    {"name": "end_update_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "devices", "sizeParam": "size", "cursorParam": "last_row_key", "nextCursor": "last_row_key", "hasMore": "has_more", "total": "total"},
  result: {"$ref": "DevicePageV2"},
};

export const LIST_STATUS: Operation = {
  id: "devices.list_status",
  method: "GET",
  path: "/v1.0/devices/status",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DeviceStatusList"}},
};

export interface DevicesListSubDevicesParams {
  /** Device ID of the gateway. */
  device_id: string;
}

export interface DevicesListFactoryInfosParams {
  /** Device IDs to look up (sent comma-separated), 1 to 20. At most 20 items. */
  device_ids: string[];
}

export interface DevicesListParams {
  /** Return only these devices (sent comma-separated). No maximum is documented. */
  device_ids?: string[] | undefined;
  /** Return only devices of this product. */
  product_id?: string | undefined;
  /** Return only devices of the app with this schema. */
  schema?: string | undefined;
  /** last_id from the previous page. */
  last_id?: string | undefined;
  /** Page number, starting at 1. Range 1..inf. */
  page_no: number;
  /** Devices per page (Tuya's SDKs use 20; no maximum is documented). Range 1..inf. */
  page_size: number;
  /** Start of the time window (10-digit Unix seconds). A 10-digit Unix time in seconds. */
  start_time?: number | undefined;
  /** End of the time window (10-digit Unix seconds). A 10-digit Unix time in seconds. */
  end_time?: number | undefined;
}

export interface DevicesRenameParams {
  /** Device ID. */
  device_id: string;
  /** New device name. */
  name: string;
}

export interface DevicesListLogsParams {
  /** Device ID. */
  device_id: string;
  /** Event types to return, integers 1-10 (see the description); sent comma-separated. At most 10 items. */
  type: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10)[];
  /** Return only events of these DP codes (sent comma-separated). */
  codes?: string[] | undefined;
  /** Start of the window (13-digit Unix milliseconds). A 13-digit Unix time in milliseconds. */
  start_time: number;
  /** End of the window (13-digit Unix milliseconds). A 13-digit Unix time in milliseconds. */
  end_time: number;
  /** 1 = free edition (default), 2 = paid edition (longer retention, different paging). */
  query_type?: 1 | 2 | undefined;
  /** Free edition: next_row_key of the previous page; omit for the first page. */
  start_row_key?: string | undefined;
  /** Paid edition: row key of the last entry of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /**
   * Paid edition: event_time of the last entry of the previous page (13-digit ms). A 13-digit Unix time
   * in milliseconds.
   */
  last_event_time?: number | undefined;
  /** Entries per page, default 20, at most 100. Range 1..100. */
  size?: number | undefined;
}

export interface DevicesResetFactoryParams {
  /** Device ID. */
  device_id: string;
}

export interface DevicesGetParams {
  /** Device ID. */
  device_id: string;
}

export interface DevicesDeleteParams {
  /** Device ID. */
  device_id: string;
}

export interface DevicesListForUserParams {
  /** User ID. */
  uid: string;
  /**
   * Which devices: 'home' for devices in the user's homes; devices shared with the user are 'share' on
   * the seed-era page and 'sharing' on the newer copy, and both are accepted.
   */
  from?: "home" | "share" | "sharing" | undefined;
  /** Page number, starting at 1. Range 1..inf. */
  page_no?: number | undefined;
  /** Devices per page (no maximum documented). Range 1..inf. */
  page_size?: number | undefined;
}

export interface DevicesGetStatusParams {
  /** Device ID. */
  device_id: string;
}

export interface DevicesListV2Params {
  /** Return only these devices (sent comma-separated). */
  device_ids?: string[] | undefined;
  /** Return only devices of this product. */
  product_id?: string | undefined;
  /** Return only devices of the app with this schema. */
  schema?: string | undefined;
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Devices per page (no maximum documented; 20 in the page's example). Range 1..inf. */
  size: number;
  /**
   * Only devices whose update_time is at or after this (10-digit Unix seconds). A 10-digit Unix time in
   * seconds.
   */
  start_update_time?: number | undefined;
  /**
   * Only devices whose update_time is at or before this (10-digit Unix seconds). A 10-digit Unix time in
   * seconds.
   */
  end_update_time?: number | undefined;
}

export interface DevicesListStatusParams {
  /** Device IDs (sent comma-separated), 1 to 20. At most 20 items. */
  device_ids: string[];
}

/** Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices. */
export class DevicesResource extends Resource {
  /**
   * List the sub-devices of a gateway.
   *
   * Returns the sub-devices (for example Zigbee devices) currently bound to a gateway.
   *
   * @returns The gateway's sub-devices (empty when it has none).
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/fd92a062fa?id=Kd30e9f9fm3w6
   */
  listSubDevices(params: DevicesListSubDevicesParams, options?: RequestOptions): Promise<SubDevice[]> {
    return this.client.call<SubDevice[]>(LIST_SUB_DEVICES, params, options);
  }

  /**
   * Get factory data (UUID, serial number, MAC) of several devices.
   *
   * Returns the factory data of the given devices. Pass at most 20 IDs per call; split longer lists into
   * chunks of 20. iot_devices.list_factory_infos is the IoT Core twin with the same reply; either reads
   * the same devices.
   *
   * @returns One entry per device found.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/75f8d057b8?id=Ka7kjx0i4m255
   */
  listFactoryInfos(params: DevicesListFactoryInfosParams, options?: RequestOptions): Promise<FactoryInfo[]> {
    return this.client.call<FactoryInfo[]>(LIST_FACTORY_INFOS, params, options);
  }

  /**
   * List devices by app, product or IDs, page by page.
   *
   * Lists devices (with their current status) filtered by app schema, product ID or explicit device IDs,
   * optionally limited to a creation-time window. Pages are numbered from 1. Give at least one of
   * schema, product_id or device_ids (the page does not say whether one is required).
   *
   * @returns One page of devices with the total count.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/787037f273?id=Ka7kjxgxohky4
   */
  list(params: DevicesListParams, options?: RequestOptions): Promise<DevicePage> {
    return this.client.call<DevicePage>(LIST, params, options);
  }

  /**
   * Every item of every page of `list`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `list` except `page_no`, which it drives itself, and stops at the last
   * page (or throws TuyaError after `maxPages` pages).
   */
  iterList(params: Omit<DevicesListParams, "page_no">, options?: PageOptions): AsyncGenerator<Device, void, undefined> {
    return this.client.paginate<Device>(LIST, params, options);
  }

  /**
   * Rename a device.
   *
   * Sets the device's display name (the name shown in the app); every family's details show it.
   * iot_devices.rename is the industry twin with the same body.
   *
   * @returns true when the device was renamed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/a358769080?id=Ka7kjxvo4fcck
   */
  rename(params: DevicesRenameParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RENAME, params, options);
  }

  /**
   * Query a device's event log.
   *
   * Returns the device's events (online/offline, activation, reset, commands, firmware upgrades, DP
   * reports, restarts, timers) between two millisecond timestamps. `type` takes the event codes as
   * integers 1-10 (1 online, 2 offline, 3 activation, 4 reset, 5 command sent, 6 firmware upgrade, 7 DP
   * report, 8 semaphore, 9 restart, 10 timer); they are sent comma-separated and use the same numbers as
   * event_id in the result, so one set of constants serves both. The free edition keeps about 7 days and
   * pages with start_row_key/next_row_key (what the paginator follows); the paid edition (query_type 2)
   * pages with last_row_key plus last_event_time instead, which callers pass themselves.
   *
   * @returns One page of log entries.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/0a30fc557f?id=Ka7kjybdo0jse
   */
  listLogs(params: DevicesListLogsParams, options?: RequestOptions): Promise<DeviceLogPage> {
    return this.client.call<DeviceLogPage>(LIST_LOGS, params, options);
  }

  /**
   * Every item of every page of `listLogs`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listLogs` except `start_row_key`, which it drives itself, and stops at
   * the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListLogs(params: Omit<DevicesListLogsParams, "start_row_key">, options?: PageOptions): AsyncGenerator<DeviceLogEntry, void, undefined> {
    return this.client.paginate<DeviceLogEntry>(LIST_LOGS, params, options);
  }

  /**
   * Restore a device to factory settings.
   *
   * Factory-resets the device: it loses its configuration and is removed from its user. This cannot be
   * undone, so the client never resends it automatically.
   *
   * @returns true when the reset was accepted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/b509cc39f0?id=Ka7kjyramq32j
   */
  resetFactory(params: DevicesResetFactoryParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RESET_FACTORY, params, options);
  }

  /**
   * Get one device's details and status.
   *
   * Returns the device's details, including its local key, online state and the latest value of every
   * DP; node_id is set for sub-devices. New projects that need no status in the details can use the IoT
   * Core calls: things.get (v2.0, `is_online`) or iot_devices.get_v1_1 (adds the gateway and asset).
   *
   * @returns The device.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/76cfa9c5c8?id=Ka7kjz7aibcxu
   */
  get(params: DevicesGetParams, options?: RequestOptions): Promise<Device> {
    return this.client.call<Device>(GET, params, options);
  }

  /**
   * Remove a device.
   *
   * Removes the device from its user and home (it must be paired again to be used). Removing a device
   * that is already gone does no further harm. iot_devices.delete is the industry twin and
   * iot_devices.delete_many removes up to 20 at once.
   *
   * @returns true when the device was removed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d6b477111f?id=Ka7kjznsrkx7t
   */
  delete(params: DevicesDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * List the devices of a user.
   *
   * Lists the devices a user can see: those in the user's homes (from=home) or those shared with the
   * user (from=share). The reply is a bare list with no total or has_more flag; a page shorter than
   * page_size (or empty) is the last one.
   *
   * @returns The user's devices on this page.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/cacc9c4989?id=Ka7kk03zdecl4
   */
  listForUser(params: DevicesListForUserParams, options?: RequestOptions): Promise<Device[]> {
    return this.client.call<Device[]>(LIST_FOR_USER, params, options);
  }

  /**
   * Every item of every page of `listForUser`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listForUser` except `page_no`, which it drives itself, and stops at
   * the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListForUser(params: Omit<DevicesListForUserParams, "page_no">, options?: PageOptions): AsyncGenerator<Device, void, undefined> {
    return this.client.paginate<Device>(LIST_FOR_USER, params, options);
  }

  /**
   * Get the latest DP values of a device (legacy v1.0; new projects use iot_device_control).
   *
   * Returns the current value of each data point (DP) of the device; a value's type (bool, int, string,
   * JSON string) follows the DP's type. Tuya's smart-home pages are frozen as legacy since 2023-06:
   * iot_device_control.get_status is the current twin with the same reply (prefer it in new projects),
   * and things.get_properties adds each DP's dp_id and report time.
   *
   * @returns One entry per DP.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/cn/docs/cloud/db48811e78?id=Ka7kk0k34txs8
   */
  getStatus(params: DevicesGetStatusParams, options?: RequestOptions): Promise<DataPoint[]> {
    return this.client.call<DataPoint[]>(GET_STATUS, params, options);
  }

  /**
   * List devices with a row-key cursor (v2).
   *
   * Lists devices filtered by app schema, product ID or device IDs, optionally by the time of their last
   * status update, using a row-key cursor: pass each reply's last_row_key back until has_more is false.
   *
   * @returns One page of devices with the cursor for the next.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/997abb41b9?id=Ka7kk116tsy0c
   */
  listV2(params: DevicesListV2Params, options?: RequestOptions): Promise<DevicePageV2> {
    return this.client.call<DevicePageV2>(LIST_V2, params, options);
  }

  /**
   * Every item of every page of `listV2`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listV2` except `last_row_key`, which it drives itself, and stops at
   * the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListV2(params: Omit<DevicesListV2Params, "last_row_key">, options?: PageOptions): AsyncGenerator<Device, void, undefined> {
    return this.client.paginate<Device>(LIST_V2, params, options);
  }

  /**
   * Get the DP values of up to 20 devices (legacy v1.0; new projects use iot_device_control).
   *
   * Returns the status of each given device that exists, one {id, status} entry per device. The
   * smart-home batch call; iot_device_control.list_status is its current IoT Core twin with the same
   * reply and limit, and the one to prefer in new projects.
   *
   * @returns One entry per device found.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/cn/docs/cloud/device-control?id=K95zu01ksols7
   */
  listStatus(params: DevicesListStatusParams, options?: RequestOptions): Promise<DeviceStatusList[]> {
    return this.client.call<DeviceStatusList[]>(LIST_STATUS, params, options);
  }
}
