// Generated from spec/events.yaml by `python -m generator`; do not edit.
// Tuya message service (Pulsar over WebSocket): the event schemas of spec/events.yaml as types, and the wire facts a client needs.

export interface BindData {
  devId: string;
  productKey?: string;
  bizCode: string;
  ts?: number;
  bizData: {
    devId?: string;
    uid?: string;
    ownerId?: string;
    uuid?: string;
    token?: string;
  };
}

export interface DataPointRenameData {
  devId: string;
  productKey?: string;
  bizCode: string;
  ts?: number;
  bizData: {
    devId?: string;
    dpId: string | number;
    name: string;
  };
}

export interface DeleteData {
  devId: string;
  productKey?: string;
  bizCode: string;
  ts?: number;
  bizData: {
    devId?: string;
    uid?: string;
    ownerId?: string;
  };
}

export interface IotDeviceData {
  bizCode: string;
  ts?: number;
  bizData: {
    devId: string;
    productId?: string;
  };
}

export interface IotPresenceData {
  bizCode: string;
  ts?: number;
  bizData: {
    devId: string;
    productId?: string;
    uid?: string;
    time?: number;
  };
}

export interface IotRenameData {
  bizCode: string;
  ts?: number;
  bizData: {
    devId: string;
    productId?: string;
    uid?: string;
    name: string;
    uuid?: string;
  };
}

export interface MessageEnvelope {
  /** The message class (4 status, 20 lifecycle, 1000-1002 IoT Core, ...). */
  protocol: number;
  /** Protocol version. */
  pv?: string;
  /** When Tuya pushed it. */
  t?: number;
  /** Base64 AES ciphertext of the event JSON (see encryption). */
  data: string;
  /** An MD5 signature; not checked (real messages are known to fail the documented recipe). */
  sign?: string;
}

export interface PresenceData {
  devId: string;
  productKey?: string;
  bizCode: string;
  uid?: string;
  ts?: number;
  bizData: {
    time?: number;
  };
}

/** One reported property value. */
export interface PropertyItem {
  /** The property's code. */
  code: string;
  /** Its new value (any JSON type, as the device sent it). */
  value: unknown;
  /** The data point id behind it. */
  dpId?: number;
  /** When the device reported it. */
  time?: number;
}

export interface PropertyReportData {
  bizCode: string;
  ts?: number;
  bizData: {
    dataId?: string;
    devId: string;
    productId?: string;
    properties: PropertyItem[];
  };
}

export interface PulsarAck {
  messageId: string;
}

export interface PulsarFrame {
  /** Base64 of the serialized Pulsar message id; opaque, echoed in the ack. */
  messageId: string;
  /** Base64 of the envelope JSON (MessageEnvelope). */
  payload: string;
  /** String properties the producer set; `em` names the encryption mode. */
  properties?: {
    em?: string;
    tid?: string;
    [key: string]: unknown;
  };
  /** When the broker stored the message (text; the format varies with the broker version). */
  publishTime?: string;
  /** How many times it was sent before. */
  redeliveryCount?: number;
  key?: string;
}

export interface RenameData {
  devId: string;
  productKey?: string;
  bizCode: string;
  ts?: number;
  bizData: {
    devId?: string;
    name: string;
    uid?: string;
  };
}

/** One reported data point value; the optional key named by the data point id holds the value as text. */
export interface StatusItem {
  /** The data point's code. */
  code: string;
  /** Its new value (any JSON type, as the device sent it). */
  value: unknown;
  /** When the device reported it. */
  t?: number;
}

export interface StatusReportData {
  dataId?: string;
  devId: string;
  productKey?: string;
  status: StatusItem[];
}

export interface UpgradeData {
  devId: string;
  productKey?: string;
  bizCode: string;
  ts?: number;
  bizData: {
    devId?: string;
    upgradeStatus?: string | number;
    description?: string;
    moduleType?: string | number;
  };
}

export const QUEUE_HOSTS: Readonly<Record<string, string>> = {"cn": "wss://mqe.tuyacn.com:8285/", "us": "wss://mqe.tuyaus.com:8285/", "us-e": "wss://mqe.tuyaus.com:8285/", "eu": "wss://mqe.tuyaeu.com:8285/", "eu-w": "wss://mqe.tuyaeu.com:8285/", "in": "wss://mqe.tuyain.com:8285/"};
export const CONSUMER_PATH = "ws/v2/consumer/persistent/{access_id}/out/{env}/{subscription}";
export const ENVS = ["event", "event-test"] as const;
export const DEFAULT_ENV = "event";
export const DEFAULT_SUBSCRIPTION = "{access_id}-sub";
export const ACK_TIMEOUT_MS = 3000;
export const SUBSCRIPTION_TYPE = "Failover";
export const HANDSHAKE_FAILURES: Readonly<Record<number, string>> = {"401": "credentials", "403": "service", "500": "service"};
export const KEY_SLICE = [8, 24] as const;
export const MODE_PROPERTY = "em";
export const DEFAULT_MODE = "aes_ecb";
export const MODES = ["aes_ecb", "aes_gcm"] as const;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;
export const BIZ_CODE_PATHS = [["bizCode"]];
export const DEVICE_ID_PATHS = [["devId"], ["bizData", "devId"]];

