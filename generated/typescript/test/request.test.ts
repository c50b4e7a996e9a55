// client.request({ method, path, query, body }): any endpoint, signed like the operations, against the fake
// cloud (which checks every signature, also of paths it does not know) and a raw echo server for a path no
// spec has. The same cases as the Python clients' tests of client.request.

import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, beforeEach, describe, test } from "node:test";

import {
  InvalidRequestError,
  MemoryTokenStore,
  PermissionDeniedError,
  TuyaAPIError,
  TuyaConfigError,
  TuyaResponseError,
  TuyaTimeoutError,
  TuyaValidationError,
  type GenericRequest,
} from "tuya-cloud-sdk";
import { sign } from "tuya-cloud-sdk/signing";

import { COMMAND, FakeCloud, Seed } from "./fake-cloud.js";
import { RawServer, http, type RawRequest } from "./raw-server.js";

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

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the call succeeded; an error was expected");
}

/** The requests the fake cloud saw for anything but tokens. */
async function sent(): Promise<{ method: string; path: string; query: Record<string, string>; body: unknown; signature_ok: boolean }[]> {
  return (await cloud.state()).requests.filter((r) => r.operation === null || !r.operation.startsWith("token."));
}

describe("client.request against the fake cloud", () => {
  test("a GET of a spec path returns what the operation returns", async () => {
    const client = cloud.client();
    const status = await client.request({ method: "GET", path: `/v1.0/devices/${LIGHT}/status` });
    assert.deepEqual(status, await client.devices.getStatus({ device_id: LIGHT }));
    assert.ok((await sent()).every((r) => r.signature_ok));
  });

  test("a GET with a query: encoded, signed sorted, lists comma-separated, null left out", async () => {
    const client = cloud.client();
    const query = { page_size: 10, page_no: 1, device_ids: [LIGHT, Seed.PLUG_ID], schema: null };
    const listed = await client.request({ method: "get", path: "/v1.0/devices", query });
    const expected = await client.devices.list({ page_no: 1, page_size: 10, device_ids: [LIGHT, Seed.PLUG_ID] });
    assert.deepEqual(listed, expected);
    const [first] = await sent();
    assert.deepEqual(first?.query, { device_ids: `${LIGHT},${Seed.PLUG_ID}`, page_no: "1", page_size: "10" });
    assert.ok(first?.signature_ok);
  });

  test("a POST body is sent as JSON and acts on the world", async () => {
    const client = cloud.client();
    const commands = [{ code: "switch_led", value: false }];
    assert.equal(await client.request({ method: "POST", path: `/v1.0/devices/${LIGHT}/commands`, body: { commands } }), true);
    const status = await client.devices.getStatus({ device_id: LIGHT });
    assert.equal(status.find((point) => point.code === "switch_led")?.value, false);
    const [post] = await sent();
    assert.deepEqual(post?.body, { commands });
    assert.ok(post?.signature_ok);
  });

  test("a path the spec does not have is signed correctly and gets Tuya's error as a typed TuyaAPIError", async () => {
    const client = cloud.client();
    const error = await rejection(client.request({ method: "GET", path: "/v9.9/no/such/path", query: { a: "b" } }));
    assert.ok(error instanceof InvalidRequestError && error instanceof TuyaAPIError, String(error));
    assert.equal(error.code, 1108);
    assert.equal(error.operation, "request");
    assert.equal(error.path, "/v9.9/no/such/path");
    const [seen] = await sent();
    assert.equal(seen?.path, "/v9.9/no/such/path");
    assert.ok(seen?.signature_ok, "the fake cloud verified the signature of the unknown path");
  });

  test("an error reply carries code and msg", async () => {
    await cloud.inject({ operation: "devices.get", times: 1, error_code: 1106, error_msg: "permission deny" });
    const error = await rejection(cloud.client().request({ method: "GET", path: `/v1.0/devices/${LIGHT}` }));
    assert.ok(error instanceof PermissionDeniedError, String(error));
    assert.deepEqual([error.code, error.msg, error.method], [1106, "permission deny", "GET"]);
  });

  test("a POST whose reply times out is sent once", async () => {
    const client = cloud.client({ maxRetries: 3 });
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "device_control.send_commands", times: 1, latency: 1.0 });
    const call = { method: "POST", path: `/v1.0/devices/${LIGHT}/commands`, body: { commands: COMMAND }, timeout: 300 };
    const error = await rejection(client.request(call));
    assert.ok(error instanceof TuyaTimeoutError, String(error));
    // a resend would have been logged before the slow first request ends: wait for that one
    for (let waited = 0; (await cloud.calls("device_control.send_commands")) === 0 && waited < 20_000; waited += 100) await sleep(100);
    await sleep(300);
    assert.equal(await cloud.calls("device_control.send_commands"), 1);
  });

  test("a GET is retried on a transient failure; a POST only with allowRetry", async () => {
    const client = cloud.client();
    await client.devices.getStatus({ device_id: LIGHT });
    await cloud.inject({ operation: "devices.get_status", times: 2, http_status: 503 });
    await cloud.control("reset_log");
    assert.ok(await client.request({ method: "GET", path: `/v1.0/devices/${LIGHT}/status` }));
    assert.equal(await cloud.calls("devices.get_status"), 3);

    const post = { method: "POST", path: `/v1.0/devices/${LIGHT}/commands`, body: { commands: COMMAND } };
    await cloud.inject({ operation: "device_control.send_commands", times: 1, http_status: 502 });
    const error = await rejection(client.request(post));
    assert.ok(error instanceof TuyaResponseError && error.statusCode === 502, String(error));
    assert.equal(await cloud.calls("device_control.send_commands"), 1);
    await cloud.inject({ operation: "device_control.send_commands", times: 1, http_status: 502 });
    assert.equal(await client.request({ ...post, allowRetry: true }), true);
    assert.equal(await cloud.calls("device_control.send_commands"), 3);
    const once = await rejection(client.request({ method: "GET", path: "/v1.0/devices/x/status", maxRetries: 0, timeout: 5000 }));
    assert.ok(once instanceof TuyaAPIError);
  });

  test("an expired token is renewed and the call made again; the token calls are signed without a token", async () => {
    const store = new MemoryTokenStore();
    const lines: string[] = [];
    const client = cloud.client({ tokenStore: store, logger: { debug: (line) => lines.push(line) } });
    await client.request({ method: "GET", path: `/v1.0/devices/${LIGHT}` });
    await cloud.control("expire_tokens");
    assert.ok(await client.request({ method: "GET", path: `/v1.0/devices/${LIGHT}` }));
    assert.equal(client.tokenRenewals, 2);
    // the refresh call through request(): a token API, and its token masked wherever it is shown
    const token = store.load();
    assert.ok(token !== null);
    const pair = await client.request({ method: "GET", path: `/v1.0/token/${token.refreshToken}` });
    assert.ok(typeof pair === "object" && pair !== null && "access_token" in pair);
    const text = lines.join("\n");
    assert.ok(text.includes("request GET /v1.0/token/*** -> HTTP 200"), text);
    assert.ok(!text.includes(token.refreshToken));
    assert.ok((await cloud.state()).requests.every((r) => r.signature_ok));
  });

  test("bad requests are refused before anything is sent, naming the field", async () => {
    const client = cloud.client();
    const cases: [unknown, string, RegExp][] = [
      [{ method: "PATCH", path: "/v1.0/devices" }, "method", /one of GET, POST, PUT, DELETE/],
      [{ method: 1, path: "/v1.0/devices" }, "method", /one of/],
      [{ method: "GET", path: "v1.0/devices" }, "path", /start with '\/'/],
      [{ method: "GET", path: "/v1.0/devices?page_no=1" }, "path", /no query/],
      [{ method: "GET", path: "/v1.0/devices/a b" }, "path", /percent-encoded: " "/],
      [{ method: "GET", path: "/v1.0/devices/\u00e9" }, "path", /percent-encoded/],
      [{ method: "GET", path: "/v1.0/devices/../token" }, "path", /'\.\.'/],
      [{ method: "GET", path: "/v1.0//devices" }, "path", /empty/],
      [{ method: "GET", path: "/v1.0/devices", body: { a: 1 } }, "body", /GET request sends no body/],
      [{ method: "POST", path: "/v1.0/x", body: { a: Number.NaN } }, "body.a", /finite/],
      [{ method: "POST", path: "/v1.0/x", body: { a: "\ud800" } }, "body.a", /surrogate/],
      [{ method: "POST", path: "/v1.0/x", body: { when: new Date() } }, "body.when", /JSON data/],
      [{ method: "POST", path: "/v1.0/x", body: JSON.parse("[".repeat(600) + "]".repeat(600)) as unknown }, "body", /nested/],
      [{ method: "GET", path: "/v1.0/x", query: { a: { b: 1 } } }, "query.a", /string, number or boolean/],
      [{ method: "GET", path: "/v1.0/x", query: { a: Infinity } }, "query.a", /finite/],
      [{ method: "GET", path: "/v1.0/x", query: { a: ["ok", "\udc00"] } }, "query.a", /surrogate/],
      [{ method: "GET", path: "/v1.0/x", query: "a=b" }, "query", /object/],
      [{ method: "GET", path: "/v1.0/x", params: { a: 1 } }, "params", /not a field/],
      [null, "request", /must be an object/],
    ];
    for (const [call, param, rule] of cases) {
      const error = await rejection(client.request(call as GenericRequest));
      assert.ok(error instanceof TuyaValidationError, `${JSON.stringify(call)}: ${String(error)}`);
      assert.equal(error.operation, "request");
      assert.equal(error.param, param, error.message);
      assert.match(error.rule, rule);
    }
    const options = await rejection(client.request({ method: "GET", path: "/v1.0/x", timeout: -1 }));
    assert.ok(options instanceof TuyaConfigError);
    assert.deepEqual((await cloud.state()).requests, []);
  });
});

