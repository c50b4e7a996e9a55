// Generated from spec/groups/infrared.yaml by `python -m generator`; do not edit.
// Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls.

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { AcStatus, InfraredRemote, LearningCode, RemoteKeys } from "../types.js";

export const LIST_REMOTES: Operation = {
  id: "infrared.list_remotes",
  method: "GET",
  path: "/v2.0/infrareds/{infrared_id}/remotes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "InfraredRemote"}},
};

export const LIST_KEYS: Operation = {
  id: "infrared.list_keys",
  method: "GET",
  path: "/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/keys",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "RemoteKeys"},
};

export const SEND_KEY: Operation = {
  id: "infrared.send_key",
  method: "POST",
  path: "/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/raw/command",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "key_id", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 0}},
    {"name": "key", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [
    {"name": "key_or_key_id", "message": "name the key by key or by key_id", "when": {"field": "key", "present": false}, "then": {"field": "key_id", "present": true}},
  ],
  pagination: null,
  result: {"type": "boolean"},
};

export const SEND_STANDARD_KEY: Operation = {
  id: "infrared.send_standard_key",
  method: "POST",
  path: "/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/command",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "category_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "integer", "minimum": 1}},
    {"name": "key", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "remote_index", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 0}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const GET_AC_STATUS: Operation = {
  id: "infrared.get_ac_status",
  method: "GET",
  path: "/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/ac/status",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "AcStatus"},
};

export const SEND_AC_COMMAND: Operation = {
  id: "infrared.send_ac_command",
  method: "POST",
  path: "/v2.0/infrareds/{infrared_id}/air-conditioners/{remote_id}/command",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["power", "mode", "temp", "wind"]}},
    {"name": "value", "location": "body", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"]}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const SEND_AC_STATE: Operation = {
  id: "infrared.send_ac_state",
  method: "POST",
  path: "/v2.0/infrareds/{infrared_id}/air-conditioners/{remote_id}/scenes/command",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "power", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "enum": [0, 1]}},
    {"name": "mode", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 0, "maximum": 4}},
    {"name": "temp", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer"}},
    {"name": "wind", "location": "body", "required": false, "sensitive": false, "schema": {"type": "integer", "minimum": 0, "maximum": 3}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_LEARNING_CODES: Operation = {
  id: "infrared.list_learning_codes",
  method: "GET",
  path: "/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/learning-codes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "LearningCode"}},
};

export const SEND_LEARNING_CODE: Operation = {
  id: "infrared.send_learning_code",
  method: "POST",
  path: "/v2.0/infrareds/{infrared_id}/remotes/{remote_id}/learning-codes",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "code", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const SEND_KEY_V1: Operation = {
  id: "infrared.send_key_v1",
  method: "POST",
  path: "/v1.0/infrareds/{infrared_id}/remotes/{remote_id}/raw/command",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "infrared_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "remote_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "raw_key", "location": "body", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"]}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface InfraredListRemotesParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
}

export interface InfraredListKeysParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of the remote. */
  remote_id: string;
}

export interface InfraredSendKeyParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of the remote. */
  remote_id: string;
  /** The remote's category_id (from infrared.list_remotes). Range 1..inf. */
  category_id: number;
  /** ID of the key (from infrared.list_keys). Range 0..inf. */
  key_id?: number | undefined;
  /** Name of the key (from infrared.list_keys), e.g. power. */
  key?: string | undefined;
}

export interface InfraredSendStandardKeyParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of the remote. */
  remote_id: string;
  /** The remote's category_id. Range 1..inf. */
  category_id: number;
  /** Name of a standard key. */
  key: string;
  /** The remote's remote_index (optional). Range 0..inf. */
  remote_index?: number | undefined;
}

export interface InfraredGetAcStatusParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of an air-conditioner remote. */
  remote_id: string;
}

export interface InfraredSendAcCommandParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of an air-conditioner remote. */
  remote_id: string;
  /** Which setting. Known values "power", "mode", "temp", "wind"; others accepted. */
  code: string;
  /** The setting's value, an integer. */
  value: number | string;
}

export interface InfraredSendAcStateParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of an air-conditioner remote. */
  remote_id: string;
  /** 0 off, 1 on. */
  power?: 0 | 1 | undefined;
  /** 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry. Range 0..4. */
  mode?: number | undefined;
  /** Temperature in degrees Celsius. */
  temp?: number | undefined;
  /** 0 auto, 1 low, 2 medium, 3 high. Range 0..3. */
  wind?: number | undefined;
}

export interface InfraredListLearningCodesParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of the DIY remote. */
  remote_id: string;
}

export interface InfraredSendLearningCodeParams {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of the DIY remote. */
  remote_id: string;
  /** The learned code. */
  code: string;
}

export interface InfraredSendKeyV1Params {
  /** Device ID of the IR hub. */
  infrared_id: string;
  /** ID of the remote. */
  remote_id: string;
  /** The key's key_id (an integer) or its key name. */
  raw_key: number | string;
}

/** Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls. */
export class InfraredResource extends Resource {
  /**
   * List the virtual remotes bound to an IR hub.
   *
   * Returns every remote of the hub with its category, brand and code-library index.
   *
   * @returns The remotes; empty when none is bound.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/791872dd27?id=Kb3oe4qw98wmm
   */
  listRemotes(params: InfraredListRemotesParams, options?: RequestOptions): Promise<InfraredRemote[]> {
    return this.client.call<InfraredRemote[]>(LIST_REMOTES, params, options);
  }

