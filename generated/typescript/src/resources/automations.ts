// Generated from spec/groups/automations.yaml by `python -m generator`; do not edit.
// Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { Automation, AutomationAction, AutomationCondition, AutomationConditionDisplay, AutomationPrecondition, DeviceLinkageCodes, LinkageDevice, WeatherCondition } from "../types.js";

export const LIST_DEVICES: Operation = {
  id: "automations.list_devices",
  method: "GET",
  path: "/v1.0/homes/{home_id}/automation/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "type", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "enum": ["condition", "action"]}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "LinkageDevice"}},
};

export const GET: Operation = {
  id: "automations.get",
  method: "GET",
  path: "/v1.0/homes/{home_id}/automations/{automation_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "automation_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "Automation"},
};

export const UPDATE: Operation = {
  id: "automations.update",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/automations/{automation_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "automation_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "background", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "match_type", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2, 3]}},
    {"name": "condition_rule", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "preconditions", "location": "body", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"$ref": "AutomationPrecondition"}}},
    {"name": "conditions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "AutomationCondition"}}},
    {"name": "actions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}}},
  ],
  rules: [
    {"name": "custom_match_needs_rule", "message": "match_type 3 (custom logic) needs condition_rule", "when": {"field": "match_type", "const": 3}, "then": {"field": "condition_rule", "present": true}},
  ],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE: Operation = {
  id: "automations.delete",
  method: "DELETE",
  path: "/v1.0/homes/{home_id}/automations/{automation_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "automation_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const ENABLE: Operation = {
  id: "automations.enable",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/automations/{automation_id}/actions/enable",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "automation_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DISABLE: Operation = {
  id: "automations.disable",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/automations/{automation_id}/actions/disable",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "automation_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const GET_DEVICE_LINKAGE_CODES: Operation = {
  id: "automations.get_device_linkage_codes",
  method: "GET",
  path: "/v1.0/devices/{device_id}/enable-linkage/codes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "DeviceLinkageCodes"},
};

export const LIST_HOME_LINKAGE_CODES: Operation = {
  id: "automations.list_home_linkage_codes",
  method: "GET",
  path: "/v1.0/homes/{home_id}/enable-linkage/codes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "DeviceLinkageCodes"}},
};

export const LIST: Operation = {
  id: "automations.list",
  method: "GET",
  path: "/v1.0/homes/{home_id}/automations",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Automation"}},
};

export const CREATE: Operation = {
  id: "automations.create",
  method: "POST",
  path: "/v1.0/homes/{home_id}/automations",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "background", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "match_type", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2, 3]}},
    {"name": "condition_rule", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "preconditions", "location": "body", "required": false, "sensitive": false, "schema": {"type": "array", "items": {"$ref": "AutomationPrecondition"}}},
    {"name": "conditions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "AutomationCondition"}}},
    {"name": "actions", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"$ref": "AutomationAction"}}},
  ],
  rules: [
    {"name": "custom_match_needs_rule", "message": "match_type 3 (custom logic) needs condition_rule", "when": {"field": "match_type", "const": 3}, "then": {"field": "condition_rule", "present": true}},
  ],
  pagination: null,
  result: {"type": "string"},
};

export const LIST_WEATHER_CONDITIONS: Operation = {
  id: "automations.list_weather_conditions",
  method: "GET",
  path: "/v1.0/homes/automation/weather/conditions",
  auth: "token",
  retrySafe: true,
  params: [
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "WeatherCondition"}},
};

export const TRIGGER_EXTERNAL_CONDITION: Operation = {
  id: "automations.trigger_external_condition",
  method: "POST",
  path: "/v1.0/homes/{home_id}/automations/{automation_id}/conditions/trigger",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "automation_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "entity_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "display", "location": "body", "required": true, "sensitive": false, "schema": {"$ref": "AutomationConditionDisplay"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface AutomationsListDevicesParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Which role to list devices for. */
  type?: "condition" | "action" | undefined;
}

export interface AutomationsGetParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Automation ID. */
  automation_id: string;
}

