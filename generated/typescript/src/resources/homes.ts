// Generated from spec/groups/homes.yaml by `python -m generator`; do not edit.
// Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { Device, Home, HomeMember } from "../types.js";

export const GET: Operation = {
  id: "homes.get",
  method: "GET",
  path: "/v1.0/homes/{home_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "Home"},
};

export const DELETE: Operation = {
  id: "homes.delete",
  method: "DELETE",
  path: "/v1.0/homes/{home_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_DEVICES: Operation = {
  id: "homes.list_devices",
  method: "GET",
  path: "/v1.0/homes/{home_id}/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Device"}},
};

export const LIST_MEMBERS: Operation = {
  id: "homes.list_members",
  method: "GET",
  path: "/v1.0/homes/{home_id}/members",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "HomeMember"}},
};

export const UPDATE_MEMBER: Operation = {
  id: "homes.update_member",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/members/{uid}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "admin", "location": "body", "required": true, "sensitive": false, "schema": {"type": "boolean"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const DELETE_MEMBER: Operation = {
  id: "homes.delete_member",
  method: "DELETE",
  path: "/v1.0/homes/{home_id}/members/{uid}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const ADD_ROOM: Operation = {
  id: "homes.add_room",
  method: "POST",
  path: "/v1.0/homes/{home_id}/room",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "integer", "format": "int64"},
};

export const DELETE_ROOM: Operation = {
  id: "homes.delete_room",
  method: "DELETE",
  path: "/v1.0/homes/{home_id}/rooms/{room_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "room_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const RENAME_ROOM: Operation = {
  id: "homes.rename_room",
  method: "PUT",
  path: "/v1.0/homes/{home_id}/rooms/{room_id}",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "room_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "name", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const LIST_ROOM_DEVICES: Operation = {
  id: "homes.list_room_devices",
  method: "GET",
  path: "/v1.0/homes/{home_id}/rooms/{room_id}/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "room_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Device"}},
};

export const LIST_FOR_USER: Operation = {
  id: "homes.list_for_user",
  method: "GET",
  path: "/v1.0/users/{uid}/homes",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "array", "items": {"$ref": "Home"}},
};

export const ADD_ROOM_DEVICES: Operation = {
  id: "homes.add_room_devices",
  method: "POST",
  path: "/v1.0/homes/{home_id}/rooms/{room_id}/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "room_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "device_ids", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export const REMOVE_ROOM_DEVICES: Operation = {
  id: "homes.remove_room_devices",
  method: "DELETE",
  path: "/v1.0/homes/{home_id}/rooms/{room_id}/devices",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "home_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "room_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": ["integer", "string"], "format": "int64", "pattern": "^[0-9]+$"}},
    {"name": "device_ids", "location": "body", "required": true, "sensitive": false, "schema": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}},
  ],
  rules: [],
  pagination: null,
  result: {"type": "boolean"},
};

export interface HomesGetParams {
  /** Home ID; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit integer. */
  home_id: number | bigint | string;
}

export interface HomesDeleteParams {
  /**
   * Home to delete; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  home_id: number | bigint | string;
}

export interface HomesListDevicesParams {
  /**
   * Home whose devices are listed; a numeric ID, accepted as int or as a decimal str. Must match
   * `^[0-9]+$`. A 64-bit integer.
   */
  home_id: number | bigint | string;
}

export interface HomesListMembersParams {
  /**
   * Home whose members are listed; a numeric ID, accepted as int or as a decimal str. Must match
   * `^[0-9]+$`. A 64-bit integer.
   */
  home_id: number | bigint | string;
}

export interface HomesUpdateMemberParams {
  /**
   * Home of the member; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A
   * 64-bit integer.
   */
  home_id: number | bigint | string;
  /** User ID of the member to change. */
  uid: string;
  /** true to make the member an administrator, false for an ordinary member. */
  admin: boolean;
}

