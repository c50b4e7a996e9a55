/** Errors. Everything the SDK throws derives from TuyaError; none of them ever holds a secret. */

/** Root of every error the SDK throws. */
export class TuyaError extends Error {
  /** `options.cause`: the error that led to this one (e.g. the last failure before a call ran out of time). */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name; // subclasses, generated ones included, report their own name
  }
}

/** The client was configured wrongly (missing credentials, unknown region, plain http off loopback). */
export class TuyaConfigError extends TuyaError {}

/**
 * An argument breaks a rule of the spec; thrown before anything is sent. `operation` is the operation
 * id, `param` the parameter path (e.g. `instruct[0].time`), `rule` the broken rule in words.
 */
export class TuyaValidationError extends TuyaError {
  readonly operation: string;
  readonly param: string;
  readonly rule: string;

  constructor(operation: string, param: string, rule: string) {
    super(`${operation}: ${param}: ${rule}`);
    this.operation = operation;
    this.param = param;
    this.rule = rule;
  }
}

/** Tuya could not be reached (DNS, refused connection, TLS, connection dropped). */
export class TuyaConnectionError extends TuyaError {}

/** Tuya did not answer within the timeout. */
export class TuyaTimeoutError extends TuyaConnectionError {}

/** The reply is not a Tuya envelope (HTML, truncated JSON, HTTP error page, unexpected shape). */
export class TuyaResponseError extends TuyaError {
  readonly statusCode: number | undefined;
  readonly bodyExcerpt: string;

  constructor(message: string, options: { statusCode?: number | undefined; bodyExcerpt?: string | undefined } = {}) {
    const detail = options.statusCode !== undefined ? ` (HTTP ${options.statusCode})` : "";
    const excerpt = options.bodyExcerpt ? `; body starts: ${JSON.stringify(options.bodyExcerpt)}` : "";
    super(`${message}${detail}${excerpt}`);
    this.statusCode = options.statusCode;
    this.bodyExcerpt = options.bodyExcerpt ?? "";
  }
}

export interface TuyaAPIErrorDetails {
  tid?: string | undefined;
  operation?: string | undefined;
  method?: string | undefined;
  /** The request path, with sensitive values (the refresh token) masked. */
  path?: string | undefined;
  hint?: string | undefined;
}

/** Tuya answered `success: false`. Subclasses by error family are generated from spec/errors.yaml. */
export class TuyaAPIError extends TuyaError {
  readonly code: number | string;
  readonly msg: string;
  readonly tid: string | undefined;
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly hint: string | undefined;

  constructor(code: number | string, msg: string, details: TuyaAPIErrorDetails = {}) {
    const where = details.operation ? ` [${details.operation}: ${details.method} ${details.path}]` : "";
    const trace = details.tid ? ` (tid ${details.tid})` : "";
    const advice = details.hint ? `. ${details.hint}` : "";
    super(`Tuya error ${code}: ${msg}${where}${trace}${advice}`);
    this.code = code;
    this.msg = msg;
    this.tid = details.tid;
    this.operation = details.operation;
    this.method = details.method;
    this.path = details.path;
    this.hint = details.hint;
  }
}

/** What the spec's error table says about one code. */
export interface ErrorInfo {
  readonly cls: typeof TuyaAPIError;
  /** none | retry | renew_token | clock_skew */
  readonly action: "none" | "retry" | "rate_limited" | "renew_token" | "clock_skew";
  readonly hint: string;
}
