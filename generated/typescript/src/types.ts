// Generated from spec/schemas.yaml and spec/groups/ by `python -m generator`; do not edit.
// The spec's named schemas as TypeScript types. Objects keep the wire names of their fields; replies
// may carry fields the spec does not list, and the client passes them through untouched.

/** A fan speed an air conditioner accepts at a temperature. */
export interface AcFanStep {
  /** Fan speed: 0 auto, 1 low, 2 medium, 3 high. */
  fan?: number;
  /** Display name. */
  fan_name?: string;
}

/** What an air-conditioner remote can set in one mode. */
export interface AcModeRange {
  /** Mode: 0 cool, 1 heat, 2 auto, 3 fan only, 4 dry. */
  mode?: number;
  /** Display name of the mode. */
  mode_name?: string;
  /** Temperatures allowed in this mode. */
  temp_list?: AcTemperatureStep[];
}

/**
 * The last state sent to an air-conditioner remote. Every value is a string of digits ("1", "26"), as
 * Tuya sends them; convert before comparing with numbers.
 */
export interface AcStatus {
  /** ID of the remote. */
  remote_id?: string;
  /** "0" off, "1" on. */
  power?: string;
  /** "0" cool, "1" heat, "2" auto, "3" fan only, "4" dry. */
  mode?: string;
  /** Temperature in degrees Celsius. */
  temp?: string;
  /** "0" auto, "1" low, "2" medium, "3" high. */
  wind?: string;
}

/** A temperature an air conditioner accepts in a mode, with the fan speeds allowed there. */
export interface AcTemperatureStep {
  /** Temperature in degrees Celsius. */
  temp?: number;
  /** Display name. */
  temp_name?: string;
  /** Fan speeds allowed at this temperature. */
  fan_list?: AcFanStep[];
}

/**
 * The token of an app account (Tuya's TokenRes). It signs calls made on behalf of that account; the
 * SDK keeps signing with the project's own token, so pass it to a client of its own if needed.
 */
export interface AppAccountToken {
  /** Access token of the app account. */
  access_token?: string;
  /** Refresh token of the app account; single use. */
  refresh_token?: string;
  /** Tuya user ID of the app account. */
  uid?: string;
  /** Seconds the access token stays valid (not a point in time). */
  expire_time?: number;
  /**
   * Base URL of the account's data centre, e.g. https://openapi.tuyaus.com (seen in live replies, not in
   * the page's table).
   */
  platform_url?: string;
}

/** One user in an app's user list; privacy fields come back masked. */
export interface AppUser {
  /** User ID. */
  uid?: string;
  /** Login name. */
  username?: string;
  /** Phone number (masked); phone-registered users only. */
  mobile?: string;
  /** Email address (masked); email-registered users only. */
  email?: string;
  /** Phone country code. */
  country_code?: string;
  /** Registration time (Unix seconds). */
  create_time?: number;
  /** Last update (Unix seconds). */
  update_time?: number;
}

/** An asset of the industrial asset tree. */
export interface Asset {
  /** Asset ID. */
  asset_id?: string;
  /** Name of the asset. */
  asset_name?: string;
  /** Names of the asset's ancestors and its own, from the root. */
  asset_full_name?: string;
  /** ID of the parent asset; "-1" at the root. */
  parent_asset_id?: string;
  /** Image of the asset (may be empty). */
  asset_image?: string;
  /** Type of the asset (may be absent). */
  asset_type?: number | string;
}

/** A device of an asset. */
export interface AssetDevice {
  /** Device ID. */
  device_id?: string;
  /** ID of the asset the device belongs to. */
  asset_id?: string;
  /** Name of that asset. */
  asset_name?: string;
}

/** One page of an asset's devices (Tuya's DevicePageListResponse). */
export interface AssetDevicePage {
  /** Devices on this page. */
  list?: AssetDevice[];
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** Number of devices of the asset. */
  total_size?: number;
  /** The page size asked for (a string in some clients' typings). */
  page_size?: number | string;
  /** True when further pages exist (iot-02's name for has_more). */
  has_next?: boolean;
}

/** One page of an asset's sub-assets. */
export interface AssetPage {
  /** Sub-assets on this page. */
  list?: Asset[];
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** The page size asked for. */
  page_size?: number | string;
  /** True when further pages exist (iot-02's name for has_more). */
  has_next?: boolean;
}

/** One page of the devices of the linked app accounts (Tuya's DeviceBatchRes). */
export interface AssociatedDevicePage {
  /** Devices on this page, as the smart-home device calls return them (with uid and status). */
  devices?: Device[];
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** True when further pages exist; absent from some live replies (treat absent as false). */
  has_more?: boolean;
  /** Number of devices of the linked accounts. */
  total?: number;
}

/** An asset a user may see, with the user's permission on it. */
export interface AuthorizedAsset {
  /** Asset ID. */
  asset_id?: string;
  /** Name of the asset. */
  asset_name?: string;
  /** ID of the parent asset; "-1" at the root. */
  parent_asset_id?: string;
  /** The permission on the asset: all (manage) or read. */
  permission?: string;
  /** Number of devices directly in the asset. */
  current_asset_device_num?: number;
}

/** One page of authorized assets. */
export interface AuthorizedAssetPage {
  /** True when further pages exist. */
  has_more?: boolean;
  /** Name of the cloud project. */
  project_name?: string;
  /** Assets on this page. */
  assets?: AuthorizedAsset[];
}

/** An automation rule as the query call returns it. */
export interface Automation {
  /** Automation ID. */
  automation_id?: string;
  /** Automation name. */
  name?: string;
  /** Cover image URL (may be empty). */
  background?: string;
  /** Whether the automation is active. */
  enabled?: boolean;
  /** 1 fire when any condition matches, 2 only when all match, 3 when condition_rule is true. */
  match_type?: 1 | 2 | 3;
  /** Custom logic over the conditions' order_num values, e.g. '1&&2||3'; set when match_type is 3. */
  condition_rule?: string;
  /** Effective time windows. */
  preconditions?: AutomationPrecondition[];
  /** Triggers. */
  conditions?: AutomationCondition[];
  /** Steps run when the automation fires. */
  actions?: AutomationAction[];
}

/**
 * One step an automation or a tap-to-run scene runs, in list order (used by the automations and scenes
 * groups).
 */
