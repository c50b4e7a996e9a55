/**
 * TuyaEvents: Tuya's message service (Pulsar over WebSocket) in a `for await` loop.
 *
 *   const events = new TuyaEvents({ accessId, accessSecret, region: "eu" });   // or url: "ws://127.0.0.1:PORT/"
 *   for await (const event of events) { handle(event); }   // acknowledged when the loop asks for the next one
 *   await events.close();
 *
 * The rules (queue hosts, path, handshake, modes, event kinds) come from spec/events.yaml through the
 * generated events.ts; spec/vectors/messages.json proves the decoding. At least once: an event is
 * acknowledged only after the loop body finished; a body that throws (or `break`s) leaves it
 * unacknowledged and the broker sends it again. `ws` is an optional peer dependency, loaded on the
 * first connection: `npm install ws` to use events (the REST client needs nothing).
 */

import { createDecipheriv, createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type WebSocket from "ws";

import {
  ACK_TIMEOUT_MS,
  BIZ_CODE_PATHS,
  CONSUMER_PATH,
  DEFAULT_ENV,
  DEFAULT_MODE,
  DEFAULT_SUBSCRIPTION,
  DEVICE_ID_PATHS,
  ENVS,
  EVENT_KINDS,
  GCM_NONCE_BYTES,
  GCM_TAG_BYTES,
  HANDSHAKE_FAILURES,
  KEY_SLICE,
  MODE_PROPERTY,
  QUEUE_HOSTS,
  SUBSCRIPTION_TYPE,
  type EventDataByKind,
  type EventKindName,
} from "../events.js";
import { TuyaConfigError, TuyaError } from "./errors.js";

export interface TuyaEventsOptions {
  accessId: string;
  accessSecret: string;
  /** The region's queue host (spec/events.yaml), or `url`. */
  region?: string;
  /** A queue host such as `wss://mqe.tuyaeu.com:8285/`; plain `ws://` only on loopback. */
  url?: string;
  /** "event" (production, the default) or "event-test". */
  env?: string;
  /** Default `<accessId>-sub`. */
  subscription?: string;
  /** Seconds the broker waits for an ack before it sends a message again (default 3, at least 1). */
  ackTimeout?: number;
  /** Default true; with false call `events.ack(event)`. */
  autoAck?: boolean;
}

interface EventBase {
  messageId: string;
  protocol: number | null;
  bizCode: string | null;
  deviceId: string | null;
  /** Unix ms, from the envelope. */
  t: number | null;
  redeliveryCount: number;
  /** The kind's own fields (spec/events.yaml `fields`), read from `data`; undefined when absent. */
  fields: Record<string, unknown>;
}

/** A decoded event: `kind` narrows `data` to the kind's schema. */
export type KnownEvent = {
  [K in EventKindName]: EventBase & { kind: K; data: EventDataByKind[K] };
}[EventKindName];

/** A message that could not be decoded; `reason` never holds the key or any plaintext. */
export interface UndecodableEvent extends EventBase {
  kind: "UndecodableEvent";
  data: null;
  reason: string;
}

export type TuyaEvent = KnownEvent | UndecodableEvent;

/** The message service cannot be used with this configuration; the loop ends with it. */
export class TuyaEventsError extends TuyaError {
  readonly status: number | undefined;
  readonly tries: number;

  constructor(message: string, status: number | undefined, tries: number) {
    super(message);
    this.status = status;
    this.tries = tries;
  }
}

/** The message service refused the Access ID and Secret. */
export class TuyaEventsAuthError extends TuyaEventsError {}

/** The project cannot be served: no message service, or not in this environment. */
export class TuyaEventsServiceError extends TuyaEventsError {}

/** The handshake password: hex(md5(accessId + hex(md5(accessSecret))))[8:24]. */
export function eventsPassword(accessId: string, accessSecret: string): string {
  const md5 = (text: string): string => createHash("md5").update(text, "utf8").digest("hex");
  return md5(accessId + md5(accessSecret)).slice(8, 24);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const LOST = Symbol("lost");
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

class Undecodable extends Error {}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function firstValue(data: unknown, paths: readonly (readonly string[])[]): unknown {
  for (const path of paths) {
    const found = valueAt(data, path);
    if (found !== undefined && found !== null) return found;
  }
  return undefined;
}

function base64(value: unknown, what: string): Buffer {
  if (typeof value !== "string") throw new Undecodable(`base64: ${what} is missing or not text`);
  if (!BASE64.test(value)) throw new Undecodable(`base64: ${what} is not base64`);
  return Buffer.from(value, "base64");
}

function jsonObject(raw: Buffer, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(STRICT_UTF8.decode(raw));
  } catch {
    throw new Undecodable(`json: ${what} is not JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Undecodable(`json: ${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

function integer(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}

/** AES-128 decryption of `data` by the frame's mode (spec: encryption). */
export function decryptEventData(raw: Buffer, mode: string, key: Buffer): Buffer {
  if (mode === "aes_ecb") {
    if (raw.length === 0 || raw.length % 16 !== 0) throw new Undecodable("padding: aes_ecb data is not whole 16-byte blocks");
    try {
      const decipher = createDecipheriv("aes-128-ecb", key, null);
      return Buffer.concat([decipher.update(raw), decipher.final()]); // final() checks the PKCS#7 padding
    } catch {
      throw new Undecodable("padding: the aes_ecb padding is not PKCS#7 (wrong key or damaged data)");
    }
  }
  if (mode === "aes_gcm") {
    if (raw.length < GCM_NONCE_BYTES + GCM_TAG_BYTES) throw new Undecodable("tag: aes_gcm data is shorter than its nonce and tag");
    try {
      const decipher = createDecipheriv("aes-128-gcm", key, raw.subarray(0, GCM_NONCE_BYTES));
      decipher.setAuthTag(raw.subarray(raw.length - GCM_TAG_BYTES));
      const body = raw.subarray(GCM_NONCE_BYTES, raw.length - GCM_TAG_BYTES);
      return Buffer.concat([decipher.update(body), decipher.final()]); // final() is what verifies the tag
    } catch {
      throw new Undecodable("tag: the aes_gcm tag does not verify (wrong key or damaged data)");
    }
  }
  throw new Undecodable(`mode: unknown encryption mode (em) ${JSON.stringify(mode.slice(0, 40))}`);
}

/** One frame as the event it carries; null for a frame without a message id (nothing to acknowledge). */
export function decodeFrame(text: string, accessSecret: string): TuyaEvent | null {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof frame !== "object" || frame === null) return null;
  const fields = frame as Record<string, unknown>;
  const messageId = fields["messageId"];
  if (typeof messageId !== "string") return null;
  const redelivery = integer(fields["redeliveryCount"]) ?? 0;
  let protocol: number | null = null;
  let t: number | null = null;
  try {
    const envelope = jsonObject(base64(fields["payload"], "the payload"), "the envelope");
    protocol = integer(envelope["protocol"]);
    t = integer(envelope["t"]);
    if (typeof envelope["data"] !== "string") throw new Undecodable("envelope: the envelope has no data");
    const properties = fields["properties"];
    const em = typeof properties === "object" && properties !== null ? (properties as Record<string, unknown>)[MODE_PROPERTY] : undefined;
    const key = Buffer.from(accessSecret.slice(KEY_SLICE[0], KEY_SLICE[1]), "utf8");
    const plain = decryptEventData(base64(envelope["data"], "data"), typeof em === "string" && em ? em : DEFAULT_MODE, key);
    const data = jsonObject(plain, "the decrypted data");
    const bizCode = firstValue(data, BIZ_CODE_PATHS);
    const biz = typeof bizCode === "string" ? bizCode : null;
    const kind = EVENT_KINDS.find((k) => k.protocol === protocol && k.bizCode === biz);
    const deviceId = firstValue(data, kind?.deviceId ?? DEVICE_ID_PATHS);
    const own: Record<string, unknown> = {};
    for (const [name, path] of Object.entries(kind?.fields ?? {})) own[name] = valueAt(data, path);
    return {
      kind: kind?.name ?? "GenericEvent",
      messageId,
      protocol,
      bizCode: biz,
      deviceId: typeof deviceId === "string" ? deviceId : null,
      t,
      redeliveryCount: redelivery,
      fields: own,
      data,
    } as KnownEvent;
  } catch (error) {
    if (!(error instanceof Undecodable)) throw error;
    return { kind: "UndecodableEvent", messageId, protocol, bizCode: null, deviceId: null, t, redeliveryCount: redelivery, fields: {}, data: null, reason: error.message };
  }
}

function consumerUrl(options: TuyaEventsOptions): string {
  if (!options.accessId) throw new TuyaConfigError("accessId is required");
  if (typeof options.accessSecret !== "string" || options.accessSecret.length < KEY_SLICE[1]) {
    throw new TuyaConfigError(`accessSecret must be at least ${KEY_SLICE[1]} characters (the key is part of it)`);
  }
  if (options.region !== undefined && options.url !== undefined) throw new TuyaConfigError("give region or url, not both");
  let base: string;
  if (options.url === undefined) {
    if (options.region === undefined) throw new TuyaConfigError(`region is required (one of ${Object.keys(QUEUE_HOSTS).join(", ")}), or url`);
    const host = QUEUE_HOSTS[options.region];
    if (host === undefined) throw new TuyaConfigError(`unknown region ${JSON.stringify(options.region)}; use one of ${Object.keys(QUEUE_HOSTS).join(", ")}`);
    base = host;
  } else {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      throw new TuyaConfigError(`url must be a ws(s) URL, got ${JSON.stringify(options.url)}`);
    }
    if (parsed.protocol !== "ws:" && parsed.protocol !== "wss:") throw new TuyaConfigError(`url must be a ws(s) URL, got ${JSON.stringify(options.url)}`);
    if (parsed.protocol === "ws:" && !LOOPBACK.has(parsed.hostname) && !parsed.hostname.startsWith("127.")) {
      throw new TuyaConfigError("plain ws:// is allowed only on loopback (127.0.0.1, ::1, localhost); use wss://");
    }
    if (parsed.search || parsed.hash) throw new TuyaConfigError("url must not have a query or fragment");
    base = options.url.endsWith("/") ? options.url : `${options.url}/`;
  }
  const env = options.env ?? DEFAULT_ENV;
  if (!(ENVS as readonly string[]).includes(env)) throw new TuyaConfigError(`env must be one of ${ENVS.join(", ")}, got ${JSON.stringify(env)}`);
  const subscription = options.subscription ?? DEFAULT_SUBSCRIPTION.replace("{access_id}", options.accessId);
  if (!subscription || subscription.includes("/")) throw new TuyaConfigError(`subscription must be a non-empty name without '/'`);
  const timeoutMs = options.ackTimeout === undefined ? ACK_TIMEOUT_MS : Math.round(options.ackTimeout * 1000);
  if (!(timeoutMs >= 1000)) throw new TuyaConfigError(`ackTimeout must be at least 1 s, got ${options.ackTimeout}`);
  const path = CONSUMER_PATH.replace("{access_id}", encodeURIComponent(options.accessId))
    .replace("{env}", env)
    .replace("{subscription}", encodeURIComponent(subscription));
  return `${base}${path}?ackTimeoutMillis=${timeoutMs}&subscriptionType=${SUBSCRIPTION_TYPE}`;
}

type Frame = string | typeof LOST;

/** A consumer of Tuya's message service; see the module comment. */
export class TuyaEvents implements AsyncIterable<TuyaEvent> {
  /** Tunables (ms), static so that tests can shorten them in a subclass. */
  static pingIntervalMs = 20_000;
  static pingTimeoutMs = 20_000;
  static openTimeoutMs = 10_000;
  static backoffBaseMs = 500;
  static backoffCapMs = 30_000;
  static refusalLimit = 3;
  static completedWindow = 10_000;

  readonly url: string;
  /** Connections made so far (more than one: it reconnected). */
  connections = 0;
  /** Redeliveries of completed events, acknowledged without reaching the loop body. */
  skippedRedeliveries = 0;

  readonly #accessId: string;
  readonly #accessSecret: string;
  readonly #password: string;
  readonly #autoAck: boolean;
  readonly #completed = new Set<string>();
  readonly #warned = new Set<string>();
  #socket: WebSocket | null = null;
  #frames: Frame[] = [];
  #wake: (() => void) | null = null;
  #closed = false;
  #attempt = 0;
  #timers: NodeJS.Timeout[] = [];

  constructor(options: TuyaEventsOptions) {
    this.url = consumerUrl(options);
    this.#accessId = options.accessId;
    this.#accessSecret = options.accessSecret;
    this.#password = eventsPassword(options.accessId, options.accessSecret);
    this.#autoAck = options.autoAck ?? true;
  }

  toString(): string {
    return `TuyaEvents(${this.url})`;
  }

  /** Acknowledge an event (with autoAck: false). */
  ack(event: TuyaEvent): void {
    this.#remember(this.#completed, event.messageId);
    this.#sendAck(event.messageId);
  }

  /** Stop: the loop ends; unacknowledged events are sent again later. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#drop();
    this.#wake?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<TuyaEvent> {
    let pending: TuyaEvent | null = null;
    return {
      next: async (): Promise<IteratorResult<TuyaEvent>> => {
        if (pending !== null && this.#autoAck) this.ack(pending); // the loop body finished
        pending = null;
        const event = await this.#next();
        if (event === null) return { done: true, value: undefined };
        pending = event;
        return { done: false, value: event };
      },
      return: async (): Promise<IteratorResult<TuyaEvent>> => {
        pending = null; // break or throw: the event stays unacknowledged, and comes again
        return { done: true, value: undefined };
      },
    };
  }

  async #next(): Promise<TuyaEvent | null> {
    for (;;) {
      if (this.#closed) return null;
      if (this.#socket === null) {
        await this.#connect();
        continue;
      }
      const frame = this.#frames.shift();
      if (frame === undefined) {
        await new Promise<void>((resolve) => (this.#wake = resolve));
        this.#wake = null;
        continue;
      }
      if (frame === LOST) {
        this.#drop();
        continue;
      }
      this.#attempt = 0; // a connection that delivers is healthy
      const event = decodeFrame(frame, this.#accessSecret);
      if (event === null) continue;
      if (this.#completed.has(event.messageId)) {
        this.skippedRedeliveries += 1;
        this.#sendAck(event.messageId);
        continue;
      }
      if (event.kind === "UndecodableEvent" && !this.#warned.has(event.messageId)) {
        this.#remember(this.#warned, event.messageId);
        process.emitWarning(`tuya-cloud-sdk: message ${event.messageId} could not be decoded (${event.reason})`, "TuyaEventsWarning");
      }
      return event;
    }
  }

  async #connect(): Promise<void> {
    const { WebSocket: Socket } = await import("ws");
    const type = this.constructor as typeof TuyaEvents;
    let refusals = 0;
    while (!this.#closed) {
      if (this.#attempt > 0) {
        const ceiling = Math.min(type.backoffCapMs, type.backoffBaseMs * 2 ** (this.#attempt - 1));
        await this.#sleep(type.backoffBaseMs / 2 + Math.random() * Math.max(0, ceiling - type.backoffBaseMs / 2));
        if (this.#closed) return;
      }
      this.#attempt = Math.min(this.#attempt + 1, 30);
      const socket = new Socket(this.url, {
        headers: { username: this.#accessId, password: this.#password },
        handshakeTimeout: type.openTimeoutMs,
        maxPayload: 16 * 1024 * 1024,
        perMessageDeflate: false,
      });
      const outcome = await new Promise<{ status?: number; error?: Error }>((resolve) => {
        socket.once("open", () => resolve({}));
        socket.once("unexpected-response", (_request, response: IncomingMessage) => {
          resolve({ status: response.statusCode ?? 0 });
          response.resume();
          socket.terminate();
        });
        socket.once("error", (error: Error) => resolve({ error }));
      });
      if (outcome.status !== undefined) {
        const meaning = HANDSHAKE_FAILURES[outcome.status];
        if (meaning !== undefined && ++refusals >= type.refusalLimit) {
          if (meaning === "credentials") {
            throw new TuyaEventsAuthError(
              `the message service refused Access ID ${JSON.stringify(this.#accessId)} (HTTP ${outcome.status}) ${refusals} times: check accessId and accessSecret, and that the region is the project's data centre`,
              outcome.status,
              refusals,
            );
          }
          throw new TuyaEventsServiceError(
            `the message service cannot serve this project (HTTP ${outcome.status}) after ${refusals} tries: enable the message service for the project and check env and subscription`,
            outcome.status,
            refusals,
          );
        }
        continue;
      }
      if (outcome.error !== undefined) {
        const code = (outcome.error as NodeJS.ErrnoException).code ?? "";
        if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) && ++refusals >= type.refusalLimit) {
          throw new TuyaEventsError(`the queue host's TLS certificate did not verify ${refusals} times (${code}): check url and region`, undefined, refusals);
        }
        socket.terminate();
        continue;
      }
      if (this.#closed) {
        socket.terminate();
        return;
      }
      this.#attach(socket, type);
      return;
    }
  }

  #attach(socket: WebSocket, type: typeof TuyaEvents): void {
    this.#socket = socket;
    this.#frames = [];
    this.connections += 1;
    let pongDue: NodeJS.Timeout | null = null;
    const ping = setInterval(() => {
      if (pongDue !== null) return;
      socket.ping();
      pongDue = setTimeout(() => socket.terminate(), type.pingTimeoutMs); // no pong in time: a dead connection
    }, type.pingIntervalMs);
    this.#timers = [ping];
    socket.on("pong", () => {
      if (pongDue !== null) clearTimeout(pongDue);
      pongDue = null;
    });
    socket.on("message", (data: WebSocket.RawData) => {
      this.#frames.push(Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data as ArrayBuffer).toString("utf8"));
      this.#wake?.();
    });
    socket.on("error", () => undefined); // followed by close
    socket.once("close", () => {
      clearInterval(ping);
      if (pongDue !== null) clearTimeout(pongDue);
      if (this.#socket === socket) this.#frames.push(LOST);
      this.#wake?.();
    });
  }

  #drop(): void {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    const socket = this.#socket;
    this.#socket = null;
    this.#frames = [];
    socket?.terminate();
  }

  #sendAck(messageId: string): void {
    const socket = this.#socket;
    if (socket === null || socket.readyState !== socket.OPEN) return; // redelivered later, then skipped
    socket.send(JSON.stringify({ messageId }));
  }

  #remember(set: Set<string>, id: string): void {
    set.add(id);
    if (set.size > (this.constructor as typeof TuyaEvents).completedWindow) {
      const oldest = set.values().next().value;
      if (oldest !== undefined) set.delete(oldest);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      const wake = this.#wake;
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
        wake?.();
      };
    });
  }
}
