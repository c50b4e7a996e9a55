"""The fake cloud at fleet scale: server CPU to page through every device of a large account.

The fake runs as users start it (`python -m tuya_cloud.testing --fleet N`) in its own process, so its
CPU is read from /proc (Linux) apart from the client's. The client pages `devices.list_for_user` with
page_size=100 until a short page; the same is done for a small account, so that the CPU per page at
both sizes stands side by side: a fake whose cost is per page shows the same figure at both.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

LARGE = 100_000
SMALL = 1_000
PAGE_SIZE = 100
TARGET_S = 2.0  # server CPU to page through LARGE devices
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float | None:
    """User plus system CPU of a process so far, from /proc (None where there is no /proc)."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return None
    fields = stat.read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime


def _start(fleet: int) -> tuple[subprocess.Popen[str], dict[str, str]]:
    command = [sys.executable, "-m", "tuya_cloud.testing", "--fleet", str(fleet)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    settings: dict[str, str] = {}
    assert process.stdout is not None
    while len(settings) < 3:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the fake cloud (fleet {fleet}) exited before printing its settings")
        key, _, value = line.strip().partition("=")
        settings[key] = value
    return process, settings


def _page_through(fleet: int) -> dict[str, Any]:
    from tuya_cloud import TuyaCloud
    from tuya_cloud.testing import Seed

    process, settings = _start(fleet)
    try:
        with TuyaCloud(
            access_id=settings["TUYA_ACCESS_ID"],
            access_secret=settings["TUYA_ACCESS_SECRET"],
            base_url=settings["TUYA_BASE_URL"],
        ) as client:
            client.devices.get(device_id=Seed.LIGHT_ID)  # token and connection first: not part of the paging
            before, began = _cpu_seconds(process.pid), time.perf_counter()
            devices, pages = 0, 0
            while True:
                page = client.devices.list_for_user(uid=Seed.USER_ID, page_no=pages + 1, page_size=PAGE_SIZE)
                pages, devices = pages + 1, devices + len(page)
                if len(page) < PAGE_SIZE:
                    break
            wall = time.perf_counter() - began
            after = _cpu_seconds(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    cpu = None if before is None or after is None else after - before
    return {"devices": devices, "pages": pages, "server_cpu_s": cpu, "wall_s": wall}


def bench_fake_scale(rounds: int = 1) -> dict[str, Any]:
    """Server CPU to page through LARGE and SMALL accounts, `rounds` times each, alternating."""
    runs: dict[int, list[dict[str, Any]]] = {LARGE: [], SMALL: []}
    for _ in range(rounds):
        for fleet in (LARGE, SMALL):
            runs[fleet].append(_page_through(fleet))
    out: dict[str, Any] = {"page_size": PAGE_SIZE, "target_s": TARGET_S}
    for fleet, results in runs.items():
        measured = [r for r in results if r["server_cpu_s"] is not None]
        out[str(fleet)] = {
            "devices": results[0]["devices"],
            "pages": results[0]["pages"],
            "server_cpu_s": statistics.median(r["server_cpu_s"] for r in measured) if measured else None,
            "server_cpu_ms_per_page": statistics.median(r["server_cpu_s"] / r["pages"] * 1000 for r in measured)
            if measured
            else None,
            "wall_s": statistics.median(r["wall_s"] for r in results),
        }
    return out


def markdown_rows(result: dict[str, Any]) -> list[str]:
    """Rows for bench/run.py's table: | measure | value | target | pass/miss |."""
    large, small = result[str(LARGE)], result[str(SMALL)]
    if large["server_cpu_s"] is None:
        return [f"| fake cloud: server CPU to page {LARGE:,} devices | unavailable (no /proc) | < 2 s | — |"]
    verdict = "pass" if large["server_cpu_s"] < TARGET_S else "miss"
    return [
        f"| fake cloud: server CPU to page {large['devices']:,} devices ({large['pages']} pages of {PAGE_SIZE}) "
        f"| {large['server_cpu_s']:.2f} s (wall {large['wall_s']:.1f} s) | < {TARGET_S:g} s | {verdict} |",
        f"| fake cloud: server CPU per page, {LARGE:,} vs {SMALL:,} devices "
        f"| {large['server_cpu_ms_per_page']:.2f} vs {small['server_cpu_ms_per_page']:.2f} ms | — | — |",
    ]


if __name__ == "__main__":
    figures = bench_fake_scale()
    print("\n".join(markdown_rows(figures)))