export interface AutomationAction {
  /**
   * Kind of step (an open set). Seen in examples and replies: dpIssue (send DPs to a device), delay
   * (wait), ruleEnable / ruleDisable (switch another automation or scene on or off). The Add-automation
   * table also lists device_issue and device_group_issue.
   */
  action_executor: string;
  /**
   * Target: the device ID for dpIssue, the automation or scene ID for ruleEnable and ruleDisable; absent
   * for delay.
   */
  entity_id?: string;
  /**
   * Parameters of the step. dpIssue: DP codes mapped to values, e.g. {"switch_1": true}. delay:
   * {"hours": "0", "minutes": "0", "seconds": "5"} with the numbers as strings.
   */
  executor_property?: Record<string, unknown>;
  /** Extra information about the step (seen in scene replies only). */
  extra_property?: unknown;
  /** Execution strategy of the step (seen in scene replies only). */
  action_strategy?: string;
}

/** One trigger of an automation. */
export interface AutomationCondition {
  /**
   * Kind of condition. Documented for this API: 1 device status, 3 weather, 6 schedule, 15 external
   * trigger (fired through the API). Tuya's scene SDKs add 7 motion (PIR) sensor, 9 face recognition, 10
   * geofence, 11 lock member arrives home, 12 security mode (armed), 13 DP value held for a duration, 16
   * offset from sunrise or sunset, 28 energy, 30 structured DP and 31 severe weather; an automation made
   * in the app may carry these, and values not listed here are accepted as well.
   */
  entity_type: number;
  /**
   * What the condition watches: the device ID (type 1), the city ID (type 3) or the literal "timer"
   * (type 6). For type 15 the server generates it; leave it out when creating.
   */
  entity_id?: string;
  /** Number of the condition, from 1 and unique within the automation; condition_rule refers to it. */
  order_num: number;
  display: AutomationConditionDisplay;
}

/**
 * What a condition tests; the keys depend on the condition's entity_type. Device status (1): code (a
 * status code from the linkage-code calls), operator and value. Weather (3): code ($temp, $humidity,
 * $condition, $pm25, $aqi, $windSpeed or $sunsetrise when writing; replies have been seen with the
 * bare name, e.g. condition), operator and value. Schedule (6): time, optionally date (also loops,
 * read Sunday first, and timezone_id, which are inferred, not documented). External trigger (15): code
 * and value, later matched by the external-trigger call. Other condition types (see entity_type) carry
 * keys of their own, which are kept as sent.
 */
export interface AutomationConditionDisplay {
  /** DP status code or weather code, e.g. switch_1 or $temp. */
  code?: string;
  /**
   * Comparison, e.g. '==', '>' or '<'; the allowed set depends on the DP type and is not fully
   * documented.
   */
  operator?: string;
  /** Value to compare with; boolean, number or string according to the DP or weather code. */
  value?: unknown;
  /** Schedule conditions: time of day, HH:MM (24-hour). */
  time?: string;
  /** Schedule conditions: date of a one-off run, YYYYMMDD (optional). */
  date?: string;
  /** Schedule conditions: repeat weekdays, read Sunday first (inferred, not in the tables). */
  loops?: AutomationWeekdays;
  /** Schedule conditions: IANA time zone ID (inferred, not in the tables). */
  timezone_id?: string;
}

/**
 * A precondition checked before the automation may fire. Only time windows (cond_type timeCheck) are
 * supported: outside the window the automation does not run even if its conditions match.
 */
export interface AutomationPrecondition {
  /** Precondition ID (in replies only; leave it out when writing). */
  id?: string;
  /** Precondition type; timeCheck is the only documented value. */
  cond_type: "timeCheck";
  display: AutomationPreconditionDisplay;
}

/**
 * The time window of a timeCheck precondition. A custom window has start and end; windows made in
 * Tuya's app may instead be daytime, night or all day (the app SDK's timeInterval, with cityId and
 * cityName for daytime and night) and then come without start and end. Such keys are kept as sent.
 */
export interface AutomationPreconditionDisplay {
  /** Start of the window, HH:MM (24-hour), local to timezone_id; required for a custom window. */
  start?: string;
  /** End of the window, HH:MM (24-hour), local to timezone_id; required for a custom window. */
  end?: string;
  /** Weekdays on which the window applies, read Sunday first (0111110 = Monday to Friday). */
  loops: AutomationWeekdays;
  /** IANA time zone ID, e.g. Asia/Shanghai. */
  timezone_id: string;
}

/**
 * Seven 0/1 characters, one per weekday; 1 means the day is included. Read SUNDAY FIRST: 1000000 =
 * Sunday, 0000001 = Saturday, 0111110 = Monday to Friday. That is how Tuya's scene SDK, which writes
 * the same automation rules, defines it for preconditions and schedule conditions; no cloud automation
 * page states the order. The other reading, Monday first (0000010 = Saturday), is what Tuya's v1.0
 * device-timer page uses (see TimerLoops). 1111111 (every day) is the same under both readings. See
 * the conflict on automations.update.
 *
 * Must match `^[01]{7}$`.
 */
export type AutomationWeekdays = string;

/** The name of the device itself or of one of its channels. */
export interface ChannelName {
  /** main for the device itself, otherwise the channel's DP code, e.g. switch_1. */
  identifier?: string;
  /** Name shown for the device or channel. */
  name?: string;
}

/** Daily series of one DP. */
export interface DailyStatistics {
  /** Values keyed by day, yyyyMMdd. */
  days?: Record<string, string>;
}

/**
 * One data point (DP) of a device: its code and a value whose type depends on the DP (boolean,
 * integer, enum string, string, or a JSON string). Used for status reports, commands and timer
 * instructions alike.
 */
export interface DataPoint {
  /** DP code, e.g. switch_led or bright_value_v2. */
  code: string;
  /** DP value; its type follows the DP's type. */
  value: unknown;
}

/**
 * A device as the smart-home device APIs return it (Tuya calls it DeviceRes). Times are 10-digit Unix
 * seconds. Fields beyond these may appear and are kept.
 */
export interface Device {
  /** Device ID. */
  id?: string;
  /** Chip-level unique ID that survives re-pairing. */
  uuid?: string;
  /** ID of the user the device belongs to. */
  uid?: string;
  /** App business type. */
  biz_type?: number;
  /** Device name. */
  name?: string;
  /** Time zone offset, e.g. +08:00. */
  time_zone?: string;
  /** Public IP address of the device (may be empty). */
  ip?: string;
  /** Key for LAN encryption. */
  local_key?: string;
  /** True when the device is a gateway sub-device. */
  sub?: boolean;
  /** Product model. */
  model?: string;
  /** First pairing time (Unix seconds). */
  create_time?: number;
  /** Last status update (Unix seconds). */
  update_time?: number;
  /** Last activation (Unix seconds). */
  active_time?: number;
  /** Latest value of each DP. */
  status?: DataPoint[];
  /** ID of the home that owns the device. */
  owner_id?: string;
  /** Product ID. */
  product_id?: string;
  /** Product name. */
  product_name?: string;
  /** Category code, e.g. dj (light), kg (switch), cz (socket). */
  category?: string;
  /** Icon path, relative to images.<region domain>. */
  icon?: string;
  /** Whether the device is online. */
  online?: boolean;
  /** Node ID; sub-devices only. */
  node_id?: string;
  /** Latitude (appears in examples, not in every table). */
  lat?: string;
  /** Longitude (appears in examples, not in every table). */
  lon?: string;
}

