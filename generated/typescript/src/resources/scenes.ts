// Generated from spec/groups/scenes.yaml by `python -m generator`; do not edit.
// Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { AutomationAction, DeviceScenes, LinkageDevice, Scene } from "../types.js";

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

export const LIST: Operation = {
  id: "scenes.list",
  method: "GET",
  path: "/v1.0/homes/{home_id}/scenes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Scene"}},
};

export const LIST_V1_1: Operation = {
  id: "scenes.list_v1_1",
  method: "GET",
  path: "/v1.1/homes/{home_id}/scenes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Scene"}},
};

export const CREATE: Operation = {
  id: "scenes.create",
  method: "POST",
  path: "/v1.0/homes/{home_id}/scenes",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "background", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "actions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "string"},
};

export const UPDATE: Operation = {
  id: "scenes.update",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/scenes/{scene_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "scene_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "background", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "actions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_FOR_DEVICE: Operation = {
  id: "scenes.list_for_device",
  method: "GET",
  path: "/v1.0/devices/{device_id}/scenes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceScenes"},
};

export const BIND_TO_DEVICE: Operation = {
  id: "scenes.bind_to_device",
  method: "POST",
  path: "/v1.0/devices/{device_id}/scenes/{scene_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "scene_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "value", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": ["boolean", "object"]},
};

export const UNBIND_FROM_DEVICE: Operation = {
  id: "scenes.unbind_from_device",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}/scenes/{scene_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
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

export interface ScenesListParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
}

export interface ScenesListV11Params {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
}

export interface ScenesCreateParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Scene name. */
  name: string;
  /** Cover image URL, e.g. one from scenes.list_default_pictures (stripped of whitespace). */
  background: string;
  /** Steps to run, in order. */
  actions: AutomationAction[];
}

export interface ScenesUpdateParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** ID of the scene to overwrite. */
  scene_id: string;
  /** Scene name. */
  name: string;
  /** Cover image URL. */
  background: string;
  /** Steps to run, in order; entity_id is required for steps that act on a device. */
  actions: AutomationAction[];
}

export interface ScenesListForDeviceParams {
  /** Device ID of the scene switch. */
  device_id: string;
}

export interface ScenesBindToDeviceParams {
  /** Device ID of the scene switch. */
  device_id: string;
  /** ID of a tap-to-run scene of the device's home. */
  scene_id: string;
  /** DP code of the button (a standard instruction code of the device), e.g. scene_1. */
  code: string;
  /** The instruction's value that runs the scene, as a string, e.g. scene. */
  value: string;
}

export interface ScenesUnbindFromDeviceParams {
  /** Device ID of the scene switch. */
  device_id: string;
  /** ID of the bound scene. */
  scene_id: string;
}

/** Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device). */
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

  /**
   * List the tap-to-run scenes of a home (v1.0).
   *
   * Returns every tap-to-run scene of the home with its actions and enabled state. The v1.1 list
   * (scenes.list_v1_1) returns the same scenes plus a status per scene and is the version Tuya's current
   * scene API list names; use it in new code. This v1.0 call is kept because existing projects and
   * libraries (tuya-iot-py-sdk, the Hubitat driver) call it; Tuya has archived its page.
   *
   * @returns The home's scenes; empty when it has none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/archived-documents/e20bd88817?id=Kc2xfz3d6z5g9
   */
  list(params: ScenesListParams, options?: RequestOptions): Promise<Scene[]> {
    return this.client.call<Scene[]>(LIST, params, options);
  }

  /**
   * List the tap-to-run scenes of a home (v1.1, with status).
   *
   * Returns every tap-to-run scene of the home with its actions, enabled state and a status string ("1"
   * for a normal scene). Prefer it to scenes.list (v1.0): it is the version Tuya's current scene API
   * list names, and it reports the same scenes. Its actions may carry extra_property and
   * action_strategy; a scene may come without enabled.
   *
   * @returns The home's scenes; empty when it has none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/archived-documents/b896ea2090?id=Kchmouznlvlm3
   */
  listV11(params: ScenesListV11Params, options?: RequestOptions): Promise<Scene[]> {
    return this.client.call<Scene[]>(LIST_V1_1, params, options);
  }

  /**
   * Create a tap-to-run scene in a home.
   *
   * Adds a tap-to-run scene and returns its ID. Actions run in order when the scene is triggered:
   * dpIssue sends DPs to a device of the home, delay waits, ruleEnable and ruleDisable switch an
   * automation or another scene on or off. Not retried automatically: a second send would create a
   * second scene.
   *
   * @returns ID of the new scene.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/5bfb814332?id=Kcxni2udvhzc8
   */
  create(params: ScenesCreateParams, options?: RequestOptions): Promise<string> {
    return this.client.call<string>(CREATE, params, options);
  }

  /**
   * Replace a tap-to-run scene's name, cover and actions.
   *
   * Overwrites the scene with a new name, cover image and action list (all three required; nothing is
   * kept from the old definition). The scene keeps its ID and enabled state.
   *
   * @returns true when the scene was replaced.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/774321d68c?id=Kc29dc54ceuz0
   */
  update(params: ScenesUpdateParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE, params, options);
  }

  /**
   * List the scenes bound to the buttons of a scene switch.
   *
   * For a scene switch (a device whose buttons run scenes), returns each bound button's DP code and
   * value with the scene it runs. Bind with scenes.bind_to_device, unbind with
   * scenes.unbind_from_device.
   *
   * @returns The device and its bound scenes.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/c7471b4202?id=Kc8lfxl7ecuou
   */
  listForDevice(params: ScenesListForDeviceParams, options?: RequestOptions): Promise<DeviceScenes> {
    return this.client.call<DeviceScenes>(LIST_FOR_DEVICE, params, options);
  }

  /**
   * Bind a scene to a button of a scene switch.
   *
   * Associates the scene with one instruction of the device (its DP code and value): from then on,
   * setting that DP to that value, from the device or with a command, runs the scene. Binding another
   * scene to the same button replaces the old binding.
   *
   * @returns true when bound (an object {"success":true} in the page's example; kept as sent).
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2008.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/5889f49033?id=Kc8lfxefi9xj8
   */
  bindToDevice(params: ScenesBindToDeviceParams, options?: RequestOptions): Promise<boolean | Record<string, unknown>> {
    return this.client.call<boolean | Record<string, unknown>>(BIND_TO_DEVICE, params, options);
  }

  /**
   * Unbind a scene from a scene switch.
   *
   * Removes every binding of the scene on the device; its buttons no longer run it.
   *
   * @returns true when the scene was unbound.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/scene-and-automatic?id=Kcb5kosnqir6x
   */
  unbindFromDevice(params: ScenesUnbindFromDeviceParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UNBIND_FROM_DEVICE, params, options);
  }
}
