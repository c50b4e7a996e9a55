// Generated from spec/regions.yaml and spec/groups/ by `python -m generator`; do not edit.
// The client: one resource per API group, made on first use.

import { BaseClient, type ClientOptions } from "./runtime/client.js";
import { ERROR_INFO } from "./errors.js";
import { AssetsResource } from "./resources/assets.js";
import { AssociatedUsersResource } from "./resources/associated_users.js";
import { AutomationsResource } from "./resources/automations.js";
import { CamerasResource } from "./resources/cameras.js";
import { DeviceControlResource } from "./resources/device_control.js";
import { DeviceGroupsResource } from "./resources/device_groups.js";
import { DeviceTimersResource } from "./resources/device_timers.js";
import { DeviceUsersResource } from "./resources/device_users.js";
import { DevicesResource } from "./resources/devices.js";
import { HomesResource } from "./resources/homes.js";
import { IndustryUsersResource } from "./resources/industry_users.js";
import { InfraredResource } from "./resources/infrared.js";
import { IotDeviceControlResource } from "./resources/iot_device_control.js";
import { IotDevicesResource } from "./resources/iot_devices.js";
import { LocksResource } from "./resources/locks.js";
import { MultiChannelResource } from "./resources/multi_channel.js";
import { OpenHubResource } from "./resources/open_hub.js";
import { OtaResource } from "./resources/ota.js";
import { PairingResource } from "./resources/pairing.js";
import { ScenesResource } from "./resources/scenes.js";
import { StatisticsResource } from "./resources/statistics.js";
import { ThingsResource } from "./resources/things.js";
import { TokenResource, GET as TOKEN_GRANT, REFRESH as TOKEN_REFRESH } from "./resources/token.js";
import { UsersResource } from "./resources/users.js";
import { SCHEMAS } from "./schemas.js";

/** Data centres (https://developer.tuya.com/en/docs/iot/api-request?id=Ka4a8uuo1j4t4). */
export const REGIONS = {
  "cn": "https://openapi.tuyacn.com", // China
  "us": "https://openapi.tuyaus.com", // Western America
  "us-e": "https://openapi-ueaz.tuyaus.com", // Eastern America
  "eu": "https://openapi.tuyaeu.com", // Central Europe
  "eu-w": "https://openapi-weaz.tuyaeu.com", // Western Europe
  "in": "https://openapi.tuyain.com", // India
} as const;

export type Region = keyof typeof REGIONS;

export type TuyaCloudOptions = ClientOptions<Region>;

/**
 * Client for Tuya's Cloud OpenAPI.
 *
 * `new TuyaCloud({ accessId, accessSecret, region })` (region: cn, us, us-e, eu, eu-w, in), or `baseUrl`
 * instead of region; options fall back to TUYA_ACCESS_ID, TUYA_ACCESS_SECRET, TUYA_REGION and TUYA_BASE_URL.
 */
export class TuyaCloud extends BaseClient {
  constructor(options: TuyaCloudOptions = {}) {
    super(options, { regions: REGIONS, errors: ERROR_INFO, schemas: SCHEMAS, grant: TOKEN_GRANT, refresh: TOKEN_REFRESH });
  }

  /** Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets. */
  get assets(): AssetsResource {
    return this.resource("assets", AssetsResource);
  }

  /** Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor. */
  get associatedUsers(): AssociatedUsersResource {
    return this.resource("associated_users", AssociatedUsersResource);
  }

  /** Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions). */
  get automations(): AutomationsResource {
    return this.resource("automations", AutomationsResource);
  }

  /** Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials). */
  get cameras(): CamerasResource {
    return this.resource("cameras", CamerasResource);
  }

  /** Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP. */
  get deviceControl(): DeviceControlResource {
    return this.resource("device_control", DeviceControlResource);
  }

  /** Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device). */
  get deviceGroups(): DeviceGroupsResource {
    return this.resource("device_groups", DeviceGroupsResource);
  }

  /** Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device. */
  get deviceTimers(): DeviceTimersResource {
    return this.resource("device_timers", DeviceTimersResource);
  }

  /** Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed. */
  get deviceUsers(): DeviceUsersResource {
    return this.resource("device_users", DeviceUsersResource);
  }

  /** Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices. */
  get devices(): DevicesResource {
    return this.resource("devices", DevicesResource);
  }

  /** Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room). */
  get homes(): HomesResource {
    return this.resource("homes", HomesResource);
  }

  /** Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets. */
  get industryUsers(): IndustryUsersResource {
    return this.resource("industry_users", IndustryUsersResource);
  }

  /** Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls. */
  get infrared(): InfraredResource {
    return this.resource("infrared", InfraredResource);
  }

  /** IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports. */
  get iotDeviceControl(): IotDeviceControlResource {
    return this.resource("iot_device_control", IotDeviceControlResource);
  }

  /** IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices. */
  get iotDevices(): IotDevicesResource {
    return this.resource("iot_devices", IotDevicesResource);
  }

  /** Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation). */
  get locks(): LocksResource {
    return this.resource("locks", LocksResource);
  }

  /** Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed. */
  get multiChannel(): MultiChannelResource {
    return this.resource("multi_channel", MultiChannelResource);
  }

  /** Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them). */
  get openHub(): OpenHubResource {
    return this.resource("open_hub", OpenHubResource);
  }

  /** Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module. */
  get ota(): OtaResource {
    return this.resource("ota", OtaResource);
  }

  /** Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token. */
  get pairing(): PairingResource {
    return this.resource("pairing", PairingResource);
  }

  /** Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device). */
  get scenes(): ScenesResource {
    return this.resource("scenes", ScenesResource);
  }

  /** Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele). */
  get statistics(): StatisticsResource {
    return this.resource("statistics", StatisticsResource);
  }

  /** IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code. */
  get things(): ThingsResource {
    return this.resource("things", ThingsResource);
  }

  /** Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud). */
  get token(): TokenResource {
    return this.resource("token", TokenResource);
  }

  /** Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user. */
  get users(): UsersResource {
    return this.resource("users", UsersResource);
  }
}
