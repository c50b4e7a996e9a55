"""The async part of the benchmark: AsyncTuyaCloud against a bare aiohttp floor on the same fake cloud.

Per call: client CPU of `devices.get_status` and `device_control.send_commands` at a fixed number
of coroutines in flight (1 and 16), against the floor: one aiohttp.ClientSession, inline HMAC
signing and `json.loads`, with the same timeouts. Throughput: `get_status` calls per second with 1,
16 and 64 coroutines sharing one client. Everything runs on one event loop in this process; the
fake cloud runs in its own process. The SDK client is made with max_concurrency=64 so that the
number of coroutines is the number of requests in flight for both contenders.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import hmac
import json
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

COMMAND = [{"code": "switch_led", "value": True}]
TIMEOUT = (5.0, 30.0)  # the SDK's default (connect, read)

AsyncCall = Callable[[], Awaitable[object]]
LIMITED = "tuya_cloud+limits"  # rate_limit so high that it never waits, on top of the max_concurrency below


class ServerInfo(Protocol):
    base_url: str
    access_id: str
    secret: str


class AsyncFloorClient:
    """The floor: one aiohttp.ClientSession, inline HMAC signing (protocol.md §1), json parsing. Nothing else."""

    def __init__(self, server: ServerInfo, session: Any) -> None:
        import aiohttp

        self.session = session
        self.base = server.base_url
        self.client_id = server.access_id
        self.key = server.secret.encode()
        self.token = ""
        self.timeout = aiohttp.ClientTimeout(total=None, sock_connect=TIMEOUT[0], sock_read=TIMEOUT[1])

    async def connect(self) -> None:
        self.token = str((await self.request("GET", "/v1.0/token?grant_type=1"))["result"]["access_token"])

    async def request(self, method: str, url: str, body: Any = None) -> dict[str, Any]:
        data = b"" if body is None else json.dumps(body, separators=(",", ":")).encode()
        t = str(int(time.time() * 1000))
        nonce = uuid.uuid4().hex
        to_sign = f"{method}\n{hashlib.sha256(data).hexdigest()}\n\n{url}"
        message = (self.client_id + self.token + t + nonce + to_sign).encode()
        headers = {
            "client_id": self.client_id,
            "sign": hmac.new(self.key, message, hashlib.sha256).hexdigest().upper(),
            "sign_method": "HMAC-SHA256",
            "t": t,
            "nonce": nonce,
        }
        if self.token:
            headers["access_token"] = self.token
        if body is not None:
            headers["Content-Type"] = "application/json"
        async with self.session.request(
            method, self.base + url, data=data or None, headers=headers, timeout=self.timeout
        ) as reply:
            envelope: dict[str, Any] = json.loads(await reply.read())
        if envelope.get("success") is not True:
            raise RuntimeError(f"floor {method} {url}: {envelope}")
        return envelope


async def _batch(call: AsyncCall, calls: int, coroutines: int) -> None:
    """`calls` calls by `coroutines` coroutines, each making its share one after another."""

    async def worker(count: int) -> None:
        for _ in range(count):
            await call()

    await asyncio.gather(*(worker(calls // coroutines) for _ in range(coroutines)))


def _summary(xs: list[float]) -> dict[str, float]:
    s = sorted(xs)
    q1, _, q3 = statistics.quantiles(s, n=4, method="inclusive") if len(s) > 1 else (s[0], s[0], s[0])
    return {"median": statistics.median(s), "q1": q1, "q3": q3, "min": s[0], "max": s[-1], "n": len(s)}


async def _per_call(
    ops: dict[str, dict[str, AsyncCall]], rounds: int, calls: int, warmup: int, levels: tuple[int, ...]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for op, contenders in ops.items():
        for call in contenders.values():
            await _batch(call, warmup, 1)
        for level in levels:
            cpu: dict[str, list[float]] = {name: [] for name in contenders}
            wall: dict[str, list[float]] = {name: [] for name in contenders}
            names = list(contenders)
            for r in range(rounds):
                for name in names[r % len(names) :] + names[: r % len(names)]:  # alternate who goes first
                    gc.collect()
                    c0, w0 = time.process_time(), time.perf_counter()
                    await _batch(contenders[name], calls, level)
                    cpu[name].append((time.process_time() - c0) / calls)
                    wall[name].append((time.perf_counter() - w0) / calls)
            out[f"{op}@{level}"] = {
                "op": op,
                "coroutines": level,
                "cpu_s": {k: _summary(v) for k, v in cpu.items()},
                "wall_s": {k: _summary(v) for k, v in wall.items()},
                # paired per round: the same round's SDK sample over the same round's floor sample
                "cpu_ratio": {
                    "tuya_cloud/floor": _summary([a / b for a, b in zip(cpu["tuya_cloud"], cpu["floor"], strict=True)])
                },
                # the same client with limits that never make it wait, over the plain one, paired per round
                "limiter_ratio": _summary([a / b for a, b in zip(cpu[LIMITED], cpu["tuya_cloud"], strict=True)])
                if LIMITED in cpu
                else None,
                "samples_cpu_s": cpu,
            }
    return out


async def _throughput(call: AsyncCall, total: int, rounds: int, levels: tuple[int, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for level in levels:
        rates: list[float] = []
        for _ in range(rounds):
            began = time.perf_counter()
            await _batch(call, total - total % level, level)
            rates.append((total - total % level) / (time.perf_counter() - began))
        out[str(level)] = _summary(rates)
    return out


async def _run(server: ServerInfo, device_id: str, plan: Any) -> dict[str, Any]:
    import aiohttp

    from tuya_cloud import AsyncTuyaCloud

    status_path = f"/v1.0/devices/{device_id}/status"
    command_path = f"/v1.0/devices/{device_id}/commands"
    async with (
        aiohttp.ClientSession() as session,
        AsyncTuyaCloud(server.access_id, server.secret, base_url=server.base_url, max_concurrency=64) as sdk,
        AsyncTuyaCloud(
            server.access_id, server.secret, base_url=server.base_url, max_concurrency=64, rate_limit=1_000_000.0
        ) as limited,
    ):
        floor = AsyncFloorClient(server, session)
        await floor.connect()
        ops: dict[str, dict[str, AsyncCall]] = {
            "get_status": {
                "floor": lambda: floor.request("GET", status_path),
                "tuya_cloud": lambda: sdk.devices.get_status(device_id=device_id),
                LIMITED: lambda: limited.devices.get_status(device_id=device_id),
            },
            "send_commands": {
                "floor": lambda: floor.request("POST", command_path, {"commands": COMMAND}),
                "tuya_cloud": lambda: sdk.device_control.send_commands(device_id=device_id, commands=COMMAND),
                LIMITED: lambda: limited.device_control.send_commands(device_id=device_id, commands=COMMAND),
            },
        }
        calls = await _per_call(
            ops, plan.async_rounds, plan.async_calls_per_round, plan.warmup_calls, plan.async_cpu_levels
        )
        throughput = await _throughput(
            ops["get_status"]["tuya_cloud"], plan.throughput_calls, plan.throughput_rounds, plan.coroutine_counts
        )
    return {"calls": calls, "throughput": throughput}


def bench_async(server: ServerInfo, device_id: str, plan: Any) -> dict[str, Any]:
    """Per-call CPU against the aiohttp floor, and throughput by coroutines; one event loop."""
    return asyncio.run(_run(server, device_id, plan))
