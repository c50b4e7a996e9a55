"""Fleets: processes that share one Access ID share one token and one call budget.

Each fleet member is a real process (fleet_worker.py) calling the fake cloud over HTTP; shared state
lives in a file or in a real redis-server started here on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import subprocess
import sys
import time
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from tuya_cloud import AsyncRedisRateLimiter, AsyncRedisTokenStore, FileTokenStore, RedisRateLimiter, Token
from tuya_cloud.testing import FakeTuyaCloud

WORKER = Path(__file__).with_name("fleet_worker.py")


def _fleet(cloud: FakeTuyaCloud, processes: int, calls: int, transport: str, *options: str) -> list[dict[str, Any]]:
    """Start `processes` workers that all begin calling at the same instant, on `transport` (see
    tests/conftest.py); their JSON summaries."""
    start_at = time.time() + 3.0  # time for every interpreter to start and import
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                cloud.base_url,
                str(start_at),
                str(calls),
                "--transport",
                transport,
                *options,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(processes)
    ]
    summaries = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        summaries.append(json.loads(out))
    return summaries


@pytest.fixture(params=["pooled", "requests"])
def fleet_transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _refused(cloud: FakeTuyaCloud) -> int:
    return sum(1 for r in cloud.requests if r.code in {1110, 1199})


# ---------------------------------------------------------------- Redis: one token, one budget


def test_two_processes_sharing_redis_store_and_limiter_stay_inside_the_limit(
    redis_url: str, fleet_transport: str
) -> None:
    prefix = f"tuya-test:{uuid.uuid4().hex}"
    with FakeTuyaCloud(rate_limit=5) as cloud:
        shared = _fleet(
            cloud,
            2,
            15,
            fleet_transport,
            "--store",
            f"redis:{redis_url}",
            "--limiter",
            f"redis:{redis_url}:5",
            "--key-prefix",
            prefix,
        )
        shared_grants, shared_refused = cloud.token_grants + cloud.token_refreshes, _refused(cloud)

    with FakeTuyaCloud(rate_limit=5) as cloud:  # the same fleet, each process with a limiter of its own
        alone = _fleet(
            cloud,
            2,
            15,
            fleet_transport,
            "--store",
            f"redis:{redis_url}",
            "--limiter",
            "local:5",
            "--key-prefix",
            prefix + ":alone",
        )
        alone_refused = _refused(cloud)

    assert [s["errors"] for s in shared] == [[], []]
    assert sum(s["rate_limited"] for s in shared) == 0 and shared_refused == 0
    assert sum(s["ok"] for s in shared) == 30
    assert shared_grants == 1  # one token for the whole fleet
    # each process keeps its own 5/s, so together they send 10/s and Tuya's 5/s refuses the excess
    assert sum(s["rate_limited"] for s in alone) == alone_refused > 0


def test_the_redis_limiter_spaces_reservations_on_redis_time(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    limiter = RedisRateLimiter(client, key=f"tuya-test:{uuid.uuid4().hex}", rate=10)
    waits = [limiter.reserve(10.0) for _ in range(4)]
    assert waits[0] == pytest.approx(0.0, abs=0.01)
    assert all(b - a == pytest.approx(0.1, abs=0.03) for a, b in itertools.pairwise(waits))
    assert limiter.reserve(0.0) > 0.0  # refused: nothing reserved
    assert limiter.reserve(10.0) == pytest.approx(waits[-1] + 0.1, abs=0.05)
    client.close()


def test_the_async_redis_twins_share_the_same_state(redis_url: str) -> None:
    import redis
    import redis.asyncio

    key = f"tuya-test:{uuid.uuid4().hex}"

    async def scenario() -> tuple[list[float], Token | None]:
        aclient = redis.asyncio.Redis.from_url(redis_url)
        limiter = AsyncRedisRateLimiter(aclient, key=key + ":rate", rate=5)
        store = AsyncRedisTokenStore(aclient, key=key + ":token")
        waits = list(await asyncio.gather(*(limiter.reserve(10.0) for _ in range(5))))
        async with store.renewal_lock():
            await store.save(Token("access", "refresh", time.time() + 7200, "uid"))
        loaded = await store.load()
        await aclient.aclose()
        return waits, loaded

    waits, loaded = asyncio.run(scenario())
    assert sorted(waits)[-1] == pytest.approx(0.8, abs=0.05)  # 5 coroutines, 0.2 s apart
    assert loaded is not None and loaded.access_token == "access"
    sync = redis.Redis.from_url(redis_url)
    assert json.loads(sync.get(key + ":token") or b"{}")["refresh_token"] == "refresh"  # readable by a sync store
    assert 0 < sync.pttl(key + ":token") <= (7200 + 60) * 1000  # gone a minute after the token expires
    sync.close()


# ---------------------------------------------------------------- one token file, one renewal


def _stale_token_file(cloud: FakeTuyaCloud, path: Path) -> None:
    """A token the fake cloud issued, stored as if it had expired: every process must renew it."""
    store = FileTokenStore(path)
    with cloud.client(token_store=store) as client:
        client.devices.get(device_id="vdevo170000000000101")
    token = store.load()
    assert token is not None
    path.write_text(json.dumps({**asdict(token), "expires_at": time.time() - 1}), encoding="utf-8")


def test_two_processes_renewing_through_one_token_file_at_once_renew_once(tmp_path: Path, fleet_transport: str) -> None:
    with FakeTuyaCloud() as cloud:
        path = tmp_path / "token.json"
        _stale_token_file(cloud, path)
        cloud.inject("token.refresh", times=None, latency=0.5)  # a wide window for the race
        cloud.inject("token.get", times=None, latency=0.5)
        before = cloud.token_grants + cloud.token_refreshes
        summaries = _fleet(cloud, 2, 1, fleet_transport, "--store", f"file:{path}")
        renewals = cloud.token_grants + cloud.token_refreshes - before
    assert [s["errors"] for s in summaries] == [[], []] and [s["ok"] for s in summaries] == [1, 1]
    assert renewals == 1
    assert sorted(s["renewals"] for s in summaries) == [0, 1]


def test_without_the_lock_the_same_two_processes_renew_twice(tmp_path: Path, fleet_transport: str) -> None:
    with FakeTuyaCloud() as cloud:
        path = tmp_path / "token.json"
        _stale_token_file(cloud, path)
        cloud.inject("token.refresh", times=None, latency=0.5)
        cloud.inject("token.get", times=None, latency=0.5)
        before = cloud.token_grants + cloud.token_refreshes
        summaries = _fleet(cloud, 2, 1, fleet_transport, "--store", f"file-unlocked:{path}")
        renewals = cloud.token_grants + cloud.token_refreshes - before
    assert [s["ok"] for s in summaries] == [1, 1]
    assert renewals >= 2  # one refresh wins; the other finds its refresh token spent and grants anew
