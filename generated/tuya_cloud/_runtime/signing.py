"""Tuya's request signature (HMAC-SHA256), built from exactly the bytes and pairs that are sent.

The string to sign is `METHOD\\n sha256(body)\\n signed-header lines \\n url`, where url is the path plus
the query pairs sorted by key with raw (not percent-encoded) values. spec/vectors/signing.json pins it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from urllib.parse import quote

EMPTY_BODY_SHA256 = hashlib.sha256(b"").hexdigest()


def canonical_url(path: str, query: Sequence[tuple[str, str]]) -> str:
    """Path plus `?k=v&...` sorted by key (then value), values left as they are."""
    if not query:
        return path
    return path + "?" + "&".join(f"{k}={v}" for k, v in sorted(query))


def wire_url(path: str, query: Sequence[tuple[str, str]]) -> str:
    """The same pairs in the same order, percent-encoded for the request line."""
    if not query:
        return path
    return path + "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in sorted(query))


def string_to_sign(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
    signed_headers: Mapping[str, str] | None = None,
) -> str:
    body_hash = hashlib.sha256(body).hexdigest() if body else EMPTY_BODY_SHA256
    header_lines = "".join(f"{name}:{value}\n" for name, value in signed_headers.items()) if signed_headers else ""
    return f"{method.upper()}\n{body_hash}\n{header_lines}\n{canonical_url(path, query)}"


def sign(
    *,
    client_id: str,
    secret: str,
    t: str,
    method: str,
    path: str,
    query: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
    access_token: str = "",
    nonce: str = "",
    signed_headers: Mapping[str, str] | None = None,
) -> str:
    """Upper-case hex signature. Pass access_token="" for the token APIs."""
    message = client_id + access_token + t + nonce + string_to_sign(method, path, query, body, signed_headers)
    return hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest().upper()
