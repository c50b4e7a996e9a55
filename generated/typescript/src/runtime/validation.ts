/**
 * Checks values against the spec's JSON-Schema subset and the operations' cross-field rules; the
 * same rules, in the same order, as the Python runtime's validation module. Messages name the
 * value's path and the broken rule.
 */

import { FORMATS } from "../schemas.js";
import { isPlainObject, jsonText } from "./json.js";
import type { RuleTest, Schema } from "./operation.js";

export { isPlainObject } from "./json.js";

export type Resolver = (name: string) => Schema;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "a boolean",
  array: "a list",
  object: "an object",
  null: "null",
};

/** A value breaks a rule; `where` is its path (e.g. `instruct[0].time`). */
export class Invalid extends Error {
  readonly where: string;
  readonly rule: string;

  constructor(where: string, rule: string) {
    super(`${where}: ${rule}`);
    this.where = where;
    this.rule = rule;
  }
}

const regexCache = new Map<string, RegExp>();

function regex(pattern: string): RegExp {
  let compiled = regexCache.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp(pattern, "u");
    regexCache.set(pattern, compiled);
  }
  return compiled;
}

function isType(value: unknown, name: string): boolean {
  switch (name) {
    case "string":
      return typeof value === "string";
    case "integer": // a number beyond 2^53 is not the integer its caller wrote: those come as bigint
      return (typeof value === "number" && Number.isSafeInteger(value)) || typeof value === "bigint";
    case "number":
      return (typeof value === "number" && Number.isFinite(value)) || typeof value === "bigint";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isPlainObject(value);
    default:
      return value === null;
  }
}

export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function shown(value: unknown, secret: boolean): string {
  if (secret) return "<redacted>";
  const text = jsonText(value);
  return text.length <= 60 ? text : text.slice(0, 57) + "...";
}

function shownLiteral(value: unknown): string {
  return jsonText(value);
}

function resolved(schema: Schema, resolve: Resolver): Schema {
  let current = schema;
  while (typeof current["$ref"] === "string") current = resolve(current["$ref"]);
  return current;
}

function num(schema: Schema, key: string): number | undefined {
  const value = schema[key];
  return typeof value === "number" ? value : undefined;
}

/** Throws Invalid at the first rule `value` breaks. */
export function check(value: unknown, schema: Schema, where: string, resolve: Resolver, secret = false): void {
  const rules = resolved(schema, resolve);
  const expected = rules["type"];
  if (expected !== undefined) {
    const names = typeof expected === "string" ? [expected] : (expected as readonly string[]);
    if (!names.some((name) => isType(value, name))) {
      const words = names.map((name) => TYPE_WORDS[name] ?? name).join(" or ");
      throw new Invalid(where, `must be ${words}, got ${typeName(value)} ${shown(value, secret)}`);
    }
  }
  if ("const" in rules && !sameValue(value, rules["const"])) {
    throw new Invalid(where, `must be ${shownLiteral(rules["const"])}, got ${shown(value, secret)}`);
  }
  const choices = rules["enum"];
  if (Array.isArray(choices) && !choices.some((choice: unknown) => value === choice)) {
    const listed = choices.map((choice: unknown) => shownLiteral(choice)).join(", ");
    throw new Invalid(where, `must be one of ${listed}; got ${shown(value, secret)}`);
  }
  if (typeof value === "string") checkString(value, rules, where, secret);
  else if (typeof value === "number" || typeof value === "bigint") checkNumber(value, rules, where);
  else if (Array.isArray(value)) checkArray(value, rules, where, resolve);
  else if (isPlainObject(value)) checkObject(value, rules, where, resolve);
}

function checkString(value: string, schema: Schema, where: string, secret: boolean): void {
  const minLength = num(schema, "minLength");
  const maxLength = num(schema, "maxLength");
  if (minLength !== undefined || maxLength !== undefined) {
    const length = [...value].length; // code points, as Python counts
    if (minLength !== undefined && length < minLength) {
      throw new Invalid(where, minLength === 1 ? "must not be empty" : `must have at least ${minLength} characters`);
    }
    if (maxLength !== undefined && length > maxLength) {
      throw new Invalid(where, `must have at most ${maxLength} characters, got ${length}`);
    }
  }
  const pattern = schema["pattern"];
  if (typeof pattern === "string" && !regex(pattern).test(value)) {
    const description = schema["description"];
    const hint = typeof description === "string" && description ? ` (${description})` : "";
    throw new Invalid(where, `must match ${pattern}${hint}; got ${shown(value, secret)}`);
  }
}

