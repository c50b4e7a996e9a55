// Generated from spec/groups/multi_channel.yaml by `python -m generator`; do not edit.
// Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { ChannelName } from "../types.js";

export const GET_NAMES: Operation = {
  id: "multi_channel.get_names",
  method: "GET",
  path: "/v1.0/devices/{device_id}/multiple-names",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "ChannelName"}},
};

export const RENAME: Operation = {
  id: "multi_channel.rename",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/multiple-name",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "identifier", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface MultiChannelGetNamesParams {
  /** Device ID of the multi-channel device. */
  device_id: string;
}

export interface MultiChannelRenameParams {
  /** Device ID of the multi-channel device. */
  device_id: string;
  /** main for the device itself, otherwise the channel's DP code. */
  identifier: string;
  /** The new name. */
  name: string;
}

/** Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed. */
export class MultiChannelResource extends Resource {
  /**
   * Get the names of a multi-channel device and of each channel.
   *
   * Returns one entry per channel, identified by its DP code (switch_1, switch_2, ...), plus an entry
   * with identifier main for the device itself. Rename them with multi_channel.rename.
   *
   * @returns The device's and channels' names.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/f392075f50?id=Kdf143e23y3b5
   */
  getNames(params: MultiChannelGetNamesParams, options?: RequestOptions): Promise<ChannelName[]> {
    return this.client.call<ChannelName[]>(GET_NAMES, params, options);
  }

  /**
   * Rename a multi-channel device or one of its channels.
   *
   * Sets the name of one channel (identifier = its DP code, e.g. switch_2) or, with identifier main, of
   * the device itself, the same names multi_channel.get_names returns. Renaming main is the same as
   * devices.rename; renaming a channel is the same as device_control.rename_function on its DP code.
   *
   * @returns true when renamed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2008.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/f3ee487d4f?id=Kdf143fnjm1jc
   */
  rename(params: MultiChannelRenameParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RENAME, params, options);
  }
}
