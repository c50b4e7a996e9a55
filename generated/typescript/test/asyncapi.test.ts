// The AsyncAPI 3.0 export of the message service (tuya_cloud/asyncapi.json, generated from spec/events.yaml)
// passes a stock AsyncAPI parser, and says what the generated events.ts says.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { REPO_ROOT } from "./fake-cloud.js";

interface Diagnostic {
  severity: number; // 0 error, 1 warning, 2 information, 3 hint
  code: string | number;
  message: string;
  path: (string | number)[];
}

interface ParserModule {
  Parser: new () => { parse(text: string): Promise<{ document?: unknown; diagnostics: Diagnostic[] }> };
}

const EXPORT = path.join(REPO_ROOT, "generated", "tuya_cloud", "asyncapi.json");
const PARSER = "@asyncapi/parser"; // a dev dependency, imported by name so its own types stay out of our build

test("the AsyncAPI export passes @asyncapi/parser without errors or warnings", async () => {
  const { Parser } = (await import(PARSER)) as ParserModule;
  const text = readFileSync(EXPORT, "utf8");
  const { document, diagnostics } = await new Parser().parse(text);
  const serious = diagnostics.filter((d) => d.severity <= 1);
  assert.deepEqual(serious.map((d) => `${d.code} ${d.path.join(".")}: ${d.message}`), []);
  assert.ok(document !== undefined);
});

test("the export lists every event kind of events.ts", async () => {
  const { EVENT_KINDS } = await import("../src/events.js");
  const exported = JSON.parse(readFileSync(EXPORT, "utf8")) as {
    asyncapi: string;
    "x-tuya-events": { protocol: number; biz_code: string | null; message: string }[];
  };
  assert.equal(exported.asyncapi, "3.0.0");
  assert.deepEqual(
    exported["x-tuya-events"].map((e) => [e.protocol, e.biz_code, e.message.split("/").pop()]),
    EVENT_KINDS.map((k) => [k.protocol, k.bizCode, k.name]),
  );
});