  /**
   * List the keys of a virtual remote.
   *
   * Returns the remote's keys (send one with infrared.send_key, or with infrared.send_standard_key when
   * standard_key is true) and, for an air conditioner, the modes, temperatures and fan speeds it
   * accepts.
   *
   * @returns The remote's keys and ranges.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/ff7882b8a5?id=Kb3oe37sqdjx5
   */
  listKeys(params: InfraredListKeysParams, options?: RequestOptions): Promise<RemoteKeys> {
    return this.client.call<RemoteKeys>(LIST_KEYS, params, options);
  }

  /**
   * Send a key of a virtual remote (by key ID or name).
   *
   * Makes the hub send the remote's IR code for one key from infrared.list_keys, named by key_id or key
   * (one of them is required). Works for every category; for the standard keys of a category
   * infrared.send_standard_key is the simpler call. Not retried automatically: a second send presses the
   * key twice (a toggle such as power would undo the first).
   *
   * Rules (checked before anything is sent):
   * - name the key by key or by key_id.
   *
   * @returns true when the hub sent the key.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008, 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d59591e9f6?id=Kb3oe4hspk8bi
   */
  sendKey(params: InfraredSendKeyParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_KEY, params, options);
  }

  /**
   * Send a standard key of a virtual remote.
   *
   * Makes the hub send one of Tuya's standard keys of the remote's category (the keys with standard_key
   * true in infrared.list_keys), named by key, e.g. power or PowerOn. Not retried automatically.
   *
   * @returns true when the hub sent the key.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008, 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/e8b508745b?id=Kb3oe3hdwccwq
   */
  sendStandardKey(params: InfraredSendStandardKeyParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_STANDARD_KEY, params, options);
  }

  /**
   * Get the last state sent to an air-conditioner remote.
   *
   * Returns power, mode, temperature and fan speed as last sent through the remote (an IR appliance does
   * not report back, so this is what the cloud sent, not a reading). All values are strings of digits.
   *
   * @returns The state, values as strings.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/7c201040b7?id=Kb3oea6v4yxy5
   */
  getAcStatus(params: InfraredGetAcStatusParams, options?: RequestOptions): Promise<AcStatus> {
    return this.client.call<AcStatus>(GET_AC_STATUS, params, options);
  }

  /**
   * Set one setting of an air conditioner through its remote.
   *
   * Sends one setting: code power (0 off, 1 on), mode (0 cool, 1 heat, 2 auto, 3 fan only, 4 dry), temp
   * (degrees Celsius, in the range infrared.list_keys gives) or wind (0 auto to 3 high). For several
   * settings at once use infrared.send_ac_state. Not retried automatically.
   *
   * @returns true when the hub sent the command.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008, 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/cn/docs/legacy-reference-of-cloud-service-apis/2b433a31dc?id=Kcojqgbgykvt3
   */
  sendAcCommand(params: InfraredSendAcCommandParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_AC_COMMAND, params, options);
  }

  /**
   * Set an air conditioner's power, mode, temperature and fan at once.
   *
   * Sends the combined state in one IR command, as an AC remote's own buttons do. Settings left out keep
   * their last value. Not retried automatically.
   *
   * @returns true when the hub sent the command.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008, 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/cn/docs/legacy-reference-of-cloud-service-apis/ir-control-hub-open-service?id=Kcojq9nr6vi92
   */
  sendAcState(params: InfraredSendAcStateParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_AC_STATE, params, options);
  }

  /**
   * List the codes a DIY remote learned.
   *
   * Returns the IR codes saved on the remote by learning, one per key.
   *
   * @returns The learned codes; empty for a remote that learned none.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/5c93c9ffc5?id=Kb3oebi2lvz0k
   */
  listLearningCodes(params: InfraredListLearningCodesParams, options?: RequestOptions): Promise<LearningCode[]> {
    return this.client.call<LearningCode[]>(LIST_LEARNING_CODES, params, options);
  }

  /**
   * Send a learned IR code through a DIY remote.
   *
   * Makes the hub send the code (a code from infrared.list_learning_codes). Not retried automatically.
   *
   * @returns true when the hub sent the code.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/6c376807b5?id=Kb3oeb91u35ga
   */
  sendLearningCode(params: InfraredSendLearningCodeParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_LEARNING_CODE, params, options);
  }

  /**
   * Send a key of a virtual remote (v1.0, raw_key).
   *
   * The v1.0 form of infrared.send_key: the key is named by raw_key (a key_id or a key name from
   * infrared.list_keys) and no category is sent. Prefer infrared.send_key (v2.0), which Tuya documents;
   * this one is here because homebridge-tuya-ir still sends its keys this way. Not retried
   * automatically.
   *
   * @returns true when the hub sent the key.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2008, 2009.
   * @throws {NotFoundError} Tuya answered 1000, 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://github.com/prasad-edlabadka/homebridge-tuya-ir
   */
  sendKeyV1(params: InfraredSendKeyV1Params, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(SEND_KEY_V1, params, options);
  }
}
