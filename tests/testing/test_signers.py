"""The fake cloud's signer and the test helper's reproduce every vector of spec/vectors/signing.json.

Three signers are independent on purpose: the runtime's (what the SDK sends, pinned in
tests/runtime/test_signing_vectors.py), the fake cloud's (what it checks) and the test helper's (the
tests' own raw requests). Each must agree with the vectors, not merely with the others.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fakecloud_helpers import tuya_sign

from tuya_cloud.testing.server import expected_signature

VECTORS = json.loads((Path(__file__).resolve().parents[2] / "spec" / "vectors" / "signing.json").read_text())
CASES = [c for c in VECTORS["cases"] if c["algorithm"] == "hmac-sha256"]


def _fake_cloud_signer(given: dict[str, Any]) -> str:
    return expected_signature(
        given["secret"],
        client_id=given["client_id"],
        access_token=given["access_token"],
        t=given["t"],
        nonce=given["nonce"],
        method=given["method"],
        raw_path=given["path"],
        pairs=[(k, v) for k, v in given["query"]],
        body=given["body"].encode("utf-8"),
        signed_headers=[(k, v) for k, v in given["signed_headers"]],
    )


def _test_helper_signer(given: dict[str, Any]) -> str:
    pairs = sorted((k, v) for k, v in given["query"])
    url = given["path"] + ("?" + "&".join(f"{k}={v}" for k, v in pairs) if pairs else "")
    return tuya_sign(
        given["secret"],
        given["client_id"],
        given["access_token"],
        given["t"],
        given["nonce"],
        given["method"],
        url,
        given["body"].encode("utf-8"),
        [(k, v) for k, v in given["signed_headers"]],
    )


SIGNERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "fake cloud": _fake_cloud_signer,
    "test helper": _test_helper_signer,
}


@pytest.mark.parametrize("signer", sorted(SIGNERS))
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_vector(case: dict[str, Any], signer: str) -> None:
    assert SIGNERS[signer](case["input"]) == case["sign"]
