// The shared bad-argument vectors (spec/vectors/arguments.json) through the TypeScript client against the fake
// cloud: every 'refused' case is a TuyaValidationError naming the parameter with nothing sent, every 'sent'
// case reaches the fake cloud. The Python clients read the same file, so both reach the same verdicts.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { TuyaError, TuyaValidationError, type TuyaCloud } from "tuya-cloud-sdk";

import { FakeCloud, REPO_ROOT } from "./fake-cloud.js";

interface Vector {
  name: string;
  operation: string;
  arguments: Record<string, unknown>;
  verdict: "refused" | "sent";
  param?: string;
  rule?: string;
}

const VECTORS = (JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "vectors", "arguments.json"), "utf8")) as { cases: Vector[] })
  .cases;

/** The file's tagged values ($special, $integer, $nested) as the values they stand for. */
function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value !== "object" || value === null) return value;
  const tagged = value as Record<string, unknown>;
  if (typeof tagged["$special"] === "string") return Number(tagged["$special"]);
  if (typeof tagged["$integer"] === "string") {
    const exact = BigInt(tagged["$integer"]);
    return Number.isSafeInteger(Number(exact)) ? Number(exact) : exact;
  }
  if (typeof tagged["$nested"] === "number") {
    let nested: unknown = decode(tagged["leaf"]);
    for (let i = 0; i < tagged["$nested"]; i++) nested = [nested];
    return nested;
  }
  return Object.fromEntries(Object.entries(tagged).map(([key, item]) => [key, decode(item)]));
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

type Method = (params: object) => Promise<unknown>;

function method(client: TuyaCloud, operation: string): Method {
  const [group = "", name = ""] = operation.split(".");
  const resource = (client as unknown as Record<string, Record<string, Method> | undefined>)[camel(group)];
  const fn = resource?.[camel(name)];
  assert.ok(resource && typeof fn === "function", `client has no method for ${operation}`);
  return fn.bind(resource);
}

describe("the shared argument vectors", () => {
  let cloud: FakeCloud;
  let client: TuyaCloud;

  before(async () => {
    cloud = await FakeCloud.start();
    client = cloud.client({ maxRetries: 0 });
  });

  after(async () => {
    await cloud?.stop();
  });

  test("the file has both verdicts", () => {
    assert.ok(VECTORS.some((v) => v.verdict === "refused") && VECTORS.some((v) => v.verdict === "sent"));
  });

  for (const vector of VECTORS) {
    test(`${vector.operation}: ${vector.name} -> ${vector.verdict}`, async () => {
      await cloud.control("reset_log");
      const call = method(client, vector.operation);
      let outcome: unknown = "returned";
      try {
        await call(decode(vector.arguments) as object);
      } catch (error) {
        outcome = error;
      }
      const requests = (await cloud.state()).requests.filter((r) => r.operation === vector.operation);
      if (vector.verdict === "refused") {
        assert.ok(outcome instanceof TuyaValidationError, String(outcome));
        assert.ok(outcome.param.startsWith(vector.param ?? ""), `${outcome.param} does not start with ${vector.param}`);
        if (vector.rule !== undefined) assert.ok(outcome.rule.includes(vector.rule), outcome.message);
        assert.equal(outcome.operation, vector.operation);
        assert.deepEqual(requests, [], "nothing was sent");
      } else {
        assert.ok(!(outcome instanceof TuyaValidationError), String(outcome));
        assert.ok(outcome === "returned" || outcome instanceof TuyaError, String(outcome));
        assert.equal(requests.length, 1, "the request went out");
      }
    });
  }
});
