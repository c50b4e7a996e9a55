/** Arguments to wire form: validated against the spec, then path, query and body exactly as sent. */

import { warnOnce } from "./deprecation.js";
import { TuyaValidationError } from "./errors.js";
import { NotJson, isPlainObject, writeJson } from "./json.js";
import type { Operation } from "./operation.js";
import { percentEncode, type Pair } from "./signing.js";
import { Invalid, check, describeTest, ruleHolds, type Resolver } from "./validation.js";

/** A call turned into wire form; built once, sent as often as retries need. */
export interface Prepared {
  readonly operation: Operation;
  readonly wirePath: string;
  /** For logs and errors: sensitive path values masked. */
  readonly shownPath: string;
  readonly query: readonly Pair[];
  /** The exact body bytes (compact JSON, UTF-8), or null for operations without a body. */
  readonly body: Uint8Array | null;
}

function queryText(value: unknown): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return value.map(queryText).join(",");
  return String(value);
}

/** The JSON text of one argument, or Invalid naming where it is not JSON data (NaN, a cycle, a Date...). */
export function argumentJson(value: unknown, name: string): string {
  try {
    return writeJson(value, name);
  } catch (error) {
    if (error instanceof NotJson) throw new Invalid(error.where, error.rule);
    throw error;
  }
}

/** A list sent comma-separated cannot carry a comma inside an item: it would arrive as two items. */
function checkListItems(value: unknown, name: string): void {
  if (!Array.isArray(value)) return;
  value.forEach((item: unknown, index) => {
    if (typeof item === "string" && item.includes(",")) {
      throw new Invalid(`${name}[${index}]`, "must not contain ',' (the list is sent comma-separated)");
    }
  });
}

function isArraySchema(schema: Operation["params"][number]["schema"]): boolean {
  const type = schema["type"];
  return type === "array";
}

/** Validate arguments against the spec and build the wire form; throws TuyaValidationError. */
export function prepare(op: Operation, given: object, resolve: Resolver): Prepared {
  if (!isPlainObject(given)) {
    throw new TuyaValidationError(op.id, "params", "must be an object of parameters keyed by their wire names");
  }
  const args: Readonly<Record<string, unknown>> = given;
  const values = new Map<string, unknown>();
  const texts = new Map<string, string>(); // the JSON text of each body argument
  if (op.deprecated !== undefined) warnOnce(op.deprecated);
  try {
    for (const key of Object.keys(args)) {
      if (args[key] !== undefined && !op.params.some((param) => param.name === key)) {
        const known = op.params.map((param) => param.name).join(", ") || "none";
        throw new Invalid(key, `is not a parameter of ${op.id} (parameters: ${known})`);
      }
    }
    for (const param of op.params) {
      let value = args[param.name];
      if (value === undefined || value === null) {
        if (param.required) throw new Invalid(param.name, "is required");
        continue;
      }
      if (param.deprecated !== undefined) warnOnce(param.deprecated);
      const text = argumentJson(value, param.name); // first: the schema checks below walk the value too
      if (param.location === "query" && typeof value === "string" && isArraySchema(param.schema)) {
        value = value.split(",").filter((part) => part !== ""); // "a,b" is accepted for a list
      }
      check(value, param.schema, param.name, resolve, param.sensitive);
      if (param.location === "query") checkListItems(value, param.name);
      if (param.location === "body") texts.set(param.name, text);
      if (param.location === "path") {
        const text = String(value);
        if (text === "" || text === "." || text === "..") {
          throw new Invalid(param.name, "must be a non-empty path segment other than '.' and '..'");
        }
      }
      values.set(param.name, value);
    }
    const known = op.rules.length > 0 ? Object.fromEntries(values) : {};
    for (const rule of op.rules) {
      if (ruleHolds(rule.when, known) && !ruleHolds(rule.then, known)) {
        throw new Invalid(rule.then.field, `${describeTest(rule.then)}: ${rule.message}`);
      }
    }
  } catch (error) {
    if (error instanceof Invalid) throw new TuyaValidationError(op.id, error.where, error.rule);
    throw error;
  }

  let wirePath = op.path;
  let shownPath = op.path;
  const query: Pair[] = [];
  const body: string[] = [];
  let hasBody = false;
  for (const param of op.params) {
    if (param.location === "body") hasBody = true;
    if (!values.has(param.name)) continue;
    const value = values.get(param.name);
    if (param.location === "path") {
      const placeholder = `{${param.name}}`;
      const segment = percentEncode(String(value));
      wirePath = wirePath.replace(placeholder, segment);
      shownPath = shownPath.replace(placeholder, param.sensitive ? "***" : segment);
    } else if (param.location === "query") {
      query.push([param.name, queryText(value)]);
    } else {
      body.push(`${JSON.stringify(param.name)}:${texts.get(param.name) ?? "null"}`);
    }
  }
  const payload = hasBody ? Buffer.from(`{${body.join(",")}}`, "utf8") : null;
  return { operation: op, wirePath, shownPath, query, body: payload };
}
