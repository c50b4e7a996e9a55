// Generated from spec/ by `python -m generator`; do not edit.
// Typed client for Tuya's Cloud OpenAPI, generated from a spec.
//
//   import { TuyaCloud } from "tuya-cloud-sdk";
//   const client = new TuyaCloud({ accessId: "...", accessSecret: "...", region: "eu" });
//   const status = await client.devices.getStatus({ device_id: "vdevo..." });

export const VERSION = "0.1.0";

export { TuyaCloud, REGIONS, type Region, type TuyaCloudOptions } from "./client.js";
export type { ClientOptions, GenericRequest, Logger, PageOptions, RequestOptions } from "./runtime/client.js";
export type { Query, QueryValue } from "./runtime/generic.js";
export { MAX_DEPTH, MAX_INTEGER_DIGITS, type JsonValue } from "./runtime/json.js";
export {
  TuyaAPIError,
  TuyaConfigError,
  TuyaConnectionError,
  TuyaError,
  TuyaResponseError,
  TuyaTimeoutError,
  TuyaValidationError,
  type TuyaAPIErrorDetails,
} from "./runtime/errors.js";
export {
  TokenError,
  SignatureError,
  ClockSkewError,
  CredentialsError,
  PermissionDeniedError,
  QuotaExceededError,
  QuotaError,
  ParameterError,
  InvalidRequestError,
  RateLimitError,
  ServerBusyError,
  NotFoundError,
  DeviceError,
} from "./errors.js";
export { MemoryTokenStore, Token, type TokenData, type TokenStore } from "./runtime/tokens.js";
export {
  decodeFrame,
  eventsPassword,
  TuyaEvents,
  TuyaEventsAuthError,
  TuyaEventsError,
  TuyaEventsServiceError,
  type KnownEvent,
  type TuyaEvent,
  type TuyaEventsOptions,
  type UndecodableEvent,
} from "./runtime/events.js";
export type { EventDataByKind, EventKindName } from "./events.js";
export type * from "./types.js";
export type {
  AssetsResource,
  AssetsListDevicesParams,
  AssetsListSubAssetsParams,
  AssetsGetParams,
  AssetsListParams,
  AssetsCreateParams,
  AssetsUpdateParams,
  AssetsDeleteParams,
} from "./resources/assets.js";
export type {
  AssociatedUsersResource,
  AssociatedUsersListDevicesParams,
  AssociatedUsersLoginParams,
} from "./resources/associated_users.js";
export type {
  AutomationsResource,
  AutomationsListDevicesParams,
  AutomationsGetParams,
  AutomationsUpdateParams,
  AutomationsDeleteParams,
  AutomationsEnableParams,
  AutomationsDisableParams,
  AutomationsGetDeviceLinkageCodesParams,
  AutomationsListHomeLinkageCodesParams,
  AutomationsListParams,
  AutomationsCreateParams,
  AutomationsListWeatherConditionsParams,
  AutomationsTriggerExternalConditionParams,
} from "./resources/automations.js";
export type {
  CamerasResource,
  CamerasAllocateStreamParams,
  CamerasAllocateUserStreamParams,
  CamerasGetWebrtcConfigParams,
} from "./resources/cameras.js";
export type {
  DeviceControlResource,
  DeviceControlRenameFunctionParams,
  DeviceControlSendCommandsParams,
  DeviceControlGetFunctionsParams,
  DeviceControlGetSpecificationsParams,
  DeviceControlGetCategoryFunctionsParams,
  DeviceControlGetSpecificationsV11Params,
} from "./resources/device_control.js";
export type {
  DeviceGroupsResource,
  DeviceGroupsListCandidatesParams,
  DeviceGroupsCreateParams,
  DeviceGroupsGetParams,
  DeviceGroupsListForUserParams,
  DeviceGroupsUpdateParams,
  DeviceGroupsDeleteParams,
  DeviceGroupsSendCommandsParams,
} from "./resources/device_groups.js";
export type {
  DeviceTimersResource,
  DeviceTimersAddParams,
  DeviceTimersListParams,
  DeviceTimersListByCategoryParams,
  DeviceTimersUpdateGroupParams,
  DeviceTimersSetGroupStatusParams,
  DeviceTimersDeleteAllParams,
  DeviceTimersDeleteCategoryParams,
  DeviceTimersDeleteGroupParams,
} from "./resources/device_timers.js";
export type {
  DeviceUsersResource,
  DeviceUsersDeleteParams,
  DeviceUsersAddParams,
  DeviceUsersListParams,
  DeviceUsersGetParams,
  DeviceUsersUpdateParams,
} from "./resources/device_users.js";
export type {
  DevicesResource,
  DevicesListSubDevicesParams,
  DevicesListFactoryInfosParams,
  DevicesListParams,
  DevicesRenameParams,
  DevicesListLogsParams,
  DevicesResetFactoryParams,
  DevicesGetParams,
  DevicesDeleteParams,
  DevicesListForUserParams,
  DevicesGetStatusParams,
  DevicesListV2Params,
  DevicesListStatusParams,
} from "./resources/devices.js";
export type {
  HomesResource,
  HomesGetParams,
  HomesDeleteParams,
  HomesListDevicesParams,
  HomesListMembersParams,
  HomesUpdateMemberParams,
  HomesDeleteMemberParams,
  HomesAddRoomParams,
  HomesDeleteRoomParams,
  HomesRenameRoomParams,
  HomesListRoomDevicesParams,
  HomesListForUserParams,
  HomesAddRoomDevicesParams,
  HomesRemoveRoomDevicesParams,
} from "./resources/homes.js";
export type {
  IndustryUsersResource,
  IndustryUsersLoginParams,
  IndustryUsersCreateParams,
  IndustryUsersListParams,
  IndustryUsersGetParams,
  IndustryUsersChangePasswordParams,
  IndustryUsersAuthorizeAssetsParams,
  IndustryUsersListAssetsParams,
} from "./resources/industry_users.js";
export type {
  InfraredResource,
  InfraredListRemotesParams,
  InfraredListKeysParams,
  InfraredSendKeyParams,
  InfraredSendStandardKeyParams,
  InfraredGetAcStatusParams,
  InfraredSendAcCommandParams,
  InfraredSendAcStateParams,
  InfraredListLearningCodesParams,
  InfraredSendLearningCodeParams,
  InfraredSendKeyV1Params,
} from "./resources/infrared.js";
export type {
  IotDeviceControlResource,
  IotDeviceControlSendCommandsParams,
  IotDeviceControlGetStatusParams,
  IotDeviceControlListStatusParams,
  IotDeviceControlGetFunctionsParams,
  IotDeviceControlGetSpecificationParams,
  IotDeviceControlGetSpecificationV12Params,
  IotDeviceControlGetCategoryFunctionsParams,
} from "./resources/iot_device_control.js";
export type {
  IotDevicesResource,
  IotDevicesListParams,
  IotDevicesGetParams,
  IotDevicesGetV11Params,
  IotDevicesListFactoryInfosParams,
  IotDevicesRenameParams,
  IotDevicesDeleteParams,
  IotDevicesDeleteManyParams,
  IotDevicesResetFactoryParams,
} from "./resources/iot_devices.js";
export type {
  LocksResource,
  LocksListOpenLogsParams,
  LocksListAlarmLogsParams,
  LocksGetLatestMediaUrlParams,
  LocksGetMediaUrlParams,
  LocksCreatePasswordTicketParams,
  LocksOperateDoorParams,
} from "./resources/locks.js";
export type {
  MultiChannelResource,
  MultiChannelGetNamesParams,
  MultiChannelRenameParams,
} from "./resources/multi_channel.js";
export type {
  OpenHubResource,
  OpenHubGetAccessConfigParams,
} from "./resources/open_hub.js";
export type {
  OtaResource,
  OtaGetUpgradeInfoParams,
  OtaUpgradeParams,
} from "./resources/ota.js";
export type {
  PairingResource,
  PairingListSubDevicesParams,
  PairingEnableSubDiscoveryParams,
  PairingGetResultParams,
} from "./resources/pairing.js";
export type {
  ScenesResource,
  ScenesListDevicesParams,
  ScenesDeleteParams,
  ScenesTriggerParams,
  ScenesListDefaultPicturesParams,
  ScenesEnableParams,
  ScenesDisableParams,
  ScenesListParams,
  ScenesListV11Params,
  ScenesCreateParams,
  ScenesUpdateParams,
  ScenesListForDeviceParams,
  ScenesBindToDeviceParams,
  ScenesUnbindFromDeviceParams,
} from "./resources/scenes.js";
export type {
  StatisticsResource,
  StatisticsListTypesParams,
  StatisticsGetTotalParams,
  StatisticsListQuarterHoursParams,
  StatisticsListHourlyParams,
  StatisticsListDailyParams,
  StatisticsListWeeklyParams,
  StatisticsListMonthlyParams,
  StatisticsGetProductOverviewParams,
} from "./resources/statistics.js";
export type {
  ThingsResource,
  ThingsGetParams,
  ThingsListParams,
  ThingsGetModelParams,
  ThingsGetPropertiesParams,
  ThingsIssuePropertiesParams,
  ThingsResetParams,
  ThingsListReportLogsParams,
  ThingsListLogsParams,
} from "./resources/things.js";
export type {
  TokenResource,
  TokenGetParams,
  TokenRefreshParams,
} from "./resources/token.js";
export type {
  UsersResource,
  UsersGetParams,
  UsersListParams,
  UsersSyncParams,
  UsersListV1Params,
} from "./resources/users.js";
