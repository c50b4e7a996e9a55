"""Start-up cost, today and with the spec at twice its size (issue 23): a fresh process's first call
(`TuyaCloud`, `AsyncTuyaCloud`, the command line) against its floor, and the generator's wall time,
cold (its cache off: every step runs) and warm (its cache filled by an earlier run).

The 2x spec is made here: every group file copied under a new name (`<group>_x2`: its operation ids,
its paths under `/vX.Y/x2/...`, the schemas it defines renamed `<Name>X2`, no token role), into a
temporary copy of spec/ and generated/, which the generator then fills in. A first call at 2x runs
with that package first on PYTHONPATH; it calls the same operation of the same fake cloud.

Each first-call process is timed from the parent (wall from start to exit, and the child's CPU);
every round runs each contender once, in a rotated order, and ratios are paired per round.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Protocol

import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DEVICE_ID = "vdevo170000000000101"  # the fake cloud's seeded light (tuya_cloud.testing.Seed.LIGHT_ID)
FIRST_CALL_TARGET = 1.10  # a fresh process's first call: at most this times its floor's
GENERATOR_TARGETS = {"1x": 1.5, "2x": 2.0}  # seconds of wall time for `python -m generator`
COPY = "x2"  # the suffix of the 2x spec's copies

# A hand-written client, the floor: inline HMAC signing (protocol.md §1), the token, one call, json.
_SIGNED_CALL = """
import hashlib, hmac, json, sys, time, uuid
base, client_id, secret, device = sys.argv[1:5]
def headers(path, token):
    t, nonce = str(int(time.time() * 1000)), uuid.uuid4().hex
    signed = f"GET\\n{hashlib.sha256(b'').hexdigest()}\\n\\n{path}"
    sign = hmac.new(secret.encode(), (client_id + token + t + nonce + signed).encode(), hashlib.sha256)
    out = {"client_id": client_id, "sign": sign.hexdigest().upper(), "sign_method": "HMAC-SHA256"}
    out |= {"t": t, "nonce": nonce}
    return {**out, "access_token": token} if token else out
"""
FLOOR = (
    "import requests, pydantic\n"
    + _SIGNED_CALL
    + """
with requests.Session() as s:
    token = json.loads(s.get(base + "/v1.0/token?grant_type=1", headers=headers("/v1.0/token?grant_type=1", ""),
                             timeout=(5, 30)).content)["result"]["access_token"]
    path = f"/v1.0/devices/{device}/status"
    result = json.loads(s.get(base + path, headers=headers(path, token), timeout=(5, 30)).content)["result"]
print(json.dumps(result))
"""
)
ASYNC_FLOOR = (
    "import asyncio, aiohttp, pydantic\n"
    + _SIGNED_CALL
    + """
async def main():
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=5, sock_read=30)
    async with aiohttp.ClientSession() as s:
        async with s.get(base + "/v1.0/token?grant_type=1", headers=headers("/v1.0/token?grant_type=1", ""),
                         timeout=timeout) as r:
            token = json.loads(await r.read())["result"]["access_token"]
        path = f"/v1.0/devices/{device}/status"
        async with s.get(base + path, headers=headers(path, token), timeout=timeout) as r:
            return json.loads(await r.read())["result"]
print(json.dumps(asyncio.run(main())))
"""
)
# A floor plus one pydantic model for the result: what any typed client on pydantic pays at least.
_ONE_MODEL = (
    "class DataPoint(pydantic.BaseModel):\n    code: str\n    value: object = None\n\n"
    "adapter = pydantic.TypeAdapter(list[DataPoint])\n"
    "print(adapter.dump_json(adapter.validate_python(result)).decode())"
)
TYPED_FLOOR = FLOOR.replace("print(json.dumps(result))", _ONE_MODEL)
ASYNC_TYPED_FLOOR = ASYNC_FLOOR.replace(
    "print(json.dumps(asyncio.run(main())))", "result = asyncio.run(main())\n" + _ONE_MODEL
)
SDK = """
import sys
from tuya_cloud import TuyaCloud
base, client_id, secret, device = sys.argv[1:5]
with TuyaCloud(access_id=client_id, access_secret=secret, base_url=base) as client:
    print(client.devices.get_status(device_id=device))