export interface HomesDeleteMemberParams {
  /**
   * Home of the member; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A
   * 64-bit integer.
   */
  home_id: number | bigint | string;
  /** User ID of the member to remove. */
  uid: string;
}

export interface HomesAddRoomParams {
  /**
   * Home to add the room to; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A
   * 64-bit integer.
   */
  home_id: number | bigint | string;
  /** Name of the new room. */
  name: string;
}

export interface HomesDeleteRoomParams {
  /**
   * Home of the room; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  home_id: number | bigint | string;
  /**
   * Room to delete; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  room_id: number | bigint | string;
}

export interface HomesRenameRoomParams {
  /**
   * Home of the room; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  home_id: number | bigint | string;
  /**
   * Room to rename; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  room_id: number | bigint | string;
  /** New name of the room (no length limit is documented). */
  name: string;
}

export interface HomesListRoomDevicesParams {
  /**
   * Home of the room; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  home_id: number | bigint | string;
  /**
   * Room whose devices are listed; a numeric ID, accepted as int or as a decimal str. Must match
   * `^[0-9]+$`. A 64-bit integer.
   */
  room_id: number | bigint | string;
}

export interface HomesListForUserParams {
  /** Tuya user ID (e.g. the UID of the linked app account). */
  uid: string;
}

export interface HomesAddRoomDevicesParams {
  /**
   * Home of the room; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  home_id: number | bigint | string;
  /**
   * Room to put the devices in; a numeric ID, accepted as int or as a decimal str. Must match
   * `^[0-9]+$`. A 64-bit integer.
   */
  room_id: number | bigint | string;
  /** IDs of the devices to place in the room, one device ID per item (no maximum is documented). */
  device_ids: string[];
}

export interface HomesRemoveRoomDevicesParams {
  /**
   * Home of the room; a numeric ID, accepted as int or as a decimal str. Must match `^[0-9]+$`. A 64-bit
   * integer.
   */
  home_id: number | bigint | string;
  /**
   * Room to take the devices out of; a numeric ID, accepted as int or as a decimal str. Must match
   * `^[0-9]+$`. A 64-bit integer.
   */
  room_id: number | bigint | string;
  /** IDs of the devices to remove from the room, one device ID per item. */
  device_ids: string[];
}

/** Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room). */
export class HomesResource extends Resource {
  /**
   * Get the profile of a home.
   *
   * Returns the name, location (longitude, latitude, address) and, where Tuya sends it, the caller's
   * role for one home.
   *
   * @returns The home's profile.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/0dbe66fef6?id=Kcb5j95pgdeu0
   */
  get(params: HomesGetParams, options?: RequestOptions): Promise<Home> {
    return this.client.call<Home>(GET, params, options);
  }

