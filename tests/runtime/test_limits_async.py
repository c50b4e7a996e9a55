"""AsyncTuyaCloud under limits: coroutines instead of threads, against the same fake cloud.

Timing assertions are lower bounds only (a loaded machine makes calls slower, never faster).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from tuya_cloud import (
    AsyncRedisRateLimiter,
    AsyncRedisTokenStore,
    AsyncTuyaCloud,
    CallCounter,
    FileTokenStore,
    QuotaExceededError,
    RateLimitError,
    ResponseEvent,
    TuyaError,
    TuyaLimitTimeoutError,
    TuyaTimeoutError,
)
from tuya_cloud.testing import FakeTuyaCloud
from tuya_cloud.testing.world import Seed

LIGHT = Seed.LIGHT_ID


async def _gathered(calls: int, call: Callable[[], Awaitable[object]]) -> list[object]:
    """`calls` coroutines at once; results and TuyaErrors alike."""

    async def guarded() -> object:
        try:
            return await call()
        except TuyaError as exc:
            return exc

    return list(await asyncio.gather(*(guarded() for _ in range(calls))))


def _answered(cloud: FakeTuyaCloud, code: int) -> int:
    return sum(1 for record in cloud.requests if record.code == code)


def test_40_coroutines_at_5_per_second_take_7_5_s_and_get_no_1199() -> None:
    async def scenario(cloud: FakeTuyaCloud) -> tuple[list[object], float]:
        async with cloud.async_client(rate_limit=5, max_retries=0) as client:
            started = time.monotonic()
            results = await _gathered(40, lambda: client.devices.get_status(device_id=LIGHT))
            return results, time.monotonic() - started

    with FakeTuyaCloud(rate_limit=5) as cloud:
        results, elapsed = asyncio.run(scenario(cloud))
    assert [r for r in results if isinstance(r, Exception)] == []
    assert elapsed >= 7.5  # 41 evenly spaced sends (the token grant counts too)
    assert _answered(cloud, 1199) == 0
    assert cloud.calls("devices.get_status", succeeded=True) == 40


def test_the_same_coroutines_without_a_rate_limit_are_refused() -> None:
    async def scenario(cloud: FakeTuyaCloud) -> list[object]:
        async with cloud.async_client(max_retries=0) as client:
            return await _gathered(40, lambda: client.devices.get_status(device_id=LIGHT))

    with FakeTuyaCloud(rate_limit=5) as cloud:
        results = asyncio.run(scenario(cloud))
    refused = [r for r in results if isinstance(r, RateLimitError)]
    assert len(refused) >= 40 - 10 and _answered(cloud, 1199) == len(refused)


def test_async_waits_longer_than_the_timeout_fail_and_say_which_limit() -> None:
    async def scenario(cloud: FakeTuyaCloud) -> tuple[BaseException, BaseException]:
        async with cloud.async_client(rate_limit=1) as paced, cloud.async_client(max_concurrency=1) as capped:
            with pytest.raises(TuyaLimitTimeoutError) as rate:
                await paced.devices.get_status(device_id=LIGHT, timeout=0.5)  # the grant took this second
            await capped.devices.get(device_id=LIGHT)
            cloud.inject("devices.get_status", latency=1.0)
            busy = asyncio.ensure_future(capped.devices.get_status(device_id=LIGHT))
            while cloud.in_flight == 0:  # noqa: ASYNC110  # the count is the fake cloud's, set in its thread
                await asyncio.sleep(0.01)
            with pytest.raises(TuyaLimitTimeoutError) as slot:
                await capped.devices.get(device_id=LIGHT, timeout=0.3)
            await busy
            return rate.value, slot.value

    with FakeTuyaCloud() as cloud:
        rate, slot = asyncio.run(scenario(cloud))
    assert isinstance(rate, TuyaTimeoutError) and "rate limit (1 calls/s)" in str(rate)
    assert "max_concurrency=1" in str(slot) and "nothing was sent" in str(slot)
    assert cloud.calls("devices.get_status") == 1 and cloud.calls("devices.get") == 1


def test_async_quota_raises_after_exactly_one_request() -> None:
    async def scenario(cloud: FakeTuyaCloud) -> tuple[int, BaseException]:
        async with cloud.async_client(max_retries=5) as client:
            await client.devices.get(device_id=LIGHT)
            before = len(cloud.requests)
            with pytest.raises(QuotaExceededError) as caught:
                await client.devices.get_status(device_id=LIGHT, allow_retry=True)
            return len(cloud.requests) - before, caught.value

    with FakeTuyaCloud(quota=2) as cloud:
        sent, error = asyncio.run(scenario(cloud))
    assert sent == 1 and "Trial Edition" in str(error)


def test_async_hook_counter_equals_the_fake_clouds_request_count() -> None:
    counter = CallCounter()
    events: list[ResponseEvent] = []

    async def scenario(cloud: FakeTuyaCloud) -> None:
        async with cloud.async_client(on_response=[counter, events.append], rate_limit=50) as client:
            await asyncio.gather(*(client.devices.get_status(device_id=LIGHT) for _ in range(5)))
            cloud.inject("devices.get", http_status=503)
            await client.devices.get(device_id=LIGHT)
            cloud.inject("devices.get_status", error_code=1199)
            await client.devices.get_status(device_id=LIGHT)
            cloud.expire_tokens()
            await client.devices.get(device_id=LIGHT)
            cloud.inject("devices.get", latency=1.0)
            with pytest.raises(TuyaTimeoutError):
                await client.devices.get(device_id=LIGHT, timeout=0.2, max_retries=0)

    with FakeTuyaCloud() as cloud:
        asyncio.run(scenario(cloud))
        deadline = time.monotonic() + 10
        while cloud.in_flight and time.monotonic() < deadline:  # the timed-out request is still served
            time.sleep(0.05)
        log = list(cloud.requests)
    assert counter.total == len(log)
    assert counter.by_operation() == Counter(r.operation for r in log)
    assert counter.failures == 1 and events[-1].error == "TuyaTimeoutError"


# ---------------------------------------------------------------- shared state


def test_two_async_clients_share_one_redis_budget_and_one_token(redis_url: str) -> None:
    import redis.asyncio

    key = f"tuya-test:{uuid.uuid4().hex}"

    async def member(cloud: FakeTuyaCloud) -> list[object]:
        connection = redis.asyncio.Redis.from_url(redis_url)
        try:
            async with cloud.async_client(
                token_store=AsyncRedisTokenStore(connection, key=key + ":token"),
                rate_limit=AsyncRedisRateLimiter(connection, key=key + ":rate", rate=5),
                max_retries=0,
            ) as client:
                return await _gathered(10, lambda: client.devices.get_status(device_id=LIGHT))
        finally:
            await connection.aclose()

    async def fleet(cloud: FakeTuyaCloud) -> tuple[list[object], float]:
        started = time.monotonic()
        results = await asyncio.gather(member(cloud), member(cloud))
        return [r for part in results for r in part], time.monotonic() - started

    with FakeTuyaCloud(rate_limit=5) as cloud:
        results, elapsed = asyncio.run(fleet(cloud))
    assert [r for r in results if isinstance(r, Exception)] == []
    assert cloud.token_grants == 1 and _answered(cloud, 1199) == 0
    assert elapsed >= 20 * 0.2  # 21 sends through one 5/s budget


def test_two_event_loops_renewing_through_one_token_file_renew_once(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    with FakeTuyaCloud() as cloud:
        store = FileTokenStore(path)
        with cloud.client(token_store=store) as client:
            client.devices.get(device_id=LIGHT)
        token = store.load()
        assert token is not None
        path.write_text(json.dumps({**asdict(token), "expires_at": time.time() - 1}), encoding="utf-8")
        cloud.inject("token.refresh", times=None, latency=0.5)
        cloud.inject("token.get", times=None, latency=0.5)
        before = cloud.token_grants + cloud.token_refreshes
        start = threading.Barrier(2)
        results: list[Any] = []

        async def one() -> object:
            async with cloud.async_client(token_store=FileTokenStore(path)) as client:
                start.wait()  # both loops call at the same instant
                return await client.devices.get_status(device_id=LIGHT)

        threads = [threading.Thread(target=lambda: results.append(asyncio.run(one()))) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        renewals = cloud.token_grants + cloud.token_refreshes - before
    assert len(results) == 2 and all(results)
    assert renewals == 1


def test_an_async_client_refuses_a_sync_only_shape_of_limit_setting() -> None:
    with pytest.raises(TuyaError, match="rate_limit must be calls per second"):
        AsyncTuyaCloud(access_id="id", access_secret="secret", base_url="http://127.0.0.1:9", rate_limit="fast")  # type: ignore[arg-type]
