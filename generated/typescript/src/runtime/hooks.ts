/**
 * Request and response hooks: one event before and one after every HTTP attempt, as in the Python runtime.
 *
 * Hooks see every request the client sends, token calls and retries included, so a counter fed by them
 * equals what Tuya counts against the project's quota. Events carry no secrets: the path is the one logs
 * show (a refresh token in it reads ***), and there are no headers, query values or bodies. Hooks run
 * inline, so they should be quick; a hook that throws is reported as a warning and never fails the call.
 */

import { TuyaConfigError } from "./errors.js";
import { isPlainObject } from "./json.js";

/** An attempt about to be sent. */
export interface RequestEvent {
  /** The operation id, e.g. "devices.get_status"; "request" for client.request. */
  readonly operation: string;
  readonly method: string;
  /** As in logs: path values filled in, sensitive ones masked; no query. */
  readonly path: string;
  /** 1 for the first send, 2 and more for retries and resends. */
  readonly attempt: number;
}

/** How an attempt ended: a reply (`status` set) or a transport failure (`error` set). */
export interface ResponseEvent extends RequestEvent {
  /** The HTTP status; null when no reply came (timeout, refused, dropped). */
  readonly status: number | null;
  /** Tuya's `success` flag; false for failures and replies that are not an envelope. */
  readonly success: boolean;
  /** Tuya's error code when success is false. */
  readonly code: number | string | null;
  readonly tid: string | null;
  /** Milliseconds from sending to the reply or the failure. */
  readonly durationMs: number;
  /** When there was no reply: the error's class (TuyaTimeoutError, TuyaConnectionError). */
  readonly error: string | null;
}

export type RequestHook = (event: RequestEvent) => unknown;
export type ResponseHook = (event: ResponseEvent) => unknown;

function listed<T>(value: T | readonly T[] | undefined, name: string): readonly T[] {
  const hooks: readonly unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (!hooks.every((hook) => typeof hook === "function")) throw new TuyaConfigError(`${name} must be a function or a list of functions`);
  return hooks as readonly T[];
}

/** The hooks of one client (shared by its withOptions copies). */
export class Hooks {
  private constructor(
    private readonly onRequest: readonly RequestHook[],
    private readonly onResponse: readonly ResponseHook[],
    private readonly report: (message: string) => void,
  ) {}

  /** null when there is no hook at all, so that a call without hooks pays one check. */
  static build(
    onRequest: RequestHook | readonly RequestHook[] | undefined,
    onResponse: ResponseHook | readonly ResponseHook[] | undefined,
    report: (message: string) => void,
  ): Hooks | null {
    const requests = listed(onRequest, "onRequest");
    const responses = listed(onResponse, "onResponse");
    return requests.length > 0 || responses.length > 0 ? new Hooks(requests, responses, report) : null;
  }

  request(event: RequestEvent): void {
    for (const hook of this.onRequest) this.run(() => hook(event), "onRequest");
  }

  /** A reply came: `envelope` is the parsed body (anything; only a Tuya envelope has a code and tid). */
  replied(sent: RequestEvent, status: number, envelope: unknown, durationMs: number): void {
    if (this.onResponse.length === 0) return;
    let success = false;
    let code: number | string | null = null;
    let tid: string | null = null;
    if (isPlainObject(envelope) && typeof envelope["success"] === "boolean") {
      success = envelope["success"];
      const rawCode = envelope["code"];
      const rawTid = envelope["tid"];
      code = !success && (typeof rawCode === "number" || typeof rawCode === "string") ? rawCode : null;
      tid = rawTid === undefined || rawTid === null ? null : String(rawTid);
    }
    this.response({ ...sent, status, success, code, tid, durationMs, error: null });
  }

  /** No reply came (timeout, refused or dropped connection). */
  failed(sent: RequestEvent, error: string, durationMs: number): void {
    if (this.onResponse.length === 0) return;
    this.response({ ...sent, status: null, success: false, code: null, tid: null, durationMs, error });
  }

  private response(event: ResponseEvent): void {
    for (const hook of this.onResponse) this.run(() => hook(event), "onResponse");
  }

  private run(hook: () => unknown, name: string): void {
    try {
      hook();
    } catch (error) {
      this.report(`a ${name} hook failed (${error instanceof Error ? error.name : typeof error}); the call goes on`);
    }
  }
}
