/**
 * `client.request({ method, path, query, body })`: the checks and the wire form of a call the spec may lack.
 *
 * Everything else (signing, tokens, retries, the deadline, errors) is the operations' own path in
 * client.ts: a generic call becomes the same `Prepared` form, with an operation descriptor made for it
 * whose id is `request` (what logs and errors name). The same rules as the Python runtime's generic.py.
 */

import { TuyaValidationError } from "./errors.js";
import { NotJson, integerProblem, isPlainObject, isWellFormed, jsonText, writeJson } from "./json.js";
import type { Operation } from "./operation.js";
import type { Pair } from "./signing.js";
import type { Prepared } from "./request.js";

export const OPERATION_ID = "request";
export const METHODS = ["GET", "POST", "PUT", "DELETE"] as const; // the methods of Tuya's OpenAPI
// RFC 3986 path characters: unreserved, sub-delims, ":", "@", "/" and %XX escapes; anything else must be escaped
const PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;

/** One query value: a list goes comma-separated; null and undefined leave the name out. */
export type QueryValue = string | number | bigint | boolean;

export type Query = Readonly<Record<string, QueryValue | readonly QueryValue[] | null | undefined>>;

function invalid(param: string, rule: string): TuyaValidationError {
  return new TuyaValidationError(OPERATION_ID, param, rule);
}

function shown(value: unknown): string {
  const text = jsonText(value);
  return text.length <= 40 ? text : text.slice(0, 37) + "...";
}

export function checkMethod(method: unknown): Operation["method"] {
  const upper = typeof method === "string" ? method.toUpperCase() : "";
  const found = METHODS.find((name) => name === upper);
  if (found === undefined) throw invalid("method", `must be one of ${METHODS.join(", ")}, got ${shown(method)}`);
  return found;
}

export function checkPath(path: unknown): string {
  if (typeof path !== "string") throw invalid("path", `must be a string, got ${typeof path}`);
  if (!path.startsWith("/")) {
    throw invalid("path", "must start with '/', e.g. /v1.0/devices/ID (the base URL comes from the client)");
  }
  if (path.includes("?") || path.includes("#")) throw invalid("path", "must hold no query or fragment: pass the query as query");
  if (!PATH.test(path)) {
    const bad = [...path].find((char) => char !== "%" && !PATH.test(char)) ?? "%";
    throw invalid("path", `must be percent-encoded: ${JSON.stringify(bad)} cannot be sent as it is (see encodeURIComponent)`);
  }
  const segments = path.slice(1).split("/");
  if (segments.some((segment) => segment === "." || segment === "..") || segments.slice(0, -1).includes("")) {
    throw invalid("path", "must have no empty, '.' or '..' segments");
  }
  return path;
}

function scalarText(value: unknown, where: string): string {
  switch (typeof value) {
    case "string":
      if (!isWellFormed(value)) throw invalid(where, "is not valid Unicode text (a lone surrogate)");
      return value;
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw invalid(where, `must be a finite number, got ${value}`);
      return String(value);
    case "bigint": {
      const problem = integerProblem(value);
      if (problem !== null) throw invalid(where, problem);
      return value.toString();
    }
    default:
      throw invalid(where, `must be a string, number or boolean (or a list of them), got ${value === null ? "null" : typeof value}`);
  }
}

/** The query as (name, text) pairs, written as the operations write theirs. */
export function queryPairs(query: unknown): Pair[] {
  if (query === undefined || query === null) return [];
  if (!isPlainObject(query)) throw invalid("query", "must be an object of names to values");
  const pairs: Pair[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (!name || !isWellFormed(name)) throw invalid("query", `names must be non-empty Unicode strings, got ${shown(name)}`);
    const where = `query.${name}`;
    if (value === undefined || value === null) continue;
    const items: readonly unknown[] = Array.isArray(value) ? value : [value];
    pairs.push([name, items.map((item) => scalarText(item, where)).join(",")]); // a list goes comma-separated
  }
  return pairs;
}

/** The JSON body, compact and UTF-8; null for no body. */
export function bodyBytes(body: unknown, method: string): Uint8Array | null {
  if (body === undefined || body === null) return null;
  if (method === "GET") throw invalid("body", "a GET request sends no body: pass the values as query");
  try {
    return Buffer.from(writeJson(body, "body"), "utf8");
  } catch (error) {
    if (error instanceof NotJson) throw invalid(error.where, error.rule);
    throw error;
  }
}

/** Does a concrete path fit an operation's path template (`{name}` standing for one non-empty segment)? */
function fits(template: string, path: string): boolean {
  const wanted = template.split("/");
  const given = path.split("/");
  return wanted.length === given.length && wanted.every((w, i) => w === given[i] || (w.startsWith("{") && given[i] !== ""));
}

/** The path for logs and errors: a refresh token in it (the spec's sensitive path value) reads ***. */
export function shownPath(path: string, refresh: Operation): string {
  if (!fits(refresh.path, path)) return path;
  const sensitive = new Set(refresh.params.filter((p) => p.sensitive && p.location === "path").map((p) => p.name));
  const given = path.split("/");
  return refresh.path
    .split("/")
    .map((part, i) => (part.startsWith("{") && sensitive.has(part.slice(1, -1)) ? "***" : given[i]))
    .join("/");
}

/** One generic call in wire form: retry-safe only for GET; signed without a token for the token calls. */
export function prepareRequest(
  request: { method: unknown; path: unknown; query?: unknown; body?: unknown },
  tokenOperations: readonly [Operation, Operation],
): Prepared {
  const method = checkMethod(request.method);
  const path = checkPath(request.path);
  const query = queryPairs(request.query);
  const body = bodyBytes(request.body, method);
  const tokenCall = tokenOperations.some((op) => op.method === method && fits(op.path, path));
  const operation: Operation = {
    id: OPERATION_ID,
    method,
    path,
    auth: tokenCall ? "client" : "token",
    retrySafe: method === "GET",
    params: [],
    rules: [],
    pagination: null,
    result: {},
  };
  return { operation, wirePath: path, shownPath: shownPath(path, tokenOperations[1]), query, body };
}
