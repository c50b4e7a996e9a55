// Generated from spec/groups/ota.yaml by `python -m generator`; do not edit.
// Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { FirmwareUpgradeInfo } from "../types.js";

export const GET_UPGRADE_INFO: Operation = {
  id: "ota.get_upgrade_info",
  method: "GET",
  path: "/v1.0/devices/{device_id}/upgrade-infos",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "lang", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "FirmwareUpgradeInfo"}},
};

export const UPGRADE: Operation = {
  id: "ota.upgrade",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/confirm-upgrade",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "module_type", "location": "body", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "minimum": 0, "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface OtaGetUpgradeInfoParams {
  /** Device ID. */
  device_id: string;
  /** Language of the descriptions, e.g. en or zh. */
  lang?: string | undefined;
}

export interface OtaUpgradeParams {
  /** Device ID. */
  device_id: string;
  /**
   * Firmware channel to upgrade, the module_type reported by get_upgrade_info (e.g. 0 Wi-Fi, 9 MCU); an
   * integer as the page documents, or its digits as a string, as a production client sends. Must match
   * `^[0-9]+$`. Range 0..inf.
   */
  module_type: number | string;
}

/** Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module. */
export class OtaResource extends Resource {
  /**
   * Get the firmware upgrade information of each module of a device.
   *
   * Lists every firmware module of the device with its current version, the available version and the
   * upgrade state. A module with upgrade_status 1 can be upgraded with ota.upgrade using its
   * module_type. Tuya's "Get device status" page points here for pending firmware.
   *
   * @returns One entry per firmware module.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/ota-upgrade?id=K9h9je48y9h06
   */
  getUpgradeInfo(params: OtaGetUpgradeInfoParams, options?: RequestOptions): Promise<FirmwareUpgradeInfo[]> {
    return this.client.call<FirmwareUpgradeInfo[]>(GET_UPGRADE_INFO, params, options);
  }

  /**
   * Start the firmware upgrade of one module of a device.
   *
   * Confirms the pending upgrade of one firmware module (its module_type from get_upgrade_info), which
   * makes the device download and install the new firmware. Poll get_upgrade_info to follow the
   * progress. Not retried automatically: an upgrade is a one-shot action.
   *
   * @returns true when the upgrade was started.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/ota-upgrade?id=K9h9je48y9h06
   */
  upgrade(params: OtaUpgradeParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPGRADE, params, options);
  }
}
