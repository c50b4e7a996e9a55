"""AsyncTuyaCloud never blocks the event loop, leaks nothing, and imports only what it needs.

The blocking-call guard (blocking_guard.py) stands in for Home Assistant's detector. The main
check runs a client's whole life in a fresh interpreter (loop_scenario.py), so nothing the test
runner happened to import earlier can hide an import made inside the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

from blocking_guard import BlockingCallGuard

from tuya_cloud import AsyncTuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed

HERE = Path(__file__).resolve().parent


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, cwd=HERE)


def test_the_guard_notes_each_kind_of_blocking_call_on_the_loop_thread_only(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    listener = socket.create_server(("127.0.0.1", 0))
    probes = iter(range(100))

    def block() -> None:
        time.sleep(0)
        target.read_text()
        with contextlib.suppress(ModuleNotFoundError):  # a module never loaded before: a real import attempt
            importlib.import_module(f"tuya_guard_probe_{next(probes)}")
        ssl.create_default_context()  # loads the default certificates
        with socket.create_connection(listener.getsockname(), timeout=5):
            pass

    async def on_the_loop() -> None:
        block()
        await asyncio.to_thread(block)  # the same calls on a worker thread are fine

    with listener, BlockingCallGuard() as guard:
        block()  # no loop running: not noted
        asyncio.run(on_the_loop())
    noted = " ".join(guard.calls)
    for kind in ("time.sleep", "io.open", "importlib.import_module", "import tuya_guard_probe_1", "load_default_certs"):
        assert kind in noted, (kind, guard.calls)
    assert "socket.socket.connect (blocking mode)" in noted
    assert "tuya_guard_probe_0" not in noted and "tuya_guard_probe_2" not in noted  # off the loop: not noted
    assert len([call for call in guard.calls if call.startswith("time.sleep")]) == 1


def test_a_clients_whole_life_blocks_nothing_and_leaks_nothing(tmp_path: Path) -> None:
    with FakeTuyaCloud() as cloud:
        # Queued for the first get_status: a token error, a clock-skew error, then an HTTP 503.
        cloud.inject("devices.get_status", times=1, error_code=1010)
        cloud.inject("devices.get_status", times=1, error_code=1013)
        cloud.inject("devices.get_status", times=1, http_status=503)
        result = run_python(
            "-W",
            "error",
            str(HERE / "loop_scenario.py"),
            cloud.base_url,
            cloud.access_id,
            cloud.access_secret,
            str(tmp_path / "token.json"),
            Seed.USER_ID,
            Seed.LIGHT_ID,
        )
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert cloud.token_refreshes == 1  # the token error was met with a refresh
        assert cloud.calls("devices.get_status") >= 4 + 3  # three faults, then every later call
    assert report["blocking"] == []
    assert report["unraisable"] == []  # e.g. ResourceWarning: unclosed socket / transport
    assert report["loop_errors"] == []  # e.g. "Unclosed client session"
    assert "ResourceWarning" not in result.stderr and "Unclosed" not in result.stderr
    assert report["status"] == report["copy"] == report["after_copy_closed"] == report["injected"] > 0
    assert report["command"] is True and report["walked"] > 2 and report["gathered"] == 50
    assert report["injected_open_after_aclose"] is True
    assert (tmp_path / "token.json").exists()  # the file store was written (in a worker thread)


async def test_renewal_under_load_blocks_nothing(
    fake_tuya_cloud: FakeTuyaCloud, async_tuya_client: AsyncTuyaCloud
) -> None:
    with BlockingCallGuard() as guard:
        await async_tuya_client.devices.get_status(device_id=Seed.LIGHT_ID)
        fake_tuya_cloud.expire_tokens()
        fake_tuya_cloud.inject("devices.get", times=1, http_status=503)
        await asyncio.gather(*(async_tuya_client.devices.get(device_id=Seed.LIGHT_ID) for _ in range(40)))
        now = int(time.time() * 1000)
        walked = [
            event.event_time
            async for event in async_tuya_client.devices.iter_list_logs(
                device_id=Seed.SENSOR_ID, type=[1, 7], size=3, start_time=now - 8 * 86400 * 1000, end_time=now + 1000
            )
        ]
    assert guard.calls == []
    assert len(walked) == 9


def test_import_tuya_cloud_loads_neither_http_library() -> None:
    probe = (
        "import sys, tuya_cloud; "
        "loaded = lambda: [m for m in ('requests', 'aiohttp', 'pydantic') if m in sys.modules]; "
        "print(loaded()); from tuya_cloud import AsyncTuyaCloud; print(loaded()); "
        "from tuya_cloud import TuyaCloud; print(loaded())"
    )
    result = run_python("-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["[]", "['aiohttp', 'pydantic']", "['requests', 'aiohttp', 'pydantic']"]
    sync_only = run_python("-c", "import sys; from tuya_cloud import TuyaCloud; print('aiohttp' in sys.modules)")
    assert sync_only.stdout.strip() == "False", sync_only.stderr


def test_without_aiohttp_the_error_names_the_extra() -> None:
    probe = "import sys; sys.modules['aiohttp'] = None; import tuya_cloud; tuya_cloud.AsyncTuyaCloud"
    result = run_python("-c", probe)
    assert result.returncode != 0
    assert 'pip install "tuya-cloud-sdk[async]"' in result.stderr
    assert "ImportError" in result.stderr
