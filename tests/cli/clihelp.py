"""Helpers for the command line tests: run the CLI as a subprocess with a clean environment."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ACCESS_ID = "clitestaccessid00001"
# Distinctive, so that a leak anywhere in the output is found by a plain substring search.
SECRET = "s3cr3t-cli-7f4e9a1b2c3d4e5f60718293"
SCRIPT = Path(sys.executable).parent / ("tuya-cloud.exe" if os.name == "nt" else "tuya-cloud")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def clean_env(tmp_path: Path) -> dict[str, str]:
    """This environment without any TUYA_* setting, and with a config home of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUYA_")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_cli(
    args: Sequence[str],
    env: Mapping[str, str],
    *,
    stdin: str | None = None,
    script: bool = False,
    cwd: Path | None = None,
    timeout: float = 60,
) -> Result:
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "tuya_cloud.cli"]
    done = subprocess.run(
        [*command, *args],
        env=dict(env),
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=cwd,
    )
    return Result(done.returncode, done.stdout, done.stderr)
