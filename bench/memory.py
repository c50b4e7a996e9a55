"""RSS of a client with limits after 100,000 calls against after 1,000 (issue 23 point 2), both clients.

Each client runs in a fresh process of its own (bench/memory.py --child sync|async), against the
fake cloud in another (fake_process.py), whose request log is emptied every 10,000 calls. The
child reads its own RSS from /proc/self/status after `first` and after `total` calls and prints
both. Target: under 1 MB of growth.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_GROWTH_MB = 1.0
LIMITS: dict[str, Any] = {
    "rate_limit": 1_000_000.0,
    "max_concurrency": 8,
    "operation_rate_limits": {"devices.get_status": 1_000_000.0},
}


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _child(kind: str, base_url: str, access_id: str, secret: str, device_id: str, first: int, total: int) -> None:
    marks: dict[str, float] = {}

    def mark(done: int) -> None:
        if done == first:
            marks["rss_first_mb"] = _rss_mb()
        if done % 10_000 == 0:
            print("reset", flush=True)  # the parent empties the fake's request log
            sys.stdin.readline()

    if kind == "sync":
        from tuya_cloud import TuyaCloud

        with TuyaCloud(access_id, secret, base_url=base_url, **LIMITS) as client:
            for done in range(1, total + 1):
                client.devices.get_status(device_id=device_id)
                mark(done)
    else:
        from tuya_cloud import AsyncTuyaCloud

        async def run() -> None:
            async with AsyncTuyaCloud(access_id, secret, base_url=base_url, **LIMITS) as client:
                for done in range(1, total + 1):
                    await client.devices.get_status(device_id=device_id)
                    mark(done)

        asyncio.run(run())
    marks["rss_last_mb"] = _rss_mb()
    print(json.dumps(marks), flush=True)


def bench_memory(device_id: str, first: int = 1_000, total: int = 100_000) -> dict[str, Any]:
    """{client: {rss_first_mb, rss_last_mb, growth_mb}} for TuyaCloud and AsyncTuyaCloud."""
    from fake_process import fake_process

    out: dict[str, Any] = {"first": first, "total": total, "target_growth_mb": TARGET_GROWTH_MB}
    for kind in ("sync", "async"):
        with fake_process() as fake:
            args = [kind, fake.base_url, fake.access_id, fake.secret, device_id, str(first), str(total)]
            child = subprocess.Popen(
                [sys.executable, str(HERE / "memory.py"), "--child", *args],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ},
            )  # fmt: skip
            assert child.stdin is not None and child.stdout is not None
            for line in child.stdout:
                if line.strip() == "reset":
                    fake.reset_log()
                    child.stdin.write("\n")
                    child.stdin.flush()
                    continue
                marks = json.loads(line)
                marks["growth_mb"] = marks["rss_last_mb"] - marks["rss_first_mb"]
                out[kind] = marks
            if child.wait() != 0:
                raise RuntimeError(f"the {kind} memory child failed (code {child.returncode})")
    return out


def markdown_rows(result: dict[str, Any]) -> list[str]:
    rows = []
    for kind, name in (("sync", "TuyaCloud"), ("async", "AsyncTuyaCloud")):
        marks = result[kind]
        figure = (
            f"RSS {marks['rss_first_mb']:.1f} MB after {result['first']:,} calls, {marks['rss_last_mb']:.1f} MB after "
            f"{result['total']:,}: growth {marks['growth_mb']:+.2f} MB"
        )
        ok = "pass" if marks["growth_mb"] < result["target_growth_mb"] else "**miss**"
        rows.append(f"| memory: {name} with limits | {figure} | growth < {result['target_growth_mb']:g} MB | {ok} |")
    return rows


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    kind, base_url, access_id, secret, device_id, first, total = sys.argv[2:9]
    _child(kind, base_url, access_id, secret, device_id, int(first), int(total))
