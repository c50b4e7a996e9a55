// TuyaEvents: every vector of spec/vectors/messages.json, then the client against the Python fake cloud's
// message service (`python -m tuya_cloud.testing --events --control`) over real WebSocket on 127.0.0.1.

import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { after, before, describe, test } from "node:test";

import {
  decodeFrame,
  eventsPassword,
  TuyaConfigError,
  TuyaEvents,
  TuyaEventsAuthError,
  type TuyaEvent,
} from "tuya-cloud-sdk";

import { PYTHON, pythonEnv, REPO_ROOT } from "./fake-cloud.js";

interface Vectors {
  credentials: { access_id: string; access_secret: string };
  password: { password: string };
  undecodable: { name: string; mode: string; data: string; reason: string }[];
  decrypt: { name: string; mode: string; data: string; plaintext: string }[];
  frames: { name: string; frame: object; event: Record<string, unknown> }[];
  undecodable_frames: { name: string; frame: { messageId: string }; reason: string }[];
}

const VECTORS = JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "vectors", "messages.json"), "utf8")) as Vectors;
const SECRET = VECTORS.credentials.access_secret;

function frameWith(mode: string, data: string): string {
  const payload = Buffer.from(JSON.stringify({ protocol: 4, t: 1, data })).toString("base64");
  return JSON.stringify({ messageId: "CAAQAQ==", payload, properties: { em: mode } });
}

describe("message vectors", () => {
  test("password", () => {
    assert.equal(eventsPassword(VECTORS.credentials.access_id, SECRET), VECTORS.password.password);
  });
  for (const vector of VECTORS.decrypt) {
    test(`decrypt: ${vector.name}`, () => {
      const event = decodeFrame(frameWith(vector.mode, vector.data), SECRET);
      assert.ok(event !== null && event.kind === "StatusReport");
      assert.deepEqual(event.data, JSON.parse(vector.plaintext));
    });
  }
  for (const vector of VECTORS.undecodable) {
    test(`undecodable: ${vector.name}`, () => {
      const event = decodeFrame(frameWith(vector.mode, vector.data), SECRET);
      assert.ok(event !== null && event.kind === "UndecodableEvent");
      assert.equal(event.reason.split(":")[0], vector.reason);
      assert.ok(!event.reason.includes(SECRET.slice(8, 24)) && !event.reason.includes("switch_1"));
    });
  }
  for (const vector of VECTORS.frames) {
    test(`frame: ${vector.name}`, () => {
      const event = decodeFrame(JSON.stringify(vector.frame), SECRET);
      assert.ok(event !== null);
      const expected = vector.event;
      assert.deepEqual(
        {
          kind: event.kind,
          message_id: event.messageId,
          protocol: event.protocol,
          biz_code: event.bizCode,
          device_id: event.deviceId,
          t: event.t,
          redelivery_count: event.redeliveryCount,
          data: event.data,
        },
        expected,
      );
    });
  }
  for (const vector of VECTORS.undecodable_frames) {
    test(`undecodable frame: ${vector.name}`, () => {
      const event = decodeFrame(JSON.stringify(vector.frame), SECRET);
      assert.ok(event !== null && event.kind === "UndecodableEvent");
      assert.equal(event.messageId, vector.frame.messageId);
      assert.equal(event.reason.split(":")[0], vector.reason);
    });
  }
  test("bad options are refused before connecting", () => {
    const base = { accessId: "id", accessSecret: SECRET };
    assert.throws(() => new TuyaEvents({ ...base, url: "ws://example.com/" }), TuyaConfigError);
    assert.throws(() => new TuyaEvents({ ...base, region: "mars" }), TuyaConfigError);
    assert.throws(() => new TuyaEvents({ ...base, region: "eu", env: "prod" }), TuyaConfigError);
    assert.throws(() => new TuyaEvents({ ...base, region: "eu", ackTimeout: 0.5 }), TuyaConfigError);
    assert.equal(
      new TuyaEvents({ accessId: "abc", accessSecret: SECRET, region: "eu" }).url,
      "wss://mqe.tuyaeu.com:8285/ws/v2/consumer/persistent/abc/out/event/abc-sub?ackTimeoutMillis=3000&subscriptionType=Failover",
    );
  });
});

class QuickEvents extends TuyaEvents {
  static override backoffBaseMs = 20;
  static override backoffCapMs = 100;
  static override pingIntervalMs = 300;
  static override pingTimeoutMs = 600;
}

