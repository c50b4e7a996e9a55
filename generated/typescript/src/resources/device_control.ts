// Generated from spec/groups/device_control.yaml by `python -m generator`; do not edit.
// Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DataPoint, DeviceFunctions, DeviceSpecification, DeviceSpecificationV11 } from "../types.js";

export const RENAME_FUNCTION: Operation = {
  id: "device_control.rename_function",
  method: "PUT",
  path: "/v1.0/devices/{device_id}/functions/{function_code}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "function_code", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const SEND_COMMANDS: Operation = {
  id: "device_control.send_commands",
  method: "POST",
  path: "/v1.0/devices/{device_id}/commands",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "commands", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "DataPoint"}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const GET_FUNCTIONS: Operation = {
  id: "device_control.get_functions",
  method: "GET",
  path: "/v1.0/devices/{device_id}/functions",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceFunctions"},
};

export const GET_SPECIFICATIONS: Operation = {
  id: "device_control.get_specifications",
  method: "GET",
  path: "/v1.0/devices/{device_id}/specifications",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceSpecification"},
};

export const GET_CATEGORY_FUNCTIONS: Operation = {
  id: "device_control.get_category_functions",
  method: "GET",
  path: "/v1.0/functions/{category}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "category", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceFunctions"},
};

export const GET_SPECIFICATIONS_V1_1: Operation = {
  id: "device_control.get_specifications_v1_1",
  method: "GET",
  path: "/v1.1/devices/{device_id}/specifications",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceSpecificationV11"},
};

export interface DeviceControlRenameFunctionParams {
  /** Device ID. */
  device_id: string;
  /** DP code to rename, e.g. switch_1. */
  function_code: string;
  /** New display name of the DP. */
  name: string;
}

export interface DeviceControlSendCommandsParams {
  /** Device ID. */
  device_id: string;
  /** The DPs to set, each as {code, value}. */
  commands: DataPoint[];
}

export interface DeviceControlGetFunctionsParams {
  /** Device ID. */
  device_id: string;
}

export interface DeviceControlGetSpecificationsParams {
  /** Device ID. */
  device_id: string;
}

export interface DeviceControlGetCategoryFunctionsParams {
  /** Category code, e.g. kg (switch), cz (socket), dj (light). */
  category: string;
}

export interface DeviceControlGetSpecificationsV11Params {
  /** Device ID. */
  device_id: string;
}

/** Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP. */
export class DeviceControlResource extends Resource {
  /**
   * Rename one function (DP) of a device.
   *
   * Sets the display name of one DP of a device, e.g. to label the channels of a multi-gang switch. Only
   * the name changes; the DP code stays the same.
   *
   * @returns true when the name was changed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d33378b16a?id=Ka7kk2sso8177
   */
  renameFunction(params: DeviceControlRenameFunctionParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RENAME_FUNCTION, params, options);
  }

  /**
   * Send standard commands to a device (legacy v1.0; new projects use iot_device_control).
   *
   * Sets one or more DPs of a device in one call. Use the codes and value ranges returned by
   * get_functions; each value must have the DP's type (bool, int, enum string, ...). A true result means
   * Tuya accepted the commands, not that the device has applied them - read the status to confirm. Not
   * retried automatically: a duplicate could toggle or step a device twice. Tuya's smart-home pages are
   * frozen as legacy since 2023-06: iot_device_control.send_commands is the current twin with the same
   * body and reply (prefer it in new projects); things.issue_properties sets DPs through the thing
   * model.
   *
   * @returns true when Tuya accepted the commands.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 1103, 2001, 2008.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/042dd12e57?id=Ka7kk38swasr9
   */
  sendCommands(params: DeviceControlSendCommandsParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_COMMANDS, params, options);
  }

  /**
   * Get the instruction set of a device (legacy v1.0; new projects use iot_device_control).
   *
   * Returns the device's category and the DPs it accepts in commands, each with its type and a
   * JSON-encoded value range (decode `values` with json.loads before use).
   * iot_device_control.get_functions is the current IoT Core twin with the same reply.
   *
   * @returns The device's category and instructions.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/3a7d974b44?id=Ka7kk3o4pdaoz
   */
  getFunctions(params: DeviceControlGetFunctionsParams, options?: RequestOptions): Promise<DeviceFunctions> {
    return this.client.call<DeviceFunctions>(GET_FUNCTIONS, params, options);
  }

  /**
   * Get a device's instruction set and status set.
   *
   * Returns both the DPs that can be set (functions) and the DPs the device reports (status), each with
   * type and JSON-encoded value range. Use it to interpret status values as well as to build commands.
   * get_specifications_v1_1 adds each DP's dp_id; iot_device_control.get_specification adds display
   * names.
   *
   * @returns Category, instruction set and status set of the device.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/ec2742e929?id=Ka7kk42y9ohml
   */
  getSpecifications(params: DeviceControlGetSpecificationsParams, options?: RequestOptions): Promise<DeviceSpecification> {
    return this.client.call<DeviceSpecification>(GET_SPECIFICATIONS, params, options);
  }

  /**
   * Get the instruction set of a category (legacy v1.0; new projects use iot_device_control).
   *
   * Returns every standard instruction Tuya defines for a category (e.g. kg, cz, dj). A given device
   * usually supports only part of it; use get_functions for one device.
   * iot_device_control.get_category_functions is the current IoT Core twin with the same reply.
   *
   * @returns The category's instructions.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/e2e046207e?id=Ka7kk4hx3ryv3
   */
  getCategoryFunctions(params: DeviceControlGetCategoryFunctionsParams, options?: RequestOptions): Promise<DeviceFunctions> {
    return this.client.call<DeviceFunctions>(GET_CATEGORY_FUNCTIONS, params, options);
  }

  /**
   * Get a device's instruction set and status set with DP ids (v1.1).
   *
   * As get_specifications, but every DP carries its dp_id, the number the device itself uses on the LAN;
   * tinytuya's getdps builds its DP map from it. Use this one when you need DP ids (or
   * things.get_properties, which reports them with the values); get_specifications when codes are
   * enough. Devices without DPs answer error 2009.
   *
   * @returns Category, instruction set and status set of the device, with DP ids.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/f2c0abfbbd?id=Kb26d4cf4wnrd
   */
  getSpecificationsV11(params: DeviceControlGetSpecificationsV11Params, options?: RequestOptions): Promise<DeviceSpecificationV11> {
    return this.client.call<DeviceSpecificationV11>(GET_SPECIFICATIONS_V1_1, params, options);
  }
}
