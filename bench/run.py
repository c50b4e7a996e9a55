"""Benchmark suite: import time, per-call client CPU/wall (Python and TypeScript), throughput, generation time.

The async client's part (per-call CPU against a bare aiohttp floor, throughput by coroutines) is in
async_calls.py and runs when aiohttp is installed; start-up cost at 1x and 2x spec (first call, generator) in
startup.py; the message service's (CPU per event against a bare websockets loop and TuyaOpenPulsar) is in
events.py and runs when the events extra is installed.

Run with `nox -s bench` (installs the peer libraries tinytuya and tuya-connector-python into the bench
environment only) or `python bench/run.py` in any environment that has tuya_cloud and the `dev` dependency group.
Writes bench/results/bench-<stamp>.json and .md plus latest.json / latest.md. Every loop has a fixed count.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import hashlib
import hmac
import importlib.util
import io
import json
import os
import platform
import pstats
import queue
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PY = sys.executable
COMMAND = [{"code": "switch_led", "value": True}]
HTTP_TIMEOUT = (5.0, 30.0)  # same (connect, read) timeout as the SDK's default
LIMITED = "tuya_cloud+limits"  # the SDK with rate_limit and max_concurrency set so high they never wait
LIMITER_OVERHEAD_TARGET = 1.05  # the limiter may add at most 5 % client CPU per call when it need not wait
CALL_TARGETS = {  # per-call CPU ratio -> (comparison, bound); ratios without one are reported only
    "tuya_cloud/floor": ("≤", 1.10),
    "tuya_cloud/floor: urllib3": ("≤", 1.50),
    "tuya_cloud/tuya_connector": ("<", 1.00),
    "tuya_cloud (requests path)/floor": ("≤", 1.10),
}


@dataclass(frozen=True)
class Plan:
    """Fixed repetition counts; --quick shrinks them for a smoke run."""

    import_reps: int = 20
    call_rounds: int = 30  # many short alternating rounds: this machine's noise drifts over seconds
    calls_per_round: int = 40
    warmup_calls: int = 40
    thread_counts: tuple[int, ...] = (1, 4, 16, 64)
    throughput_calls: int = 480  # total per measurement, split across the threads (or coroutines)
    throughput_rounds: int = 3
    gen_runs: int = 3
    profile_calls: int = 600
    ts_rounds: int = 30  # the TypeScript client's per-call loops (bench/node_calls.mjs)
    ts_calls_per_round: int = 40
    ts_warmup_calls: int = 40
    async_rounds: int = 200  # more, shorter rounds than above: pairs closer in time cancel more of the noise
    async_calls_per_round: int = 16  # divisible by every level below
    async_cpu_levels: tuple[int, ...] = (1, 16)  # coroutines in flight for the per-call CPU comparison
    coroutine_counts: tuple[int, ...] = (1, 16, 64)
    memory_calls: tuple[int, int] = (1_000, 100_000)  # RSS after the first and after all (memory.py)
    pool_thread_levels: tuple[int, ...] = (1, 16, 64, 128)  # connection churn by threads (threads.py)
    pool_calls: int = 2_560


QUICK = Plan(import_reps=3, call_rounds=2, calls_per_round=20, warmup_calls=5, throughput_calls=64,
             throughput_rounds=1, gen_runs=1, profile_calls=100, ts_rounds=2, ts_calls_per_round=20,
             ts_warmup_calls=5, async_rounds=2, async_calls_per_round=16, memory_calls=(100, 2_000),
             pool_calls=256)  # fmt: skip
TS_PACKAGE = ROOT / "generated" / "typescript"
NODE_PEER = "@tuya/tuya-connector-nodejs@2.1.2"  # installed into a temporary folder for the benchmark only

# ---------------------------------------------------------------- statistics


def summary(xs: list[float]) -> dict[str, float]:
    s = sorted(xs)
    q1, _, q3 = statistics.quantiles(s, n=4, method="inclusive") if len(s) > 1 else (s[0], s[0], s[0])
    return {"median": statistics.median(s), "q1": q1, "q3": q3, "min": s[0], "max": s[-1], "n": len(s)}


def fmt(st: dict[str, float], scale: float = 1.0, digits: int = 1, unit: str = "") -> str:
    m, a, b = (st[k] * scale for k in ("median", "q1", "q3"))
    return f"{m:.{digits}f}{unit} [{a:.{digits}f}–{b:.{digits}f}]"


def rotated(items: list[Any], r: int) -> list[Any]:
    """Round r's order: alternate who goes first so drift and cache effects spread evenly."""
    k = r % len(items)
    return items[k:] + items[:k]