export interface AutomationsUpdateParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** ID of the automation to overwrite. */
  automation_id: string;
  /** Automation name. */
  name: string;
  /** Cover image URL, e.g. one from scenes.list_default_pictures (stripped of whitespace). */
  background: string;
  /** 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is true. */
  match_type: 1 | 2 | 3;
  /** Logic over the conditions' order_num values, e.g. '1&&2||3'; required with match_type 3. */
  condition_rule?: string | undefined;
  /** Effective time windows; leave out for an automation that may fire at any time. */
  preconditions?: AutomationPrecondition[] | undefined;
  /** Triggers; order_num must be unique within the list. */
  conditions: AutomationCondition[];
  /** Steps to run, in order. */
  actions: AutomationAction[];
}

export interface AutomationsDeleteParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Automation ID. */
  automation_id: string;
}

export interface AutomationsEnableParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Automation ID. */
  automation_id: string;
}

export interface AutomationsDisableParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Automation ID. */
  automation_id: string;
}

export interface AutomationsGetDeviceLinkageCodesParams {
  /** Device ID. */
  device_id: string;
}

export interface AutomationsListHomeLinkageCodesParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
}

export interface AutomationsListParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
}

export interface AutomationsCreateParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Automation name. */
  name: string;
  /** Cover image URL, e.g. one from scenes.list_default_pictures (stripped of whitespace). */
  background: string;
  /** 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is true. */
  match_type: 1 | 2 | 3;
  /** Logic over the conditions' order_num values, e.g. '1&&2||3'; required with match_type 3. */
  condition_rule?: string | undefined;
  /** Effective time windows; leave out for an automation that may fire at any time. */
  preconditions?: AutomationPrecondition[] | undefined;
  /** Triggers; order_num must be unique within the list. */
  conditions: AutomationCondition[];
  /** Steps to run, in order. */
  actions: AutomationAction[];
}

export type AutomationsListWeatherConditionsParams = Record<string, never>;

export interface AutomationsTriggerExternalConditionParams {
  /** Home ID. Numeric; accepted as int or str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
  /** Automation ID. */
  automation_id: string;
  /** ID of the external condition (its entity_id in automations.get). */
  entity_id: string;
  /** What happened: {"code": ..., "value": ...}, as the condition's display names them. */
  display: AutomationConditionDisplay;
}

/** Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions). */
export class AutomationsResource extends Resource {
  /**
   * List the devices of a home that can be used in automations.
   *
   * Returns the devices of the home that can take part in automations. Pass type=condition for devices
   * usable as triggers or type=action for devices usable as action targets; without it the page does not
   * say which set is returned.
   *
   * @returns Devices usable in automations; empty when none qualify.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/1c8050923f?id=Ka7kkenxyq1hh
   */
  listDevices(params: AutomationsListDevicesParams, options?: RequestOptions): Promise<LinkageDevice[]> {
    return this.client.call<LinkageDevice[]>(LIST_DEVICES, params, options);
  }

  /**
   * Get one automation of a home.
   *
   * Returns an automation with its time windows, conditions, actions, match type and enabled state. The
   * shape of each condition's display depends on its entity_type (see AutomationConditionDisplay); those
   * inner shapes are documented less precisely than the top-level fields.
   *
   * @returns The automation.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/archived-documents/99ca8c46bb?id=Ka7kkf3ddkg7s
   */
  get(params: AutomationsGetParams, options?: RequestOptions): Promise<Automation> {
    return this.client.call<Automation>(GET, params, options);
  }

