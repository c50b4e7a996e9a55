// Generated from spec/groups/iot_device_control.yaml by `python -m generator`; do not edit.
// IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { DataPoint, DeviceFunctions, DeviceStatusList, IotDeviceSpecification, LangDeviceSpecification } from "../types.js";

export const SEND_COMMANDS: Operation = {
  id: "iot_device_control.send_commands",
  method: "POST",
  path: "/v1.0/iot-03/devices/{device_id}/commands",
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

export const GET_STATUS: Operation = {
  id: "iot_device_control.get_status",
  method: "GET",
  path: "/v1.0/iot-03/devices/{device_id}/status",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DataPoint"}},
};

export const LIST_STATUS: Operation = {
  id: "iot_device_control.list_status",
  method: "GET",
  path: "/v1.0/iot-03/devices/status",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DeviceStatusList"}},
};

export const GET_FUNCTIONS: Operation = {
  id: "iot_device_control.get_functions",
  method: "GET",
  path: "/v1.0/iot-03/devices/{device_id}/functions",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceFunctions"},
};

export const GET_SPECIFICATION: Operation = {
  id: "iot_device_control.get_specification",
  method: "GET",
  path: "/v1.0/iot-03/devices/{device_id}/specification",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IotDeviceSpecification"},
};

export const GET_SPECIFICATION_V1_2: Operation = {
  id: "iot_device_control.get_specification_v1_2",
  method: "GET",
  path: "/v1.2/iot-03/devices/{device_id}/specification",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "LangDeviceSpecification"},
};

export const GET_CATEGORY_FUNCTIONS: Operation = {
  id: "iot_device_control.get_category_functions",
  method: "GET",
  path: "/v1.0/iot-03/categories/{category}/functions",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "category", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceFunctions"},
};

export interface IotDeviceControlSendCommandsParams {
  /** Device ID. */
  device_id: string;
  /** The DPs to set, each as {code, value}. */
  commands: DataPoint[];
}

export interface IotDeviceControlGetStatusParams {
  /** Device ID. */
  device_id: string;
}

export interface IotDeviceControlListStatusParams {
  /** Device IDs (sent comma-separated), 1 to 20. At most 20 items. */
  device_ids: string[];
}

export interface IotDeviceControlGetFunctionsParams {
  /** Device ID. */
  device_id: string;
}

export interface IotDeviceControlGetSpecificationParams {
  /** Device ID. */
  device_id: string;
}

export interface IotDeviceControlGetSpecificationV12Params {
  /** Device ID. */
  device_id: string;
}

export interface IotDeviceControlGetCategoryFunctionsParams {
  /** Category code, e.g. kg (switch), cz (socket), dj (light). */
  category: string;
}

/** IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports. */
export class IotDeviceControlResource extends Resource {
  /**
   * Send standard commands (DP code/value pairs) to a device (IoT Core).
   *
   * Sets one or more DPs of a device in one call; the current IoT Core twin of
   * device_control.send_commands, with the same body and reply. Prefer this one in new projects (it is
   * the path Tuya documents today); either changes the same device. Use the codes and ranges of
   * get_functions. A true result means Tuya accepted the commands, not that the device applied them. Not
   * retried automatically: a duplicate could toggle or step a device twice.
   *
   * @returns true when Tuya accepted the commands.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TokenError} Tuya answered 1010.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/e2512fb901?id=Kdf0wncthfy95
   */
  sendCommands(params: IotDeviceControlSendCommandsParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_COMMANDS, params, options);
  }

  /**
   * Get the latest DP values of a device (IoT Core).
   *
   * Returns the current value of each DP of the device, as {code, value}; the IoT Core twin of
   * devices.get_status with the same reply. Prefer this one in new projects; both read the same device.
   * For DP ids and report times use things.get_properties.
   *
   * @returns One entry per DP.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/1ef1a3044b?id=Kconf2usgnfwo
   */
  getStatus(params: IotDeviceControlGetStatusParams, options?: RequestOptions): Promise<DataPoint[]> {
    return this.client.call<DataPoint[]>(GET_STATUS, params, options);
  }

  /**
   * Get the latest DP values of up to 20 devices (IoT Core).
   *
   * Returns the status of each given device that exists, one {id, status} entry per device. The IoT Core
   * batch call; devices.list_status is its smart-home twin with the same reply. Prefer this one in new
   * projects.
   *
   * @returns One entry per device found.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/2faa3c9f3d?id=Kconf3gjbtziq
   */
  listStatus(params: IotDeviceControlListStatusParams, options?: RequestOptions): Promise<DeviceStatusList[]> {
    return this.client.call<DeviceStatusList[]>(LIST_STATUS, params, options);
  }

  /**
   * Get the instruction set (settable DPs) of a device (IoT Core).
   *
   * Returns the device's category and the DPs it accepts in commands, each with its type and a
   * JSON-encoded value range; the IoT Core twin of device_control.get_functions with the same reply.
   * Prefer this one in new projects. Some categories return an empty list.
   *
   * @returns The device's category and instructions.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/3ac29198c9?id=Kdf0wnfezn479
   */
  getFunctions(params: IotDeviceControlGetFunctionsParams, options?: RequestOptions): Promise<DeviceFunctions> {
    return this.client.call<DeviceFunctions>(GET_FUNCTIONS, params, options);
  }

  /**
   * Get a device's instruction and status sets with names (v1.0, what tinytuya reads).
   *
   * Returns the DPs that can be set (functions) and the DPs the device reports (status), each with type,
   * JSON-encoded value range and display name. Documented only in Tuya's legacy tree but the most called
   * of the three specification calls (tinytuya's getproperties uses it); get_specification_v1_2 is the
   * version Tuya lists today and adds value labels, and device_control.get_specifications_v1_1 adds the
   * DP ids. Note the singular "specification".
   *
   * @returns Category, instruction set and status set of the device.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/68c2e82f73?id=Kcojnvqsu1f0s
   */
  getSpecification(params: IotDeviceControlGetSpecificationParams, options?: RequestOptions): Promise<IotDeviceSpecification> {
    return this.client.call<IotDeviceSpecification>(GET_SPECIFICATION, params, options);
  }

  /**
   * Get a device's instruction set and status set, with names and value labels (IoT Core v1.2).
   *
   * As get_specification, but each DP carries lang_config, the labels of its values (e.g. ON/OFF) or of
   * its unit, and functions have no desc. This is the version Tuya's Industry Basic Service lists as
   * current; use it for display, and get_specification where tinytuya compatibility matters.
   *
   * @returns Category, instruction set and status set, with labels.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/85b8f49180?id=Kb5rg8mvrccb7
   */
  getSpecificationV12(params: IotDeviceControlGetSpecificationV12Params, options?: RequestOptions): Promise<LangDeviceSpecification> {
    return this.client.call<LangDeviceSpecification>(GET_SPECIFICATION_V1_2, params, options);
  }

  /**
   * Get the standard instruction set of a product category (IoT Core).
   *
   * Returns every standard instruction Tuya defines for a category; the IoT Core twin of
   * device_control.get_category_functions with the same reply. Prefer this one in new projects.
   *
   * @returns The category's instructions.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/b1b52a0176?id=Kag2yaxh83j95
   */
  getCategoryFunctions(params: IotDeviceControlGetCategoryFunctionsParams, options?: RequestOptions): Promise<DeviceFunctions> {
    return this.client.call<DeviceFunctions>(GET_CATEGORY_FUNCTIONS, params, options);
  }
}