/** One instruction (a DP that can be set) with its type and value range. */
export interface DeviceFunction {
  /** DP code to use in commands, e.g. switch_led. */
  code?: string;
  /** DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ... */
  type?: string;
  /**
   * Value range as a JSON document inside a string; decode it with json.loads. Examples: "{}" for
   * Boolean, {"min":0,"max":100,"scale":0,"step":1,"unit":"s"} for Integer, {"range":["white","colour"]}
   * for Enum.
   */
  values?: string;
  /** Display name of the instruction (may be absent). */
  name?: string;
  /** Description of the instruction (may be absent). */
  desc?: string;
}

/** The instruction set of a device or of a product category (Tuya's FunctionRes). */
export interface DeviceFunctions {
  /** Category code, e.g. dj (light), kg (switch), cz (socket). */
  category?: string;
  /** Supported instructions. */
  functions?: DeviceFunction[];
}

/**
 * A device group. Only id is named by Tuya's page; the other fields are those the group is made with
 * and are kept as sent.
 */
export interface DeviceGroup {
  /** Group ID (numeric; declared as number or string, as group IDs differ across Tuya's group APIs). */
  id?: number | string;
  /** Group name. */
  name?: string;
  /** Product ID of the group's devices. */
  pid?: string;
  /** Home ID, as a string. */
  owner_id?: string;
  /** User who made the group. */
  uid?: string;
  /** IDs of the member devices. */
  device_ids?: string[];
}

/** The DP codes of one device that automations can use. */
export interface DeviceLinkageCodes {
  /** Device ID. */
  device_id?: string;
  /** DPs that can be set by an action. */
  functions?: LinkageCode[];
  /** DPs that can trigger a condition. */
  status?: LinkageCode[];
}

/** One event in a device's log. */
export interface DeviceLogEntry {
  /** DP code the event concerns (for DP reports and commands). */
  code?: string;
  /** Event or DP value; usually a string (e.g. "false"), sometimes another JSON type. */
  value?: unknown;
  /** When the event happened (Unix milliseconds). */
  event_time?: number;
  /**
   * Who caused the event: '1' the device, '2' a client command, '3' a third-party platform, '4' a cloud
   * command, '-1' unknown.
   */
  event_from?: string;
  /** Event type, same codes as the request's type filter (1 online ... 10 timer). */
  event_id?: number;
  /** Event status. */
  status?: string;
  /** Row key of the entry (seen in Tuya's Go SDK, not in the page's table). */
  row?: string;
}

/** One page of a device's event log. */
export interface DeviceLogPage {
  /** Device ID. */
  device_id?: string;
  /** True when more entries match. */
  has_next?: boolean;
  /** Free edition: row key where this page started. */
  current_row_key?: string;
  /** Free edition: pass as start_row_key to get the next page; null when there is none. */
  next_row_key?: string | null;
  /** Paid edition: total number of matching entries. */
  count?: number;
  /** Log entries on this page. */
  logs?: DeviceLogEntry[];
}

/** One page of devices from the page-numbered device list. */
export interface DevicePage {
  /** Number of devices matching the filter. */
  total?: number;
  /** Devices on this page. */
  devices?: Device[];
  /** ID of the last device on this page (may be passed back as last_id). */
  last_id?: string;
}

/** One page of devices from the row-key device list (v2). */
export interface DevicePageV2 {
  /** True when further pages exist. */
  has_more?: boolean;
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** Number of devices matching the filter. */
  total?: number;
  /** Devices on this page. */
  devices?: Device[];
  /** ID of the last device returned. */
  last_id?: string;
}

/** One button of a scene switch and the scene it runs. */
export interface DeviceSceneBinding {
  /** DP code of the button, e.g. scene_1 or switch_mode1. */
  code?: string;
  /** DP value that runs the scene, e.g. scene. */
  value?: string;
  /** ID of the bound tap-to-run scene. */
  scene_id?: string;
  /** Name of the bound scene. */
  name?: string;
}

/** The scenes bound to the buttons of one scene switch. */
export interface DeviceScenes {
  /** Device ID of the scene switch. */
  device_id?: string;
  /** One entry per bound button; empty when nothing is bound. */
  scenes?: DeviceSceneBinding[];
}

/**
 * What a device supports (Tuya's DeviceSpecificationsRes): the DPs that can be set (functions) and the
 * DPs it reports (status).
 */
export interface DeviceSpecification {
  /** Category code of the product. */
  category?: string;
  /** Instruction set - DPs that commands can set. */
  functions?: DpSpecification[];
  /** Status set - DPs the device reports. */
  status?: DpSpecification[];
}

/** What a device supports, with DP ids (Tuya's DeviceSpecificationsV2Res). */
export interface DeviceSpecificationV11 {
  /** Category code of the product. */
  category?: string;
  /** Instruction set - DPs that commands can set. */
  functions?: DpSpecificationV11[];
  /** Status set - DPs the device reports. */
  status?: DpSpecificationV11[];
}

/** The latest status of one device in a batch status reply. */
export interface DeviceStatusList {
  /** Device ID. */
  id?: string;
  /** Latest value of each DP. */
  status?: DataPoint[];
}

/**
 * A member of a device's own user list (e.g. the people a body-fat scale or a lock tells apart), with
 * the profile the device may use. birthday is in Unix milliseconds.
 */
export interface DeviceUser {
  /** ID of the device user. */
  user_id?: string;
  /** Device ID. */
  device_id?: string;
  /** Name of the user. */
  nick_name?: string;
  /** 1 male, 2 female. */
  sex?: number;
  /**
   * Date of birth in Unix milliseconds. Not checked as a 13-digit timestamp: birthdays before September
   * 2001 have 12 digits or fewer (the page's example, 605517261000, is 1989).
   */
  birthday?: number;
  /** Height in centimetres. */
  height?: number;
  /** Weight in grams. */
  weight?: number;
  /** Contact information (e.g. a phone number). */
  contact?: string;
}

/** Type and value range of one DP in a device specification. */
export interface DpSpecification {
  /** DP code. */
  code?: string;
  /** DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ... */
  type?: string;
  /**
   * Value range as a JSON document inside a string (decode with json.loads), as in
   * DeviceFunction.values.
   */
  values?: string;
}

