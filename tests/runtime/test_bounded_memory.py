"""Issue 23 points 2 and 5: memory stays flat however many calls a client with limits makes; threads churn no
connections.

Counted, not timed: tracemalloc's traced bytes after a warm-up and after more calls, with the fake
cloud's request log emptied before each count (its own bound is the fake's business) and its server
threads' allocations left out. Every per-call timeout differs when limits are set (the wait is taken
from it), which is what grew the sync client's old cache of urllib3 timeouts by one entry a call.
"""

from __future__ import annotations

import gc
import threading
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from tuya_cloud import TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed

Factory = Callable[..., TuyaCloud]
WARM_UP = 100
CALLS = 800
# Bytes: bounded state that comes and goes (asyncio keeps up to ~100 cancelled timer handles before it
# sweeps them) and no more; the old cache of urllib3 timeouts kept about 185 bytes a call, 150 KB here.
ALLOWED_GROWTH = 60_000


# The fake cloud serves in this process: what its handler threads hold mid-request is not the client's.
SERVER_SIDE = [
    tracemalloc.Filter(False, pattern)
    for pattern in (
        "*/socketserver.py",
        "*/http/server.py",
        "*/email/*",
        "*/tuya_cloud/testing/*",
        tracemalloc.__file__,
    )
]


def _traced_after(cloud: FakeTuyaCloud, client: Any, calls: int) -> int:
    for _ in range(calls):
        client.devices.get_status(device_id=Seed.LIGHT_ID, timeout=30)
    cloud.reset_log()
    gc.collect()
    snapshot = tracemalloc.take_snapshot().filter_traces(SERVER_SIDE)
    return sum(stat.size for stat in snapshot.statistics("filename"))


def test_issue23_a_client_with_limits_keeps_no_state_per_call(
    cloud: FakeTuyaCloud, connect: Factory, client_kind: str
) -> None:
    if client_kind == "sync-requests":
        pytest.skip("requests' own path keeps no cache of ours; the pooled path and aiohttp's do")
    client = connect(
        rate_limit=100_000.0,
        max_concurrency=4,
        operation_rate_limits={"devices.get_status": 100_000.0},
    )
    tracemalloc.start()
    try:
        before = _traced_after(cloud, client, WARM_UP)
        after = _traced_after(cloud, client, CALLS)
    finally:
        tracemalloc.stop()
    growth = after - before
    assert growth < ALLOWED_GROWTH, f"{growth / CALLS:.0f} bytes kept per call"


def test_issue23_64_threads_share_the_pool_without_opening_more_connections(cloud: FakeTuyaCloud) -> None:
    """Issue 23 point 5: the pool keeps a connection for every thread; none is opened and thrown away.

    Counted by the fake cloud (TCP connections it accepted), not timed: each of 64 threads needs at
    most one connection at a time, so two rounds of calls open at most 64 (the old pool of 32 opened
    and closed extras on every burst).
    """
    threads, per_thread = 64, 10
    with cloud.client() as client:
        client.devices.get_status(device_id=Seed.LIGHT_ID)  # the token, on a connection of its own
        start = threading.Barrier(threads)

        def calls() -> None:
            start.wait()
            for _ in range(per_thread):
                client.devices.get_status(device_id=Seed.LIGHT_ID)

        for _ in range(2):
            workers = [threading.Thread(target=calls) for _ in range(threads)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
        assert cloud.calls("devices.get_status", succeeded=True) == 1 + 2 * threads * per_thread
    assert cloud.connections <= threads
