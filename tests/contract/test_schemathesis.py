"""schemathesis drives the OpenAPI export against the fake cloud; no reply may break the spec.

Requests are signed here with the runtime's signer (the fake cloud verifies them independently),
and hypothesis generates the arguments from the exported schemas.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from schemathesis.specs.openapi import checks as openapi_checks

from tuya_cloud._runtime import signing
from tuya_cloud.testing import FakeTuyaCloud

# Response conformance only: Tuya's signature is not an auth scheme schemathesis can generate or probe.
CHECKS = [
    checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]
EXPORT = Path(__file__).resolve().parents[2] / "generated" / "tuya_cloud" / "openapi.json"
SCHEMA = schemathesis.openapi.from_path(EXPORT)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]  # type: ignore[union-attr]


class SignedSession:
    """Sends a schemathesis case as a signed Tuya request."""

    def __init__(self, cloud: FakeTuyaCloud) -> None:
        self.cloud = cloud
        self.http = requests.Session()
        self.token = ""
        self.token = self.send("GET", "/v1.0/token", [("grant_type", "1")], None).json()["result"]["access_token"]

    def send(self, method: str, path: str, query: list[tuple[str, str]], body: bytes | None) -> requests.Response:
        t = str(int(time.time() * 1000))
        nonce = uuid.uuid4().hex
        token = "" if path.startswith("/v1.0/token") else self.token
        headers = {
            "client_id": self.cloud.access_id,
            "t": t,
            "nonce": nonce,
            "sign_method": "HMAC-SHA256",
            "sign": signing.sign(
                client_id=self.cloud.access_id,
                secret=self.cloud.access_secret,
                t=t,
                method=method,
                path=path,
                query=query,
                body=body or b"",
                access_token=token,
                nonce=nonce,
            ),
        }
        if token:
            headers["access_token"] = token
        if body is not None:
            headers["Content-Type"] = "application/json"
        url = self.cloud.base_url + signing.wire_url(path, query)
        return self.http.request(method, url, data=body, headers=headers, timeout=10)


def query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(query_text(v) for v in value)
    return str(value)


@pytest.fixture(scope="module")
def session() -> Iterator[SignedSession]:
    with FakeTuyaCloud() as cloud:
        yield SignedSession(cloud)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_no_reply_breaks_the_spec(session: SignedSession, operation: Any) -> None:
    @settings(max_examples=8, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        path = case.path
        for name, value in (case.path_parameters or {}).items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        query = [(k, query_text(v)) for k, v in (case.query or {}).items() if v is not None]
        body = None
        if isinstance(case.body, dict):
            body = json.dumps(case.body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        response = session.send(case.method.upper(), path, query, body)
        case.validate_response(response, checks=CHECKS)  # status, content type and body against the export
        envelope = response.json()
        assert isinstance(envelope["success"], bool)
        # Our signature and token are always accepted (a made-up refresh token is rightly refused).
        refused = (1004,) if path.startswith("/v1.0/token") else (1004, 1010, 1011)
        assert envelope["success"] or envelope["code"] not in refused, envelope

    check()
