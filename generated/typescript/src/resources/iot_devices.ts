// Generated from spec/groups/iot_devices.yaml by `python -m generator`; do not edit.
// IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { FactoryInfo, IotDevice, IotDevicePage } from "../types.js";

export const LIST: Operation = {
  id: "iot_devices.list",
  method: "GET",
  path: "/v1.3/iot-03/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "source_type", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["asset", "homeApp", "tuyaUser", "product"]}},
    {"name": "source_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "device_ids", "location": "query", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
    {"name": "name", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "category", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "product_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_size", "location": "query", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "list", "sizeParam": "page_size", "cursorParam": "last_row_key", "nextCursor": "last_row_key", "hasMore": "has_more", "total": "total"},
  result: {"$ref": "IotDevicePage"},
};

export const GET: Operation = {
  id: "iot_devices.get",
  method: "GET",
  path: "/v1.0/iot-03/devices/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IotDevice"},
};

export const GET_V1_1: Operation = {
  id: "iot_devices.get_v1_1",
  method: "GET",
  path: "/v1.1/iot-03/devices/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "IotDevice"},
};

export const LIST_FACTORY_INFOS: Operation = {
  id: "iot_devices.list_factory_infos",
  method: "GET",
  path: "/v1.0/iot-03/devices/factory-infos",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "FactoryInfo"}},
};

