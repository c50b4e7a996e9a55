/** Arguments to wire form: validated against the spec, then path, query and body exactly as sent. */

import { warnOnce } from "./deprecation.js";
import { TuyaValidationError } from "./errors.js";
import type { Operation } from "./operation.js";
import { percentEncode, type Pair } from "./signing.js";
import { Invalid, check, describeTest, isPlainObject, ruleHolds, type Resolver } from "./validation.js";

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
      if (param.location === "query" && typeof value === "string" && isArraySchema(param.schema)) {
        value = value.split(",").filter((part) => part !== ""); // "a,b" is accepted for a list
      }
      check(value, param.schema, param.name, resolve, param.sensitive);
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
  const body: Record<string, unknown> = {};
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
      body[param.name] = value;
    }
  }
  const payload = hasBody ? Buffer.from(JSON.stringify(body), "utf8") : null;
  return { operation: op, wirePath, shownPath, query, body: payload };
}
