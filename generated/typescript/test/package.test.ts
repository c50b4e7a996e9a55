// The built package as users get it: ESM with .d.ts, importable from ESM and (Node >= 20.19) CommonJS,
// no runtime dependencies, no `any` in the public types, the version the generator wrote.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

import * as sdk from "tuya-cloud-sdk";

import { PACKAGE_ROOT } from "./fake-cloud.js";

interface PackageJson {
  name: string;
  version: string;
  type: string;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

const PACKAGE = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as PackageJson;

function declarationFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return declarationFiles(full);
    return entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** TypeScript text without comments and string literals, so that only types and names remain. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
}

describe("the package", () => {
  test("is named tuya-cloud-sdk, ESM, with the generated version and no runtime dependencies", () => {
    assert.equal(PACKAGE.name, "tuya-cloud-sdk");
    assert.equal(PACKAGE.type, "module");
    assert.equal(PACKAGE.version, sdk.VERSION);
    assert.deepEqual(PACKAGE.dependencies ?? {}, {});
    for (const [name, version] of Object.entries(PACKAGE.devDependencies)) {
      assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is pinned`);
    }
  });

  test("has no `any` in its public types", () => {
    const files = declarationFiles(path.join(PACKAGE_ROOT, "dist"));
    assert.ok(files.length > 10);
    const offenders = files.filter((file) => /\bany\b/.test(codeOnly(readFileSync(file, "utf8"))));
    assert.deepEqual(offenders, []);
  });

  test("exports the client, the errors and the token store", () => {
    for (const name of ["TuyaCloud", "TuyaError", "TuyaAPIError", "TuyaValidationError", "MemoryTokenStore", "Token"]) {
      assert.equal(typeof (sdk as Record<string, unknown>)[name], "function", name);
    }
    assert.ok(new sdk.TokenError(1010, "token is expired") instanceof sdk.TuyaAPIError);
    assert.ok(new sdk.TuyaAPIError(1, "x") instanceof sdk.TuyaError);
    assert.ok(new sdk.TuyaTimeoutError("x") instanceof sdk.TuyaConnectionError);
    assert.equal(sdk.REGIONS.eu, "https://openapi.tuyaeu.com");
  });

  test("can be required from CommonJS", () => {
    const code = "const m = require('tuya-cloud-sdk'); process.stdout.write(typeof m.TuyaCloud + ' ' + m.VERSION)";
    const out = execFileSync(process.execPath, ["--no-warnings", "-e", code], { cwd: PACKAGE_ROOT, encoding: "utf8" });
    assert.equal(out, `function ${sdk.VERSION}`);
  });
});
