// The client against the fake cloud over real HTTP on 127.0.0.1: tokens, retries, timeouts, faults, errors,
// secrets, pagination. The same cases as the Python runtime's tests (tests/runtime/test_client_behaviour.py).

import assert from "node:assert/strict";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, beforeEach, describe, test } from "node:test";
import { inspect } from "node:util";

import {
  ClockSkewError,
  MemoryTokenStore,
  PermissionDeniedError,
  ServerBusyError,
  Token,
  TuyaAPIError,
  TuyaCloud,
  TuyaConnectionError,
  TuyaError,
  TuyaResponseError,
  TuyaTimeoutError,
} from "tuya-cloud-sdk";

import { COMMAND, FakeCloud, Seed } from "./fake-cloud.js";

const LIGHT = Seed.LIGHT_ID;

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

async function renewals(): Promise<number> {
  const state = await cloud.state();
  return state.token_grants + state.token_refreshes;
}

/**
 * A bare HTTP server on 127.0.0.1 for replies the fake cloud cannot make: token requests get a token,
 * every other request gets `reply`.
 */
async function withServer(reply: (res: ServerResponse) => void, run: (baseUrl: string) => Promise<void>): Promise<void> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    if (req.url?.startsWith("/v1.0/token")) {
      res.end('{"success":true,"result":{"access_token":"a","refresh_token":"r","expire_time":7200,"uid":"u"}}');
    } else {
      reply(res);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await run(`http://127.0.0.1:${port}`);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the call succeeded; an error was expected");
}

describe("tokens", () => {
  test("a token is acquired lazily and once", async () => {
    const before = (await cloud.state()).token_grants;
    const client = cloud.client();
    assert.equal((await cloud.state()).token_grants, before); // constructing the client sends nothing
    await client.devices.getStatus({ device_id: LIGHT });
    await client.devices.get({ device_id: LIGHT });
    const state = await cloud.state();
    assert.equal(state.token_grants, before + 1);
  });

  test("50 concurrent first calls share one token grant", async () => {
    const client = cloud.client();
    const before = await renewals();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.devices.getStatus({ device_id: LIGHT })));
    assert.equal(results.length, 50);
    assert.ok(results.every((r) => Array.isArray(r) && r.length > 0));
    assert.equal((await renewals()) - before, 1);
    assert.equal(client.tokenRenewals, 1);
  });

  test("50 concurrent calls on a token Tuya expired: exactly 1 renewal, 0 failures", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.control("expire_tokens"); // the client still believes its token is fresh: Tuya answers 1010
    const before = await renewals();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => client.devices.getStatus({ device_id: LIGHT })),
    );
    const failures = outcomes.filter((o) => o.status === "rejected");
    assert.deepEqual(failures, []);
    assert.equal((await renewals()) - before, 1);
    assert.equal(client.tokenRenewals, 2); // the first grant and the one renewal
  });

  test("50 concurrent calls on a token the client knows is expired: exactly 1 renewal, 0 failures", async () => {
    const store = new MemoryTokenStore();
    const client = cloud.client({ tokenStore: store });
    await client.devices.getStatus({ device_id: LIGHT });
    const token = store.load();
    assert.ok(token !== null);
    store.save(new Token({ ...token, expiresAt: Date.now() / 1000 - 1 }));
    const before = await renewals();
    const refreshes = (await cloud.state()).token_refreshes;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => client.devices.getStatus({ device_id: LIGHT })),
    );
    assert.deepEqual(outcomes.filter((o) => o.status === "rejected"), []);
    assert.equal((await renewals()) - before, 1);
    assert.equal((await cloud.state()).token_refreshes, refreshes + 1); // the refresh token was used, not a grant
  });

  test("a token expiring mid-flight is renewed and the command resent exactly once", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.control("expire_tokens");
    await cloud.control("reset_log");
    const before = await renewals();
    assert.equal(await client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }), true);
    assert.equal((await renewals()) - before, 1);
    assert.equal(await cloud.calls("device_control.send_commands"), 2); // refused once (1010), then executed once
  });

  test("a spent refresh token falls back to a new grant", async () => {
    const store = new MemoryTokenStore();
    const client = cloud.client({ tokenStore: store });
    await client.devices.getStatus({ device_id: LIGHT });
    const token = store.load();
    assert.ok(token !== null);
    const grants = (await cloud.state()).token_grants;
    // Someone else spends the single-use refresh token: our access token dies with it.
    const pair = await client.token.refresh({ refresh_token: token.refreshToken });
    assert.ok(pair.access_token);
    assert.ok(await client.devices.getStatus({ device_id: LIGHT })); // 1011 -> refresh fails (spent) -> new grant
    assert.equal((await cloud.state()).token_grants, grants + 1);
  });
});

