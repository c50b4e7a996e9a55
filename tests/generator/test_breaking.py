"""`python -m generator --breaking` and `--release` on copies of the project, each with one spec edit.

Every case runs the real command on a copy of spec/, generated/ and CHANGELOG.md in a temporary
directory. There the kept release is the tree as it is now, at its own version (whatever changed
since the repository's real last release): each case starts from "nothing changed".
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import release, surface, versions
from generator.changelog import NOTES_START
from generator.loader import load_spec
from generator.python import surface as python_surface

ROOT = Path(__file__).resolve().parents[2]
Edit = Callable[[Path], None]
SPEC = load_spec(ROOT / "spec")
VERSION = SPEC.version  # the copies' last release
MAJOR, MINOR, PATCH = versions.parse(VERSION)
NEXT_PATCH = f"{MAJOR}.{MINOR}.{PATCH + 1}"  # too small a bump for a breaking change
NEXT_BREAKING = versions.next_breaking(VERSION)


@pytest.fixture(scope="module")
def baseline() -> dict[str, dict[str, Any]]:
    """The kept surfaces of the tree as it is, as `--release` would write them."""
    python = python_surface.of_package(ROOT / "generated")
    return {release.SPEC_SURFACE: surface.of_spec(SPEC), release.PYTHON_SURFACE: {"version": VERSION, **python}}


@pytest.fixture
def project(tmp_path: Path, baseline: dict[str, dict[str, Any]]) -> Path:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(
        ROOT / "generated",
        tmp_path / "generated",
        ignore=shutil.ignore_patterns("__pycache__", "node_modules", "dist", "*.egg-info"),
    )
    for name, data in baseline.items():
        release.write_kept(release.released_dir(tmp_path / "spec") / name, data)
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    return tmp_path


def generator(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", *args, "--spec", str(project / "spec")]
    command += ["--out", str(project / "generated")]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


def edit_group(project: Path, group: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = project / "spec" / "groups" / f"{group}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def operation(data: dict[str, Any], op_id: str) -> dict[str, Any]:
    return next(op for op in data["operations"] if op["id"] == op_id)


def param(op: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in op["params"] if p["name"] == name)


def set_version(project: Path, version: str) -> None:
    path = project / "spec" / "release.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^version: .*$", f"version: {version}", text), encoding="utf-8")


# ---------------------------------------------------------------- spec edits


def remove_operation(project: Path) -> None:
    """automations.list_devices goes; the seed entry that mapped to it becomes unresolved."""
    edit_group(project, "automations", lambda d: d["operations"].remove(operation(d, "automations.list_devices")))
    path = project / "spec" / "coverage.yaml"
    coverage = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in coverage["seeds"]:
        if entry.get("operation") == "automations.list_devices":
            del entry["operation"]
            entry["unresolved"] = "Removed in a test."
            entry["searched"] = ["nothing: a test"]
    path.write_text(yaml.safe_dump(coverage, sort_keys=False, allow_unicode=True), encoding="utf-8")


def rename_parameter(project: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        op = operation(data, "automations.list_devices")
        param(op, "type")["name"] = "role"
        for example in op["examples"]:
            example["request"]["role"] = example["request"].pop("type")

    edit_group(project, "automations", change)


def add_required_parameter(project: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        op = operation(data, "automations.list_devices")
        op["params"].append(
            {
                "name": "limit",
                "in": "query",
                "required": True,
                "description": "At most this many.",
                "schema": {"type": "integer"},
            }
        )
        for example in op["examples"]:
            example["request"]["limit"] = 10

    edit_group(project, "automations", change)


def remove_enum_value(project: Path) -> None:
    edit_group(
        project,
        "automations",
        lambda d: param(operation(d, "automations.list_devices"), "type")["schema"].update(enum=["condition"]),
    )


def add_optional_parameter_and_operation(project: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        op = operation(data, "automations.list_devices")
        op["params"].append(
            {"name": "lang", "in": "query", "description": "Language of names.", "schema": {"type": "string"}}
        )
        twin = {**op, "id": "automations.list_all_devices", "path": "/v1.0/homes/{home_id}/automation/all-devices"}
        data["operations"].append(twin)

    edit_group(project, "automations", change)
    path = project / "spec" / "coverage.yaml"
    coverage = yaml.safe_load(path.read_text(encoding="utf-8"))
    coverage["additional"].append({"operation": "automations.list_all_devices", "reason": "A test."})
    path.write_text(yaml.safe_dump(coverage, sort_keys=False, allow_unicode=True), encoding="utf-8")


BREAKING: list[tuple[Edit, list[str]]] = [
    (remove_operation, ["BREAKING: automations.list_devices: operation removed (every call to it fails)"]),
    (
        rename_parameter,
        [
            "BREAKING: automations.list_devices(type): parameter renamed to role (calls that pass type fail)",
            "BREAKING: tuya_cloud.resources.automations.AutomationsResource.list_devices(type): parameter was removed",
            "BREAKING: tuya-cloud automations list-devices: option --type removed",
        ],
    ),
    (
        add_required_parameter,
        [
            "BREAKING: automations.list_devices(limit): new required parameter (calls without it are refused)",
            "BREAKING: tuya_cloud.resources.automations.AutomationsResource.list_devices(limit): "
            "parameter was added as required",
        ],
    ),
    (remove_enum_value, ["BREAKING: automations.list_devices(type): enum value 'action' removed"]),
]


@pytest.mark.parametrize(("edit", "expected"), BREAKING, ids=[edit.__name__ for edit, _ in BREAKING])
def test_a_breaking_change_without_a_bump_fails_and_is_named(project: Path, edit: Edit, expected: list[str]) -> None:
    edit(project)
    result = generator(project, "--breaking")
    assert result.returncode == 1, result.stdout + result.stderr
    for line in expected:
        assert line in result.stderr
    assert f"need version {NEXT_BREAKING} or later" in result.stderr


def remove_get_status(project: Path) -> None:
    """devices.get_status goes; its seed entry in coverage.yaml becomes unresolved."""
    edit_group(project, "devices", lambda d: d["operations"].remove(operation(d, "devices.get_status")))
    path = project / "spec" / "coverage.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("operation: devices.get_status", "unresolved: Removed in a test.\n    searched: [a test]"),
        encoding="utf-8",
    )


def test_the_right_bump_lets_every_breaking_change_pass(project: Path) -> None:
    remove_enum_value(project)
    add_required_parameter(project)
    rename_parameter(project)
    remove_get_status(project)
    set_version(project, NEXT_PATCH)  # a patch is not enough for a breaking change
    assert generator(project, "--breaking").returncode == 1
    set_version(project, NEXT_BREAKING)
    result = generator(project, "--breaking")
    assert result.returncode == 0, result.stderr
    assert "BREAKING: devices.get_status: operation removed" in result.stdout
    assert f"allowed by the version bump {VERSION} -> {NEXT_BREAKING}" in result.stdout


def test_additive_changes_pass_without_a_bump(project: Path) -> None:
    add_optional_parameter_and_operation(project)
    result = generator(project, "--breaking")
    assert result.returncode == 0, result.stderr
    assert "added: automations.list_devices(lang): new optional parameter" in result.stdout
    assert "added: automations.list_all_devices: new operation (GET /v1.0/homes/{home_id}/automation/all-devices)" in (
        result.stdout
    )
    assert "added: tuya-cloud automations list-all-devices: new command" in result.stdout
    assert "BREAKING" not in result.stdout


def deprecate_type(project: Path) -> None:
    set_version(project, NEXT_PATCH)
    edit_group(
        project,
        "automations",
        lambda d: param(operation(d, "automations.list_devices"), "type").update(
            deprecated={"since": NEXT_PATCH, "instead": "the unfiltered list"}
        ),
    )


_CALLS = textwrap.dedent(
    """
    import inspect, json, sys, warnings
    from tuya_cloud.testing import FakeTuyaCloud, Seed

    assert __import__("tuya_cloud").__file__.startswith(sys.argv[1]), "not the generated copy"
    with FakeTuyaCloud() as cloud, cloud.client() as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plain = client.automations.list_devices(home_id=Seed.HOME_ID)
        first = client.automations.list_devices(home_id=Seed.HOME_ID, type="condition")
        second = client.automations.list_devices(home_id=Seed.HOME_ID, type="action")
    found = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    print(json.dumps({
        "plain": len(plain), "first": len(first), "second": len(second),
        "warnings": [str(w.message) for w in found], "files": [w.filename for w in found],
        "doc": inspect.getdoc(client.automations.list_devices),
    }))
    """
)


def test_a_deprecated_parameter_works_warns_once_and_is_documented(project: Path) -> None:
    deprecate_type(project)
    assert generator(project).returncode == 0
    result = generator(project, "--breaking")
    assert result.returncode == 0 and f"deprecated: automations.list_devices(type): deprecated since {NEXT_PATCH}" in (
        result.stdout
    )
    script = project / "calls.py"
    script.write_text(_CALLS, encoding="utf-8")
    package = str(project / "generated")
    env = {**os.environ, "PYTHONPATH": package}
    run = subprocess.run(
        [sys.executable, str(script), package], cwd=project, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    seen = yaml.safe_load(run.stdout)  # JSON is YAML
    assert seen["first"] > 0, "the deprecated parameter still works"
    assert seen["warnings"] == [
        f"client.automations.list_devices(): the type argument is deprecated since {NEXT_PATCH};"
        " use the unfiltered list instead"
    ]
    assert seen["files"] == [str(script)], "the warning points at the caller's line"
    assert f"Deprecated since {NEXT_PATCH}; use the unfiltered list instead." in " ".join(seen["doc"].split())

    typescript = (project / "generated" / "typescript" / "src" / "resources" / "automations.ts").read_text("utf-8")
    assert (
        f'"deprecated": "client.automations.listDevices(): the type parameter is deprecated since {NEXT_PATCH};'
        ' use the unfiltered list instead"'
    ) in typescript
    assert f"@deprecated Deprecated since {NEXT_PATCH}; use the unfiltered list instead." in typescript
    docs = (project / "generated" / "docs" / "api.md").read_text(encoding="utf-8")
    assert f"| parameter `type` of `automations.list_devices` | {NEXT_PATCH} | the unfiltered list |" in docs
    log = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    pending = log.split(f"## {NEXT_PATCH} (unreleased)", 1)[1].split("\n## ", 1)[0]
    listed = f"### Deprecated\n\n- `automations.list_devices(type)`: deprecated since {NEXT_PATCH}; use the unfiltered"
    assert listed in pending
    cli = subprocess.run(
        [sys.executable, "-m", "tuya_cloud.cli", "automations", "list-devices", "--help"],
        env={**env, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert f"Deprecated since {NEXT_PATCH}; use the unfiltered list instead." in cli.stdout


def test_a_release_dates_its_section_keeps_notes_and_becomes_the_baseline(project: Path) -> None:
    add_optional_parameter_and_operation(project)
    assert generator(project).returncode == 0
    log = project / "CHANGELOG.md"
    text = log.read_text(encoding="utf-8")
    assert text.count("## Unreleased") == 1 and f"spec/release.yaml still names {VERSION}" in text
    note = "The automation device list takes a language."
    log.write_text(text.replace(f"{NOTES_START}\n", f"{NOTES_START}\n{note}\n", 1), encoding="utf-8")  # pending first
    assert generator(project, "--release").returncode == 1, f"{VERSION} is released already"
    set_version(project, NEXT_PATCH)
    assert generator(project, "--release").returncode == 1, "CHANGELOG.md is stale until regenerated"
    assert generator(project).returncode == 0
    released = generator(project, "--release")
    assert released.returncode == 0, released.stderr
    text = log.read_text(encoding="utf-8")
    section = text.split(f"\n## {NEXT_PATCH} - ", 1)[1].split("\n## ", 1)[0]
    assert note in section and "`automations.list_all_devices`: new operation" in section
    for heading in re.findall(r"(?m)^## .+ - [0-9-]+$", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")):
        assert heading in text, "an earlier release's section is kept as it was"
    assert "nreleased" not in text, "nothing is pending"
    assert f'"version": "{NEXT_PATCH}"' in (project / "spec" / "released" / "surface.json").read_text("utf-8")
    after = generator(project, "--breaking")
    assert after.returncode == 0 and "spec: 0 change(s)" in after.stdout, after.stdout
    assert "python package and command line: 0 change(s)" in after.stdout
    assert generator(project, "--check").returncode == 0
    set_version(project, VERSION)
    assert f"{VERSION}, older than the last release {NEXT_PATCH}" in generator(project, "--breaking").stderr


def public_surface_tests(project: Path) -> list[Callable[[], None]]:
    """The tests of tests/test_public_surface.py, loaded from a copy in `project` (it reads the spec, the
    kept release and the package beside it), as `nox -s tests` runs them."""
    copy = project / "tests" / "test_public_surface.py"
    copy.parent.mkdir(exist_ok=True)
    shutil.copy(ROOT / "tests" / "test_public_surface.py", copy)
    spec = importlib.util.spec_from_file_location("copied_public_surface", copy)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [getattr(module, name) for name in dir(module) if name.startswith("test_")]


def test_the_documented_breaking_release_order_passes(project: Path) -> None:
    """README, "Versions, deprecation and releases": bump the version, regenerate, `nox -s tests` (here the
    steps of it that read the release: --check, --breaking and tests/test_public_surface.py), then
    --release; for a release that removes an operation."""
    surface_tests = public_surface_tests(project)
    remove_get_status(project)
    set_version(project, NEXT_BREAKING)
    assert generator(project).returncode == 0
    assert generator(project, "--check").returncode == 0
    assert generator(project, "--breaking").returncode == 0
    for test in surface_tests:
        test()

    set_version(project, NEXT_PATCH)  # not bumped enough: the same test refuses the change
    with pytest.raises(pytest.fail.Exception, match=f"need version {re.escape(NEXT_BREAKING)} or later"):
        for test in surface_tests:
            test()
    set_version(project, NEXT_BREAKING)

    released = generator(project, "--release")
    assert released.returncode == 0, released.stdout + released.stderr
    after = generator(project, "--breaking")
    assert after.returncode == 0 and "spec: 0 change(s)" in after.stdout, after.stdout