/** One DP of a v1.1 specification - DpSpecification plus the DP id. */
export interface DpSpecificationV11 {
  /** DP id, the number the device uses for the DP on the LAN (e.g. 1, 20). */
  dp_id?: number;
  /** DP code. */
  code?: string;
  /** DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ... */
  type?: string;
  /**
   * Value range as a JSON document inside a string (decode with json.loads); "null" for some Boolean
   * DPs.
   */
  values?: string;
}

/** Factory data of one device. */
export interface FactoryInfo {
  /** Device ID. */
  id?: string;
  /** Chip-level unique ID. */
  uuid?: string;
  /** Serial number; absent when the device has none. */
  sn?: string;
  /** MAC address. */
  mac?: string;
}

/** Upgrade state of one firmware module of a device. */
export interface FirmwareUpgradeInfo {
  /**
   * 0 no upgrade needed, 1 new version ready, 2 upgrading, 3 upgrade finished, 4 upgrade failed; Tuya's
   * app OTA page adds 5 waiting for a low-power device to wake up. Other values are accepted as sent.
   */
  upgrade_status?: number;
  /** Firmware version the module runs now (may be empty). */
  current_version?: string;
  /** Version available for the upgrade (may be empty). */
  upgrade_version?: string;
  /**
   * Firmware channel of the module; pass it to ota.upgrade. 0 Wi-Fi / main network module, 1 Bluetooth,
   * 2 GPRS, 3 Zigbee, 4 IR, 5 433 MHz gateway, 6 NB-IoT, 9 MCU (10-19 are extension channels in Tuya's
   * app SDK docs). A number in the example, a String in the table: either is kept as sent.
   */
  module_type?: number | string;
  /** Description of the module. */
  module_desc?: string;
  /**
   * Time of the last upgrade, Unix milliseconds (0 when never upgraded). A number in the example, a
   * String in the table: either is kept as sent.
   */
  last_upgrade_time?: number | string;
  /** Release notes of the new version. */
  upgrade_desc?: string;
}

/** A device that a group of the product may hold, as the group-list call returns it. */
export interface GroupCandidate {
  /** Device ID. */
  device_id?: string;
  /** Device name (may be empty). */
  device_name?: string;
  /** Whether the device is online. */
  online?: boolean;
  /** Whether the device is already in a group of this product (the app's tick box). */
  check?: boolean;
}

/** One instruction to send to every member of a group. */
export interface GroupFunction {
  /** DP code, e.g. switch_1. */
  code: string;
  /** DP value; its type follows the DP. */
  value: unknown;
}

/** Basic profile of a home (Tuya calls it HomeRes). Fields beyond these may appear and are kept. */
export interface Home {
  /** Home ID. */
  home_id?: number | bigint;
  /** Name of the home. */
  name?: string;
  /** Longitude of the home (0 when not set). */
  lon?: number;
  /** Latitude of the home (0 when not set). */
  lat?: number;
  /** Free-text address of the home (may be empty). */
  geo_name?: string;
  /**
   * The user's role in the home, e.g. OWNER. The set of values is not documented, so any string is
   * accepted; older pages omit the field.
   */
  role?: string;
}

/** One member of a home. Fields beyond these may appear and are kept. */
export interface HomeMember {
  /** User ID of the member. */
  uid?: string;
  /** Nickname of the member within the home. */
  name?: string;
  /** Account of the member (phone number or email), partly masked, e.g. 86-*********05. */
  member_account?: string;
  /** Country calling code of the account, e.g. 86. */
  country_code?: string;
  /** True when the member is an administrator of the home. */
  admin?: boolean;
  /** True when the member owns the home. */
  owner?: boolean;
  /** URL of the member's avatar image. */
  avatar?: string;
}

/** Hourly series of one DP. */
export interface HourlyStatistics {
  /** Values keyed by hour, yyyyMMddHH. */
  hours?: Record<string, string>;
}

/** The token of an industry user (Tuya's UserLoginTokenRes). */
export interface IndustryLoginToken {
  /** User ID. */
  uid?: string;
  /** Access token of the user. */
  access_token?: string;
  /** Refresh token of the user; single use. */
  refresh_token?: string;
  /** Seconds the access token stays valid (this call's name for expire_time). */
  expire?: number;
}

/** A user of an industry project. */
export interface IndustryUser {
  /** User ID. */
  user_id?: string;
  /** User name (an e-mail address or mobile number). */
  user_name?: string;
  /** Country calling code. */
  country_code?: string;
}

/** One page of a project's users. */
export interface IndustryUserPage {
  /** Users on this page. */
  list?: IndustryUser[];
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** The page size asked for. */
  page_size?: number | string;
  /** True when further pages exist (absent from some clients' typings). */
  has_next?: boolean;
}

/** The ID of a registered user. */
export interface IndustryUserRef {
  /** User ID. */
  user_id?: string;
}

/** A virtual remote bound to an IR hub. */
export interface InfraredRemote {
  /** ID of the virtual remote. */
  remote_id?: string;
  /** Name of the remote. */
  remote_name?: string;
  /** Appliance category, e.g. 2 TV, 5 air conditioner (see Tuya's IR category list). */
  category_id?: number;
  /** Brand of the appliance. */
  brand_id?: number;
  /** Brand name. */
  brand_name?: string;
  /** Index of the code library the remote uses. */
  remote_index?: number;
  /** TV operator (set-top boxes only). */
  operator_id?: number;
  /** TV operator name (set-top boxes only). */
  operator_name?: string;
  /** Area of the TV operator (set-top boxes only). */
  area_id?: number;
  /** Area name (set-top boxes only). */
  area_name?: string;
}

/**
 * A device as the iot-03 management calls return it: Tuya's BaseDeviceRes (v1.0 details) and the v1.1
 * detail object (also the items of the v1.3 list), which adds the gateway, node, category name, owner
 * and icon. Fields beyond these may appear and are kept.
 */
