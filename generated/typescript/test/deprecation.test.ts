// Deprecated operations and parameters keep working and warn once per process (a Node DeprecationWarning),
// like the Python client (tests/runtime/test_deprecation.py). The descriptor is written the way the
// generator writes them when the spec says `deprecated: {since, instead}`.

import assert from "node:assert/strict";
import { test } from "node:test";

import type { Operation } from "#runtime/operation.js";
import { prepare } from "#runtime/request.js";
import type { Resolver } from "#runtime/validation.js";

const OPERATION: Operation = {
  id: "tests.old_call",
  method: "POST",
  path: "/v1.0/tests",
  auth: "token",
  retrySafe: false,
  params: [
    { name: "name", location: "body", required: true, sensitive: false, schema: { type: "string" } },
    {
      name: "alias",
      location: "body",
      required: false,
      sensitive: false,
      schema: { type: "string" },
      deprecated: "client.tests.oldCall(): the alias parameter is deprecated since 0.2.0; use name instead",
    },
  ],
  rules: [],
  pagination: null,
  result: {},
  deprecated: "client.tests.oldCall() is deprecated since 0.2.0",
};

const noSchemas: Resolver = () => ({}); // the descriptor names no schema

test("a deprecated operation and parameter work and warn once each", async () => {
  const seen: Error[] = [];
  const listener = (warning: Error): void => {
    seen.push(warning);
  };
  process.on("warning", listener);
  try {
    for (let round = 0; round < 3; round += 1) {
      const prepared = prepare(OPERATION, { name: "n", alias: "a" }, noSchemas);
      assert.equal(new TextDecoder().decode(prepared.body ?? new Uint8Array()), '{"name":"n","alias":"a"}');
    }
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
  } finally {
    process.off("warning", listener);
  }
  assert.deepEqual(
    seen.map((warning) => [warning.name, warning.message]),
    [
      ["DeprecationWarning", "client.tests.oldCall() is deprecated since 0.2.0"],
      ["DeprecationWarning", "client.tests.oldCall(): the alias parameter is deprecated since 0.2.0; use name instead"],
    ],
  );
});
