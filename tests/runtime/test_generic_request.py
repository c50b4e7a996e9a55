"""`client.request(method, path, ...)`: any endpoint through the operations' own code path, both clients.

The fake cloud answers a path the spec does not have with Tuya's 1108 and logs whether the request's
signature verified, so a GET query and a POST body are shown to arrive signed at such a path; paths
the fake serves show the reply's `result` coming back as plain JSON values.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import pytest

from tuya_cloud import (
    InvalidRequestError,
    NotFoundError,
    RequestEvent,
    TuyaAPIError,
    TuyaCloud,
    TuyaResponseError,
    TuyaTimeoutError,
    TuyaValidationError,
    models,
)
from tuya_cloud.testing import FakeTuyaCloud, Seed

Factory = Callable[..., TuyaCloud]
UNKNOWN = "/v9.9/not-in-the-spec/things"
COMMANDS = "/v1.0/devices/" + Seed.LIGHT_ID + "/commands"


def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the fake cloud never got there"
        time.sleep(0.02)


def test_a_get_query_reaches_a_path_the_spec_lacks_signed(client: TuyaCloud, cloud: FakeTuyaCloud) -> None:
    params = {"size": 20, "b": "two words & more", "a": ["x", 2], "on": True, "left_out": None}
    with pytest.raises(InvalidRequestError) as raised:  # a TuyaAPIError subclass, by Tuya's error family
        client.request("GET", UNKNOWN, params=params)
    assert isinstance(raised.value, TuyaAPIError) and raised.value.code == 1108
    assert raised.value.operation == "request" and raised.value.path == UNKNOWN
    record = cloud.requests[-1]
    assert (record.method, record.path, record.operation, record.code) == ("GET", UNKNOWN, None, 1108)
    assert record.query == {"a": "x,2", "b": "two words & more", "on": "true", "size": "20"}
    assert record.signature_ok


def test_a_post_body_reaches_a_path_the_spec_lacks_signed(client: TuyaCloud, cloud: FakeTuyaCloud) -> None:
    body = {"name": "Küche ☕", "values": [1, 2.5, None, {"deep": [True]}]}
    with pytest.raises(InvalidRequestError, match="1108"):
        client.request("post", UNKNOWN, body=body)
    record = cloud.requests[-1]
    assert (record.method, record.path, record.body, record.signature_ok) == ("POST", UNKNOWN, body, True)


def test_a_known_path_gives_its_result_as_plain_json(client: TuyaCloud, cloud: FakeTuyaCloud) -> None:
    device = client.request("GET", "/v1.0/devices/" + Seed.LIGHT_ID)
    assert type(device) is dict and device["id"] == Seed.LIGHT_ID
    switch_off = models.DataPoint(code="switch_led", value=False)  # a model in a body goes as its wire dict
    assert client.request("POST", COMMANDS, body={"commands": [switch_off]}) is True
    status = {item.code: item.value for item in client.devices.get_status(device_id=Seed.LIGHT_ID)}
    assert status["switch_led"] is False  # the body arrived, was verified and acted on
    page = client.request("GET", f"/v1.0/users/{Seed.USER_ID}/devices", params={"page_no": 1, "page_size": 2})
    assert type(page) is list and len(page) == 2 and all(type(d) is dict for d in page)


def test_an_error_reply_is_the_typed_api_error(client: TuyaCloud, cloud: FakeTuyaCloud) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.request("GET", "/v1.0/devices/vdevo0000000000000000")
    assert raised.value.code == 2010 and "device not exist" in str(raised.value)
    cloud.inject("devices.get", error_code=1010)  # token invalid: renewed once, then resent
    assert client.request("GET", "/v1.0/devices/" + Seed.LIGHT_ID)["id"] == Seed.LIGHT_ID


def test_a_post_whose_reply_times_out_is_sent_once(connect: Factory, cloud: FakeTuyaCloud) -> None:
    client = connect(timeout=0.5, max_retries=3)
    client.devices.get(device_id=Seed.LIGHT_ID)  # the token is in hand
    cloud.inject("device_control.send_commands", latency=1.5)
    with pytest.raises(TuyaTimeoutError):
        client.request("POST", COMMANDS, body={"commands": [{"code": "switch_led", "value": True}]})
    # The client has given up; let the slow request finish on the server, then count.
    until(lambda: cloud.calls("device_control.send_commands") > 0 and cloud.in_flight == 0)
    assert cloud.calls("device_control.send_commands") == 1


def test_only_get_or_allow_retry_is_resent(connect: Factory, cloud: FakeTuyaCloud) -> None:
    client = connect(max_retries=1)
    body = {"commands": [{"code": "switch_led", "value": True}]}
    cloud.inject("device_control.send_commands", http_status=503)
    with pytest.raises(TuyaResponseError):
        client.request("POST", COMMANDS, body=body)
    assert cloud.calls("device_control.send_commands") == 1
    cloud.inject("device_control.send_commands", http_status=503)
    assert client.request("POST", COMMANDS, body=body, allow_retry=True) is True
    assert cloud.calls("device_control.send_commands") == 3
    cloud.inject("devices.get", http_status=503)
    assert client.request("GET", "/v1.0/devices/" + Seed.LIGHT_ID)["id"] == Seed.LIGHT_ID
    assert cloud.calls("devices.get") == 2
    cloud.inject("devices.get", http_status=503)
    with pytest.raises(TuyaResponseError):
        client.request("GET", "/v1.0/devices/" + Seed.LIGHT_ID, allow_retry=False)


def test_hooks_and_logs_name_it_request_and_mask_the_refresh_token(
    connect: Factory, cloud: FakeTuyaCloud, caplog: pytest.LogCaptureFixture
) -> None:
    events: list[RequestEvent] = []
    client = connect(on_request=events.append)
    with caplog.at_level(logging.DEBUG, logger="tuya_cloud"), caplog.at_level(logging.DEBUG, logger="urllib3"):
        granted: Any = client.request("GET", "/v1.0/token", params={"grant_type": 1})  # signed without a token
        refreshed = client.request("GET", "/v1.0/token/" + granted["refresh_token"])
    assert refreshed["access_token"] and refreshed["access_token"] != granted["access_token"]
    assert [(e.operation, e.method, e.path) for e in events] == [
        ("request", "GET", "/v1.0/token"),
        ("request", "GET", "/v1.0/token/***"),
    ]
    for secret in (granted["refresh_token"], granted["access_token"], refreshed["access_token"], cloud.access_secret):
        assert secret not in caplog.text
    assert "request GET /v1.0/token/***" in caplog.text


BAD_CALLS: list[tuple[dict[str, Any], str, str]] = [
    ({"method": "FETCH"}, "method", "must be one of GET, POST, PUT, DELETE"),
    ({"method": 5}, "method", "must be one of"),
    ({"path": "v1.0/devices"}, "path", "must start with '/'"),
    ({"path": "/v1.0/a b"}, "path", "must be percent-encoded: ' '"),
    ({"path": "/v1.0/devices/vdevo\ud800"}, "path", "must be percent-encoded"),
    ({"path": "/v1.0/devices/1\n"}, "path", "must be percent-encoded: '\\n'"),
    ({"path": "/v1.0/devices?x=1"}, "path", "no query or fragment"),
    ({"path": "/v1.0/%zz"}, "path", "must be percent-encoded: '%'"),
    ({"path": "/v1.0/../token"}, "path", "'..' segments"),
    ({"path": "//evil.example/v1.0"}, "path", "empty"),
    ({"path": None}, "path", "must be a string"),
    ({"params": [("a", 1)]}, "params", "must be a mapping"),
    ({"params": {"": 1}}, "params", "non-empty strings"),
    ({"params": {"a": {"b": 1}}}, "params['a']", "string, number or boolean"),
    ({"params": {"a": float("nan")}}, "params['a']", "finite"),
    ({"params": {"a": "\ud800"}}, "params['a']", "lone surrogate"),
    ({"params": {"a": 10**5000}}, "params['a']", "digits"),
    ({"params": {"a": ["x", "y,z"]}}, "params['a'][1]", "must not contain ','"),
    ({"method": "GET", "body": {"a": 1}}, "body", "GET request sends no body"),
    ({"body": {"a": float("inf")}}, "body", "not valid JSON"),
    ({"body": {"a": {1, 2}}}, "body", "JSON values only"),
    ({"body": {"a": "\udcff"}}, "body", "lone surrogate"),
]


def test_bad_arguments_name_the_parameter_and_send_nothing(client: TuyaCloud, cloud: FakeTuyaCloud) -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    cases = [*BAD_CALLS, ({"body": deep}, "body", "nested too deeply")]
    for change, param, rule in cases:
        call = {"method": "POST", "path": COMMANDS, **change}
        with pytest.raises(TuyaValidationError) as raised:
            client.request(call.pop("method"), call.pop("path"), **call)
        assert (raised.value.operation, raised.value.param) == ("request", param), change
        assert rule in raised.value.rule, (change, raised.value.rule)
    assert cloud.requests == []  # not even a token was asked for
