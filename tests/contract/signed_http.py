"""Signed HTTP requests for tests that send what the SDK would refuse to (imported by module name).

Signed with the runtime's signer; the fake cloud verifies with code of its own.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import Any

import requests

from tuya_cloud._runtime import signing
from tuya_cloud.testing import FakeTuyaCloud

TOKEN_PATH = "/v1.0/token"


class SignedSession:
    """Sends requests to a fake cloud, signed as Tuya wants them, with a token of its own."""

    def __init__(self, cloud: FakeTuyaCloud) -> None:
        self.cloud = cloud
        self.http = requests.Session()
        self.token = ""
        self.token = self.send("GET", TOKEN_PATH, [("grant_type", "1")]).json()["result"]["access_token"]

    def headers(self, method: str, path: str, query: Sequence[tuple[str, str]], body: bytes | None) -> dict[str, str]:
        t = str(int(time.time() * 1000))
        nonce = uuid.uuid4().hex
        token = "" if path.startswith(TOKEN_PATH) else self.token
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
        return headers

    def send(
        self, method: str, path: str, query: Sequence[tuple[str, str]] = (), body: bytes | None = None
    ) -> requests.Response:
        url = self.cloud.base_url + signing.wire_url(path, query)
        headers = self.headers(method, path, query, body)
        return self.http.request(method, url, data=body, headers=headers, timeout=30)

    def envelope(self, method: str, path: str, query: Sequence[tuple[str, str]] = (), body: bytes | None = None) -> Any:
        response = self.send(method, path, query, body)
        assert response.status_code == 200, response.text
        return response.json()
