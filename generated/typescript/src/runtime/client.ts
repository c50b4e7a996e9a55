/**
 * The request path every generated method shares: validate, sign, send, retry, unwrap.
 *
 * The generated `TuyaCloud` subclass adds one resource per API group and hands this class the
 * spec-derived tables (regions, error codes, schemas, token operations).
 */

import { createHash, randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

import {
  TuyaAPIError,
  TuyaConfigError,
  TuyaConnectionError,
  TuyaError,
  TuyaResponseError,
  TuyaTimeoutError,
  TuyaValidationError,
  type ErrorInfo,
} from "./errors.js";
import { prepareRequest, type Query } from "./generic.js";
import { JsonError, isPlainObject, jsonText, parseJson, type JsonValue } from "./json.js";
import type { Operation, Schema } from "./operation.js";
import { prepare, type Prepared } from "./request.js";
import { sign, wireUrl, type Pair } from "./signing.js";
import { MemoryTokenStore, Token, TokenManager, type TokenData, type TokenStore } from "./tokens.js";
import { Invalid, check, type Resolver } from "./validation.js";

export const DEFAULT_TIMEOUT_MS = 30_000; // no call can hang forever
export const DEFAULT_MAX_RETRIES = 2;
const RETRY_BASE_DELAY_MS = 500;
const RETRY_MAX_DELAY_MS = 8_000;
const RETRY_AFTER_CAP_MS = 60_000;
const RATE_LIMITED_MIN_DELAY_MS = 1_000; // Tuya counts calls per second (errors 1110 / 1199)
const RETRY_HTTP_STATUS = new Set([429, 500, 502, 503, 504]);
// fetch failures that happen before a request leaves this machine: resending cannot repeat it
const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Where the SDK's log lines go; nothing is logged unless a logger is given. Lines never hold secrets. */
export interface Logger {
  debug?(message: string): void;
  info?(message: string): void;
  warn?(message: string): void;
}

export interface ClientOptions<R extends string = string> {
  /** The cloud project's Access ID (or TUYA_ACCESS_ID). */
  accessId?: string | undefined;
  /** The project's Access Secret (or TUYA_ACCESS_SECRET). Never logged or shown. */
  accessSecret?: string | undefined;
  /** Data centre (or TUYA_REGION). */
  region?: R | undefined;
  /** Instead of region, an explicit base URL (or TUYA_BASE_URL); plain http only on loopback. */
  baseUrl?: string | undefined;
  /** Milliseconds for a whole call: connecting, sending, reading, retries and their waits; default 30000. */
  timeout?: number | undefined;
  /** Retries of retry-safe calls on transient failures; default 2. */
  maxRetries?: number | undefined;
  /** Language of Tuya's messages (e.g. "en"). */
  lang?: string | undefined;
  /** Where the access token lives; default: in this client only. */
  tokenStore?: TokenStore | undefined;
  /** On error 1013, re-sign with Tuya's clock once instead of failing; default true. */
  correctClockSkew?: boolean | undefined;
  /** Extra headers for every call, covered by the signature (Signature-Headers). */
  signedHeaders?: Readonly<Record<string, string>> | undefined;
  /** Check every result against the spec's schema and throw TuyaResponseError on a mismatch (for contract tests). */
  strictResponses?: boolean | undefined;
  /** A fetch to use instead of the global one (e.g. with a proxy dispatcher). */
  fetch?: typeof globalThis.fetch | undefined;
  logger?: Logger | undefined;
}

/** Per-call overrides of the client's defaults. */
export interface RequestOptions {
  /** Milliseconds for this whole call, retries included; default: the client's. */
  timeout?: number | undefined;
  /** How often to retry this call on transient failures; default: the client's. */
  maxRetries?: number | undefined;
  /** Resend on failure even though the operation is not marked retry-safe (default: the spec decides). */
  allowRetry?: boolean | undefined;
}

export interface PageOptions {
  /** Milliseconds for each page's call, retries included; default: the client's. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Stop with a TuyaError after this many pages; default 1000. */
  maxPages?: number | undefined;
}

/** `client.request(...)`: any endpoint, signed like the operations. */
export interface GenericRequest extends RequestOptions {
  /** GET, POST, PUT or DELETE. */
  method: string;
  /** Sent and signed as given, e.g. `/v1.0/devices/${encodeURIComponent(id)}/status`: percent-encode the values in it. */
  path: string;
  /** Encoded and signed sorted by name, as the operations do; a list goes comma-separated, null leaves a name out. */
  query?: Query | undefined;
  /** Any JSON value, sent as compact UTF-8 JSON; none for GET. */
  body?: unknown;
}

const CLIENT_OPTIONS = [
  "accessId",
  "accessSecret",
  "region",
  "baseUrl",
  "timeout",
  "maxRetries",
  "lang",
  "tokenStore",
  "correctClockSkew",
  "signedHeaders",
  "strictResponses",
  "fetch",
  "logger",
];
const REQUEST_OPTIONS = ["timeout", "maxRetries", "allowRetry"];
const PAGE_OPTIONS = ["timeout", "maxRetries", "maxPages"];
const GENERIC_FIELDS = ["method", "path", "query", "body", ...REQUEST_OPTIONS];

/** What the generated client passes in: the spec's tables. */
export interface SpecTables {
  readonly regions: Readonly<Record<string, string>>;
  readonly errors: ReadonlyMap<number, ErrorInfo>;
  readonly schemas: Readonly<Record<string, Schema>>;
  readonly grant: Operation;
  readonly refresh: Operation;
}

interface Envelope {
  readonly success: boolean;
  readonly result?: unknown;
  readonly code?: unknown;
  readonly msg?: unknown;
  readonly t?: unknown;
  readonly tid?: unknown;
}

/** A failed attempt that may be retried; `safe` when the request surely never reached Tuya. */
class RetrySignal {
  constructor(
    readonly error: TuyaError,
    readonly safe: boolean,
    readonly delayMs: number | null = null,
  ) {}
}

function env(name: string): string | undefined {
  const value = process.env[name];
  return value ? value : undefined;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return isIP(host) === 6 && host === "::1"; // WHATWG URLs write IPv6 hosts compressed
}

function checkedTimeout(timeout: unknown, where: string): number {
  if (typeof timeout !== "number" || !Number.isFinite(timeout) || timeout <= 0) {
    throw new TuyaConfigError(`${where} must be a positive, finite number of milliseconds, got ${jsonText(timeout)}`);
  }
  return timeout;
}

function checkedCount(count: unknown, where: string, least: number): number {
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < least) {
    throw new TuyaConfigError(`${where} must be an integer >= ${least}, got ${jsonText(count)}`);
  }
  return count;
}

