"""Helpers for the fake cloud's tests (imported by module name: tests/ holds no packages).

A raw HTTP caller with its own Tuya signer (independent of both the SDK runtime and the server's
checker), and an operation-level caller driven by the package's API model.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import requests

from tuya_cloud._runtime.apimodel import ApiModel, OperationModel
from tuya_cloud.testing import FakeTuyaCloud

API = ApiModel.load()  # the package's one reader of openapi.json
OPERATIONS: dict[str, OperationModel] = API.operations


def tuya_sign(
    secret: str,
    client_id: str,
    access_token: str,
    t: str,
    nonce: str,
    method: str,
    url: str,
    body: bytes,
    header_lines: Sequence[tuple[str, str]] = (),
) -> str:
    """Tuya's HMAC-SHA256 signature; `url` is the path plus the sorted, decoded query."""
    lines = "".join(f"{k}:{v}\n" for k, v in header_lines)
    text = "\n".join([method, hashlib.sha256(body).hexdigest(), lines + "\n" + url])
    message = f"{client_id}{access_token}{t}{nonce}{text}"
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest().upper()


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_wire(v) for v in value)
    return str(value)


class Raw:
    """Signs and sends requests by hand, so tests can break any part of them."""

    def __init__(self, cloud: FakeTuyaCloud) -> None:
        self.cloud = cloud
        self.session = requests.Session()
        self._token: str | None = None

    def send(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]] = (),
        body: bytes | None = None,
        *,
        token: str | None = "auto",
        t: str | None = None,
        nonce: str | None = None,
        secret: str | None = None,
        client_id: str | None = None,
        signed_headers: Sequence[tuple[str, str]] = (),
        sign_path: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        drop: Sequence[str] = (),
        timeout: float = 10.0,
    ) -> requests.Response:
        if token == "auto":
            token = self.access_token()
        t = t if t is not None else str(int(self.cloud.now() * 1000))
        nonce = nonce if nonce is not None else uuid.uuid4().hex
        sorted_query = sorted(query)  # by key, then value (spec/envelope.yaml signing.url)
        url = (sign_path or path) + ("?" + "&".join(f"{k}={v}" for k, v in sorted_query) if query else "")
        sign = tuya_sign(
            secret or self.cloud.access_secret,
            client_id or self.cloud.access_id,
            token or "",
            t,
            nonce,
            method,
            url,
            body or b"",
            signed_headers,
        )
        headers = {
            "client_id": client_id or self.cloud.access_id,
            "sign": sign,
            "sign_method": "HMAC-SHA256",
            "t": t,
            "nonce": nonce,
        }
        if token:
            headers["access_token"] = token
        if signed_headers:
            headers["Signature-Headers"] = ":".join(name for name, _ in signed_headers)
            headers.update(dict(signed_headers))
        if body is not None:
            headers["Content-Type"] = "application/json"
        headers.update(extra_headers or {})
        for name in drop:
            headers.pop(name, None)
        wire = path + ("?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query) if query else "")
        return self.session.request(method, self.cloud.base_url + wire, data=body, headers=headers, timeout=timeout)

    def envelope(self, method: str, path: str, query: Sequence[tuple[str, str]] = (), **kwargs: Any) -> Any:
        response = self.send(method, path, query, **kwargs)
        assert response.status_code == 200, response.text
        return response.json()

    def grant(self) -> dict[str, Any]:
        reply = self.envelope("GET", "/v1.0/token", [("grant_type", "1")], token=None)
        assert reply["success"], reply
        return dict(reply["result"])

    def access_token(self) -> str:
        if self._token is None:
            self._token = str(self.grant()["access_token"])
        return self._token

    def op(self, operation_id: str, args: Mapping[str, Any], **kwargs: Any) -> Any:
        """Call an operation with wire arguments, placed in path, query or body as openapi.json says."""
        op = OPERATIONS[operation_id]
        path = op.path
        query: list[tuple[str, str]] = []
        for param in op.params:
            if param.name not in args or param.location == "body":
                continue
            if param.location == "path":
                path = path.replace("{" + param.name + "}", quote(_wire(args[param.name]), safe=""))
            else:
                query.append((param.name, _wire(args[param.name])))
        body = None
        if op.body_schema is not None:
            names = {p.name for p in op.params_in("body")}
            fields = {k: v for k, v in args.items() if k in names}
            body = json.dumps(fields, separators=(",", ":")).encode()
        method = op.http_method
        if op.auth == "client":
            kwargs.setdefault("token", None)
        return self.envelope(method, path, query, body=body, **kwargs)

    def ok(self, operation_id: str, args: Mapping[str, Any]) -> Any:
        reply = self.op(operation_id, args)
        assert reply["success"] is True, reply
        return reply["result"]

    def fails(self, operation_id: str, args: Mapping[str, Any], code: int, **kwargs: Any) -> str:
        reply = self.op(operation_id, args, **kwargs)
        assert reply["success"] is False and reply["code"] == code, reply
        return str(reply["msg"])


def now_ms() -> int:
    return int(time.time() * 1000)
