// Generated from spec/groups/scenes.yaml by `python -m generator`; do not edit.
// Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app or with scenes.trigger).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { LinkageDevice } from "../types.js";

export const LIST_DEVICES: Operation = {
  id: "scenes.list_devices",
  method: "GET",
  path: "/v1.0/homes/{home_id}/scene/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "LinkageDevice"}},
};

export const DELETE: Operation = {
  id: "scenes.delete",
  method: "DELETE",
  path: "/v1.0/homes/{home_id}/scenes/{scene_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "scene_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const TRIGGER: Operation = {
  id: "scenes.trigger",
  method: "POST",
  path: "/v1.0/homes/{home_id}/scenes/{scene_id}/trigger",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "scene_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_DEFAULT_PICTURES: Operation = {
  id: "scenes.list_default_pictures",
  method: "GET",
  path: "/v1.0/scenes/default-pictures",
  auth: "token",
  retrySafe: true,
  params: [
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"type": "string"}},
};

export const ENABLE: Operation = {
  id: "scenes.enable",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/scenes/{scene_id}/actions/enable",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "scene_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DISABLE: Operation = {
  id: "scenes.disable",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/scenes/{scene_id}/actions/disable",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "scene_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface ScenesListDevicesParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
}

export interface ScenesDeleteParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** ID of the tap-to-run scene. */
  scene_id: string;
}

export interface ScenesTriggerParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** ID of the tap-to-run scene to run. */
  scene_id: string;
}

export type ScenesListDefaultPicturesParams = Record<string, never>;

export interface ScenesEnableParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** ID of the tap-to-run scene. */
  scene_id: string;
}

export interface ScenesDisableParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** ID of the tap-to-run scene. */
  scene_id: string;
}

/** Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app or with scenes.trigger). */
export class ScenesResource extends Resource {
  /**
   * List the devices of a home that can be used in tap-to-run scenes.
   *
   * Returns the devices of the home that can be added to a tap-to-run scene as action targets. Each
   * entry carries the device ID, UUID, name, product ID and the home ID (as a string).
   *
   * @returns Devices usable in scenes; empty when the home has none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/64a27eb7a7?id=Ka7kkb9p8j5u6
   */
  listDevices(params: ScenesListDevicesParams, options?: RequestOptions): Promise<LinkageDevice[]> {
    return this.client.call<LinkageDevice[]>(LIST_DEVICES, params, options);
  }

  /**
   * Delete a tap-to-run scene of a home.
   *
   * Removes one tap-to-run scene from the home. Deleting a scene that no longer exists fails with an
   * error.
   *
   * @returns true when the scene was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/2e8ab293b7?id=Ka7kkbppgoqjg
   */
  delete(params: ScenesDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * Run a tap-to-run scene now.
   *
   * Executes every action of the scene once, immediately. There is no request body. The call is not
   * retried automatically: sending it twice runs the scene twice.
   *
   * @returns true when the scene was started.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d00954a2c9?id=Ka7kkc5bvqw4p
   */
  trigger(params: ScenesTriggerParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(TRIGGER, params, options);
  }

  /**
   * List Tuya's default cover images for scenes and automations.
   *
   * Returns the URLs of the stock cover pictures. Any of them can be passed as `background` when
   * creating or updating a scene or an automation. Trim the strings: the page's example shows a URL with
   * a trailing space.
   *
   * @returns Image URLs (strings; may carry stray whitespace).
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/c7c0d00c66?id=Ka7kkckkfiyw0
   */
  listDefaultPictures(params: ScenesListDefaultPicturesParams = {}, options?: RequestOptions): Promise<string[]> {
    return this.client.call<string[]>(LIST_DEFAULT_PICTURES, params, options);
  }

  /**
   * Enable a tap-to-run scene.
   *
   * Switches a disabled tap-to-run scene back on so it can be run again. No request body.
   *
   * @returns true when the scene is enabled.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/b103faa80b?id=Ka7kkczu86eqr
   */
  enable(params: ScenesEnableParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(ENABLE, params, options);
  }

  /**
   * Disable a tap-to-run scene.
   *
   * Switches a tap-to-run scene off without deleting it; it cannot be run until enabled again. No
   * request body.
   *
   * @returns true when the scene is disabled.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/1cfcfccfe6?id=Ka7kkdemlyipj
   */
  disable(params: ScenesDisableParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DISABLE, params, options);
  }
}
