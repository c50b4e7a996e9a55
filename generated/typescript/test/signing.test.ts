// The TypeScript signer reproduces every vector of spec/vectors/signing.json (shared by all language targets).

import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";

import { canonicalUrl, sign, stringToSign, wireUrl, type Pair } from "tuya-cloud-sdk/signing";

import { REPO_ROOT } from "./fake-cloud.js";

interface VectorInput {
  client_id: string;
  secret: string;
  t: string;
  access_token: string;
  nonce: string;
  method: string;
  path: string;
  query: Pair[];
  body: string;
  signed_headers: Pair[];
}

interface Vector {
  name: string;
  algorithm: "hmac-sha256" | "legacy";
  input: VectorInput;
  string_to_sign?: string;
  sign: string;
}

/**
 * The pre-2021-06-30 algorithm (client_id + access_token + t), kept here only as the reference for the
 * two legacy vectors: the runtime never sends it.
 */
function legacyReference(clientId: string, secret: string, t: string, accessToken: string): string {
  return createHmac("sha256", secret).update(clientId + accessToken + t, "utf8").digest("hex").toUpperCase();
}

const VECTORS = JSON.parse(readFileSync(path.join(REPO_ROOT, "spec", "vectors", "signing.json"), "utf8")) as {
  cases: Vector[];
  body_sha256: { body: string; sha256: string }[];
};

describe("signing vectors", () => {
  test("the file has shared cases, each named once", () => {
    // No count by hand: a vector added for one runtime is run here too (the Python tests read the same file).
    assert.ok(VECTORS.cases.length > 0);
    const names = VECTORS.cases.map((vector) => vector.name);
    assert.equal(new Set(names).size, names.length);
  });

  for (const vector of VECTORS.cases) {
    test(vector.name, () => {
      const given = vector.input;
      if (vector.algorithm === "legacy") {
        assert.equal(legacyReference(given.client_id, given.secret, given.t, given.access_token), vector.sign);
        return;
      }
      const body = Buffer.from(given.body, "utf8");
      assert.equal(stringToSign(given.method, given.path, given.query, body, given.signed_headers), vector.string_to_sign);
      const signature = sign({
        clientId: given.client_id,
        secret: given.secret,
        t: given.t,
        method: given.method,
        path: given.path,
        query: given.query,
        body,
        accessToken: given.access_token,
        nonce: given.nonce,
        signedHeaders: given.signed_headers,
      });
      assert.equal(signature, vector.sign);
    });
  }

  test("body hashes", () => {
    for (const entry of VECTORS.body_sha256) {
      assert.equal(createHash("sha256").update(entry.body, "utf8").digest("hex"), entry.sha256);
    }
  });

  test("the signed and the wire query use the same sorted pairs", () => {
    const pairs: Pair[] = [
      ["z", "1"],
      ["device_ids", "a,b"],
      ["name", "Lampe é&co"],
    ];
    assert.equal(canonicalUrl("/p", pairs), "/p?device_ids=a,b&name=Lampe é&co&z=1");
    assert.equal(wireUrl("/p", pairs), "/p?device_ids=a%2Cb&name=Lampe%20%C3%A9%26co&z=1");
    // Python's quote(safe="") escapes !'()* too; so do we
    assert.equal(wireUrl("/p", [["q", "it's (1)*!"]]), "/p?q=it%27s%20%281%29%2A%21");
  });

  test("keys sort by code point, as in Python", () => {
    // U+FF5E (fullwidth tilde) is below U+1F600 by code point but above its surrogates by UTF-16 unit
    const pairs: Pair[] = [
      ["k\u{1F600}", "1"],
      ["k\uFF5E", "2"],
    ];
    assert.equal(canonicalUrl("/p", pairs), "/p?k\uFF5E=2&k\u{1F600}=1");
  });
});
