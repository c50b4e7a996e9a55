// Generated from spec/groups/pairing.yaml by `python -m generator`; do not edit.
// Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { PairedSubDevice, PairingResult } from "../types.js";

export const LIST_SUB_DEVICES: Operation = {
  id: "pairing.list_sub_devices",
  method: "GET",
  path: "/v1.0/devices/{device_id}/list-sub",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "discovery_time", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "format": "timestamp-s"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "PairedSubDevice"}},
};

export const ENABLE_SUB_DISCOVERY: Operation = {
  id: "pairing.enable_sub_discovery",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/enabled-sub-discovery",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "duration", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 0, "maximum": 3600, "default": 100}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const GET_RESULT: Operation = {
  id: "pairing.get_result",
  method: "GET",
  path: "/v1.0/device/paring/tokens/{token}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "token", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "PairingResult"},
};

export interface PairingListSubDevicesParams {
  /** Device ID of the gateway. */
  device_id: string;
  /**
   * When the gateway started discovering sub-devices, as 10-digit Unix seconds. A 10-digit Unix time in
   * seconds.
   */
  discovery_time: number;
}

export interface PairingEnableSubDiscoveryParams {
  /** Device ID of the gateway. */
  device_id: string;
  /**
   * Seconds the gateway stays discoverable, 0 to 3600; 0 stops discovery. Tuya uses 100 when omitted.
   * Range 0..3600.
   */
  duration?: number | undefined;
}

export interface PairingGetResultParams {
  /** The pairing token of the session. */
  token: string;
}

/** Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token. */
export class PairingResource extends Resource {
  /**
   * List the sub-devices that joined a gateway since discovery was enabled.
   *
   * Returns the Zigbee sub-devices that paired with the gateway after the given discovery time. Pass the
   * Unix time (seconds) at which you opened the gateway with enable_sub_discovery.
   *
   * @returns The sub-devices that joined (may be empty).
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/cacbce6b79?id=Ka7kk1hiphgsq
   */
  listSubDevices(params: PairingListSubDevicesParams, options?: RequestOptions): Promise<PairedSubDevice[]> {
    return this.client.call<PairedSubDevice[]>(LIST_SUB_DEVICES, params, options);
  }

  /**
   * Let a gateway discover new sub-devices for a while (0 stops discovery).
   *
   * Puts the Zigbee gateway into discovery mode for `duration` seconds so that sub-devices in pairing
   * mode can join it. Remember the time of the call: list_sub_devices needs it. A duration of 0 stops an
   * ongoing discovery.
   *
   * @returns true when the gateway accepted the request.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/f621a0d195?id=Ka7kk1wyebguk
   */
  enableSubDiscovery(params: PairingEnableSubDiscoveryParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(ENABLE_SUB_DISCOVERY, params, options);
  }

  /**
   * Get the devices paired (or failed) with a pairing token.
   *
   * Polls the result of a pairing session started with a pairing token (created by POST
   * /v1.0/device/paring/token, which is not part of this API list). Call it repeatedly until the
   * expected devices appear under `success` or `failed`, or the token expires.
   *
   * @returns Devices that paired and devices that failed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/469697c782?id=Ka7kk2ca9vv30
   */
  getResult(params: PairingGetResultParams, options?: RequestOptions): Promise<PairingResult> {
    return this.client.call<PairingResult>(GET_RESULT, params, options);
  }
}