function checkNumber(value: number | bigint, schema: Schema, where: string): void {
  const minimum = num(schema, "minimum");
  const maximum = num(schema, "maximum");
  if (minimum !== undefined && value < minimum) throw new Invalid(where, `must be >= ${minimum}, got ${value}`);
  if (maximum !== undefined && value > maximum) throw new Invalid(where, `must be <= ${maximum}, got ${value}`);
  const format = schema["format"];
  const rule = typeof format === "string" && Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (rule !== undefined && (typeof value === "bigint" || Number.isInteger(value))) {
    const parts = rule.any_of !== undefined ? rule.any_of.map((name) => FORMATS[name]) : [rule];
    // number and bigint compare exactly with each other
    const fits = parts.some(
      (part) => part !== undefined && (part.minimum === undefined || part.minimum <= value) && (part.below === undefined || value < part.below),
    );
    if (!fits) throw new Invalid(where, `must be a ${rule.words}, got ${value}`);
  }
}

function checkArray(value: readonly unknown[], schema: Schema, where: string, resolve: Resolver): void {
  const minItems = num(schema, "minItems");
  const maxItems = num(schema, "maxItems");
  if (minItems !== undefined && value.length < minItems) {
    throw new Invalid(where, minItems === 1 ? "must not be empty" : `must have at least ${minItems} items`);
  }
  if (maxItems !== undefined && value.length > maxItems) {
    throw new Invalid(where, `must have at most ${maxItems} items, got ${value.length}`);
  }
  if (schema["uniqueItems"] === true && new Set(value.map((item) => jsonText(item))).size !== value.length) {
    throw new Invalid(where, "must not repeat items");
  }
  const items = schema["items"];
  if (isPlainObject(items)) {
    value.forEach((item, index) => check(item, items, `${where}[${index}]`, resolve));
  }
}

function checkObject(value: Readonly<Record<string, unknown>>, schema: Schema, where: string, resolve: Resolver): void {
  const required = Array.isArray(schema["required"]) ? (schema["required"] as readonly string[]) : [];
  for (const key of required) {
    if (value[key] === undefined || value[key] === null) throw new Invalid(`${where}.${key}`, "is required");
  }
  const properties = isPlainObject(schema["properties"]) ? (schema["properties"] as Readonly<Record<string, Schema>>) : {};
  const extra = schema["additionalProperties"] ?? true;
  for (const [key, item] of Object.entries(value)) {
    const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (sub !== undefined) {
      if ((item !== undefined && item !== null) || required.includes(key)) check(item, sub, `${where}.${key}`, resolve);
    } else if (extra === false) {
      throw new Invalid(`${where}.${key}`, "is not a known field");
    } else if (isPlainObject(extra) && item !== undefined) {
      check(item, extra, `${where}.${key}`, resolve);
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return jsonText(a) === jsonText(b);
}

// ---------------------------------------------------------------- cross-field rules

/** Values at a rule field path; `[]` fans out over list items; absent or null values are skipped. */
export function valuesAt(data: unknown, fieldPath: string): unknown[] {
  let values: unknown[] = [data];
  for (const part of fieldPath.split(".")) {
    const fans = part.endsWith("[]");
    const name = fans ? part.slice(0, -2) : part;
    values = values.flatMap((v) => (isPlainObject(v) && v[name] !== undefined && v[name] !== null ? [v[name]] : []));
    if (fans) values = values.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : []));
  }
  return values;
}

export function ruleHolds(test: RuleTest, data: unknown): boolean {
  const values = valuesAt(data, test.field);
  if (test.present !== undefined && values.length > 0 !== test.present) return false;
  return !("const" in test) || (values.length > 0 && values.every((v) => sameValue(v, test.const)));
}

/** What a rule's `then` demands of its field, e.g. `must be "0000000"`. */
export function describeTest(test: RuleTest): string {
  if ("const" in test) return `must be ${shownLiteral(test.const)}`;
  return test.present ?? true ? "must be given" : "must be left out";
}