function checkedRetries(retries: unknown, where: string): number {
  return checkedCount(retries, where, 0);
}

/** Options must be an object with known names only: a misspelt option would otherwise be ignored. */
function checkedOptions<T extends object>(options: T | undefined | null, known: readonly string[], where: string): Partial<T> {
  if (options === undefined || options === null) return {};
  if (!isPlainObject(options)) throw new TuyaConfigError(`${where} must be an object, got ${typeof options}`);
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) throw new TuyaConfigError(`${where}: unknown option ${JSON.stringify(name)} (options: ${known.join(", ")})`);
  }
  return options;
}

function checkedFlag(value: unknown, where: string): boolean | undefined {
  if (value !== undefined && typeof value !== "boolean") {
    throw new TuyaConfigError(`${where} must be true or false, got ${jsonText(value)}`);
  }
  return value;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null;
}

function field(result: unknown, name: string): unknown {
  return isPlainObject(result) ? result[name] : undefined;
}

/** Base of the generated resources: one per API group. */
export class Resource {
  protected readonly client: BaseClient;

  constructor(client: BaseClient) {
    this.client = client;
  }
}

/** Configuration, the token manager and the call pipeline. */
export class BaseClient {
  readonly accessId: string;
  readonly baseUrl: string;
  protected timeout: number;
  protected maxRetries: number;
  private readonly lang: string | undefined;
  private readonly correctClockSkew: boolean;
  private readonly strictResponses: boolean;
  private readonly signedHeaders: readonly Pair[];
  private readonly tables: SpecTables;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly logger: Logger | undefined;
  private readonly resolve: Resolver;
  private readonly signer: (input: Omit<Parameters<typeof sign>[0], "clientId" | "secret">) => string;
  // Shared by copies made with withOptions(): the token and what was learned about Tuya's clock.
  private readonly tokens: TokenManager;
  private readonly clock: { offsetMs: number };
  private resources = new Map<string, Resource>();

