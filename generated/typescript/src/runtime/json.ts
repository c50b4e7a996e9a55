/**
 * JSON both ways, exactly: replies are read without losing an integer, arguments are written without
 * changing a value.
 *
 * `JSON.parse` turns an integer beyond 2^53 into the nearest double (12345678901234567891 becomes
 * 12345678901234567000), and `JSON.stringify` writes NaN as null and throws on a bigint or a cycle. Here an
 * integer that a number cannot hold exactly arrives as a `bigint` with the same digits, every other value as
 * `JSON.parse` gives it; and only JSON data can be written. The limits (nesting depth, digits of one integer)
 * are the same as the Python runtime's, so a reply either side reads intact reads intact on both.
 */

/** Containers (objects and lists) nested deeper than this are refused, in replies and in arguments. */
export const MAX_DEPTH = 512;
/** Integers with more digits than this are refused (Python's own limit for reading an integer). */
export const MAX_INTEGER_DIGITS = 4300;

/** JSON data as the SDK reads it: integers beyond 2^53 as `bigint`, everything else as `JSON.parse` gives it. */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

/** The text is not JSON (`limit` unset), or it is but goes beyond one of the limits above (`limit` names it). */
export class JsonError extends Error {
  readonly limit: string | undefined;

  constructor(message: string, limit?: string) {
    super(message);
    this.limit = limit;
  }
}

// An integer of 16 or more digits where a value may start: only then can JSON.parse lose precision.
const LONG_INTEGER = /[:[,]\s*-?\d{16}/;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const LONE_SURROGATE = /\p{Cs}/u;

/** Parses JSON text; throws JsonError. */
export function parseJson(text: string): unknown {
  if (!LONG_INTEGER.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new JsonError("not JSON");
    }
    // a structure deeper than MAX_DEPTH needs that many brackets: short texts need no walk
    if (text.length > 2 * MAX_DEPTH) checkDepth(value);
    return value;
  }
  return new Parser(text).document();
}

function checkDepth(root: unknown): void {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_DEPTH) throw depthError();
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof item === "object" && item !== null) stack.push([item, depth + 1]);
    }
  }
}

function depthError(): JsonError {
  return new JsonError(`nests deeper than ${MAX_DEPTH} levels`, `at most ${MAX_DEPTH} levels of nesting`);
}

/** A recursive-descent reader for texts with long integers; its recursion is bounded by MAX_DEPTH. */
class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    const value = this.value(1);
    this.skipWhitespace();
    if (this.at !== this.text.length) throw this.syntax();
    return value;
  }

  private syntax(): JsonError {
    return new JsonError(`not JSON (at character ${this.at})`);
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.at;
    WHITESPACE.test(this.text);
    this.at = WHITESPACE.lastIndex;
  }

  private value(depth: number): unknown {
    this.skipWhitespace();
    const char = this.text[this.at];
    if (char === "{" || char === "[") {
      if (depth > MAX_DEPTH) throw depthError();
      return char === "{" ? this.object(depth) : this.array(depth);
    }
    if (char === '"') return this.string();
    for (const [word, literal] of LITERALS) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return literal;
      }
    }
    return this.number();
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.at += 1;
    this.skipWhitespace();
    if (this.text[this.at] === "}") {
      this.at += 1;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.at] !== '"') throw this.syntax();
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.at] !== ":") throw this.syntax();
      this.at += 1;
      const item = this.value(depth + 1);
      // "__proto__" is an ordinary key in JSON: define it, as JSON.parse does, instead of setting the prototype
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      const next = this.text[this.at++];
      if (next === "}") return out;
      if (next !== ",") throw this.syntax();
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.at += 1;
    this.skipWhitespace();
    if (this.text[this.at] === "]") {
      this.at += 1;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.skipWhitespace();
      const next = this.text[this.at++];
      if (next === "]") return out;
      if (next !== ",") throw this.syntax();
    }
  }

  private string(): string {
    const start = this.at;
    let end = start + 1;
    for (;;) {
      end = this.text.indexOf('"', end);
      if (end < 0) throw this.syntax();
      let backslashes = 0;
      while (this.text[end - 1 - backslashes] === "\\") backslashes += 1;
      if (backslashes % 2 === 0) break;
      end += 1;
    }
    this.at = end + 1;
    try {
      return JSON.parse(this.text.slice(start, end + 1)) as string; // the engine unescapes it
    } catch {
      throw this.syntax();
    }
  }

  private number(): number | bigint {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null) throw this.syntax();
    this.at = NUMBER.lastIndex;
    const literal = match[0];
    const value = Number(literal);
    if (match[1] !== undefined || match[2] !== undefined || Number.isSafeInteger(value)) return value;
    const digits = literal.length - (literal.startsWith("-") ? 1 : 0);
    if (digits > MAX_INTEGER_DIGITS) {
      throw new JsonError(`holds an integer of ${digits} digits`, `integers of at most ${MAX_INTEGER_DIGITS} digits`);
    }
    return BigInt(literal);
  }
}

