"""`tuya-cloud fake-cloud`: runs in the foreground, prints export lines that work, stops on Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from clihelp import clean_env, run_cli

from tuya_cloud.testing import Seed


@pytest.mark.skipif(os.name == "nt", reason="sends SIGINT")
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_fake_cloud_prints_working_settings_and_stops(tmp_path: Path, stop_signal: signal.Signals) -> None:
    env = clean_env(tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "tuya_cloud.cli", "fake-cloud"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(3)]
        settings = {}
        for line in lines:
            match = re.fullmatch(r"export (TUYA_[A-Z_]+)=(\S+)\n", line)
            assert match, lines
            settings[match.group(1)] = match.group(2)
        assert set(settings) == {"TUYA_BASE_URL", "TUYA_ACCESS_ID", "TUYA_ACCESS_SECRET"}
        result = run_cli(["devices", "get", Seed.LIGHT_ID], {**env, **settings})
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["id"] == Seed.LIGHT_ID
        server.send_signal(stop_signal)
        assert server.wait(timeout=20) == 0
        assert server.stderr is not None
        assert "stopped" in server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_fake_cloud_help() -> None:
    result = run_cli(["fake-cloud", "--help"], clean_env(Path("/nonexistent")))
    assert result.returncode == 0
    assert "--port" in result.stdout
    bad = run_cli(["fake-cloud", "--port", "99999"], clean_env(Path("/nonexistent")))
    assert bad.returncode == 2