def has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


# ---------------------------------------------------------------- import


IMPORTS = {
    "python -c pass": "pass",
    "floor: requests, pydantic": "import requests, pydantic",
    "tuya_cloud": "import tuya_cloud",
    "tuya_cloud.TuyaCloud": "from tuya_cloud import TuyaCloud",
    "async floor: aiohttp, pydantic": "import aiohttp, pydantic",
    "tuya_cloud.AsyncTuyaCloud": "from tuya_cloud import AsyncTuyaCloud",
    "tinytuya": "import tinytuya",
    "tuya_connector": "import tuya_connector",
}
# Which floor each import is compared with (the default: requests and pydantic).
IMPORT_FLOORS = {
    "async floor: aiohttp, pydantic": "async floor: aiohttp, pydantic",
    "tuya_cloud.AsyncTuyaCloud": "async floor: aiohttp, pydantic",
}


def bench_import(plan: Plan) -> dict[str, Any]:
    present = {k: c for k, c in IMPORTS.items() if all(has_module(m.strip()) for m in _modules(c))}
    cwd = tempfile.mkdtemp(prefix="tuya-bench-")  # an empty sys.path[0] for every command
    # Installed packages import from .pyc; allow writing them so the editable tuya_cloud does too.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    try:
        for code in present.values():  # write .pyc files and warm the page cache; not counted
            subprocess.run([PY, "-c", code], cwd=cwd, env=env, check=True, timeout=60)
        times: dict[str, list[float]] = {k: [] for k in present}
        for r in range(plan.import_reps):
            for name in rotated(list(present), r):
                started = time.perf_counter()
                subprocess.run([PY, "-c", present[name]], cwd=cwd, env=env, check=True, timeout=60)
                times[name].append(time.perf_counter() - started)
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    floors = {k: times.get(IMPORT_FLOORS.get(k, "floor: requests, pydantic")) for k in times}
    return {
        "samples_s": times,
        "wall_s": {k: summary(v) for k, v in times.items()},
        # paired per repetition: the same round's run over the same round's floor run
        "ratio_to_floor": {
            k: summary([a / b for a, b in zip(v, floor, strict=True)]) for k, v in times.items() if (floor := floors[k])
        },
        "missing": sorted(set(IMPORTS) - set(present)),
    }


def _modules(code: str) -> list[str]:
    if code == "pass":
        return []
    if code.startswith("from "):
        return [code.split()[1].split(".")[0]] + (["aiohttp"] if "AsyncTuyaCloud" in code else [])
    return code.removeprefix("import ").split(",")


# ---------------------------------------------------------------- fake cloud server


@dataclass
class Server:
    base_url: str
    access_id: str
    secret: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def fake_cloud(log_dir: Path) -> Iterator[Server]:
    """`python -m tuya_cloud.testing` in its own process; stopped on exit, error or interrupt."""
    log = (log_dir / "server.log").open("wb")
    proc = subprocess.Popen(
        [PY, "-m", "tuya_cloud.testing", "--port", str(_free_port())],
        stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()

    def drain() -> None:  # keeps reading so the server never blocks on a full pipe
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=drain, daemon=True).start()
    try:
        found: dict[str, str] = {}
        deadline = time.monotonic() + 30
        while len(found) < 3:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError("the fake cloud printed no TUYA_* lines within 30 s") from None
            if line is None:
                raise RuntimeError(f"the fake cloud exited (code {proc.wait()}); see {log.name}")
            key, _, value = line.strip().removeprefix("export ").partition("=")
            if key in {"TUYA_BASE_URL", "TUYA_ACCESS_ID", "TUYA_ACCESS_SECRET"}:
                found[key] = value.strip("'\"")
        yield Server(found["TUYA_BASE_URL"].rstrip("/"), found["TUYA_ACCESS_ID"], found["TUYA_ACCESS_SECRET"])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()