  /**
   * Delete a home.
   *
   * Removes a home. Its rooms and members go with it, so this cannot be undone; Tuya returns true when
   * the home was removed.
   *
   * @returns true when the home was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/6889fd21cf?id=Kawfjei1b8ci4
   */
  delete(params: HomesDeleteParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE, params, options);
  }

  /**
   * List the devices of a home.
   *
   * Returns every device of the home in one list (no paging), with its details and latest DP values.
   * Times are 10-digit Unix seconds.
   *
   * @returns The home's devices.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d7ee73aadb?id=Kawfjer0wkt2a
   */
  listDevices(params: HomesListDevicesParams, options?: RequestOptions): Promise<Device[]> {
    return this.client.call<Device[]>(LIST_DEVICES, params, options);
  }

  /**
   * List the members of a home.
   *
   * Returns every member of the home with their account, nickname and whether they are an administrator
   * or the owner. Accounts come back partly masked.
   *
   * @returns The home's members.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/9e1fa96cca?id=Kawfjf04nr6dd
   */
  listMembers(params: HomesListMembersParams, options?: RequestOptions): Promise<HomeMember[]> {
    return this.client.call<HomeMember[]>(LIST_MEMBERS, params, options);
  }

  /**
   * Make a home member an administrator or an ordinary member.
   *
   * Sets the admin flag of one member of the home: true grants administrator rights, false turns the
   * member into an ordinary member. Setting the same value again changes nothing.
   *
   * @returns true when the member was updated.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1100, 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/9a1353697a?id=Kawfjfigqx7va
   */
  updateMember(params: HomesUpdateMemberParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(UPDATE_MEMBER, params, options);
  }

  /**
   * Remove a member from a home.
   *
   * Takes one user out of the home; Tuya returns true when the member was removed.
   *
   * @returns true when the member was removed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/cd4ca9d9af?id=Kawfjfrashst0
   */
  deleteMember(params: HomesDeleteMemberParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE_MEMBER, params, options);
  }

  /**
   * Add a room to a home.
   *
   * Creates a room with the given name in the home and returns the new room's numeric ID (use it with
   * the room calls of this group). Note the path ends in the singular `room`, unlike every other room
   * call. Sending it twice creates two rooms.
   *
   * @returns ID of the new room.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1100, 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/42590b6dcc?id=Kawfjg0brs1zl
   */
  addRoom(params: HomesAddRoomParams, options?: RequestOptions): Promise<number | bigint> {
    return this.client.call<number | bigint>(ADD_ROOM, params, options);
  }

  /**
   * Delete a room from a home.
   *
   * Removes one room of the home; Tuya returns true when it was deleted.
   *
   * @returns true when the room was deleted.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/cf7a22a637?id=Kawfjgin5zae3
   */
  deleteRoom(params: HomesDeleteRoomParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(DELETE_ROOM, params, options);
  }

  /**
   * Rename a room.
   *
   * Gives a room of the home a new name; Tuya returns true when the name was changed.
   *
   * @returns true when the room was renamed.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1100, 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/04635dba27?id=Kawfjgribi8tq
   */
  renameRoom(params: HomesRenameRoomParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(RENAME_ROOM, params, options);
  }

  /**
   * List the devices in a room.
   *
   * Returns every device assigned to one room of the home in one list (no paging). Times are 10-digit
   * Unix seconds.
   *
   * @returns The room's devices.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/23ecef19df?id=Kawfjh0l67rd9
   */
  listRoomDevices(params: HomesListRoomDevicesParams, options?: RequestOptions): Promise<Device[]> {
    return this.client.call<Device[]>(LIST_ROOM_DEVICES, params, options);
  }

  /**
   * List the homes a user belongs to.
   *
   * Returns every home the Tuya app user is a member of, with each home's profile and the user's role in
   * it. Use the home_id values with the other calls of this group.
   *
   * @returns The user's homes.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2006.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/f5dd40ed14?id=Kawfjh9hpov1n
   */
  listForUser(params: HomesListForUserParams, options?: RequestOptions): Promise<Home[]> {
    return this.client.call<Home[]>(LIST_FOR_USER, params, options);
  }

  /**
   * Put devices of a home into a room.
   *
   * Assigns one or more devices that already belong to the home to a room. Devices that are already in
   * the room stay there, so repeating the call is harmless. Tuya returns true on success.
   *
   * @returns true when the devices were added to the room.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1100, 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/580cf6d356?id=Kawfjhifn3l0x
   */
  addRoomDevices(params: HomesAddRoomDevicesParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(ADD_ROOM_DEVICES, params, options);
  }

  /**
   * Take devices out of a room.
   *
   * Removes one or more devices from a room of the home (they stay in the home). This DELETE carries a
   * JSON body with device_ids; the body is part of the signed request. Tuya returns true on success.
   *
   * @returns true when the devices were removed from the room.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1100, 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/d3e25dfd74?id=Kawfji0jh3voy
   */
  removeRoomDevices(params: HomesRemoveRoomDevicesParams, options?: RequestOptions): Promise<boolean> {
    return this.client.call<boolean>(REMOVE_ROOM_DEVICES, params, options);
  }
}