const LITERALS: readonly [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];

// ---------------------------------------------------------------- writing

/** A value cannot be written as JSON; `where` is its path below the argument (e.g. `[0].value`). */
export class NotJson extends Error {
  constructor(
    readonly where: string,
    readonly rule: string,
  ) {
    super(`${where}: ${rule}`);
  }
}

/** True for `{...}` literals and JSON.parse results, not for class instances (Date, Map, Buffer...). */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether a string can be sent: UTF-8 cannot encode a lone surrogate. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** What an integer's digits break, if anything. */
export function integerProblem(value: bigint): string | null {
  const digits = (value < 0n ? -value : value).toString().length;
  return digits > MAX_INTEGER_DIGITS ? `must have at most ${MAX_INTEGER_DIGITS} digits, got ${digits}` : null;
}

function kindOf(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name ? name : "object";
}

/**
 * Compact JSON text of `value`, exactly as given: a bigint as its digits, `undefined` object fields left out.
 * Throws NotJson for anything JSON cannot hold as it is: NaN and infinities, lone surrogates, a list item
 * that is undefined, class instances (Date, Map, Buffer...), functions, too deep or circular structures.
 */
export function writeJson(value: unknown, where = "", depth = 1, root = where): string {
  switch (typeof value) {
    case "string":
      if (!isWellFormed(value)) throw new NotJson(where, "must be valid Unicode text (it holds a lone surrogate)");
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new NotJson(where, `must be a finite number, got ${value}`);
      return JSON.stringify(value);
    case "bigint": {
      const problem = integerProblem(value);
      if (problem !== null) throw new NotJson(where, problem);
      return value.toString();
    }
    case "object":
      if (value === null) return "null";
      if (depth > MAX_DEPTH) {
        throw new NotJson(root, `must be nested at most ${MAX_DEPTH} levels deep (or it refers to itself)`);
      }
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (let index = 0; index < value.length; index++) {
          const item: unknown = value[index];
          if (item === undefined) throw new NotJson(`${where}[${index}]`, "must be JSON data, got undefined");
          items.push(writeJson(item, `${where}[${index}]`, depth + 1, root));
        }
        return `[${items.join(",")}]`;
      }
      if (isPlainObject(value)) {
        const fields: string[] = [];
        for (const [key, item] of Object.entries(value)) {
          if (item === undefined) continue; // as an absent field, the way JSON.stringify leaves it out
          if (!isWellFormed(key)) throw new NotJson(where, "has a key that is not valid Unicode (a lone surrogate)");
          fields.push(`${JSON.stringify(key)}:${writeJson(item, `${where}.${key}`, depth + 1, root)}`);
        }
        return `{${fields.join(",")}}`;
      }
      break;
    default:
      break;
  }
  const kind = kindOf(value);
  throw new NotJson(where, `must be JSON data (null, a boolean, number, string, list or plain object), got ${kind}`);
}

/** JSON-like text for comparing and showing values; never throws (what JSON cannot hold is shown by name). */
export function jsonText(value: unknown): string {
  try {
    return writeJson(value);
  } catch {
    return String(typeof value === "object" && value !== null ? `<${kindOf(value)}>` : value);
  }
}