describe("client.request against a path no spec has", () => {
  test("the path is sent and signed as given, the query sorted, the result as plain JSON (big integers exact)", async () => {
    const seen: RawRequest[] = [];
    const server = await RawServer.start((socket, request) => {
      seen.push(request);
      socket.write(http(`{"success":true,"result":{"echo":${JSON.stringify(request.target)},"big":123456789012345678901234567890},"t":1}`));
    });
    try {
      const client = cloud.client({ baseUrl: server.baseUrl, accessId: "id", accessSecret: "secret" });
      const result = await client.request({
        method: "PUT",
        path: "/v9.9/things/a%2Fb/x:y",
        query: { z: "last", a: "é & =", flag: true },
        body: { n: 12345678901234567890n, list: [1, "two"] },
      });
      assert.deepEqual(result, { echo: "/v9.9/things/a%2Fb/x:y?a=%C3%A9%20%26%20%3D&flag=true&z=last", big: 123456789012345678901234567890n });
      const request = seen[0];
      assert.ok(request !== undefined);
      assert.equal(request.body, '{"n":12345678901234567890,"list":[1,"two"]}');
      const expected = sign({
        clientId: "id",
        secret: "secret",
        t: request.headers["t"] ?? "",
        nonce: request.headers["nonce"] ?? "",
        accessToken: request.headers["access_token"] ?? "",
        method: "PUT",
        path: "/v9.9/things/a%2Fb/x:y",
        query: [["z", "last"], ["a", "é & ="], ["flag", "true"]],
        body: request.body,
      });
      assert.equal(request.headers["sign"], expected);
      assert.equal(request.headers["access_token"], "at");
      assert.equal(await client.request({ method: "DELETE", path: "/v9.9/things/1/" }).then((r) => typeof r), "object");
    } finally {
      await server.stop();
    }
  });

  test("a success without a result resolves to null", async () => {
    const server = await RawServer.start((socket) => socket.write(http('{"success":true,"t":1}')));
    try {
      const client = cloud.client({ baseUrl: server.baseUrl });
      assert.equal(await client.request({ method: "POST", path: "/v9.9/x" }), null);
    } finally {
      await server.stop();
    }
  });
});
