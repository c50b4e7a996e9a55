// Generated from spec/groups/things.yaml by `python -m generator`; do not edit.
// IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DeviceLogEntry, DeviceLogPage, ReportLogEntry, ReportLogPage, ShadowProperties, Thing, ThingModel } from "../types.js";

export const GET: Operation = {
  id: "things.get",
  method: "GET",
  path: "/v2.0/cloud/thing/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "Thing"},
};

export const LIST: Operation = {
  id: "things.list",
  method: "GET",
  path: "/v2.0/cloud/thing/device",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "product_ids", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 5}},
    {"name": "categories", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 5}},
    {"name": "last_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Thing"}},
};

export const GET_MODEL: Operation = {
  id: "things.get_model",
  method: "GET",
  path: "/v2.0/cloud/thing/{device_id}/model",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "ThingModel"},
};

export const GET_PROPERTIES: Operation = {
  id: "things.get_properties",
  method: "GET",
  path: "/v2.0/cloud/thing/{device_id}/shadow/properties",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "codes", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "ShadowProperties"},
};

export const ISSUE_PROPERTIES: Operation = {
  id: "things.issue_properties",
  method: "POST",
  path: "/v2.0/cloud/thing/{device_id}/shadow/properties/issue",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "properties", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "pattern": "^\\s*\\{[\\s\\S]*\\}\\s*$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "object"},
};