export const RENAME: Operation = {
  id: "iot_devices.rename",
  method: "PUT",
  path: "/v1.0/iot-03/devices/{device_id}",
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

export const DELETE: Operation = {
  id: "iot_devices.delete",
  method: "DELETE",
  path: "/v1.0/iot-03/devices/{device_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE_MANY: Operation = {
  id: "iot_devices.delete_many",
  method: "DELETE",
  path: "/v1.0/iot-03/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_ids", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const RESET_FACTORY: Operation = {
  id: "iot_devices.reset_factory",
  method: "POST",
  path: "/v1.0/iot-03/devices/{device_id}/actions/reset",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface IotDevicesListParams {
  /**
   * What source_id names: asset (the default), homeApp (an app schema), tuyaUser (a UID) or product (a
   * product ID). Known values "asset", "homeApp", "tuyaUser", "product"; others accepted.
   */
  source_type?: string | undefined;
  /** The asset ID, app schema, UID or product ID, matching source_type. */
  source_id?: string | undefined;
  /** Return only these devices (sent comma-separated), at most 20. At most 20 items. */
  device_ids?: string[] | undefined;
  /** Return only devices whose name contains this text. */
  name?: string | undefined;
  /** Return only devices of this category code. */
  category?: string | undefined;
  /** Return only devices of this product. */
  product_id?: string | undefined;
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Devices per page, 1 to 200 (20 when omitted). Range 1..200. */
  page_size?: number | undefined;
}

export interface IotDevicesGetParams {
  /** Device ID. */
  device_id: string;
}

export interface IotDevicesGetV11Params {
  /** Device ID. */
  device_id: string;
}

export interface IotDevicesListFactoryInfosParams {
  /** Device IDs to look up (sent comma-separated), 1 to 20. At most 20 items. */
  device_ids: string[];
}

export interface IotDevicesRenameParams {
  /** Device ID. */
  device_id: string;
  /** New device name. */
  name: string;
}

export interface IotDevicesDeleteParams {
  /** Device ID. */
  device_id: string;
}

export interface IotDevicesDeleteManyParams {
  /** Device IDs to remove (sent comma-separated), 1 to 20. At most 20 items. */
  device_ids: string[];
}

export interface IotDevicesResetFactoryParams {
  /** Device ID. */
  device_id: string;
}

/** IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices. */
export class IotDevicesResource extends Resource {
  /**
   * List a project's devices by asset, app, user or product, with a row-key cursor (v1.3).
   *
   * Lists devices of one source - an asset, an app (homeApp, by schema), an app user (tuyaUser, by UID)
   * or a product - optionally narrowed by IDs, name, category or product, page by page: pass each
   * reply's last_row_key back until has_more is false. The current industry device list (tinytuya's
   * getdevices calls it with source_type tuyaUser per linked user); for all devices of the linked app
   * accounts at once use associated_users.list_devices.
   *
   * @returns One page of devices with the cursor for the next.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/dc413408fe?id=Kc09y2ons2i3b
   */
  list(params: IotDevicesListParams = {}, options?: RequestOptions): Promise<IotDevicePage> {
    return this.client.call<IotDevicePage>(LIST, params, options);
  }

  /**
   * Every item of every page of `list`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `list` except `last_row_key`, which it drives itself, and stops at the
   * last page (or throws TuyaError after `maxPages` pages).
   */
  iterList(params: Omit<IotDevicesListParams, "last_row_key"> = {}, options?: PageOptions): AsyncGenerator<IotDevice, void, undefined> {
    return this.client.paginate<IotDevice>(LIST, params, options);
  }

  /**
   * Get a device's details (industry v1.0; get_v1_1 is the current version).
   *
   * Returns one device with its asset, location, key and times (Tuya's BaseDeviceRes). get_v1_1 is the
   * version Tuya lists as current and adds the gateway, node, category name, owner and icon: prefer it;
   * this one answers the same device for clients written against v1.0.
   *
   * @returns The device.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d00d20c097?id=Kag2xtiyewd3r
   */
  get(params: IotDevicesGetParams, options?: RequestOptions): Promise<IotDevice> {
    return this.client.call<IotDevice>(GET, params, options);
  }

  /**
   * Get a device's details with gateway, category name and owner (industry, v1.1).
   *
   * Returns one device as get does, plus its gateway and node (sub-devices), category name, owning home
   * and icon. The details version Tuya's Industry Basic Service lists as current; prefer it to get in
   * new code.
   *
   * @returns The device.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/legacy-reference-of-cloud-service-apis/7d3f13ae55?id=Kcojnu63giq1v
   */
  getV11(params: IotDevicesGetV11Params, options?: RequestOptions): Promise<IotDevice> {
    return this.client.call<IotDevice>(GET_V1_1, params, options);
  }

  /**
   * Get factory data (UUID, serial number, MAC) of up to 20 devices (industry).
   *
   * Returns the factory data of the given devices, as devices.list_factory_infos does, from the iot-03
   * path; both read the same devices. Pass at most 20 IDs per call.
   *
   * @returns One entry per device found.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/4dafcb9bd5?id=Kag2y3j30fndv
   */
  listFactoryInfos(params: IotDevicesListFactoryInfosParams, options?: RequestOptions): Promise<FactoryInfo[]> {
    return this.client.call<FactoryInfo[]>(LIST_FACTORY_INFOS, params, options);
  }

  /**
   * Rename a device (industry).
   *
   * Sets a device's name, as devices.rename does; the new name shows in every family's details and lists
   * (devices.get, iot_devices.get, things.get).
   *
   * @returns true when the device was renamed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
   */
  rename(params: IotDevicesRenameParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RENAME, params, options);
  }

  /**
   * Remove a device (industry).
   *
   * Removes the device from the project, as devices.delete does; a gateway takes its sub-devices with
   * it. Removing a device that is already gone succeeds.
   *
   * @returns true when the device was removed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
   */
  delete(params: IotDevicesDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * Remove up to 20 devices at once (industry).
   *
   * Removes every listed device from the project (gateways with their sub-devices); IDs that are already
   * gone are skipped.
   *
   * @returns true when the devices were removed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industry-basic-service?id=Kconm0jc7i4wt
   */
  deleteMany(params: IotDevicesDeleteManyParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE_MANY, params, options);
  }

  /**
   * Restore a device's factory settings (industry).
   *
   * Restores the device's defaults, as devices.reset_factory does; the device stays in the project
   * (things.reset also unbinds it).
   *
   * @returns true when the device was reset.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/4a9c660db3?id=Kag2y0zpy3e4g
   */
  resetFactory(params: IotDevicesResetFactoryParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RESET_FACTORY, params, options);
  }
}