# ---------------------------------------------------------------- the three clients


FLOORS = {  # contender name -> how its bare loop sends; the SDK is compared with each
    "floor": "requests",  # the requests floor: what a hand-written client on requests costs
    "floor: urllib3": "urllib3",  # the pool requests itself sends through: what skipping requests can reach
    "limit: http.client": "http.client",  # the standard library's own connection: below this nothing goes
}
FULL_PATH = "tuya_cloud (requests path)"  # the SDK on a caller's requests.Session, which keeps requests' full path


class FloorClient:
    """A floor: inline HMAC signing (protocol.md §1), one keep-alive connection, json parsing. Nothing else."""

    def __init__(self, server: Server, transport: str = "requests") -> None:
        self.base = server.base_url
        self.client_id = server.access_id
        self.key = server.secret.encode()
        self.token = ""
        parts = urlsplit(server.base_url)
        host, port = parts.hostname or "127.0.0.1", parts.port or 80
        self.send: Callable[[str, str, bytes | None, dict[str, str]], bytes]
        self.close: Callable[[], None]
        if transport == "requests":
            import requests

            session = requests.Session()
            self.close = session.close
            self.send = lambda method, url, data, headers: (
                session.request(method, self.base + url, data=data, headers=headers, timeout=HTTP_TIMEOUT).content
            )
        elif transport == "urllib3":
            import urllib3

            pool = urllib3.HTTPConnectionPool(host, port, maxsize=1)
            timeout = urllib3.Timeout(connect=HTTP_TIMEOUT[0], read=HTTP_TIMEOUT[1])
            self.close = pool.close
            self.send = lambda method, url, data, headers: (
                pool.urlopen(method, url, body=data, headers=headers, timeout=timeout, retries=False).data
            )
        else:
            import http.client

            connection = http.client.HTTPConnection(host, port, timeout=HTTP_TIMEOUT[1])
            self.close = connection.close

            def send(method: str, url: str, data: bytes | None, headers: dict[str, str]) -> bytes:
                connection.request(method, url, body=data, headers=headers)
                return connection.getresponse().read()

            self.send = send
        result = self.request("GET", "/v1.0/token?grant_type=1")["result"]
        self.token, self.uid = result["access_token"], str(result.get("uid") or "")

    def request(self, method: str, url: str, body: Any = None) -> dict[str, Any]:
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
        envelope: dict[str, Any] = json.loads(self.send(method, url, data or None, headers))
        if envelope.get("success") is not True:
            raise RuntimeError(f"floor {method} {url}: {envelope}")
        return envelope


Calls = dict[str, Callable[[], object]]  # contender -> one call


