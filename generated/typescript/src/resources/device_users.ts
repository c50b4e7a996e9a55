// Generated from spec/groups/device_users.yaml by `python -m generator`; do not edit.
// Device users: Users attached to a single device (its own user list, separate from home members).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";

export const DELETE: Operation = {
  id: "device_users.delete",
  method: "DELETE",
  path: "/v1.0/devices/{device_id}/users/{user_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "user_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface DeviceUsersDeleteParams {
  /** Device ID. */
  device_id: string;
  /** ID of the device user to remove. */
  user_id: string;
}

/** Device users: Users attached to a single device (its own user list, separate from home members). */
export class DeviceUsersResource extends Resource {
  /**
   * Remove a user from a device's user list.
   *
   * Deletes one user from the device's user list; afterwards that user can no longer operate the device.
   * This is the device-level user list, not a home membership, an access-control person or a smart-lock
   * member.
   *
   * @returns true when the user was removed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/651ed36cf4?id=Karrvqb08mcdl
   */
  delete(params: DeviceUsersDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }
}
