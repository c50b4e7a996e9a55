"""spec/vectors/messages.json: the Python runtime and the fake cloud (each with code of its own) agree with it."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from tuya_cloud import UndecodableEvent
from tuya_cloud._runtime.event_decode import FrameDecoder, Undecodable, event_key
from tuya_cloud._runtime.event_delivery import password
from tuya_cloud.testing.pulsar import encrypt, envelope_sign, handshake_password

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[2] / "spec" / "vectors" / "messages.json").read_text(encoding="utf-8")
)
ACCESS_ID = VECTORS["credentials"]["access_id"]
SECRET = VECTORS["credentials"]["access_secret"]


def test_password_and_key() -> None:
    assert password(ACCESS_ID, SECRET) == VECTORS["password"]["password"]
    assert handshake_password(ACCESS_ID, SECRET) == VECTORS["password"]["password"]
    assert event_key(SECRET) == VECTORS["key"].encode()


@pytest.mark.parametrize("case", VECTORS["decrypt"], ids=lambda c: c["name"])
def test_decrypt(case: dict[str, Any]) -> None:
    plain = FrameDecoder(SECRET).decrypt(base64.b64decode(case["data"]), case["mode"])
    assert plain.decode() == case["plaintext"]


@pytest.mark.parametrize("case", VECTORS["undecodable"], ids=lambda c: c["name"])
def test_undecodable_data(case: dict[str, Any]) -> None:
    decoder = FrameDecoder(SECRET)
    frame = {"messageId": "CAAQAQ==", "properties": {"em": case["mode"]}}
    envelope = {"protocol": 4, "t": 1, "data": case["data"]}
    frame["payload"] = base64.b64encode(json.dumps(envelope).encode()).decode()
    event = decoder.decode(json.dumps(frame))
    assert isinstance(event, UndecodableEvent)
    assert event.reason.split(":")[0] == case["reason"]
    assert VECTORS["key"] not in event.reason and "switch_1" not in event.reason


@pytest.mark.parametrize("case", VECTORS["frames"], ids=lambda c: c["name"])
def test_frames_become_events(case: dict[str, Any]) -> None:
    event = FrameDecoder(SECRET).decode(json.dumps(case["frame"]))
    assert event is not None
    assert event.as_json() == case["event"]


@pytest.mark.parametrize("case", VECTORS["undecodable_frames"], ids=lambda c: c["name"])
def test_undecodable_frames(case: dict[str, Any]) -> None:
    event = FrameDecoder(SECRET).decode(json.dumps(case["frame"]))
    assert isinstance(event, UndecodableEvent)
    assert event.message_id == case["frame"]["messageId"]
    assert event.reason.split(":")[0] == case["reason"]
    assert repr(event) == f"UndecodableEvent(message_id={event.message_id!r}, reason={event.reason!r})"


def test_the_fake_cloud_encrypts_as_the_vectors() -> None:
    key = VECTORS["key"].encode()
    plain = VECTORS["plaintext"].encode()
    ecb = next(c for c in VECTORS["decrypt"] if c["mode"] == "aes_ecb")
    assert encrypt(plain, key, "aes_ecb") == ecb["data"]  # ECB is deterministic
    decoder = FrameDecoder(SECRET)
    for mode in ("aes_ecb", "aes_gcm"):  # GCM takes a fresh nonce: decrypt with the runtime instead
        assert decoder.decrypt(base64.b64decode(encrypt(plain, key, mode)), mode) == plain
        with pytest.raises(Undecodable, match=r"^(tag|padding):"):
            decoder.decrypt(base64.b64decode(encrypt(plain, key, mode, tamper=True)), mode)
    envelope = {"protocol": 4, "pv": "2.0", "t": 1628229842700, "data": ecb["data"]}
    assert envelope_sign(envelope, SECRET) == "c2f32af7b2c03eb69c69edeb1af1f3e2"  # reference, section 2.7


def test_unknown_kinds_arrive_typed_and_generic() -> None:
    from tuya_cloud import GenericEvent, StatusReport
    from tuya_cloud.events import KINDS, DeviceRenamed

    key = VECTORS["key"].encode()

    def frame(protocol: int, data: dict[str, Any]) -> str:
        plain = json.dumps(data).encode()
        envelope = {"protocol": protocol, "t": 5, "data": encrypt(plain, key, "aes_ecb")}
        return json.dumps({"messageId": "m", "payload": base64.b64encode(json.dumps(envelope).encode()).decode()})

    decoder = FrameDecoder(SECRET)
    renamed = decoder.decode(frame(20, {"bizCode": "nameUpdate", "bizData": {"devId": "d1", "name": "Hall"}}))
    assert isinstance(renamed, DeviceRenamed) and renamed.name == "Hall" and renamed.device_id == "d1"
    other = decoder.decode(frame(20, {"bizCode": "somethingNew", "devId": "d2", "x": [1]}))
    assert (
        type(other) is GenericEvent
        and other.biz_code == "somethingNew"
        and other.data
        == {
            "bizCode": "somethingNew",
            "devId": "d2",
            "x": [1],
        }
    )
    status = decoder.decode(frame(4, {"devId": "d3", "status": [{"code": "a", "value": 1, "t": 9}, "odd"]}))
    assert isinstance(status, StatusReport) and [(s.code, s.value, s.t) for s in status.status] == [("a", 1, 9)]
    assert len(KINDS) >= 13
