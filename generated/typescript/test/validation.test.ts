// Bad arguments and bad configuration are refused before anything is sent: the same rules as the Python
// client's (tests/generator/test_generation.py, tests/runtime/test_client_behaviour.py), on the real spec.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { TuyaCloud, TuyaConfigError, TuyaValidationError, type TuyaCloudOptions } from "tuya-cloud-sdk";

import { COMMAND, FakeCloud, Seed } from "./fake-cloud.js";

const LIGHT = Seed.LIGHT_ID;
const TIMER = { device_id: LIGHT, category: "schedule", time_zone: "+08:00", timezone_id: "Europe/Berlin" };

let cloud: FakeCloud;

before(async () => {
  cloud = await FakeCloud.start();
  await cloud.control("reset_log");
});

after(async () => {
  await cloud?.stop();
});

/** Expects a TuyaValidationError naming `param` with a rule containing `rule`. */
async function refused(call: () => Promise<unknown>, param: string, rule: string | RegExp): Promise<void> {
  await assert.rejects(call, (error: unknown) => {
    assert.ok(error instanceof TuyaValidationError, String(error));
    assert.equal(error.param, param, error.message);
    if (typeof rule === "string") assert.ok(error.rule.includes(rule), error.message);
    else assert.match(error.rule, rule);
    return true;
  });
}

/** Calls with arguments that the types forbid, as plain JavaScript callers can. */
function untyped<T>(value: unknown): T {
  return value as T;
}

describe("bad arguments are refused before anything is sent", () => {
  const client = (): TuyaCloud => cloud.client();

  test("a required parameter is missing", async () => {
    await refused(() => client().devices.getStatus(untyped({})), "device_id", "is required");
    await refused(() => client().devices.getStatus(untyped({ device_id: null })), "device_id", "is required");
  });

  test("below a minimum, above a maximum", async () => {
    await refused(() => client().devices.list({ page_no: 0, page_size: 10 }), "page_no", "must be >= 1, got 0");
    const window = { device_id: LIGHT, type: [1 as const], start_time: 1700000000000, end_time: 1700000100000 };
    await refused(() => client().devices.listLogs({ ...window, size: 101 }), "size", "must be <= 100, got 101");
  });

  test("not one of the enum's values", async () => {
    await refused(
      () => client().devices.listForUser({ uid: Seed.USER_ID, from: untyped("away") }),
      "from",
      'must be one of "home", "share"',
    );
  });

  test("too many items, repeated items", async () => {
    const ids = Array.from({ length: 21 }, (_, i) => `vdevo${i}`);
    await refused(() => client().devices.listFactoryInfos({ device_ids: ids }), "device_ids", "must have at most 20 items");
    const window = { device_id: LIGHT, start_time: 1700000000000, end_time: 1700000100000 };
    await refused(() => client().devices.listLogs({ ...window, type: [1, 1] }), "type", "must not repeat items");
  });

  test("a timestamp with the wrong number of digits", async () => {
    const window = { device_id: LIGHT, type: [1 as const], end_time: 1700000100000 };
    await refused(
      () => client().devices.listLogs({ ...window, start_time: 1700000000 }),
      "start_time",
      "must be a 13-digit Unix time in milliseconds",
    );
    const locks = { device_id: LIGHT, page_no: 1, page_size: 10, end_time: 1700000100 };
    await refused(
      () => client().locks.listOpenLogs({ ...locks, start_time: 17000000000 }),
      "start_time",
      "must be a Unix time in 10-digit seconds or 13-digit milliseconds",
    );
  });

  test("a path parameter that would leave its segment", async () => {
    await refused(() => client().devices.get({ device_id: ".." }), "device_id", "must be a non-empty path segment");
    await refused(() => client().devices.get({ device_id: "" }), "device_id", "must be a non-empty path segment");
  });

  test("a cross-field rule: a dated timer needs loops 0000000", async () => {
    const instruct = [{ time: "07:00", date: "20991231", functions: COMMAND }];
    await refused(() => client().deviceTimers.add({ ...TIMER, loops: "0000010", instruct }), "loops", "0000000");
    await refused(
      () => client().token.get({ grant_type: 1, code: "abc" }),
      "grant_type",
      "an authorization code is only accepted with grant_type 2",
    );
  });

  test("a nested field breaks its pattern", async () => {
    const instruct = [{ time: "25:00", functions: COMMAND }];
    await refused(() => client().deviceTimers.add({ ...TIMER, loops: "1111100", instruct }), "instruct[0].time", "must match");
    await refused(() => client().homes.get({ home_id: "12a" }), "home_id", "must match ^[0-9]+$");
  });

  test("a value of the wrong type", async () => {
    await refused(() => client().devices.list({ page_no: untyped("1"), page_size: 10 }), "page_no", 'must be an integer, got string "1"');
    await refused(() => client().deviceTimers.add(untyped({ ...TIMER, loops: "1111100", instruct: "07:00" })), "instruct", "must be a list");
  });

  test("a parameter the operation does not have", async () => {
    await refused(() => client().devices.getStatus(untyped({ device_id: LIGHT, deviceId: LIGHT })), "deviceId", "is not a parameter");
  });

  test("a secret's value is never shown in the message", async () => {
    await assert.rejects(client().token.refresh({ refresh_token: untyped(12345678) }), (error: unknown) => {
      assert.ok(error instanceof TuyaValidationError);
      assert.ok(error.message.includes("<redacted>") && !error.message.includes("12345678"), error.message);
      return true;
    });
  });

  test("nothing at all was sent, not even a token request", async () => {
    assert.deepEqual((await cloud.state()).requests, []);
  });
});