"""
ASYNC_SDK = """
import asyncio, sys
from tuya_cloud import AsyncTuyaCloud
base, client_id, secret, device = sys.argv[1:5]
async def main():
    async with AsyncTuyaCloud(access_id=client_id, access_secret=secret, base_url=base) as client:
        return await client.devices.get_status(device_id=device)
print(asyncio.run(main()))
"""
# contender -> (its program: code for `python -c`, or None for the command line; its floor)
CONTENDERS: dict[str, tuple[str | None, str]] = {
    "floor: requests, pydantic": (FLOOR, ""),
    "floor + one pydantic model": (TYPED_FLOOR, "floor: requests, pydantic"),
    "TuyaCloud": (SDK, "floor: requests, pydantic"),
    "tuya-cloud devices get-status": (None, "floor: requests, pydantic"),
    "async floor: aiohttp, pydantic": (ASYNC_FLOOR, ""),
    "async floor + one pydantic model": (ASYNC_TYPED_FLOOR, "async floor: aiohttp, pydantic"),
    "AsyncTuyaCloud": (ASYNC_SDK, "async floor: aiohttp, pydantic"),
}
SPEC_SIZED = ("TuyaCloud", "tuya-cloud devices get-status", "AsyncTuyaCloud")  # also run with the 2x package


class ServerInfo(Protocol):
    base_url: str
    access_id: str
    secret: str


# ---------------------------------------------------------------- the 2x spec


def _renamed(node: Any, names: set[str]) -> Any:
    """A schema with the file's own schema names (its `$ref`s and titles) renamed for the copy."""
    if isinstance(node, list):
        return [_renamed(item, names) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if (key == "$ref" and value in names) or (key == "title" and isinstance(value, str)):
            out[key] = value + COPY.upper()
        elif key in {"examples", "enum", "const", "default", "x-extensible-enum"}:
            out[key] = value  # data, not schema: kept as written
        else:
            out[key] = _renamed(value, names)
    return out


def _copied_group(data: dict[str, Any]) -> dict[str, Any]:
    group = f"{data['group']}_{COPY}"
    names = set(data.get("schemas") or {})
    operations = []
    for op in data["operations"]:
        version, rest = op["path"].lstrip("/").split("/", 1)
        copied = {k: v for k, v in op.items() if k != "role"}  # one token grant and one refresh in all
        copied |= {"id": f"{group}.{op['id'].split('.', 1)[1]}", "path": f"/{version}/{COPY}/{rest}"}
        copied["params"] = [{**p, "schema": _renamed(p["schema"], names)} for p in op.get("params", [])]
        copied["result"] = {**op["result"], "schema": _renamed(op["result"]["schema"], names)}
        operations.append(copied)
    schemas = {f"{name}{COPY.upper()}": _renamed(s, names) for name, s in (data.get("schemas") or {}).items()}
    return {**data, "group": group, "title": f"{data['title']} (copy)", "operations": operations} | (
        {"schemas": schemas} if schemas else {}
    )


def double_spec(spec: Path) -> int:
    """Add a renamed copy of every group file to `spec` (a copy of spec/); the number of operations added."""
    added: list[str] = []
    for path in sorted((spec / "groups").glob("*.yaml")):
        copy = _copied_group(yaml.safe_load(path.read_text(encoding="utf-8")))
        (spec / "groups" / f"{copy['group']}.yaml").write_text(yaml.safe_dump(copy, sort_keys=False), encoding="utf-8")
        added += [op["id"] for op in copy["operations"]]
    coverage = yaml.safe_load((spec / "coverage.yaml").read_text(encoding="utf-8"))
    coverage["additional"] = coverage.get("additional", []) + [
        {"operation": op, "reason": "A synthetic copy, for the start-up benchmark."} for op in added
    ]
    (spec / "coverage.yaml").write_text(yaml.safe_dump(coverage, sort_keys=False), encoding="utf-8")
    return len(added)


def make_double(folder: Path) -> Path:
    """spec/ and generated/ (without the TypeScript package) copied into `folder`, the spec doubled and
    the package generated from it; returns the copy's generated/ (what PYTHONPATH needs)."""
    skip_names = ("__pycache__", "*.egg-info", ".mypy_cache")
    shutil.copytree(ROOT / "spec", folder / "spec", ignore=shutil.ignore_patterns(*skip_names))
    shutil.copytree(ROOT / "generated", folder / "generated", ignore=shutil.ignore_patterns("typescript", *skip_names))
    double_spec(folder / "spec")
    _generate(folder / "spec", folder / "generated")
    return folder / "generated"


def _generate(spec: Path, out: Path, cache: str | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of `python -m generator` and its children; `cache`: TUYA_GENERATOR_CACHE for
    the run (None: the default)."""
    env = dict(os.environ) if cache is None else os.environ | {"TUYA_GENERATOR_CACHE": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [PY, "-m", "generator", "--spec", str(spec), "--out", str(out)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"python -m generator --spec {spec} failed: {done.stderr[-2000:]}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the generator, its model process and ruff
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# ---------------------------------------------------------------- measuring


def _summary(xs: list[float]) -> dict[str, float]:
    s = sorted(xs)
    q1, _, q3 = statistics.quantiles(s, n=4, method="inclusive") if len(s) > 1 else (s[0], s[0], s[0])
    return {"median": statistics.median(s), "q1": q1, "q3": q3, "min": s[0], "max": s[-1], "n": len(s)}


def _fmt(st: dict[str, float], scale: float = 1.0, digits: int = 0, unit: str = "") -> str:
    m, a, b = (st[k] * scale for k in ("median", "q1", "q3"))
    return f"{m:.{digits}f}{unit} [{a:.{digits}f}–{b:.{digits}f}]"


def _run_once(code: str | None, server: ServerInfo, env: dict[str, str], cwd: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh process making the first call."""
    args = [server.base_url, server.access_id, server.secret, DEVICE_ID]
    if code is None:  # the command line, configured from the environment as a user would
        command = [PY, "-m", "tuya_cloud.cli", "devices", "get-status", DEVICE_ID]
        env = env | {"TUYA_BASE_URL": args[0], "TUYA_ACCESS_ID": args[1], "TUYA_ACCESS_SECRET": args[2]}
    else:
        command = [PY, "-c", code, *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or "switch_led" not in done.stdout:
        raise RuntimeError(f"first call failed ({command[1:3]}): {done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_first_calls(server: ServerInfo, package_2x: Path, rounds: int) -> dict[str, Any]:
    cwd = tempfile.mkdtemp(prefix="tuya-bench-startup-")  # an empty sys.path[0] for every process
    # Installed packages import from .pyc; allow writing them so the editable tuya_cloud does too.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH"}}
    env_2x = env | {"PYTHONPATH": str(package_2x)}
    runs = {f"{name} @1x": (code, env) for name, (code, _) in CONTENDERS.items()}
    runs |= {f"{name} @2x": (CONTENDERS[name][0], env_2x) for name in SPEC_SIZED}
    try:
        for code, run_env in runs.values():  # write .pyc files, warm the page cache; not counted
            _run_once(code, server, run_env, cwd)
        wall: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        names = list(runs)
        for r in range(rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                code, run_env = runs[name]
                w, c = _run_once(code, server, run_env, cwd)
                wall[name].append(w)
                cpu[name].append(c)
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    ratios: dict[str, dict[str, Any]] = {}
    for name in runs:
        floor = CONTENDERS[name.rsplit(" @", 1)[0]][1]
        if floor:
            base = f"{floor} @1x"
            ratios[name] = {
                "floor": floor,
                "wall": _summary([a / b for a, b in zip(wall[name], wall[base], strict=True)]),
                "cpu": _summary([a / b for a, b in zip(cpu[name], cpu[base], strict=True)]),
            }
    return {
        "wall_s": {k: _summary(v) for k, v in wall.items()},
        "cpu_s": {k: _summary(v) for k, v in cpu.items()},
        "ratio_to_floor": ratios,
        "samples_wall_s": wall,
        "samples_cpu_s": cpu,
    }


def bench_generator(spec_2x: Path, runs: int) -> dict[str, Any]:
    """Wall of a full `python -m generator` into an empty folder, 1x and 2x alternating: cold (its cache
    off, every step runs) and warm (its cache filled by an earlier run of the same spec)."""
    specs = {"1x": ROOT / "spec", "2x": spec_2x}
    runs_of = {f"{size}, {kind}": (spec, kind) for size, spec in specs.items() for kind in ("cold", "warm")}
    times: dict[str, list[float]] = {name: [] for name in runs_of}
    cpu: dict[str, list[float]] = {name: [] for name in runs_of}
    with tempfile.TemporaryDirectory(prefix="tuya-bench-cache-") as cache:
        for spec in specs.values():  # fills the warm runs' cache; not counted
            with tempfile.TemporaryDirectory(prefix="tuya-bench-gen-") as out:
                _generate(spec, Path(out) / "generated", cache)
        names = list(runs_of)
        for r in range(runs):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                spec, kind = runs_of[name]
                with tempfile.TemporaryDirectory(prefix="tuya-bench-gen-") as out:
                    wall, used = _generate(spec, Path(out) / "generated", "off" if kind == "cold" else cache)
                times[name].append(wall)
                cpu[name].append(used)
    return {
        "wall_s": {name: _summary(v) for name, v in times.items()},
        "cpu_s": {name: _summary(v) for name, v in cpu.items()},
        "samples_s": times,
        "samples_cpu_s": cpu,
    }


def bench_startup(server: ServerInfo, quick: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tuya-bench-2x-") as tmp:
        package_2x = make_double(Path(tmp))
        groups = (Path(tmp) / "spec" / "groups").glob("*.yaml")
        operations = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["operations"]) for p in groups)
        return {
            "operations_2x": operations,
            "first_call": bench_first_calls(server, package_2x, 2 if quick else 15),
            "generator": bench_generator(Path(tmp) / "spec", 1 if quick else 5),
        }


def markdown_rows(report: dict[str, Any]) -> list[str]:
    """The rows of bench/run.py's table."""
    first = report["first_call"]
    lines = []
    for name, st in first["wall_s"].items():
        figure = f"wall {_fmt(st, 1e3, 0, ' ms')}, CPU {_fmt(first['cpu_s'][name], 1e3, 0, ' ms')}"
        ratio = first["ratio_to_floor"].get(name)
        if ratio is None:
            lines.append(f"| fresh process + first call: {name} | {figure} | — | — |")
            continue
        figure += f"; ratio to `{ratio['floor']}` wall {_fmt(ratio['wall'], 1, 2)}, CPU {_fmt(ratio['cpu'], 1, 2)}"
        if "floor" in name:  # a reference point, not a target
            lines.append(f"| fresh process + first call: {name} | {figure} | — | — |")
            continue
        ok = "pass" if ratio["wall"]["median"] <= FIRST_CALL_TARGET else "**miss**"
        lines.append(f"| fresh process + first call: {name} | {figure} | wall ≤ {FIRST_CALL_TARGET:.2f}× | {ok} |")
    for name, st in report["generator"]["wall_s"].items():
        size, kind = name.split(", ")
        target = GENERATOR_TARGETS[size]
        ok = "pass" if st["median"] < target else "**miss**"
        ops = f" ({report['operations_2x']} operations)" if size == "2x" else ""
        figure = f"wall {_fmt(st, 1, 2, ' s')}, CPU {_fmt(report['generator']['cpu_s'][name], 1, 2, ' s')}"
        what = f"`python -m generator`, {size} spec{ops}, {kind} cache (full, wall)"
        lines.append(f"| {what} | {figure} | < {target} s | {ok} |")
    return lines