export interface IotDevice {
  /** Device ID. */
  id?: string;
  /** Chip-level unique ID. */
  uuid?: string;
  /** Device name. */
  name?: string;
  /** Category code, e.g. dj (light), kg (switch), cz (socket). */
  category?: string;
  /** Category name (v1.1 and the v1.3 list). */
  category_name?: string;
  /** Product ID. */
  product_id?: string;
  /** Product name. */
  product_name?: string;
  /** Key for LAN encryption. */
  local_key?: string;
  /** True when the device is a gateway sub-device. */
  sub?: boolean;
  /** Gateway of a sub-device, empty otherwise (v1.1 and the v1.3 list). */
  gateway_id?: string;
  /** Node ID of a sub-device, empty otherwise (v1.1 and the v1.3 list). */
  node_id?: string;
  /** ID of the asset the device belongs to. */
  asset_id?: string;
  /** ID of the home that owns the device (v1.1 and the v1.3 list). */
  owner_id?: string;
  /** Public IP address of the device (may be empty). */
  ip?: string;
  /** Longitude. */
  lon?: string;
  /** Latitude. */
  lat?: string;
  /** Product model. */
  model?: string;
  /** Time zone offset, e.g. +01:00. */
  time_zone?: string;
  /** Last activation (Unix seconds). */
  active_time?: number;
  /** First pairing time (Unix seconds). */
  create_time?: number;
  /** Last status update (Unix seconds). */
  update_time?: number;
  /** Whether the device is online. */
  online?: boolean;
  /** Icon path, relative to images.<region domain> (v1.1 and the v1.3 list). */
  icon?: string;
  /** Serial number (seen in live v1.1 replies, not in the page's table). */
  sn?: string;
}

/** One page of the v1.3 device list (Tuya's CursorPage). */
export interface IotDevicePage {
  /** True when further pages exist. */
  has_more?: boolean;
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** Number of devices matching the filter. */
  total?: number;
  /** Devices on this page. */
  list?: IotDevice[];
}

/** What a device supports (Tuya's FunctionStatusRes) - its instruction set and its status set. */
export interface IotDeviceSpecification {
  /** Category code of the product. */
  category?: string;
  /** Instruction set - DPs that commands can set. */
  functions?: IotDpSpecification[];
  /** Status set - DPs the device reports. */
  status?: IotDpSpecification[];
}

/**
 * One DP of an iot-03 specification: the v1.0 item of device_control.get_specifications plus a display
 * name and, for functions, a description.
 */
export interface IotDpSpecification {
  /** DP code. */
  code?: string;
  /** DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ... */
  type?: string;
  /** Value range as a JSON document inside a string (decode with json.loads). */
  values?: string;
  /** Display name of the DP (in Chinese for products without an English name). */
  name?: string;
  /** Functions only: a description; real replies repeat the value range here. */
  desc?: string;
}

/** What a device supports, with labels (Tuya's FunctionStatusToLangRes). */
export interface LangDeviceSpecification {
  /** Category code of the product. */
  category?: string;
  /** Instruction set - DPs that commands can set. */
  functions?: LangDpSpecification[];
  /** Status set - DPs the device reports. */
  status?: LangDpSpecification[];
}

/** One DP of a v1.2 specification, with its display name and the labels of its values. */
export interface LangDpSpecification {
  /** DP code. */
  code?: string;
  /** DP type: Boolean, Integer, Enum, String, Json, Bitmap, Raw, ... */
  type?: string;
  /** Value range as a JSON document inside a string (decode with json.loads). */
  values?: string;
  /** Display name of the DP. */
  name?: string;
  /** Labels by value or key, e.g. {"true": "ON", "false": "OFF"} or {"unit": "s"}. */
  lang_config?: Record<string, string>;
}

/** A code a DIY remote learned from the appliance's own remote. */
export interface LearningCode {
  /** Record ID (a number; the page's example prints it as a string). */
  id?: number | string;
  /** Learning ID (a number; printed as a string in the example). */
  learn_id?: number | string;
  /** ID of the remote. */
  remote_id?: string;
  /** Key the code was saved under. */
  key?: string;
  /** Display name of the key. */
  key_name?: string;
  /** The learned IR code; send it with infrared.send_learning_code. */
  code?: string;
}

/** A DP code usable in an automation, with its value type and range. */
export interface LinkageCode {
  /** DP code, e.g. switch_led or bright_value. */
  code?: string;
  /** Display name of the DP. */
  name?: string;
  /** Value type: Boolean, Integer or Enum in the tables (other DP types may appear). */
  type?: string;
  /**
   * Value range. Integer: min, max, scale, step, unit and type; Enum: range (the allowed strings) and
   * type; Boolean: type only. An object in the examples (the table says Map, or String); kept as sent.
   */
  values?: {
    /** Value type again (Integer, Enum, Boolean; also seen as lowercase value). */
    type?: string;
    /** Smallest value (Integer). */
    min?: number;
    /** Largest value (Integer). */
    max?: number;
    /** Decimal places: the real value is the integer divided by 10^scale (Integer). */
    scale?: number;
    /** Step between allowed values (Integer). */
    step?: number;
    /** Unit (Integer; may be empty). */
    unit?: string;
    /** Allowed values (Enum). */
    range?: string[];
  } | string;
}

/** A device that can take part in scenes or automations of a home. */
export interface LinkageDevice {
  /** Device ID. */
  device_id?: string;
  /** Device UUID. */
  uuid?: string;
  /** Device name. */
  name?: string;
  /**
   * Home ID: a string in the scene and automation device-list examples (and the voice API), a number
   * everywhere else Tuya returns a home ID; either is kept as sent.
   */
  home_id?: number | string;
  /** Product ID. */
  product_id?: string;
}

/** One alarm record of a lock. */
export interface LockAlarmLog {
  /** Time of the alarm (the page's example shows 10-digit seconds; treat the unit with care). */
  update_time?: number;
  /**
   * The alarm DP: code is hijack (duress), alarm_lock (general alarm) or doorbell. For hijack the value
   * names the unlock method and slot that triggered the duress alarm, e.g. unlock_fingerprint-02.
   */
  status?: DataPoint;
  /** Name of the user linked to the record. */
  nick_name?: string;
}

/** One page of alarm records (Tuya's Pagination object). */
export interface LockAlarmLogPage {
  /** Total number of matching records. */
  total?: number;
  /** The records of this page. */
  records?: LockAlarmLog[];
}

/**
 * Where an encrypted lock photo (file_*) and video (media_*) are stored (Tuya's MediaInfoVO). The
 * image URL is file_url joined with file_path; the content is AES-encrypted and must be decrypted with
 * file_key (media_key for the video). Fields are absent when there is no such media.
 */
export interface LockMedia {
  /** Image URL; in the example only the storage host, to be joined with file_path. */
  file_url?: string;
  /** Object path of the image in its bucket. */
  file_path?: string;
  /** Key to decrypt the image. */
  file_key?: string;
  /** Storage bucket of the image. */
  bucket?: string;
  /** Video URL. */
  media_url?: string;
  /** Object path of the video. */
  media_path?: string;
  /** Key to decrypt the video. */
  media_key?: string;
  /** Storage bucket of the video. */
  media_bucket?: string;
}

