// Generated from spec/errors.yaml by `python -m generator`; do not edit.
// Error classes for Tuya's error codes, one per error family; all derive from TuyaAPIError.

import { TuyaAPIError, type ErrorInfo } from "./runtime/errors.js";

/** The access token is missing, expired or revoked. The client renews it and sends the call again once. */
export class TokenError extends TuyaAPIError {}

/** Tuya rejected the signature. */
export class SignatureError extends TuyaAPIError {}

/**
 * This machine's clock is too far from Tuya's. The client re-syncs t from Tuya's reply and sends the
 * call again once; if that fails, sync the clock (NTP).
 */
export class ClockSkewError extends TuyaAPIError {}

/** The project credentials or the token grant are wrong. */
export class CredentialsError extends TuyaAPIError {}

/**
 * The project may not call this API or reach this resource; check the API subscription, the linked app
 * account and the data centre.
 */
export class PermissionDeniedError extends TuyaAPIError {}

/**
 * The project's call quota is used up or its plan has expired. Tuya refuses every call until the quota
 * refreshes or the plan is extended, so the client never retries these; see the message for what to
 * do.
 */
export class QuotaExceededError extends TuyaAPIError {}
/** The family's earlier name, kept working. */
export const QuotaError = QuotaExceededError;
export type QuotaError = QuotaExceededError;

/** Tuya rejected a parameter. */
export class ParameterError extends TuyaAPIError {}

/** The request itself is malformed (path, method, headers). */
export class InvalidRequestError extends TuyaAPIError {}

/**
 * Too many concurrent or too frequent calls for the project (limits are shared by every client of one
 * Access ID). Retry-safe calls are retried after at least a second; the client's rate limit and
 * concurrency cap (a limiter shared through Redis for several processes) keep calls inside the limit.
 */
export class RateLimitError extends TuyaAPIError {}

/** Tuya is failing or busy. Retry-safe calls are retried with backoff. */
export class ServerBusyError extends TuyaAPIError {}

/** The resource does not exist. */
export class NotFoundError extends TuyaAPIError {}

/** The device cannot carry out the request (offline, unsupported function or value). */
export class DeviceError extends TuyaAPIError {}