def make_calls(server: Server, device_id: str) -> tuple[Calls, Calls, Any]:
    """(get_status calls, send_commands calls, the SDK client) for every available contender."""
    import requests

    from tuya_cloud import TuyaCloud

    status_path = f"/v1.0/devices/{device_id}/status"
    command_path = f"/v1.0/devices/{device_id}/commands"
    floors = {name: FloorClient(server, transport) for name, transport in FLOORS.items()}
    sdk = TuyaCloud(server.access_id, server.secret, base_url=server.base_url)
    # The same SDK on a caller's session: every call through requests' full path (see _runtime/pooled.py).
    full = TuyaCloud(server.access_id, server.secret, base_url=server.base_url, session=requests.Session())
    # The same client with a rate limit and a concurrency cap that never make it wait: what the
    # limiter itself costs per call (LIMITED, compared with tuya_cloud in bench_calls).
    limited = TuyaCloud(
        server.access_id, server.secret, base_url=server.base_url, rate_limit=1_000_000.0, max_concurrency=8
    )
    status: Calls = {name: partial(floor.request, "GET", status_path) for name, floor in floors.items()}
    status |= {
        "tuya_cloud": lambda: sdk.devices.get_status(device_id=device_id),
        FULL_PATH: lambda: full.devices.get_status(device_id=device_id),
        LIMITED: lambda: limited.devices.get_status(device_id=device_id),
    }
    command: Calls = {
        name: partial(floor.request, "POST", command_path, {"commands": COMMAND}) for name, floor in floors.items()
    }
    command |= {
        "tuya_cloud": lambda: sdk.device_control.send_commands(device_id=device_id, commands=COMMAND),
        FULL_PATH: lambda: full.device_control.send_commands(device_id=device_id, commands=COMMAND),
        LIMITED: lambda: limited.device_control.send_commands(device_id=device_id, commands=COMMAND),
    }
    if has_module("tuya_connector"):
        peer = importlib.import_module("tuya_connector").TuyaOpenAPI(server.base_url, server.access_id, server.secret)
        if not peer.connect().get("success"):
            raise RuntimeError("tuya-connector-python could not get a token from the fake cloud")

        def checked(reply: dict[str, Any] | None) -> dict[str, Any]:
            if not reply or reply.get("success") is not True:
                raise RuntimeError(f"tuya_connector call failed: {reply}")
            return reply

        status["tuya_connector"] = lambda: checked(peer.get(status_path))
        command["tuya_connector"] = lambda: checked(peer.post(command_path, {"commands": COMMAND}))
    return status, command, sdk


def pick_device(server: Server, wanted: str | None) -> str:
    """A seeded device that reports switch_led (so the command is valid), found through the SDK."""
    from tuya_cloud import TuyaCloud

    if wanted:
        return wanted
    uid = FloorClient(server).uid
    with TuyaCloud(server.access_id, server.secret, base_url=server.base_url) as client:
        devices: list[Any] = list(client.devices.list_for_user(uid=uid))
        for device in devices:
            status: list[Any] = list(client.devices.get_status(device_id=device.id)) if device.id else []
            if any(dp.code == "switch_led" for dp in status):
                return str(device.id)
    raise RuntimeError(f"no device of user {uid!r} reports switch_led; pass --device-id")


# ---------------------------------------------------------------- per call


