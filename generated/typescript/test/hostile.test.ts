// Hostile servers and hostile replies (issue 24, the QA report's cases), against real servers on 127.0.0.1:
// a raw server for bytes no well-behaved server sends, the fake cloud for the rest. Every call either returns
// the reply's data as sent or throws a TuyaError; none outlives its timeout.

import assert from "node:assert/strict";
import type { Socket } from "node:net";
import { after, before, beforeEach, describe, test } from "node:test";

import {
  ClockSkewError,
  TuyaCloud,
  TuyaConfigError,
  TuyaConnectionError,
  TuyaError,
  TuyaResponseError,
  TuyaTimeoutError,
  type Logger,
} from "tuya-cloud-sdk";

import { COMMAND, FakeCloud, Seed } from "./fake-cloud.js";
import { RawServer, TOKEN_REPLY, answer, http, type Reply } from "./raw-server.js";

const LIGHT = Seed.LIGHT_ID;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the call succeeded; an error was expected");
}

async function withRaw(reply: Reply, run: (server: RawServer, client: TuyaCloud) => Promise<void>, token?: Reply, options = {}): Promise<void> {
  const server = await RawServer.start(reply, token);
  try {
    await run(server, new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: server.baseUrl, ...options }));
  } finally {
    await server.stop();
  }
}

/** A reply of `result` as the body of a success envelope, written as raw JSON text. */
function success(resultText: string): Reply {
  return answer(`{"success":true,"result":${resultText},"t":1,"tid":"x"}`);
}

function nested(depth: number, leaf = "1"): string {
  return "[".repeat(depth) + leaf + "]".repeat(depth);
}

function depthOf(value: unknown): number {
  let depth = 0;
  for (let current = value; Array.isArray(current); current = current[0]) depth += 1;
  return depth;
}

// ---------------------------------------------------------------- the whole-call deadline

const BODY = '{"success":true,"result":true,"t":1,"tid":"x"}';

/**
 * Each way a server can take forever, as a raw reply (`server` lets a reply schedule its drip). A read is
 * retried while time is left, so it always ends in TuyaTimeoutError; a command is never resent, so where
 * the server fails at once (a bad chunk, a 503) it ends at once with that error instead.
 */
const COMMAND_FAILS_AT_ONCE = new Set(["a malformed chunk, then silence", "HTTP 503 with Retry-After: 20", "HTTP 429 with Retry-After: 3600", "Tuya's 'system busy' on every try"]);

const FOREVER: Record<string, (server: () => RawServer) => Reply> = {
  silence: () => () => undefined,
  "headers, then silence": () => (socket) => socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${BODY.length}\r\n\r\n`),
  "a byte every 300 ms (about 14 s)": (server) => (socket) => {
    socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`);
    let sent = 0;
    server().every(300, () => !socket.destroyed && socket.write(BODY[sent++] ?? "") && sent < BODY.length);
  },
  "a malformed chunk, then silence": () => (socket) => socket.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
  "a half chunk, then silence": () => (socket) => socket.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n{\"success\""),
  "HTTP 503 with Retry-After: 20": () => answer("busy", 503, { "Retry-After": "20" }),
  "HTTP 429 with Retry-After: 3600": () => answer("slow down", 429, { "Retry-After": "3600" }),
  "Tuya's 'system busy' on every try": () => answer('{"success":false,"code":1111,"msg":"system busy","t":1}'),
};

