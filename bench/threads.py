"""Calls/s and new connections per 1,000 calls by thread count, for one TuyaCloud (issue 23 point 5).

The fake cloud runs in a process of its own and counts the TCP connections it accepts. Each level
first warms up (a round like the measured one, so the pool holds what that many threads need),
then makes a fixed number of calls split across the threads; churn is the connections opened
during those calls. Target: 0 at every level, 64 and 128 threads included.
"""

from __future__ import annotations

import threading
import time
from typing import Any

LEVELS = (1, 16, 64, 128)
CALLS = 2_560  # per level, divisible by every level
WARM_UP_PER_THREAD = 4  # at least; a warm-up round is as long as the measured one


def _hammer(client: Any, device_id: str, count: int, start: threading.Barrier, errors: list[BaseException]) -> None:
    start.wait()
    try:
        for _ in range(count):
            client.devices.get_status(device_id=device_id)
    except BaseException as exc:  # reported by the caller
        errors.append(exc)


def _round(client: Any, device_id: str, threads: int, per_thread: int) -> float:
    errors: list[BaseException] = []
    start = threading.Barrier(threads + 1)
    workers = [
        threading.Thread(target=_hammer, args=(client, device_id, per_thread, start, errors)) for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    start.wait()
    began = time.perf_counter()
    for worker in workers:
        worker.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - began


def bench_threads(device_id: str, levels: tuple[int, ...] = LEVELS, calls: int = CALLS) -> dict[str, Any]:
    from fake_process import fake_process

    from tuya_cloud import TuyaCloud

    out: dict[str, Any] = {"calls": calls, "levels": {}}
    with fake_process() as fake, TuyaCloud(fake.access_id, fake.secret, base_url=fake.base_url) as client:
        for threads in levels:
            _round(client, device_id, threads, max(WARM_UP_PER_THREAD, calls // threads))
            before = fake.connections()
            wall = _round(client, device_id, threads, calls // threads)
            opened = fake.connections() - before
            fake.reset_log()
            out["levels"][threads] = {"calls_per_s": calls / wall, "new_per_1000": opened * 1000 / calls}
    return out


def markdown_rows(result: dict[str, Any]) -> list[str]:
    rows = []
    for threads, level in result["levels"].items():
        figure = f"{level['calls_per_s']:,.0f} calls/s; {level['new_per_1000']:.1f} new connections per 1,000 calls"
        ok = "pass" if level["new_per_1000"] == 0 else "**miss**"
        rows.append(f"| threads: TuyaCloud at {threads} threads | {figure} | 0 new connections | {ok} |")
    return rows
