// The runtime's evaluator of the spec's cross-field rule language agrees with spec/vectors/rules.json,
// like every other evaluator (the loader's, the Python runtime's, the fake cloud's).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

// The evaluator is internal; `#runtime/*` (package.json "imports") reaches the built runtime from inside.
import type { RuleTest } from "#runtime/operation.js";
import { ruleHolds } from "#runtime/validation.js";

import { REPO_ROOT } from "./fake-cloud.js";

interface RuleCase {
  name: string;
  test: RuleTest;
  data: unknown;
  holds: boolean;
}

const VECTORS = JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "vectors", "rules.json"), "utf8")) as {
  cases: RuleCase[];
};

describe("rule vectors", () => {
  test("the file has cases", () => {
    assert.ok(VECTORS.cases.length >= 20);
  });

  for (const vector of VECTORS.cases) {
    test(vector.name, () => {
      assert.equal(ruleHolds(vector.test, vector.data), vector.holds);
    });
  }
});
