"""The fake cloud's findings of the outside test campaign (issue 24, ../shared/qa/REPORT.md), kept as tests.

Each test is named after its finding and talks HTTP to a running fake cloud, signing by hand where the
SDK would never send such a request.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
import requests
from fakecloud_helpers import Raw

from tuya_cloud._runtime import signing
from tuya_cloud.testing import FakeTuyaCloud, Seed


def _functions(raw: Raw, device_id: str) -> dict[str, Any]:
    functions = raw.ok("device_control.get_functions", {"device_id": device_id})["functions"]
    return {f["code"]: f["name"] for f in functions}


# ---------------------------------------------------------------- F1


def test_f1_a_body_field_named_like_a_path_parameter_does_not_act_on_another_device(raw: Raw) -> None:
    path = f"/v1.0/devices/{Seed.SWITCH_ID}/functions/switch_1"
    plug_names_before = _functions(raw, Seed.PLUG_ID)
    body = json.dumps({"name": "Renamed", "device_id": Seed.PLUG_ID}).encode()
    assert raw.envelope("PUT", path, body=body)["success"] is True
    assert _functions(raw, Seed.SWITCH_ID)["switch_1"] == "Renamed"  # the device the path names
    assert _functions(raw, Seed.PLUG_ID) == plug_names_before  # not the one the body names


def test_f1_a_body_field_named_like_a_path_parameter_cannot_crash_the_fake(raw: Raw) -> None:
    body = json.dumps({"name": "x", "device_id": [False, 2.45e16], "function_code": {"a": 1}}).encode()
    reply = raw.envelope("PUT", f"/v1.0/devices/{Seed.LIGHT_ID}/functions/switch_led", body=body)
    assert reply["success"] is True, reply


def test_f1_the_path_names_the_device_whatever_the_body_says(raw: Raw) -> None:
    world = raw.cloud.world
    plug_modules = [dict(m) for m in world.devices[Seed.PLUG_ID].modules]
    body = json.dumps({"module_type": 9, "device_id": Seed.PLUG_ID}).encode()  # the light's MCU has an upgrade
    reply = raw.envelope("PUT", f"/v1.0/devices/{Seed.LIGHT_ID}/confirm-upgrade", body=body)
    assert reply["success"] is True, reply
    assert world.devices[Seed.LIGHT_ID].modules[1]["upgrade_status"] != 1  # the light's upgrade started
    assert world.devices[Seed.PLUG_ID].modules == plug_modules


# ---------------------------------------------------------------- F2


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "QUERY", "CONNECT", "FROBNICATE", "PATCH"])
def test_f2_an_unrouted_http_method_gets_tuyas_json_envelope(raw: Raw, method: str) -> None:
    response = raw.session.request(method, f"{raw.cloud.base_url}/v1.0/devices/{Seed.LIGHT_ID}", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    envelope = response.json()
    assert (envelope["success"], envelope["code"], envelope["msg"]) == (False, 1108, "uri path invalid")


def test_f2_head_gets_the_envelopes_headers_without_a_body(raw: Raw) -> None:
    response = raw.session.head(f"{raw.cloud.base_url}/v1.0/devices/{Seed.LIGHT_ID}", timeout=10)
    assert response.status_code == 200 and response.content == b""
    assert response.headers["Content-Type"].startswith("application/json")
    assert int(response.headers["Content-Length"]) > 0
    # the connection is still in step: the next request on it is answered normally
    assert raw.ok("devices.get", {"device_id": Seed.LIGHT_ID})["id"] == Seed.LIGHT_ID


# ---------------------------------------------------------------- F3


@pytest.mark.parametrize(
    ("path", "query", "name"),
    [
        ("/v1.0/token", [("grant_type", "1"), ("code", "")], "code"),
        ("/v1.0/token", [("grant_type", "1"), ("terminal_id", "")], "terminal_id"),
        ("/v1.0/devices", [("page_no", "1"), ("page_size", "5"), ("schema", "")], "schema"),
        ("/v1.0/devices", [("page_no", "1"), ("page_size", "5"), ("last_id", "")], "last_id"),
        ("/v2.0/devices", [("size", "5"), ("product_id", "")], "product_id"),
        (f"/v2.0/apps/{Seed.APP_SCHEMA}/users", [("page_no", "1"), ("page_size", "5"), ("username", "")], "username"),
    ],
)
def test_f3_an_empty_optional_query_value_is_given_and_checked(
    raw: Raw, path: str, query: list[tuple[str, str]], name: str
) -> None:
    token = None if path == "/v1.0/token" else "auto"
    reply = raw.envelope("GET", path, query, token=token)
    assert (reply["success"], reply.get("code")) == (False, 1109), reply
    assert f"{name}: must not be empty" in reply["msg"]


def test_f3_an_empty_list_item_is_an_item(raw: Raw) -> None:
    query = [("page_no", "1"), ("page_size", "5"), ("device_ids", f"{Seed.LIGHT_ID},,{Seed.PLUG_ID}")]
    reply = raw.envelope("GET", "/v1.0/devices", query)
    assert (reply["success"], reply.get("code")) == (False, 1109), reply
    assert "device_ids[1]: must not be empty" in reply["msg"]


def test_f3_an_empty_required_value_is_checked_not_missing(raw: Raw) -> None:
    reply = raw.envelope("GET", "/v1.0/devices", [("page_no", ""), ("page_size", "5")])
    assert (reply["success"], reply.get("code")) == (False, 1109), reply
    assert "page_no: must be an integer" in reply["msg"]


# ---------------------------------------------------------------- F4 and F5 (the fake's side)


def test_f5_an_integer_written_as_a_float_is_that_integer(raw: Raw) -> None:
    # JSON has one number type: 0.0 is the integer 0 for JSON Schema, the export and Tuya's gateway.
    reply = raw.envelope("PUT", f"/v1.0/devices/{Seed.LIGHT_ID}/confirm-upgrade", body=b'{"module_type":9.0}')
    assert reply["success"] is True, reply
    fraction = raw.envelope("PUT", f"/v1.0/devices/{Seed.LIGHT_ID}/confirm-upgrade", body=b'{"module_type":9.5}')
    assert (fraction["success"], fraction["code"]) == (False, 1109)


def test_f4_a_null_data_point_value_is_refused_as_missing(raw: Raw) -> None:
    body = b'{"commands":[{"code":"switch_led","value":null}]}'
    reply = raw.envelope("POST", f"/v1.0/devices/{Seed.LIGHT_ID}/commands", body=body)
    assert (reply["success"], reply["code"]) == (False, 1109)
    assert "commands[0].value: is required" in reply["msg"]


# ---------------------------------------------------------------- F6


def _control(cloud: FakeTuyaCloud, action: str, body: dict[str, Any]) -> requests.Response:
    return requests.post(f"{cloud.base_url}/_fake/{action}", json=body, timeout=10)


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ({"operation": "devices.get_status", "http_status": 999}, "http_status must be an HTTP status from 200 to 599"),
        ({"operation": "devices.get_status", "http_status": "503"}, "http_status must be"),
        ({"operation": "devices.get_status", "http_status": 101}, "http_status must be"),
        ({"operation": "devices.get_statu", "error_code": 1010}, "unknown operation 'devices.get_statu'"),
        ({"operation": "devices.get_status", "times": 0, "error_code": 1010}, "times must be"),
        ({"operation": "devices.get_status", "latency": -1}, "latency must be a number of seconds >= 0"),
        ({"operation": "devices.get_status", "error_code": "1010"}, "error_code must be an integer"),
        ({"operation": "devices.get_status", "retry_after": "soon", "http_status": 503}, "retry_after must be"),
    ],
)
def test_f6_an_injection_that_cannot_be_served_is_refused_at_the_control_api(fault: dict[str, Any], words: str) -> None:
    with FakeTuyaCloud(control=True) as cloud:
        response = _control(cloud, "inject", fault)
        assert response.status_code == 400 and words in response.json()["error"], response.text
        # nothing was injected: the call it would have struck is answered normally
        status = cloud.client().devices.get_status(device_id=Seed.LIGHT_ID)
        assert {dp.code for dp in status} >= {"switch_led"}


def test_f6_an_unusual_but_valid_status_is_served() -> None:
    with FakeTuyaCloud(control=True) as cloud:
        assert _control(cloud, "inject", {"operation": "devices.get_status", "http_status": 599}).ok
        response = requests.get(f"{cloud.base_url}/v1.0/devices/{Seed.LIGHT_ID}/status", timeout=10)
        assert response.status_code == 599 and "599 Unknown" in response.text


def test_f6_inject_in_process_raises_a_clear_value_error() -> None:
    with FakeTuyaCloud() as cloud, pytest.raises(ValueError, match="http_status must be an HTTP status"):
        cloud.inject("devices.get_status", http_status=999)


# ---------------------------------------------------------------- F7


def test_f7_repeated_query_keys_verify_as_the_signer_signs_them(raw: Raw) -> None:
    token = raw.access_token()
    query = [("schema", "b"), ("schema", "a"), ("page_no", "1"), ("page_size", "5")]
    t, nonce = str(int(raw.cloud.now() * 1000)), "n0nce"
    sign = signing.sign(
        client_id=raw.cloud.access_id,
        secret=raw.cloud.access_secret,
        t=t,
        method="GET",
        path="/v1.0/devices",
        query=query,
        access_token=token,
        nonce=nonce,
    )
    headers = {"client_id": raw.cloud.access_id, "sign": sign, "sign_method": "HMAC-SHA256", "t": t, "nonce": nonce}
    headers["access_token"] = token
    for order in (query, list(reversed(query))):  # the order sent does not matter, as for distinct keys
        wire = "&".join(f"{k}={v}" for k, v in order)
        reply = requests.get(f"{raw.cloud.base_url}/v1.0/devices?{wire}", headers=headers, timeout=10).json()
        assert reply.get("code") != 1004, reply


# ---------------------------------------------------------------- F19 (the fake's side)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_f19_a_body_with_nan_or_infinity_is_not_json(raw: Raw, literal: str) -> None:
    body = f'{{"commands":[{{"code":"bright_value_v2","value":{literal}}}]}}'.encode()
    reply = raw.envelope("POST", f"/v1.0/devices/{Seed.LIGHT_ID}/commands", body=body)
    assert (reply["success"], reply["code"]) == (False, 1109)
    assert "body: not valid JSON" in reply["msg"]


def test_f19_a_body_nested_too_deep_is_refused_not_a_crash(raw: Raw) -> None:
    body = b'{"commands":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    reply = raw.envelope("POST", f"/v1.0/devices/{Seed.LIGHT_ID}/commands", body=body)
    assert (reply["success"], reply["code"]) == (False, 1109), reply


# ---------------------------------------------------------------- a raw socket, for framing


def test_f2_a_request_line_without_a_path_is_answered_in_json() -> None:
    with FakeTuyaCloud() as cloud, socket.create_connection(("127.0.0.1", cloud.port), timeout=10) as sock:
        sock.sendall(b"OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and json.loads(body)["code"] == 1108