/** One unlock event of a lock. */
export interface LockOpenLog {
  /** Time of the event (Unix milliseconds in the page's example). */
  update_time?: number;
  /**
   * The unlock DP: code is the unlock method (unlock_fingerprint, unlock_password, unlock_temporary,
   * unlock_dynamic, unlock_card, unlock_face, unlock_key, unlock_identity_card, unlock_emergency; the
   * example also shows unlock_finger) and value is the lock's local slot number, or the password ID for
   * temporary and dynamic passwords.
   */
  status?: DataPoint;
  /** Name given to the unlock method (may be empty). */
  unlock_name?: string;
  /**
   * ID of the member who unlocked; "0" when not linked to a member, and seen empty on a real lock. A
   * string in every example; that lock-user APIs might send a number is only a guess, and one would be
   * kept as sent.
   */
  user_id?: string;
  /** Name of that member (may be empty). */
  nick_name?: string;
}

/** One page of unlock records (Tuya's DoorLockHistoryRes). */
export interface LockOpenLogPage {
  /** Number of records in the whole time window. */
  total?: number;
  /** The records of this page. */
  logs?: LockOpenLog[];
}

/** A one-time ticket for a remote lock operation. */
export interface LockTicket {
  /** The ticket; pass it to locks.operate_door once. */
  ticket_id?: string;
  /**
   * The ticket's key, AES-encrypted with the project's access secret (needed only by the password-based
   * unlock calls; a secret).
   */
  ticket_key?: string;
  /** Seconds the ticket stays valid, not a timestamp. */
  expire_time?: number;
}

/** Monthly series of one DP. */
export interface MonthlyStatistics {
  /** Values keyed by month, yyyyMM. */
  months?: Record<string, string>;
}

/** What an MQTT client needs to connect to the open hub. */
export interface OpenHubConfig {
  /** Broker address, e.g. ssl://m1.tuyaus.com:8883 (or a wss:// URL for websocket links). */
  url?: string;
  /** MQTT client ID to connect with. */
  client_id?: string;
  /** MQTT user name. */
  username?: string;
  /**
   * MQTT password; its middle 16 characters are the AES key of the messages (the mini-program page says
   * so).
   */
  password?: string;
  /** Topics to subscribe to, by kind, e.g. {"device": "cloud/token/in/..."}. */
  source_topic?: Record<string, string>;
  /** Topics to publish to, by kind. */
  sink_topic?: Record<string, string>;
  /** Seconds the settings stay valid; reconnect with new ones before. */
  expire_time?: number;
}

/**
 * A sub-device that joined a gateway. Times are 10-digit Unix seconds. The English page's table is
 * unusable, so the fields come from the Chinese page's example and Tuya's Go SDK.
 */
export interface PairedSubDevice {
  /** Device ID of the sub-device. */
  id?: string;
  /** Device name. */
  name?: string;
  /** Category code, e.g. ywbj (smoke detector). */
  category?: string;
  /** Product ID. */
  product_id?: string;
  /** Chip-level unique ID (in the Go SDK's struct, not in the page example). */
  uuid?: string;
  /** ID of the home that owns the device. */
  owner_id?: string;
  /** Whether the sub-device is online. */
  online?: boolean;
  /** Activation time (Unix seconds). */
  active_time?: number;
  /** Last status update (Unix seconds). */
  update_time?: number;
}

/** A device whose pairing failed, with Tuya's reason. */
export interface PairingFailedDevice {
  /** Device ID. */
  device_id?: string;
  /** Device name. */
  name?: string;
  /** Error code of the failure, as a string (e.g. "2001"). */
  code?: string;
  /** Text of the error code. */
  msg?: string;
}

/**
 * Outcome of a pairing session so far (Tuya's ParingResult): devices that joined and devices that
 * failed. Both lists may be empty while pairing is still in progress.
 */
export interface PairingResult {
  /** Devices paired successfully. */
  success?: PairingSuccessDevice[];
  /** Devices that failed to pair. */
  failed?: PairingFailedDevice[];
}

/** A device that was paired successfully with the token. */
export interface PairingSuccessDevice {
  /** Device ID assigned to the new device. */
  device_id?: string;
  /** Product ID. */
  product_id?: string;
  /** Product category code. */
  category?: string;
  /** Device name. */
  name?: string;
}

/**
 * Counts about a product (or all of the project's products): device activations, app users, feedback
 * and faults. Every count is a string of digits, as Tuya sends it; ratios are decimal strings ("2" =
 * twice yesterday's value).
 */
export interface ProductDataOverview {
  /**
   * today_active, yesterday_active, all_activate, near7_day_active, last7_day_active,
   * compared_with_yesterday_active.
   */
  dev_active?: Record<string, string>;
  /**
   * App users: today_add, yesterday_add, all_add, today_live, yesterday_live, ... (the key is spelt with
   * a capital A).
   */
  App_register?: Record<string, string>;
  /** today_feedback, all_feedback, compared_with_yesterday_feedback. */
  user_feedback?: Record<string, string>;
  /** today_dev_fault, yesterday_dev_fault, all_dev_fault, compared_with_yesterday_dev_fault. */
  dev_fault?: Record<string, string>;
  /** Active devices (listed by the mini-program reference only). */
  dev_live?: Record<string, string>;
}

/** 15-minute series of one DP. */
export interface QuarterHourStatistics {
  /** Values keyed by period start, yyyyMMddHHmm (e.g. 202305110015). */
  quarters?: Record<string, string>;
}

/** One key (button) of a remote. */
export interface RemoteKey {
  /**
   * Key name, e.g. power or PowerOn; send it with infrared.send_key or, if standard,
   * infrared.send_standard_key.
   */
  key?: string;
  /** Key ID (0 for the standard keys of air conditioners). */
  key_id?: number;
  /** Display name of the key. */
  key_name?: string;
  /** Whether the key is one of Tuya's standard keys for the category. */
  standard_key?: boolean;
}

/** The keys a remote supports and, for air conditioners, the ranges of its settings. */
export interface RemoteKeys {
  /** Brand of the appliance. */
  brand_id?: number;
  /** Appliance category. */
  category_id?: number;
  /** Index of the code library. */
  remote_index?: number;
  /** Whether the appliance is a single (non-split) air conditioner. */
  single_air?: boolean;
  /** Whether power on and power off are the same key. */
  duplicate_power?: boolean;
  /** The keys. */
  key_list?: RemoteKey[];
  /** Air conditioners only; empty for other appliances. */
  key_range?: AcModeRange[];
}

/** One status report of a device. */
export interface ReportLogEntry {
  /** Property (DP) code. */
  code?: string;
  /** The reported value: a string in the page's example ("true"), typed Object in its table. */
  value?: unknown;
  /** When the value was reported (Unix milliseconds). */
  event_time?: number;
}

