/**
 * Tuya's request signature (HMAC-SHA256), built from exactly the bytes and pairs that are sent.
 *
 * The string to sign is `METHOD\n sha256(body)\n signed-header lines \n url`, where url is the path plus
 * the query pairs sorted by key (then value) with raw, not percent-encoded, values.
 * spec/vectors/signing.json pins it; every language runtime reproduces those vectors.
 */

import { createHash, createHmac } from "node:crypto";

/** One query pair or signed header, in the order given. */
export type Pair = readonly [string, string];

export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/**
 * Orders strings by Unicode code point, as Python's `sorted` does. JavaScript's `<` compares UTF-16 code
 * units, which disagrees only when one side has a character above U+FFFF (a surrogate pair) and the
 * other a character in U+E000..U+FFFF at the first difference; this maps both onto code point order.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800; // U+E000..U+FFFF sort below the surrogates' code points
  if (unit >= 0xd800) return unit + 0x2000; // surrogates stand for code points above U+FFFF
  return unit;
}

function sortedPairs(query: readonly Pair[]): Pair[] {
  return [...query].sort((p, q) => compareCodePoints(p[0], q[0]) || compareCodePoints(p[1], q[1]));
}

/** Path plus `?k=v&...` sorted by key (then value), values left as they are. */
export function canonicalUrl(path: string, query: readonly Pair[]): string {
  if (query.length === 0) return path;
  return path + "?" + sortedPairs(query).map(([k, v]) => `${k}=${v}`).join("&");
}

/** Percent-encoding of everything but `A-Z a-z 0-9 - . _ ~` (Python's `quote(v, safe="")`). */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The same pairs in the same order as the signed URL, percent-encoded for the request line. */
export function wireUrl(path: string, query: readonly Pair[]): string {
  if (query.length === 0) return path;
  return path + "?" + sortedPairs(query).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&");
}

function sha256Hex(body: Uint8Array | string): string {
  if (body.length === 0) return EMPTY_BODY_SHA256;
  return createHash("sha256").update(body).digest("hex");
}

export function stringToSign(
  method: string,
  path: string,
  query: readonly Pair[] = [],
  body: Uint8Array | string = "",
  signedHeaders: readonly Pair[] = [],
): string {
  const headerLines = signedHeaders.map(([name, value]) => `${name}:${value}\n`).join("");
  return `${method.toUpperCase()}\n${sha256Hex(body)}\n${headerLines}\n${canonicalUrl(path, query)}`;
}

export interface SignInput {
  clientId: string;
  secret: string;
  /** 13-digit millisecond timestamp, as sent in the `t` header. */
  t: string;
  method: string;
  path: string;
  query?: readonly Pair[] | undefined;
  /** The exact body bytes sent (a string is taken as UTF-8). */
  body?: Uint8Array | string | undefined;
  /** "" for the token APIs. */
  accessToken?: string | undefined;
  nonce?: string | undefined;
  signedHeaders?: readonly Pair[] | undefined;
}

/** Upper-case hex signature of one request. */
export function sign(input: SignInput): string {
  const message =
    input.clientId +
    (input.accessToken ?? "") +
    input.t +
    (input.nonce ?? "") +
    stringToSign(input.method, input.path, input.query, input.body, input.signedHeaders);
  return createHmac("sha256", input.secret).update(message, "utf8").digest("hex").toUpperCase();
}
