"""The public surface kept for the last release (spec/released/), and the package as it is now.

`python -m generator --release` keeps the surface of each release: the spec's (surface.json) and the
Python package's (python.json: signatures read by griffe, model fields, error classes, every command
line usage line). `python -m generator --breaking`, run by `nox -s tests`, lists every change since;
here: the kept record covers what it must, and the package breaks nothing of it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import versions
from generator.python import surface as python_surface
from generator.python.naming import class_name, python_name

ROOT = Path(__file__).resolve().parent.parent
KEPT = ROOT / "spec" / "released"


def kept(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((KEPT / name).read_text(encoding="utf-8"))
    return data


def test_the_kept_python_surface_covers_every_kept_operation() -> None:
    spec, python = kept("surface.json"), kept("python.json")
    assert spec["version"] == python["version"]
    objects = python["objects"]
    for op_id, op in spec["operations"].items():
        group, method = op_id.split(".")
        for resource in (class_name(group), f"Async{class_name(group)}"):  # TuyaCloud's and AsyncTuyaCloud's
            path = f"tuya_cloud.resources.{group}.{resource}.{method}"
            names = [p[0] for p in objects[path]["parameters"]]
            assert {python_name(name) for name in op["params"]} <= set(names), op_id
            if op["paginated"]:
                assert f"tuya_cloud.resources.{group}.{resource}.iter_{method}" in objects
        assert f"{group.replace('_', '-')} {method.replace('_', '-')}" in python["cli"]
    for name in spec["errors"]["classes"]:  # families and their other names
        assert objects[f"tuya_cloud.{name}"]["bases"] == ["TuyaAPIError"]
    commands = {f"{op_id.split('.')[0]} {op_id.split('.')[1]}".replace("_", "-") for op_id in spec["operations"]}
    assert set(python["cli"]) - commands <= {"fake-cloud", "request"}  # the command line's own commands
    for name in ("TuyaCloud.__init__", "AsyncTuyaCloud.__init__", "testing.FakeTuyaCloud.client"):
        assert f"tuya_cloud.{name}" in objects


def test_the_package_breaks_nothing_of_the_last_release_unless_the_version_allows_it() -> None:
    """What `--breaking` rules: a breaking change needs the version bump of spec/release.yaml (README,
    Versions), so a breaking release passes here between the bump and `--release`."""
    released = kept("python.json")["version"]
    version = str(yaml.safe_load((ROOT / "spec" / "release.yaml").read_text(encoding="utf-8"))["version"])
    current = python_surface.of_package(ROOT / "generated")
    breaking = [c.line() for c in python_surface.changes(kept("python.json"), current) if c.breaking]
    if breaking and not versions.breaking_allowed(released, version):
        needed = versions.next_breaking(released)
        pytest.fail(f"these need version {needed} or later, spec/release.yaml names {version}:\n" + "\n".join(breaking))


def test_griffe_judges_what_breaks_python_code() -> None:
    old = kept("python.json")
    new = json.loads(json.dumps(old))
    objects = new["objects"]
    del objects["tuya_cloud.TuyaCloud.with_options"]
    init = objects["tuya_cloud.TuyaCloud.__init__"]["parameters"]
    next(p for p in init if p[0] == "max_retries")[3] = None  # no default any more: required
    init.append(["strict", "keyword-only", "bool", "False"])
    objects["tuya_cloud.models.DataPoint.unit"] = {"kind": "attribute", "annotation": "str | None"}
    new["cli"]["devices get"] += " --fields FIELDS"
    found = {(c.where, c.what, c.breaking) for c in python_surface.changes(old, new)}
    assert found == {
        ("tuya_cloud.TuyaCloud.with_options", "public object was removed", True),
        ("tuya_cloud.TuyaCloud.__init__(max_retries)", "parameter is now required", True),
        ("tuya_cloud.TuyaCloud.__init__(strict)", "new optional parameter", False),
        ("tuya_cloud.models.DataPoint.unit", "new attribute", False),
        ("tuya-cloud devices get", "new required option --fields", True),
    }