  /**
   * Replace an automation's definition.
   *
   * Overwrites the automation with a full new definition: name, cover image, match type, conditions,
   * actions and, optionally, time windows. Fields left out are not kept, so send the whole rule (e.g.
   * start from automations.get). With match_type 3, condition_rule combines the conditions by their
   * order_num, e.g. '1&&2||3'.
   *
   * Rules (checked before anything is sent):
   * - match_type 3 (custom logic) needs condition_rule.
   *
   * @returns true when the automation was replaced.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/1135ebf0e9?id=Kc2xhrbnxpe1s
   */
  update(params: AutomationsUpdateParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE, params, options);
  }

  /**
   * Delete an automation of a home.
   *
   * Removes one automation from the home. No request body is needed.
   *
   * @returns true when the automation was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/2f15aaab2d?id=Ka7kkfi6iz28j
   */
  delete(params: AutomationsDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * Enable an automation.
   *
   * Switches an automation on so its conditions fire it again. No request body.
   *
   * @returns true when the automation is enabled.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/1b5a54062c?id=Ka7kkdtsv94x0
   */
  enable(params: AutomationsEnableParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(ENABLE, params, options);
  }

  /**
   * Disable an automation.
   *
   * Switches an automation off without deleting it; its conditions no longer fire it. No request body.
   *
   * @returns true when the automation is disabled.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/98cf4cc1a5?id=Ka7kke81rhe0j
   */
  disable(params: AutomationsDisableParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DISABLE, params, options);
  }

  /**
   * List the DP codes of a device usable in automations.
   *
   * Returns which DPs of one device can trigger an automation (status) and which can be set by an action
   * (functions), each with its value type and range. Use these codes in condition display.code and in
   * dpIssue executor_property.
   *
   * @returns The device's usable action and condition codes.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/ec67f6d0e9?id=Ka7kkathqbv3r
   */
  getDeviceLinkageCodes(params: AutomationsGetDeviceLinkageCodesParams, options?: RequestOptions): Promise<DeviceLinkageCodes> {
    return this.client.call<DeviceLinkageCodes>(GET_DEVICE_LINKAGE_CODES, params, options);
  }

  /**
   * List the automation-usable DP codes of every device in a home.
   *
   * The home-wide form of automations.get_device_linkage_codes: one entry per device with the DPs that
   * can trigger conditions (status) and be set by actions (functions).
   *
   * @returns One entry per device; empty when the home has no suitable devices.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/7a89730ad5?id=Ka7kkfwnjamns
   */
  listHomeLinkageCodes(params: AutomationsListHomeLinkageCodesParams, options?: RequestOptions): Promise<DeviceLinkageCodes[]> {
    return this.client.call<DeviceLinkageCodes[]>(LIST_HOME_LINKAGE_CODES, params, options);
  }

  /**
   * List the automations of a home.
   *
   * Returns every automation of the home, each in the shape automations.get returns: time windows,
   * conditions, actions, match type and enabled state.
   *
   * @returns The home's automations; empty when it has none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/dfff0c888e?id=Kcxnhy6tg7vq1
   */
  list(params: AutomationsListParams, options?: RequestOptions): Promise<Automation[]> {
    return this.client.call<Automation[]>(LIST, params, options);
  }

  /**
   * Create an automation in a home.
   *
   * Adds an automation and returns its ID. It fires its actions when its conditions match (any of them
   * with match_type 1, all with 2, condition_rule with 3), within its time windows if it has any. New
   * automations are enabled. Not retried automatically: a second send would create a second automation.
   *
   * Rules (checked before anything is sent):
   * - match_type 3 (custom logic) needs condition_rule.
   *
   * @returns ID of the new automation.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/b5d0e46091?id=Kcxnhy97t7bph
   */
  create(params: AutomationsCreateParams, options?: RequestOptions): Promise<string> {
    return this.client.call<string>(CREATE, params, options);
  }

  /**
   * List the weather conditions automations can use.
   *
   * Returns the weather quantities (temperature, humidity, weather, PM2.5, AQI, wind speed,
   * sunrise/sunset) a weather condition (entity_type 3) may compare, each with its operators (a JSON
   * text array) and value range. In a condition, write the category with a $ in front (temp becomes
   * $temp).
   *
   * @returns The weather conditions.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/05bafbdd61?id=Kcxnhy0w2w4d9
   */
  listWeatherConditions(params: AutomationsListWeatherConditionsParams = {}, options?: RequestOptions): Promise<WeatherCondition[]> {
    return this.client.call<WeatherCondition[]>(LIST_WEATHER_CONDITIONS, params, options);
  }

  /**
   * Fire an automation's external condition.
   *
   * Reports that an external condition (entity_type 15) of the automation has happened: entity_id is the
   * condition's ID, which the cloud generated when the automation was saved (read it with
   * automations.get), and display carries the code and value the condition waits for. If that makes the
   * automation's conditions hold (any of them for match_type 1, all for 2, condition_rule for 3) within
   * its time windows, its actions run and the result is true; otherwise nothing runs and the result is
   * false. Not retried automatically: a second send would run the actions again.
   *
   * @returns true when the automation fired.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 1000.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/5c91c3d686?id=Kc2xh7x18kh98
   */
  triggerExternalCondition(params: AutomationsTriggerExternalConditionParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(TRIGGER_EXTERNAL_CONDITION, params, options);
  }
}
