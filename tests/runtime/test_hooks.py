"""Request/response hooks and the call counter, checked against the fake cloud's own request log."""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

import pytest

from tuya_cloud import (
    CallCounter,
    PermissionDeniedError,
    RequestEvent,
    ResponseEvent,
    TuyaConnectionError,
    TuyaTimeoutError,
    TuyaValidationError,
)
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed

LIGHT = Seed.LIGHT_ID
COMMAND = [{"code": "switch_led", "value": True}]


def test_a_hook_counter_equals_the_fake_clouds_request_count_after_a_mixed_run(sync_transport: dict[str, Any]) -> None:
    counter = CallCounter()
    requests: list[RequestEvent] = []
    responses: list[ResponseEvent] = []
    with FakeTuyaCloud() as cloud:
        client = cloud.client(
            **sync_transport, on_request=requests.append, on_response=[counter, responses.append], max_retries=2
        )
        client.devices.get_status(device_id=LIGHT)  # the grant, then the call
        client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
        cloud.inject("devices.get", http_status=503)  # retried once
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", error_code=1199)  # retried after a second
        client.devices.get_status(device_id=LIGHT)
        cloud.inject("devices.get", error_code=1106)  # not retried
        with pytest.raises(PermissionDeniedError):
            client.devices.get(device_id=LIGHT)
        with pytest.raises(TuyaValidationError):  # refused before sending: no event, no request
            client.device_timers.add(
                device_id=LIGHT, category="x", loops="9", time_zone="+08:00", timezone_id="Asia/Shanghai", instruct=[]
            )
        cloud.expire_tokens()  # 1010, a refresh, the call again
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", latency=1.0)
        with pytest.raises(TuyaTimeoutError):
            client.devices.get_status(device_id=LIGHT, timeout=0.2, max_retries=0)
        cloud.inject("device_control.send_commands", drop_connection=True)
        with pytest.raises(TuyaConnectionError):
            client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
        for _ in client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=2):
            pass
        deadline = time.monotonic() + 10
        while cloud.in_flight and time.monotonic() < deadline:  # the timed-out request is still served
            time.sleep(0.05)
        log = list(cloud.requests)

    assert counter.total == len(log) == len(requests) == len(responses)
    assert counter.by_operation() == Counter(r.operation for r in log)
    assert counter.by_code() == Counter(r.code for r in log if r.code is not None and r.fault != "drop_connection")
    assert counter.failures == 2  # the timeout and the dropped connection
    assert {e.operation for e in responses if e.code == 1010} == {"devices.get"}
    assert [e.attempt for e in responses if e.operation == "devices.get" and e.status == 503] == [1]
    timeout = next(e for e in responses if e.error is not None and e.operation == "devices.get_status")
    assert timeout.status is None and timeout.error == "TuyaTimeoutError" and timeout.duration >= 0.2


def test_events_carry_what_metrics_need_and_no_secrets(sync_transport: dict[str, Any]) -> None:
    responses: list[ResponseEvent] = []
    requests: list[RequestEvent] = []
    with FakeTuyaCloud() as cloud:
        client = cloud.client(**sync_transport, on_request=requests.append, on_response=responses.append)
        client.devices.get_status(device_id=LIGHT)
        cloud.expire_tokens()
        client._tokens.replace(client._tokens.current())  # renew through the refresh call
        secrets = [*cloud.issued_secrets(), cloud.access_secret]
    grant, status = responses[0], responses[1]
    assert (grant.operation, grant.method, grant.path, grant.status, grant.success) == (
        "token.get",
        "GET",
        "/v1.0/token",
        200,
        True,
    )
    assert (status.operation, status.path, status.attempt, status.code) == (
        "devices.get_status",
        f"/v1.0/devices/{LIGHT}/status",
        1,
        None,
    )
    assert status.tid is not None and len(status.tid) == 32 and status.duration > 0
    refresh = next(e for e in responses if e.operation == "token.refresh")
    assert refresh.path == "/v1.0/token/***"
    shown = repr(requests) + repr(responses)
    assert not any(secret in shown for secret in secrets)


def test_a_failing_hook_is_logged_and_the_call_goes_on(
    caplog: pytest.LogCaptureFixture, sync_transport: dict[str, Any]
) -> None:
    def broken(event: ResponseEvent) -> None:
        raise RuntimeError("metrics backend down")

    counter = CallCounter()
    with (
        FakeTuyaCloud() as cloud,
        cloud.client(**sync_transport, on_response=[broken, counter]) as client,
        caplog.at_level(logging.ERROR, logger="tuya_cloud"),
    ):
        assert client.devices.get_status(device_id=LIGHT)
    assert counter.total == 2
    assert "hook" in caplog.text and "metrics backend down" in caplog.text


def test_one_counter_serves_several_clients_and_resets(sync_transport: dict[str, Any]) -> None:
    counter = CallCounter()
    with FakeTuyaCloud() as cloud:
        one, two = (
            cloud.client(**sync_transport, on_response=counter),
            cloud.client(**sync_transport, on_response=counter),
        )
        one.devices.get(device_id=LIGHT)
        two.devices.get(device_id=LIGHT)
        assert (
            counter.by_operation() == {"token.get": 2, "devices.get": 2} == Counter(r.operation for r in cloud.requests)
        )
    counter.reset()
    assert counter.total == 0 and counter.by_operation() == {}
