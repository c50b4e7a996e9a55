"""The Python target's own spec rules: reported as `file:line: key: message`, like the loader's."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint(spec_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--lint", "--spec", str(spec_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture()
def spec_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    return tmp_path / "spec"


def test_a_parameter_named_like_a_per_call_option_is_refused(spec_copy: Path) -> None:
    group = spec_copy / "groups" / "device_timers.yaml"
    text = group.read_text(encoding="utf-8")
    first = text.index("      - name: time_zone\n")  # in device_timers.add, the first operation
    added = "      - name: timeout\n        in: body\n        description: Seconds.\n        schema: {type: integer}\n"
    group.write_text(text[:first] + added + text[first:], encoding="utf-8")
    line = text[:first].count("\n") + 1
    result = lint(spec_copy)
    assert result.returncode == 1
    expected = f"spec/groups/device_timers.yaml:{line}: operations[0].params[3].name: 'timeout' clashes with a per-call"
    assert expected in result.stderr, result.stderr


def test_an_iterator_name_that_clashes_with_a_method_is_refused(spec_copy: Path) -> None:
    group = spec_copy / "groups" / "devices.yaml"
    edit(group, "  - id: devices.get\n", "  - id: devices.iter_list\n")
    line = 1 + group.read_text().split("  - id: devices.list\n")[0].count("\n")  # the paginated `list`
    edit(spec_copy / "coverage.yaml", "    operation: devices.get\n", "    operation: devices.iter_list\n")
    result = lint(spec_copy)
    assert result.returncode == 1
    assert (
        f"spec/groups/devices.yaml:{line}:" in result.stderr
        and "iter_list clashes with another method" in result.stderr
    )


def test_the_real_spec_passes_the_python_checks() -> None:
    result = lint(ROOT / "spec")
    assert result.returncode == 0, result.stderr


def test_a_group_named_like_the_clients_own_request_is_refused(spec_copy: Path) -> None:
    group = spec_copy / "groups" / "ota.yaml"
    (spec_copy / "groups" / "request.yaml").write_text(group.read_text("utf-8").replace("ota", "request"), "utf-8")
    group.unlink()
    coverage = spec_copy / "coverage.yaml"
    coverage.write_text(coverage.read_text(encoding="utf-8").replace("operation: ota.", "operation: request."))
    result = lint(spec_copy)
    assert result.returncode == 1
    assert "spec/groups/request.yaml:3: group: 'request' is a name the client already uses" in result.stderr, (
        result.stderr
    )
