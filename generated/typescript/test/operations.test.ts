// Every operation of the spec, through the TypeScript client against the fake cloud, with every example of
// the spec; and parity: the Python client, given the same example on the same seeded world, returns the
// same result after the same normalization.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";

import type { TuyaCloud } from "tuya-cloud-sdk";

import { parseJson } from "#runtime/json.js";

import { EXAMPLES, OPERATIONS, type Example } from "./examples.js";
import { FakeCloud, PYTHON, REPO_ROOT, pythonEnv } from "./fake-cloud.js";

type Method = (params: object) => Promise<unknown>;

/** JSON data with null fields left out (Python's models drop unset fields) and issued tokens masked. */
function normalize(value: unknown, operation: string): unknown {
  if (Array.isArray(value)) return value.map((item) => normalize(item, operation));
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === null || item === undefined) continue;
      const issued = operation.startsWith("token.") && (key === "access_token" || key === "refresh_token");
      out[key] = issued ? "<issued by the fake cloud>" : normalize(item, operation);
    }
    return out;
  }
  return value;
}

function method(client: TuyaCloud, example: Example): Method {
  const resource = (client as unknown as Record<string, Record<string, Method> | undefined>)[example.group];
  const fn = resource?.[example.method];
  assert.ok(resource && typeof fn === "function", `client.${example.group}.${example.method} is missing`);
  return fn.bind(resource);
}

describe("every operation, with every example of the spec", () => {
  let cloud: FakeCloud;
  let client: TuyaCloud;
  let python: Record<string, unknown>;
  const called = new Set<string>();

  before(async () => {
    const script = path.join(REPO_ROOT, "tests", "typescript", "python_results.py");
    const [started, dumped] = await Promise.all([
      FakeCloud.start(),
      promisify(execFile)(PYTHON, [script], { env: pythonEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }),
    ]);
    cloud = started;
    client = cloud.client();
    python = parseJson(dumped.stdout) as Record<string, unknown>; // exactly, as the client reads replies
  });

  after(async () => {
    await cloud?.stop();
  });

  for (const example of EXAMPLES) {
    test(`${example.operation}: ${example.name}`, async () => {
      await cloud.control("reset_world"); // each example starts from the seeded world, as on the Python side
      const result = await method(client, example)(example.request);
      called.add(example.operation);
      const key = `${example.operation}:${example.name}`;
      assert.ok(key in python, `the Python client produced no result for ${key}`);
      assert.deepEqual(normalize(result, example.operation), normalize(python[key], example.operation));
    });
  }

  test("every operation was called, every request was signed correctly", async () => {
    assert.ok(OPERATIONS.length > 0);
    assert.deepEqual([...called].sort(), [...OPERATIONS].sort());
    const { requests } = await cloud.state();
    assert.ok(requests.length > 0);
    assert.ok(requests.every((r) => r.signature_ok), "a request failed the signature check");
  });
});