export const RESET: Operation = {
  id: "things.reset",
  method: "POST",
  path: "/v2.0/cloud/thing/{device_id}/reset",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_REPORT_LOGS: Operation = {
  id: "things.list_report_logs",
  method: "GET",
  path: "/v2.0/cloud/thing/{device_id}/report-logs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "codes", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}},
    {"name": "start_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "end_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "logs", "sizeParam": "size", "cursorParam": "last_row_key", "nextCursor": "last_row_key", "hasMore": "has_more", "total": "total"},
  result: {"$ref": "ReportLogPage"},
};

export const LIST_LOGS: Operation = {
  id: "things.list_logs",
  method: "GET",
  path: "/v2.0/cloud/thing/{device_id}/logs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "type", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "integer", "enum": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}, "minItems": 1, "maxItems": 10, "uniqueItems": true}},
    {"name": "codes", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}},
    {"name": "start_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "end_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "query_type", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2]}},
    {"name": "start_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_event_time", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-ms"}},
    {"name": "size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "logs", "sizeParam": "size", "cursorParam": "start_row_key", "nextCursor": "next_row_key", "hasMore": "has_next"},
  result: {"$ref": "DeviceLogPage"},
};

export interface ThingsGetParams {
  /** Device ID. */
  device_id: string;
}

export interface ThingsListParams {
  /** Only devices of these products (sent comma-separated), at most 5. At most 5 items. */
  product_ids?: string[] | undefined;
  /** Only devices of these category codes (sent comma-separated), at most 5. At most 5 items. */
  categories?: string[] | undefined;
  /** ID of the last device of the previous page; omit for the first page. */
  last_id?: string | undefined;
  /** Devices per page, 1 to 20. Range 1..20. */
  page_size: number;
}

export interface ThingsGetModelParams {
  /** Device ID. */
  device_id: string;
}

export interface ThingsGetPropertiesParams {
  /** Device ID. */
  device_id: string;
  /** Only these property codes (sent comma-separated); every property when omitted. */
  codes?: string[] | undefined;
}

export interface ThingsIssuePropertiesParams {
  /** Device ID. */
  device_id: string;
  /**
   * JSON text of an object from property code to value, e.g. '{"switch_1":true}'. Must match
   * `^\s*\{[\s\S]*\}\s*$`.
   */
  properties: string;
}

export interface ThingsResetParams {
  /** Device ID. */
  device_id: string;
}

export interface ThingsListReportLogsParams {
  /** Device ID. */
  device_id: string;
  /** Property codes to list (sent comma-separated). */
  codes: string[];
  /** Start of the window (13-digit Unix milliseconds). A 13-digit Unix time in milliseconds. */
  start_time: number;
  /** End of the window (13-digit Unix milliseconds). A 13-digit Unix time in milliseconds. */
  end_time: number;
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Reports per page, 1 to 100 (Tuya recommends under 100; 20 in its example). Range 1..100. */
  size: number;
}

export interface ThingsListLogsParams {
  /** Device ID. */
  device_id: string;
  /** Event types to return, integers 1-10 (as devices.list_logs); sent comma-separated. At most 10 items. */
  type: (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10)[];
  /** Return only events of these DP codes (sent comma-separated). */
  codes?: string[] | undefined;
  /** Start of the window (13-digit Unix milliseconds). A 13-digit Unix time in milliseconds. */
  start_time: number;
  /** End of the window (13-digit Unix milliseconds). A 13-digit Unix time in milliseconds. */
  end_time: number;
  /** 1 = free edition, 2 = paid edition (longer retention, different paging). */
  query_type: 1 | 2;
  /** Free edition: next_row_key of the previous page; omit for the first page. */
  start_row_key?: string | undefined;
  /** Paid edition: row key of the last entry of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /**
   * Paid edition: event_time of the last entry of the previous page (13-digit ms). A 13-digit Unix time
   * in milliseconds.
   */
  last_event_time?: number | undefined;
  /** Entries per page, at most 100 (20 in the page's example). Range 1..100. */
  size: number;
}

/** IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code. */
export class ThingsResource extends Resource {
  /**
   * Get a device's details (IoT Core v2.0).
   *
   * Returns one device with its names, key, location and times; online state is `is_online`. The IoT
   * Core details call Tuya recommends for new projects; iot_devices.get_v1_1 and devices.get read the
   * same device in the older families' shapes.
   *
   * @returns The device.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-management?id=Kcp2l2v9wma0m
   */
  get(params: ThingsGetParams, options?: RequestOptions): Promise<Thing> {
    return this.client.call<Thing>(GET, params, options);
  }

  /**
   * List the project's devices, 20 at a time (IoT Core v2.0).
   *
   * Lists the devices of the cloud project, optionally of some products or categories. The reply is a
   * plain list: pass the ID of the last device as last_id to get the next page, until a page comes back
   * shorter than page_size. The project-wide list Tuya recommends for new projects; iot_devices.list
   * selects by asset, app or user instead.
   *
   * @returns The devices of this page.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/734e8088a6?id=Kcspwthd1f5tb
   */
  list(params: ThingsListParams, options?: RequestOptions): Promise<Thing[]> {
    return this.client.call<Thing[]>(LIST, params, options);
  }

  /**
   * Get a device's thing model (IoT Core v2.0).
   *
   * Returns the thing model of the device's product as JSON text: its properties with DP ids
   * (abilityId), access modes and types, and its actions and events. Decode `model` with json.loads. At
   * most 10 calls per second per project.
   *
   * @returns The model, as JSON text.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/bd68171262?id=Kcp4utbhzzfgo
   */
  getModel(params: ThingsGetModelParams, options?: RequestOptions): Promise<ThingModel> {
    return this.client.call<ThingModel>(GET_MODEL, params, options);
  }

  /**
   * Get a device's shadow - reported value, DP id and time of each property (IoT Core v2.0).
   *
   * Returns the latest reported value of each property (or of the codes asked for), with its DP id and
   * report time in milliseconds. The status call Tuya recommends for new projects when DP ids matter;
   * iot_device_control.get_status and devices.get_status report the same values by code. At most 50
   * calls per second per project.
   *
   * @returns The shadow.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/116cc8bf6f?id=Kcp2kwfrpe719
   */
  getProperties(params: ThingsGetPropertiesParams, options?: RequestOptions): Promise<ShadowProperties> {
    return this.client.call<ShadowProperties>(GET_PROPERTIES, params, options);
  }

  /**
   * Set properties of a device by code (IoT Core v2.0).
   *
   * Sets one or more properties, given as JSON text of an object from code to value, e.g. the string
   * '{"switch_1":true}' (json.dumps of a dict); the values change the same status that the iot-03 and
   * smart-home calls report. The device must be online. At most 4 calls per second per project. Not
   * retried automatically: a duplicate could step a device twice.
   *
   * @returns An empty object when Tuya accepted the properties.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/c057ad5cfd?id=Kcp2kxdzftp91
   */
  issueProperties(params: ThingsIssuePropertiesParams, options?: RequestOptions): Promise<Record<string, unknown>> {
    return this.client.call<Record<string, unknown>>(ISSUE_PROPERTIES, params, options);
  }

  /**
   * Restore a device's factory settings and unbind it from the project (IoT Core v2.0).
   *
   * Resets the device to its factory settings and removes it from the project; it has to be paired
   * again. devices.reset_factory resets a device and keeps it bound.
   *
   * @returns true when the device was reset.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/187da401c3?id=Kdxgo79cahxze
   */
  reset(params: ThingsResetParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RESET, params, options);
  }

  /**
   * List a device's status reports of some properties, page by page (IoT Core v2.0).
   *
   * Returns what the device reported for the given property codes between two times (13-digit
   * milliseconds), newest first, with a row-key cursor: pass each reply's last_row_key back until
   * has_more is false. For every kind of event (online, commands, resets, ...) use devices.list_logs.
   *
   * @returns One page of reports with the cursor for the next.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/device-management?id=Kcp2l1a9zj0i3
   */
  listReportLogs(params: ThingsListReportLogsParams, options?: RequestOptions): Promise<ReportLogPage> {
    return this.client.call<ReportLogPage>(LIST_REPORT_LOGS, params, options);
  }

  /**
   * Every item of every page of `listReportLogs`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listReportLogs` except `last_row_key`, which it drives itself, and
   * stops at the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListReportLogs(params: Omit<ThingsListReportLogsParams, "last_row_key">, options?: PageOptions): AsyncGenerator<ReportLogEntry, void, undefined> {
    return this.client.paginate<ReportLogEntry>(LIST_REPORT_LOGS, params, options);
  }

  /**
   * Query a device's event log (IoT Core v2.0).
   *
   * Returns the device's events (online/offline, activation, reset, commands, firmware upgrades, DP
   * reports, restarts, timers) between two millisecond timestamps, as devices.list_logs does, from the
   * IoT Core path Tuya lists for new projects; the same event codes 1-10 in `type` and in event_id, and
   * the same paging (free edition: start_row_key/next_row_key; paid edition: last_row_key plus
   * last_event_time). Both read the same log.
   *
   * @returns One page of log entries.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/bdc1e6f858?id=Kdxgo744q4f7r
   */
  listLogs(params: ThingsListLogsParams, options?: RequestOptions): Promise<DeviceLogPage> {
    return this.client.call<DeviceLogPage>(LIST_LOGS, params, options);
  }

  /**
   * Every item of every page of `listLogs`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listLogs` except `start_row_key`, which it drives itself, and stops at
   * the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListLogs(params: Omit<ThingsListLogsParams, "start_row_key">, options?: PageOptions): AsyncGenerator<DeviceLogEntry, void, undefined> {
    return this.client.paginate<DeviceLogEntry>(LIST_LOGS, params, options);
  }
}
