// Generated from spec/groups/open_hub.yaml by `python -m generator`; do not edit.
// Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { OpenHubConfig } from "../types.js";

export const GET_ACCESS_CONFIG: Operation = {
  id: "open_hub.get_access_config",
  method: "POST",
  path: "/v1.0/iot-03/open-hub/access-config",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "uid", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "link_id", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "link_type", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["mqtt", "websocket"]}},
    {"name": "topics", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["device"]}},
    {"name": "msg_encrypted_version", "location": "body", "required": false, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["1.0", "2.0"]}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "OpenHubConfig"},
};

export interface OpenHubGetAccessConfigParams {
  /** The linked user whose device pushes to receive. */
  uid: string;
  /** A name for this connection, chosen by the client. */
  link_id: string;
  /** How the client connects: mqtt or websocket. Known values "mqtt", "websocket"; others accepted. */
  link_type: string;
  /** What to receive: device (device status pushes). Known values "device"; others accepted. */
  topics: string;
  /**
   * Message encryption version: "2.0" (the iot-03 clients send it), "1.0" for older ones. Known values
   * "1.0", "2.0"; others accepted.
   */
  msg_encrypted_version?: string | undefined;
}

/** Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them). */
export class OpenHubResource extends Resource {
  /**
   * Get the MQTT settings for a user's pushes.
   *
   * Returns the broker address, credentials and topics an MQTT client uses to receive a linked user's
   * device pushes; the settings expire after expire_time seconds. link_id names the connection (a client
   * keeps one per link). Tuya documents no OpenAPI page for it; cloud projects get pushes from the
   * message service (TuyaEvents) instead.
   *
   * @returns The connection settings.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2006.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://github.com/tuya/tuya-iot-python-sdk
   */
  getAccessConfig(params: OpenHubGetAccessConfigParams, options?: RequestOptions): Promise<OpenHubConfig> {
    return this.client.call<OpenHubConfig>(GET_ACCESS_CONFIG, params, options);
  }
}