/** One page of a device's status reports. */
export interface ReportLogPage {
  /** Device ID. */
  device_id?: string;
  /** Cursor to pass as last_row_key for the next page. */
  last_row_key?: string;
  /** True when further pages exist. */
  has_more?: boolean;
  /** Number of reports matching the query. */
  total?: number;
  /** Reports on this page, newest first. */
  logs?: ReportLogEntry[];
}

/**
 * A tap-to-run scene as the scene lists return it. The v1.1 list adds status; replies have been
 * documented without enabled, so no field is guaranteed.
 */
export interface Scene {
  /** Scene ID. */
  scene_id?: string;
  /** Scene name. */
  name?: string;
  /** Cover image URL (may be empty). */
  background?: string;
  /** Whether the scene can be run. */
  enabled?: boolean;
  /**
   * v1.1 only: state of the rule as a string, "1" for a normal (not deleted) scene; Tuya documents no
   * other value for this API.
   */
  status?: string;
  /** Steps the scene runs, in order. */
  actions?: AutomationAction[];
}

/** A device's shadow. */
export interface ShadowProperties {
  /** One entry per property asked for (every property when no codes are given). */
  properties?: ShadowProperty[];
}

/** The reported state of one property (DP) in a device's shadow. */
export interface ShadowProperty {
  /** Property (DP) code. */
  code?: string;
  /** DP id, the number the device uses on the LAN. */
  dp_id?: number;
  /** When the value was reported (Unix milliseconds). */
  time?: number;
  /** The reported value; its type follows the property's type. */
  value?: unknown;
  /** Name the user gave the property (may be empty). */
  custom_name?: string;
}

/**
 * How the reported values of a period are combined: sum (total of the reports), avg (mean), max, min,
 * minux (increase over the previous period - Tuya's spelling of "minus"), count (number of reports),
 * recent (latest value). Tuya's app-SDK statistics page documents recent for hourly series only; on
 * other periods it may be refused.
 */
export type StatisticAggregation = "sum" | "avg" | "max" | "min" | "minux" | "count" | "recent";

/** Lifetime aggregate of one DP. */
export interface StatisticTotal {
  /** Cumulative value as a decimal string, e.g. "92.68". */
  total?: string;
}

/** One DP of the device for which the cloud keeps statistics, and how it aggregates it. */
export interface StatisticType {
  /** DP code, e.g. add_ele. */
  code?: string;
  /** Aggregation configured for the DP (sum, avg, ...; see StatisticAggregation). */
  stat_type?: string;
}

/** A live-stream address. */
export interface StreamUrl {
  /**
   * The stream's URL (rtsps://, https://...m3u8, ...) with its signInfo; it expires after a while and
   * should be treated as a secret.
   */
  url?: string;
}

/** A sub-device (e.g. Zigbee) attached to a gateway. */
export interface SubDevice {
  /** Sub-device ID. */
  id?: string;
  /** Sub-device name. */
  name?: string;
  /** Whether the sub-device is online. */
  online?: boolean;
  /** Last activation (Unix seconds). */
  active_time?: number;
  /** Last status update (Unix seconds). */
  update_time?: number;
  /** Product ID. */
  product_id?: string;
  /** Category code, e.g. wsdcg (temperature/humidity sensor). */
  category?: string;
  /** Node ID of the sub-device within the gateway's network. */
  node_id?: string;
  /** ID of the home that owns the sub-device. */
  owner_id?: string;
  /** Icon path, relative to images.<region domain>. */
  icon?: string;
}

/** The user a sync created or updated. */
export interface SyncedUser {
  /** User ID. */
  uid: string;
}

/**
 * A device as the v2.0 thing calls return it (Tuya's DeviceFusionVO). Times are 10-digit Unix seconds.
 * Fields beyond these may appear and are kept.
 */
export interface Thing {
  /** Device ID. */
  id?: string;
  /** Chip-level unique ID. */
  uuid?: string;
  /** Device name. */
  name?: string;
  /** Name the user gave the device. */
  custom_name?: string;
  /** Category code, e.g. dj (light), kg (switch), cz (socket). */
  category?: string;
  /** Product ID. */
  product_id?: string;
  /** Product name. */
  product_name?: string;
  /** Icon path, relative to images.<region domain>. */
  icon?: string;
  /** Public IP address of the device (may be empty). */
  ip?: string;
  /** Latitude. */
  lat?: string;
  /** Longitude. */
  lon?: string;
  /** Key for LAN encryption. */
  local_key?: string;
  /** Whether the device is online (the older families call it `online`). */
  is_online?: boolean;
  /** True when the device is a gateway sub-device. */
  sub?: boolean;
  /** Time zone offset, e.g. +01:00. */
  time_zone?: string;
  /** Product model. */
  model?: string;
  /** ID of the space (home) the device is bound to. */
  bind_space_id?: string;
  /** Last activation (Unix seconds). */
  active_time?: number;
  /** First pairing time (Unix seconds). */
  create_time?: number;
  /** Last update (Unix seconds). */
  update_time?: number;
}

/** The thing model of a device. */
export interface ThingModel {
  /**
   * The model as JSON text (decode with json.loads): {modelId, services: [{code, name, description,
   * properties: [{abilityId (the DP id), code, name, description, accessMode (ro, rw or wr), typeSpec:
   * {type: bool | value | enum | string | raw | bitmap, ...}}], actions, events}]}.
   */
  model?: string;
}

/** One stored timer (an instruction of a group) as the list APIs return it. */
export interface Timer {
  /**
   * Unique ID of this timer: a number in this v1.0 API's example (4906528). Tuya's v2.0 timer API uses
   * string IDs, but that is another API; a string here would be kept as sent.
   */
  timer_id?: number;
  /** Date of a one-off timer (YYYYMMDD); empty for repeating timers. */
  date?: string;
  /** Time of day, HH:MM. */
  time?: string;
  /** Weekday mask, read Monday first (0000010 = Saturday; see TimerLoops). */
  loops?: string;
  /** Time zone ID, e.g. Asia/Shanghai. */
  timezone_id?: string;
  /** 0 disabled, 1 enabled, 2 deleted. */
  status?: 0 | 1 | 2;
  /** DPs the timer sets. */
  functions?: DataPoint[];
  /** Position of the timer within its group. */
  group_order?: number;
  /** Remark given when the group was created. */
  alias_name?: string;
  /** Whether the app is notified when the timer runs (in the example, not the table). */
  is_app_push?: boolean;
}

/** One category of a device's timers with its groups. */
export interface TimerCategory {
  category?: TimerCategoryState;
  /** Timer groups of this category. */
  groups?: TimerGroup[];
}