  constructor(given: ClientOptions, tables: SpecTables) {
    const options = checkedOptions(given, CLIENT_OPTIONS, "TuyaCloud options");
    const accessId = options.accessId || env("TUYA_ACCESS_ID");
    const secret = options.accessSecret || env("TUYA_ACCESS_SECRET");
    if (!accessId) throw new TuyaConfigError("accessId is required (or set TUYA_ACCESS_ID)");
    if (!secret) throw new TuyaConfigError("accessSecret is required (or set TUYA_ACCESS_SECRET)");
    if (typeof accessId !== "string") throw new TuyaConfigError(`accessId must be a string, got ${typeof accessId}`);
    if (typeof secret !== "string") throw new TuyaConfigError(`accessSecret must be a string, got ${typeof secret}`);
    if (options.lang !== undefined && typeof options.lang !== "string") throw new TuyaConfigError("lang must be a string");
    const store: unknown = options.tokenStore;
    if (store !== undefined && !(isObject(store) && typeof store["load"] === "function" && typeof store["save"] === "function")) {
      throw new TuyaConfigError("tokenStore must have load() and save() methods");
    }
    if (options.logger !== undefined && !isObject(options.logger)) throw new TuyaConfigError("logger must be an object");
    if (options.signedHeaders !== undefined && !isPlainObject(options.signedHeaders)) {
      throw new TuyaConfigError("signedHeaders must be an object of header names to values");
    }
    this.tables = tables;
    this.accessId = accessId;
    this.baseUrl = BaseClient.resolveBaseUrl(options.region, options.baseUrl, tables.regions);
    this.timeout = checkedTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS, "timeout");
    this.maxRetries = checkedRetries(options.maxRetries ?? DEFAULT_MAX_RETRIES, "maxRetries");
    this.lang = options.lang;
    this.correctClockSkew = checkedFlag(options.correctClockSkew, "correctClockSkew") ?? true;
    this.strictResponses = checkedFlag(options.strictResponses, "strictResponses") ?? false;
    this.signedHeaders = BaseClient.checkSignedHeaders(options.signedHeaders ?? {});
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function") throw new TuyaConfigError("no global fetch: use Node 20 or later, or pass fetch");
    this.fetchImpl = fetchImpl;
    this.logger = options.logger;
    this.resolve = (name) => {
      const schema = tables.schemas[name];
      if (schema === undefined) throw new TuyaError(`the spec has no schema named ${name}`);
      return schema;
    };
    // The secret lives only in this closure: not a property, so never in a log, inspect() or JSON.
    this.signer = (input) => sign({ ...input, clientId: accessId, secret });
    this.clock = { offsetMs: 0 };
    const log = { info: (message: string) => this.logger?.info?.(message) };
    this.tokens = new TokenManager(
      options.tokenStore ?? new MemoryTokenStore(),
      () => this.grantToken(),
      (refreshToken) => this.refreshToken(refreshToken),
      log,
    );
  }

  // ------------------------------------------------------------ configuration

  private static resolveBaseUrl(
    region: string | undefined,
    baseUrl: string | undefined,
    regions: Readonly<Record<string, string>>,
  ): string {
    const names = Object.keys(regions).join(", ");
    if (region !== undefined && baseUrl !== undefined) throw new TuyaConfigError("give region or baseUrl, not both");
    if (region === undefined && baseUrl === undefined) {
      baseUrl = env("TUYA_BASE_URL");
      region = baseUrl ? undefined : env("TUYA_REGION");
    }
    if (baseUrl === undefined) {
      if (region === undefined) {
        throw new TuyaConfigError(`region is required (one of ${names}), or baseUrl; or set TUYA_REGION / TUYA_BASE_URL`);
      }
      const known = Object.hasOwn(regions, region) ? regions[region] : undefined;
      if (known === undefined) throw new TuyaConfigError(`unknown region ${JSON.stringify(region)}; use one of ${names}`);
      return known;
    }
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new TuyaConfigError(`baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
      throw new TuyaConfigError(`baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
    }
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new TuyaConfigError("plain http is allowed only on loopback (127.0.0.1, ::1, localhost); use https");
    }
    if (url.search || url.hash || url.username || url.password) {
      throw new TuyaConfigError("baseUrl must not have a query, fragment or credentials");
    }
    return baseUrl.replace(/\/+$/, "");
  }

  private static checkSignedHeaders(headers: Readonly<Record<string, string>>): Pair[] {
    const pairs: Pair[] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (!name || /[:\r\n ]/.test(name) || typeof value !== "string" || /[\r\n]/.test(value)) {
        throw new TuyaConfigError(`signedHeaders: ${JSON.stringify(name)} is not a valid header name/value pair`);
      }
      pairs.push([name, value]);
    }
    return pairs;
  }

  /** A copy with other defaults that shares this client's token and connection pool. */
  withOptions(given: { timeout?: number | undefined; maxRetries?: number | undefined }): this {
    const options = checkedOptions(given, ["timeout", "maxRetries"], "withOptions");
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this);
    if (options.timeout !== undefined) copy.timeout = checkedTimeout(options.timeout, "timeout");
    if (options.maxRetries !== undefined) copy.maxRetries = checkedRetries(options.maxRetries, "maxRetries");
    copy.resources = new Map(); // resources made for the original point at it
    return copy;
  }

  /** The resource object of one API group, made on first use. */
  protected resource<T extends Resource>(name: string, make: new (client: BaseClient) => T): T {
    let made = this.resources.get(name);
    if (made === undefined) {
      made = new make(this);
      this.resources.set(name, made);
    }
    return made as T;
  }

  /** How many times this client (and its copies) fetched or refreshed a token. */
  get tokenRenewals(): number {
    return this.tokens.renewals;
  }

  toString(): string {
    return `${this.constructor.name}(accessId=${JSON.stringify(this.accessId)}, baseUrl=${JSON.stringify(this.baseUrl)})`;
  }

  [INSPECT](): string {
    return this.toString();
  }

  toJSON(): { accessId: string; baseUrl: string } {
    return { accessId: this.accessId, baseUrl: this.baseUrl };
  }

  // ------------------------------------------------------------ tokens

  private async grantToken(): Promise<Token> {
    return this.tokenFrom(await this.call<unknown>(this.tables.grant, { grant_type: 1 }));
  }

  private async refreshToken(refreshToken: string): Promise<Token> {
    return this.tokenFrom(await this.call<unknown>(this.tables.refresh, { refresh_token: refreshToken }));
  }

  /** A token reply, read strictly: anything but a non-empty token and a positive lifetime is an error, never a token. */
  private tokenFrom(result: unknown): Token {
    const access = field(result, "access_token");
    const lifetime = field(result, "expire_time") ?? field(result, "expire"); // older pages say `expire`
    if (typeof access !== "string" || !access) {
      throw new TuyaResponseError(`the token reply has no access_token (got ${typeName(access)})`);
    }
    if (typeof lifetime !== "number" || !Number.isFinite(lifetime) || lifetime <= 0) {
      throw new TuyaResponseError(`the token reply has no positive expire_time in seconds (got ${typeName(lifetime)} ${jsonText(lifetime).slice(0, 30)})`);
    }
    const refresh = field(result, "refresh_token");
    const uid = field(result, "uid");
    return new Token({
      accessToken: access,
      refreshToken: typeof refresh === "string" ? refresh : "",
      expiresAt: Date.now() / 1000 + lifetime,
      uid: typeof uid === "string" ? uid : "",
    });
  }

  // ------------------------------------------------------------ calling

  /** Run one operation and resolve to its `result`. Used by the generated resources. */
  async call<T>(op: Operation, params: object, options?: RequestOptions): Promise<T> {
    const settings = this.settings(checkedOptions(options, REQUEST_OPTIONS, `${op.id}: options`), op.retrySafe);
    const prepared = prepare(op, params, this.resolve);
    const result = await this.send(prepared, settings);
    if (this.strictResponses) {
      try {
        check(result, op.result, "result", this.resolve);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        throw new TuyaResponseError(`${op.id}: the result does not match the spec at ${error.where}: ${error.rule}`);
      }
    }
    return result as T;
  }

  /**
   * Any endpoint, signed like the operations (tokens, renewal, clock correction, the whole-call timeout);
   * resolves to the reply's `result` as plain JSON values (null when it has none; integers beyond 2^53 as
   * bigint). Resent on transient failures only for GET, or with `allowRetry: true`. Throws
   * TuyaValidationError for a bad method, path, query or body (nothing sent) and TuyaAPIError (or a
   * subclass, with `.code`) when Tuya answers `success: false`. Logs and errors name it `request`.
   */
  async request(call: GenericRequest): Promise<JsonValue> {
    if (!isPlainObject(call)) {
      throw new TuyaValidationError("request", "request", "must be an object: { method, path, query, body, timeout, maxRetries, allowRetry }");
    }
    for (const name of Object.keys(call)) {
      if (!GENERIC_FIELDS.includes(name)) {
        throw new TuyaValidationError("request", name, `is not a field of a request (fields: ${GENERIC_FIELDS.join(", ")})`);
      }
    }
    const prepared = prepareRequest(call, [this.tables.grant, this.tables.refresh]);
    const { timeout, maxRetries, allowRetry } = call;
    const settings = this.settings({ timeout, maxRetries, allowRetry }, prepared.operation.retrySafe);
    const result = await this.send(prepared, settings);
    return (result === undefined ? null : result) as JsonValue;
  }

  private settings(options: Partial<RequestOptions>, retrySafe: boolean): CallSettings {
    return {
      timeout: options.timeout === undefined ? this.timeout : checkedTimeout(options.timeout, "timeout"),
      maxRetries: options.maxRetries === undefined ? this.maxRetries : checkedRetries(options.maxRetries, "maxRetries"),
      mayResend: checkedFlag(options.allowRetry, "allowRetry") ?? retrySafe,
    };
  }

  /** Send until a result, an error, or the end of the call's time budget. */
  private async send(prepared: Prepared, settings: CallSettings): Promise<unknown> {
    const op = prepared.operation;
    const deadline = new Deadline(op.id, settings.timeout);
    let retries = 0;
    let renewed = false;
    let resynced = false;
    for (let attempt = 1; ; attempt++) {
      const token = op.auth === "token" ? await deadline.bound(this.tokens.current(), "waiting for an access token") : null;
      let envelope: Envelope;
      try {
        envelope = await this.sendOnce(prepared, token, deadline, attempt);
      } catch (signal) {
        if (!(signal instanceof RetrySignal)) throw signal;
        if ((signal.safe || settings.mayResend) && retries < settings.maxRetries) {
          retries += 1;
          await this.sleepBeforeRetry(op, retries, signal.delayMs, signal.error, deadline);
          continue;
        }
        throw signal.error;
      }
      if (envelope.success) return envelope.result;

      let code = envelope.code;
      if (typeof code === "string" && /^[0-9]+$/.test(code)) code = Number(code); // some pages type it as a string
      const info = typeof code === "number" ? this.tables.errors.get(code) : undefined;
      const action = info?.action ?? "none";
      if (action === "renew_token" && token !== null && !renewed) {
        renewed = true; // the request was refused before it ran: resending is safe
        this.logger?.info?.(`tuya-cloud-sdk: ${op.id} got token error ${String(code)}; renewing the token`);
        await deadline.bound(this.tokens.replace(token), "renewing the access token");
        continue;
      }
      const serverTime = envelope.t;
      if (action === "clock_skew" && this.correctClockSkew && !resynced && typeof serverTime === "number" && Number.isSafeInteger(serverTime)) {
        resynced = true;
        this.clock.offsetMs = serverTime - Date.now();
        const seconds = (-this.clock.offsetMs / 1000).toFixed(1);
        this.logger?.warn?.(`tuya-cloud-sdk: this machine's clock is ${seconds} s off Tuya's; signing with Tuya's time`);
        continue;
      }
      if ((action === "retry" || action === "rate_limited") && settings.mayResend && retries < settings.maxRetries) {
        retries += 1;
        // Tuya counts calls per second: a rate-limited call waits at least a second before it is resent
        const delayMs = action === "rate_limited" ? Math.max(RATE_LIMITED_MIN_DELAY_MS, backoffMs(retries)) : null;
        await this.sleepBeforeRetry(op, retries, delayMs, this.apiError(prepared, envelope, info), deadline);
        continue;
      }
      throw this.apiError(prepared, envelope, info);
    }
  }

  private apiError(prepared: Prepared, envelope: Envelope, info: ErrorInfo | undefined): TuyaAPIError {
    const given = envelope.code;
    const code = typeof given === "number" || typeof given === "string" ? given : typeof given === "bigint" ? String(given) : "unknown";
    const msg = typeof envelope.msg === "string" ? envelope.msg : "";
    const numeric = typeof code === "string" && /^[0-9]{1,15}$/.test(code) ? Number(code) : code;
    let hint = info?.hint;
    if (info?.action === "clock_skew") hint = "This machine's clock differs from Tuya's: sync it (e.g. with NTP) and retry";
    const Cls = info?.cls ?? TuyaAPIError;
    return new Cls(numeric, msg, {
      tid: envelope.tid === undefined || envelope.tid === null ? undefined : jsonText(envelope.tid).replace(/^"|"$/g, ""),
      operation: prepared.operation.id,
      method: prepared.operation.method,
      path: prepared.shownPath,
      hint,
    });
  }

  /** Waits before a retry, or gives up with a TuyaTimeoutError when the wait would not fit in the call's budget. */
  private async sleepBeforeRetry(op: Operation, retry: number, delayMs: number | null, error: TuyaError, deadline: Deadline): Promise<void> {
    const delay = delayMs ?? backoffMs(retry);
    const seconds = (delay / 1000).toFixed(2);
    if (delay >= deadline.remaining()) throw deadline.exceeded(`retry ${retry} in ${seconds} s would not fit; last error: ${error.message}`, error);
    this.logger?.info?.(`tuya-cloud-sdk: ${op.id} failed (${error.message}); retry ${retry} in ${seconds} s`);
    await sleep(delay);
  }

  private async sendOnce(prepared: Prepared, token: TokenData | null, deadline: Deadline, attempt: number): Promise<Envelope> {
    const op = prepared.operation;
    const left = deadline.remaining();
    if (left <= 0) throw deadline.exceeded("before sending");
    const t = String(Math.floor(Date.now() + this.clock.offsetMs));
    const nonce = randomUUID().replaceAll("-", "");
    const accessToken = token === null ? "" : token.accessToken;
    const headers: Record<string, string> = {
      client_id: this.accessId,
      sign: this.signer({
        t,
        method: op.method,
        path: prepared.wirePath,
        query: prepared.query,
        body: prepared.body ?? "",
        accessToken,
        nonce,
        signedHeaders: this.signedHeaders,
      }),
      sign_method: "HMAC-SHA256",
      t,
      nonce,
    };
    if (this.signedHeaders.length > 0) {
      for (const [name, value] of this.signedHeaders) headers[name] = value;
      headers["Signature-Headers"] = this.signedHeaders.map(([name]) => name).join(":");
    }
    if (token !== null) headers["access_token"] = accessToken;
    if (this.lang) headers["lang"] = this.lang;
    if (prepared.body !== null) headers["Content-Type"] = "application/json";
    const url = this.baseUrl + wireUrl(prepared.wirePath, prepared.query);
    // One timer for what is left of the call's budget: it bounds connecting, sending and reading every byte.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), left);
    const started = performance.now();
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const response = await this.fetchImpl(url, {
        method: op.method,
        headers,
        body: prepared.body,
        redirect: "manual",
        signal: controller.signal,
      });
      status = response.status;
      retryAfter = status === 200 ? null : response.headers.get("retry-after");
      text = await response.text(); // under the same timer: a reply that drips or stops half-way fails too
    } catch (error) {
      throw this.transportFailure(op, error, controller.signal.aborted, deadline);
    } finally {
      clearTimeout(timer);
    }
    const excerpt = text.slice(0, 200);
    let envelope: unknown;
    try {
      envelope = parseJson(text);
    } catch (error) {
      if (!(error instanceof JsonError)) throw error;
      if (error.limit !== undefined) {
        const detail = { statusCode: status, bodyExcerpt: excerpt };
        throw new TuyaResponseError(`${op.id}: the reply ${error.message}, beyond the SDK's limit of ${error.limit}`, detail);
      }
      envelope = undefined;
    }
    const isEnvelope = isPlainObject(envelope) && typeof envelope["success"] === "boolean";
    if (this.logger?.debug) {
      const tid = isEnvelope ? jsonText(field(envelope, "tid")) : "none";
      const elapsed = (performance.now() - started).toFixed(1);
      this.logger.debug(
        `tuya-cloud-sdk: ${op.id} ${op.method} ${prepared.shownPath} -> HTTP ${status} in ${elapsed} ms (attempt ${attempt}, tid ${tid})`,
      );
    }
    if (isEnvelope) return envelope as Envelope;
    if (RETRY_HTTP_STATUS.has(status)) {
      const error = new TuyaResponseError(`${op.id}: server error`, { statusCode: status, bodyExcerpt: excerpt });
      throw new RetrySignal(error, false, retryAfterMs(retryAfter));
    }
    if (status !== 200) {
      throw new TuyaResponseError(`${op.id}: unexpected HTTP reply`, { statusCode: status, bodyExcerpt: excerpt });
    }
    throw new TuyaResponseError(`${op.id}: the reply is not a Tuya envelope`, { statusCode: 200, bodyExcerpt: excerpt });
  }

  /** A fetch failure as a retry signal carrying a typed error; no message here ever holds a secret. */
  private transportFailure(op: Operation, error: unknown, timedOut: boolean, deadline: Deadline): RetrySignal {
    if (timedOut) return new RetrySignal(deadline.exceeded("waiting for the reply"), false);
    const cause: unknown = error instanceof Error ? error.cause : undefined;
    const code = typeof cause === "object" && cause !== null && typeof (cause as { code?: unknown }).code === "string" ? (cause as { code: string }).code : "";
    if (code === "UND_ERR_CONNECT_TIMEOUT") {
      return new RetrySignal(new TuyaTimeoutError(`${op.id}: connecting to ${this.baseUrl} timed out`), true);
    }
    const name = code || (error instanceof Error ? error.name : typeof error);
    return new RetrySignal(new TuyaConnectionError(`${op.id}: cannot reach ${this.baseUrl}: ${name}`), NEVER_SENT_CODES.has(code));
  }

  // ------------------------------------------------------------ pagination

  /**
   * Every item of every page, page by page. Stops at the end of the list: an empty or short page, `has_more`
   * false, the total reached, no next cursor; and, with a warning, at a page that repeats an earlier one or a
   * cursor that does not advance (a server ignoring the page parameter must not make a thousand calls).
   * Used by the generated `iter*` methods.
   */
  async *paginate<T>(op: Operation, params: object, options?: PageOptions): AsyncGenerator<T, void, undefined> {
    const paging = op.pagination;
    if (paging === null) throw new TuyaError(`${op.id} is not paginated`);
    const given = checkedOptions(options, PAGE_OPTIONS, `${op.id}: options`);
    const maxPages = given.maxPages === undefined ? 1000 : checkedCount(given.maxPages, "maxPages", 1);
    const callOptions = { timeout: given.timeout, maxRetries: given.maxRetries };
    if (!isPlainObject(params)) {
      throw new TuyaValidationError(op.id, "params", "must be an object of parameters keyed by their wire names");
    }
    const args: Record<string, unknown> = { ...params };
    const { pageParam, sizeParam, cursorParam, nextCursor } = paging;
    if (paging.style === "page_number" && pageParam !== undefined && (args[pageParam] ?? null) === null) {
      args[pageParam] = paging.firstPage;
    }
    const pagesSeen = new Set<string>();
    const cursorsSeen = new Set<string>();
    let longest = 0;
    let seen = 0;
    for (let page = 1; page <= maxPages; page++) {
      const result = await this.call<unknown>(op, args, callOptions);
      const items = pageItems(op, result, page);
      if (items.length === 0) return;
      const fingerprint = createHash("sha256").update(jsonText(items)).digest("base64");
      if (pagesSeen.has(fingerprint)) {
        this.warn(`${op.id}: page ${page} repeats an earlier page; stopping there (the server may not page by ${pageParam ?? cursorParam ?? "page"})`);
        return;
      }
      pagesSeen.add(fingerprint);
      yield* items as readonly T[];
      seen += items.length;
      if (paging.hasMore !== undefined && field(result, paging.hasMore) === false) return;
      const total = paging.total !== undefined ? field(result, paging.total) : undefined;
      if (typeof total === "number" && seen >= total) return;
      if (paging.style === "page_number" && pageParam !== undefined) {
        const size = sizeParam !== undefined ? args[sizeParam] : undefined;
        // with no page size asked for, the longest page so far is the server's page size
        if (items.length < (typeof size === "number" ? size : longest)) return;
        longest = Math.max(longest, items.length);
        args[pageParam] = Number(args[pageParam]) + 1;
      } else if (cursorParam !== undefined && nextCursor !== undefined) {
        const cursor = field(result, nextCursor);
        if (cursor === undefined || cursor === null || cursor === "") {
          if (paging.hasMore !== undefined && field(result, paging.hasMore) === true) {
            this.warn(`${op.id}: page ${page} says there is more but gives no ${nextCursor}; stopping there`);
          }
          return;
        }
        const key = typeof cursor === "string" || typeof cursor === "number" ? String(cursor) : null;
        if (key === null || cursorsSeen.has(key) || cursor === args[cursorParam]) {
          this.warn(`${op.id}: the cursor ${nextCursor} of page ${page} does not advance; stopping there`);
          return;
        }
        cursorsSeen.add(key);
        args[cursorParam] = cursor;
      }
    }
    throw new TuyaError(`${op.id}: stopped after maxPages=${maxPages} pages; pass a larger maxPages to read on`);
  }

  /** A warning for the logger's `warn`, or, without one, for Node's process warnings (shown on stderr). */
  private warn(message: string): void {
    const line = `tuya-cloud-sdk: ${message}`;
    if (this.logger?.warn) this.logger.warn(line);
    else process.emitWarning(line, { code: "TUYA_PAGINATION" });
  }
}