describe("timeout bounds the whole call", () => {
  for (const [name, make] of Object.entries(FOREVER)) {
    test(`${name}: reads and commands with timeout 1000 end in under 3 s, every time`, async () => {
      let server: RawServer | undefined;
      server = await RawServer.start(make(() => server!));
      try {
        // a read (retried: it may try again while time is left) and a command (never resent), three of each at once
        const client = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: server.baseUrl, timeout: 1000, maxRetries: 5 });
        const read = (): Promise<unknown> => client.devices.getStatus({ device_id: LIGHT });
        const command = (): Promise<unknown> => client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND });
        const outcomes = await Promise.all(
          [read, read, read, command, command, command].map(async (call) => {
            const started = performance.now();
            const error = await rejection(call());
            return { error, ms: performance.now() - started, isRead: call === read };
          }),
        );
        for (const { error, ms, isRead } of outcomes) {
          const expected = isRead || !COMMAND_FAILS_AT_ONCE.has(name) ? TuyaTimeoutError : TuyaError;
          assert.ok(error instanceof expected, `${String(error)} after ${ms.toFixed(0)} ms`);
          assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms`);
        }
        const commands = server.requests.filter((r) => r.method === "POST").length;
        assert.equal(commands, 3, "each command was sent once, never resent");
      } finally {
        await server.stop();
      }
    });
  }

  test("a silent token request counts against the call's timeout", async () => {
    await withRaw(
      answer(BODY),
      async (_server, client) => {
        const started = performance.now();
        const error = await rejection(client.devices.getStatus({ device_id: LIGHT }, { timeout: 1000 }));
        assert.ok(error instanceof TuyaTimeoutError, String(error));
        assert.ok(performance.now() - started < 3000);
      },
      () => undefined,
    );
  });

  test("a Retry-After that fits is waited for, and the retry succeeds", async () => {
    let first = true;
    const reply: Reply = (socket) => {
      socket.write(first ? http("busy", 503, { "Retry-After": "0.2" }) : http(BODY));
      first = false;
    };
    await withRaw(reply, async (server, client) => {
      assert.equal(await client.devices.getStatus({ device_id: LIGHT }, { timeout: 5000 }), true);
      assert.equal(server.requests.length, 2);
    });
  });

  test("the last failure is kept as the timeout's cause", async () => {
    await withRaw(answer("busy", 503, { "Retry-After": "20" }), async (_server, client) => {
      const error = await rejection(client.devices.getStatus({ device_id: LIGHT }, { timeout: 1000 }));
      assert.ok(error instanceof TuyaTimeoutError);
      assert.ok(error.cause instanceof TuyaResponseError && error.cause.statusCode === 503, String(error.cause));
      assert.match(error.message, /would not fit/);
    });
  });
});

// ---------------------------------------------------------------- replies arrive as sent

describe("success values arrive as sent", () => {
  const big = "12345678901234567891"; // 20 digits: JSON.parse would make it 12345678901234567000

  test("integers beyond 2^53 arrive exactly, as bigint, in lenient and strict mode", async () => {
    const home = `{"home_id":1234567890123456789,"name":"h","geo_name":"Berlin","lat":52.5,"lon":${big}}`;
    await withRaw(success(home), async (server) => {
      for (const strictResponses of [false, true]) {
        const client = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: server.baseUrl, strictResponses });
        const result = await client.homes.get({ home_id: 1 });
        assert.equal(result.home_id as unknown, 1234567890123456789n);
        assert.equal(result.lon as unknown, BigInt(big));
        assert.equal(result.lat, 52.5);
      }
    });
  });

  test("an integer of 4000 digits arrives intact; one beyond 4300 digits is a TuyaResponseError naming the limit", async () => {
    const digits = "9".repeat(4000);
    await withRaw(success(`[{"code":"x","value":${digits}}]`), async (_server, client) => {
      const [point] = await client.devices.getStatus({ device_id: LIGHT });
      assert.equal(point?.value, BigInt(digits));
    });
    await withRaw(success(`[{"code":"x","value":${"9".repeat(4301)}}]`), async (_server, client) => {
      const error = await rejection(client.devices.getStatus({ device_id: LIGHT }));
      assert.ok(error instanceof TuyaResponseError, String(error));
      assert.match(error.message, /integers of at most 4300 digits/);
    });
  });

  test("a result nested 500 levels deep arrives intact; 600 levels is a TuyaResponseError naming the limit", async () => {
    for (const strictResponses of [false, true]) {
      await withRaw(
        success(`[{"code":"x","value":${nested(500)}}]`),
        async (_server, client) => {
          const [point] = await client.devices.getStatus({ device_id: LIGHT });
          assert.equal(depthOf(point?.value), 500);
        },
        undefined,
        { strictResponses },
      );
    }
    for (const body of [nested(600), nested(10_000), `${nested(600, String(2n ** 64n))}`]) {
      await withRaw(success(body), async (_server, client) => {
        const error = await rejection(client.devices.getStatus({ device_id: LIGHT }));
        assert.ok(error instanceof TuyaResponseError, String(error));
        assert.match(error.message, /at most 512 levels of nesting/);
      });
    }
  });

  test("a value that does not fit the spec is kept in lenient mode and refused in strict mode", async () => {
    const device = `{"id":"${LIGHT}","name":"lamp","online":"yes","uid":"u","time_zone":"+01:00"}`;
    await withRaw(success(device), async (server) => {
      const lenient = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: server.baseUrl });
      assert.equal((await lenient.devices.get({ device_id: LIGHT })).online as unknown, "yes");
      const strict = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: server.baseUrl, strictResponses: true });
      const error = await rejection(strict.devices.get({ device_id: LIGHT }));
      assert.ok(error instanceof TuyaResponseError);
      assert.match(error.message, /result\.online: must be a boolean/);
    });
  });

  test("a __proto__ key is data, not a prototype, on both parsing paths", async () => {
    for (const extra of ["1", big]) {
      await withRaw(success(`{"__proto__":{"polluted":true},"n":${extra}}`), async (_server, client) => {
        const result = (await client.devices.get({ device_id: LIGHT })) as unknown as Record<string, unknown>;
        assert.ok(Object.hasOwn(result, "__proto__"));
        assert.equal(Object.getPrototypeOf(result), Object.prototype);
        assert.equal((result as { polluted?: unknown }).polluted, undefined);
      });
    }
  });
});

describe("broken token and error replies are TuyaErrors", () => {
  const broken = [
    '{"access_token":null,"refresh_token":"r","expire_time":7200}',
    '{"access_token":{"x":1},"refresh_token":"r","expire_time":7200}',
    '{"access_token":"","expire_time":7200}',
    '{"access_token":"a","expire_time":true}',
    '{"access_token":"a","expire_time":-5}',
    '{"access_token":"a","expire_time":"1e999"}',
    '{"access_token":"a","expire_time":1e400}',
    `{"access_token":"a","expire_time":1${"0".repeat(400)}}`,
    "5",
    "null",
  ];
  for (const result of broken) {
    test(`token result ${result.slice(0, 50)}: no token is made of it`, async () => {
      await withRaw(
        answer(BODY),
        async (server, client) => {
          const error = await rejection(client.devices.getStatus({ device_id: LIGHT }));
          assert.ok(error instanceof TuyaResponseError, String(error));
          assert.match(error.message, /token reply/);
          assert.equal(server.requests.length, 0, "no call went out with a made-up token");
        },
        answer(`{"success":true,"result":${result},"t":1}`),
      );
    });
  }

  test("a clock-skew error with a server time no clock can have is a ClockSkewError", async () => {
    for (const t of ["1e400", `1${"0".repeat(400)}`, '"soon"', "-1.5"]) {
      await withRaw(answer(`{"success":false,"code":1013,"msg":"request time is invalid","t":${t}}`), async (_server, client) => {
        const error = await rejection(client.devices.getStatus({ device_id: LIGHT }));
        assert.ok(error instanceof ClockSkewError, `${t}: ${String(error)}`);
      });
    }
  });
});

// ---------------------------------------------------------------- pagination

describe("pagination stops at the end of the list", () => {
  let cloud: FakeCloud;
  before(async () => {
    cloud = await FakeCloud.start();
  });
  after(async () => {
    await cloud?.stop();
  });
  beforeEach(async () => {
    await cloud.reset();
  });

  function warnings(): { logger: Logger; lines: string[] } {
    const lines: string[] = [];
    return { lines, logger: { warn: (line) => lines.push(line) } };
  }

  test("a server that answers every page number with the same page is read once, with a warning (F23)", async () => {
    const { lines, logger } = warnings();
    await withRaw(
      (socket: Socket) => socket.write(http('{"success":true,"result":[{"id":"a"},{"id":"b"}],"t":1}')),
      async (server, client) => {
        const walked = [];
        for await (const device of client.devices.iterListForUser({ uid: Seed.USER_ID })) walked.push(device.id);
        assert.deepEqual(walked, ["a", "b"]);
        assert.equal(server.requests.length, 2);
        assert.equal(lines.length, 1);
        assert.match(lines[0] ?? "", /devices\.list_for_user: page 2 repeats an earlier page/);
      },
      undefined,
      { logger },
    );
  });

  test("without a page size, the fake cloud's listing ends with every device once, in a few requests", async () => {
    const client = cloud.client({ logger: { warn: () => undefined } });
    const everything = await client.devices.listForUser({ uid: Seed.USER_ID });
    await cloud.control("reset_log");
    const walked = [];
    for await (const device of client.devices.iterListForUser({ uid: Seed.USER_ID })) walked.push(device.id);
    assert.deepEqual(walked, everything.map((d) => d.id));
    assert.ok((await cloud.calls("devices.list_for_user")) <= 3);
  });

  test("a page whose items are not a list is a TuyaResponseError, never items made up (F9, F10)", async () => {
    for (const result of [5, true, "vdevo1", { id: "vdevo1", name: "lamp" }, 0, ""]) {
      await cloud.inject({ operation: "devices.list_for_user", times: 1, reply: { success: true, result, t: 1 } });
      const client = cloud.client();
      const walked: unknown[] = [];
      const error = await rejection(
        (async () => {
          for await (const device of client.devices.iterListForUser({ uid: Seed.USER_ID, page_size: 50 })) walked.push(device);
        })(),
      );
      assert.ok(error instanceof TuyaResponseError, `${JSON.stringify(result)}: ${String(error)}`);
      assert.deepEqual(walked, []);
    }
  });

  test("a short page ends the list even when no page size was asked for", async () => {
    const pages = ['["a","b","c"]', '["d"]', '["e","f","g"]'];
    let page = 0;
    await withRaw(
      (socket: Socket) => socket.write(http(`{"success":true,"result":${pages[page++] ?? "[]"},"t":1}`)),
      async (server, client) => {
        const walked = [];
        for await (const item of client.devices.iterListForUser({ uid: Seed.USER_ID })) walked.push(item);
        assert.deepEqual(walked, ["a", "b", "c", "d"]);
        assert.equal(server.requests.length, 2);
      },
    );
  });

  test("a cursor that does not advance ends the list, with a warning", async () => {
    let page = 0;
    const { lines, logger } = warnings();
    await withRaw(
      (socket: Socket) => {
        page += 1;
        socket.write(http(`{"success":true,"result":{"devices":[{"id":"d${page}"}],"last_row_key":"same","has_more":true},"t":1}`));
      },
      async (server, client) => {
        const walked = [];
        for await (const device of client.devices.iterListV2({ size: 1 })) walked.push(device.id);
        assert.deepEqual(walked, ["d1", "d2"]);
        assert.equal(server.requests.length, 2);
        assert.match(lines.join("\n"), /cursor last_row_key of page 2 does not advance/);
      },
      undefined,
      { logger },
    );
  });

  test("without a logger, the warning is a Node process warning", async () => {
    const seen: string[] = [];
    const listener = (warning: Error & { code?: string }): void => {
      if (warning.code === "TUYA_PAGINATION") seen.push(warning.message);
    };
    process.on("warning", listener);
    try {
      await withRaw(
        (socket: Socket) => socket.write(http('{"success":true,"result":["same"],"t":1}')),
        async (_server, client) => {
          for await (const item of client.devices.iterListForUser({ uid: Seed.USER_ID })) assert.equal(item, "same");
        },
      );
      for (let waited = 0; seen.length === 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      assert.match(seen.join("\n"), /repeats an earlier page/);
    } finally {
      process.off("warning", listener);
    }
  });

  test("per-call options are checked: no other error than a TuyaError", async () => {
    const client = cloud.client();
    const bad: unknown[] = [{ maxPages: "x" }, { maxPages: 0 }, { maxPages: null }, { timeout: "5" }, { pageSize: 5 }, "fast"];
    for (const options of bad) {
      const error = await rejection(
        (async () => {
          for await (const device of client.devices.iterListForUser({ uid: Seed.USER_ID }, options as never)) assert.ok(device);
        })(),
      );
      assert.ok(error instanceof TuyaConfigError, `${JSON.stringify(options)}: ${String(error)}`);
    }
    for (const options of [{ timeout: "5" }, { timeout: Number.NaN }, { timeout: Infinity }, { maxRetries: "x" }, { allowRetry: "yes" }, { retries: 2 }]) {
      const error = await rejection(client.devices.get({ device_id: LIGHT }, options as never));
      assert.ok(error instanceof TuyaConfigError, `${JSON.stringify(options)}: ${String(error)}`);
    }
    assert.throws(() => cloud.client({ timeOut: 5 } as never), TuyaConfigError);
    assert.deepEqual((await cloud.state()).requests.filter((r) => r.operation !== "token.get"), []);
  });
});

// ---------------------------------------------------------------- a seeded reply fuzz

/** A small seeded PRNG (mulberry32), so that every run tries the same replies. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzValue(next: () => number, depth: number): string {
  const pick = Math.floor(next() * (depth > 3 ? 7 : 10));
  const number = () => ["0", "-1", "1.5", "1e308", "1e999", "-0", "9007199254740993", "1" + "0".repeat(30), "3.14e-300"][Math.floor(next() * 9)] ?? "0";
  switch (pick) {
    case 0:
      return "null";
    case 1:
      return next() < 0.5 ? "true" : "false";
    case 2:
    case 3:
      return number();
    case 4:
      return JSON.stringify(["", "vdevo1", "é", "\u0000", "\ud83d\udca1", "a\nb", "true"][Math.floor(next() * 7)]);
    case 5:
      return '"\\ud800"';
    case 6:
      return nested(Math.floor(next() * 3) + 1);
    case 7:
      return `[${Array.from({ length: Math.floor(next() * 4) }, () => fuzzValue(next, depth + 1)).join(",")}]`;
    default: {
      const keys = ["code", "value", "id", "devices", "list", "has_more", "total", "last_row_key", "success", "result", "__proto__"];
      const fields = Array.from({ length: Math.floor(next() * 4) }, () => `"${keys[Math.floor(next() * keys.length)]}":${fuzzValue(next, depth + 1)}`);
      return `{${fields.join(",")}}`;
    }
  }
}

function fuzzBody(next: () => number): string {
  const value = fuzzValue(next, 0);
  switch (Math.floor(next() * 6)) {
    case 0:
      return value; // not an envelope at all
    case 1:
      return `{"success":false,"code":${fuzzValue(next, 3)},"msg":${fuzzValue(next, 3)},"tid":${fuzzValue(next, 3)},"t":${fuzzValue(next, 3)}}`;
    case 2:
      return `{"success":true,"result":${value}`.slice(0, Math.floor(next() * 30)); // truncated
    default:
      return `{"success":true,"result":${value},"t":1}`;
  }
}

describe("a seeded reply fuzz: data or a TuyaError, nothing else", () => {
  test("300 replies through a single call, an iterator and a token grant", async () => {
    const next = random(20261204);
    let body = "";
    let status = 200;
    let token = TOKEN_REPLY;
    const reply: Reply = (socket) => socket.write(http(body, status));
    await withRaw(
      reply,
      async (server) => {
        for (let round = 0; round < 300; round++) {
          body = fuzzBody(next);
          status = next() < 0.8 ? 200 : [201, 404, 500, 503][Math.floor(next() * 4)] ?? 200;
          token = round % 3 === 2 ? `{"success":true,"result":${fuzzValue(next, 0)}}` : TOKEN_REPLY;
          for (const strictResponses of [false, true]) {
            const client = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: server.baseUrl, maxRetries: 0, timeout: 5000, strictResponses });
            const runs = [
              () => client.devices.getStatus({ device_id: LIGHT }),
              async () => {
                const out = [];
                for await (const item of client.devices.iterListV2({ size: 2 }, { maxPages: 3 })) out.push(item);
                return out;
              },
            ];
            for (const run of runs) {
              try {
                await run();
              } catch (error) {
                assert.ok(error instanceof TuyaError, `round ${round}: ${String(error)} for ${body.slice(0, 120)}`);
                assert.ok(!(error instanceof TuyaTimeoutError), `round ${round} timed out`);
                if (!(error instanceof TuyaConnectionError)) continue;
                assert.fail(`round ${round}: ${String(error)}`);
              }
            }
          }
        }
      },
      (socket) => socket.write(http(token)),
    );
  });
});