/** A timer category and its status. */
export interface TimerCategoryState {
  /** Category name. */
  category?: string;
  /** Status of the category (1 in the examples; values are not documented). */
  status?: number;
}

/** A timer group and the timers it holds. */
export interface TimerGroup {
  /** Timer group ID. */
  id?: string;
  /** The group's timers. */
  timers?: Timer[];
}

/** The ID of a timer group that was just created. */
export interface TimerGroupRef {
  /**
   * Timer group ID (use it to update, enable or delete the group). A string in every example (e.g.
   * 000000mwf3); the table of the newer page types it Long, so a number is accepted too.
   */
  group_id: string | number;
}

/** One execution of a timer group - when it runs and which DPs it sets. */
export interface TimerInstruction {
  /** Time of day the task runs, HH:MM in 24-hour form, local to timezone_id. */
  time: string;
  /**
   * Date of a one-off run, YYYYMMDD (e.g. 20181212). When a date is given the timer does not repeat, so
   * loops must be 0000000. The date and time must lie in the future.
   */
  date?: string;
  /** DPs to set when the task runs. */
  functions: DataPoint[];
}

/**
 * Seven characters of 0/1, one per weekday, read MONDAY FIRST: 1 runs the task that day. 0000010 runs
 * on Saturdays only; 1111100 on weekdays (Monday to Friday); 0000000 means "not repeating" (a one-off
 * task, which then needs a date). Monday first is what the page of these v1.0 timer calls says
 * (0000010 = Saturday); Tuya's newer cloud timer pages and its panel timer page read the mask Sunday
 * first (0000001 = Saturday), under which 0000010 would mean Friday. 1111111 and 0000000 mean the same
 * under both readings. See the conflict on device_timers.add.
 *
 * Must match `^[01]{7}$`.
 */
export type TimerLoops = string;

/**
 * A token pair as the token APIs return it. expire_time counts seconds from the moment of the reply,
 * so the expiry is the reply's time plus expire_time, read on one clock: Tuya's (the envelope `t`) or
 * the caller's own (the time the reply arrived), never one against the other.
 */
export interface TokenInfo {
  /** Token that signs every business call. */
  access_token?: string;
  /**
   * Seconds the access token stays valid (7200 for a new token; less when Tuya hands back a token that
   * is still alive).
   */
  expire_time?: number;
  /** Refresh token; single use, no expiry. */
  refresh_token?: string;
  /** Tuya user ID of the cloud project's account. */
  uid?: string;
  /**
   * Name one older page gives the lifetime field in its table; every example (and the live API) uses
   * expire_time. Read expire_time first and fall back to this.
   * @deprecated
   */
  expire?: number;
}

/** Profile of one app user. */
export interface UserInfo {
  /** User ID. */
  uid?: string;
  /** Login name (phone with country prefix, e.g. 86-1555****005, or an email). */
  username?: string;
  /** Phone country code, e.g. 86. */
  country_code?: string;
  /** Phone number; only for users who registered with a phone. */
  mobile?: string;
  /** Email address; only for users who registered with email (may be empty). */
  email?: string;
  /** Nickname. */
  nick_name?: string;
  /** URL of the avatar image. */
  avatar?: string;
  /** Registration time (Unix seconds). */
  create_time?: number;
  /** Last profile update (Unix seconds). */
  update_time?: number;
  /** Profile settings such as consent flags. */
  user_properties?: UserProperty[];
  /** Time zone ID, e.g. Asia/Shanghai. */
  time_zone_id?: string;
  /** Preferred temperature unit (1 = Celsius in the example; Tuya apps use 2 for Fahrenheit). */
  temp_unit?: number;
}

/** One page of an app's users. */
export interface UserPage {
  /** Users on this page. */
  list?: AppUser[];
  /** True when further pages exist. */
  has_more?: boolean;
  /** Number of users matching the filter. */
  total?: number;
}

/** One profile setting of a user as a code/value pair. */
export interface UserProperty {
  /** Setting code, e.g. dataAuthorization or marketingPush. */
  code?: string;
  /** Setting value as a string, e.g. "1". */
  value?: string;
}

/**
 * One page of the v1.0 user list. Its "more pages" flag is spelt has_mode in the one client that types
 * the reply (a typo of has_more); both spellings are declared.
 */
export interface UserV1Page {
  /** The users on this page. */
  list?: AppUser[];
  /** Number of users in the app. */
  total?: number;
  /** Whether a later page has users. */
  has_more?: boolean;
  /** has_more as TuyaAPI/openapi types it (kept as sent). */
  has_mode?: boolean;
}

/** A weather quantity an automation condition (entity_type 3) can compare. */
export interface WeatherCondition {
  /** Weather code without the $, e.g. temp; write it as $temp in a condition. */
  category?: string;
  /** Display name, e.g. Temperature. */
  category_name?: string;
  /** The comparison operators allowed, as a JSON text array, e.g. ["<","==",">"]; parse it before use. */
  operators?: string;
  /** Value range: type (value or enum), min, max, step and unit for numbers, range for enums. */
  property?: Record<string, unknown>;
}

/** What a WebRTC client needs to reach the device's camera through Tuya's signalling. */
export interface WebRtcConfig {
  /** Device ID. */
  id?: string;
  /** ID of the signalling service to address. */
  moto_id?: string;
  /** Authorization code for the signalling session (a secret). */
  auth?: string;
  /** The camera's capabilities as a JSON text; parse it before use. */
  skill?: string;
  /** Whether the device can stream over WebRTC at all. */
  supports_webrtc?: boolean;
  /** Default video definition. The name is Tuya's, misspelt ("vedio") on the wire, so it is kept. */
  vedio_clarity?: number;
  /** Audio abilities: call_mode and hardware_capability, lists of numbers. */
  audio_attributes?: {
    /** Supported call modes. */
    call_mode?: number[];
    /** Audio hardware of the device (speaker, microphone). */
    hardware_capability?: number[];
  };
  /** Peer-to-peer settings. */
  p2p_config?: {
    /** ICE servers, STUN first. */
    ices?: WebRtcIceServer[];
  };
}

/** One ICE server (STUN, TURN or Tuya's NAT helper) for a WebRTC connection. */
export interface WebRtcIceServer {
  /** Server address, e.g. stun:host:port or turn:host:3478. */
  urls?: string;
  /** TURN user name (TURN servers only). */
  username?: string;
  /** TURN password (TURN servers only; a secret). */
  credential?: string;
  /** How long the credential is valid, in seconds. */
  ttl?: number;
}

/** Weekly series of one DP. */
export interface WeeklyStatistics {
  /** Values keyed by week, in the format of start_week/end_week. */
  weeks?: Record<string, string>;
}