def bench_calls(plan: Plan, ops: dict[str, Calls]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for op, calls in ops.items():
        for call in calls.values():  # warm-up: connections, token, pydantic adapters, caches
            for _ in range(plan.warmup_calls):
                call()
        cpu: dict[str, list[float]] = {k: [] for k in calls}
        wall: dict[str, list[float]] = {k: [] for k in calls}
        for r in range(plan.call_rounds):
            for name in rotated(list(calls), r):
                call = calls[name]
                gc.collect()
                c0, w0 = time.process_time(), time.perf_counter()
                for _ in range(plan.calls_per_round):
                    call()
                cpu[name].append((time.process_time() - c0) / plan.calls_per_round)
                wall[name].append((time.perf_counter() - w0) / plan.calls_per_round)
        out[op] = {
            "cpu_s": {k: summary(v) for k, v in cpu.items()},
            "wall_s": {k: summary(v) for k, v in wall.items()},
            "cpu_ratio": {
                f"{sdk}/{k}": summary([a / b for a, b in zip(cpu[sdk], cpu[k], strict=True)])
                for sdk in ("tuya_cloud", FULL_PATH)
                if sdk in calls
                for k in calls
                if not k.startswith("tuya_cloud")
            },
            # per round, side by side: the limited client's CPU over the plain one's
            "limiter_ratio": summary([a / b for a, b in zip(cpu[LIMITED], cpu["tuya_cloud"], strict=True)])
            if LIMITED in calls
            else None,
            "samples_cpu_s": cpu,
            "samples_wall_s": wall,
        }
    return out


def bench_limiter_alone(plan: Plan) -> dict[str, Any]:
    """CPU of one pass through the limits (rate limit + concurrency cap) when nothing waits, measured alone."""
    from tuya_cloud._runtime.limits import Gate, RateLimiter

    gate = Gate(RateLimiter(1_000_000_000.0), {}, 8)
    reps = 20_000 if plan.call_rounds > 2 else 2_000
    samples: list[float] = []
    for _ in range(max(3, plan.call_rounds // 3)):
        c0 = time.process_time()
        for _ in range(reps):
            gate.enter("devices.get_status", 30.0)
            gate.leave()
        samples.append((time.process_time() - c0) / reps)
    return {"cpu_s": summary(samples), "samples_cpu_s": samples}


def _hammer(sdk: Any, device_id: str, count: int, start: threading.Barrier, errors: list[BaseException]) -> None:
    start.wait()
    try:
        for _ in range(count):
            sdk.devices.get_status(device_id=device_id)
    except BaseException as exc:
        errors.append(exc)


def bench_throughput(plan: Plan, sdk: Any, device_id: str) -> dict[str, Any]:
    """get_status calls per second from n threads sharing one client; a fixed total of calls per round."""
    out: dict[str, Any] = {}
    for n in plan.thread_counts:
        per_thread = plan.throughput_calls // n
        rates: list[float] = []
        for _ in range(plan.throughput_rounds):
            start = threading.Barrier(n + 1)
            errors: list[BaseException] = []
            threads = [
                threading.Thread(target=_hammer, args=(sdk, device_id, per_thread, start, errors), daemon=True)
                for _ in range(n)
            ]
            for t in threads:
                t.start()
            start.wait()
            began = time.perf_counter()
            for t in threads:
                t.join(timeout=120)
            elapsed = time.perf_counter() - began
            if errors or any(t.is_alive() for t in threads):
                raise RuntimeError(f"throughput with {n} threads failed: {errors[:1] or 'timed out'}")
            rates.append(per_thread * n / elapsed)
        out[str(n)] = summary(rates)
    return out


def profile_sdk(plan: Plan, calls: Calls, path: Path) -> str:
    """cProfile of the SDK's get_status loop, sorted by own time; written to path, top lines returned."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(plan.profile_calls):
        calls["tuya_cloud"]()
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(40)
    path.write_text(text.getvalue())
    return text.getvalue()


# ---------------------------------------------------------------- TypeScript client


def install_node_peer(folder: Path) -> tuple[Path | None, str]:
    """npm-install the Node peer into `folder` (never into the package's lock file); its entry point or why not."""
    npm = shutil.which("npm")
    if npm is None:
        return None, "npm not found"
    command = [npm, "install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", str(folder)]
    result = subprocess.run([*command, NODE_PEER], capture_output=True, text=True, timeout=300)
    entry = folder / "node_modules" / "@tuya" / "tuya-connector-nodejs" / "lib" / "index.js"
    if result.returncode != 0 or not entry.exists():
        return None, f"npm install {NODE_PEER} failed: {result.stderr.strip()[-300:]}"
    return entry, ""


def bench_typescript(plan: Plan, server: Server, device_id: str) -> dict[str, Any]:
    """CPU and wall per call of the TypeScript client, the bare fetch floor and the Node peer (one Node process)."""
    node = shutil.which("node")
    sdk = TS_PACKAGE / "dist" / "index.js"
    if node is None or not sdk.exists():
        return {"skipped": "node not found" if node is None else f"{sdk} missing: npm ci && npm run build there"}
    with tempfile.TemporaryDirectory(prefix="tuya-bench-node-") as tmp:
        connector, why = install_node_peer(Path(tmp))
        settings = {
            "baseUrl": server.base_url,
            "accessId": server.access_id,
            "accessSecret": server.secret,
            "deviceId": device_id,
            "sdk": str(sdk),
            "connector": str(connector) if connector else None,
            "rounds": plan.ts_rounds,
            "callsPerRound": plan.ts_calls_per_round,
            "warmup": plan.ts_warmup_calls,
        }
        script = ROOT / "bench" / "node_calls.mjs"
        result = subprocess.run(
            [node, "--expose-gc", str(script), json.dumps(settings)], capture_output=True, text=True, timeout=900
        )
    if result.returncode != 0:
        raise RuntimeError(f"bench/node_calls.mjs failed: {result.stderr.strip()[-2000:]}")
    raw = json.loads(result.stdout)
    out: dict[str, Any] = {"node": raw.pop("node"), "missing": [] if connector else [f"tuya-connector-nodejs ({why})"]}
    for op, samples in raw.items():
        cpu, wall = samples["cpu_s"], samples["wall_s"]
        sdk_cpu = cpu["tuya-cloud-sdk"]
        out[op] = {
            "cpu_s": {k: summary(v) for k, v in cpu.items()},
            "wall_s": {k: summary(v) for k, v in wall.items()},
            "cpu_ratio": {
                f"tuya-cloud-sdk/{k}": summary([a / b for a, b in zip(sdk_cpu, v, strict=True)])
                for k, v in cpu.items()
                if k != "tuya-cloud-sdk"
            },
            "samples_cpu_s": cpu,
            "samples_wall_s": wall,
        }
    return out


# ---------------------------------------------------------------- generation


def bench_generation(plan: Plan) -> dict[str, Any]:
    times: list[float] = []
    for _ in range(plan.gen_runs):
        with tempfile.TemporaryDirectory(prefix="tuya-gen-") as out:  # a full write, leaving generated/ alone
            started = time.perf_counter()
            subprocess.run([PY, "-m", "generator", "--out", out], cwd=ROOT, check=True, timeout=120,
                           stdout=subprocess.DEVNULL)  # fmt: skip
            times.append(time.perf_counter() - started)
    return {"samples_s": times, "wall_s": summary(times)}


# ---------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def passfail(ok: bool) -> str:
    return "pass" if ok else "**miss**"


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# tuya-cloud-sdk benchmark",
        "",
        f"{m['date']} · {m['cpu']} · {m['cores']} cores · {m['python']} · {m['platform']}",
        "",
        "Figures: median [IQR q1–q3]; raw samples and min/max are in the JSON report.",
        "",
        "| Benchmark | Figure | Target | Result |",
        "|---|---|---|---|",
    ]
    imp = report["import"]
    for name, st in imp["wall_s"].items():
        row = f"| import `{name}` (fresh process, wall) | {fmt(st, 1e3, 0, ' ms')}"
        if name == "tuya_cloud":
            ratio = imp["ratio_to_floor"][name]
            ok = passfail(ratio["median"] <= 1.0)
            lines.append(f"{row}; ratio to floor {fmt(ratio, 1, 3)} | ratio ≤ 1.00 | {ok} |")
        elif "floor" in name or name.startswith("python") or name not in imp["ratio_to_floor"]:
            lines.append(f"{row} | — | — |")
        else:
            lines.append(f"{row}; ratio to floor {fmt(imp['ratio_to_floor'][name], 1, 3)} | — | — |")
    lines.extend(f"| import `{name}` | not installed | — | — |" for name in imp["missing"])
    for op, res in report.get("calls", {}).items():
        for name in res["cpu_s"]:
            figure = f"CPU {fmt(res['cpu_s'][name], 1e6, 0, ' µs')}, wall {fmt(res['wall_s'][name], 1e6, 0, ' µs')}"
            lines.append(f"| {op} per call: {name} | {figure} | — | — |")
        for key, st in res["cpu_ratio"].items():
            bound = CALL_TARGETS.get(key)
            if bound is None:
                lines.append(f"| {op} CPU ratio {key} | {fmt(st, 1, 3)} | — | — |")
                continue
            op_, limit = bound
            ok = st["median"] <= limit if op_ == "≤" else st["median"] < limit
            lines.append(f"| {op} CPU ratio {key} | {fmt(st, 1, 3)} | {op_} {limit:.2f} | {passfail(ok)} |")
        if res.get("limiter_ratio"):
            st, target = res["limiter_ratio"], LIMITER_OVERHEAD_TARGET
            ok = passfail(st["median"] <= target)
            lines.append(
                f"| {op} CPU ratio {LIMITED}/tuya_cloud (limiter, no wait) | {fmt(st, 1, 3)} | ≤ {target:.2f} | {ok} |"
            )
    if "limiter_alone" in report and "calls" in report:
        alone = report["limiter_alone"]["cpu_s"]
        share = alone["median"] / report["calls"]["get_status"]["cpu_s"]["tuya_cloud"]["median"]
        figure = f"CPU {fmt(alone, 1e6, 2, ' µs')}, {share:.2%} of the SDK's get_status CPU per call"
        lines.append(f"| limits alone (enter + leave, no wait) | {figure} | ≤ 5 % | {passfail(share <= 0.05)} |")
    ts = report.get("typescript", {})
    if "skipped" in ts:
        lines.append(f"| TypeScript client | skipped: {ts['skipped']} | — | — |")
    for op in ("get_status", "send_commands"):
        res = ts.get(op)
        if res is None:
            continue
        for name in res["cpu_s"]:
            figure = f"CPU {fmt(res['cpu_s'][name], 1e6, 0, ' µs')}, wall {fmt(res['wall_s'][name], 1e6, 0, ' µs')}"
            lines.append(f"| {op} per call (Node {ts['node']}): {name} | {figure} | — | — |")
        for key, st in res["cpu_ratio"].items():
            if key.endswith("floor"):
                lines.append(f"| {op} CPU ratio {key} | {fmt(st, 1, 3)} | ≤ 1.10 | {passfail(st['median'] <= 1.10)} |")
            else:
                lines.append(f"| {op} CPU ratio {key} | {fmt(st, 1, 3)} | — | — |")
    lines.extend(f"| TypeScript peer `{name}` | not measured | — | — |" for name in ts.get("missing", []))
    for n, st in report.get("throughput", {}).items():
        lines.append(f"| get_status throughput, {n} thread(s), one client | {fmt(st, 1, 0, ' calls/s')} | — | — |")
    for key, res in report.get("async", {}).get("calls", {}).items():
        for name in res["cpu_s"]:
            cpu = fmt(res["cpu_s"][name], 1e6, 0, " µs")
            lines.append(f"| async {key} coroutines, per call: {name} | CPU {cpu} | — | — |")
        st = res["cpu_ratio"]["tuya_cloud/floor"]
        ok = passfail(st["median"] <= 1.1)
        lines.append(f"| async {key} CPU ratio tuya_cloud/floor | {fmt(st, 1, 3)} | ≤ 1.10 | {ok} |")
        if res.get("limiter_ratio"):
            st, target = res["limiter_ratio"], LIMITER_OVERHEAD_TARGET
            ok = passfail(st["median"] <= target)
            lines.append(
                f"| async {key} CPU ratio {LIMITED}/tuya_cloud (limiter, no wait) | {fmt(st, 1, 3)} | ≤ 1.05 | {ok} |"
            )
    for n, st in report.get("async", {}).get("throughput", {}).items():
        rate = fmt(st, 1, 0, " calls/s")
        lines.append(f"| get_status throughput, {n} coroutine(s), one AsyncTuyaCloud | {rate} | — | — |")
    if "events" in report:
        from events import markdown_rows as event_rows

        lines.extend(event_rows(report["events"]))
    if "generation" in report:
        st = report["generation"]["wall_s"]
        ok = passfail(st["median"] < 2)
        lines.append(f"| `python -m generator` (full, wall) | {fmt(st, 1, 2, ' s')} | < 2 s | {ok} |")
    if "startup" in report:
        from startup import markdown_rows as startup_rows

        lines.extend(startup_rows(report["startup"]))
    if "memory" in report:
        from memory import markdown_rows as memory_rows

        lines.extend(memory_rows(report["memory"]))
    if "threads" in report:
        from threads import markdown_rows as thread_rows

        lines.extend(thread_rows(report["threads"]))
    if "fake_scale" in report:
        from fake_scale import markdown_rows as fake_scale_rows

        lines.extend(fake_scale_rows(report["fake_scale"]))
    lines.append("")
    lines.append(f"Plan: {report['plan']}; total {report['elapsed_s']:.0f} s.")
    if report.get("quick"):
        lines.append("**--quick smoke run: counts too small for these figures to mean anything.**")
    if report.get("profile"):
        lines.append(f"cProfile of the SDK's get_status loop: `{report['profile']}`.")
    return "\n".join(lines) + "\n"


# The parts of a run (`--only` chooses some); each module of bench/ adds its own.
PARTS = ["import", "calls", "async", "typescript", "generation", "startup", "memory", "threads", "fake_scale", "events"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny counts: a smoke run, not a measurement")
    parser.add_argument("--profile", action="store_true", help="also cProfile the SDK's get_status loop")
    parser.add_argument("--device-id", help="device to call (default: the first seeded one with switch_led)")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=PARTS,
        help="run only these parts",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    parts = set(args.only or PARTS)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so `finally` stops the server on SIGTERM too
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    began = time.perf_counter()
    report: dict[str, Any] = {"machine": machine(), "plan": plan.__dict__, "quick": args.quick}

    if "import" in parts:
        print("import ...", flush=True)
        report["import"] = bench_import(plan)
    if parts & {"calls", "async", "typescript", "startup"}:
        with fake_cloud(RESULTS) as server:
            device_id = pick_device(server, args.device_id)
            report["device_id"] = device_id
            if "calls" in parts:
                status, command, sdk = make_calls(server, device_id)
                print(f"per call (device {device_id}) ...", flush=True)
                report["calls"] = bench_calls(plan, {"get_status": status, "send_commands": command})
                report["limiter_alone"] = bench_limiter_alone(plan)
                print("throughput ...", flush=True)
                report["throughput"] = bench_throughput(plan, sdk, device_id)
                if args.profile:
                    profile_sdk(plan, status, RESULTS / f"profile-{stamp}.txt")
                    report["profile"] = f"bench/results/profile-{stamp}.txt"
                sdk.close()
            if "async" in parts and has_module("aiohttp"):
                from async_calls import bench_async

                print("async: per call and throughput ...", flush=True)
                report["async"] = bench_async(server, device_id, plan)
            if "typescript" in parts:
                print(f"TypeScript client per call (device {device_id}) ...", flush=True)
                report["typescript"] = bench_typescript(plan, server, device_id)
            if "startup" in parts:  # bench/startup.py: first call and generator at 1x and 2x spec
                from startup import bench_startup

                print("start-up: first call and generator at 1x and 2x spec ...", flush=True)
                report["startup"] = bench_startup(server, quick=args.quick)
    if parts & {"memory", "threads"}:  # each with the fake cloud in a process of its own
        from memory import bench_memory
        from threads import bench_threads

        device = args.device_id or report.get("device_id") or "vdevo170000000000101"  # the seeded light
        if "memory" in parts:
            print("memory: RSS after limited calls, both clients ...", flush=True)
            report["memory"] = bench_memory(device, *plan.memory_calls)
        if "threads" in parts:
            print("threads: calls/s and new connections ...", flush=True)
            report["threads"] = bench_threads(device, plan.pool_thread_levels, plan.pool_calls)
    if "events" in parts and has_module("websockets") and has_module("cryptography"):
        from events import bench_events  # the message service: bench/events.py

        print("events: CPU per event ...", flush=True)
        report["events"] = bench_events(rounds=2, events_per_round=200, warmup=1) if args.quick else bench_events()
    if "generation" in parts:
        print("generation ...", flush=True)
        report["generation"] = bench_generation(plan)
    if "fake_scale" in parts:
        from fake_scale import bench_fake_scale

        print("fake cloud at fleet scale ...", flush=True)
        report["fake_scale"] = bench_fake_scale(rounds=1 if args.quick else 3)
    report["elapsed_s"] = time.perf_counter() - began

    if "import" not in report:
        report["import"] = {"wall_s": {}, "ratio_to_floor": {}, "missing": []}
    text = markdown(report)
    for name in (f"bench-{stamp}", "latest"):
        (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
        (RESULTS / f"{name}.md").write_text(text)
    print(text)
    print(f"wrote {RESULTS / f'bench-{stamp}.json'} and .md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
