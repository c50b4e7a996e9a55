"""Client-side limits, quota and rate-limit errors against a fake cloud that enforces Tuya's limits.

Timing assertions are lower bounds only (a loaded machine makes calls slower, never faster).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tuya_cloud import (
    QuotaError,
    QuotaExceededError,
    RateLimiter,
    RateLimitError,
    TuyaAPIError,
    TuyaCloud,
    TuyaConfigError,
    TuyaError,
    TuyaLimitTimeoutError,
    TuyaTimeoutError,
)
from tuya_cloud._runtime.limits import Gate
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed

LIGHT = Seed.LIGHT_ID
COMMAND = [{"code": "switch_led", "value": True}]


def _in_threads(threads: int, calls: int, call: Callable[[], object]) -> list[object]:
    """Run `call` `calls` times from `threads` threads; returns results and exceptions alike."""

    def guarded(_: int) -> object:
        try:
            return call()
        except TuyaError as exc:
            return exc

    with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(guarded, range(calls)))


def _answered(cloud: FakeTuyaCloud, code: int) -> int:
    return sum(1 for record in cloud.requests if record.code == code)


# ---------------------------------------------------------------- calls per second


def test_40_calls_from_8_threads_at_5_per_second_take_7_5_s_and_get_no_1199(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud(rate_limit=5) as cloud, cloud.client(**sync_transport, rate_limit=5, max_retries=0) as client:
        started = time.monotonic()
        results = _in_threads(8, 40, lambda: client.devices.get_status(device_id=LIGHT))
        elapsed = time.monotonic() - started
    assert [r for r in results if isinstance(r, Exception)] == []
    assert elapsed >= 7.5  # 41 evenly spaced sends (the token grant counts too): 40 gaps of 0.2 s
    assert _answered(cloud, 1199) == 0
    assert cloud.calls("devices.get_status", succeeded=True) == 40


def test_the_same_burst_without_a_client_limit_is_refused_with_1199(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud(rate_limit=5) as cloud, cloud.client(**sync_transport, max_retries=0) as client:
        results = _in_threads(8, 40, lambda: client.devices.get_status(device_id=LIGHT))
    refused = [r for r in results if isinstance(r, RateLimitError)]
    assert len(refused) >= 40 - 10  # a bucket of 5 refilled at 5/s lets few through a sub-second burst
    assert all(r.code == 1199 and "the client's rate limit" in str(r) for r in refused)
    assert _answered(cloud, 1199) == len(refused)


def test_an_operation_limit_slows_only_that_operation(sync_transport: dict[str, Any]) -> None:
    limits = {"devices.get_status": 2.0}
    with (
        FakeTuyaCloud(operation_rate_limits=limits) as cloud,
        cloud.client(**sync_transport, operation_rate_limits=limits) as client,
    ):
        client.devices.get(device_id=LIGHT)  # the token grant, and an unlimited operation
        started = time.monotonic()
        for _ in range(5):
            client.devices.get_status(device_id=LIGHT)
        limited = time.monotonic() - started
        for _ in range(5):
            client.devices.get(device_id=LIGHT)
    assert limited >= 2.0  # 5 calls, 0.5 s apart
    assert _answered(cloud, 1199) == 0


def test_a_shared_limiter_paces_two_clients_together(sync_transport: dict[str, Any]) -> None:
    shared = RateLimiter(5)
    with FakeTuyaCloud(rate_limit=5) as cloud, cloud.client(**sync_transport, rate_limit=shared) as one:
        two = one.with_options(timeout=10)  # a copy shares the limiter too
        three = cloud.client(**sync_transport, rate_limit=shared, token_store=None, max_retries=0)
        started = time.monotonic()
        _in_threads(4, 4, lambda: one.devices.get(device_id=LIGHT))
        _in_threads(4, 4, lambda: two.devices.get(device_id=LIGHT))
        _in_threads(4, 4, lambda: three.devices.get(device_id=LIGHT))
        elapsed = time.monotonic() - started
    assert elapsed >= 13 * 0.2  # 14 sends (12 calls, two grants) through one 5/s budget
    assert _answered(cloud, 1199) == 0


def test_a_reservation_keeps_sends_evenly_spaced() -> None:
    limiter = RateLimiter(10)
    waits = [limiter.reserve(10.0) for _ in range(5)]
    assert waits[0] == 0.0
    assert all(b - a == pytest.approx(0.1, abs=0.02) for a, b in itertools.pairwise(waits))
    assert limiter.reserve(0.0) > 0.0  # too long a wait: refused, and nothing reserved
    assert limiter.reserve(10.0) == pytest.approx(0.5, abs=0.05)


# ---------------------------------------------------------------- requests in flight


def test_max_concurrency_keeps_requests_in_flight_under_the_projects_cap(sync_transport: dict[str, Any]) -> None:
    with (
        FakeTuyaCloud(max_concurrency=2) as cloud,
        cloud.client(**sync_transport, max_concurrency=2, max_retries=0) as client,
    ):
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", times=None, latency=0.2)
        results = _in_threads(8, 16, lambda: client.devices.get_status(device_id=LIGHT))
    assert [r for r in results if isinstance(r, Exception)] == []
    assert cloud.peak_in_flight <= 2
    assert _answered(cloud, 1110) == 0


def test_without_a_cap_the_same_threads_get_1110(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud(max_concurrency=2) as cloud, cloud.client(**sync_transport, max_retries=0) as client:
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", times=None, latency=0.2)
        results = _in_threads(8, 16, lambda: client.devices.get_status(device_id=LIGHT))
    refused = [r for r in results if isinstance(r, RateLimitError)]
    assert refused and all(r.code == 1110 for r in refused)
    assert cloud.peak_in_flight > 2


# ---------------------------------------------------------------- waiting counts against the timeout


def test_a_rate_limit_wait_longer_than_the_timeout_fails_at_once_and_sends_nothing(
    sync_transport: dict[str, Any],
) -> None:
    with (
        FakeTuyaCloud() as cloud,
        cloud.client(**sync_transport, rate_limit=1) as client,
        pytest.raises(TuyaLimitTimeoutError) as caught,
    ):
        client.devices.get_status(device_id=LIGHT, timeout=0.5)  # the grant took this second's slot
    error = caught.value
    assert isinstance(error, TuyaTimeoutError)
    assert error.operation == "devices.get_status"
    assert "0.5 s timeout" in str(error) and "rate limit (1 calls/s)" in str(error)
    assert "nothing was sent" in str(error)
    assert cloud.calls("devices.get_status") == 0
    assert cloud.token_grants == 1


def test_a_concurrency_wait_longer_than_the_timeout_says_so(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud() as cloud, cloud.client(**sync_transport, max_concurrency=1) as client:
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", latency=1.5)
        busy = threading.Thread(target=lambda: client.devices.get_status(device_id=LIGHT))
        busy.start()
        while cloud.in_flight == 0:
            time.sleep(0.01)
        try:
            with pytest.raises(TuyaLimitTimeoutError, match=r"max_concurrency=1.*nothing was sent") as caught:
                client.devices.get(device_id=LIGHT, timeout=0.3)
        finally:
            busy.join()
    assert caught.value.waited >= 0.3
    assert cloud.calls("devices.get") == 1


def test_time_spent_waiting_is_taken_from_the_requests_own_timeout(sync_transport: dict[str, Any]) -> None:
    # 0.5 s spacing and a 0.8 s timeout: the call waits 0.5 s for its slot, so its request has about
    # 0.3 s left, less than the 0.5 s the fake cloud takes to answer. Without a limit it would succeed.
    with FakeTuyaCloud() as cloud, cloud.client(**sync_transport, rate_limit=2, max_retries=0) as client:
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", latency=0.5)
        with pytest.raises(TuyaTimeoutError) as caught:
            client.devices.get_status(device_id=LIGHT, timeout=0.8)
    assert not isinstance(caught.value, TuyaLimitTimeoutError)  # it was sent, and timed out waiting for the reply


def test_bad_limit_settings_are_refused_up_front(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud() as cloud:
        cases: list[tuple[dict[str, Any], str]] = [
            ({"rate_limit": 0}, "rate_limit must be a positive number"),
            ({"rate_limit": "fast"}, "rate_limit must be calls per second"),
            ({"max_concurrency": 0}, "max_concurrency must be >= 1"),
            ({"operation_rate_limits": {"devices.get": -1}}, "operation_rate_limits"),
            ({"on_response": 5}, "on_response must be a callable"),
        ]
        for kwargs, words in cases:
            with pytest.raises(TuyaConfigError, match=words):
                cloud.client(**sync_transport, **kwargs)
        assert cloud.requests == []


# ---------------------------------------------------------------- quota and rate-limit errors


def test_a_used_up_quota_raises_after_exactly_one_request(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud(quota=3) as cloud, cloud.client(**sync_transport, max_retries=5) as client:
        client.devices.get_status(device_id=LIGHT)  # the grant and this call use 2 of 3
        client.devices.get(device_id=LIGHT)
        before = len(cloud.requests)
        with pytest.raises(QuotaExceededError) as caught:
            client.devices.get_status(device_id=LIGHT, allow_retry=True)
        assert len(cloud.requests) - before == 1
    error = caught.value
    assert isinstance(error, QuotaError) and isinstance(error, TuyaAPIError)
    assert error.code == 28841004
    text = str(error)
    assert "Trial Edition" in text and "26,000 calls a month" in text and "retrying does not help" in text


def test_the_quota_stops_commands_too_and_refills(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud(quota=1) as cloud, cloud.client(**sync_transport) as client:
        with pytest.raises(QuotaExceededError):
            client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)  # the grant used the quota
        assert cloud.token_grants == 1 and cloud.calls("device_control.send_commands", succeeded=True) == 0
        cloud.limits.refill_quota()
        cloud.limits.quota = 10
        assert client.device_control.send_commands(device_id=LIGHT, commands=COMMAND) is True


def test_retry_safe_calls_back_off_at_least_a_second_from_1199(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud() as cloud, cloud.client(**sync_transport) as client:
        client.devices.get(device_id=LIGHT)
        cloud.inject("devices.get_status", error_code=1199)
        started = time.monotonic()
        client.devices.get_status(device_id=LIGHT)
        assert time.monotonic() - started >= 1.0
        assert cloud.calls("devices.get_status") == 2


def test_a_command_refused_with_1110_is_not_sent_again(sync_transport: dict[str, Any]) -> None:
    with FakeTuyaCloud() as cloud, cloud.client(**sync_transport) as client:
        cloud.inject("device_control.send_commands", error_code=1110)
        with pytest.raises(RateLimitError) as caught:
            client.device_control.send_commands(device_id=LIGHT, commands=COMMAND)
        assert caught.value.code == 1110 and "concurrency cap" in str(caught.value)
        assert cloud.calls("device_control.send_commands") == 1


def test_a_client_without_limits_or_hooks_skips_them() -> None:
    client = TuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9")
    assert client._gate is None and client._hooks is None  # nothing configured: calls skip both


# ---------------------------------------------------------------- the gate's async face


def test_the_gates_async_face_paces_coroutines_and_caps_them() -> None:
    gate = Gate(RateLimiter(20), {}, 3)
    inside = peak = 0

    async def one() -> None:
        nonlocal inside, peak
        await gate.aenter("devices.get_status", 10.0)
        inside += 1
        peak = max(peak, inside)
        await asyncio.sleep(0.05)
        inside -= 1
        gate.aleave()

    async def scenario() -> float:
        started = time.monotonic()
        await asyncio.gather(*(one() for _ in range(12)))
        return time.monotonic() - started

    assert asyncio.run(scenario()) >= 11 * 0.05  # 12 starts, 1/20 s apart
    assert peak <= 3


def test_the_gates_async_face_says_when_the_timeout_runs_out() -> None:
    gate = Gate(None, {}, 1)

    async def scenario() -> None:
        await gate.aenter("devices.get", 1.0)  # holds the only slot
        await gate.aenter("devices.get_status", 0.2)

    with pytest.raises(TuyaLimitTimeoutError, match=r"devices.get_status: the call's 0.2 s timeout.*max_concurrency=1"):
        asyncio.run(scenario())
