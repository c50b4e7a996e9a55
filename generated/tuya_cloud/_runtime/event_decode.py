"""From one Pulsar WebSocket frame to one event: base64, the envelope, AES-ECB or AES-GCM, the event JSON.

The rules come from spec/events.yaml (through _events_wire.py) and are proven by spec/vectors/messages.json.
A frame that cannot be decoded becomes an UndecodableEvent whose reason names the step that failed and
never the key or any plaintext. Needs `cryptography` (the `events` extra).
"""

from __future__ import annotations

import binascii
import json
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .. import _events_wire as wire
from ..events import GENERIC, KINDS
from .event_base import Event, UndecodableEvent, first_value


def event_key(access_secret: str) -> bytes:
    """The AES-128 key: the Access Secret's characters KEY_SLICE, as UTF-8."""
    start, end = wire.KEY_SLICE
    return access_secret[start:end].encode("utf-8")


class Undecodable(Exception):
    """A step of decoding failed; the message is the reason (`<step>: <words>`), never data."""


class FrameDecoder:
    """Decodes frames with one key. One instance per consumer: the ECB decryptor is kept and reused
    (ECB has no state between blocks, and every ciphertext is whole blocks)."""

    def __init__(self, access_secret: str) -> None:
        key = event_key(access_secret)
        self._ecb = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
        self._gcm = AESGCM(key)

    def decode(self, text: str | bytes) -> Event | None:
        """The event of a frame; None for a frame without a message id (nothing to acknowledge)."""
        try:
            frame = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not isinstance(frame, dict) or not isinstance(frame.get("messageId"), str):
            return None
        message_id: str = frame["messageId"]
        redelivery = frame.get("redeliveryCount")
        redelivery_count = redelivery if isinstance(redelivery, int) and not isinstance(redelivery, bool) else 0
        protocol: int | None = None
        t: int | None = None
        try:
            envelope = _json_object(_base64(frame.get("payload"), "the payload"), "the envelope")
            protocol = _int_or_none(envelope.get("protocol"))
            t = _int_or_none(envelope.get("t"))
            if not isinstance(envelope.get("data"), str):
                raise Undecodable("envelope: the envelope has no data")
            properties = frame.get("properties")
            mode = properties.get(wire.MODE_PROPERTY) if isinstance(properties, dict) else None
            plain = self.decrypt(_base64(envelope["data"], "data"), mode or wire.DEFAULT_MODE)
            data = _json_object(plain, "the decrypted data")
        except Undecodable as exc:
            return UndecodableEvent(
                message_id=message_id, reason=str(exc), protocol=protocol, t=t, redelivery_count=redelivery_count
            )
        biz_code = first_value(data, wire.BIZ_CODE_PATHS)
        biz_code = biz_code if isinstance(biz_code, str) else None
        cls = KINDS.get((protocol, biz_code)) if protocol is not None else None
        if cls is None:
            cls = GENERIC
        device_id = first_value(data, cls.DEVICE_ID_PATHS or wire.DEVICE_ID_PATHS)
        return cls(
            message_id=message_id,
            protocol=protocol,
            biz_code=biz_code,
            device_id=device_id if isinstance(device_id, str) else None,
            t=t,
            redelivery_count=redelivery_count,
            data=data,
        )

    def decrypt(self, raw: bytes, mode: str) -> bytes:
        if mode == "aes_ecb":
            if not raw or len(raw) % 16:
                raise Undecodable("padding: aes_ecb data is not whole 16-byte blocks")
            plain = self._ecb.update(raw)
            pad = plain[-1]
            if not 1 <= pad <= 16 or plain[-pad:] != bytes((pad,)) * pad:
                raise Undecodable("padding: the aes_ecb padding is not PKCS#7 (wrong key or damaged data)")
            return plain[:-pad]
        if mode == "aes_gcm":
            nonce = wire.GCM_NONCE_BYTES
            if len(raw) < nonce + wire.GCM_TAG_BYTES:
                raise Undecodable("tag: aes_gcm data is shorter than its nonce and tag")
            try:
                return self._gcm.decrypt(raw[:nonce], raw[nonce:], None)
            except InvalidTag:
                raise Undecodable("tag: the aes_gcm tag does not verify (wrong key or damaged data)") from None
        raise Undecodable(f"mode: unknown encryption mode (em) {mode[:40]!r}")


def _base64(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise Undecodable(f"base64: {what} is missing or not text")
    try:
        return binascii.a2b_base64(value, strict_mode=True)
    except (binascii.Error, ValueError):
        raise Undecodable(f"base64: {what} is not base64") from None


def _json_object(raw: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise Undecodable(f"json: {what} is not JSON") from None
    if not isinstance(value, dict):
        raise Undecodable(f"json: {what} is not a JSON object")
    return value


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