class EventsCloud {
  constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly eventsUrl: string,
    readonly accessId: string,
    readonly accessSecret: string,
  ) {}

  static async start(): Promise<EventsCloud> {
    const child = spawn(PYTHON, ["-m", "tuya_cloud.testing", "--port", "0", "--control", "--events"], {
      env: pythonEnv(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    const found = new Map<string, string>();
    const lines = createInterface({ input: child.stdout! });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the fake cloud printed no settings in 30 s")), 30_000);
      child.on("exit", (code) => reject(new Error(`the fake cloud exited (${code})`)));
      lines.on("line", (line) => {
        const [key, ...rest] = line.trim().split("=");
        if (key) found.set(key, rest.join("="));
        if (found.size >= 4) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.removeAllListeners("exit");
    const get = (name: string): string => found.get(name)!;
    return new EventsCloud(child, get("TUYA_BASE_URL"), get("TUYA_EVENTS_URL"), get("TUYA_ACCESS_ID"), get("TUYA_ACCESS_SECRET"));
  }

  async control(action: string, body: object = {}): Promise<Record<string, unknown>> {
    const reply = await fetch(`${this.baseUrl}/_fake/${action}`, { method: "POST", body: JSON.stringify(body) });
    const payload = (await reply.json()) as Record<string, unknown>;
    if (!reply.ok) throw new Error(`control ${action} failed: ${JSON.stringify(payload)}`);
    return payload;
  }

  async publish(data: object, protocol = 4): Promise<string> {
    return (await this.control("events_publish", { data, protocol }))["message_id"] as string;
  }

  async unacked(): Promise<number> {
    const state = await this.control("events_state");
    return ((state["subscriptions"] as { env: string; unacked: number }[]).find((s) => s.env === "event")!).unacked;
  }

  async waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await condition()) return true;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return condition();
  }

  events(options: { ackTimeout?: number } = {}): QuickEvents {
    return new QuickEvents({ accessId: this.accessId, accessSecret: this.accessSecret, url: this.eventsUrl, ...options });
  }

  async stop(): Promise<void> {
    this.child.kill("SIGTERM");
    await new Promise((resolve) => this.child.once("exit", resolve));
  }
}

describe("TuyaEvents against the fake message service", () => {
  let cloud: EventsCloud;
  before(async () => {
    cloud = await EventsCloud.start();
  });
  after(async () => {
    await cloud.stop();
  });

  test("10,000 events with three drops: none lost, duplicates counted", async () => {
    const total = 10_000;
    await cloud.control("events_publish", { data: { devId: "d1", status: [{ code: "n", value: 1 }] }, count: total });
    const seen = new Map<string, number>();
    const events = cloud.events();
    for await (const event of events) {
      assert.equal(event.kind, "StatusReport");
      seen.set(event.messageId, (seen.get(event.messageId) ?? 0) + 1);
      if ([2_500, 5_000, 7_500].includes(seen.size) && seen.get(event.messageId) === 1) {
        await cloud.control("events_fault", { drop: true });
      }
      if (seen.size === total) {
        events.ack(event);
        break;
      }
    }
    assert.equal(events.connections, 4);
    assert.equal(seen.size, total);
    const duplicates = [...seen.values()].reduce((sum, n) => sum + n, 0) - total;
    assert.ok(duplicates >= 0);
    assert.ok(await cloud.waitUntil(async () => (await cloud.unacked()) === 0));
    await events.close();
  });

  test("a throwing loop body leaves its event unacknowledged; it comes again", async () => {
    const id = await cloud.publish({ devId: "d2", status: [] });
    const events = cloud.events({ ackTimeout: 1 });
    await assert.rejects(async () => {
      for await (const _event of events) throw new Error("the handler failed");
    });
    assert.equal(await cloud.unacked(), 1);
    for await (const event of events) {
      assert.equal(event.messageId, id);
      assert.ok(event.redeliveryCount >= 1);
      events.ack(event);
      break;
    }
    assert.ok(await cloud.waitUntil(async () => (await cloud.unacked()) === 0));
    await events.close();
  });

  test("an undecodable frame, then the next; a missing pong reconnects", async () => {
    await cloud.control("events_fault", { tamper: 1, encryption: "aes_gcm" });
    const bad = await cloud.publish({ devId: "d3", status: [{ code: "secret_code", value: "plain", t: 1 }] });
    await cloud.publish({ devId: "d4", status: [] });
    const events = cloud.events();
    const received: TuyaEvent[] = [];
    for await (const event of events) {
      received.push(event);
      if (received.length === 2) {
        await cloud.control("events_fault", { stop_answering_pings: true });
        await cloud.publish({ devId: "after-hang", status: [] });
      }
      if (received.length === 3) {
        events.ack(event);
        break;
      }
    }
    const [first, second, third] = received;
    assert.ok(first?.kind === "UndecodableEvent" && first.messageId === bad && first.reason.startsWith("tag:"));
    assert.equal(second?.deviceId, "d4");
    assert.equal(third?.deviceId, "after-hang");
    assert.equal(events.connections, 2);
    await cloud.control("events_fault", { encryption: "aes_ecb" });
    await events.close();
  });

  test("a REST command arrives as a typed status report", async () => {
    const events = cloud.events();
    const { TuyaCloud } = await import("tuya-cloud-sdk");
    const rest = new TuyaCloud({ accessId: cloud.accessId, accessSecret: cloud.accessSecret, baseUrl: cloud.baseUrl });
    await rest.deviceControl.sendCommands({ device_id: "vdevo170000000000101", commands: [{ code: "switch_led", value: false }] });
    for await (const event of events) {
      if (event.kind !== "StatusReport") continue;
      assert.equal(event.deviceId, "vdevo170000000000101");
      assert.deepEqual(event.data.status.map((item) => [item.code, item.value]), [["switch_led", false]]);
      events.ack(event);
      break;
    }
    await events.close();
  });

  test("wrong credentials end the loop with the typed error after bounded tries", async () => {
    const events = new QuickEvents({ accessId: cloud.accessId, accessSecret: "x".repeat(32), url: cloud.eventsUrl });
    await assert.rejects(async () => {
      for await (const _event of events) break;
    }, (error: unknown) => error instanceof TuyaEventsAuthError && error.tries === 3 && !error.message.includes("xxxx"));
    await events.close();
  });
});