interface CallSettings {
  readonly timeout: number;
  readonly maxRetries: number;
  readonly mayResend: boolean;
}

/** One call's time budget: every attempt, retry wait and token wait of the call fits inside it. */
class Deadline {
  private readonly end: number;

  constructor(
    private readonly operation: string,
    private readonly timeoutMs: number,
  ) {
    this.end = performance.now() + timeoutMs;
  }

  remaining(): number {
    return this.end - performance.now();
  }

  exceeded(detail: string, cause?: TuyaError): TuyaTimeoutError {
    const message = `${this.operation}: timed out after ${this.timeoutMs} ms (${detail})`;
    return new TuyaTimeoutError(message, cause === undefined ? undefined : { cause });
  }

  /** `work`, or a TuyaTimeoutError if the budget ends first (the work goes on for whoever else waits for it). */
  async bound<T>(work: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.exceeded(what)), Math.max(0, this.remaining()));
    });
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A page's items: a missing field is an empty page; anything but a list is an error, never items made up. */
function pageItems(op: Operation, result: unknown, page: number): readonly unknown[] {
  const name = op.pagination?.items ?? ".";
  if (name !== "." && !isPlainObject(result) && result !== null && result !== undefined) {
    throw new TuyaResponseError(`${op.id}: page ${page}: the result is not an object but ${typeName(result)}, so it has no ${name}`);
  }
  const found = name === "." ? result : field(result, name);
  if (found === undefined || found === null) return [];
  if (!Array.isArray(found)) {
    const what = name === "." ? "the result" : `the result's ${name}`;
    throw new TuyaResponseError(`${op.id}: page ${page}: ${what} is not a list of items but ${typeName(found)}`);
  }
  return found;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "list" : typeof value;
}

/** Exponential backoff with jitter for the `retry`-th retry. */
function backoffMs(retry: number): number {
  return Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** (retry - 1)) * (0.75 + Math.random() * 0.25);
}

function retryAfterMs(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.min(RETRY_AFTER_CAP_MS, Math.max(0, seconds * 1000)) : null;
}