describe("retries and no double send", () => {
  test("a retry-safe call is retried on HTTP 503", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "devices.get_status", times: 2, http_status: 503 });
    await cloud.control("reset_log");
    assert.ok(await client.devices.getStatus({ device_id: LIGHT }));
    assert.equal(await cloud.calls("devices.get_status"), 3);
  });

  test("a busy code is retried for reads but not for commands", async () => {
    const client = cloud.client();
    await cloud.inject({ operation: "devices.get", times: 1, error_code: 1111 });
    assert.equal((await client.devices.get({ device_id: LIGHT })).id, LIGHT);
    await cloud.inject({ operation: "device_control.send_commands", times: 1, error_code: 1111 });
    const error = await rejection(client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }));
    assert.ok(error instanceof ServerBusyError);
    assert.equal(error.code, 1111);
    assert.equal(await cloud.calls("device_control.send_commands"), 1);
  });

  test("a command is never sent twice after a read timeout", async () => {
    const client = cloud.client({ timeout: 300, maxRetries: 3 });
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "device_control.send_commands", times: 1, latency: 1.0 });
    const error = await rejection(client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }));
    assert.ok(error instanceof TuyaTimeoutError, String(error));
    // The call is over, so the client sends nothing more. A resend would have gone out before it gave up and,
    // without the injected latency, would be logged before the slow first request; wait for that one.
    for (let waited = 0; (await cloud.calls("device_control.send_commands")) === 0 && waited < 20_000; waited += 100) {
      await sleep(100);
    }
    assert.equal(await cloud.calls("device_control.send_commands"), 1);
  });

  test("a dropped connection ends a command in a connection error, not a resend", async () => {
    const client = cloud.client({ maxRetries: 3 });
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "device_control.send_commands", times: 1, drop_connection: true });
    const error = await rejection(client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }));
    assert.ok(error instanceof TuyaConnectionError, String(error));
    assert.equal(await cloud.calls("device_control.send_commands"), 1);
  });

  test("the caller may opt in to resending a command", async () => {
    const client = cloud.client();
    await cloud.inject({ operation: "device_control.send_commands", times: 1, http_status: 502 });
    const result = await client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }, { allowRetry: true });
    assert.equal(result, true);
    assert.equal(await cloud.calls("device_control.send_commands"), 2);
  });

  test("maxRetries per call bounds the attempts", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "devices.get_status", times: 10, http_status: 500 });
    await cloud.control("reset_log");
    const error = await rejection(client.devices.getStatus({ device_id: LIGHT }, { maxRetries: 1 }));
    assert.ok(error instanceof TuyaResponseError);
    assert.equal(error.statusCode, 500);
    assert.equal(await cloud.calls("devices.get_status"), 2); // one try and one retry
  });

  test("a 429 with Retry-After is retried for a read", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "devices.get_status", times: 1, http_status: 429, retry_after: 0 });
    assert.ok(await client.devices.getStatus({ device_id: LIGHT }));
  });

  test("a per-call timeout overrides the client's default", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "devices.get_status", times: 1, latency: 1.0 });
    // The client's own timeout is 30 s, so only the per-call one can turn a 1 s delay into an error.
    const error = await rejection(client.devices.getStatus({ device_id: LIGHT }, { timeout: 200, maxRetries: 0 }));
    assert.ok(error instanceof TuyaTimeoutError, String(error));
  });

  test("withOptions copies the defaults and shares the token", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    const grants = (await cloud.state()).token_grants;
    const patient = client.withOptions({ maxRetries: 0 });
    assert.notEqual(patient.devices, client.devices);
    await cloud.inject({ operation: "devices.get_status", times: 1, http_status: 503 });
    assert.ok((await rejection(patient.devices.getStatus({ device_id: LIGHT }))) instanceof TuyaResponseError);
    assert.ok(await client.devices.getStatus({ device_id: LIGHT }));
    assert.equal((await cloud.state()).token_grants, grants);
  });

  test("an unreachable server gives a connection error", async () => {
    const client = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl: "http://127.0.0.1:9", maxRetries: 1 });
    const error = await rejection(client.devices.getStatus({ device_id: LIGHT }));
    assert.ok(error instanceof TuyaConnectionError && error instanceof TuyaError, String(error));
    assert.ok(!error.message.includes("secret"));
  });
});