/** What the spec says about each code: its class, what the runtime does, and a hint for the user. */
export const ERROR_INFO: ReadonlyMap<number, ErrorInfo> = new Map<number, ErrorInfo>([
  [500, { cls: ServerBusyError, action: "retry", hint: "Tuya's backend failed or timed out; try again later." }], // system error, please contact the admin
  [1000, { cls: NotFoundError, action: "none", hint: "The resource does not exist (wrong ID)." }], // data not exist
  [1001, { cls: CredentialsError, action: "none", hint: "The access secret is wrong." }], // secret invalid
  [1002, { cls: TokenError, action: "renew_token", hint: "The request carried no access token." }], // access_token is null
  [1003, { cls: CredentialsError, action: "none", hint: "The token request used an unsupported grant_type." }], // grant type invalid
  [1004, { cls: SignatureError, action: "none", hint: "The signature does not match: wrong secret, or the signed request differs from the sent one." }], // sign invalid
  [1005, { cls: CredentialsError, action: "none", hint: "The Access ID (client_id) is unknown." }], // clientId invalid
  [1006, { cls: InvalidRequestError, action: "none", hint: "The Content-Type is not supported." }], // not support content type
  [1007, { cls: CredentialsError, action: "none", hint: "The key is not supported; use a cloud project key." }], // not support key
  [1008, { cls: CredentialsError, action: "none", hint: "The Access ID is not valid for this call." }], // invalid access
  [1010, { cls: TokenError, action: "renew_token", hint: "The access token expired (Tuya also sends this code as 'token invalid')." }], // token is expired
  [1011, { cls: TokenError, action: "renew_token", hint: "The access token is not valid." }], // token invalid
  [1012, { cls: TokenError, action: "renew_token", hint: "The access token was revoked or replaced." }], // token status is invalid
  [1013, { cls: ClockSkewError, action: "clock_skew", hint: "The t header is too far from Tuya's clock: sync this machine's clock (NTP)." }], // request time is invalid
  [1100, { cls: ParameterError, action: "none", hint: "A required parameter is missing." }], // param is empty
  [1101, { cls: ParameterError, action: "none", hint: "A parameter is out of range." }], // params range invalid
  [1102, { cls: ParameterError, action: "none", hint: "A parameter is null." }], // param is null
  [1103, { cls: DeviceError, action: "none", hint: "The command could not be delivered to the device." }], // commands issue error
  [1104, { cls: ParameterError, action: "none", hint: "A parameter has the wrong type." }], // type is incorrect
  [1105, { cls: InvalidRequestError, action: "none", hint: "A required header is missing." }], // missing the header
  [1106, { cls: PermissionDeniedError, action: "none", hint: "Not authorised: API not subscribed, app account not linked, wrong data centre, or device not in the project. Look the tid up in the console's API call log." }], // permission deny
  [1107, { cls: CredentialsError, action: "none", hint: "The authorization code is not valid." }], // code invalid
  [1108, { cls: InvalidRequestError, action: "none", hint: "Unknown path, or the wrong HTTP method for it." }], // uri path invalid
  [1109, { cls: ParameterError, action: "none", hint: "A parameter is not valid." }], // param is illegal, please check it
  [1110, { cls: RateLimitError, action: "rate_limited", hint: "Too many concurrent requests for the project; cap the requests in flight (the client's concurrency cap)." }], // concurrent request over limit
  [1111, { cls: ServerBusyError, action: "retry", hint: "Tuya is busy; try again later." }], // system is busy, please retry later
  [1112, { cls: ServerBusyError, action: "retry", hint: "The user's data is being synchronised; try again later." }], // the user is syncing in the background, please try again later
  [1113, { cls: RateLimitError, action: "none", hint: "The same operation was repeated too soon (the global list also uses this code for trial plan limits)." }], // do not repeat the operation in a short time
  [1199, { cls: RateLimitError, action: "rate_limited", hint: "The project's call frequency limit was exceeded; limit the calls per second (the client's rate limit, shared through Redis when several processes use the Access ID)." }], // your requests are too frequent
  [1400, { cls: TokenError, action: "renew_token", hint: "The access token is not valid." }], // token invalid
  [2001, { cls: DeviceError, action: "none", hint: "The device is offline." }], // device is offline
  [2002, { cls: NotFoundError, action: "none", hint: "The user has no devices." }], // this user does not have any devices
  [2003, { cls: DeviceError, action: "none", hint: "The device does not support this function." }], // function not support
  [2004, { cls: DeviceError, action: "none", hint: "The lock type is not supported." }], // not support the lock type
  [2005, { cls: NotFoundError, action: "none", hint: "The product does not exist." }], // product not exist
  [2006, { cls: NotFoundError, action: "none", hint: "The user does not exist." }], // user not exist
  [2007, { cls: DeviceError, action: "none", hint: "The device token expired (the token API also uses it for cross-region access)." }], // device token expired
  [2008, { cls: DeviceError, action: "none", hint: "The command or value is not supported by the device." }], // command or value not support
  [2009, { cls: DeviceError, action: "none", hint: "The device is not supported." }], // not support this device
  [2010, { cls: NotFoundError, action: "none", hint: "The device does not exist." }], // device not exist
  [28841002, { cls: QuotaExceededError, action: "none", hint: "The project's cloud development plan has expired; Tuya refuses calls until it is extended or renewed on the Tuya Developer Platform (Cloud > Development > the project's service plan). Retrying does not help." }], // No permissions. Your subscription to cloud development plan has expired.
  [28841004, { cls: QuotaExceededError, action: "none", hint: "The project's Trial Edition quota of API calls is used up (the free IoT Core trial allows about 26,000 calls a month per project; polling one device once a minute takes about 43,000). Tuya refuses every call until the quota refreshes or the plan is extended or upgraded on the Tuya Developer Platform, so retrying does not help; make fewer calls (poll less often, count calls with the client's hooks, limit their rate)." }], // No permissions. Your quota of Trial Edition is used up.
  [28841105, { cls: PermissionDeniedError, action: "none", hint: "The project is not authorised for this API." }], // No permissions. This project is not authorized to call this API
  [60009001, { cls: PermissionDeniedError, action: "none", hint: "The API permission package is wrong." }], // API permission package error.
]);