/** The event kinds of spec/events.yaml; anything else is a GenericEvent. */
export type EventKindName = "StatusReport" | "DeviceOnline" | "DeviceOffline" | "DeviceRenamed" | "DataPointRenamed" | "DeviceBound" | "DeviceDeleted" | "UpgradeStatus" | "PropertyReport" | "DeviceOnlineIot" | "DeviceOfflineIot" | "DeviceRenamedIot" | "OtaProgress" | "GenericEvent";

export interface EventKind {
  name: EventKindName;
  protocol: number;
  bizCode: string | null;
  deviceId: string[][];
  fields: Record<string, string[]>;
}

export const EVENT_KINDS: readonly EventKind[] = [
  { name: "StatusReport", protocol: 4, bizCode: null, deviceId: [["devId"]], fields: {"status": ["status"], "productKey": ["productKey"], "dataId": ["dataId"]} },
  { name: "DeviceOnline", protocol: 20, bizCode: "online", deviceId: [["devId"], ["bizData", "devId"]], fields: {"time": ["bizData", "time"]} },
  { name: "DeviceOffline", protocol: 20, bizCode: "offline", deviceId: [["devId"], ["bizData", "devId"]], fields: {"time": ["bizData", "time"]} },
  { name: "DeviceRenamed", protocol: 20, bizCode: "nameUpdate", deviceId: [["devId"], ["bizData", "devId"]], fields: {"name": ["bizData", "name"]} },
  { name: "DataPointRenamed", protocol: 20, bizCode: "dpNameUpdate", deviceId: [["devId"], ["bizData", "devId"]], fields: {"dpId": ["bizData", "dpId"], "name": ["bizData", "name"]} },
  { name: "DeviceBound", protocol: 20, bizCode: "bindUser", deviceId: [["devId"], ["bizData", "devId"]], fields: {"uid": ["bizData", "uid"], "ownerId": ["bizData", "ownerId"]} },
  { name: "DeviceDeleted", protocol: 20, bizCode: "delete", deviceId: [["devId"], ["bizData", "devId"]], fields: {"uid": ["bizData", "uid"], "ownerId": ["bizData", "ownerId"]} },
  { name: "UpgradeStatus", protocol: 20, bizCode: "upgradeStatus", deviceId: [["devId"], ["bizData", "devId"]], fields: {"upgradeStatus": ["bizData", "upgradeStatus"], "moduleType": ["bizData", "moduleType"], "upgradeDescription": ["bizData", "description"]} },
  { name: "PropertyReport", protocol: 1000, bizCode: "devicePropertyMessage", deviceId: [["devId"], ["bizData", "devId"]], fields: {"properties": ["bizData", "properties"], "productId": ["bizData", "productId"], "dataId": ["bizData", "dataId"]} },
  { name: "DeviceOnlineIot", protocol: 1001, bizCode: "deviceOnline", deviceId: [["devId"], ["bizData", "devId"]], fields: {"time": ["bizData", "time"]} },
  { name: "DeviceOfflineIot", protocol: 1001, bizCode: "deviceOffline", deviceId: [["devId"], ["bizData", "devId"]], fields: {"time": ["bizData", "time"]} },
  { name: "DeviceRenamedIot", protocol: 1001, bizCode: "deviceNameUpdate", deviceId: [["devId"], ["bizData", "devId"]], fields: {"name": ["bizData", "name"]} },
  { name: "OtaProgress", protocol: 1002, bizCode: "deviceOtaProgress", deviceId: [["devId"], ["bizData", "devId"]], fields: {} },
];

/** The decrypted data of each kind, as sent. */
export interface EventDataByKind {
  StatusReport: StatusReportData;
  DeviceOnline: PresenceData;
  DeviceOffline: PresenceData;
  DeviceRenamed: RenameData;
  DataPointRenamed: DataPointRenameData;
  DeviceBound: BindData;
  DeviceDeleted: DeleteData;
  UpgradeStatus: UpgradeData;
  PropertyReport: PropertyReportData;
  DeviceOnlineIot: IotPresenceData;
  DeviceOfflineIot: IotPresenceData;
  DeviceRenamedIot: IotRenameData;
  OtaProgress: IotDeviceData;
  GenericEvent: Record<string, unknown>;
}