describe("bad replies and API errors", () => {
  test("a garbage body gives a response error", async () => {
    const client = cloud.client();
    await cloud.inject({ operation: "devices.get", times: 1, garbage: true });
    const error = await rejection(client.devices.get({ device_id: LIGHT }));
    assert.ok(error instanceof TuyaResponseError, String(error));
    assert.equal(error.statusCode, 200);
    assert.ok(error.bodyExcerpt.length > 0);
  });

  test("an HTML error page gives a response error with the status, and a command is not resent", async () => {
    const client = cloud.client();
    await cloud.inject({ operation: "device_control.send_commands", times: 1, http_status: 502 });
    const error = await rejection(client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }));
    assert.ok(error instanceof TuyaResponseError, String(error));
    assert.equal(error.statusCode, 502);
    assert.equal(await cloud.calls("device_control.send_commands"), 1);
  });

  test("a non-200 reply that is not retried ends at once", async () => {
    const client = cloud.client({ maxRetries: 5 });
    await cloud.inject({ operation: "devices.get", times: 1, http_status: 404 });
    const error = await rejection(client.devices.get({ device_id: LIGHT }));
    assert.ok(error instanceof TuyaResponseError);
    assert.equal(error.statusCode, 404);
    assert.equal(await cloud.calls("devices.get"), 1);
  });

  test("an API error carries code, msg, tid and where", async () => {
    const client = cloud.client();
    await cloud.inject({ operation: "devices.get", times: 1, error_code: 1106, error_msg: "permission deny" });
    const error = await rejection(client.devices.get({ device_id: LIGHT }));
    assert.ok(error instanceof PermissionDeniedError && error instanceof TuyaAPIError);
    assert.deepEqual([error.code, error.msg, error.operation, error.method], [1106, "permission deny", "devices.get", "GET"]);
    assert.equal(error.path, `/v1.0/devices/${LIGHT}`);
    assert.equal(error.tid?.length, 32);
    assert.equal(error.name, "PermissionDeniedError");
    assert.match(error.message, /data centre/); // the spec's hint tells the user what to check
  });

  test("an unknown error code is still a TuyaAPIError", async () => {
    const client = cloud.client();
    await cloud.inject({ operation: "devices.get", times: 1, error_code: 987654, error_msg: "something new" });
    const error = await rejection(client.devices.get({ device_id: LIGHT }));
    assert.ok(error instanceof TuyaAPIError);
    assert.equal(error.constructor, TuyaAPIError);
    assert.equal(error.code, 987654);
  });

  test("clock skew is corrected from the server's t", async () => {
    await cloud.control("clock", { offset: 3600 });
    assert.ok(await cloud.client().devices.getStatus({ device_id: LIGHT }));
  });

  test("the clock skew error explains the fix when correction is off", async () => {
    await cloud.control("clock", { offset: -3600 });
    const error = await rejection(cloud.client({ correctClockSkew: false }).devices.getStatus({ device_id: LIGHT }));
    assert.ok(error instanceof ClockSkewError);
    assert.equal(error.code, 1013);
    assert.match(error.message, /NTP/);
  });

  test("strictResponses turns a result that breaks the spec's schema into a response error", async () => {
    await withServer(
      (res) => res.end('{"success":true,"result":{"not":"a list of data points"},"t":1,"tid":"x"}'),
      async (baseUrl) => {
        const options = { accessId: "id", accessSecret: "secret", baseUrl };
        const lenient = new TuyaCloud(options);
        assert.deepEqual(await lenient.devices.getStatus({ device_id: LIGHT }), { not: "a list of data points" });
        const strict = new TuyaCloud({ ...options, strictResponses: true });
        const error = await rejection(strict.devices.getStatus({ device_id: LIGHT }));
        assert.ok(error instanceof TuyaResponseError, String(error));
        assert.match(error.message, /does not match the spec at result: must be a list/);
      },
    );
  });

  test("a reply that stops half-way ends in a timeout error", async () => {
    await withServer(
      (res) => {
        res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "500" });
        res.write('{"success":true,"result":'); // and then nothing more
      },
      async (baseUrl) => {
        const client = new TuyaCloud({ accessId: "id", accessSecret: "secret", baseUrl, timeout: 300, maxRetries: 0 });
        const error = await rejection(client.deviceControl.sendCommands({ device_id: LIGHT, commands: COMMAND }));
        assert.ok(error instanceof TuyaTimeoutError, String(error));
      },
    );
  });
});