describe("bad configuration is refused", () => {
  const base: TuyaCloudOptions = { accessId: "id", accessSecret: "secret" };

  test("plain http only on loopback", () => {
    assert.throws(() => new TuyaCloud({ ...base, baseUrl: "http://example.com" }), /loopback/);
    assert.throws(() => new TuyaCloud({ ...base, baseUrl: "http://127.0.0.1.example.com" }), /loopback/);
    new TuyaCloud({ ...base, baseUrl: "http://[::1]:8080" });
    new TuyaCloud({ ...base, baseUrl: "http://localhost:8080" });
    new TuyaCloud({ ...base, baseUrl: "https://openapi.tuyaeu.com" });
    assert.throws(() => new TuyaCloud({ ...base, baseUrl: "ftp://127.0.0.1" }), TuyaConfigError);
    assert.throws(() => new TuyaCloud({ ...base, baseUrl: "https://x.example?a=1" }), /query/);
  });

  test("configuration errors name the setting", () => {
    const saved = { ...process.env };
    try {
      for (const name of ["TUYA_ACCESS_ID", "TUYA_ACCESS_SECRET", "TUYA_REGION", "TUYA_BASE_URL"]) delete process.env[name];
      assert.throws(() => new TuyaCloud({ accessSecret: "s", region: "eu" }), /accessId/);
      assert.throws(() => new TuyaCloud({ ...base, region: untyped("mars") }), /unknown region "mars"/);
      assert.throws(() => new TuyaCloud(base), /region is required/);
      assert.throws(() => new TuyaCloud({ ...base, region: "eu", baseUrl: "https://x.example" }), /not both/);
      assert.throws(() => new TuyaCloud({ ...base, region: "eu", timeout: 0 }), /timeout/);
      assert.throws(() => new TuyaCloud({ ...base, region: "eu", maxRetries: -1 }), /maxRetries/);
      assert.throws(() => new TuyaCloud({ ...base, region: "eu", signedHeaders: { "bad:name": "x" } }), /signedHeaders/);
      // what plain JavaScript can pass: a TuyaConfigError naming the option, never a TypeError later
      const wrong: unknown[] = [
        [{ ...base, region: "eu", regoin: "eu" }, /unknown option "regoin"/],
        [{ ...base, accessSecret: 12345, region: "eu" }, /accessSecret must be a string/],
        [{ ...base, region: "eu", tokenStore: {} }, /tokenStore must have load\(\) and save\(\)/],
        [{ ...base, region: "eu", timeout: "30" }, /timeout must be a positive/],
        [{ ...base, region: "eu", timeout: Infinity }, /timeout must be a positive/],
        [{ ...base, region: "eu", strictResponses: "yes" }, /strictResponses must be true or false/],
        [{ ...base, region: "eu", signedHeaders: "area_id:1" }, /signedHeaders must be an object/],
        [{ ...base, region: "eu", lang: 1 }, /lang must be a string/],
        ["eu", /must be an object/],
      ];
      for (const [options, message] of wrong as [TuyaCloudOptions, RegExp][]) {
        assert.throws(() => new TuyaCloud(options), (error: unknown) => error instanceof TuyaConfigError && message.test(error.message));
      }
      process.env["TUYA_ACCESS_ID"] = "env-id";
      process.env["TUYA_ACCESS_SECRET"] = "env-secret";
      process.env["TUYA_REGION"] = "us-e";
      assert.equal(new TuyaCloud().baseUrl, "https://openapi-ueaz.tuyaus.com");
    } finally {
      process.env = saved;
    }
  });

  test("per-call options are checked too", async () => {
    const client = cloud.client();
    await assert.rejects(client.devices.get({ device_id: LIGHT }, { timeout: -1 }), TuyaConfigError);
    await assert.rejects(client.devices.get({ device_id: LIGHT }, { maxRetries: 1.5 }), TuyaConfigError);
  });
});
