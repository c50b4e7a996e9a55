// Generated from spec/groups/cameras.yaml by `python -m generator`; do not edit.
// Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { StreamUrl, WebRtcConfig } from "../types.js";

export const ALLOCATE_STREAM: Operation = {
  id: "cameras.allocate_stream",
  method: "POST",
  path: "/v1.0/devices/{device_id}/stream/actions/allocate",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "type", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["rtsp", "hls", "flv", "rtmp"]}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "StreamUrl"},
};

export const ALLOCATE_USER_STREAM: Operation = {
  id: "cameras.allocate_user_stream",
  method: "POST",
  path: "/v1.0/users/{uid}/devices/{device_id}/stream/actions/allocate",
  auth: "token",
  retrySafe: false,
  params: [
    {"name": "uid", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
    {"name": "type", "location": "body", "required": true, "sensitive": false, "schema": {"type": "string", "x-extensible-enum": ["rtsp", "hls", "flv", "rtmp"]}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "StreamUrl"},
};

export const GET_WEBRTC_CONFIG: Operation = {
  id: "cameras.get_webrtc_config",
  method: "GET",
  path: "/v1.0/devices/{device_id}/webrtc-configs",
  auth: "token",
  retrySafe: true,
  params: [
    {"name": "device_id", "location": "path", "required": true, "sensitive": false, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "WebRtcConfig"},
};

export interface CamerasAllocateStreamParams {
  /** Device ID of the camera. */
  device_id: string;
  /**
   * Protocol of the stream: rtsp or hls (documented); flv and rtmp are also sent by tuya-iot-py-sdk.
   * Known values "rtsp", "hls", "flv", "rtmp"; others accepted.
   */
  type: string;
}

export interface CamerasAllocateUserStreamParams {
  /** User ID. */
  uid: string;
  /** Device ID of the camera. */
  device_id: string;
  /**
   * Protocol of the stream: rtsp or hls (documented); flv and rtmp are also sent by tuya-iot-py-sdk.
   * Known values "rtsp", "hls", "flv", "rtmp"; others accepted.
   */
  type: string;
}

export interface CamerasGetWebrtcConfigParams {
  /** Device ID of the camera. */
  device_id: string;
}

/** Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials). */
export class CamerasResource extends Resource {
  /**
   * Get a live-stream URL of a camera.
   *
   * Returns a fresh, signed URL of the device's live video over the protocol asked for. Prefer it to
   * cameras.allocate_user_stream unless the call must act for one linked user: both return the same URL,
   * and this one is the one most public clients use. Each call allocates a new URL (not retried
   * automatically); the URL expires, so request it when playback starts.
   *
   * @returns The stream's address.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2009.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/cn/docs/cloud/2ccd66883c?id=Kam7q5a9ug8b1
   */
  allocateStream(params: CamerasAllocateStreamParams, options?: RequestOptions): Promise<StreamUrl> {
    return this.client.call<StreamUrl>(ALLOCATE_STREAM, params, options);
  }

  /**
   * Get a live-stream URL of a camera for one of its users.
   *
   * The user-scoped twin of cameras.allocate_stream: the same URL, allocated only if the device is one
   * of the user's (a device of one of the user's homes, or shared with the user). Use it when the
   * project acts for a linked app user and must not reach other users' cameras; otherwise
   * cameras.allocate_stream is simpler. Not retried automatically.
   *
   * @returns The stream's address.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2001, 2009.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/cn/docs/cloud/19b50885a2?id=Kag2d0i8bjfh3
   */
  allocateUserStream(params: CamerasAllocateUserStreamParams, options?: RequestOptions): Promise<StreamUrl> {
    return this.client.call<StreamUrl>(ALLOCATE_USER_STREAM, params, options);
  }

  /**
   * Get what a WebRTC client needs to stream from a camera.
   *
   * Returns the signalling ID (moto_id), authorization, capabilities (skill, a JSON text), audio
   * abilities and ICE servers (STUN and TURN, with credentials valid for ttl seconds) for a WebRTC
   * session with the device. The signalling itself runs over Tuya's MQTT service.
   *
   * @returns The WebRTC configuration.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {DeviceError} Tuya answered 2009.
   * @throws {NotFoundError} Tuya answered 2010.
   * @throws {ParameterError} Tuya answered 1109.
   * @throws {PermissionDeniedError} Tuya answered 1106.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/96c3154b0d?id=Kam7q5rz91dml
   */
  getWebrtcConfig(params: CamerasGetWebrtcConfigParams, options?: RequestOptions): Promise<WebRtcConfig> {
    return this.client.call<WebRtcConfig>(GET_WEBRTC_CONFIG, params, options);
  }
}
