// Generated from spec/groups/token.yaml by `python -m generator`; do not edit.
// Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud).

import { Resource, type RequestOptions } from "../runtime/client.js";
import type { Operation } from "../runtime/operation.js";
import type { TokenInfo } from "../types.js";

export const GET: Operation = {
  id: "token.get",
  method: "GET",
  path: "/v1.0/token",
  auth: "client",
  retrySafe: true,
  params: [
    {"name": "grant_type", "location": "query", "required": true, "sensitive": false, "schema": {"type": "integer", "enum": [1, 2]}},
    {"name": "code", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "terminal_id", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
    {"name": "target_uid", "location": "query", "required": false, "sensitive": false, "schema": {"type": "string", "minLength": 1}},
  ],
  rules: [
    {"name": "code_needs_oauth_grant", "message": "an authorization code is only accepted with grant_type 2", "when": {"field": "code", "present": true}, "then": {"field": "grant_type", "const": 2}},
    {"name": "target_uid_needs_simple_grant", "message": "target_uid (IAM) is only accepted with grant_type 1", "when": {"field": "target_uid", "present": true}, "then": {"field": "grant_type", "const": 1}},
  ],
  pagination: null,
  result: {"$ref": "TokenInfo"},
};

export const REFRESH: Operation = {
  id: "token.refresh",
  method: "GET",
  path: "/v1.0/token/{refresh_token}",
  auth: "client",
  retrySafe: false,
  params: [
    {"name": "refresh_token", "location": "path", "required": true, "sensitive": true, "schema": {"type": "string"}},
  ],
  rules: [],
  pagination: null,
  result: {"$ref": "TokenInfo"},
};

export interface TokenGetParams {
  /** 1 = simple mode (what this SDK uses); 2 = OAuth 2.0 authorization-code mode (needs code). */
  grant_type: 1 | 2;
  /** OAuth 2.0 authorization code; only with grant_type 2. */
  code?: string | undefined;
  /** Identifier of the calling terminal. */
  terminal_id?: string | undefined;
  /** ID of a user authenticated through Identity and Access Management (IAM); only with grant_type 1. */
  target_uid?: string | undefined;
}

export interface TokenRefreshParams {
  /** The refresh token from token.get or from the previous refresh. */
  refresh_token: string;
}

/** Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud). */
export class TokenResource extends Resource {
  /**
   * Get an access token (simple mode).
   *
   * Issues an access token and refresh token for the project. Pass grant_type=1 (simple mode) for
   * cloud-to-cloud use; grant_type=2 exchanges an OAuth 2.0 authorization code. If the project already
   * holds a valid token, Tuya may return that one with its remaining lifetime, so several processes
   * sharing one Access ID share (and can invalidate) one token.
   *
   * Rules (checked before anything is sent):
   * - an authorization code is only accepted with grant_type 2.
   * - target_uid (IAM) is only accepted with grant_type 1.
   *
   * @returns The new (or still valid) token pair.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {CredentialsError} Tuya answered 1003, 1107.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cloud/6c1636a9bd?id=Ka7kjumkoa53v
   */
  get(params: TokenGetParams, options?: RequestOptions): Promise<TokenInfo> {
    return this.client.call<TokenInfo>(GET, params, options);
  }

  /**
   * Exchange a refresh token for a new token pair.
   *
   * Trades the current refresh token for a new access token and refresh token. The refresh token works
   * once: after a successful call the old access token and old refresh token stop working, so never send
   * this call twice or from two processes at once. If it fails, fall back to token.get.
   *
   * @returns The new token pair; store the new refresh_token, the old one is spent.
   * @throws {TuyaValidationError} an argument breaks the spec's rules; nothing was sent.
   * @throws {ServerBusyError} Tuya answered 500.
   * @throws {SignatureError} Tuya answered 1004.
   * @throws {TokenError} Tuya answered 1011, 1012.
   * @throws {TuyaAPIError} any other error Tuya reports (every class above derives from it).
   * @throws {TuyaConnectionError} Tuya could not be reached or did not answer in time.
   * @see https://developer.tuya.com/en/docs/cubeprivate-cloud/80bb968f1d?id=Kdr7o5e65p7nl
   */
  refresh(params: TokenRefreshParams, options?: RequestOptions): Promise<TokenInfo> {
    return this.client.call<TokenInfo>(REFRESH, params, options);
  }
}