describe("paths, headers, pages and secrets", () => {
  test("path parameters cannot escape their segment", async () => {
    const client = cloud.client();
    assert.ok((await rejection(client.devices.getStatus({ device_id: "../../token" }))) instanceof TuyaAPIError);
    const paths = (await cloud.state()).requests.filter((r) => r.operation !== "token.get").map((r) => r.path);
    assert.ok(paths.length > 0);
    assert.ok(paths.every((p) => p.startsWith("/v1.0/devices/..%2F..%2Ftoken")), paths.join(" "));
  });

  test("signed headers are sent and signed", async () => {
    const client = cloud.client({ signedHeaders: { area_id: "29a33e8796834b1efa6", call_id: "8afdb70ab2ed11eb85290242ac130003" } });
    assert.ok(await client.devices.getStatus({ device_id: LIGHT })); // the fake cloud verifies the header lines too
    const { requests } = await cloud.state();
    assert.ok(requests.length >= 2 && requests.every((r) => r.signature_ok));
  });

  test("iterating pages walks the whole list", async () => {
    const client = cloud.client();
    const everything = await client.devices.listForUser({ uid: Seed.USER_ID, page_no: 1, page_size: 100 });
    const walked = [];
    for await (const device of client.devices.iterListForUser({ uid: Seed.USER_ID, page_size: 2 })) walked.push(device);
    assert.ok(walked.length > 2);
    assert.deepEqual(
      walked.map((d) => d.id),
      everything.map((d) => d.id),
    );
    assert.ok((await cloud.calls("devices.list_for_user")) > 2);
  });

  test("secrets never reach logs, inspect() or errors", async () => {
    const lines: string[] = [];
    const logger = {
      debug: (line: string) => lines.push(line),
      info: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
    };
    const client = cloud.client({ logger });
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.control("expire_tokens");
    await client.devices.getStatus({ device_id: LIGHT }); // renews: the refresh token travels in a URL path
    await cloud.inject({ operation: "devices.get", times: 1, error_code: 1004, error_msg: "sign invalid" });
    const error = await rejection(client.devices.get({ device_id: LIGHT }));
    const bad = await rejection(client.token.refresh({ refresh_token: "" }));
    const { issued_secrets: issued } = await cloud.state();
    assert.ok(issued.length >= 4, "two access tokens and two refresh tokens were issued");
    const texts = [lines.join("\n"), inspect(client, { depth: 10 }), String(client), JSON.stringify(client), String(error), inspect(error), String(bad)];
    for (const text of texts) {
      assert.ok(!text.includes(cloud.accessSecret), text);
      for (const secret of issued) assert.ok(!text.includes(secret), text);
      assert.doesNotMatch(text, /\b[0-9A-F]{64}\b/); // no signature
    }
    assert.ok(lines.some((line) => line.includes("/v1.0/token/***")), "the refresh call is logged with its token masked");
    assert.ok(lines.some((line) => line.includes("devices.get_status GET")), "the debug log did run");
  });
});
