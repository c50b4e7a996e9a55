// Generated from spec/groups/locks.yaml by `python -m generator`; do not edit.
// Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation).

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { LockAlarmLog, LockAlarmLogPage, LockMedia, LockOpenLog, LockOpenLogPage, LockTicket } from "../types.js";

export const LIST_OPEN_LOGS: Operation = {
  id: "locks.list_open_logs",
  method: "GET",
  path: "/v1.0/devices/{device_id}/door-lock/open-logs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "page_no", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "start_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s-or-ms"}},
    {"name": "end_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s-or-ms"}},
  ],
  rules: [],
  pagination: {"style": "page_number", "items": "logs", "pageParam": "page_no", "firstPage": 1, "sizeParam": "page_size", "total": "total"},
  result: {"$ref": "LockOpenLogPage"},
};

export const LIST_ALARM_LOGS: Operation = {
  id: "locks.list_alarm_logs",
  method: "GET",
  path: "/v1.0/devices/{device_id}/door-lock/alarm-logs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "page_no", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "codes", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "minItems": 1, "uniqueItems": true, "items": {"type": "string", "enum": ["hijack", "alarm_lock", "doorbell"]}}},
  ],
  rules: [],
  pagination: {"style": "page_number", "items": "records", "pageParam": "page_no", "firstPage": 1, "sizeParam": "page_size", "total": "total"},
  result: {"$ref": "LockAlarmLogPage"},
};

export const GET_LATEST_MEDIA_URL: Operation = {
  id: "locks.get_latest_media_url",
  method: "GET",
  path: "/v1.0/devices/{device_id}/door-lock/latest/media/url",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "file_type", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2]}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "LockMedia"},
};

export const GET_MEDIA_URL: Operation = {
  id: "locks.get_media_url",
  method: "GET",
  path: "/v1.0/devices/{device_id}/movement-configs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "bucket", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "file_path", "location": "query", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": ["string", "object"], "description": "A URL string in every client that reads it; an object is accepted and kept as sent."},
};

export const CREATE_PASSWORD_TICKET: Operation = {
  id: "locks.create_password_ticket",
  method: "POST",
  path: "/v1.0/smart-lock/devices/{device_id}/password-ticket",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "LockTicket"},
};

export const OPERATE_DOOR: Operation = {
  id: "locks.operate_door",
  method: "POST",
  path: "/v1.0/smart-lock/devices/{device_id}/password-free/door-operate",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "ticket_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "open", "location": "body", "required": true, "sensitive": false, "schema": {"type": "boolean"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface LocksListOpenLogsParams {
  /** Device ID of the lock. */
  device_id: string;
  /** Page number, starting at 1. Range 1..inf. */
  page_no: number;
  /** Records per page (no maximum is documented; 20 in Tuya's example). Range 1..inf. */
  page_size: number;
  /**
   * Start of the window, a Unix time as 10-digit seconds (what Tuya's page example sends) or 13-digit
   * milliseconds (what every client of the lock-log calls sends); see the conflict on units. A Unix time
   * in 10-digit seconds or 13-digit milliseconds.
   */
  start_time: number;
  /**
   * End of the window, in the same unit as start_time (10-digit seconds or 13-digit milliseconds). A
   * Unix time in 10-digit seconds or 13-digit milliseconds.
   */
  end_time: number;
}

export interface LocksListAlarmLogsParams {
  /** Device ID of the lock. */
  device_id: string;
  /** Page number, starting at 1. Range 1..inf. */
  page_no: number;
  /** Records per page (no maximum is documented; 20 in Tuya's example). Range 1..inf. */
  page_size: number;
  /**
   * Alarm DP codes to include, sent comma-separated; Tuya returns general alarms (alarm_lock) when
   * omitted.
   */
  codes?: ("hijack" | "alarm_lock" | "doorbell")[] | undefined;
}

export interface LocksGetLatestMediaUrlParams {
  /** Device ID of the lock. */
  device_id: string;
  /** 1 for the remote-unlock request photo, 2 for the alarm photo. */
  file_type: 1 | 2;
}

export interface LocksGetMediaUrlParams {
  /** Device ID of the lock. */
  device_id: string;
  /** Storage bucket from the lock's report, e.g. ty-eu-storage60-1254153901. */
  bucket: string;
  /** Object path of the photo or video from the lock's report. */
  file_path: string;
}

export interface LocksCreatePasswordTicketParams {
  /** Device ID of the lock. */
  device_id: string;
}

export interface LocksOperateDoorParams {
  /** Device ID of the lock. */
  device_id: string;
  /** A ticket from locks.create_password_ticket. */
  ticket_id: string;
  /** true to unlock, false to lock. */
  open: boolean;
}

/** Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation). */
export class LocksResource extends Resource {
  /**
   * List the unlock records of a lock in a time window (paged).
   *
   * Returns one page of the lock's unlock history between start_time and end_time, with the total count
   * for the window. Pages start at 1.
   *
   * @returns One page of unlock records and the total.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/archived-documents/b4b28d67c0?id=Katuf23ipl5ii
   */
  listOpenLogs(params: LocksListOpenLogsParams, options?: RequestOptions): Promise<LockOpenLogPage> {
    return this.client.call<LockOpenLogPage>(LIST_OPEN_LOGS, params, options);
  }

  /**
   * Every item of every page of `listOpenLogs`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listOpenLogs` except `page_no`, which it drives itself, and stops at
   * the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListOpenLogs(params: Omit<LocksListOpenLogsParams, "page_no">, options?: PageOptions): AsyncGenerator<LockOpenLog, void, undefined> {
    return this.client.paginate<LockOpenLog>(LIST_OPEN_LOGS, params, options);
  }

  /**
   * List the alarm records of a lock (paged).
   *
   * Returns one page of the lock's alarm history and the total count. Filter by alarm DP codes: hijack
   * (duress alarm), alarm_lock (general alarms, Tuya's default when codes is omitted) and doorbell.
   * Pages start at 1.
   *
   * @returns One page of alarm records and the total.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/archived-documents/837c818f18?id=Katuevseqfpdg
   */
  listAlarmLogs(params: LocksListAlarmLogsParams, options?: RequestOptions): Promise<LockAlarmLogPage> {
    return this.client.call<LockAlarmLogPage>(LIST_ALARM_LOGS, params, options);
  }

  /**
   * Every item of every page of `listAlarmLogs`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listAlarmLogs` except `page_no`, which it drives itself, and stops at
   * the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListAlarmLogs(params: Omit<LocksListAlarmLogsParams, "page_no">, options?: PageOptions): AsyncGenerator<LockAlarmLog, void, undefined> {
    return this.client.paginate<LockAlarmLog>(LIST_ALARM_LOGS, params, options);
  }

  /**
   * Get the latest remote-unlock or alarm photo of a camera lock.
   *
   * Returns the storage location and decryption key of the most recent photo (and video, if any) the
   * lock captured for a remote-unlock request (file_type 1) or an alarm (file_type 2). The media is
   * AES-encrypted; decrypt it with file_key / media_key. This one operation covers both seed entries
   * "Get the latest remote door opening or alarm cover image" and "... picture".
   *
   * @returns Location and keys of the latest media.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/455fdcde1b?id=Kadb4uxkvqvbv
   */
  getLatestMediaUrl(params: LocksGetLatestMediaUrlParams, options?: RequestOptions): Promise<LockMedia> {
    return this.client.call<LockMedia>(GET_LATEST_MEDIA_URL, params, options);
  }

  /**
   * Resolve a reported photo/video storage path into a download address.
   *
   * Real-time counterpart of get_latest_media_url: when a camera lock (or doorbell) reports a capture,
   * for example with a remote-unlock request, the report carries a bucket and a file path (and the
   * file's AES key); this call turns bucket and path into a short-lived address the encrypted file can
   * be downloaded from. Every client that reads the reply treats the result as that address, a bare
   * string; an object is kept as sent.
   *
   * @returns The download address of the (still encrypted) file, as a string; decrypt the content with
   * the key from the lock's report.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/doorlock-api-photovideos?id=Kbe2oetmbm0q5
   */
  getMediaUrl(params: LocksGetMediaUrlParams, options?: RequestOptions): Promise<string | Record<string, unknown>> {
    return this.client.call<string | Record<string, unknown>>(GET_MEDIA_URL, params, options);
  }

  /**
   * Get a one-time ticket for a remote lock operation.
   *
   * Issues a short-lived ticket that locks.operate_door consumes. Each call issues a new ticket (not
   * retried automatically). Request it just before the operation: it expires after expire_time seconds
   * and works once.
   *
   * @returns The ticket.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/archived-documents/c6ec729dac?id=Kat26yeejknqo
   */
  createPasswordTicket(params: LocksCreatePasswordTicketParams, options?: RequestOptions): Promise<LockTicket> {
    return this.client.call<LockTicket>(CREATE_PASSWORD_TICKET, params, options);
  }

  /**
   * Unlock or lock a door remotely, without a password.
   *
   * Opens (open true) or locks (open false) the door with a ticket from locks.create_password_ticket.
   * The ticket is used up by the call, so it is not retried automatically; an unlock shows in the lock's
   * status (closed_opened) and in locks.list_open_logs.
   *
   * @returns true when the lock carried out the operation.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2009.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/8b36eabd4d?id=Kayexavknr6dt
   */
  operateDoor(params: LocksOperateDoorParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(OPERATE_DOOR, params, options);
  }
}
