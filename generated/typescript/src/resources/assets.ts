// Generated from spec/groups/assets.yaml by `python -m generator`; do not edit.
// Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets.

import { Resource, type PageOptions, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { Asset, AssetDevice, AssetDevicePage, AssetPage } from "../types.js";

export const LIST_DEVICES: Operation = {
  id: "assets.list_devices",
  method: "GET",
  path: "/v1.0/iot-02/assets/{asset_id}/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "asset_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "list", "sizeParam": "page_size", "cursorParam": "last_row_key", "nextCursor": "last_row_key", "hasMore": "has_next", "total": "total_size"},
  result: {"$ref": "AssetDevicePage"},
};

export const LIST_SUB_ASSETS: Operation = {
  id: "assets.list_sub_assets",
  method: "GET",
  path: "/v1.0/iot-02/assets/{asset_id}/sub-assets",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "asset_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "last_row_key", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "page_size", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
  ],
  rules: [],
  pagination: {"style": "cursor", "items": "list", "sizeParam": "page_size", "cursorParam": "last_row_key", "nextCursor": "last_row_key", "hasMore": "has_next"},
  result: {"$ref": "AssetPage"},
};

export const GET: Operation = {
  id: "assets.get",
  method: "GET",
  path: "/v1.0/iot-02/assets/{asset_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "asset_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "Asset"},
};

export const LIST: Operation = {
  id: "assets.list",
  method: "GET",
  path: "/v1.0/iot-02/assets",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "asset_ids", "location": "query", "required": true, "sensitive": false, "schema": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "maxItems": 20}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Asset"}},
};

export const CREATE: Operation = {
  id: "assets.create",
  method: "POST",
  path: "/v1.0/iot-02/assets",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "parent_asset_id", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "meta_id", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "string"},
};

export const UPDATE: Operation = {
  id: "assets.update",
  method: "PUT",
  path: "/v1.0/iot-02/assets/{asset_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "asset_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "meta_id", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE: Operation = {
  id: "assets.delete",
  method: "DELETE",
  path: "/v1.0/iot-02/assets/{asset_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "asset_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface AssetsListDevicesParams {
  /** Asset ID. */
  asset_id: string;
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Devices per page, 1 to 100. Range 1..100. */
  page_size: number;
}

export interface AssetsListSubAssetsParams {
  /** Asset ID; "-1" for the assets at the top of the tree. */
  asset_id: string;
  /** last_row_key of the previous page; omit for the first page. */
  last_row_key?: string | undefined;
  /** Assets per page, 1 to 100. Range 1..100. */
  page_size: number;
}

export interface AssetsGetParams {
  /** Asset ID. */
  asset_id: string;
}

export interface AssetsListParams {
  /** Asset IDs (sent comma-separated), 1 to 20. At most 20 items. */
  asset_ids: string[];
}

export interface AssetsCreateParams {
  /** Name of the new asset. */
  name: string;
  /** ID of the parent asset; the top of the tree when omitted. */
  parent_asset_id?: string | undefined;
  /** ID of the asset's metadata template, if the project defines one. */
  meta_id?: string | undefined;
}

export interface AssetsUpdateParams {
  /** Asset ID. */
  asset_id: string;
  /** New name of the asset. */
  name: string;
  /** ID of the asset's metadata template, if the project defines one. */
  meta_id?: string | undefined;
}

export interface AssetsDeleteParams {
  /** Asset ID. */
  asset_id: string;
}

/** Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets. */
export class AssetsResource extends Resource {
  /**
   * List the devices of an asset, page by page (iot-02, closed to new projects).
   *
   * Returns the IDs of the devices directly under an asset, with a row-key cursor: pass each reply's
   * last_row_key back until has_next is false. Read each device with iot_devices.get_v1_1 or things.get.
   * Unavailable to projects created after 2023-06-20 (see the group).
   *
   * @returns One page of the asset's devices.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/14b38455ff?id=Kag2yqrfshovt
   */
  listDevices(params: AssetsListDevicesParams, options?: RequestOptions): Promise<AssetDevicePage> {
    return this.client.call<AssetDevicePage>(LIST_DEVICES, params, options);
  }

  /**
   * Every item of every page of `listDevices`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listDevices` except `last_row_key`, which it drives itself, and stops
   * at the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListDevices(params: Omit<AssetsListDevicesParams, "last_row_key">, options?: PageOptions): AsyncGenerator<AssetDevice, void, undefined> {
    return this.client.paginate<AssetDevice>(LIST_DEVICES, params, options);
  }

  /**
   * List the child assets of an asset, page by page (iot-02, closed to new projects).
   *
   * Returns the assets directly under an asset ("-1" for the top of the tree), with a row-key cursor:
   * pass each reply's last_row_key back until has_next is false. Unavailable to projects created after
   * 2023-06-20 (see the group).
   *
   * @returns One page of child assets.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  listSubAssets(params: AssetsListSubAssetsParams, options?: RequestOptions): Promise<AssetPage> {
    return this.client.call<AssetPage>(LIST_SUB_ASSETS, params, options);
  }

  /**
   * Every item of every page of `listSubAssets`, fetched page by page as you iterate.
   *
   * Takes the same parameters as `listSubAssets` except `last_row_key`, which it drives itself, and
   * stops at the last page (or throws TuyaError after `maxPages` pages).
   */
  iterListSubAssets(params: Omit<AssetsListSubAssetsParams, "last_row_key">, options?: PageOptions): AsyncGenerator<Asset, void, undefined> {
    return this.client.paginate<Asset>(LIST_SUB_ASSETS, params, options);
  }

  /**
   * Get an asset (iot-02, closed to new projects).
   *
   * Returns one asset with its name, full name and parent. Unavailable to projects created after
   * 2023-06-20.
   *
   * @returns The asset.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  get(params: AssetsGetParams, options?: RequestOptions): Promise<Asset> {
    return this.client.call<Asset>(GET, params, options);
  }

  /**
   * Get several assets by ID (iot-02, closed to new projects).
   *
   * Returns each given asset that exists. Unavailable to projects created after 2023-06-20.
   *
   * @returns One entry per asset found.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  list(params: AssetsListParams, options?: RequestOptions): Promise<Asset[]> {
    return this.client.call<Asset[]>(LIST, params, options);
  }

  /**
   * Create an asset (iot-02, closed to new projects).
   *
   * Creates an asset under a parent (at the top of the tree when parent_asset_id is omitted) and returns
   * its ID. Not retried automatically: a duplicate would create a second asset. Unavailable to projects
   * created after 2023-06-20.
   *
   * @returns ID of the new asset.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  create(params: AssetsCreateParams, options?: RequestOptions): Promise<string> {
    return this.client.call<string>(CREATE, params, options);
  }

  /**
   * Rename an asset (iot-02, closed to new projects).
   *
   * Sets an asset's name (and metadata template). Unavailable to projects created after 2023-06-20.
   *
   * @returns true when the asset was changed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  update(params: AssetsUpdateParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE, params, options);
  }

  /**
   * Delete an asset (iot-02, closed to new projects).
   *
   * Deletes an asset. Unavailable to projects created after 2023-06-20.
   *
   * @returns true when the asset was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/industrial-general-asset-management?id=Kaiuyamdko6sf
   */
  delete(params: AssetsDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }
}
