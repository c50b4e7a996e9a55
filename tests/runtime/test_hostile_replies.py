"""Regression tests for the QA report's reply-side findings (issue 24): each named after its finding.

Every test runs with each kind of client (TuyaCloud on both of its paths, AsyncTuyaCloud; see
conftest.py), over real HTTP: the fake cloud's canned replies, or a small server that misbehaves
(hostile_server.py).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import Any

import pytest
from hostile_server import HostileServer

from tuya_cloud import TuyaCloud, TuyaConnectionError, TuyaError, TuyaResponseError, TuyaTimeoutError
from tuya_cloud.errors import ClockSkewError
from tuya_cloud.testing import FakeTuyaCloud, Seed

Factory = Callable[..., TuyaCloud]

# ---------------------------------------------------------------- the whole-call deadline (F15, F16, F17)

HOSTILE = ["silence", "drip_body", "drip_headers", "stalled_chunk", "retry_after"]


@pytest.mark.parametrize("behaviour", HOSTILE)
def test_f15_f16_f17_timeout_bounds_the_whole_call(behaviour: str, new_client: Factory, client_kind: str) -> None:
    if behaviour == "drip_headers" and client_kind == "sync-requests":
        pytest.skip("a caller's session bounds each header read only (see README, timeouts)")
    with HostileServer(behaviour) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url, timeout=1.0, max_retries=1)
        started = time.monotonic()
        with pytest.raises(TuyaTimeoutError):
            client.devices.get_status(device_id=Seed.LIGHT_ID)
        elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"{behaviour}: the call took {elapsed:.1f} s with timeout=1.0"


def test_f15_a_malformed_chunk_ends_the_call_within_its_timeout(new_client: Factory) -> None:
    """aiohttp sometimes never returns from a chunk size that is not hex (its own bug); the deadline ends it."""
    with HostileServer("bad_chunk") as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url, timeout=1.0, max_retries=0)
        for _ in range(5):
            started = time.monotonic()
            with pytest.raises(TuyaConnectionError):  # a broken reply, or the timeout (a TuyaConnectionError too)
                client.devices.get_status(device_id=Seed.LIGHT_ID)
            assert time.monotonic() - started < 3.0


def test_f16_per_call_timeout_bounds_the_token_call_too(new_client: Factory) -> None:
    """The token grant a call needs first runs within that call's timeout, not the client's 30 s."""
    with HostileServer("drip_body", token_too=True) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url, max_retries=0)
        started = time.monotonic()
        with pytest.raises(TuyaTimeoutError):
            client.devices.get_status(device_id=Seed.LIGHT_ID, timeout=1.0)
        assert time.monotonic() - started < 3.0


# ---------------------------------------------------------------- depth and size (F14)


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [200, 400, 496])
def test_f14_a_deeply_nested_success_reply_arrives_intact(depth: int, new_client: Factory) -> None:
    # result (1) > item (2) > value (3...): `depth` levels of lists in the value, the result 500 deep at most
    body = b'{"success":true,"t":1,"result":[{"code":"x","value":%s}]}' % _nested(depth).encode()
    with HostileServer("reply", body) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url)
        value = client.devices.get_status(device_id=Seed.LIGHT_ID)[0].value
    levels = 0
    while isinstance(value, list):
        levels += 1
        value = value[0] if value else None
    assert levels == depth


def test_f14_a_4000_digit_integer_arrives_intact(new_client: Factory) -> None:
    number = 7 * 10**3999
    body = b'{"success":true,"t":1,"result":[{"code":"x","value":%d}]}' % number
    with HostileServer("reply", body) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url)
        assert client.devices.get_status(device_id=Seed.LIGHT_ID)[0].value == number


@pytest.mark.parametrize(
    ("body", "limit"),
    [
        (b'{"success":true,"t":1,"result":%s}' % _nested(600).encode(), "500 levels"),
        (b'{"success":true,"t":1,"result":%s}' % _nested(5000).encode(), "500 levels"),
        (b'{"success":true,"t":1,"result":[{"code":"x","value":1%s}]}' % (b"0" * 5000), "4300 digits"),
    ],
)
def test_f14_a_reply_beyond_the_limits_names_the_limit(body: bytes, limit: str, new_client: Factory) -> None:
    with HostileServer("reply", body) as server:
        client = new_client(access_id="qa", access_secret="s", base_url=server.base_url)
        with pytest.raises(TuyaResponseError, match=limit):
            client.devices.get_status(device_id=Seed.LIGHT_ID)


# ---------------------------------------------------------------- no coercion (F13)


@pytest.mark.parametrize("strict", [False, True])
def test_f13_values_that_do_not_fit_are_kept_as_sent_or_refused(
    strict: bool, cloud: FakeTuyaCloud, connect: Factory
) -> None:
    client = connect(strict_responses=strict)
    big = 12345678901234567891  # a float would keep 17 of its digits
    cloud.inject("ota.get_upgrade_info", reply={"success": True, "result": [{"upgrade_status": True}]})
    cloud.inject("homes.get", reply={"success": True, "result": {"lon": big, "lat": 52.5}})
    if strict:
        with pytest.raises(TuyaResponseError, match="upgrade_status"):
            client.ota.get_upgrade_info(device_id=Seed.LIGHT_ID)
        with pytest.raises(TuyaResponseError, match="lon"):
            client.homes.get(home_id=Seed.HOME_ID)
        return
    status = client.ota.get_upgrade_info(device_id=Seed.LIGHT_ID)[0].upgrade_status
    assert status is True
    home = client.homes.get(home_id=Seed.HOME_ID)
    assert type(home.lon) is int and home.lon == big
    assert home.lat == 52.5


# ---------------------------------------------------------------- pagination (F9, F10, F23, issue 23.5)


@pytest.mark.parametrize("items", [5, True, "vdevo1", {"id": "vdevo1"}, 0, ""])
def test_f9_f10_page_items_of_another_type_raise_a_response_error(
    items: Any, cloud: FakeTuyaCloud, client: Any
) -> None:
    cloud.inject("devices.list_for_user", reply={"success": True, "result": items})
    with pytest.raises(TuyaResponseError, match="array"):
        list(client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=50))
    cloud.inject("devices.list", reply={"success": True, "result": {"devices": items, "total": 1}})
    with pytest.raises(TuyaResponseError, match=r"result\.devices"):
        list(client.devices.iter_list(device_ids=[Seed.LIGHT_ID], page_size=20))


def test_f23_a_page_that_repeats_the_one_before_ends_the_listing_with_a_warning(
    cloud: FakeTuyaCloud, client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    cloud.reset_log()
    with caplog.at_level(logging.WARNING, logger="tuya_cloud"):
        devices = list(client.devices.iter_list_for_user(uid=Seed.USER_ID))  # the fake ignores page_no then
    assert len(devices) == len({device.id for device in devices}) == 8
    assert cloud.calls("devices.list_for_user") == 2
    assert any("repeats page 1" in record.getMessage() for record in caplog.records)


def test_issue23_max_pages_does_not_raise_after_a_complete_listing(cloud: FakeTuyaCloud, client: Any) -> None:
    # 8 devices, 2 a page: the 4th page is full and the last; max_pages=4 reads them all without raising
    devices = list(client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=2, max_pages=4))
    assert len({device.id for device in devices}) == 8
    with pytest.raises(TuyaError, match="max_pages=3"):
        list(client.devices.iter_list_for_user(uid=Seed.USER_ID, page_size=2, max_pages=3))


# ---------------------------------------------------------------- tokens and clocks (F11, F12, F18)


@pytest.mark.parametrize(
    "result",
    [
        {"access_token": "a", "refresh_token": "b", "expire_time": 10**400},  # F11
        {"access_token": None, "expire_time": 7200},  # F18
        {"access_token": {"x": 1}, "expire_time": 7200},
        {"access_token": "a", "expire_time": True},
        {"access_token": "a", "expire_time": -5},
        {"access_token": "a", "expire_time": "1e999"},
        {"access_token": "a", "expire_time": 7200, "refresh_token": ["r"]},
    ],
)
def test_f11_f18_a_token_reply_without_a_usable_token_is_a_response_error(
    result: dict[str, Any], cloud: FakeTuyaCloud, client: Any
) -> None:
    cloud.inject("token.get", reply={"success": True, "t": 1, "result": result})
    with pytest.raises(TuyaResponseError, match="token reply"):
        client.devices.get_status(device_id=Seed.LIGHT_ID)


@pytest.mark.parametrize("t", [10**400, -1, True, 10**20])
def test_f12_a_clock_skew_reply_with_an_impossible_t_is_an_api_error(t: Any, cloud: FakeTuyaCloud, client: Any) -> None:
    client.devices.get_status(device_id=Seed.LIGHT_ID)  # the token first
    cloud.inject("devices.get_status", reply={"success": False, "code": 1013, "msg": "request time is invalid", "t": t})
    with pytest.raises(ClockSkewError):
        client.devices.get_status(device_id=Seed.LIGHT_ID)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_f16_a_forked_process_keeps_the_whole_call_deadline() -> None:
    """The sync client's watchdog thread does not survive a fork; the child gets its own."""
    with HostileServer("drip_body") as server:
        settings: dict[str, Any] = {"access_id": "qa", "access_secret": "s", "base_url": server.base_url}
        with TuyaCloud(**settings, timeout=1.0, max_retries=0) as client, pytest.raises(TuyaTimeoutError):
            client.devices.get_status(device_id=Seed.LIGHT_ID)  # the parent's watchdog runs
        pid = os.fork()
        if pid == 0:  # the child: exit status 0 only for a timeout within 3 s
            code = 1
            try:
                started = time.monotonic()
                TuyaCloud(**settings, timeout=1.0, max_retries=0).devices.get_status(device_id=Seed.LIGHT_ID)
            except TuyaTimeoutError:
                code = 0 if time.monotonic() - started < 3.0 else 2
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_f23_a_cursor_that_does_not_advance_ends_the_listing_with_a_warning(
    cloud: FakeTuyaCloud, client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def page(event: int) -> dict[str, Any]:
        logs = [{"event_id": event, "code": "switch_led", "value": "true", "event_time": 1700000000000 + event}]
        return {"success": True, "t": 1, "result": {"logs": logs, "has_next": True, "next_row_key": "k1"}}

    cloud.inject("devices.list_logs", reply=page(1))
    cloud.inject("devices.list_logs", reply=page(2))  # says more follow, from the same row key again
    cloud.inject("devices.list_logs", reply=page(3))
    with caplog.at_level(logging.WARNING, logger="tuya_cloud"):
        logs = list(
            client.devices.iter_list_logs(
                device_id=Seed.LIGHT_ID, type=[1], start_time=1700000000000, end_time=1700000600000
            )
        )
    assert [entry.event_id for entry in logs] == [1, 2]
    assert any("does not advance" in record.getMessage() for record in caplog.records)
